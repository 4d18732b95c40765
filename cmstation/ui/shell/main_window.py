"""The main window: navigation | message list | conversation (+ reply area)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Channel, MessageFilter, MessageState, Sentiment
from cmstation.storage import channels as channel_store
from cmstation.storage import messages as store
from cmstation.storage import profile as profile_store
from cmstation.storage import saved_searches
from cmstation.ui.common.list_table import empty_list_note, list_table
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.tasks import TaskManager
from cmstation.ui.compose.composer_view import ComposerView
from cmstation.ui.compose.profile_dialog import ProfileDialog
from cmstation.ui.inbox.conversation_view import ConversationView
from cmstation.ui.inbox.message_table_model import MessageTableModel
from cmstation.ui.listening.saved_search_menu import attach_saved_search_menu
from cmstation.ui.outbox.outbox_view import attach_outbox
from cmstation.ui.shell.welcome_view import WelcomeView

NAV_KEY = Qt.ItemDataRole.UserRole + 1

# navigation entries that are views over states
VIEW_STATES: dict[str, tuple[MessageState, ...]] = {
    "needs_reply": (MessageState.NEEDS_REPLY,),
    "all": (),
    "done": (MessageState.DONE, MessageState.REPLIED),
    "ignored": (MessageState.IGNORED, MessageState.SPAM),
}

STYLE = """
QTreeWidget#nav { border: none; background: palette(window); font-size: 10.5pt; }
QTreeWidget#nav::item { padding: 5px 4px; }
QTableView#messageList { border: none; gridline-color: transparent; }
QTableView#messageList::item { padding: 2px 6px; }
QLabel#muted { color: #6b7280; }
QLabel#emptyState { color: #6b7280; font-size: 11pt; }
QLabel#section { color: #6b7280; font-weight: bold; padding-top: 4px; }
QLabel#welcomeTitle { font-size: 20pt; font-weight: bold; }
QLabel#messageBody { font-size: 10.5pt; }
QWidget#conversationInner { background: #f4f5f7; }
QFrame#messageCard { background: white; border: 1px solid #d8dbe0; border-radius: 6px; }
QFrame#messageCard[selected="true"] { border: 2px solid #2f6fde; }
QFrame#messageCard[own="true"] { background: #eef7ee; }
QPushButton#linkButton { color: #2f6fde; border: none; text-decoration: underline; }
QPushButton#primaryButton { font-weight: bold; }
QFrame#replyArea { background: palette(window); border-top: 1px solid #d8dbe0; }
"""


def _default_size() -> tuple[int, int]:
    """A roomy first size: most of the screen, at most 1440x900."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1280, 800
    avail = screen.availableGeometry()
    return min(1440, int(avail.width() * 0.92)), min(900, int(avail.height() * 0.92))


@dataclass
class _Undo:
    ids: tuple[int, ...]
    # filled on the worker by set_state (tasks run in order, so undo always finds it filled)
    previous: dict


