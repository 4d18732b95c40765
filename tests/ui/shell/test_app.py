import argparse
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from read_workspace import copy_workspace

from cmstation.core.models import MessageState
from cmstation.sample import build_sample_workspace
from cmstation.ui.shell import app
from cmstation.ui.shell.app import build_window

SAMPLE_NOW = 1_763_000_000


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "workspace.sqlite3"
    build_sample_workspace(path, now=SAMPLE_NOW)
    return path


@pytest.fixture
def sample_window(qtbot, tmp_path, sample_template, ui_settings):
    path = tmp_path / "copy.sqlite3"
    copy_workspace(sample_template, path)
    w = build_window(path, settings=ui_settings, now=SAMPLE_NOW)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.message_model.rowCount() > 0 and bool(w.conversation.cards))
    qtbot.waitUntil(lambda: getattr(w, "_counts", None) is not None)
    yield w
    w.close()


def test_opens_on_the_sample_workspace(qtbot, sample_window):
    w = sample_window
    assert w.stack.currentWidget() is w.splitter
    channel_keys = [k for k in w._nav_items if k[0] == "channel"]
    assert len(channel_keys) == 3
    m = w.message_model
    assert all(m.message_at(r).state == MessageState.NEEDS_REPLY for r in range(m.rowCount()))
    with qtbot.wait_signal(m.reloaded):
        w.select_view(("view", "all"))
    qtbot.waitUntil(lambda: m.total is not None)
    assert m.total >= 100  # a few hundred messages
    assert m.rowCount() == min(200, m.total)  # one page, not all of them
    with qtbot.wait_signal(w.states_changed):
        w.change_state(MessageState.DONE)


def test_renders_the_main_window_to_a_png(qtbot, sample_window, tmp_path):
    out = tmp_path / "main_window.png"
    assert sample_window.grab().save(str(out))
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 20  # text, selection, cards: not a blank or single-colour image
    print(f"screenshot: {out}")


def test_the_first_page_arrives_without_loading_everything(
    qtbot, tmp_path, sample_template, ui_settings
):
    w = build_window(sample_template, settings=ui_settings)
    qtbot.addWidget(w)
    with qtbot.wait_signal(w.message_model.reloaded):
        w.select_view(("view", "all"))
    qtbot.waitUntil(lambda: w.message_model.total is not None)
    assert 0 < w.message_model.rowCount() < w.message_model.total or w.message_model.total <= 200
    w.close()


def _args(tmp_path, **kw):
    ns = argparse.Namespace(data_dir=str(tmp_path / "data"), demo=False, lang="en", command=None)
    for k, v in kw.items():
        setattr(ns, k, v)
    return ns


@pytest.fixture
def no_dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(
        app, "ui_settings", lambda: QSettings(str(pytest.tmp_ui_ini), QSettings.Format.IniFormat)
    )
    return shown


@pytest.fixture(autouse=True)
def _ui_ini(tmp_path):
    pytest.tmp_ui_ini = tmp_path / "app-ui.ini"


def test_a_newer_workspace_is_explained_not_crashed(qapp, tmp_path, no_dialogs):
    path = tmp_path / "data" / "workspace.sqlite3"
    path.parent.mkdir(parents=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.execute("CREATE TABLE x (y)")
    con.close()
    assert app.run_gui(_args(tmp_path)) == 1
    assert "newer cmstation" in no_dialogs[0] and str(path) in no_dialogs[0]
    con = sqlite3.connect(path)
    try:  # not migrated
        assert con.execute("PRAGMA user_version").fetchone()[0] == 999
        assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("x",)]
    finally:
        con.close()


def test_a_corrupt_workspace_is_explained_not_crashed(qapp, tmp_path, no_dialogs):
    path = tmp_path / "data" / "workspace.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database at all" * 100)
    assert app.run_gui(_args(tmp_path)) == 1
    assert "damaged" in no_dialogs[0] and str(path) in no_dialogs[0]


def test_demo_opens_a_temporary_copy_and_never_the_users_workspace(
    qtbot, qapp, tmp_path, monkeypatch, no_dialogs
):
    seen = {}

    def fake_exec():
        (w,) = app._open_windows
        seen["path"] = w.workspace_path
        seen["title"] = w.windowTitle()
        qtbot.waitUntil(lambda: w.message_model.rowCount() > 0)
        seen["rows"] = w.message_model.rowCount()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app.run_gui(_args(tmp_path, demo=True)) == 0
    assert not no_dialogs
    assert seen["rows"] > 0
    assert not str(seen["path"]).startswith(str(tmp_path / "data"))
    assert "sample" in seen["title"]
    assert not (tmp_path / "data").exists()
    assert not seen["path"].exists()  # the temporary copy is removed at exit


def test_the_welcome_view_opens_the_sample_in_a_new_window(qtbot, tmp_path, ui_settings):
    empty = build_window(tmp_path / "empty" / "workspace.sqlite3", settings=ui_settings)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.stack.currentWidget() is empty.welcome
    qtbot.mouseClick(empty.welcome.sample_button, Qt.MouseButton.LeftButton)
    (sample,) = app._open_windows
    qtbot.addWidget(sample)
    try:
        assert sample.has_channels and "sample" in sample.windowTitle()
        assert sample.workspace_path.parent.name.startswith("cmstation-sample-")
        assert not empty.isVisible()  # the empty welcome window gives way
        qtbot.waitUntil(lambda: sample.message_model.rowCount() > 0)
    finally:
        sample.close()
        app._open_windows.clear()
        app._cleanup()
    assert not sample.workspace_path.exists()
