"""private_data: asking in public for personal data (name and address, phone, e-mail, IBAN,
order numbers with names), or showing it; asking to continue in a private message is fine."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cmstation.compose.builtin.text import (
    Hit,
    compiled,
    sentences,
)
from cmstation.compose.rules import trie_regex

# ---------------------------------------------------------------- private data
#
# private_ask: a sentence that asks the reader to give personal data in public. It needs a
# request cue ("send", "reply with", "stuur", "wat is" ...), and either one "strong" item the
# reader owns ("your phone number", "je geboortedatum", "the email address on your account")
# or two items asked for together ("your booking reference and surname", "je klantnummer en
# postcode"). Quiet when the sentence (or the one before) moves to a private channel ("DM us",
# "in een privébericht"), or says not to post it ("please don't share your details here").
#
# private_shown: personal data in the reply itself: an IBAN, a phone number (Dutch, British or
# international), a personal e-mail address, a street address or postcode, an order number
# with a person's name. The company's own number, address or mailbox is fine ("call us on",
# "ons retouradres", "support@...").

_POSSESSIVE = {"nl": ("je", "jouw", "uw", "jullie"), "en": ("your",)}
_PREPOSITIONS = {
    "nl": {"naar", "op", "aan", "via", "bij", "in", "voor", "over", "uit"},
    "en": {"to", "at", "on", "via", "for", "in", "from", "about", "into", "under"},
}
#: Words that may stand between "your" and the item ("your old and new address", "your
#: library card number"); anything else (a preposition, an article, a verb) breaks the link.
_GAP_STOP = {
    "en": {
        "to",
        "at",
        "on",
        "in",
        "for",
        "from",
        "of",
        "the",
        "a",
        "an",
        "with",
        "is",
        "are",
        "was",
        "will",
        "has",
        "have",
        "it",
        "we",
        "i",
        "you",
    },
    "nl": {
        "naar",
        "op",
        "in",
        "van",
        "voor",
        "met",
        "de",
        "het",
        "een",
        "is",
        "zijn",
        "wordt",
        "heeft",
        "we",
        "ik",
        "je",
        "jij",
        "u",
    },
}
_DETERMINERS = {"en": {"the"}, "nl": {"het", "de"}}
_OWNED_AFTER = {
    "en": re.compile(r"\s+(?:on|of|for|linked\s+to|in|from)\s+your\b", re.IGNORECASE),
    "nl": re.compile(r"\s+(?:van|bij|op|in|voor)\s+(?:je|jouw|uw)\b", re.IGNORECASE),
}
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s")
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


@cache
def _private_words(lang: str):
    from cmstation.compose.rules import data_rules

    w = data_rules(lang).words
    strong = {normalise(p) for p in w["private_items"]}
    weak = {normalise(p) for p in w["private_items_weak"]}
    adjacent = {normalise(p) for p in w["private_items_adjacent"]}
    items = re.compile(trie_regex(strong | weak | adjacent), re.IGNORECASE)
    return items, strong, weak, adjacent


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2019", "'").split())


_GRAAG_GEDAAN = re.compile(r"\bgraag\s+gedaan\b", re.IGNORECASE)


def _asks_in_public(sentence: str, before: str, lang: str) -> bool:
    """A request cue in the sentence, no private channel in it or the sentence before, and no
    clause that says not to post it."""
    requests = compiled(lang, "requests")
    cue_text = _GRAAG_GEDAAN.sub(" ", sentence) if lang == "nl" else sentence
    if not requests.search(cue_text):
        return False
    channels = compiled(lang, "private_channels")
    if channels.search(sentence) or channels.search(before):
        return False
    negation = compiled(lang, "private_negation")
    for clause in _CLAUSE.split(sentence):
        if negation.search(clause) and requests.search(clause):
            return False
    return True


_QUESTION_WORDS = {
    "en": {"which", "what", "what's", "whats"},
    "nl": {"welk", "welke", "wat"},
}


def _asked_which(tokens: list[re.Match], i: int, lang: str) -> bool:
    """ "Which IBAN ...?", "What's the best number to reach you on?", "Op welk nummer ...?"."""
    for back in range(1, 4):
        j = i - back
        if j < 0:
            return False
        w = tokens[j].group(0).lower().replace("\u2019", "'")
        if w in _QUESTION_WORDS[lang]:
            return True
        if w in _PREPOSITIONS[lang] or w in ("is", "are", "was", "zijn", "we", "ik", "i"):
            return False
    return False


def _owned(tokens: list[re.Match], i: int, lang: str, gap_ok: bool) -> bool:
    """Is the item starting at token i "yours": "your X", "your old and new X", "the X on
    your account"? Not when a preposition comes first ("we send it to your address")."""
    possessive, stop = _POSSESSIVE[lang], _GAP_STOP[lang]
    if _asked_which(tokens, i, lang):
        return True
    for back in range(1, 5 if gap_ok else 2):
        j = i - back
        if j < 0:
            return False
        w = tokens[j].group(0).lower()
        if w in possessive:
            return j == 0 or tokens[j - 1].group(0).lower() not in _PREPOSITIONS[lang]
        if w in stop or w in _DETERMINERS[lang]:  # "the X on your account": _owned_after
            return False
    return False