class MainWindow(QMainWindow):
    """Built by :func:`cmstation.ui.shell.app.build_window`; owns one :class:`TaskManager`."""

    # the welcome view's "Explore the sample workspace" (the app opens it)
    sample_requested = Signal()
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
        self.setStyleSheet(STYLE)
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
        if defer:
            # the rest starts after the first paint (the rows are on screen by then), or
            # after a second should the window not be painted (hidden)
            self.installEventFilter(self)
            QTimer.singleShot(1000, self, self._start_ready)

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
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.conversation)
        self.right_splitter.addWidget(self.reply_area)
        self.right_splitter.setStretchFactor(0, 4)
        self.right_splitter.setStretchFactor(1, 1)
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

    def _build_shortcuts(self) -> None:
        def sc(key, slot, widget=None):
            s = QShortcut(QKeySequence(key), widget or self)
            if widget is not None:
                s.setContext(Qt.ShortcutContext.WidgetShortcut)
            s.activated.connect(slot)
            return s

        self.shortcuts = {
            "next": sc("J", lambda: self.move_selection(1)),
            "previous": sc("K", lambda: self.move_selection(-1)),
            "done": sc("E", lambda: self.change_state(MessageState.DONE)),
            "ignore": sc("I", lambda: self.change_state(MessageState.IGNORED)),
            "search": sc("/", self.focus_search),
            "undo": sc(QKeySequence.StandardKey.Undo, self.undo),
            "open": sc(Qt.Key.Key_Return, self.open_current, self.table),
            "open_enter": sc(Qt.Key.Key_Enter, self.open_current, self.table),
            "back": sc(Qt.Key.Key_Escape, self.focus_list, self.search_box),
            "back_conversation": sc(Qt.Key.Key_Escape, self.focus_list, self.conversation),
        }

    def set_reply_area(self, widget: QWidget) -> None:
        """Put the composer (or any widget) below the conversation, replacing the placeholder."""
        old = self.reply_area
        self.right_splitter.replaceWidget(self.right_splitter.indexOf(old), widget)
        old.deleteLater()
        self.reply_area = widget

    def _build_composer(self) -> None:
        """The reply composer in the reply area; it follows the selected message."""
        self.composer = ComposerView(self.tasks, profile_store.load_profile(self._db))
        self.set_reply_area(self.composer)
        self.right_splitter.setSizes([400, 360])
        self.thread_shown.connect(self.composer.set_message)
        self.composer.status_changed.connect(self._update_status)

    def edit_profile(self) -> None:
        """Menu "Profile…": who answers, the sign-off, register, brand words."""
        self.ensure_ready()
        dlg = ProfileDialog(profile_store.load_profile(self._db), self)
        if dlg.exec():
            profile = dlg.profile()
            profile_store.save_profile(self._db, profile)
            self.composer.set_profile(profile)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&cmstation"))
        self.sample_action = app_menu.addAction(self.tr("Explore the sample workspace"))
        self.sample_action.triggered.connect(self.sample_requested)
        lang_menu = app_menu.addMenu(self.tr("Language"))
        self.language_actions = {}
        current = self._settings.value("ui/language", "", type=str)
        group = QActionGroup(self)
        for code, label in (
            ("", self.tr("Follow the system")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            action = lang_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        self.profile_action = app_menu.addAction(self.tr("Profile\u2026"))
        self.profile_action.triggered.connect(self.edit_profile)
        app_menu.addSeparator()
        quit_action = app_menu.addAction(self.tr("Quit"))
        # later: the first shortcut on a QAction costs ~40 ms (PySide makes its enum types)
        self.when_ready(lambda: quit_action.setShortcut(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        help_menu = bar.addMenu(self.tr("&Help"))
        keys = help_menu.addAction(self.tr("Keyboard shortcuts"))
        keys.triggered.connect(self.show_shortcuts)

    def set_language(self, code: str) -> None:
        """Store the interface language (empty: follow the system); used at the next start."""
        self._settings.setValue("ui/language", code)
        self._settings.sync()
        self._update_status(self.tr("The new language is used the next time cmstation starts."))

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "j or ↓  next message\n"
                "k or ↑  previous message\n"
                "Enter  read the conversation\n"
                "Esc  back to the list\n"
                "e  mark done\n"
                "i  ignore\n"
                "/  search\n"
                "Ctrl+Z  undo the last change"
            ),
        )

    # -- workspace content ------------------------------------------------------------------

    def reload_navigation(self) -> None:
        """Read channels and saved searches (small, synchronous) and rebuild the nav."""
        self._channels = channel_store.list_channels(self._db)
        searches = saved_searches.list_saved_searches(self._db)
        self.nav.blockSignals(True)
        self.nav.clear()
        self._nav_items: dict[tuple, QTreeWidgetItem] = {}

        def add(parent, key, text, tooltip=""):
            item = QTreeWidgetItem([text, ""])
            item.setData(0, NAV_KEY, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tooltip:
                item.setToolTip(0, tooltip)
            (parent.addChild if parent is not None else self.nav.addTopLevelItem)(item)
            self._nav_items[key] = item
            return item

        def header(text):
            item = QTreeWidgetItem([text, ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
            item.setFont(0, font)
            self.nav.addTopLevelItem(item)
            item.setExpanded(True)
            return item

        add(
            None,
            ("view", "needs_reply"),
            self.tr("Needs reply"),
            self.tr("Messages that wait for an answer, most urgent first"),
        )
        add(None, ("view", "all"), self.tr("All messages"))
        add(None, ("view", "done"), self.tr("Done"), self.tr("Answered or marked done"))
        add(None, ("view", "ignored"), self.tr("Ignored and spam"))
        add(None, ("page", "drafts"), self.tr("Drafts"), self.tr("Replies being written"))
        add(None, ("page", "outbox"), self.tr("Outbox"), self.tr("Replies on their way out"))
        if self._channels:
            group = header(self.tr("CHANNELS"))
            for ch in self._channels:
                add(group, ("channel", ch.id), ch.name, ch.url or ch.account)
            group.setExpanded(True)
        if searches:
            group = header(self.tr("SAVED SEARCHES"))
            for s in searches:
                add(group, ("search", s.id, s.query, s.channel_id), s.name, s.query)
            group.setExpanded(True)
        self.nav.blockSignals(False)
        self.nav.expandAll()

        if not self._channels:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.splitter)
        key = self._view_key
        if key[0] == "search" and key not in self._nav_items:
            # the saved search shown was edited (its entry has a new key) or else removed
            key = next((k for k in self._nav_items if k[:2] == key[:2]), ("view", "all"))
        item = self._nav_items.get(key) or self._nav_items[("view", "needs_reply")]
        self.nav.setCurrentItem(item)  # triggers _on_nav_changed -> apply_filter
        self.refresh_counts()
        self.navigation_reloaded.emit()

    def save_current_search(self) -> None:
        """Keep the search box's text as a saved search (local to the inbox; listening
        searches per channel are added in the channel's set-up or with `cmstation search`)."""
        text = " ".join(self.search_box.text().split())
        if not text:
            return
        sid = saved_searches.add_saved_search(self._db, text, text, listen=False)
        self.search_box.clear()  # the saved search's entry now carries the query
        self.reload_navigation()
        key = next((k for k in self._nav_items if k[0] == "search" and k[1] == sid), None)
        if key is not None:
            self.nav.setCurrentItem(self._nav_items[key])
        self.statusBar().showMessage(self.tr("Search saved: {name}").format(name=text), 4000)

    @property
    def has_channels(self) -> bool:
        return bool(self._channels)

    def current_filter(self) -> MessageFilter:
        kind = self._view_key[0]
        states: tuple[MessageState, ...] = ()
        channel_id = None
        search = self.search_box.text().strip()
        if kind == "view":
            states = VIEW_STATES[self._view_key[1]]
        elif kind == "channel":
            channel_id = self._view_key[1]
        elif kind == "search":
            _, _sid, query, channel_id = self._view_key
            search = f"{query} {search}".strip()
        return MessageFilter(
            states=states,
            channel_id=channel_id,
            sentiment=self.sentiment_combo.currentData(),
            lang=self.lang_combo.currentData(),
            search=search,
            order=self.order_combo.currentData() or "priority",
        )

    def apply_filter(self, *, force: bool = False) -> None:
        """Show what the navigation, the filter bar and the search box select (a query on
        the worker); the same filter again is not re-run unless ``force``."""
        self._search_timer.stop()
        f = self.current_filter()
        if force or f != self.message_model.filter or not self.message_model.generation:
            self.message_model.set_filter(f)
        self._update_status()

    def _search_now(self) -> None:
        self.apply_filter(force=True)

    def _on_nav_changed(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        key = current.data(0, NAV_KEY)
        if key is None:
            return
        self._view_key = tuple(key)
        if self.is_ready:
            self.outbox.show_page(key[1] if key[0] == "page" else None)
        if key[0] != "page":
            self.apply_filter()

    def select_view(self, key: tuple) -> None:
        """Select a navigation entry, e.g. ("view", "all") or ("channel", 2)."""
        self.nav.setCurrentItem(self._nav_items[tuple(key)])

    def _on_reloaded(self) -> None:
        empty = self.message_model.rowCount() == 0
        if empty:
            self.list_empty.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.list_empty)
            self.conversation.show_empty()
            if self.is_ready:
                self.composer.set_message(None)
        else:
            self.list_stack.setCurrentWidget(self.table)
            row = 0
            if self.conversation.message_id is not None:
                found = self.message_model.row_of(self.conversation.message_id)
                row = found if found >= 0 else 0
            self.select_row(row)
        self._update_status()

    def _empty_text(self) -> str:
        f = self.message_model.filter
        if f.search:
            return self.tr("Nothing matches \u201c{query}\u201d. Try fewer or other words.").format(
                query=f.search
            )
        if f.sentiment is not None or f.lang:
            return self.tr("No messages match these filters.")
        if self._view_key == ("view", "needs_reply"):
            return self.tr("Nothing needs a reply right now. Well done!")
        if self._view_key == ("view", "ignored"):
            return self.tr("Nothing ignored or marked as spam.")
        if self._view_key == ("view", "done"):
            return self.tr("Nothing is done yet. Press e on a message to mark it done.")
        return self.tr("No messages yet. New mentions appear here after the next sweep.")

    # -- selection and conversation ---------------------------------------------------------

    def current_row(self) -> int:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def current_message_id(self) -> int | None:
        m = self.message_model.message_at(self.current_row())
        return m.id if m else None

    def select_row(self, row: int) -> None:
        n = self.message_model.rowCount()
        if n == 0:
            return
        row = max(0, min(row, n - 1))
        idx = self.message_model.index(row, MessageTableModel.COL_TEXT)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)

    def open_message(self, message_id: int) -> None:
        """Show ``message_id`` under "All messages", selected, its draft in the composer."""
        self.ensure_ready()
        self.conversation.message_id = message_id
        self._view_key = ("view", "all")
        self.nav.blockSignals(True)
        self.nav.setCurrentItem(self._nav_items[self._view_key])
        self.nav.blockSignals(False)
        self.outbox.show_page(None)
        self.apply_filter(force=True)
        self._show_thread(message_id)

    def move_selection(self, delta: int) -> None:
        self.ensure_ready()
        if self.stack.currentWidget() is not self.splitter or self.outbox.page:
            return
        n = self.message_model.rowCount()
        if n == 0:
            return
        row = self.current_row()
        self.select_row(0 if row < 0 else row + delta)
        if self.current_row() >= n - 20 and self.message_model.canFetchMore():
            self.message_model.fetchMore()
        self.table.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        m = self.message_model.message_at(current.row()) if current.isValid() else None
        if m is None or m.id is None:
            return
        self._show_thread(m.id)
        if not m.read:
            self.message_model.set_read(m.id)
            mid = m.id
            self.tasks.run(lambda db: store.mark_read(db, mid), lambda _r: self._counts_soon())

    def _show_thread(self, message_id: int) -> None:
        self._thread_gen += 1
        gen = self._thread_gen

        def done(thread):
            if gen == self._thread_gen and not self._closed:
                self.conversation.show_thread(message_id, thread)
                self.thread_shown.emit(message_id)

        self.tasks.run(lambda db: store.thread(db, message_id), done)

    def open_current(self) -> None:
        """Enter: open the selected message in the conversation pane and focus it."""
        mid = self.current_message_id()
        if mid is None:
            return
        if self.conversation.message_id != mid:
            self._show_thread(mid)
        self.conversation.setFocus()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.splitter:
            return
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_list(self) -> None:
        self.table.setFocus()

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    # -- state changes and undo --------------------------------------------------------------

    def change_state(self, state: MessageState) -> None:
        """Mark the selected message; saved at once, undoable with Ctrl+Z."""
        self.ensure_ready()
        if self.stack.currentWidget() is not self.splitter or self.outbox.page:
            return
        row = self.current_row()
        mid = self.current_message_id()
        if mid is None:
            return
        ids = (mid,)
        undo = _Undo(ids, {})

        def work(db):
            undo.previous.update(store.set_state(db, ids, state))

        self._undo.append(undo)
        del self._undo[:-50]
        self.message_model.apply_state(ids, state)
        self.tasks.run(
            work, lambda _r: self._state_saved(ids, state), lambda exc: self._state_failed(exc)
        )
        self.select_row(row)
        if self.message_model.rowCount() == 0:
            self._on_reloaded()
        self._update_status(self._state_note(state))

    def _state_note(self, state: MessageState) -> str:
        if state == MessageState.DONE:
            return self.tr("Marked done. Ctrl+Z undoes.")
        if state == MessageState.IGNORED:
            return self.tr("Ignored. Ctrl+Z undoes.")
        return ""

    def _state_saved(self, ids: tuple, state: MessageState) -> None:
        self.states_changed.emit(ids, str(state))
        self._counts_soon()

    def _state_failed(self, exc: BaseException) -> None:
        self._show_task_error(exc)
        self.message_model.reload()

    def undo(self) -> None:
        if not self._undo:
            self._update_status(self.tr("Nothing to undo."))
            return
        undo = self._undo.pop()

        def work(db):
            store.restore_states(db, undo.previous)

        def done(_r):
            self.conversation.message_id = undo.ids[0]
            self.message_model.reload()
            self.states_changed.emit(undo.ids, "")
            self._counts_soon()

        self.tasks.run(work, done, self._state_failed)
        self._update_status(self.tr("Undone."))

    # -- counts and status ---------------------------------------------------------------------

    def _counts_soon(self) -> None:
        if not self._closed:
            self._counts_timer.start()

    def refresh_counts(self) -> None:
        def done(counts):
            if not self._closed:
                self._apply_counts(counts)

        self.tasks.run(store.nav_counts, done)

    def _apply_counts(self, c: store.NavCounts) -> None:
        self._counts = c

        def put(key, n, tip="", muted=False):
            item = self._nav_items.get(key)
            if item is not None:
                item.setText(1, str(n) if n else "")
                if tip:
                    item.setToolTip(1, tip)
                font = item.font(1)
                font.setBold(not muted and n > 0)
                item.setFont(1, font)
                if muted:
                    item.setForeground(1, QBrush(QColor("#6b7280")))

        put(
            ("view", "needs_reply"),
            c.needs_reply,
            self.tr("{n} need a reply").format(n=c.needs_reply),
        )
        put(("view", "all"), c.unread, self.tr("{n} unread").format(n=c.unread))
        put(("view", "done"), c.by_state.get("done", 0) + c.by_state.get("replied", 0), muted=True)
        put(
            ("view", "ignored"),
            c.by_state.get("ignored", 0) + c.by_state.get("spam", 0),
            muted=True,
        )
        for ch in self._channels:
            nr, unread = c.by_channel.get(ch.id, (0, 0))
            put(
                ("channel", ch.id),
                nr,
                self.tr("{needs} need a reply, {unread} unread").format(needs=nr, unread=unread),
            )
        self._update_status()
        self.counts_refreshed.emit()

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
        elif total is not None:
            parts.append(
                self.tr("{shown} of {total} messages loaded").format(
                    shown=model.rowCount(), total=total
                )
            )
        else:
            parts.append(self.tr("{shown} messages loaded").format(shown=model.rowCount()))
        counts = getattr(self, "_counts", None)
        if counts is not None:
            parts.append(self.tr("{n} need a reply").format(n=counts.needs_reply))
            parts.append(self.tr("{n} unread").format(n=counts.unread))
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closed:
            self.ensure_ready()  # a window closed before it was complete: finish it to close it
            self.save_layout()
            self._closed = True
            self._counts_timer.stop()
            self._search_timer.stop()
            self._note_timer.stop()
            self.composer.flush()
            self.outbox.shutdown()
            self.tasks.shutdown()
            with contextlib.suppress(Exception):  # already closed
                self._db.conn.close()
        super().closeEvent(event)
