"""The findings panel at the default window size (issue 14): a reply with many remarks shows
at least five findings whole (no row cut off at the bottom, no button cut off at the side),
and a wide window puts the findings beside the reply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from cmstation.ui.shell.app import build_window

MANY = (
    "WE WILL LOOK INTO IT!!! As per our policy, unfortunately you should have read the FAQ. "
    "Visit https://x.example/deal for 20% off! #sale #deal #promo #shop. Send your home "
    "address and phone number here."
)


def _open(qtbot, workspace, ui_settings, size):
    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    w.ensure_ready()
    qtbot.waitUntil(lambda: w.composer.message_id is not None)
    c = w.composer
    c.edit.setPlainText(MANY)
    c.run_check()
    qtbot.wait(50)
    return w, c


def _whole_rows(c) -> list:
    view = c.findings.viewport()
    inside = view.rect()
    whole = []
    for row in c.findings.rows:
        top_left = row.mapTo(view, QPoint(0, 0))
        bottom_right = row.mapTo(view, row.rect().bottomRight())
        if inside.contains(top_left) and inside.contains(bottom_right):
            whole.append(row)
    return whole


def _buttons_inside(row) -> bool:
    for b in (row.apply_button, row.show_button, row.dismiss_button):
        if b is None:
            continue
        right = b.mapTo(row, b.rect().topRight()).x()
        if right > row.width() or not b.isVisible():
            return False
    return True


@pytest.mark.parametrize("size", [(1440, 900), (1366, 768)])
def test_five_findings_fit_whole(qtbot, workspace, ui_settings, size):
    w, c = _open(qtbot, workspace, ui_settings, size)
    assert len(c.findings.rows) >= 7
    whole = _whole_rows(c)
    assert len(whole) >= 5, f"only {len(whole)} findings fit at {size}"
    assert all(_buttons_inside(r) for r in whole)
    assert all(r.message_label.wordWrap() for r in whole)  # wrapped, never cut
    w.close()


def test_a_wide_window_puts_the_findings_beside_the_reply(qtbot, workspace, ui_settings):
    from PySide6.QtCore import Qt

    w, c = _open(qtbot, workspace, ui_settings, (2400, 1000))
    assert c.width() >= c.SIDE_BY_SIDE_MIN_WIDTH
    assert c.body_splitter.orientation() == Qt.Orientation.Horizontal
    assert len(_whole_rows(c)) >= 5 and all(_buttons_inside(r) for r in _whole_rows(c))
    w.close()
