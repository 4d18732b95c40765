"""Who is this: a side panel beside the conversation (``a`` shows and hides it) about the
selected message's author: name, handle, network, followers, VIP (a box that puts them on
the VIP list), ambassador, their labels, their mood per month (a row of coloured marks),
their earlier messages and our replies, and a private note kept on a timer and when the
note loses the focus. Read on the worker (storage/authors.py)."""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.authors import AuthorProfile
from cmstation.storage import authors as author_store
from cmstation.ui.common.theme import colour as theme_colour

#: marks of the mood row
MOOD_MARKS = {  # the mark and its colour role in the palette (ui.common.theme)
    "positive": ("\u25b2", "ok"),
    "neutral": ("\u2022", "muted"),
    "negative": ("\u25bc", "error"),
}
SHOWN = 8


def _label(text: str = "", *, rich: bool = False, name: str = "") -> QLabel:
    lb = QLabel()
    lb.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lb.setText(text)
    lb.setWordWrap(True)
    if name:
        lb.setObjectName(name)
    return lb


def _day(ts: int | None) -> str:
    if not ts:
        return ""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(ts)).date(), QLocale.FormatType.ShortFormat
    )


def mood_row(profile: AuthorProfile) -> str:
    """Rich text: per month, one coloured mark per message (at most 12 per month)."""
    parts = []
    for p in profile.sentiment[-12:]:
        marks = []
        for mood, n in (("negative", p.negative), ("neutral", p.neutral), ("positive", p.positive)):
            mark, role = MOOD_MARKS[mood]
            if n:
                tint = theme_colour(role).name()
                marks.append(f'<span style="color:{tint}">{mark * min(n, 12)}</span>')
        parts.append(f"{html.escape(p.period)}&nbsp;{''.join(marks)}")
    return "<br>".join(parts)


