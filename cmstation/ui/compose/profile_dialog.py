"""The profile: the human who answers, and how the composer signs and checks for them.

The photo is a local file only; nothing remote is ever loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import ChannelKind
from cmstation.core.profile import DEFAULT_RESPONSE_TARGET_HOURS, Profile
from cmstation.ui.common.photo import round_image
from cmstation.ui.common.theme import colour

PHOTO_SIZE = 64


def round_photo(path: str, size: int) -> QPixmap | None:
    """A local image file cut to a circle of ``size`` pixels; None when there is none."""
    if not path:
        return None
    p = Path(path).expanduser()
    if not p.is_file():
        return None
    key = (str(p), size, p.stat().st_mtime_ns)
    if key not in _PHOTOS:  # the composer shows it with every message: read it once
        if len(_PHOTOS) > 8:
            _PHOTOS.clear()
        _PHOTOS[key] = _cut_round(p, size)
    return _PHOTOS[key]


_PHOTOS: dict[tuple, QPixmap | None] = {}


def _cut_round(p: Path, size: int) -> QPixmap | None:
    img = round_image(p, size)
    return None if img is None else QPixmap.fromImage(img)


def _lines(text: str) -> list[str]:
    seen: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and line not in seen:
            seen.append(line)
    return seen


class ProfileDialog(QDialog):
    """Edit a :class:`Profile`; :meth:`profile` gives the edited copy."""

    DAYS = (1, 2, 3, 4, 5, 6, 7)

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your profile"))
        self.setMinimumWidth(520)
        self._original = profile
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The person who answers. Replies are signed with your sign-off, so people "
                "know who they talk to."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        lay.addWidget(intro)
        tabs = QTabWidget()
        lay.addWidget(tabs, 1)

        # -- who ----------------------------------------------------------------------------
        who = QWidget()
        form = QFormLayout(who)
        photo_row = QHBoxLayout()
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        photo_row.addWidget(self.photo_preview)
        self.photo_path = QLineEdit(profile.photo_path)
        self.photo_path.setPlaceholderText(self.tr("A picture file on this computer"))
        self.photo_path.textChanged.connect(self._update_photo)
        photo_row.addWidget(self.photo_path, 1)
        choose = QPushButton(self.tr("Choose\u2026"))
        choose.clicked.connect(self._choose_photo)
        photo_row.addWidget(choose)
        self.display_name = QLineEdit(profile.display_name)
        self.display_name.setPlaceholderText(self.tr("e.g. Eva de Vries"))
        form.addRow(self.tr("Name"), self.display_name)
        self.role = QLineEdit(profile.role)
        self.role.setPlaceholderText(self.tr("e.g. webcare"))
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Photo"), photo_row)
        self.signoff = QLineEdit(profile.signoff)
        self.signoff.setPlaceholderText("^Eva")
        form.addRow(self.tr("Sign-off"), self.signoff)
        where = QLabel(self.tr("Added at the end of the message."))
        where.setObjectName("muted")
        form.addRow("", where)
        self.channel_signoffs: dict[str, QLineEdit] = {}
        for kind, label in (
            (ChannelKind.MASTODON, self.tr("On Mastodon")),
            (ChannelKind.BLUESKY, self.tr("On Bluesky")),
            (ChannelKind.FEED, self.tr("On feeds")),
            (ChannelKind.MANUAL, self.tr("By hand")),
        ):
            edit = QLineEdit(profile.signoff_per_channel.get(str(kind), ""))
            edit.setPlaceholderText(self.tr("the same as above"))
            self.channel_signoffs[str(kind)] = edit
            form.addRow(label, edit)
        tabs.addTab(who, self.tr("Who answers"))

        # -- how ----------------------------------------------------------------------------
        how = QWidget()
        form2 = QFormLayout(how)
        langs = QHBoxLayout()
        self.lang_nl = QCheckBox(self.tr("Dutch"))
        self.lang_en = QCheckBox(self.tr("English"))
        self.lang_nl.setChecked("nl" in profile.languages)
        self.lang_en.setChecked("en" in profile.languages)
        langs.addWidget(self.lang_nl)
        langs.addWidget(self.lang_en)
        langs.addStretch(1)
        form2.addRow(self.tr("Languages"), langs)
        self.register = QComboBox()
        self.register.addItem(self.tr("je (informal)"), "je")
        self.register.addItem(self.tr("u (formal)"), "u")
        self.register.addItem(self.tr("No preference"), "")
        self.register.setCurrentIndex(max(0, self.register.findData(profile.register)))
        form2.addRow(self.tr("Dutch register"), self.register)

        hours = profile.working_hours or {}
        days_row = QHBoxLayout()
        self.day_boxes: dict[int, QCheckBox] = {}
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for day, name in zip(self.DAYS, names, strict=True):
            box = QCheckBox(name)
            box.setChecked(day in hours.get("days", [1, 2, 3, 4, 5]))
            self.day_boxes[day] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        form2.addRow(self.tr("Working days"), days_row)
        times = QHBoxLayout()
        self.start_time = QTimeEdit(QTime.fromString(hours.get("start", "09:00"), "HH:mm"))
        self.end_time = QTimeEdit(QTime.fromString(hours.get("end", "17:00"), "HH:mm"))
        for t in (self.start_time, self.end_time):
            t.setDisplayFormat("HH:mm")
        times.addWidget(self.start_time)
        times.addWidget(QLabel("\u2013"))
        times.addWidget(self.end_time)
        times.addStretch(1)
        form2.addRow(self.tr("Working hours"), times)
        self.target = QSpinBox()
        self.target.setRange(1, 168)
        self.target.setSuffix(self.tr(" hours"))
        self.target.setValue(profile.response_target_hours or DEFAULT_RESPONSE_TARGET_HOURS)
        self.target.setToolTip(self.tr("Answer within a day at the latest; hours is better."))
        form2.addRow(self.tr("Answer within"), self.target)
        tabs.addTab(how, self.tr("How you answer"))

        # -- words --------------------------------------------------------------------------
        words = QWidget()
        wl = QVBoxLayout(words)
        brand_box = QGroupBox(self.tr("Brand words: never flagged (one per line)"))
        bl = QVBoxLayout(brand_box)
        self.brand_words = QPlainTextEdit("\n".join(profile.brand_words))
        bl.addWidget(self.brand_words)
        wl.addWidget(brand_box)
        banned_box = QGroupBox(self.tr("Your banned phrases: always flagged (one per line)"))
        bnl = QVBoxLayout(banned_box)
        self.banned_phrases = QPlainTextEdit("\n".join(profile.banned_phrases))
        bnl.addWidget(self.banned_phrases)
        wl.addWidget(banned_box)
        tabs.addTab(words, self.tr("Words"))

        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {colour('error').name()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        lay.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.buttons = buttons
        self._update_photo()

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            self.photo_path.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"),
        )
        if path:
            self.photo_path.setText(path)

    def _update_photo(self) -> None:
        pix = round_photo(self.photo_path.text().strip(), PHOTO_SIZE)
        if pix is None:
            self.photo_preview.clear()
            self.photo_preview.setText(self.tr("no photo"))
            self.photo_preview.setObjectName("muted")
            bad = bool(self.photo_path.text().strip())
            self.photo_preview.setToolTip(
                self.tr("This file cannot be read as a picture.") if bad else ""
            )
        else:
            self.photo_preview.setPixmap(pix)
            self.photo_preview.setToolTip("")

    def profile(self) -> Profile:
        """The profile as edited (fields this dialog does not show are kept)."""
        p = self._original
        langs = [
            code for code, box in (("nl", self.lang_nl), ("en", self.lang_en)) if box.isChecked()
        ]
        return Profile(
            display_name=self.display_name.text().strip(),
            role=self.role.text().strip(),
            photo_path=self.photo_path.text().strip(),
            signoff=self.signoff.text().strip(),
            signoff_per_channel={
                k: e.text().strip() for k, e in self.channel_signoffs.items() if e.text().strip()
            },
            languages=langs or list(p.languages),
            register=self.register.currentData() or "",
            working_hours={
                **(p.working_hours or {}),
                "days": [d for d, b in self.day_boxes.items() if b.isChecked()],
                "start": self.start_time.time().toString("HH:mm"),
                "end": self.end_time.time().toString("HH:mm"),
            },
            response_target_hours=self.target.value(),
            brand_words=_lines(self.brand_words.toPlainText()),
            banned_phrases=_lines(self.banned_phrases.toPlainText()),
        )

    def accept(self) -> None:
        if not (self.lang_nl.isChecked() or self.lang_en.isChecked()):
            self.error_label.setText(self.tr("Choose at least one language."))
            self.error_label.show()
            return
        if self.start_time.time() >= self.end_time.time():
            self.error_label.setText(self.tr("The working day must end after it starts."))
            self.error_label.show()
            return
        super().accept()
