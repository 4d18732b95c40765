"""The reply composer, below the conversation: write, check, keep the draft, send.

Checks run on every pause in typing (debounced); the checker is pure Python and takes about
a millisecond, so it runs on the GUI thread. Drafts are written through the task helper at
most :data:`SAVE_DELAY_MS` behind the last change; loading, queueing and marking sent run
there too, so the window never waits on the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cmstation.compose import CheckResult, Finding, Severity, analyse
from cmstation.compose.length import limit_for, post_length
from cmstation.compose.profile import check_context
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.core.profile import Profile
from cmstation.storage import channels as channel_store
from cmstation.storage import drafts as draft_store
from cmstation.storage import messages as message_store
from cmstation.storage import outbox as outbox_store
from cmstation.storage import snippets as snippet_store
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.compose.check_highlighter import CheckHighlighter, Utf16Map
from cmstation.ui.compose.findings_panel import FindingsPanel, render_message
from cmstation.ui.compose.voice_gauge import VoiceGauge
from cmstation.ui.inbox.conversation_view import safe_url

#: Checks run this long after the last key; with the check itself (about a millisecond)
#: and redrawing the list, findings show well within 200 ms of the last key.
CHECK_DELAY_MS = 120
#: A draft is written at most this long after the first unsaved change.
SAVE_DELAY_MS = 700
#: How many recent replies a new one is compared against (template_reuse).
RECENT_REPLIES = 30

COMPOSER_STYLE = """
QFrame#composer { background: palette(window); border-top: 1px solid #d8dbe0; }
QPlainTextEdit#replyEdit { background: white; border: 1px solid #cfd3da; border-radius: 6px;
    padding: 4px; font-size: 10.5pt; }
QPlainTextEdit#replyEdit:focus { border: 1px solid #2f6fde; }
QLabel#composerTitle { font-weight: bold; }
QLabel#counter { color: #6b7280; }
QLabel#counter[over="true"] { color: #d0312d; font-weight: bold; }
QFrame#findingRow { background: white; border: 1px solid #e1e4e8; border-radius: 6px; }
QFrame#findingRow[severity="error"] { border-left: 3px solid #d0312d; }
QFrame#findingRow[severity="warning"] { border-left: 3px solid #d08a00; }
QFrame#findingRow[severity="info"] { border-left: 3px solid #2f6fde; }
QLabel#findingQuote { color: #6b7280; font-style: italic; }
QPushButton#suggestionButton { background: #eaf1fd; color: #1d4fa8; border: 1px solid #c9dafa;
    border-radius: 4px; padding: 2px 8px; }
