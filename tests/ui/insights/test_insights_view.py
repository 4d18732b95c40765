"""The Insights page (issue 12): a navigation entry that shows the report's figures (the same
build_report the command prints), charts with their tables, exports (CSV, JSON, PDF), and
"write to the selected ambassador" opening a post to them; ``cmstation report --pdf``."""

from __future__ import annotations

import json
import re
import time

import pytest
from PySide6.QtCore import Qt

from cmstation.insights.report import build_report
from cmstation.sample import build_sample_workspace
from cmstation.storage import open_workspace
from cmstation.storage import profile as profile_store
from cmstation.ui.shell.app import build_window

NOW = 1_795_000_000 - 1_795_000_000 % 3600


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "s" / "workspace.sqlite3"
    path.parent.mkdir()
    build_sample_workspace(path, now=NOW)
    return path


@pytest.fixture
def win(qtbot, sample, ui_settings):
    w = build_window(sample, settings=ui_settings, now=NOW)
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.ensure_ready()
    w.insights.now = lambda: NOW
    with qtbot.wait_signal(w.insights.reloaded, timeout=10_000):
        w.select_view(("page", "insights"))
    yield w
    w.close()


def _expected(sample, spec="30d", channel=None):
    db = open_workspace(sample)
    try:
        return build_report(db, spec, channel, now=NOW, profile=profile_store.load_profile(db))
    finally:
        db.conn.close()


def test_the_page_shows_the_reports_figures(qtbot, win, sample):
    view = win.insights
    assert view.isVisible() and not win.table.isVisible()
    expected = _expected(sample)
    assert [t.name for t in expected.tables()] == list(view.tables)
    for table in expected.tables():
        model = view.tables[table.name].model()
        assert model.rowCount() == len(table.rows)
        assert model.columnCount() == len(table.columns)
    # a figure as the window shows it is the report's figure
    weeks = expected.table("responsiveness_weeks")
    col = weeks.columns.index("needed_reply")
    shown = view.tables["responsiveness_weeks"].model().index(0, col).data()
    assert shown == f"{weeks.rows[0][col]:,}"
    assert set(view.charts) == {"volume_by_channel", "volume_by_sentiment", "reach_weeks"}
    assert sum(len(s.points) for s in view.charts["volume_by_sentiment"].series) > 0


def test_period_and_channel_change_the_figures(qtbot, win, sample):
    view = win.insights
    with qtbot.wait_signal(view.reloaded, timeout=10_000):
        view.period_combo.setCurrentIndex(view.period_combo.findData("7d"))
    assert view.report.period.days == 7
    cid = view.channel_combo.itemData(1)
    with qtbot.wait_signal(view.reloaded, timeout=10_000):
        view.channel_combo.setCurrentIndex(1)
    assert view.report.channel_id == cid
    expected = _expected(sample, "7d", cid)
    assert view.report.as_dict() == expected.as_dict() | {"generated_at": view.report.generated_at}


def test_exports_csv_json_and_a_pdf(qtbot, win, tmp_path):
    view = win.insights
    assert view.export("csv", str(tmp_path / "csv"))
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert "responsiveness_weeks.csv" in files and len(files) == len(view.report.tables())
    assert view.export("json", str(tmp_path / "r.json"))
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert data["period"]["days"] == 30
    assert view.export("pdf", str(tmp_path / "r.pdf"))
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert 1 <= pages <= 2


def test_write_to_an_ambassador_opens_a_post_to_them(qtbot, win):
    view = win.insights
    table = view.tables["ambassadors"]
    table.selectRow(0)
    handle = table.model().table.rows[0][0]
    buttons = [b for b in view.findChildren(type(view.export_pdf)) if "ambassador" in b.text()]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    dlg = win.new_post_dialog
    mention = handle if handle.startswith("@") else f"@{handle}"
    assert dlg.edit.toPlainText().startswith(mention + " ")
    dlg.reject()


def test_the_command_writes_the_pdf(cli_sample, tmp_path):
    out = tmp_path / "client.pdf"
    r = cli_sample("report", "--period", "30d", "--pdf", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.fixture
def cli_sample(tmp_path):
    from cli_runner import Cli

    from cmstation.config import WORKSPACE_FILE

    d = tmp_path / "clidata"
    d.mkdir()
    build_sample_workspace(d / WORKSPACE_FILE, now=int(time.time()))
    return Cli(d)


def test_the_pdf_shows_the_face_of_the_company(qtbot, sample, tmp_path):
    """With a profile photo, the report's header carries it, cut to a circle."""
    import dataclasses

    from PySide6.QtGui import QColor, QImage

    from cmstation.ui.insights.report_pdf import face_image, report_html, write_pdf

    photo = QImage(200, 120, QImage.Format.Format_RGB32)
    photo.fill(QColor(200, 40, 40))
    assert photo.save(str(tmp_path / "eva.png"))
    db = open_workspace(sample)
    report = build_report(db, "30d", now=NOW, profile=profile_store.load_profile(db))
    without = report_html(report)
    with_face = report_html(dataclasses.replace(report, photo_path=str(tmp_path / "eva.png")))
    assert with_face.count("<img") == without.count("<img") + 1
    assert 'width="60" height="60"' in with_face and 'width="60" height="60"' not in without
    face = face_image(str(tmp_path / "eva.png"), 40)
    assert face.pixelColor(0, 0).alpha() == 0  # outside the circle
    assert face.pixelColor(20, 20).red() == 200
    assert face_image(str(tmp_path / "missing.png")) is None
    (tmp_path / "not-an-image.png").write_text("nope")
    assert face_image(str(tmp_path / "not-an-image.png")) is None
    out = write_pdf(
        dataclasses.replace(report, photo_path=str(tmp_path / "eva.png")), tmp_path / "r.pdf"
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_the_view_shows_progress_while_the_report_is_built(qtbot, win):
    """build_report tells each part as it is ready; the page's bar follows it on the GUI
    thread and goes away with the figures."""
    from cmstation.insights.report import STEPS

    view = win.insights
    seen = []
    view.progress.connect(lambda gen, done, total: seen.append((done, total)))
    with qtbot.wait_signal(view.reloaded, timeout=10_000):
        view.reload()
        assert view.progress_bar.isVisibleTo(view)
    assert seen == [(i, STEPS) for i in range(1, STEPS + 1)]
    assert not view.progress_bar.isVisibleTo(view)
    assert view.progress_bar.value() == STEPS
