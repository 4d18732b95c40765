"""Light and dark (issue 14): no colour is hard-coded, and what the roles give reads on both
palettes (WCAG contrast of text and signal colours on cards), and the window's style sheets
carry no fixed white."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyleFactory

from cmstation.ui.common import theme

UI = Path(__file__).resolve().parents[3] / "cmstation" / "ui"


def _luminance(c: QColor) -> float:
    def ch(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PALETTES = {
    "light": lambda: QStyleFactory.create("Fusion").standardPalette(),
    "dark": theme.dark_palette,
}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_roles_read_on_cards_in_light_and_dark(qapp, name):
    p = PALETTES[name]()
    assert theme.is_dark(p) == (name == "dark")
    card = theme.colour("card", p)
    assert contrast(theme.colour("text", p), card) >= 7
    for role in ("muted", "error", "warning", "info", "ok", "link"):
        assert contrast(theme.colour(role, p), card) >= 3.0, role
    for role in ("card_own", "error_bg", "warning_bg", "canvas"):  # backgrounds under text
        assert contrast(theme.colour("text", p), theme.colour(role, p)) >= 7, role


def test_themed_fills_every_role_and_follows_the_palette(qapp):
    qss = "QFrame { background: @card; color: @text; border: 1px solid @border; }"
    light = theme.themed(qss, PALETTES["light"]())
    dark = theme.themed(qss, PALETTES["dark"]())
    assert "@" not in light and "@" not in dark and light != dark
    with pytest.raises(KeyError):
        theme.themed("color: @nosuchrole;")


def test_label_text_is_black_or_white_by_its_colour():
    assert theme.text_on(QColor("#ffe066")) == QColor("black")
    assert theme.text_on(QColor("#1d4fa8")) == QColor("white")


def test_no_widget_hard_codes_a_colour():
    """Colours live in ui/common/theme.py; style sheets use @roles (a label's own colour,
    chosen by the user, is data, not a hard-coded colour)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            code = line.split("#:")[0]
            if re.search(r"(?<![\w&])#[0-9a-fA-F]{6}\b|:\s*white\b|\bQColor\(\"", code):
                found.append(f"{path.relative_to(UI)}:{n}: {line.strip()}")
    allowed = [f for f in found if "DEFAULT_COLOUR" in f or "DEFAULT_NEW_COLOUR" in f]
    assert [f for f in found if f not in allowed] == []


def test_a_dark_desktop_gets_a_dark_window(qapp, monkeypatch, workspace, ui_settings, qtbot):
    from cmstation.ui.shell.app import build_window

    before_palette, before_style = qapp.palette(), qapp.style().name()
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    try:
        assert theme.follow_colour_scheme(qapp) == "dark"
        w = build_window(workspace["path"], settings=ui_settings)
        qtbot.addWidget(w)
        w.ensure_ready()
        qss = w.composer.styleSheet() + w.styleSheet()
        assert "white" not in qss
        card = theme.colour("card")
        assert card.lightness() < 60
        assert theme.colour("card").name() in w.styleSheet()
        w.close()
    finally:
        QApplication.setStyle(QStyleFactory.create(before_style))
        qapp.setPalette(before_palette)
    assert not theme.is_dark(qapp.palette()) or theme.is_dark(before_palette)