QPushButton#suggestionButton:hover { background: #dbe7fc; }
QPushButton#quietButton { color: #6b7280; border: none; padding: 2px 4px; }
QPushButton#quietButton:hover { color: #374151; text-decoration: underline; }
QPushButton#sendButton { font-weight: bold; padding: 4px 14px; }
QToolButton#toolButton { border: none; color: #374151; padding: 2px 6px; border-radius: 4px; }
QToolButton#toolButton:hover { background: #e6e8ec; }
QToolButton#toolButton[menu="true"] { padding-right: 16px; }
QToolButton#toolButton::menu-indicator { subcontrol-position: right center; right: 3px; }
QToolButton#toolButton:disabled { color: #9ca3af; }
QWidget#findingsInner { background: transparent; }
"""


def count_for(text: str, kind: str, post_limit: int | None) -> tuple[int, int | None, str]:
    """(count, limit, unit) the way the network counts (see :mod:`cmstation.compose.length`,
    which the too_long check uses too, so the counter and the check agree): Bluesky
    graphemes; Mastodon characters with every link as 23 and a mention as its local part."""
    count = post_length(text, kind)
    unit = "graphemes" if kind == ChannelKind.BLUESKY else "characters"
    return count, limit_for(kind, post_limit), unit


def known_replies(thread: list[Message], answered: Message) -> list[str]:
    """Remote ids of the replies to ``answered`` stored now (the stale-context snapshot)."""
    return [
        m.remote_id
        for m in thread
        if m.in_reply_to_id == answered.remote_id and m.id != answered.id
    ]


@dataclass
class _Loaded:
    message: Message | None
    channel: Channel | None
    draft: draft_store.Draft | None
    known_replies: list[str] = field(default_factory=list)
    recent_replies: list[str] = field(default_factory=list)
    snippets: list[snippet_store.Snippet] = field(default_factory=list)


def _load(db, message_id: int) -> _Loaded:
    msg = message_store.get_message(db, message_id)
    if msg is None:
        return _Loaded(None, None, None)
    thread = message_store.thread(db, message_id)
    return _Loaded(
        msg,
        channel_store.get_channel(db, msg.channel_id),
        draft_store.draft_for_message(db, message_id),
        known_replies(thread, msg),
        snippet_store.recent_reply_texts(db, channel_id=msg.channel_id, limit=RECENT_REPLIES),
        snippet_store.list_snippets(db),
    )


def _warm_checker(_db) -> None:
    """Compile the rule patterns of both languages once, on the worker, so the first key
    typed does not pay for it (about 150 ms cold, under a millisecond warm)."""
    from cmstation.compose import CheckContext

    for lang, text in (
        ("nl", "Wat vervelend, sorry! Uw pakket wordt morgen bezorgd. https://example.nl ^Eva"),
        ("en", "So sorry!! We apologize for any inconvenience. https://example.com ^Eva"),
    ):
        for channel in ("mastodon", "bluesky"):
            analyse(
                text,
                CheckContext(
                    lang=lang,
                    channel=channel,
                    signature="^Eva",
                    in_reply_to=text,
                    recent_replies=(text,),
                ),
            )


class ReplyEdit(QPlainTextEdit):
    """The text box: plain keys belong to the text (the window's one-key shortcuts such as
    j, k, e, i and / do not fire while typing); Ctrl+Enter asks to send; findings show
    their message as a tooltip."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyEdit")
        self.setTabChangesFocus(True)
        self.highlighter: CheckHighlighter | None = None

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            mods = (
                e.modifiers()
                & ~Qt.KeyboardModifier.ShiftModifier
                & ~Qt.KeyboardModifier.KeypadModifier
            )
            if e.text() and e.text().isprintable() and mods == Qt.KeyboardModifier.NoModifier:
                e.accept()
                return True
        return super().event(e)

    def viewportEvent(self, e: QEvent) -> bool:  # noqa: N802
        # tooltips arrive at the viewport (the text area) of a scroll area
        if e.type() == QEvent.Type.ToolTip and self.highlighter is not None:
            finding = self.finding_at_point(e.pos())
            if finding is not None:
                QToolTip.showText(e.globalPos(), render_message(finding), self.viewport())
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().viewportEvent(e)

    def finding_at_point(self, pos) -> Finding | None:
        """The finding under a point of the viewport (None between words or past the end)."""
        if self.highlighter is None:
            return None
        cursor = self.cursorForPosition(pos)
        if not self.cursorRect(cursor).adjusted(-8, -2, 8, 2).contains(pos):
            return None  # past the end of a line
        return self.highlighter.finding_at(cursor.position())

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send_requested.emit()
            return
        super().keyPressEvent(e)


