"""A pseudo-locale for finding clipped layouts: every string longer (about 40 %) and
accented, with brackets that show where it was cut. ``CMSTATION_PSEUDO_LOCALE=1 cmstation``
(or ``make screenshot`` with it) opens the window in it. Placeholders (``{name}``, ``%n``),
accelerators (``&``) and markup stay as they are, so every string still works."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

PSEUDO_ENV = "CMSTATION_PSEUDO_LOCALE"

_ACCENTED = str.maketrans("aAcCeEiInNoOsSuUyYzZgGkKlL", "àÀçÇéÉîÎñÑöÖšŠûÛýÝžŽĝĜķĶļĻ")
#: what is left alone: placeholders, Qt's %n and %1, accelerators, tags, entities, URLs
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%\d|&&|&\w|<[^>]+>|&\w+;|https?://\S+|\\t)")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale: accented, padded by about 40 %, bracketed."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    letters = sum(ch.isalpha() for ch in text)
    pad = "~" * max(2, round(letters * 0.4))
    return f"[{out} {pad}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-locale form of the source."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        text = pseudo(source)
        return text.replace("%n", str(n)) if n >= 0 else text

    def isEmpty(self) -> bool:  # noqa: N802
        return False
