"""Dutch or English? A stop-word vote: short social posts are too short for n-gram models,
but almost every sentence carries a few function words that give the language away."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-ÿ']+", re.IGNORECASE)

# Function words frequent in one language and rare (or absent) in the other.
_NL = frozenset(
    str.split("""
de het een en van ik je jij jullie u uw is niet dat die dit met voor op te zijn er
maar om ook als bij nog wel geen naar wat heb heeft hebben mijn me mij ons onze
wij we zo dan kan kunnen wordt worden was waren al nu hier daar waar wanneer hoe
waarom omdat zou zouden moet moeten graag bedankt dank sorry hoi hallo hee goed
echt alleen gewoon even weer veel meer helemaal nooit niks niets iets bent ben
deze zal zullen zit staat gaat komt doen gedaan krijg krijgen bestelling vandaag
morgen gisteren week dag uur mee aan uit over door tegen zonder tot na welke wie
jou jouw hun hen ze zij hij haar hem of want dus toch nou hè he oké jammer
""")
)

_EN = frozenset(
    str.split("""
the a an and of i you your yours is are not that this these those with for on to be
but also if at still no any what have has had my me our we so then can could will
would should been was were just now here there where when how why because please
thanks thank hi hello hey good really only again more never nothing something
am it its it's i'm don't doesn't didn't can't won't isn't aren't wasn't they them
their he she his her him do does did done get got order today tomorrow yesterday
week day hour from about by out over into without until after which who or
than very up all one us let let's sorry anyone anything
""")
)

# "is", "in", "me", "we", "so", "had", "hun" etc. overlap; only words in exactly one set vote.
_ONLY_NL = _NL - _EN
_ONLY_EN = _EN - _NL
# Letter sequences that are strong hints on their own (Dutch "ij", "oe", "ui"; English "th").
_NL_BIGRAMS = re.compile(r"ij|oe(?!s\b)|ui|aa|uu|sch", re.IGNORECASE)
_EN_BIGRAMS = re.compile(r"th|wh|ght|ing\b|tion", re.IGNORECASE)


def detect_language(text: str) -> str:
    """Return "nl", "en" or "" when the text gives too little to decide."""
    nl = en = 0.0
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in _ONLY_NL:
            nl += 1
        elif w in _ONLY_EN:
            en += 1
    if nl + en < 2:
        # Very short text: fall back on letter sequences, but only on a clear margin.
        nl += 0.25 * len(_NL_BIGRAMS.findall(text))
        en += 0.25 * len(_EN_BIGRAMS.findall(text))
    if nl == en or max(nl, en) < 1:
        return ""
    return "nl" if nl > en else "en"