class ComposerView(QFrame):
    """Reply to the selected message. Give it the window's task helper and the profile."""

    # a reply was queued in the outbox (outbox id); the delivery worker picks it up
    reply_queued = Signal(int)
    # a feed/manual reply was confirmed as posted by hand (outbox id)
    reply_marked_sent = Signal(int)
    # the draft for a message was written (message id)
    draft_saved = Signal(int)
    # a message (and its draft, if any) is in the composer (message id)
    message_loaded = Signal(int)
    # the checks ran and their findings are shown
    checked = Signal()
    # a short note for the status bar
    status_changed = Signal(str)

    def __init__(self, tasks, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.profile = profile
        #: add the sign-off to a new reply by itself
        self.auto_signoff = True
        self.message: Message | None = None
        self.channel: Channel | None = None
        self.draft_id: int | None = None
        self.result: CheckResult | None = None
        self.last_check_ms = 0.0
        self._known_replies: list[str] = []
        self._recent_replies: tuple[str, ...] = ()
        self.snippets: list[snippet_store.Snippet] = []
        self._dismissed: dict[int, set[tuple[str, str]]] = {}
        self._checked_text: str | None = None
        self._saved_state: tuple | None = None
        self._load_gen = 0
        self._busy = False
        self._laid_out = False
        # hooks (tests replace them): ask(title, text, accept_label) -> bool
        self.ask: Callable[[str, str, str], bool] = self._ask_dialog
        self.pick_time: Callable[[], int | None] = self._pick_time_dialog
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.setObjectName("composer")
        self.setStyleSheet(COMPOSER_STYLE)
        self._build()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.cursorPositionChanged.connect(self._on_cursor_moved)
        self.tasks.run(_warm_checker)
        for key in ("Ctrl+Return", "Ctrl+Enter"):  # also from the findings list and buttons
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.send)
        self.set_message(None)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 10)
        lay.setSpacing(6)

        head = QHBoxLayout()
        head.setSpacing(8)
        self.photo = QLabel()
        self.photo.setFixedSize(24, 24)
        head.addWidget(self.photo)
        self.title = QLabel()
        self.title.setObjectName("composerTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.title, 1)
        self.register_label = QLabel()
        self.register_label.setObjectName("muted")
        head.addWidget(self.register_label)
        self.lang_combo = QComboBox()
        self.lang_combo.setToolTip(self.tr("Language of the reply (checks follow it)"))
        self.lang_combo.addItem(self.tr("Detect language"), "")
        self.lang_combo.addItem(self.tr("Dutch"), "nl")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lang_combo.setMinimumContentsLength(18)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_changed)
        head.addWidget(self.lang_combo)
        lay.addLayout(head)

        # starts stacked (narrow); side by side once the composer is wide enough
        self.body_splitter = QSplitter(Qt.Orientation.Vertical)
        self.body_splitter.setChildrenCollapsible(False)
        self.edit = ReplyEdit()
        self.edit.setPlaceholderText(self.tr("Write your reply\u2026  Ctrl+Enter sends"))
        self.edit.setMinimumHeight(70)
        self.highlighter = CheckHighlighter(self.edit.document(), self._translate)
        self.edit.highlighter = self.highlighter
        self.edit.send_requested.connect(self.send)
        self._editor_box = QWidget()
        box = QVBoxLayout(self._editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit, 1)
        self.body_splitter.addWidget(self._editor_box)
        self.findings = FindingsPanel()
        self.findings.setMinimumSize(160, 60)
        self.findings.apply_requested.connect(self.apply_finding)
        self.findings.dismiss_requested.connect(self.dismiss_finding)
        self.findings.show_requested.connect(self.show_finding)
        self.body_splitter.addWidget(self.findings)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 1)
        lay.addWidget(self.body_splitter, 1)

        # under the text: saved replies, the sign-off and the counter
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(4)
        self.snippets_button = QToolButton()
        self.snippets_button.setText(self.tr("Saved replies"))
        self.snippets_button.setObjectName("toolButton")
        self.snippets_button.setProperty("menu", True)
        self.snippets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippets_menu = QMenu(self.snippets_button)
        self.snippets_menu.aboutToShow.connect(self._fill_snippets_menu)
        self.snippets_button.setMenu(self.snippets_menu)
        tools.addWidget(self.snippets_button)
        self.signoff_button = QToolButton()
        self.signoff_button.setText(self.tr("Insert sign-off"))
        self.signoff_button.setObjectName("toolButton")
        self.signoff_button.clicked.connect(self.insert_signoff)
        tools.addWidget(self.signoff_button)
        tools.addStretch(1)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        tools.addWidget(self.counter)
        self._editor_box.layout().addLayout(tools)

        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.gauge = VoiceGauge()
        foot.addWidget(self.gauge)
        self.gauge_label = QLabel(self.tr("Human voice"))
        self.gauge_label.setObjectName("muted")
        foot.addWidget(self.gauge_label)
        foot.addStretch(1)
        self.later_button = QPushButton(self.tr("Send later\u2026"))
        self.later_button.clicked.connect(self.send_later)
        foot.addWidget(self.later_button)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Checks the reply, then queues it (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        foot.addWidget(self.send_button)
        lay.addLayout(foot)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 300)

    #: Narrower than this, the findings go below the text instead of beside it.
    SIDE_BY_SIDE_MIN_WIDTH = 700

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal
            if self.width() >= self.SIDE_BY_SIDE_MIN_WIDTH
            else Qt.Orientation.Vertical
        )
        if self.body_splitter.orientation() != wanted or not self._laid_out:
            self.body_splitter.setOrientation(wanted)
            self._laid_out = self.isVisible()
            if wanted == Qt.Orientation.Vertical:
                h = max(self.body_splitter.height(), 200)
                self.body_splitter.setSizes([h * 45 // 100, h - h * 45 // 100])
            else:
                w = max(self.body_splitter.width(), 700)
                self.body_splitter.setSizes([w * 6 // 10, w - w * 6 // 10])

    @staticmethod
    def _translate(context: str, source: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, source)

    # -- profile ----------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self._show_header()
        self.run_check()

    def signoff(self) -> str:
        kind = str(self.channel.kind) if self.channel else ""
        return self.profile.signoff_for(kind).strip()

    # -- loading a message ------------------------------------------------------------------

    @property
    def message_id(self) -> int | None:
        return self.message.id if self.message else None

    def set_message(self, message_id: int | None) -> None:
        """Answer ``message_id`` (None: nothing selected). The current draft is saved first."""
        if message_id is not None and message_id == self.message_id:
            return
        self.save_draft()
        self._load_gen += 1
        gen = self._load_gen
        self._clear(enabled=False)
        if message_id is None:
            self.title.setText(self.tr("Select a message to reply to it."))
            return
        self.title.setText(self.tr("Loading\u2026"))

        def done(loaded: _Loaded) -> None:
            if gen == self._load_gen:
                self._apply_loaded(loaded)

        self.tasks.run(lambda db: _load(db, message_id), done)

    def _apply_loaded(self, loaded: _Loaded) -> None:
        m = loaded.message
        if m is None:
            self.title.setText(self.tr("This message is no longer in the workspace."))
            return
        self.message = m
        self.channel = loaded.channel
        self._known_replies = loaded.known_replies
        self._recent_replies = tuple(loaded.recent_replies)
        self.snippets = list(loaded.snippets)
        self.draft_id = loaded.draft.id if loaded.draft else None
        self._set_enabled(True)
        self._show_header()
        manual = self._is_manual()
        self.send_button.setText(
            self.tr("Copy reply and open the post") if manual else self.tr("Send")
        )
        self.later_button.setVisible(not manual)
        self.edit.blockSignals(True)
        if loaded.draft is not None:
            d = loaded.draft
            self.edit.setPlainText(d.text)
            i = self.lang_combo.findData(d.lang or "")
            self.lang_combo.blockSignals(True)
            self.lang_combo.setCurrentIndex(max(i, 0))
            self.lang_combo.blockSignals(False)
            cursor = self.edit.textCursor()
            cursor.setPosition(
                max(0, min(d.cursor, len(self.edit.toPlainText().encode("utf-16-le")) // 2))
            )
            self.edit.setTextCursor(cursor)
            self._saved_state = self._state()
        else:
            prefix = self.mention_prefix()
            sig = self.signoff() if self.auto_signoff else ""
            self.edit.setPlainText(prefix + (f" {sig}" if sig else ""))
            cursor = self.edit.textCursor()
            cursor.setPosition(len(prefix.encode("utf-16-le")) // 2)
            self.edit.setTextCursor(cursor)
            self._saved_state = self._state()  # untouched: no draft until the user types
        self.edit.blockSignals(False)
        self.edit.document().clearUndoRedoStacks()
        self.run_check()
        self.message_loaded.emit(m.id)

    def mention_prefix(self) -> str:
        """A new Mastodon reply starts with the author's handle: Mastodon notifies only the
        accounts a post mentions. (Bluesky notifies the author of the post answered.)"""
        m = self.message
        if m is None or m.is_own or self.channel is None:
            return ""
        if self.channel.kind != ChannelKind.MASTODON or not m.author_handle:
            return ""
        handle = m.author_handle if m.author_handle.startswith("@") else f"@{m.author_handle}"
        return f"{handle} "

    def _is_manual(self) -> bool:
        return self.channel is not None and self.channel.kind in (
            ChannelKind.FEED,
            ChannelKind.MANUAL,
        )

    def _show_header(self) -> None:
        m = self.message
        if m is None:
            return
        who = m.author_name or m.author_handle or self.tr("(unknown)")
        where = self.channel.name if self.channel else m.channel_name
        self.title.setText(self.tr("Reply to {who}").format(who=who))
        self.title.setToolTip(self.tr("On {channel}").format(channel=where))
        reg = self.profile.register
        self.register_label.setText(
            {"je": self.tr("Dutch: je"), "u": self.tr("Dutch: u")}.get(reg, "")
        )
        self.register_label.setToolTip(self.tr("The register from your profile"))
        from cmstation.ui.compose.profile_dialog import round_photo

        pix = round_photo(self.profile.photo_path, 24)
        self.photo.setVisible(pix is not None)
        if pix is not None:
            self.photo.setPixmap(pix)
        name = self.profile.display_name
        self.photo.setToolTip(name)
        self.signoff_button.setEnabled(bool(self.signoff()))
        self.signoff_button.setToolTip(
            self.tr("Adds \u201c{signoff}\u201d at the end").format(signoff=self.signoff())
            if self.signoff()
            else self.tr("Set a sign-off in your profile first")
        )

    def _clear(self, *, enabled: bool) -> None:
        self._check_timer.stop()
        self._save_timer.stop()
        self.message = None
        self.channel = None
        self.draft_id = None
        self.result = None
        self._known_replies = []
        self._recent_replies = ()
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(0)
        self.lang_combo.setItemText(0, self.tr("Detect language"))
        self.lang_combo.blockSignals(False)
        self._saved_state = self._state()
        self._checked_text = None
        self.highlighter.set_findings((), "")
        self.findings.set_findings((), empty_text="")
        self.gauge.set_score(None)
        self.counter.setText("")
        self.register_label.setText("")
        self.photo.setVisible(False)
        self._set_enabled(enabled)

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.edit,
            self.lang_combo,
            self.signoff_button,
            self.later_button,
            self.send_button,
            self.snippets_button,
        ):
            w.setEnabled(on)

    # -- typing -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.toPlainText()

    def language_override(self) -> str:
        return self.lang_combo.currentData() or ""

    def _state(self) -> tuple:
        return (self.text(), self.edit.textCursor().position(), self.language_override())

    def _on_text_changed(self) -> None:
        if self.message is None:
            return
        self._check_timer.start()
        self._update_counter()
        self._schedule_save()

    def _on_cursor_moved(self) -> None:
        if self.message is not None:
            self._schedule_save()

    def _on_lang_changed(self, _i: int) -> None:
        if self.message is None:
            return
        self._checked_text = None
        self.run_check()
        self._schedule_save()

    def _schedule_save(self) -> None:
        # not restarted by each key: the draft is never more than SAVE_DELAY_MS behind
        if not self._save_timer.isActive() and self._state() != self._saved_state:
            self._save_timer.start()

    # -- checks -----------------------------------------------------------------------------

    def context(self):
        m = self.message
        kind = str(self.channel.kind) if self.channel else ""
        return check_context(
            self.profile,
            lang=self.language_override() or "auto",
            channel=kind,
            limit=self.channel.post_limit if self.channel else None,
            in_reply_to=m.text if m else "",
            in_reply_to_sentiment=m.sentiment if m else None,
            recent_replies=self._recent_replies,
            dismissed=frozenset(self._dismissed.get(self.message_id or 0, ())),
        )

    def run_check(self) -> None:
        """Check the text now and show the findings, the score and the counter."""
        self._check_timer.stop()
        if self.message is None:
            return
        text = self.text()
        t0 = time.perf_counter()
        result = analyse(text, self.context())
        self.last_check_ms = (time.perf_counter() - t0) * 1000
        self.result = result
        self._checked_text = text
        self.highlighter.set_findings(result.findings, text)
        self.findings.set_findings(result.findings)
        self.gauge.set_score(result.score)
        if not self.language_override():
            name = {"nl": self.tr("Dutch"), "en": self.tr("English")}.get(result.lang, "")
            self.lang_combo.setItemText(
                0,
                self.tr("Detected: {lang}").format(lang=name)
                if name
                else self.tr("Detect language"),
            )
        self.register_label.setVisible(result.lang == "nl")
        self._update_counter()
        self.checked.emit()

    def fresh_result(self) -> CheckResult | None:
        """The findings for the text as it is now (checks again if it changed)."""
        if self.message is None:
            return None
        if self._checked_text != self.text() or self.result is None:
            self.run_check()
        return self.result

    def _update_counter(self) -> None:
        if self.message is None:
            self.counter.setText("")
            return
        kind = str(self.channel.kind) if self.channel else ""
        count, limit, unit = count_for(
            self.text(), kind, self.channel.post_limit if self.channel else None
        )
        over = limit is not None and count > limit
        if limit is None:
            self.counter.setText(self.tr("{count} characters").format(count=count))
        else:
            self.counter.setText(f"{count} / {limit}")
        self.counter.setToolTip(
            self.tr("{count} of {limit} graphemes, the way Bluesky counts").format(
                count=count, limit=limit
            )
            if unit == "graphemes"
            else self.tr(
                "{count} of {limit} characters; a link counts as 23, a mention as @name"
            ).format(count=count, limit=limit)
            if kind == ChannelKind.MASTODON
            else self.tr("No length limit on this channel")
        )
        if self.counter.property("over") != over:
            self.counter.setProperty("over", over)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)

    def counter_over(self) -> bool:
        return bool(self.counter.property("over"))

    # -- findings: apply, dismiss, show ------------------------------------------------------

    def _span_cursor(self, f: Finding) -> QTextCursor | None:
        text = self.text()
        if text[f.start : f.end] != f.snippet:
            return None
        umap = Utf16Map(text)
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(umap.to_qt(f.start))
        cursor.setPosition(umap.to_qt(f.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def apply_finding(self, f: Finding) -> bool:
        """Put the suggestion in place of the finding's words (one undo step)."""
        if f.suggestion is None or self.message is None:
            return False
        cursor = self._span_cursor(f)
        if cursor is None:  # the text moved on since the check
            self.run_check()
            self.status_changed.emit(self.tr("The text changed; the remarks were checked again."))
            return False
        user = self.edit.textCursor()
        at_span_end = user.position() == cursor.selectionEnd() and not user.hasSelection()
        cursor.insertText(f.suggestion)
        if at_span_end:  # keep typing after the replacement
            self.edit.setTextCursor(cursor)
        self.run_check()
        self.edit.setFocus()
        return True

    def dismiss_finding(self, f: Finding) -> None:
        if self.message is None:
            return
        self._dismissed.setdefault(self.message.id, set()).add(f.key)
        self.run_check()

    def show_finding(self, f: Finding) -> None:
        cursor = self._span_cursor(f)
        if cursor is not None:
            self.edit.setTextCursor(cursor)
            self.edit.setFocus()

    def insert_signoff(self) -> None:
        sig = self.signoff()
        if not sig or self.message is None:
            return
        text = self.text()
        if sig.lower() in text.lower():
            self.status_changed.emit(self.tr("The sign-off is already there."))
            return
        cursor = QTextCursor(self.edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(
            sig if not text.strip() else (" " if not text.endswith((" ", "\n")) else "") + sig
        )
        self.run_check()
        self.edit.setFocus()

    # -- saved replies ----------------------------------------------------------------------

    def placeholder_values(self) -> dict[str, str]:
        """What ``{first_name}``, ``{name}``, ``{handle}``, ``{agent}``, ``{signoff}`` become."""
        m = self.message
        name = (m.author_name or "").strip() if m else ""
        handle = (m.author_handle or "").strip() if m else ""
        values = {
            "name": name or handle,
            "handle": handle,
            "agent": self.profile.display_name.split(" ")[0] if self.profile.display_name else "",
            "signoff": self.signoff(),
        }
        first = name.split()[0] if name.split() else ""
        if first.isalpha() or (first and first.replace("-", "").isalpha()):
            values["first_name"] = first  # otherwise it stays a placeholder, and the check says so
        return {k: v for k, v in values.items() if v}

    def _fill_snippets_menu(self) -> None:
        menu = self.snippets_menu
        menu.clear()
        for sn in self.snippets:
            action = menu.addAction(sn.name)
            action.setToolTip(sn.text)
            action.triggered.connect(lambda _c=False, sn=sn: self.insert_snippet(sn))
        if not self.snippets:
            empty = menu.addAction(self.tr("No saved replies yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(self.tr("Save this reply as a saved reply\u2026"))
        save.setEnabled(bool(self.text().strip()))
        save.triggered.connect(self.save_as_snippet)
        manage = menu.addAction(self.tr("Manage saved replies\u2026"))
        manage.triggered.connect(self.manage_snippets)

    def insert_snippet(self, sn: snippet_store.Snippet) -> None:
        """Put a saved reply in at the cursor, its placeholders filled where known. What is
        left unfilled is an error the checks point at, so it cannot go out by accident."""
        from cmstation.compose.snippets import fill

        if self.message is None:
            return
        text = fill(sn.text, self.placeholder_values())
        sig = self.signoff()
        if sig and sig.lower() in text.lower() and sig.lower() in self.text().lower():
            # the reply already ends with the sign-off: keep one
            text = text.replace(sig, "").rstrip()
        cursor = self.edit.textCursor()
        if self.text().strip() == sig and not cursor.hasSelection():
            cursor.setPosition(0)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)
        self.run_check()
        self.edit.setFocus()
        sid = sn.id
        self.tasks.run(lambda db: snippet_store.mark_used(db, sid))

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def save_as_snippet(self) -> None:
        body = self.text().strip()
        sig = self.signoff()
        if sig and body.endswith(sig):
            body = body[: -len(sig)].rstrip()  # the sign-off is added per reply
        if not body:
            return
        name = self.ask_text(
            self.tr("Save as a saved reply"),
            self.tr("A short name for it:"),
            " ".join(body.split()[:4]),
        )
        if name is None:
            return
        lang = self.language_override() or (self.result.lang if self.result else "")

        def work(db):
            snippet_store.add_snippet(db, name=name, text=body, lang=lang)
            return snippet_store.list_snippets(db)

        def done(snippets):
            self.snippets = list(snippets)
            self.status_changed.emit(self.tr("Saved as \u201c{name}\u201d.").format(name=name))

        self.tasks.run(work, done)

    def manage_snippets(self) -> None:
        from cmstation.ui.compose.snippets_dialog import SnippetsDialog

        dlg = SnippetsDialog(self.tasks, self)
        dlg.exec()
        self.snippets = list(dlg.snippets)

    # -- drafts -----------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Write the draft now (through the task helper) if it changed."""
        self._save_timer.stop()
        m = self.message
        if m is None or m.id is None:
            return
        state = self._state()
        if state == self._saved_state:
            return
        self._saved_state = state
        text, cursor, lang = state
        mid, cid = m.id, m.channel_id

        def work(db):
            return draft_store.save_draft(
                db, message_id=mid, channel_id=cid, text=text, cursor=cursor, lang=lang
            )

        def done(draft_id):
            if self.message_id == mid:
                self.draft_id = draft_id
            self.draft_saved.emit(mid)

        def failed(exc):
            if self.message_id == mid:
                self._saved_state = None  # the next change (or switching away) tries again
            self.status_changed.emit(
                self.tr("The draft could not be saved yet: {error}").format(error=plain_error(exc))
            )

        self.tasks.run(work, done, failed)

    def flush(self) -> None:
        """Save what is typed now (the window calls this before it closes)."""
        self.save_draft()

    # -- sending ----------------------------------------------------------------------------

    def _ask_dialog(self, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        ok = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is ok

    def _pick_time_dialog(self) -> int | None:
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Send later"))
        lay = QVBoxLayout(dlg)
        lay.addWidget(QLabel(self.tr("Send this reply at:")))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        edit.setCalendarPopup(True)
        edit.setMinimumDateTime(QDateTime.currentDateTime())
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        lay.addWidget(edit)
        note = QLabel(self.tr("cmstation must be running then (or at the next start)."))
        note.setObjectName("muted")
        lay.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return int(edit.dateTime().toSecsSinceEpoch())

    def _confirm_checks(self) -> bool:
        result = self.fresh_result()
        if result is None:
            return False
        errors = [f for f in result.findings if f.severity == Severity.ERROR]
        warnings = [f for f in result.findings if f.severity == Severity.WARNING]
        if errors:
            lines = "\n".join(f"\u2022 {render_message(f)}" for f in errors)
            return self.ask(
                self.tr("This reply cannot go out as it is"),
                self.tr("Fix these first, or send it anyway:\n\n{lines}").format(lines=lines),
                self.tr("Send anyway"),
            )
        if warnings:
            lines = "\n".join(f"\u2022 {render_message(f)}" for f in warnings)
            return self.ask(
                self.tr("Send with remarks?"),
                self.tr("The checks have remarks:\n\n{lines}").format(lines=lines),
                self.tr("Send"),
            )
        return True

    def send(self) -> None:
        """Ctrl+Enter: check, then queue (or, for feed and manual channels, copy and open)."""
        if self.message is None or self._busy or not self.text().strip():
            return
        if not self._confirm_checks():
            self.edit.setFocus()
            return
        if self._is_manual():
            self._send_by_hand()
        else:
            self._queue(not_before=None)

    def send_later(self) -> None:
        if self.message is None or self._busy or not self.text().strip() or self._is_manual():
            return
        if not self._confirm_checks():
            return
        when = self.pick_time()
        if when is not None:
            self._queue(not_before=when)

    def _snapshot(self) -> dict:
        m, ch = self.message, self.channel
        assert m is not None and ch is not None
        self._save_timer.stop()
        return {
            "message_id": m.id,
            "channel_id": m.channel_id,
            "kind": str(ch.kind),
            "text": self.text(),
            "lang": self.language_override() or (self.result.lang if self.result else ""),
            "context": {"known_replies": list(self._known_replies)},
            "url": m.url,
        }

    def _enqueue_work(self, snap: dict, not_before: int | None):
        from cmstation.outbox.keys import new_delivery_key

        key = new_delivery_key(snap["kind"])

        def work(db):
            draft = draft_store.draft_for_message(db, snap["message_id"])
            return outbox_store.enqueue(
                db,
                channel_id=snap["channel_id"],
                message_id=snap["message_id"],
                text=snap["text"],
                delivery_key=key,
                lang=snap["lang"],
                not_before=not_before,
                context=snap["context"],
                draft_id=draft.id if draft else None,
            ), key

        return work

    def _queue(self, *, not_before: int | None) -> None:
        if self.channel is None:
            return
        snap = self._snapshot()
        self._busy = True
        self._set_enabled(False)

        def done(res):
            outbox_id, _key = res
            self._busy = False
            self._after_sent(snap["message_id"])
            if not_before is None:
                self.status_changed.emit(self.tr("Reply queued; it goes out as soon as it can."))
            else:
                when = QDateTime.fromSecsSinceEpoch(not_before).toString("yyyy-MM-dd HH:mm")
                self.status_changed.emit(self.tr("Reply queued for {when}.").format(when=when))
            self.reply_queued.emit(outbox_id)

        def failed(exc):
            self._busy = False
            self._set_enabled(True)
            self.status_changed.emit(
                self.tr("The reply could not be queued; it stays here: {error}").format(
                    error=plain_error(exc)
                )
            )
            self._schedule_save()

        self.tasks.run(self._enqueue_work(snap, not_before), done, failed)

    def _send_by_hand(self) -> None:
        snap = self._snapshot()
        QGuiApplication.clipboard().setText(snap["text"])
        url = safe_url(snap["url"])
        if url is not None:
            self.open_url(url)
        posted = self.ask(
            self.tr("Did you post it?"),
            self.tr(
                "The reply is on the clipboard{where}. Paste it there and post it; then say so "
                "here and it is marked as sent."
            ).format(where=self.tr(" and the post is open in your browser") if url else ""),
            self.tr("Yes, I posted it"),
        )
        if not posted:
            self.save_draft()
            return
        self._busy = True
        self._set_enabled(False)
        enqueue = self._enqueue_work(snap, None)

        def work(db):
            outbox_id, key = enqueue(db)
            item = outbox_store.get(db, outbox_id)
            outbox_store.mark_sent(db, item, remote_id=f"manual:{key}", remote_url=snap["url"])
            return outbox_id

        def done(outbox_id):
            self._busy = False
            self._after_sent(snap["message_id"])
            self.status_changed.emit(self.tr("Marked as answered."))
            self.reply_marked_sent.emit(outbox_id)

        def failed(exc):
            self._busy = False
            self._set_enabled(True)
            self.status_changed.emit(
                self.tr("The reply could not be recorded; it stays here: {error}").format(
                    error=plain_error(exc)
                )
            )

        self.tasks.run(work, done, failed)

    def _after_sent(self, message_id: int) -> None:
        self._dismissed.pop(message_id, None)
        if self.message_id != message_id:
            return
        self.draft_id = None
        self._set_enabled(True)
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._saved_state = self._state()
        self.run_check()
