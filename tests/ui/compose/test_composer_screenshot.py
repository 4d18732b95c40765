"""The composer on a complaint from the sample workspace, rendered to a PNG (look at it:
``pytest tests/ui/test_composer_screenshot.py --basetemp=/tmp/shots``)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from cmstation.core.models import Priority
from cmstation.sample import build_sample_workspace
from cmstation.ui.shell.app import build_window

NOW = 1_763_900_000


def test_render_the_composer_on_a_sample_complaint(qtbot, tmp_path, ui_settings):
    path = tmp_path / "sample.sqlite3"
    build_sample_workspace(path, now=NOW)
    w = build_window(path, settings=ui_settings, now=NOW)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    c = w.composer
    qtbot.waitUntil(lambda: c.message is not None)
    assert c.message.priority == Priority.COMPLAINT  # the most urgent comes first
    handle = c.message.author_handle
    c.edit.setFocus()
    c.edit.selectAll()
    with qtbot.wait_signal(c.checked, timeout=2000):
        qtbot.keyClicks(
            c.edit,
            f"{handle} Uw klacht is in behandeling genomen. "
            "Wij nemen zo spoedig mogelijk contact met u op.",
        )
    qtbot.waitUntil(lambda: c._checked_text == c.text())
    # the cliché, the missing apology and the missing sign-off (DESIGN.md, issue 4)
    assert {f.category for f in c.result.findings} >= {
        "corporate_jargon",
        "no_empathy",
        "no_signature",
    }
    out = tmp_path / "composer.png"
    assert w.grab().save(str(out))
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1400, 900)
    # the composer's area is painted (not a blank window)
    cr = c.geometry()
    top_left = c.mapTo(w, cr.topLeft() - cr.topLeft())
    colours = {
        img.pixelColor(top_left.x() + x, top_left.y() + y).name()
        for x in range(0, c.width(), 7)
        for y in range(0, c.height(), 7)
    }
    assert len(colours) > 10
    # a click fixes what can be fixed
    for rule in ("no_signature", "register_profile"):
        row = next(r for r in c.findings.rows if r.finding.rule == rule)
        c.apply_finding(row.finding)
    assert c.text().endswith("^Eva")
    assert not {"no_signature"} & {f.rule for f in c.result.findings}
    assert c.result.score > 0
    w.close()
