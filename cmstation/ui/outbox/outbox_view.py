"""The "Outbox" page: every queued reply, its state and reason; edit, hold, release, cancel,
send now. Database work goes through the window's task helper; sending is the
:class:`~cmstation.ui.outbox.outbox_controller.OutboxController`'s job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.i18n import Text
from cmstation.core.outbox_item import EDITABLE_STATES, OutboxState
from cmstation.outbox.worker import MSG_HELD_BY_USER, STALE_CONTEXT_REASONS, OutboxRun
from cmstation.storage import drafts as draft_store
from cmstation.storage import messages
from cmstation.storage import outbox as store
from cmstation.ui.common.list_table import empty_list_note, list_table, list_title_bar
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.theme import apply_style, colour, text_on
from cmstation.ui.outbox.drafts_view import DraftsView
from cmstation.ui.outbox.outbox_controller import OutboxController
from cmstation.ui.outbox.outbox_table_model import (
    OutboxRow,
    OutboxTableModel,
    load_rows,
    plain_reason,
    state_colour,
)

STYLE = """
QLabel#outboxTitle { font-size: 14pt; font-weight: bold; }
QFrame#outboxDetail { background: palette(base); border-top: 1px solid @border; }
QLabel#stateBadge { border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QLabel#reasonBox { background: @warning_bg; border: 1px solid @warning_border; border-radius: 4px;
                   padding: 6px 8px; }
QLabel#answersBox { background: @canvas; border: 1px solid @border; border-radius: 4px;
                    padding: 6px 8px; }
