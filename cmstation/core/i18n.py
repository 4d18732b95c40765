"""Marking strings for translation outside the UI, without importing Qt.

Code outside ``ui/`` marks a user-visible string with ``QT_TRANSLATE_NOOP(context, text)``
(this module's version returns the text unchanged). ``pyside6-lupdate`` finds the mark by
its name and puts the string in ``i18n/*.ts``; the UI translates it on display with
``QCoreApplication.translate(context, text)``. Placeholders use ``str.format`` names.

A count that decides the grammar is ``%n`` (Qt's plural marker) with the number as the
parameter ``n``: ``Text(ctx, "%n item(s) skipped", {"n": 3})`` renders through the
translator's plural forms ("1 item skipped", "3 items skipped"; Dutch the same way).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate knows
    context: str, text: str, disambiguation: str = "", n: int = -1
) -> str:
    """``text`` unchanged. Given a count (``QT_TRANSLATE_NOOP(ctx, "%n item(s)", "", 1)``),
    lupdate files the string as a plural one (``numerus="yes"``)."""
    return text


@dataclass(frozen=True, slots=True)
class Text:
    """A translatable message with its parameters: ``Text(ctx, src, params).render(tr)``."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate=None) -> str:
        """The text in the language of ``translate`` (English without it); a parameter that
        is itself a Text is rendered the same way."""
        n = self.params.get("n")
        if "%n" in self.source and isinstance(n, int) and not isinstance(n, bool):
            if translate is None:  # English: its plural forms, without Qt
                from cmstation.core.qm_catalogue import plural

                src = plural("en", self.context, self.source, n)
            else:
                src = translate(self.context, self.source, None, n)
            src = src.replace("%n", str(n))  # Qt does it; a plain lookup may not
        else:
            src = translate(self.context, self.source) if translate else self.source
        if not self.params:
            return src
        params = {
            k: v.render(translate) if isinstance(v, Text) else v for k, v in self.params.items()
        }
        return src.format(**params)

    def __str__(self) -> str:
        return self.render()

    def to_dict(self) -> dict[str, Any]:
        """A parameter that is itself a Text stays one (``{"text": {...}}``), so it is shown
        in the user's language too when the message is read back."""
        params = {
            k: {"text": v.to_dict()} if isinstance(v, Text) else v for k, v in self.params.items()
        }
        return {"context": self.context, "source": self.source, "params": params}

    def to_json(self) -> str:
        """For storing a message so it can be shown later in the user's language."""
        return json.dumps(self.to_dict(), ensure_ascii=False, default=str)

    @classmethod
    def from_dict(cls, d: Any, context: str = "") -> Text:
        """The inverse of to_dict; a plain string (older rows) is kept as it is."""
        if isinstance(d, str):
            return cls(context, d)
        params = {
            k: cls.from_dict(v["text"]) if isinstance(v, dict) and set(v) == {"text"} else v
            for k, v in dict(d.get("params") or {}).items()
        }
        return cls(str(d["context"]), str(d["source"]), params)

    @classmethod
    def from_json(cls, raw: str, context: str = "") -> Text:
        """The inverse of to_json; anything else (older rows, plain text) is kept as it is."""
        if not raw:
            return cls(context, "")
        try:
            return cls.from_dict(json.loads(raw), context)
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(context, raw)
