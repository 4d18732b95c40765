"""The pseudo-locale (issue 14): longer, accented strings that keep every placeholder, so a
window in it shows where layouts clip; it translates the real window."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from cmstation.ui.common.pseudo_locale import PseudoTranslator, pseudo


def test_pseudo_is_longer_accented_and_keeps_placeholders():
    src = "Send {count} replies to {who}&now: %n left <b>today</b> https://x.example/a"
    out = pseudo(src)
    assert out.startswith("[") and out.endswith("]") and len(out) > len(src) * 1.2
    for keep in ("{count}", "{who}", "&n", "%n", "<b>", "</b>", "https://x.example/a"):
        assert keep in out
    assert re.search(r"[éàöûš]", out) and "Send" not in out
    assert pseudo("") == "" and pseudo("   ") == "   "


def test_the_window_speaks_it(qapp, qtbot, workspace, ui_settings):
    from cmstation.ui.shell.app import build_window

    t = PseudoTranslator(qapp)
    qapp.installTranslator(t)
    try:
        assert QCoreApplication.translate("X", "%n reply(s)", None, 3).startswith("[3 ")
        w = build_window(workspace["path"], settings=ui_settings)
        qtbot.addWidget(w)
        assert w.search_box.placeholderText().startswith("[")
        assert w._nav_items[("view", "needs_reply")].text(0).startswith("[")
        w.close()
    finally:
        qapp.removeTranslator(t)