QLabel#muted { color: @muted; }
QLabel#emptyState { color: @muted; font-size: 11pt; }
"""


def _in_state(db, item_id: int, state: OutboxState) -> bool:
    """Whether the outbox item is still there and in ``state`` (after the user's action)."""
    item = store.get(db, item_id)
    return item is not None and item.state == state


class OutboxView(QWidget):
    # something changed in the outbox (counts, the message list may need a refresh)
    changed = Signal()
    # the user asked for replies to go now (the controller runs)
    send_requested = Signal()
    # the rows were (re)loaded
    reloaded = Signal()
    # a note for the status bar
    status_changed = Signal(str)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        apply_style(self, STYLE)
        self.tasks = tasks
        self.model = OutboxTableModel(self)
        #: asks yes/no; replaced in tests
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog
        self._gen = 0
        self._build()
        self._show_detail(None)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)

        head, head_lay, self.summary = list_title_bar(self.tr("Outbox"), "outboxTitle")
        self.show_done = QCheckBox(self.tr("Show sent and cancelled"))
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(lambda _on: self.reload())
        head_lay.addWidget(self.show_done)
        self.send_all_button = QPushButton(self.tr("Try sending now"))
        self.send_all_button.setToolTip(
            self.tr("Send every queued reply that may go now, without waiting for the next try")
        )
        self.send_all_button.clicked.connect(self.send_requested)
        head_lay.addWidget(self.send_all_button)
        lay.addWidget(head)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.list_stack = QStackedWidget()
        m = OutboxTableModel
        self.table = list_table(
            self.model,
            "outboxList",
            {
                m.COL_STATE: 100,
                m.COL_ANSWERS: 230,
                m.COL_CHANNEL: 130,
                m.COL_WHEN: 160,
            },
            stretch=m.COL_REPLY,
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_detail(self.model.row_at(cur.row()))
        )
        self.empty = empty_list_note(
            self.tr(
                "The outbox is empty. Replies you send wait here while there is no connection "
                "or until the time you chose."
            )
        )
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        splitter.addWidget(self.list_stack)

        self.detail = QFrame()
        self.detail.setObjectName("outboxDetail")
        d = QVBoxLayout(self.detail)
        d.setContentsMargins(12, 10, 12, 10)
        d.setSpacing(8)
        top = QHBoxLayout()
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        top.addWidget(self.state_badge)
        self.when_label = QLabel()
        self.when_label.setObjectName("muted")
        top.addWidget(self.when_label, 1)
        self.open_sent = QLabel()
        self.open_sent.setOpenExternalLinks(True)
        self.open_sent.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.open_sent)
        d.addLayout(top)
        self.reason = QLabel()
        self.reason.setObjectName("reasonBox")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        d.addWidget(self.reason)
        self.answers = QLabel()
        self.answers.setObjectName("answersBox")
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.PlainText)
        d.addWidget(self.answers)
        reply_label = QLabel(self.tr("Your reply"))
        reply_label.setObjectName("muted")
        d.addWidget(reply_label)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("outboxEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor.setMaximumHeight(220)
        self.editor.textChanged.connect(self._update_buttons)
        d.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_text)
        self.send_now_button = QPushButton(self.tr("Send now"))
        self.send_now_button.setToolTip(self.tr("Send this reply at the next try, not later"))
        self.send_now_button.clicked.connect(self.send_now)
        self.hold_button = QPushButton(self.tr("Hold"))
        self.hold_button.setToolTip(self.tr("Keep this reply back until you release it"))
        self.hold_button.clicked.connect(self.hold)
        self.release_button = QPushButton(self.tr("Release"))
        self.release_button.setObjectName("primaryButton")
        self.release_button.setToolTip(self.tr("Let this reply go (you have seen what changed)"))
        self.release_button.clicked.connect(self.release)
        self.cancel_button = QPushButton(self.tr("Cancel reply"))
        self.cancel_button.setToolTip(self.tr("Never send this reply"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for b in (self.send_now_button, self.hold_button, self.release_button, self.cancel_button):
            buttons.addWidget(b)
        d.addLayout(buttons)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # the list takes what the reply pane leaves
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 300])
        lay.addWidget(splitter, 1)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the outbox on the worker; the selection stays on the same reply."""
        self._gen += 1
        gen = self._gen
        include_done = self.show_done.isChecked()

        def done(rows):
            if gen == self._gen:
                self._apply_rows(rows)

        self.tasks.run(lambda db: load_rows(db, include_done=include_done), done)

    def _apply_rows(self, rows: list[OutboxRow]) -> None:
        current = self.current_row()
        keep = current.item.id if current else None
        self.model.set_rows(rows)
        pending = sum(r.item.state in (OutboxState.QUEUED, OutboxState.SENDING) for r in rows)
        held = sum(r.item.state in (OutboxState.HELD, OutboxState.FAILED) for r in rows)
        self.summary.setText(
            self.tr("{pending} waiting to go, {held} held").format(pending=pending, held=held)
        )
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self._show_detail(None)
        self.reloaded.emit()

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, OutboxTableModel.COL_REPLY)
        self.table.selectionModel().setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_detail(self.model.row_at(row))

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def current_row(self) -> OutboxRow | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    # -- the detail pane ----------------------------------------------------------------------

    def _show_detail(self, r: OutboxRow | None) -> None:
        self._shown = r
        self.detail.setVisible(r is not None)
        if r is None:
            return
        item = r.item
        color = state_colour(item.state)
        self.state_badge.setText(self.model.state_word(item.state))
        back = color if color is not None else colour("muted")
        self.state_badge.setStyleSheet(f"background: {back.name()}; color: {text_on(back).name()};")
        when = self.model.when_text(item)
        if item.attempts and item.state != OutboxState.SENT:
            when += "  \u00b7  " + self.tr("%n try(s)", "", item.attempts)
        self.when_label.setText(f"{r.channel_name}  \u00b7  {when}")
        if item.state == OutboxState.SENT and item.remote_url.startswith(("http://", "https://")):
            self.open_sent.setText(f'<a href="{item.remote_url}">{self.tr("Open the reply")}</a>')
            self.open_sent.show()
        else:
            self.open_sent.hide()
        reason = plain_reason(item.reason_text)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        if r.answered is not None:
            who = r.answered.author_name or r.answered.author_handle or self.tr("(unknown)")
            self.answers.setText(
                self.tr("In answer to {who}:").format(who=who) + "\n" + r.answered.text
            )
        else:
            self.answers.setText(self.tr("A new post, not an answer."))
        self.editor.blockSignals(True)
        self.editor.setPlainText(item.text)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(item.state not in EDITABLE_STATES)
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self._shown
        state = r.item.state if r else None
        editable = state in EDITABLE_STATES
        self.save_button.setEnabled(
            editable
            and bool(self.editor.toPlainText().strip())
            and self.editor.toPlainText() != r.item.text
        )
        self.send_now_button.setEnabled(state == OutboxState.QUEUED)
        self.hold_button.setEnabled(state == OutboxState.QUEUED)
        self.release_button.setEnabled(state in (OutboxState.HELD, OutboxState.FAILED))
        self.cancel_button.setEnabled(editable)

    # -- actions ------------------------------------------------------------------------------

    def _act(self, work, note: str, *, send: bool = False) -> None:
        def done(ok):
            if ok is False:
                self.status_changed.emit(
                    self.tr(
                        "That reply has already moved on (sent or being sent); nothing changed."
                    )
                )
            else:
                self.status_changed.emit(note)
            self.reload()
            self.changed.emit()
            if send and ok is not False:
                self.send_requested.emit()

        def failed(exc):
            self.status_changed.emit(
                self.tr("The outbox could not be changed: {error}").format(error=plain_error(exc))
            )

        self.tasks.run(work, done, failed)

    def save_text(self) -> None:
        r = self._shown
        text = self.editor.toPlainText()
        if r is None or not text.strip():
            return
        item_id = r.item.id
        self._act(lambda db: store.edit_text(db, item_id, text), self.tr("Reply changed."))

    def send_now(self) -> None:
        r = self._shown
        if r is None:
            return
        item_id = r.item.id
        text = self.editor.toPlainText()
        changed = text != r.item.text and text.strip()

        def work(db):
            if changed and not store.edit_text(db, item_id, text):
                return False
            store.reschedule(db, item_id, None)
            return _in_state(db, item_id, OutboxState.QUEUED)

        self._act(work, self.tr("The reply goes at once."), send=True)

    def hold(self) -> None:
        r = self._shown
        if r is None:
            return
        item_id = r.item.id

        def work(db):
            store.hold(db, item_id, Text("Outbox", MSG_HELD_BY_USER))
            return _in_state(db, item_id, OutboxState.HELD)

        self._act(work, self.tr("Reply held; it waits until you release it."))

    def release(self) -> None:
        r = self._shown
        if r is None:
            return
        item_id = r.item.id
        # the user has seen what changed: the stale-context check does not stop it again
        context = dict(r.item.context)
        context.pop("_resumed", None)
        if r.item.reason_text.source in STALE_CONTEXT_REASONS:
            context["skip_context_check"] = True

        def work(db):
            store.release(db, item_id, refresh_context=context)
            store.reschedule(db, item_id, None)
            return _in_state(db, item_id, OutboxState.QUEUED)

        self._act(work, self.tr("Reply released; it goes at the next try."), send=True)

    def cancel(self) -> None:
        r = self._shown
        if r is None:
            return
        if not self.confirm(
            self.tr("Cancel this reply?"),
            self.tr("The reply will never be sent. Its text stays visible here."),
        ):
            return
        item_id = r.item.id
        self._act(lambda db: store.cancel(db, item_id), self.tr("Reply cancelled."))

    def _confirm_dialog(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(self.tr("Cancel the reply"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes


# --- the window's outbox side ------------------------------------------------------------------


class OutboxUi(QObject):
    """The "Drafts" and "Outbox" pages, their navigation counts, the draft markers in the
    message list and the delivery controller, for one main window (``window.outbox``)."""

    # the navigation counts of drafts and the outbox were refreshed
    counts_refreshed = Signal()

    def __init__(self, window, *, controller: OutboxController | None = None) -> None:
        super().__init__(window)
        self.window = window
        if controller is None:
            from cmstation.ui.listening.workspace_secrets import workspace_secrets

            controller = OutboxController(
                window.workspace_path,
                parent=self,
                secrets_provider=workspace_secrets(window.workspace_path),
            )
        self.controller = controller
        self.outbox_view = OutboxView(window.tasks)
        self.drafts_view = DraftsView(window.tasks)
        self.pages = QStackedWidget()
        self.pages.setObjectName("outboxPages")
        self.pages.addWidget(self.drafts_view)
        self.pages.addWidget(self.outbox_view)
        self.pages.hide()
        window.splitter.addWidget(self.pages)
        window.splitter.setStretchFactor(window.splitter.indexOf(self.pages), 5)
        self.page: str | None = None
        self.extra_pages: dict = {}  # more pages in the same place (Insights: add_page)
        self.counts: tuple[int, int] = (0, 0)  # drafts, outbox (not yet sent)
        self._closed = False
        self._queued_here: set[int] = set()

        composer = window.composer
        composer.reply_queued.connect(self._on_reply_queued)
        composer.reply_marked_sent.connect(lambda _i: self.refresh())
        composer.draft_saved.connect(lambda _mid: self._counts_soon())
        window.counts_refreshed.connect(self._refresh_counts)
        self.outbox_view.changed.connect(self._counts_soon)
        self.outbox_view.reloaded.connect(self._counts_soon)
        self.drafts_view.reloaded.connect(self._counts_soon)
        self.outbox_view.send_requested.connect(self._send_requested)
        self.outbox_view.status_changed.connect(self._note)
        self.drafts_view.open_requested.connect(self.open_draft)
        self.drafts_view.open_post_requested.connect(self.window.new_post)
        self.controller.run_finished.connect(self._on_run_finished)
        self.controller.run_failed.connect(self._on_run_failed)
        self.controller.item_done.connect(lambda _i, _o: self._page_reload("outbox"))
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(300)
        self._counts_timer.timeout.connect(self._refresh_counts)

    # -- pages --------------------------------------------------------------------------------

    def show_page(self, name: str | None) -> None:
        """Show "drafts" or "outbox" in place of the list and conversation (None: back)."""
        w = self.window
        pages = {"drafts": self.drafts_view, "outbox": self.outbox_view, **self.extra_pages}
        page = pages.get(name or "")
        self.page = name if page is not None else None
        if page is not None:
            self.pages.setCurrentWidget(page)
            page.reload()
        w.splitter.widget(1).setVisible(page is None)
        w.right_splitter.setVisible(page is None)
        self.pages.setVisible(page is not None)

    def add_page(self, name: str, widget) -> None:
        """Another page shown in place of the list (the navigation's ("page", name))."""
        self.extra_pages[name] = widget
        self.pages.addWidget(widget)

    def _page_reload(self, name: str) -> None:
        if self.page == name and not self._gone():
            (self.outbox_view if name == "outbox" else self.drafts_view).reload()

    def open_draft(self, message_id: int) -> None:
        """Show the message in the inbox with its draft in the composer, the cursor in it."""
        self.window.ensure_ready()
        composer = self.window.composer
        if not getattr(self, "_focus_hooked", False):
            composer.message_loaded.connect(self._focus_opened_draft)
            self._focus_hooked = True
        self._focus_draft_of = message_id
        self.window.open_message(message_id)

    def _focus_opened_draft(self, message_id: int) -> None:
        if getattr(self, "_focus_draft_of", None) == message_id:
            self._focus_draft_of = None
            self.window.composer.edit.setFocus()

    # -- sending ------------------------------------------------------------------------------

    def start_sending(self) -> None:
        """Send queued replies now, every 30 seconds and when the network comes back."""
        self.controller.start_schedule()

    def _send_requested(self) -> None:
        if not self.controller.run_now() and self.controller.standby:
            self._note(self.controller.standby)

    def _on_reply_queued(self, outbox_id: int) -> None:
        self._queued_here.add(outbox_id)
        self.controller.reply_queued(outbox_id)
        self._counts_soon()

    def _on_run_finished(self, report: OutboxRun) -> None:
        if self._gone():
            return
        offline = [i for i in report.offline if i in self._queued_here]
        self._queued_here -= set(report.sent) | set(report.held) | set(offline)
        if offline:
            self._note(
                self.tr(
                    "Offline: your reply is in the outbox and will go when the connection is back"
                )
            )
        elif report.sent:
            self._note(self.tr("%n reply(s) sent from the outbox.", "", len(report.sent)))
        elif report.held:
            self._note(
                self.tr(
                    "%n reply(s) held in the outbox; see the reason there.", "", len(report.held)
                )
            )
        if report.sent:
            w = self.window
            w.message_model.reload()
            mid = w.conversation.message_id
            if mid is not None:
                w.tasks.run(
                    lambda db: messages.thread(db, mid), lambda t: self._thread_loaded(mid, t)
                )
        self.refresh()

    def _thread_loaded(self, mid: int, thread) -> None:
        w = self.window
        if not self._gone() and w.conversation.message_id == mid:
            w.conversation.show_thread(mid, thread)

    def _on_run_failed(self, exc: BaseException) -> None:
        if not self._gone():
            self._note(self.tr("The outbox could not send: {error}").format(error=plain_error(exc)))

    # -- counts and markers -------------------------------------------------------------------

    def refresh(self) -> None:
        self._counts_soon()
        self._page_reload(self.page or "")

    def _counts_soon(self) -> None:
        if not self._gone():
            self._counts_timer.start()

    def _refresh_counts(self) -> None:
        if self._gone():
            return

        def work(db):
            pending = sum(1 for _ in store.list_items(db, include_done=False))
            return (
                draft_store.message_ids_with_drafts(db),
                len(draft_store.list_drafts(db)),
                pending,
            )

        self.window.tasks.run(work, self._apply_counts)

    def _apply_counts(self, res) -> None:
        if self._gone():
            return
        ids, drafts, pending = res
        self.counts = (drafts, pending)
        w = self.window
        w.message_model.set_draft_ids(ids)
        items = getattr(w, "_nav_items", {})
        for key, n, tip in (
            (("page", "drafts"), drafts, self.tr("%n reply(s) being written", "", drafts)),
            (("page", "outbox"), pending, self.tr("%n reply(s) waiting to go", "", pending)),
        ):
            item = items.get(key)
            if item is not None:
                item.setText(1, str(n) if n else "")
                item.setToolTip(1, tip)
        self.counts_refreshed.emit()

    def _note(self, text: str) -> None:
        if not self._gone():
            self.window._update_status(text)

    def _gone(self) -> bool:
        return self._closed or bool(getattr(self.window, "_closed", False))

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._counts_timer.stop()
        self.controller.shutdown()


def attach_outbox(window, **kwargs) -> OutboxUi:
    """Give ``window`` its drafts and outbox side (``window.outbox``)."""
    ui = OutboxUi(window, **kwargs)
    window.outbox = ui
    return ui
