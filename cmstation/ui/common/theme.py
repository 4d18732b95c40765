"""Colours from the palette, light or dark: no colour is hard-coded in a widget.

Every style sheet names its colours by role (``@card``, ``@muted``, ``@error``...) and
:func:`themed` fills them in from the application's palette at the time it is applied, so
cards, the composer and the findings read well on a light desktop and on a dark one. Code
that paints (the highlighter, the voice gauge, list foregrounds) asks :func:`colour`.

The palette follows the system: Qt's own (the platform theme's) palette, and where the
desktop asks for a dark colour scheme (``QStyleHints.colorScheme``, Qt 6.5+) but the style
still hands out a light palette, a dark Fusion palette (:func:`follow_colour_scheme`).
``CMSTATION_THEME=dark`` or ``light`` overrides that (screenshots, a desktop that reports
nothing).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEME_ENV = "CMSTATION_THEME"

#: The signal colours per scheme: (light, dark). Dark ones are lighter, to read on dark.
_SIGNALS = {
    "error": ("#b42318", "#f97066"),
    "warning": ("#b54708", "#fdb022"),
    "info": ("#1d4fa8", "#84adff"),
    "ok": ("#1e7b34", "#6ce9a6"),
    "own": ("#1e7b34", "#6ce9a6"),  # tints the card of our own messages
    "sending": ("#8e44ad", "#d6bbfb"),
}

_TOKEN = re.compile(r"@([a-z_]+)")


def is_dark(palette: QPalette | None = None) -> bool:
    p = palette or QGuiApplication.palette()
    return p.color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of a role in the current palette (see the module docstring)."""
    p = palette or QGuiApplication.palette()
    dark = is_dark(p)
    window = p.color(QPalette.ColorRole.Window)
    base = p.color(QPalette.ColorRole.Base)
    text = p.color(QPalette.ColorRole.Text)
    if role in _SIGNALS:
        return QColor(_SIGNALS[role][1 if dark else 0])
    if role.endswith("_bg") and role[:-3] in _SIGNALS:
        return _mix(base, colour(role[:-3], p), 0.14 if dark else 0.08)
    if role.endswith("_border") and role[:-7] in _SIGNALS:
        return _mix(base, colour(role[:-7], p), 0.45 if dark else 0.35)
    match role:
        case "text":
            return text
        case "base" | "card":
            return base
        case "window":
            return window
        case "canvas":  # behind the cards: a step away from them
            return _mix(window, text, 0.06 if dark else 0.03)
        case "card_own":
            return _mix(base, colour("own", p), 0.12 if dark else 0.07)
        case "muted":
            return _mix(text, base, 0.42)
        case "strong":
            return _mix(text, base, 0.15)
        case "disabled":
            return _mix(text, base, 0.6)
        case "border":
            return _mix(base, text, 0.22 if dark else 0.16)
        case "hover":
            return _mix(window, text, 0.12 if dark else 0.08)
        case "accent":
            return p.color(QPalette.ColorRole.Highlight)
        case "link":
            return p.color(QPalette.ColorRole.Link)
    raise KeyError(f"no colour role {role!r}")


def themed(qss: str, palette: QPalette | None = None) -> str:
    """The style sheet with every ``@role`` replaced by its colour now."""
    return _TOKEN.sub(lambda m: colour(m.group(1), palette).name(), qss)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads on ``background`` (a label's own colour)."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(Qt.GlobalColor.black if luminance > 150 else Qt.GlobalColor.white)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (for desktops that ask for dark but give light)."""
    p = QPalette()
    c = {
        QPalette.ColorRole.Window: "#1f2127",
        QPalette.ColorRole.WindowText: "#e6e7ea",
        QPalette.ColorRole.Base: "#16181d",
        QPalette.ColorRole.AlternateBase: "#22252c",
        QPalette.ColorRole.ToolTipBase: "#2b2e36",
        QPalette.ColorRole.ToolTipText: "#e6e7ea",
        QPalette.ColorRole.PlaceholderText: "#8b8f98",
        QPalette.ColorRole.Text: "#e6e7ea",
        QPalette.ColorRole.Button: "#2b2e36",
        QPalette.ColorRole.ButtonText: "#e6e7ea",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7bf0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#84adff",
        QPalette.ColorRole.LinkVisited: "#b692f6",
        QPalette.ColorRole.Light: "#3a3e48",
        QPalette.ColorRole.Midlight: "#30333c",
        QPalette.ColorRole.Mid: "#272a31",
        QPalette.ColorRole.Dark: "#101216",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in c.items():
        p.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6f78"))
    return p


def light_palette() -> QPalette:
    """The Fusion style's own light palette (what paper gets, whatever the desktop uses)."""
    return QStyleFactory.create("Fusion").standardPalette()


def wanted_scheme() -> str:
    """ "dark", "light" or "" (follow what the palette is): the override, else the desktop's
    colour-scheme hint."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return ""
    value = scheme()
    if value == Qt.ColorScheme.Dark:
        return "dark"
    if value == Qt.ColorScheme.Light:
        return "light"
    return ""


def follow_colour_scheme(app: QApplication) -> str:
    """Give the application the palette its colour scheme asks for; returns the scheme."""
    wanted = wanted_scheme()
    if wanted == "dark" and not is_dark(app.palette()):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif wanted == "light" and is_dark(app.palette()):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    return "dark" if is_dark(app.palette()) else "light"


_TEMPLATE = "_cmstation_qss"


def apply_style(widget, qss: str) -> None:
    """``widget.setStyleSheet`` with the colours of the palette now; kept, so
    :func:`restyle_all` can fill them in again when the palette changes."""
    setattr(widget, _TEMPLATE, qss)
    widget.setStyleSheet(themed(qss))


def restyle_all(app: QApplication) -> None:
    """Fill in every styled widget's colours again (the desktop switched light/dark)."""
    for w in app.allWidgets():
        qss = getattr(w, _TEMPLATE, None)
        if qss is not None:
            w.setStyleSheet(themed(qss))
