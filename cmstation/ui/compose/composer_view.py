"""The reply composer, below the conversation: write, check, keep the draft, send.

Checks run on every pause in typing (debounced); the checker is pure Python and takes about
a millisecond, so it runs on the GUI thread. Drafts are written through the task helper at
most :data:`SAVE_DELAY_MS` behind the last change; loading, queueing and marking sent run
there too, so the window never waits on the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmstation.compose import CheckResult, analyse
from cmstation.compose.profile import check_context
from cmstation.compose.reply_target import Loaded, count_for, load_reply_target, warm_checker
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.core.profile import Profile
from cmstation.storage import snippets as snippet_store
from cmstation.ui.common.theme import apply_style
from cmstation.ui.compose.check_highlighter import CheckHighlighter
from cmstation.ui.compose.composer_findings import ComposerFindingsMixin
from cmstation.ui.compose.composer_private import ComposerPrivateMixin
from cmstation.ui.compose.composer_sending import ComposerSendingMixin
from cmstation.ui.compose.composer_snippets import ComposerSnippetsMixin
from cmstation.ui.compose.findings_panel import FindingsPanel
from cmstation.ui.compose.reply_edit import ReplyEdit
from cmstation.ui.compose.voice_gauge import VoiceGauge

#: Checks run this long after the last key; with the check itself (about a millisecond)
#: and redrawing the list, findings show well within 200 ms of the last key.
CHECK_DELAY_MS = 120
#: A draft is written at most this long after the first unsaved change.
SAVE_DELAY_MS = 700

COMPOSER_STYLE = """
QFrame#composer { background: palette(window); border-top: 1px solid @border; }
QPlainTextEdit#replyEdit { background: @base; color: @text; border: 1px solid @border;
    border-radius: 6px; padding: 4px; font-size: 10.5pt; }
QPlainTextEdit#replyEdit:focus { border: 1px solid @accent; }
QLabel#composerTitle { font-weight: bold; }
QLabel#counter { color: @muted; }
QLabel#counter[over="true"] { color: @error; font-weight: bold; }
QFrame#findingRow { background: @card; border: 1px solid @border; border-radius: 6px; }
QFrame#findingRow[severity="error"] { border-left: 3px solid @error; }
QFrame#findingRow[severity="warning"] { border-left: 3px solid @warning; }
QFrame#findingRow[severity="info"] { border-left: 3px solid @info; }
QLabel#findingQuote { color: @muted; font-style: italic; }
QPushButton#suggestionButton { background: @info_bg; color: @info; border: 1px solid @info_border;
    border-radius: 4px; padding: 2px 8px; }
QPushButton#suggestionButton:hover { background: @info_border; }
QPushButton#quietButton { color: @muted; border: none; padding: 2px 4px; }
QPushButton#quietButton:hover { color: @strong; text-decoration: underline; }
QPushButton#sendButton { font-weight: bold; padding: 4px 14px; }
QToolButton#toolButton { border: none; color: @strong; padding: 2px 6px; border-radius: 4px; }
QToolButton#toolButton:hover { background: @hover; }
QToolButton#toolButton[menu="true"] { padding-right: 16px; }
QToolButton#toolButton::menu-indicator { subcontrol-position: right center; right: 3px; }
QToolButton#toolButton:disabled { color: @disabled; }
QWidget#findingsInner { background: transparent; }
"""


class ComposerView(
    ComposerPrivateMixin, ComposerFindingsMixin, ComposerSnippetsMixin, ComposerSendingMixin, QFrame
):
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
        apply_style(self, COMPOSER_STYLE)
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
        self.tasks.run(warm_checker)
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
        self.private_box = QCheckBox(self.tr("Private"))
        self.private_box.setObjectName("privateBox")
        self.private_box.toggled.connect(self._on_private_toggled)
        self.private_box.setVisible(False)
        head.addWidget(self.private_box)
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

    #: Narrower than this, the findings go below the text instead of beside it (beside it,
    #: a finding's message would wrap into a tall, narrow column).
    SIDE_BY_SIDE_MIN_WIDTH = 900

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
                self.body_splitter.setSizes([h * 32 // 100, h - h * 32 // 100])
            else:
                w = max(self.body_splitter.width(), 900)
                self.body_splitter.setSizes([w * 55 // 100, w - w * 55 // 100])

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

        def done(loaded: Loaded) -> None:
            if gen == self._load_gen:
                self._apply_loaded(loaded)

        self.tasks.run(lambda db: load_reply_target(db, message_id), done)

    def _apply_loaded(self, loaded: Loaded) -> None:
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
        self._show_private(m, loaded.draft)
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
            self.edit.set_template(None, 0)
            self._saved_state = self._state()
        else:
            prefix = self.mention_prefix()
            sig = self.signoff() if self.auto_signoff else ""
            # the sign-off on a line of its own, the cursor where the reply starts
            template = prefix + (f"\n{sig}" if sig else "")
            self.edit.setPlainText(template)
            start = len(prefix.encode("utf-16-le")) // 2
            cursor = self.edit.textCursor()
            cursor.setPosition(start)
            self.edit.setTextCursor(cursor)
            self.edit.set_template(template, start)
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
        self.private_box.blockSignals(True)
        self.private_box.setChecked(False)
        self.private_box.blockSignals(False)
        self.private_box.setVisible(False)
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
            private=self.is_private(),
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
            self.text(),
            kind,
            self.channel.post_limit if self.channel else None,
            private=self.is_private(),
        )
        over = limit is not None and count > limit
        if limit is None:
            self.counter.setText(self.tr("%n character(s)", "", count))
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

    # -- saved replies ----------------------------------------------------------------------

    # -- drafts -----------------------------------------------------------------------------

    # -- sending ----------------------------------------------------------------------------
