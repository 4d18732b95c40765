"""The profile dialog: every field round-trips through the dialog and the workspace."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QImage

from cmstation.core.profile import Profile
from cmstation.storage import open_workspace
from cmstation.storage import profile as profile_store
from cmstation.ui.compose.profile_dialog import ProfileDialog, round_photo

FULL = Profile(
    display_name="Eva de Vries",
    role="webcare",
    photo_path="",
    signoff="^Eva",
    signoff_per_channel={"bluesky": "~Eva"},
    languages=["nl", "en"],
    register="u",
    working_hours={"days": [1, 2, 3, 4, 5], "start": "08:30", "end": "17:00"},
    response_target_hours=4,
    brand_words=["De Spaak", "Urban Arrow"],
    banned_phrases=["geen idee"],
)


def _photo(tmp_path):
    img = QImage(120, 80, QImage.Format.Format_ARGB32)
    img.fill(QColor("#2f6fde"))
    path = tmp_path / "eva.png"
    assert img.save(str(path))
    return str(path)


def test_dialog_shows_and_returns_every_field(qtbot, tmp_path):
    profile = replace(FULL, photo_path=_photo(tmp_path))
    dlg = ProfileDialog(profile)
    qtbot.addWidget(dlg)
    assert dlg.display_name.text() == "Eva de Vries"
    assert dlg.channel_signoffs["bluesky"].text() == "~Eva"
    assert dlg.register.currentData() == "u"
    assert dlg.start_time.time() == QTime(8, 30)
    assert not dlg.day_boxes[6].isChecked() and dlg.day_boxes[1].isChecked()
    assert dlg.photo_preview.pixmap() is not None and not dlg.photo_preview.pixmap().isNull()
    assert dlg.profile() == profile


def test_edits_are_saved_through_the_profile_store(qtbot, tmp_path):
    dlg = ProfileDialog(Profile())
    qtbot.addWidget(dlg)
    assert dlg.target.value() == 24  # the default response-time target
    dlg.display_name.setText("  Sam  ")
    dlg.signoff.setText("^Sam")
    dlg.channel_signoffs["mastodon"].setText("-- Sam")
    dlg.register.setCurrentIndex(dlg.register.findData("je"))
    dlg.lang_en.setChecked(False)
    dlg.day_boxes[6].setChecked(True)
    dlg.end_time.setTime(QTime(18, 0))
    dlg.target.setValue(6)
    dlg.brand_words.setPlainText("Bakfiets\n\n  Bakfiets \nCargo One")
    dlg.banned_phrases.setPlainText("helaas pindakaas")
    edited = dlg.profile()
    assert edited.display_name == "Sam"
    assert edited.signoff_per_channel == {"mastodon": "-- Sam"}
    assert edited.languages == ["nl"]
    assert edited.brand_words == ["Bakfiets", "Cargo One"]
    assert edited.working_hours["days"] == [1, 2, 3, 4, 5, 6]
    assert edited.working_hours["end"] == "18:00"

    db = open_workspace(tmp_path / "ws.sqlite3")
    profile_store.save_profile(db, edited)
    assert profile_store.load_profile(db) == edited
    db.conn.close()


def test_bad_input_is_explained_and_not_accepted(qtbot):
    dlg = ProfileDialog(Profile())
    qtbot.addWidget(dlg)
    dlg.lang_nl.setChecked(False)
    dlg.lang_en.setChecked(False)
    dlg.accept()
    assert dlg.result() == 0 and not dlg.error_label.isHidden()
    assert "language" in dlg.error_label.text()
    dlg.lang_nl.setChecked(True)
    dlg.end_time.setTime(QTime(8, 0))
    dlg.accept()
    assert "end after" in dlg.error_label.text()


def test_photo_is_local_only_and_round(tmp_path):
    assert round_photo("", 32) is None
    assert round_photo("https://example.com/eva.png", 32) is None
    assert round_photo(str(tmp_path / "missing.png"), 32) is None
    (tmp_path / "not-an-image.png").write_text("hello")
    assert round_photo(str(tmp_path / "not-an-image.png"), 32) is None
    pix = round_photo(_photo(tmp_path), 32)
    assert (pix.width(), pix.height()) == (32, 32)
    img = pix.toImage()
    assert img.pixelColor(0, 0).alpha() == 0  # the corner is cut away
    assert img.pixelColor(16, 16).name() == "#2f6fde"


def test_menu_action_saves_the_profile_and_the_composer_follows(qtbot, window, monkeypatch):
    def fake_exec(self):
        self.signoff.setText("^Kim")
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    window.profile_action.trigger()
    assert window.composer.profile.signoff == "^Kim"
    db = open_workspace(window.workspace_path)
    assert profile_store.load_profile(db).signoff == "^Kim"
    db.conn.close()
    qtbot.waitUntil(lambda: window.composer.message is not None)
    assert window.composer.signoff_button.isEnabled()
