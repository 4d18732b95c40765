"""The shapes a report hands to a window, a PDF or a file: tables (named columns, rows of
plain values) and chart series (``(date, value)`` points). Frozen, Qt-free, JSON-ready."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from cmstation.core.i18n import Text

Render = Callable[[Text], str]


def english(text: Text) -> str:
    return text.render()


def plain(value: Any, render: Render = english) -> Any:
    """A value as JSON holds it: dates as ISO text, Text rendered, tuples as lists."""
    if isinstance(value, Text):
        return render(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v, render) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, render) for k, v in value.items()}
    if hasattr(value, "as_dict"):
        return value.as_dict(render)
    return value


@dataclass(frozen=True, slots=True)
class Table:
    """``name`` is a file name stem (``responsiveness_weeks``); ``columns`` are machine names
    (the CSV header); ``headers`` the translatable column titles for a window or a PDF."""

    name: str
    title: Text
    columns: tuple[str, ...]
    headers: tuple[Text, ...]
    rows: tuple[tuple, ...]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "name": self.name,
            "title": render(self.title),
            "columns": list(self.columns),
            "rows": [dict(zip(self.columns, plain(r, render), strict=True)) for r in self.rows],
        }


@dataclass(frozen=True, slots=True)
class Series:
    """One line or bar series of a chart: ``points`` are ``(local date, value)`` in order."""

    name: str  # machine name: "channel:3", "sentiment:negative", "reach:positive"
    label: Text | str  # what the legend says (a channel's own name is no Text)
    points: tuple[tuple[date, float], ...]

    def as_dict(self, render: Render = english) -> dict:
        label = render(self.label) if isinstance(self.label, Text) else self.label
        return {
            "name": self.name,
            "label": label,
            "points": [[d.isoformat(), v] for d, v in self.points],
        }


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)