def _owned_after(sentence: str, tokens: list[re.Match], i: int, end: int, lang: str) -> bool:
    """ "the email address on your account", "het e-mailadres van je account"."""
    if i == 0 or tokens[i - 1].group(0).lower() not in _DETERMINERS[lang]:
        return False
    if i >= 2 and tokens[i - 2].group(0).lower() in _PREPOSITIONS[lang]:
        return False
    return bool(_OWNED_AFTER[lang].match(sentence, end))


def private_ask(text, ctx, lang, data) -> Iterator[Hit]:
    items_re, strong, weak, adjacent = _private_words(lang)
    before = ""
    for sent in sentences(text):
        st = sent.group(0)
        found = list(items_re.finditer(st))
        prev, before = before, st
        if not found or not _asks_in_public(st, prev, lang):
            continue
        tokens = list(_TOKEN.finditer(st))
        starts = {t.start(): k for k, t in enumerate(tokens)}
        asked = []  # (start, end, strong, owned)
        for m in found:
            i = starts.get(m.start())
            if i is None:
                continue
            key = normalise(m.group(0))
            owned = _owned(tokens, i, lang, gap_ok=key not in adjacent)
            owned = owned or _owned_after(st, tokens, i, m.end(), lang)
            asked.append((m.start(), m.end(), key in strong or key in adjacent, owned))
        if not any(owned for *_, owned in asked):
            continue
        if any(s_ and owned for _, _, s_, owned in asked) or len(asked) >= 2:
            yield ("private_ask", sent.start() + asked[0][0], sent.start() + asked[-1][1], None, {})


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_IBAN_WITH_BANK = re.compile(r"^[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){7,10}$")


def _is_iban(candidate: str) -> bool:
    """An account number: a Dutch/British-style IBAN (with a bank code in letters), or any
    IBAN whose check digits are right (mod 97, ISO 13616)."""
    if _IBAN_WITH_BANK.match(candidate):
        return True
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34 or sum(c.isdigit() for c in compact) < 10:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


# A national number (Dutch 10 digits from 0, British 11 from 0) or an international one.
_PHONE = re.compile(
    r"(?<![\w+/.,:-])(?:\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d){7,12}|0[1-9](?:[ -]?\d){8,9})(?![\w/]|[.,:]\d)"
)


def _business_number(number: str) -> bool:
    """A company line: Dutch 0800/0900/088/085 (10 digits), British 0800/0808/03/084/087 (11
    digits), also written after +31 or +44."""
    digits = re.sub(r"\D", "", number)
    if number.startswith("+"):
        if digits[:2] not in ("31", "44"):
            return False
        digits = "0" + digits[2:].removeprefix("0")
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return True
    if len(digits) == 10:
        return digits.startswith(("088", "085"))
    return len(digits) == 11 and digits.startswith(("0808", "03", "084", "087"))


