"""The main window: navigation | message list | conversation (+ reply area)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Channel, MessageFilter, Sentiment
from cmstation.storage import profile as profile_store
from cmstation.storage import settings as settings_store
from cmstation.ui.common.list_table import empty_list_note, list_table
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.tasks import TaskManager
from cmstation.ui.common.theme import apply_style
from cmstation.ui.compose.composer_view import ComposerView
from cmstation.ui.inbox.conversation_view import ConversationView
from cmstation.ui.inbox.inbox_actions import InboxActionsMixin, _Undo
from cmstation.ui.inbox.inbox_order import attach_inbox_order
from cmstation.ui.inbox.message_table_model import MessageTableModel
from cmstation.ui.inbox.reaction_actions import ReactionActionsMixin
from cmstation.ui.inbox.triage_panel import TriagePanel
from cmstation.ui.listening.saved_search_menu import attach_saved_search_menu
from cmstation.ui.outbox.outbox_view import attach_outbox
from cmstation.ui.shell.navigation import VIEW_STATES, NavigationMixin
from cmstation.ui.shell.welcome_view import WelcomeView
from cmstation.ui.shell.window_menus import WindowMenusMixin

STYLE = """
QTreeWidget#nav { border: none; background: palette(window); font-size: 10.5pt; }
QTreeWidget#nav::item { padding: 5px 4px; }
QTableView#messageList { border: none; gridline-color: transparent; }
QTableView#messageList::item { padding: 2px 6px; }
QLabel#muted { color: @muted; }
QLabel#emptyState { color: @muted; font-size: 11pt; }
QLabel#section { color: @muted; font-weight: bold; padding-top: 4px; }
QLabel#welcomeTitle { font-size: 20pt; font-weight: bold; }
QLabel#messageBody { font-size: 10.5pt; }
QWidget#conversationInner { background: @canvas; }
QFrame#messageCard { background: @card; border: 1px solid @border; border-radius: 6px; }
QFrame#messageCard[selected="true"] { border: 2px solid @accent; }
QFrame#messageCard[own="true"] { background: @card_own; }
QPushButton#linkButton { color: @link; border: none; text-decoration: underline; }
QPushButton#primaryButton { font-weight: bold; }
QFrame#replyArea { background: palette(window); border-top: 1px solid @border; }
QFrame#sampleBanner { background: @warning_bg; border: 1px solid @warning_border;
    border-radius: 4px; }
"""


def _default_size() -> tuple[int, int]:
    """A roomy first size: most of the screen, at most 1440x900."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1280, 800
    avail = screen.availableGeometry()
    return min(1440, int(avail.width() * 0.92)), min(900, int(avail.height() * 0.92))