class AuthorPanel(QScrollArea):
    """See the module docstring; ``show_for(message_id)`` loads the author."""

    # the VIP box or the note was saved (a status line for the window)
    status_changed = Signal(str)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorPanel")
        self._tasks = tasks
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(220)
        self.message_id: int | None = None
        self.profile: AuthorProfile | None = None
        self._network = ""
        self._gen = 0
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(10, 10, 10, 10)
        lay.setSpacing(6)
        self.title = _label(name="section")
        self.name = _label()
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.details = _label(name="muted")
        self.vip = QCheckBox(
            QCoreApplication.translate("AuthorPanel", "VIP (their messages come first)")
        )
        self.vip.setObjectName("vipBox")
        self.vip.clicked.connect(self._vip_clicked)
        self.ambassador = _label(name="ambassador")
        self.labels = _label(rich=True, name="authorLabels")
        self.mood = _label(rich=True, name="authorMood")
        self.history = _label(name="authorHistory")
        self.replies = _label(name="authorReplies")
        self.note = QPlainTextEdit()
        self.note.setObjectName("authorNote")
        self.note.setPlaceholderText(
            QCoreApplication.translate("AuthorPanel", "A private note about them (never sent)")
        )
        self.note.setMaximumHeight(90)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(1500)
        self._note_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._note_edited)
        self._note_dirty = False
        self._loading = False
        self.title.setText(QCoreApplication.translate("AuthorPanel", "Who is this"))
        for w in (self.title, self.name, self.details, self.vip, self.ambassador):
            lay.addWidget(w)
        lay.addWidget(_label(QCoreApplication.translate("AuthorPanel", "Note"), name="section"))
        lay.addWidget(self.note)
        lay.addWidget(_label(QCoreApplication.translate("AuthorPanel", "Labels"), name="section"))
        lay.addWidget(self.labels)
        lay.addWidget(
            _label(QCoreApplication.translate("AuthorPanel", "Mood per month"), name="section")
        )
        lay.addWidget(self.mood)
        lay.addWidget(
            _label(QCoreApplication.translate("AuthorPanel", "Their messages"), name="section")
        )
        lay.addWidget(self.history)
        lay.addWidget(
            _label(QCoreApplication.translate("AuthorPanel", "Our replies"), name="section")
        )
        lay.addWidget(self.replies)
        lay.addStretch(1)
        self.setWidget(inner)
        self._show(None)

    # -- loading ---------------------------------------------------------------------------

    def show_for(self, message_id: int | None) -> None:
        self.save_note()
        self.message_id = message_id
        self._gen += 1
        gen = self._gen
        if message_id is None:
            self._show(None)
            return

        def work(db):
            return author_store.author_of_message(db, message_id)

        def done(profile: AuthorProfile | None) -> None:
            if gen == self._gen:
                self._show(profile)

        self._tasks.run(work, done)

    def _show(self, p: AuthorProfile | None) -> None:
        self.profile = p
        self._loading = True
        has = p is not None
        for w in (self.vip, self.note, self.labels, self.mood, self.history, self.replies):
            w.setEnabled(has)
        if p is None:
            self.name.setText(QCoreApplication.translate("AuthorPanel", "No author known"))
            self.details.setText("")
            self.vip.setChecked(False)
            self.ambassador.setText("")
            self.note.setPlainText("")
            self.labels.setText("")
            self.mood.setText("")
            self.history.setText("")
            self.replies.setText("")
            self._loading = False
            self._note_dirty = False
            return
        self._network = p.networks[0] if len(p.networks) == 1 else ""
        self.name.setText(p.display_name or p.handle)
        networks = ", ".join(p.networks)
        followers = (
            QCoreApplication.translate("AuthorPanel", "%n follower(s)", "", p.followers)
            if p.followers is not None
            else QCoreApplication.translate("AuthorPanel", "followers not known")
        )
        seen = QCoreApplication.translate(
            "AuthorPanel", "%n message(s) to you", "", p.message_count
        )
        if p.first_seen:
            seen += " " + QCoreApplication.translate("AuthorPanel", "since {day}").format(
                day=_day(p.first_seen)
            )
        self.details.setText("\n".join((p.handle, networks, followers, seen)))
        self.vip.setChecked(p.vip)
        self.ambassador.setText(
            QCoreApplication.translate("AuthorPanel", "Ambassador: speaks well of you, often")
            if p.ambassador
            else ""
        )
        self.ambassador.setVisible(p.ambassador)
        self.note.setPlainText(p.note)
        self._note_dirty = False
        if p.labels:
            from cmstation.storage.labels import Label
            from cmstation.ui.inbox.labels_ui import chips_html

            self.labels.setText(
                chips_html(Label(0, name, self._colours.get(name, "")) for name in p.labels)
                + "<br>"
                + html.escape(", ".join(f"{name} \u00d7{n}" for name, n in p.labels.items()))
            )
        else:
            self.labels.setText(QCoreApplication.translate("AuthorPanel", "none"))
        self.mood.setText(mood_row(p))
        self.history.setText(self._briefs(p.messages))
        self.replies.setText(
            self._briefs(p.replies)
            if p.replies
            else QCoreApplication.translate("AuthorPanel", "No replies from you yet.")
        )
        self._loading = False

    #: label name -> colour (the window fills it from the labels it knows)
    _colours: dict[str, str] = {}

    def set_label_colours(self, colours: dict[str, str]) -> None:
        self._colours = dict(colours)

    def _briefs(self, briefs) -> str:
        lines = []
        for b in briefs[:SHOWN]:
            text = " ".join((b.text or "").split())
            if len(text) > 90:
                text = text[:89] + "\u2026"
            lines.append(f"{_day(b.created_at)}  {text}")
        more = len(briefs) - SHOWN
        if more > 0:
            lines.append(QCoreApplication.translate("AuthorPanel", "and %n more", "", more))
        return "\n".join(lines)

    # -- VIP and note ------------------------------------------------------------------------

    def _vip_clicked(self, checked: bool) -> None:
        p = self.profile
        if p is None:
            return
        handle, network = p.handle, ""

        def work(db):
            if checked:
                author_store.add_vip(db, handle, network)
            else:
                for n in ("", *p.networks):
                    author_store.remove_vip(db, handle, n)

        def done(_r) -> None:
            self.status_changed.emit(
                QCoreApplication.translate("AuthorPanel", "{who} is a VIP now.").format(who=handle)
                if checked
                else QCoreApplication.translate("AuthorPanel", "{who} is no longer a VIP.").format(
                    who=handle
                )
            )

        self._tasks.run(work, done)

    def _note_edited(self) -> None:
        if not self._loading and self.profile is not None:
            self._note_dirty = True
            self._note_timer.start()

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802
        if watched is self.note and e.type() == QEvent.Type.FocusOut:
            self.save_note()
        elif watched is not self.note and e.type() == QEvent.Type.Close:
            self.save_note()  # the window closes: its worker still writes what is queued
        return super().eventFilter(watched, e)

    def save_note(self) -> None:
        """Keep the note now (the timer and leaving the note call this)."""
        self._note_timer.stop()
        p = self.profile
        if not self._note_dirty or p is None:
            return
        self._note_dirty = False
        text, handle = self.note.toPlainText(), p.handle

        def done(_r) -> None:
            self.status_changed.emit(QCoreApplication.translate("AuthorPanel", "Note saved."))

        with contextlib.suppress(RuntimeError):  # the window's worker is already gone
            self._tasks.run(lambda db: author_store.set_note(db, handle, text), done)