_OUR_CONTACT = re.compile(
    r"\b(?:call|ring|phone|text|whatsapp|contact|reach|bel|belt|bellen|app|sms|mail|email"
    r"|e-mail|mailen|write|schrijf)\s+(?:us|ons|our|onze|the|de|het|anytime|any\s+time|gerust"
    r"|even|direct|meteen|free)\b"
    r"|\b(?:us|ons)\s+(?:\w+\s+)?(?:on|at|op|via|bellen|mailen|bereiken|appen|call|ring|reach)\b"
    r"|\b(?:our|ons|onze)\s+(?:\w+\s+){0,2}?(?:number|phone|line|helpline|hotline|nummer"
    r"|telefoonnummer|lijn|klantenservice|servicelijn|whatsapp|telefoon|inbox|mailbox|address"
    r"|e-mail|email|iban|account|rekening|rekeningnummer)\b"
    r"|^\W*(?:bel|call|ring|phone|mail|email|e-mail)\b"
    r"|\b(?:helpdesk|help\s+desk|servicedesk|service\s+desk|klantenservice|customer\s+service"
    r"|support|office|kantoor|hoofdkantoor|head\s+office|reception|receptie|balie|front\s+desk"
    r"|hotline|helpline|servicelijn|bereikbaar|reachable|werkplaats|workshop|winkel|shop|store)\b"
    # the reader is asked to call: "even bellen is handig", "call ahead", "you can call"
    r"|\b(?:even|gerust|graag|vooraf|van\s+tevoren)\s+(?:\w+\s+)?bellen\b|\bbellen\s+(?:is|kan|mag)\b"
    r"|\bcall\s+(?:ahead|first|anytime|in\s+advance)\b|\bgive\s+us\s+a\s+(?:call|ring)\b"
    r"|\b(?:you|je|u)\s+(?:can|could|may|kunt|kan|mag)\s+(?:\w+\s+)?(?:call|ring|phone|bellen"
    r"|bereiken)\b",
    re.IGNORECASE,
)
#: "we'll call you on ...", "Joost belt je op ...": the number is the customer's.
_CALLS_YOU = re.compile(
    r"\b(?:call|ring|phone|text|reach|contact|bel|belt|bellen|sms|sms't|appen|appt|whatsappen)"
    r"\w*\s+(?:you|je|jou|u)\b"
    # "they'll phone 06 ...", "our planner will ring +49 ...", "hij belt ... naar +31 6 ..."
    r"|\b(?:we|i|they|he|she|hij|zij|ze|wij|ik)(?:['\u2019]ll)?\s+(?:will\s+|zal\s+|gaat\s+)?"
    r"(?:call|ring|phone|text|belt|bel|bellen|sms't)\b|\bwill\s+(?:call|ring|phone|text)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![@\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_GENERIC_LOCAL = {
    "info", "support", "klantenservice", "service", "help", "contact", "webcare", "hallo",
    "hello", "hi", "team", "sales", "orders", "order", "bestellingen", "retour", "retouren",
    "returns", "noreply", "no-reply", "press", "pers", "care", "helpdesk", "klanten",
    "customerservice", "customercare", "winkel", "shop", "reserveren", "reserveringen",
    "bookings", "booking", "administratie", "billing", "facturen", "webshop", "privacy", "jobs",
    "vacatures", "klachten", "complaints", "feedback", "service-desk", "servicedesk",
}  # fmt: skip
#: Mail providers of people, not of companies: a plain name there is a person's address.
_PERSONAL_DOMAINS = re.compile(
    r"^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet"
    r"|planet|xs4all|home|hetnet|telfort|upcmail|casema|chello|gmx|proton|protonmail|web"
    r"|online|quicknet|zeelandnet|tiscali|aol|btinternet|sky|virginmedia)\.",
    re.IGNORECASE,
)
# Street addresses and postcodes (Dutch "Kerkstraat 12", "3512 AB"; British "14 Baker Lane",
# "LS1 4AB").
_STREET_NL = re.compile(
    r"\b[A-Z][a-zà-ÿ'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg"
    r"|markt|park|veld|baan|ring|wal|haven|burg|berg|straatweg|erf|hoek|lei|dam)\s+\d{1,4}"
    r"(?:[ -]?[a-zA-Z](?!\w))?"
)
_STREET_EN = re.compile(
    r"\b\d{1,4}[a-zA-Z]?\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave"
    r"|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Square|Sq|Crescent|Terrace|Gardens|Grove|Row"
    r"|Walk|Mews|Hill|Park)\b"
)
_POSTCODE = re.compile(
    r"\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b"
)
_OUR_PLACE = re.compile(
    r"\b(?:our|ons|onze|us|we're\s+at|we\s+are\s+at|we\s+zitten|visit|bezoek|langs|langskomen"
    r"|shop|store|office|winkel|kantoor|showroom|werkplaats|workshop|retour\w*|returns?"
    r"|vestiging|branch|filiaal|depot|warehouse|magazijn|opening|open)\b",
    re.IGNORECASE,
)
_ORDER_WITH_NAME = re.compile(
    r"\b(?:order|bestelling|booking|boeking|reservering|reservation|ordernummer|bestelnummer"
    r"|dossier|case|zaak)\s*(?:nr\.?|no\.?|number|nummer)?\s*#?\s*[A-Z0-9-]*\d{3,}[A-Z0-9-]*"
    r"\s+(?:for|of|van|voor|op\s+naam\s+van|in\s+the\s+name\s+of|under\s+the\s+name(?:\s+of)?)"
    r"\s+(?:(?:mr|mrs|ms|dhr|mevr|meneer|mevrouw)\.?\s+)?(?-i:[A-Z][a-zà-ÿ'-]+)"
    r"(?:\s+(?:de|van|der|den|ter|te|het|la|le|da|di|von|el|\'t)){0,3}\s+(?-i:[A-Z][a-zà-ÿ'-]+)",
    re.IGNORECASE,
)