class MainWindow(
    NavigationMixin, InboxActionsMixin, ReactionActionsMixin, WindowMenusMixin, QMainWindow
):
    """Built by :func:`cmstation.ui.shell.app.build_window`; owns one :class:`TaskManager`."""

    # the welcome view's "Explore the sample workspace" (the app opens it)
    sample_requested = Signal()
    # the sample's "Connect your own account": the app opens the user's own workspace
    connect_own_requested = Signal()
    # a state change was written (ids, new state)
    states_changed = Signal(tuple, str)
    # a thread was shown in the conversation pane (message id)
    thread_shown = Signal(int)
    # the navigation counts were refreshed
    counts_refreshed = Signal()
    # the welcome view's "Set up your first channel" (the listening side opens the dialog)
    channel_setup_requested = Signal()
    # the navigation was rebuilt (channels added or removed)
    navigation_reloaded = Signal()

    def __init__(
        self,
        workspace_path: Path,
        db: Any,
        settings: QSettings,
        *,
        title_note: str = "",
        now: int | None = None,
        defer: bool = False,
    ) -> None:
        super().__init__()
        # ``defer``: build the list and its first page now, the composer, the outbox side and
        # whatever is registered with when_ready() just after (see ensure_ready)
        self._pending: list[Callable[[], None]] | None = [] if defer else None
        self._ready_started = not defer
        self._ready_stepping = False
        self.workspace_path = Path(workspace_path)
        self._db = db  # GUI-thread connection for small synchronous reads (channels)
        self._settings = settings
        self._title_note = title_note
        self.tasks = TaskManager(self.workspace_path, self)
        self.tasks.task_failed.connect(self._show_task_error)
        self._undo: list[_Undo] = []
        self._thread_gen = 0
        self._view_key: tuple = ("view", "needs_reply")
        self._saved_query = ""
        self._channels: list[Channel] = []
        self._closed = False

        self.setObjectName("mainWindow")
        apply_style(self, STYLE)
        self._update_title()
        self.resize(*_default_size())

        self.message_model = MessageTableModel(self.tasks, self, now=now)
        # the first page is read right here, before the window shows (one short indexed
        # query), so it opens with its rows; every later query runs on the worker
        self.message_model.set_filter(MessageFilter(states=VIEW_STATES["needs_reply"]), db=db)
        self._build_ui()
        self.when_ready(self._build_composer)
        self.when_ready(lambda: attach_outbox(self))  # "Drafts", "Outbox", draft markers, sending
        self.when_ready(lambda: attach_saved_search_menu(self))  # edit, listen, remove
        self._build_shortcuts()
        self._build_menus()
        self._build_message_menu()
        self.when_ready(lambda: attach_inbox_order(self))  # labels, snooze, bulk, rules
        self._restore_layout()
        if defer:
            # the composer's sizes replace the restored ones: restore them again once it is in
            self.when_ready(self._restore_splitters)

        self.message_model.reloaded.connect(self._on_reloaded)
        self.message_model.page_loaded.connect(lambda _n: self._update_status())
        self.message_model.total_changed.connect(lambda _n: self._update_status())

        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(250)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(4000)
        self._note_timer.timeout.connect(self._clear_note)

        self.reload_navigation()
        if self.message_model.rowCount():
            self._on_reloaded()  # the first page came before the signals were connected
        self.table.setFocus()  # the window opens in the list: j/k/e work at once
        if defer:
            # the rest starts after the first paint (the rows are on screen by then), or
            # after a second should the window not be painted (hidden)
            self.installEventFilter(self)
            QTimer.singleShot(1000, self, self._start_ready)

    @property
    def is_sample(self) -> bool:
        """Whether this window shows the made-up sample workspace."""
        return settings_store.is_sample(self._db)

    # -- deferred building ----------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        """True once the composer, the outbox side and the other deferred parts are built."""
        return self._pending is None

    def when_ready(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` now when the window is complete, else once ensure_ready() runs (in
        the order registered)."""
        if self._pending is None:
            fn()
        else:
            self._pending.append(fn)

    def ensure_ready(self) -> None:
        """Build the deferred parts now (a window built with ``defer=True`` does this on
        its own, a part per event-loop turn, once the first rows are painted; user input
        that needs them calls this first); nothing when already complete."""
        while self._pending:
            self._pending.pop(0)()
        self._finish_ready()

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802
        if watched is self and e.type() == QEvent.Type.Paint and not self._ready_started:
            self._ready_started = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_ready)
        return super().eventFilter(watched, e)

    def _start_ready(self) -> None:
        self._ready_started = True
        if self._pending is not None and not self._ready_stepping:
            self._ready_stepping = True
            self._ready_step()

    def _ready_step(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            QTimer.singleShot(0, self, self._ready_step)  # paint and input get their turn
        else:
            self._finish_ready()

    def _finish_ready(self) -> None:
        if self._pending is None:
            return
        self._pending = None
        if self._closed:
            return
        key = self._view_key
        if key[0] == "page":  # a Drafts/Outbox page chosen before the outbox side existed
            self.outbox.show_page(key[1])
        elif self.message_model.rowCount() == 0:
            self.composer.set_message(None)
        elif self.conversation.message_id is not None:
            self.composer.set_message(self.conversation.message_id)

    def name_and_order_controls(self) -> None:
        """Accessible names for the controls without text, and Tab through the window in
        reading order: search, filters, list, conversation, reply, send."""
        from cmstation.ui.common.accessibility import name_controls

        self.nav.setAccessibleName(self.tr("Views and channels"))
        self.table.setAccessibleName(self.tr("Messages"))
        self.conversation.setAccessibleName(self.tr("Conversation"))
        self.composer.edit.setAccessibleName(self.tr("Your reply"))
        self.search_box.setAccessibleName(self.tr("Search messages and authors"))
        name_controls(self)
        chain = [
            self.search_box,
            self.sentiment_combo,
            self.lang_combo,
            self.order_combo,
            self.table,
            self.conversation,
            self.composer.edit,
            self.composer.send_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @property
    def welcome(self) -> WelcomeView:
        """The first-start view (no channels yet); made when first needed, so a workspace
        with channels does not pay for it before its first rows."""
        if self._welcome is None:
            self._welcome = WelcomeView()
            self._welcome.setup_requested.connect(self._request_channel_setup)
            self._welcome.sample_requested.connect(self.sample_requested)
            self.stack.insertWidget(0, self._welcome)
        return self._welcome

    def _request_channel_setup(self) -> None:
        self.ensure_ready()  # the listening side answers it
        self.channel_setup_requested.emit()

    # -- building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)

        self._welcome: WelcomeView | None = None  # made when first shown (see .welcome)

        # navigation
        self.nav = QTreeWidget()
        self.nav.setObjectName("nav")
        self.nav.setColumnCount(2)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(10)
        self.nav.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.nav.header().setStretchLastSection(False)
        self.nav.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.nav.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.nav.currentItemChanged.connect(self._on_nav_changed)

        # the list with its filter bar
        list_pane = QWidget()
        list_lay = QVBoxLayout(list_pane)
        list_lay.setContentsMargins(0, 0, 0, 0)
        list_lay.setSpacing(0)
        bar = QWidget()
        bar_rows = QVBoxLayout(bar)
        bar_rows.setContentsMargins(6, 6, 6, 6)
        bar_rows.setSpacing(4)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search messages and authors  (/)"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_now)
        search_row = QHBoxLayout()
        search_row.setSpacing(4)
        search_row.addWidget(self.search_box, 1)
        self.save_search_button = QPushButton(self.tr("Save search"))
        self.save_search_button.setObjectName("saveSearch")
        self.save_search_button.setToolTip(
            self.tr("Keep this search in the navigation, under Saved searches")
        )
        self.save_search_button.setEnabled(False)
        self.search_box.textChanged.connect(
            lambda t: self.save_search_button.setEnabled(bool(t.strip()))
        )
        self.save_search_button.clicked.connect(self.save_current_search)
        search_row.addWidget(self.save_search_button)
        bar_rows.addLayout(search_row)
        bar_lay = QHBoxLayout()
        bar_lay.setSpacing(4)
        self.filter_bar = bar_lay  # the label filter joins it (inbox_order.py)
        bar_rows.addLayout(bar_lay)

        self.sentiment_combo = QComboBox()
        self.sentiment_combo.setToolTip(self.tr("Sentiment"))
        self.sentiment_combo.addItem(self.tr("Any mood"), None)
        self.sentiment_combo.addItem(self.tr("Negative"), Sentiment.NEGATIVE)
        self.sentiment_combo.addItem(self.tr("Neutral"), Sentiment.NEUTRAL)
        self.sentiment_combo.addItem(self.tr("Positive"), Sentiment.POSITIVE)
        self.lang_combo = QComboBox()
        self.lang_combo.setToolTip(self.tr("Language of the message"))
        self.lang_combo.addItem(self.tr("Any language"), None)
        self.lang_combo.addItem(self.tr("Dutch"), "nl")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.order_combo = QComboBox()
        self.order_combo.setToolTip(self.tr("Order"))
        self.order_combo.addItem(self.tr("Most urgent first"), "priority")
        self.order_combo.addItem(self.tr("Newest first"), "newest")
        self.order_combo.addItem(self.tr("Oldest first"), "oldest")
        for combo in (self.sentiment_combo, self.lang_combo, self.order_combo):
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar_lay.addWidget(combo)
        bar_lay.addStretch(1)
        list_lay.addWidget(bar)

        self.list_stack = QStackedWidget()
        m = MessageTableModel
        self.table = list_table(
            self.message_model,
            "messageList",
            {
                m.COL_PRIORITY: 22,
                m.COL_SENTIMENT: 40,
                m.COL_AUTHOR: 130,
                m.COL_CHANNEL: 96,
                m.COL_TIME: 74,
            },
            stretch=m.COL_TEXT,
            fixed=(m.COL_PRIORITY, m.COL_SENTIMENT),
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list_empty = empty_list_note(plain_text=True)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)
        list_lay.addWidget(self.list_stack, 1)

        # conversation + reply area placeholder
        self.conversation = ConversationView()
        self.conversation.open_url_requested.connect(self.open_url)
        self.reply_area = QFrame()
        self.reply_area.setObjectName("replyArea")
        reply_lay = QVBoxLayout(self.reply_area)
        reply_note = QLabel(self.tr("Replying from cmstation arrives in a later version."))
        reply_note.setObjectName("muted")
        reply_lay.addWidget(reply_note)
        # the conversation, and below it why the selected message ranks as it does
        self.triage_panel = TriagePanel(self.tasks)
        self.triage_panel.status_changed.connect(self._update_status)
        self.triage_panel.corrected.connect(self._triage_corrected)
        reading = QWidget()
        reading_lay = QVBoxLayout(reading)
        reading_lay.setContentsMargins(0, 0, 0, 0)
        reading_lay.setSpacing(0)
        reading_lay.addWidget(self.conversation, 1)
        reading_lay.addWidget(self.triage_panel)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(reading)
        self.right_splitter.addWidget(self.reply_area)
        # grown or shrunk, the conversation and the reply area keep about 2:3
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 3)
        self.right_splitter.setSizes([600, 120])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        width = self.width()
        self.splitter.setSizes([200, int(width * 0.42), width - 200 - int(width * 0.42)])
        self.stack.addWidget(self.splitter)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

    def set_reply_area(self, widget: QWidget) -> None:
        """Put the composer (or any widget) below the conversation, replacing the placeholder."""
        old = self.reply_area
        index = self.right_splitter.indexOf(old)
        self.right_splitter.replaceWidget(index, widget)
        self.right_splitter.setStretchFactor(index, 3)  # replacing loses the stretch
        old.deleteLater()
        self.reply_area = widget

    def _build_composer(self) -> None:
        """The reply composer in the reply area; it follows the selected message."""
        self.composer = ComposerView(self.tasks, profile_store.load_profile(self._db))
        self.set_reply_area(self.composer)
        # the composer gets the larger part: the reply and at least five findings fit
        h = max(self.right_splitter.height(), self.height() - 80, 600)
        self.right_splitter.setSizes([h * 40 // 100, h - h * 40 // 100])
        self.thread_shown.connect(self.composer.set_message)
        self.composer.status_changed.connect(self._update_status)
        if self.is_sample:
            from cmstation.ui.shell.sample_banner import SampleBanner

            self.sample_banner = SampleBanner()
            self.sample_banner.connect_requested.connect(self.connect_own_requested)
            self.composer.layout().insertWidget(0, self.sample_banner)

    # -- workspace content ------------------------------------------------------------------

    # -- selection and conversation ---------------------------------------------------------

    # -- state changes and undo --------------------------------------------------------------

    # -- counts and status ---------------------------------------------------------------------

    def _update_status(self, note: str = "") -> None:
        if note:
            self._note = note
            self._note_timer.start()
        if self.stack.currentWidget() is not self.splitter:
            self.status_label.setText("")  # the welcome view has nothing to count
            return
        parts = []
        model = self.message_model
        total = model.total
        if model.loading and model.rowCount() == 0:
            parts.append(self.tr("Loading\u2026"))
        elif total is not None and model.rowCount() < total:
            parts.append(
                self.tr("{shown} of %n message(s) loaded", "", total).format(shown=model.rowCount())
            )
        else:  # all of them are in the list (a count taken before new ones came is no total)
            parts.append(self.tr("%n message(s)", "", model.rowCount()))
        counts = getattr(self, "_counts", None)
        if counts is not None:
            parts.append(self.tr("%n need(s) a reply", "", counts.needs_reply))
            parts.append(self.tr("%n unread", "", counts.unread))
        note = getattr(self, "_note", "")
        if note:
            parts.append(note)
        self.status_label.setText("  \u00b7  ".join(parts))

    def _clear_note(self) -> None:
        if not self._closed:
            self._note = ""
            self._update_status()

    def _show_task_error(self, exc: BaseException) -> None:
        self._update_status(plain_error(exc))

    # -- dialogs -----------------------------------------------------------------------------

    def _update_title(self) -> None:
        title = self.tr("cmstation")
        if self._title_note:
            title = f"{title} \u2014 {self._title_note}"
        self.setWindowTitle(title)

    # -- layout memory and closing -------------------------------------------------------------

    def _restore_layout(self) -> None:
        geo = self._settings.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        self._restore_splitters()

    def _restore_splitters(self) -> None:
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/right_splitter", self.right_splitter),
        ):
            state = self._settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("window/right_splitter", self.right_splitter.saveState())
        self._settings.sync()

    def quit_app(self) -> None:
        """Quit for real (menu Quit, the tray's Quit): not into the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        hook = getattr(self, "close_to_tray", None)
        if not self._closed and not getattr(self, "_quitting", False) and hook and hook():
            event.ignore()  # hidden, still listening and sending (ui.shell.tray_menu)
            return
        if not self._closed:
            self.ensure_ready()  # a window closed before it was complete: finish it to close it
            self.save_layout()
            self._closed = True
            if not self.is_sample:  # closed for real: the last window closed quits again
                QApplication.setQuitOnLastWindowClosed(True)
            self._counts_timer.stop()
            self._search_timer.stop()
            self._note_timer.stop()
            self.composer.flush()
            self.outbox.shutdown()
            self.tasks.shutdown()
            with contextlib.suppress(Exception):  # already closed
                self._db.conn.close()
        super().closeEvent(event)
