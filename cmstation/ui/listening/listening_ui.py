"""The window's listening side (``attach_listening(window)``): the Channels menu (Add
channel..., Add an item by hand... Ctrl+Shift+N, Sweep now F5, mastery figures,
notifications), the channel menu of the navigation (sweep it, Log in again..., Channel
settings... (:mod:`cmstation.ui.listening.channel_settings_dialog`), remove), a toolbar,
the sweep progress in the status bar, each channel's status and mastery figures in the
navigation (words from :mod:`cmstation.listening.status_text`), the live inbox refresh
while a sweep runs, drops of links or text onto the window, and the tray notification for
new complaints. The sweeps themselves run in :class:`SweepController`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QToolBar,
    QTreeWidgetItem,
)

from cmstation.core.clock import Clock, SystemClock
from cmstation.core.models import ChannelKind
from cmstation.listening import sweep as sweep_mod
from cmstation.listening.status_text import STATUS_COLOURS, mastery_words, status_words
from cmstation.storage import channels as channel_store
from cmstation.storage.connection import connect
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.theme import colour
from cmstation.ui.listening.channel_actions import ChannelActionsMixin
from cmstation.ui.listening.sweep_controller import SweepController

log = logging.getLogger(__name__)

#: After the counts change (a reply sent, a message marked), how soon the channels' figures
#: are read again (debounced: paging through the list changes counts too).
FIGURES_DELAY_MS = 1500


class _WindowEvents(QObject):
    """Drops of links or text onto the window, and the window closing."""

    def __init__(self, ui: ListeningUi) -> None:
        super().__init__(ui)
        self._ui = ui

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        t = event.type()
        if t in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            md = event.mimeData()
            if md.hasUrls() or md.hasText():
                event.acceptProposedAction()
                return True
        elif t == QEvent.Type.Drop:
            md = event.mimeData()
            data = md.text() if md.hasText() else ""
            if not data and md.hasUrls():
                data = " ".join(u.toString() for u in md.urls())
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self._ui.open_manual_item(dropped=data))
            return True
        elif t == QEvent.Type.Close:
            # after the window's own closeEvent (which may keep the window open)
            QTimer.singleShot(0, self._ui, self._ui.shutdown_if_closed)
        return False


class ListeningUi(ChannelActionsMixin, QObject):
    """Everything of listening in one window; see the module docstring."""

    # the navigation's channel statuses were refreshed
    statuses_refreshed = Signal()
    # a dialog opened by this object (tests interact with it)
    dialog_opened = Signal(object)
    # a channel was removed (its id)
    channel_removed = Signal(int)

    def __init__(
        self,
        window,
        *,
        secrets_provider: Callable[[], Any] | None = None,
        open_secrets: Callable[[bool], Any] | None = None,
        session_factory: Callable[[], Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(window)
        from cmstation.ui.shell.tray_notifier import TrayNotifier

        self.window = window
        if open_secrets is None or secrets_provider is None:
            from cmstation.ui.listening.workspace_secrets import workspace_secrets

            scoped = workspace_secrets(window.workspace_path)
            open_secrets = open_secrets or scoped
            secrets_provider = secrets_provider or scoped
        self.open_secrets = open_secrets
        self.clock = clock or SystemClock()
        self.controller = SweepController(
            window.workspace_path,
            secrets_provider=secrets_provider,
            session_factory=session_factory,
            clock=self.clock,
            parent=self,
        )
        self.notifier = TrayNotifier(window.tasks, window.windowIcon(), self)
        self.statuses: dict[int, str] = {}
        self._raw_status: dict[int, str] = {}  # channel id -> stored status ("needs_login")
        self._figures: dict[int, Any] = {}  # channel id -> MasteryFigures (the latest read)
        self._figures_running = False
        self._figures_again = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self._refresh_inbox)
        self._last_new = 0
        self._closed = False

        self._build_actions()
        self._build_status_bar()
        c = self.controller
        c.sweep_started.connect(self._on_started)
        c.progress.connect(self._on_progress)
        c.channel_swept.connect(self._on_channel_swept)
        c.sweep_finished.connect(self._on_finished)
        c.sweep_failed.connect(self._on_failed)
        self.notifier.enabled_changed.connect(self.notify_action.setChecked)
        self.notifier.activated.connect(self._show_window)

        # the status lines under a channel are always shown: no expand arrows
        window.nav.setStyleSheet("QTreeView::branch { image: none; border: none; }")
        window.nav.setItemsExpandable(False)
        window.nav.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.nav.customContextMenuRequested.connect(self._nav_menu)
        window.setAcceptDrops(True)
        self._events = _WindowEvents(self)
        window.installEventFilter(self._events)
        if hasattr(window, "channel_setup_requested"):
            window.channel_setup_requested.connect(lambda: self.open_channel_dialog())
        if hasattr(window, "navigation_reloaded"):
            window.navigation_reloaded.connect(self.refresh_statuses)
        # a reply sent or a message marked changes "answered N %": figures again shortly
        self._figures_soon = QTimer(self)
        self._figures_soon.setSingleShot(True)
        self._figures_soon.setInterval(FIGURES_DELAY_MS)
        self._figures_soon.timeout.connect(self._refresh_figures)
        if hasattr(window, "counts_refreshed"):
            window.counts_refreshed.connect(self._figures_soon.start)
        self.refresh_statuses()

    # -- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        bar = w.menuBar()
        menu = bar.addMenu(self.tr("C&hannels"))
        actions = bar.actions()
        if len(actions) >= 3:  # before Help
            bar.insertMenu(actions[-2], menu)
        self.menu = menu
        self.add_action = menu.addAction(self.tr("Add channel\u2026"))
        self.add_action.triggered.connect(lambda: self.open_channel_dialog())
        self.manual_action = menu.addAction(self.tr("Add an item by hand\u2026"))
        self.manual_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.manual_action.triggered.connect(lambda: self.open_manual_item())
        menu.addSeparator()
        self.sweep_action = menu.addAction(self.tr("Sweep now"))
        self.sweep_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sweep_action.setToolTip(self.tr("Listen on every channel now (F5)"))
        self.sweep_action.triggered.connect(self.sweep_now)
        self.gate_action = menu.addAction(self.tr("Are my channels under control?"))
        self.gate_action.triggered.connect(self.show_gate)
        menu.addSeparator()
        self.notify_action = menu.addAction(self.tr("Notify me of new complaints"))
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(True)
        self.notify_action.toggled.connect(self._notify_toggled)
        for a in (self.add_action, self.manual_action, self.sweep_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.addAction(a)

        self.toolbar = QToolBar(self.tr("Listening"))
        self.toolbar.setObjectName("listeningToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.sweep_action)
        self.toolbar.addAction(self.manual_action)
        self.toolbar.addAction(self.add_action)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        sb = self.window.statusBar()
        self.sweep_label = QLabel()
        self.sweep_label.setObjectName("sweepStatus")
        self.sweep_bar = QProgressBar()
        self.sweep_bar.setFixedWidth(110)
        self.sweep_bar.setMaximumHeight(14)
        self.sweep_bar.setTextVisible(False)
        self.sweep_bar.hide()
        sb.addPermanentWidget(self.sweep_label)
        sb.addPermanentWidget(self.sweep_bar)

    def _show_window(self) -> None:
        if self._gone():
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.select_view(("view", "needs_reply"))

    def _notify_toggled(self, on: bool) -> None:
        if on != self.notifier.enabled:
            self.notifier.set_enabled(on)

    # -- dialogs ------------------------------------------------------------------------------

    # -- sweeping -----------------------------------------------------------------------------

    def sweep_now(self) -> None:
        if self.controller.standby:
            self._note(self.controller.standby)
        elif not self.controller.sweep_now():
            self._note(self.tr("A sweep is already running."))

    def start_schedule(self) -> None:
        self.controller.start_schedule()

    def _note(self, text: str) -> None:
        self.sweep_label.setText(text)

    def _on_started(self, n: int) -> None:
        if self._gone():
            return
        self._last_new = 0
        self.sweep_action.setEnabled(False)
        if n:
            self.sweep_bar.setRange(0, 0)
            self.sweep_bar.show()
            self._note(
                self.tr("Sweeping one channel\u2026")
                if n == 1
                else self.tr("Sweeping {n} channels\u2026").format(n=n)
            )

    def _on_progress(self, p) -> None:
        if self._gone():
            return
        self._note(p.text.render(QCoreApplication.translate))
        if p.total:
            self.sweep_bar.setRange(0, p.total)
            self.sweep_bar.setValue(p.index - 1)
        if p.new_so_far != self._last_new:
            self._last_new = p.new_so_far
            self._refresh_timer.start()

    def _on_channel_swept(self, summary) -> None:
        if self._gone():
            return
        if summary.new or summary.updated:
            self._refresh_timer.start()
        self.refresh_statuses()

    def _on_finished(self, summaries: list) -> None:
        self.sweep_action.setEnabled(not self.controller.disabled)
        self.sweep_bar.hide()
        if self._gone():
            return
        new = sum(s.new for s in summaries)
        trouble = [s for s in summaries if s.status not in (sweep_mod.OK, sweep_mod.BUSY)]
        if not summaries:
            self._note(self.tr("Nothing to sweep: manual and paused channels are not swept."))
        elif trouble:
            self._note(
                self.tr(
                    "Swept: {n} new. Some channels need attention (see the navigation)."
                ).format(n=new)
            )
        else:
            self._note(
                self.tr("Swept at {time}: {n} new.").format(
                    time=time.strftime("%H:%M", time.localtime(self.clock.now())), n=new
                )
            )
        self._refresh_timer.stop()
        self._refresh_inbox()
        urgent = sum(len(s.urgent_ids) for s in summaries)
        flagged = sum(len(s.flagged_ids) for s in summaries)
        if urgent or flagged:
            names = {c.id: c.name for c in self.window._channels}
            where = sorted(
                {names.get(s.channel_id, "?") for s in summaries if s.urgent_ids or s.flagged_ids}
            )
            self.notifier.notify_complaints(urgent, where, flagged)

    def _on_failed(self, exc) -> None:
        self.sweep_action.setEnabled(not self.controller.disabled)
        self.sweep_bar.hide()
        self._note(self.tr("The sweep stopped: {error}").format(error=plain_error(exc)))

    def _refresh_inbox(self) -> None:
        if self._gone():
            return
        self.window.message_model.reload()
        self.window.refresh_counts()

    # -- navigation ---------------------------------------------------------------------------

    def refresh_statuses(self) -> None:
        """Each channel's status (quick, on the task worker) and its mastery figures (on a
        thread of their own with its own connection: on a large workspace they take a
        while, and the inbox must not wait behind them) into the navigation."""
        if self._gone():
            return
        from cmstation.storage import sweeps

        def work(db):
            return [
                (ch, sweeps.channel_status(db, ch.id), None)
                for ch in channel_store.list_channels(db)
            ]

        self.window.tasks.run(work, self._apply_statuses, lambda _e: None)
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        if self._gone():
            return
        if self._figures_running:
            self._figures_again = True
            return
        from cmstation.insights.mastery import mastery
        from cmstation.storage import sweeps
        from cmstation.ui.common.background_call import BackgroundCall

        now, path = self.clock.now(), self.window.workspace_path
        self._figures_running, self._figures_again = True, False

        def work():
            db = connect(path)
            try:
                return [
                    (ch, sweeps.channel_status(db, ch.id), mastery(db, ch.id, now=now))
                    for ch in channel_store.list_channels(db)
                ]
            finally:
                db.conn.close()

        def done(rows):
            self._figures_running = False
            self._apply_statuses(rows)
            if self._figures_again:
                self._refresh_figures()

        def failed(_exc):
            self._figures_running = False

        BackgroundCall(work, done, failed, self)

    def _apply_statuses(self, rows) -> None:
        if self._gone():
            return
        items = getattr(self.window, "_nav_items", {})
        for ch, st, fig in rows:
            if fig is None:
                fig = self._figures.get(ch.id)
            else:
                self._figures[ch.id] = fig
            item = items.get(("channel", ch.id))
            if item is None:
                continue
            self._raw_status[ch.id] = st.status if st is not None else ""
            if ch.kind == ChannelKind.MANUAL:
                words, status = QCoreApplication.translate("ListeningUi", "filled by hand"), "ok"
            elif not ch.enabled:
                words, status = QCoreApplication.translate("ListeningUi", "paused"), "paused"
            else:
                words, status = (
                    status_words(st, QCoreApplication.translate),
                    (st.status if st else ""),
                )
                if st is not None and st.last_sweep_at is None and status == "ok":
                    status = ""
                if st is not None and st.notes and status == "ok":
                    words = QCoreApplication.translate(
                        "ListeningUi", "{status} \u00b7 see the note"
                    ).format(status=words)
            self.statuses[ch.id] = words
            figures = (
                mastery_words(fig, QCoreApplication.translate) if fig is not None else "\u2026"
            )
            while item.childCount() < 2:
                child = QTreeWidgetItem(["", ""])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = child.font(0)
                font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
                child.setFont(0, font)
                item.addChild(child)
                child.setFirstColumnSpanned(True)
                item.setExpanded(True)
            status_item, figures_item = item.child(0), item.child(1)
            status_item.setText(0, words)
            status_item.setForeground(0, QBrush(colour(STATUS_COLOURS.get(status, "muted"))))
            figures_item.setText(0, figures)
            figures_item.setForeground(0, QBrush(colour("muted")))
            tip = [ch.name, words]
            if status == "paused":
                tip.append(
                    QCoreApplication.translate(
                        "ListeningUi",
                        "Listening is paused: this channel is not swept until you resume it "
                        "in its Channel settings.",
                    )
                )
            elif st is not None and st.detail and st.detail.source:
                tip.append(st.detail.render(QCoreApplication.translate))
            if st is not None and ch.enabled:
                tip.extend("\u2139 " + n.render(QCoreApplication.translate) for n in st.notes)
            for check in fig.checks if fig is not None else ():
                mark = "\u2714" if check.ok else "\u2718"
                tip.append(f"{mark} {check.text.render(QCoreApplication.translate)}")
            for target in (item, status_item, figures_item):
                target.setToolTip(0, "\n".join(tip))
        self.statuses_refreshed.emit()

    def _gone(self) -> bool:
        """The window closed (its task worker is shut down): no more GUI work."""
        return self._closed or bool(getattr(self.window, "_closed", False))

    def shutdown_if_closed(self) -> None:
        # closed for real; a window kept listening in the tray is only hidden
        if getattr(self.window, "_closed", not self.window.isVisible()):
            self.shutdown()

    def disable_sweeps(self, reason: str) -> None:
        """No listening in this window (the sample workspace: its channels are made up)."""
        self.controller.stop_schedule()
        self.controller.disabled = True
        self.sweep_action.setEnabled(False)
        self.sweep_action.setToolTip(reason)
        self.add_action.setEnabled(False)
        self.add_action.setToolTip(reason)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._refresh_timer.stop()
        self.controller.shutdown()
        self.notifier.close()


def attach_listening(window, **kwargs) -> ListeningUi:
    """Give ``window`` its listening side (``window.listening``)."""
    ui = ListeningUi(window, **kwargs)
    window.listening = ui
    return ui


__all__ = ["ListeningUi", "attach_listening"]
