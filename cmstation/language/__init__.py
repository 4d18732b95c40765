"""Language tools that run offline: which language a text is in, and how it feels.

``detect_language(text)`` answers "nl", "en" or "" (too little to tell);
``sentiment(text, lang="")`` answers a :class:`SentimentResult` with a label and a score
in [-1, 1]. English uses VADER's shipped lexicon (plus a small customer-service
supplement); Dutch uses a curated lexicon with negation and intensifiers in
``cmstation/resources/lexicon``. Nothing downloads at run time.
"""

from __future__ import annotations

from cmstation.language.detect import detect_language
from cmstation.language.sentiment import SentimentResult, sentiment

__all__ = ["SentimentResult", "detect_language", "sentiment"]
