"""Making up the sample's people, posts, threads and answers, deterministically from a
seed (a part of :func:`cmstation.sample.build_sample_workspace`)."""

from __future__ import annotations

import html
import random
import re
import time
import unicodedata
from dataclasses import dataclass, field

from cmstation.core.models import (
    Author,
    Message,
    MessageKind,
    MessageState,
    Priority,
    Sentiment,
)
from cmstation.listening.triage import assess
from cmstation.sample.data import (
    DAY,
    EMOJI,
    EN_FIRST,
    EN_LAST,
    HOUR,
    MASTO_EN,
    MASTO_NL,
    MASTODON_INSTANCE,
    NL_FIRST,
    NL_LAST,
    SHOP_BLUESKY,
    SHOP_MASTODON,
    SIGNOFF,
    WINDOW_DAYS,
)


@dataclass
class _Person:
    first: str
    display_name: str
    lang: str
    author: Author


@dataclass
class _Net:
    """One network's way of naming accounts and posts."""

    kind: str
    channel_id: int
    people: list[_Person] = field(default_factory=list)
    own: Author | None = None
    #: People who only ever share (the pyramid's first level), by language.
    sharers: dict[str, list[_Person]] = field(default_factory=dict)


_B32S = "234567abcdefghijklmnopqrstuvwxyz"


def _tid(micros: int, clock_id: int) -> str:
    """A Bluesky record key (TID): 53 bits of microseconds and 10 bits of clock id."""
    v = (micros << 10) | (clock_id & 0x3FF)
    out = []
    for _ in range(13):
        out.append(_B32S[v & 31])
        v >>= 5
    return "".join(reversed(out))


def _slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:60]