def _ours_before(text: str, start: int, pattern: re.Pattern, reach: int = 40) -> bool:
    """The words just before ``start`` (in its sentence) say it is the company's own."""
    lo = max(0, start - reach)
    cut = max(text.rfind(ch, lo, start) for ch in ".!?\n")
    return bool(pattern.search(text[max(lo, cut + 1) : start]))


def private_shown(text, ctx, lang, data) -> Iterator[Hit]:
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _IBAN.finditer(text):
        if not _is_iban(m.group(0)) or _ours_before(text, m.start(), _OUR_CONTACT):
            continue
        taken.append(m.span())
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _PHONE.finditer(text):
        if not free(*m.span()) or _business_number(m.group(0)):
            continue
        if not _ours_before(text, m.start(), _CALLS_YOU) and _ours_before(
            text, m.start(), _OUR_CONTACT
        ):
            continue
        taken.append(m.span())
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _EMAIL.finditer(text):
        local, domain = m.group(1).lower(), m.group(2)
        if local in _GENERIC_LOCAL or any(local.startswith(g + ".") for g in _GENERIC_LOCAL):
            continue
        if not (_PERSONAL_DOMAINS.match(domain) or re.search(r"[._\d]", local)):
            continue
        if _ours_before(text, m.start(), _OUR_CONTACT, 30):
            continue
        yield ("private_shown", m.start(), m.end(), None, {})
    places = sorted(
        [m.span() for r in (_STREET_NL, _STREET_EN, _POSTCODE) for m in r.finditer(text)]
    )
    merged: list[list[int]] = []
    for s, e in places:
        if not free(s, e):
            continue
        if merged and re.fullmatch(r"[\s,]*(?:[A-Z][a-zà-ÿ'-]+[\s,]*)?", text[merged[-1][1] : s]):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        if _ours_before(text, s, _OUR_PLACE, 50):
            continue
        taken.append((s, e))
        yield ("private_shown", s, e, None, {})
    for m in _ORDER_WITH_NAME.finditer(text):
        if free(*m.span()):
            yield ("private_shown", m.start(), m.end(), None, {})