class Generator:
    def __init__(self, rng: random.Random, now: int, tpl: dict) -> None:
        self.rng = rng
        self.now = now
        self.tpl = tpl
        self.shop = tpl["shop"]
        self._used_ids: set[str] = set()
        self._recent: dict[str, list[str]] = {}

    # ---- helpers

    def pick(self, seq: list, key: str | None = None):
        """A random choice that avoids repeating the last few picks for ``key``."""
        if key is None or len(seq) < 3:
            return self.rng.choice(seq)
        recent = self._recent.setdefault(key, [])
        options = [s for s in seq if s not in recent] or seq
        choice = self.rng.choice(options)
        recent.append(choice)
        del recent[: max(0, len(recent) - len(seq) // 2)]
        return choice

    def when(self) -> int:
        """A plausible local time (mostly daytime) in the window before now."""
        while True:
            day = self.rng.randrange(WINDOW_DAYS)
            hour = self.rng.choices(
                range(24),
                weights=[1, 1, 0, 0, 0, 0, 1, 3, 6, 7, 7, 7, 8, 7, 6, 6, 6, 7, 8, 8, 7, 5, 4, 2],
            )[0]
            midnight = self.now - self.now % DAY - day * DAY
            # Dutch local time is UTC+1 (winter) or +2; one hour is close enough for a sample.
            ts = midnight + (hour - 1) * HOUR + self.rng.randrange(HOUR)
            if self.now - WINDOW_DAYS * DAY + HOUR <= ts <= self.now - 5 * 60:
                return ts

    def fill(self, text: str, lang: str, person: _Person | None, net: _Net) -> str:
        return text.format_map(self.values(lang, person, net))

    def values(self, lang: str, person: _Person | None, net: _Net) -> dict:
        slots = self.tpl["slots"][lang]
        quote = self.rng.choice([45, 55, 60, 75, 89])
        values = {k: self.pick(v, f"slot:{lang}:{k}") for k, v in slots.items()}
        values.update(
            name=person.first if person else "",
            mention=self.mention(net),
            shop=self.shop["name"],
            short=self.shop["short"],
            staff=self.rng.choice(self.shop["staff"]),
            days=self.rng.randint(3, 9),
            weeks=self.rng.randint(2, 6),
            pct=self.rng.randint(40, 70),
            quote=quote,
            amount=quote + self.rng.choice([25, 30, 45, 60]),
            price=self.rng.choice([65, 79, 89, 119]),
        )
        return values

    def mention(self, net: _Net) -> str:
        if net.kind == "mastodon":
            return f"@{SHOP_MASTODON}"
        if net.kind == "bluesky":
            return f"@{SHOP_BLUESKY}"
        return self.shop["short"]

    # ---- people

    def _people(self, net: _Net, n: int, nl_share: float) -> None:
        seen: set[str] = set()
        while len(net.people) < n:
            lang = "nl" if self.rng.random() < nl_share else "en"
            first = self.rng.choice(NL_FIRST if lang == "nl" else EN_FIRST)
            last = self.rng.choice(NL_LAST if lang == "nl" else EN_LAST)
            user = self._username(first, last)
            if user in seen:
                continue
            seen.add(user)
            style = self.rng.random()
            display = (
                f"{first} {last}"
                if style < 0.6
                else first
                if style < 0.8
                else f"{first} {last[0].upper()}."
            ) + self.rng.choice(EMOJI)
            net.people.append(_Person(first, display, lang, self._author(net, user, display, lang)))

    def _sharers(self, net: _Net, per_lang: int) -> None:
        """A few people who only repost or quote, from a generator of their own, so the
        rest of the sample comes out exactly as before they were added."""
        main, self.rng = self.rng, random.Random(f"sharers:{net.kind}")
        try:
            for lang, firsts, lasts in (("nl", NL_FIRST, NL_LAST), ("en", EN_FIRST, EN_LAST)):
                taken = {p.author.handle for p in net.people}
                while len(net.sharers.setdefault(lang, [])) < per_lang:
                    first, last = self.rng.choice(firsts), self.rng.choice(lasts)
                    display = f"{first} {last}"
                    person = _Person(
                        first,
                        display,
                        lang,
                        self._author(net, self._username(first, last), display, lang),
                    )
                    if person.author.handle not in taken:
                        taken.add(person.author.handle)
                        net.sharers[lang].append(person)
        finally:
            self.rng = main

    def _username(self, first: str, last: str) -> str:
        f, la = _slug(first).replace("-", ""), _slug(last).replace("-", "")
        style = self.rng.randrange(5)
        if style == 0:
            return f + la
        if style == 1:
            return f"{f}_{la[:1]}{self.rng.randint(10, 99)}"
        if style == 2:
            return f"{f[:1]}{la}"
        if style == 3:
            return f"{f}{self.rng.choice(['030', 'fietst', 'utrecht', 'nl', 'rides'])}"
        return f"{f}.{la}"

    def _author(self, net: _Net, user: str, display: str, lang: str) -> Author:
        if net.kind == "mastodon":
            inst = self.rng.choice(MASTO_NL if lang == "nl" else MASTO_EN)
            user = user.replace(".", "_")
            return Author(
                remote_id=f"{self.rng.randrange(10**5, 10**17)}",
                handle=f"@{user}@{inst}",
                display_name=display,
                url=f"https://{inst}/@{user}",
                followers=_followers(user),
            )
        if net.kind == "bluesky":
            handle = f"{user.replace('_', '-')}.bsky.social"
            if self.rng.random() < 0.1:
                handle = f"{user.replace('_', '').replace('.', '')}.nl"
            did = "did:plc:" + "".join(
                self.rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24)
            )
            return Author(
                remote_id=did,
                handle=handle,
                display_name=display,
                url=f"https://bsky.app/profile/{handle}",
                followers=_followers(user),
            )
        return Author(remote_id=f"feed:{user}", handle=user, display_name=display)

    # ---- posts

    def _post(
        self,
        net: _Net,
        person_or_author,
        text: str,
        lang: str,
        ts: int,
        kind: MessageKind,
        *,
        parent: Message | None = None,
    ) -> Message:
        author = (
            person_or_author.author if isinstance(person_or_author, _Person) else person_or_author
        )
        if net.kind == "mastodon":
            while True:
                rid = str(
                    ((ts * 1000 + self.rng.randrange(1000)) << 16) | self.rng.randrange(1 << 16)
                )
                if rid not in self._used_ids:
                    break
            user, inst = author.handle.lstrip("@").split("@")
            url = f"https://{inst}/@{user}/{rid}"
            html_text = "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
        else:  # bluesky
            while True:
                rkey = _tid(
                    ts * 1_000_000 + self.rng.randrange(1_000_000), self.rng.randrange(1024)
                )
                rid = f"at://{author.remote_id}/app.bsky.feed.post/{rkey}"
                if rid not in self._used_ids:
                    break
            url = f"https://bsky.app/profile/{author.handle}/post/{rkey}"
            html_text = ""
        self._used_ids.add(rid)
        root = ""
        if parent is not None:
            root = parent.thread_root_id or parent.remote_id
        return Message(
            channel_id=net.channel_id,
            remote_id=rid,
            text=text,
            created_at=ts,
            author=author,
            html=html_text,
            url=url,
            lang=lang,
            kind=kind,
            thread_root_id=root,
            in_reply_to_id=parent.remote_id if parent else "",
            fetched_at=min(self.now, ts + 600),
        )

    def _compose(self, category: str, lang: str, body: str, net: _Net, person: _Person) -> str:
        opener = self.pick(self.tpl["openers"][category][lang], f"open:{category}:{lang}")
        closer = self.pick(self.tpl["closers"][category][lang], f"close:{category}:{lang}")
        values = self.values(lang, person, net)
        opener, body, closer = (t.format_map(values) for t in (opener, body, closer))
        if opener.endswith(", ") or (lang == "nl" and opener.endswith(": ")):
            if not re.match(r"I\b|[A-Z][a-z]*[A-Z]|[A-Z][a-z]+ [A-Z]", body):  # I, VanMoof, names
                body = body[:1].lower() + body[1:]
        else:
            body = body[:1].upper() + body[1:]
        text = opener + body + closer
        mention = self.mention(net)
        if mention not in text and self.shop["short"] not in text:
            text = f"{mention} {text}" if self.rng.random() < 0.65 else f"{text} {mention}"
        return text

    def _triage(self, m: Message, category: str) -> None:
        """Mood and priority as cmstation's own triage reads the text (what a sweep would
        store); the template's category still decides what happened to the post."""
        verdict = assess(m, own_handles=(SHOP_MASTODON, SHOP_BLUESKY))
        m.sentiment, m.priority = verdict.sentiment, verdict.priority

    def _handle(self, m: Message, category: str) -> str:
        """Decide what happened to a customer's post: 'reply', 'needs_reply', 'done', 'ignored'."""
        age = self.now - m.created_at
        r = self.rng.random()
        if category in ("complaint", "question"):
            if age < 5 * HOUR:
                return "needs_reply"
            if age < DAY:
                return "reply" if r < 0.35 else "needs_reply"
            if category == "question" and r > 0.9:
                return "done"
            if age > 10 * DAY:
                return "reply" if r < 0.85 else "done"
            if age > 4 * DAY:
                return "reply" if r < 0.75 else "needs_reply"
            return "reply" if r < 0.55 else "needs_reply"
        if category == "praise":
            if age < 8 * HOUR:
                return "new"
            return "reply" if r < 0.4 else "done"
        if category == "chatter":
            return "new" if age < DAY else "ignored"
        return "new" if age < 2 * DAY else "done"

    def _set_state(self, m: Message, action: str) -> None:
        state = {
            "needs_reply": MessageState.NEEDS_REPLY,
            "done": MessageState.DONE,
            "ignored": MessageState.IGNORED,
            "new": MessageState.NEW,
            "reply": MessageState.REPLIED,
        }[action]
        m.state = state
        age = self.now - m.created_at
        m.read = state not in (MessageState.NEW, MessageState.NEEDS_REPLY) or (
            age > DAY and self.rng.random() < 0.6
        )

    def _reply_delay(self, category: str) -> int:
        r = self.rng.random()
        if category == "complaint":
            return (
                self.rng.randrange(15 * 60, 3 * HOUR)
                if r < 0.7
                else self.rng.randrange(3 * HOUR, 26 * HOUR)
            )
        return (
            self.rng.randrange(20 * 60, 6 * HOUR)
            if r < 0.7
            else self.rng.randrange(6 * HOUR, 40 * HOUR)
        )

    def _own_reply(self, net: _Net, to: Message, text: str, lang: str, ts: int) -> Message:
        if net.kind == "mastodon":
            handle = to.author.handle
            if handle.endswith(f"@{MASTODON_INSTANCE}"):  # local accounts: the short name
                handle = handle.rsplit("@", 1)[0]
            text = f"{handle} {text}"
        own = self._post(net, net.own, text + SIGNOFF, lang, ts, MessageKind.OWN_REPLY, parent=to)
        own.is_own = True
        own.state = MessageState.DONE
        own.read = True
        own.sentiment = Sentiment.POSITIVE if lang else Sentiment.NEUTRAL
        own.priority = Priority.LOW
        return own

    def social(self, net: _Net, n_roots: int, nl_share: float) -> list[Message]:
        self._people(net, max(12, n_roots // 3), nl_share)
        self._sharers(net, 2)
        shared = 0
        tpl = self.tpl
        topics = tpl["topic"]
        by_cat: dict[str, list[dict]] = {}
        for t in topics:
            by_cat.setdefault(t["category"], []).append(t)
        out: list[Message] = []
        cats = ["complaint", "question", "praise", "repost", "spam", "chatter"]
        weights = [28, 30, 21, 10, 6, 5]
        # regulars post more than once
        pweights = [self.rng.choice([1, 1, 1, 2, 3]) for _ in net.people]
        for _ in range(n_roots):
            category = self.rng.choices(cats, weights)[0]
            person = self.rng.choices(net.people, pweights)[0]
            lang = person.lang
            ts = self.when()
            if category in ("complaint", "question", "praise"):
                topic = self.pick(by_cat[category], f"topic:{category}")
                body = self.pick(topic[lang], f"body:{topic['key']}:{lang}")
                text = self._compose(category, lang, body, net, person)
                kind = MessageKind.MENTION if self.mention(net) in text else MessageKind.SEARCH_HIT
                root = self._post(net, person, text, lang, ts, kind)
                self._triage(root, category)
                out.append(root)
                out.extend(self._conversation(net, root, person, topic, category, lang))
            elif category == "repost":
                # every other repost comes from someone who only shares
                if shared % 2 == 0:
                    person = net.sharers[lang][(shared // 2) % len(net.sharers[lang])]
                shared += 1
                text = self.pick(tpl["repost"][0][lang], f"repost:{lang}")
                kind = MessageKind.REPOST
                if net.kind == "bluesky" and self.rng.random() < 0.35:
                    text = (
                        self.pick(
                            ["Goeie actie! ", "Handig om te weten. "]
                            if lang == "nl"
                            else ["Nice one! ", "Good to know. "]
                        )
                        + text
                    )
                    kind = MessageKind.QUOTE
                m = self._post(net, person, text, lang, ts, kind)
                self._triage(m, "repost")
                self._set_state(m, self._handle(m, "repost"))
                out.append(m)
            elif category == "spam":
                text = self.fill(self.pick(tpl["spam"][0][lang], f"spam:{lang}"), lang, None, net)
                spammer = self._author(
                    net,
                    self._username(
                        self.rng.choice(["Crypto", "Deals", "Promo", "Win"]),
                        self.rng.choice(["King", "Now", "Daily", "Bot"]),
                    ),
                    self.rng.choice(["💰 Easy Money", "Deals4U", "Promo Team", "Winner Alert"]),
                    "en",
                )
                m = self._post(net, spammer, text, lang, ts, MessageKind.MENTION)
                self._triage(m, "spam")
                m.state, m.read = MessageState.SPAM, True
                out.append(m)
            else:
                text = self.fill(
                    self.pick(tpl["chatter"][lang], f"chatter:{lang}"), lang, person, net
                )
                m = self._post(net, person, text, lang, ts, MessageKind.SEARCH_HIT)
                self._triage(m, "chatter")
                self._set_state(m, self._handle(m, "chatter"))
                out.append(m)
        return out

    def _conversation(
        self, net: _Net, root: Message, person: _Person, topic: dict, category: str, lang: str
    ) -> list[Message]:
        """What follows a customer's post: more posts of theirs, others chiming in, our reply,
        their follow-up."""
        out: list[Message] = []
        action = self._handle(root, category)
        last = root
        if category == "complaint" and self.rng.random() < 0.18:  # a multi-post thread
            for _ in range(self.rng.choice([1, 1, 2])):
                ts = last.created_at + self.rng.randrange(60, 12 * 60)
                if ts > self.now - 60:
                    break
                text = self.fill(
                    self.pick(self.tpl["continuation"][lang], f"cont:{lang}"), lang, person, net
                )
                more = self._post(net, person, text, lang, ts, MessageKind.REPLY, parent=last)
                self._triage(more, category)
                more.priority = Priority.NORMAL
                out.append(more)
                last = more
        if category == "complaint" and self.rng.random() < 0.15:  # someone else chimes in
            other = self.rng.choice([p for p in net.people if p is not person])
            ts = root.created_at + self.rng.randrange(10 * 60, 5 * HOUR)
            if ts < self.now - 60:
                text = self.fill(
                    self.pick(self.tpl["bystander"][other.lang], f"by:{other.lang}"),
                    other.lang,
                    other,
                    net,
                )
                by = self._post(net, other, text, other.lang, ts, MessageKind.REPLY, parent=root)
                by.sentiment, by.priority = Sentiment.NEUTRAL, Priority.LOW
                self._set_state(by, "done" if self.now - ts > DAY else "new")
                out.append(by)
        reply_ts = last.created_at + self._reply_delay(category)
        if action == "reply" and reply_ts > self.now - 60:
            action = "needs_reply"
        self._set_state(root, action)
        for m in out:
            if m.author is root.author:
                m.state = root.state if action != "reply" else MessageState.DONE
                m.read = root.read
        if action != "reply":
            return out
        reply_text = self.fill(
            self.pick(topic[f"reply_{lang}"], f"reply:{topic['key']}:{lang}"), lang, person, net
        )
        own = self._own_reply(net, last, reply_text, lang, reply_ts)
        root.replied_at = reply_ts
        out.append(own)
        follow = topic.get(f"followup_{lang}")
        if follow and self.rng.random() < (0.45 if category == "complaint" else 0.2):
            ts = reply_ts + self.rng.randrange(10 * 60, 8 * HOUR)
            if ts < self.now - 60:
                text = self.pick(follow, f"follow:{topic['key']}:{lang}")
                unresolved = text.startswith("!")
                text = self.fill(text.lstrip("!"), lang, person, net)
                if net.kind == "mastodon":
                    text = f"@{SHOP_MASTODON} {text}"
                fu = self._post(net, person, text, lang, ts, MessageKind.REPLY, parent=own)
                if unresolved:
                    self._triage(fu, "complaint")
                    self._set_state(fu, "needs_reply")
                else:
                    fu.sentiment, fu.priority = Sentiment.POSITIVE, Priority.NORMAL
                    self._set_state(fu, "done" if self.now - ts > 3 * HOUR else "new")
                out.append(fu)
        return out

    def feed(self, net: _Net, n: int) -> list[Message]:
        self._people(net, 10, 0.75)
        out: list[Message] = []
        sites = {
            "forum": ("https://www.fietsforum-utrecht.nl/t/{slug}/{n}", None),
            "news": ("https://www.stadsblad-utrecht.nl/nieuws/{ym}/{slug}", "Redactie Stadsblad"),
            "blog": ("https://wielerblog.nl/{ym}/{slug}/", None),
        }
        for i in range(n):
            entry = self.rng.choice(self.tpl["feed"])
            lang = "nl" if self.rng.random() < 0.75 or not entry.get("en") else "en"
            person = self.rng.choice([p for p in net.people if p.lang == lang] or net.people)
            title, _, body = self.fill(self.rng.choice(entry[lang]), lang, person, net).partition(
                "|"
            )
            ts = self.when()
            pattern, newsroom = sites[entry["site"]]
            ym = time.strftime("%Y/%m", time.gmtime(ts))
            url = pattern.format(
                slug=_slug(title), n=48_000 + i * 37 + self.rng.randrange(30), ym=ym
            )
            if url in self._used_ids:
                url = url.rstrip("/") + f"-{i + 2}"
            self._used_ids.add(url)
            author = person.author
            if newsroom:
                author = Author(
                    remote_id="feed:stadsblad", handle="stadsblad-utrecht.nl", display_name=newsroom
                )
            m = Message(
                channel_id=net.channel_id,
                remote_id=url,
                text=f"{title}\n\n{body}",
                created_at=ts,
                author=author,
                html=f"<h3>{html.escape(title)}</h3><p>{html.escape(body)}</p>",
                url=url,
                lang=lang,
                kind=MessageKind.FEED_ITEM,
                fetched_at=min(self.now, ts + HOUR),
            )
            category = entry["category"]
            self._triage(m, category)
            action = self._handle(m, category)
            if action == "reply" and self.rng.random() < 0.6:
                action = "done"  # seen; nothing to add on a forum or news site
            if action == "reply":  # answered on the forum by hand: no copy of our reply here
                reply_ts = ts + self._reply_delay(category)
                if reply_ts < self.now - 60:
                    m.replied_at = reply_ts
                else:
                    action = "needs_reply"
            self._set_state(m, action)
            out.append(m)
        return out

    def channel_messages(self, network: str, channel_id: int) -> list[Message]:
        net = _Net(network, channel_id)
        if network == "mastodon":
            net.own = Author(
                remote_id="109348221508613427",
                handle=f"@{SHOP_MASTODON}@{MASTODON_INSTANCE}",
                display_name=self.shop["name"],
                url=f"https://{MASTODON_INSTANCE}/@{SHOP_MASTODON}",
            )
            return self.social(net, 150, 0.7)
        if network == "bluesky":
            net.own = Author(
                remote_id="did:plc:q6gjnaw2blty4crticxkmujt",
                handle=SHOP_BLUESKY,
                display_name=self.shop["name"],
                url=f"https://bsky.app/profile/{SHOP_BLUESKY}",
            )
            return self.social(net, 105, 0.5)
        return self.feed(net, 18)


def _followers(user: str) -> int:
    """How many follow a made-up person: most a few dozen to a few hundred, a few thousands
    and one in fifty a large account (so the insights' reach means something). From the name
    alone (its own random stream): the rest of the sample stays as it was."""
    import random
    import zlib

    r = random.Random(zlib.crc32(user.encode("utf-8")))
    if r.random() < 0.02:
        return r.randrange(20_000, 80_000)
    return int(10 ** r.uniform(1.0, 3.6))
