"""Listening in the window: sweeps off the GUI thread, and the channel menu around them.

:class:`SweepController` owns one worker thread with its own SQLite connection (one
connection per thread). A QTimer asks :func:`cmstation.listening.scheduler.due_channels`
once a minute what is due (decided from stored state, so a laptop that slept catches up
with one sweep per channel); "Sweep now" (menu, toolbar, F5) sweeps every listening channel
at once (a paused channel never; one that needs a login is tried once, and says so again). Progress, each channel's summary and the end come back as Qt signals.

:class:`ListeningUi` (``attach_listening(window)``) wires it into the main window: the
Channels menu (Add channel..., Add an item by hand... Ctrl+Shift+N, Sweep now F5, mastery
figures, notifications), the channel menu of the navigation (sweep it, Log in again...,
Channel settings... (:mod:`cmstation.ui.listening.channel_settings_dialog`), remove), a toolbar, the sweep progress in the status bar, each channel's
status and mastery figures in the navigation, the live inbox refresh while a sweep runs,
drops of links or text onto the window, and the tray notification for new complaints.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QTreeWidgetItem,
)

from cmstation.channels import factory
from cmstation.core.clock import Clock, SystemClock
from cmstation.core.errors import CmstationError
from cmstation.core.models import ChannelKind
from cmstation.listening import scheduler
from cmstation.listening import sweep as sweep_mod
from cmstation.storage import channels as channel_store
from cmstation.storage.connection import connect
from cmstation.ui.common.connection_thread import ConnectionThread
from cmstation.ui.common.network_controller import NetworkController
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.shell.navigation import NAV_KEY

log = logging.getLogger(__name__)

TICK_MS = 60_000


def _default_open_secrets(allow_session_only: bool) -> Any:
    from cmstation.secrets import open_secret_store

    return open_secret_store(allow_session_only=allow_session_only)


class SweepController(NetworkController):
    """Runs sweeps on one worker thread; everything it reports arrives on the GUI thread."""

    # number of channels about to be swept
    sweep_started = Signal(int)
    # a SweepProgress
    progress = Signal(object)
    # a SweepSummary (one channel done)
    channel_swept = Signal(object)
    # the list of SweepSummary of this run
    sweep_finished = Signal(list)
    # an unexpected error of our own (storage): the exception
    sweep_failed = Signal(object)

    def __init__(self, workspace_path: Path, *, page_budget: int = 5, **parts: Any) -> None:
        """``parts``: the secrets provider, session factory, clock and parent, as for
        :class:`NetworkController`."""
        super().__init__(workspace_path, **parts)
        self.page_budget = page_budget
        self._running = False
        #: True in the sample workspace: nothing is swept
        self.disabled = False
        self._worker = ConnectionThread(
            workspace_path,
            "cmstation-sweep",
            lambda db, req: self._run(db, *req),
            on_error=self._failed,
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.sweep_due)
        self.sweep_started.connect(lambda _n: setattr(self, "_running", True))
        self.sweep_finished.connect(lambda _s: setattr(self, "_running", False))
        self.sweep_failed.connect(lambda _e: setattr(self, "_running", False))

    # -- GUI thread ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running or self._worker.queued

    def start_schedule(self, interval_ms: int = TICK_MS) -> None:
        """Sweep what is due now and then once a minute."""
        self.timer.setInterval(interval_ms)
        self.timer.start()
        self.sweep_due()

    def stop_schedule(self) -> None:
        self.timer.stop()

    def sweep_now(self, channel_ids: list[int] | None = None) -> bool:
        """Sweep these channels (None: every enabled listening channel), due or not; paused
        channels are left out. Returns False when a sweep is already under way (the request is dropped)."""
        if self._closed or self.disabled or self.standby or self.running:
            return False
        self._worker.put(("now", None if channel_ids is None else list(channel_ids)))
        return True

    def sweep_due(self) -> bool:
        if self._closed or self.disabled or self.standby or self.running:
            return False
        self._worker.put(("due", None))
        return True

    def shutdown(self, timeout: float = 5.0) -> None:
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._worker.stop(timeout)

    # -- worker thread ------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        log.error("sweep failed", exc_info=exc)
        self._emit(self.sweep_failed, exc)

    def _run(self, db, what: str, ids: list[int] | None) -> None:
        if what == "due":
            ids = scheduler.due_channels(db, self.clock.now())
        else:
            listening = [
                c.id
                for c in channel_store.list_channels(db)
                if c.enabled and c.kind != ChannelKind.MANUAL
            ]
            ids = listening if ids is None else [i for i in ids if i in listening]
        if not ids:
            if what == "now":
                self._emit(self.sweep_started, 0)
                self._emit(self.sweep_finished, [])
            return
        self._emit(self.sweep_started, len(ids))
        secrets = self._secrets_or_none()  # no keyring: every login channel says "needs login"
        summaries = []
        with self._session() as session:

            def build(_db, channel):
                return factory.build_adapter(channel, session, secrets)

            for cid in ids:
                if self._closed:
                    break
                summary = scheduler.sweep_channel(
                    db,
                    cid,
                    build_adapter=build,
                    clock=self.clock,
                    page_budget=self.page_budget,
                    on_progress=lambda p: self._emit(self.progress, p),
                )
                if summary is not None:
                    summaries.append(summary)
                    self._emit(self.channel_swept, summary)
        self._emit(self.sweep_finished, summaries)


# --- the window's listening side -------------------------------------------------------------


def status_words(status, now: float | None = None) -> str:
    """A channel's status in a few plain words for the navigation."""
    if status is None or (status.last_sweep_at is None and status.status in ("", "ok", None)):
        return QCoreApplication.translate("ListeningUi", "not swept yet")
    s = status.status
    if s == sweep_mod.OK:
        return QCoreApplication.translate("ListeningUi", "ok")
    if s == sweep_mod.NEEDS_LOGIN:
        # the line is narrow: the tooltip and the status detail say why
        return QCoreApplication.translate("ListeningUi", "paused until you log in again")
    if s == sweep_mod.RATE_LIMITED:
        if status.retry_at:
            return QCoreApplication.translate("ListeningUi", "rate limited until {time}").format(
                time=time.strftime("%H:%M", time.localtime(status.retry_at))
            )
        return QCoreApplication.translate("ListeningUi", "rate limited")
    if s == sweep_mod.OFFLINE:
        return QCoreApplication.translate("ListeningUi", "offline")
    if s == sweep_mod.BAD_PAYLOAD:
        skipped = status.detail.params.get("skipped") if status.detail else None
        if skipped:
            return QCoreApplication.translate("ListeningUi", "{n} items skipped").format(
                n=int(skipped)
            )
        return QCoreApplication.translate("ListeningUi", "unreadable answer")
    if s == sweep_mod.ERROR:
        return QCoreApplication.translate("ListeningUi", "server error")
    return s


def mastery_words(fig) -> str:
    share = fig.handled_share
    parts = []
    parts.append(
        QCoreApplication.translate("ListeningUi", "answered {share}%").format(
            share=round(share * 100)
        )
        if share is not None
        else QCoreApplication.translate("ListeningUi", "nothing to answer yet")
    )
    if fig.median_response_hours is not None:
        parts.append(
            QCoreApplication.translate("ListeningUi", "median {hours} h").format(
                hours=f"{fig.median_response_hours:.1f}"
            )
        )
    if fig.overdue:
        parts.append(
            QCoreApplication.translate("ListeningUi", "{n} over 48 h").format(n=fig.overdue)
        )
    return " \u00b7 ".join(parts)


STATUS_COLOURS = {
    "ok": "#1e7b34",
    "needs_login": "#b42318",
    "error": "#b42318",
    "rate_limited": "#b54708",
    "offline": "#b54708",
    "bad_payload": "#b54708",
}


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


class ListeningUi(QObject):
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

    def _channel_dialog(self, **which: Any):
        """A channel dialog (add one: ``kind``; log in again: ``relogin``) on this window's
        secrets, sessions and clock."""
        from cmstation.ui.listening.channel_dialog import ChannelDialog

        return ChannelDialog(
            self.window.tasks,
            open_secrets=self.open_secrets,
            new_session=self.controller.session_factory,
            clock=self.clock,
            parent=self.window,
            **which,
        )

    def _open_dialog(self, dlg):
        """Open ``dlg`` (deleted when closed) and say so through ``dialog_opened``."""
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog_opened.emit(dlg)
        dlg.open()
        return dlg

    def open_channel_dialog(self, kind: ChannelKind | None = None):
        dlg = self._channel_dialog(kind=kind)
        dlg.channel_added.connect(self._channel_added)
        return self._open_dialog(dlg)

    def _channel_added(self, cid: int) -> None:
        if self._gone():
            return
        self.window.reload_navigation()
        self.controller.sweep_now([cid])

    def open_manual_item(self, *, dropped: str = ""):
        from cmstation.channels.manual import split_drop
        from cmstation.ui.listening.manual_item_dialog import ManualItemDialog

        text, link = split_drop(dropped) if dropped else ("", "")
        manual = [
            c for c in channel_store.list_channels(self.window._db) if c.kind == ChannelKind.MANUAL
        ]
        dlg = ManualItemDialog(
            self.window.tasks, manual, text=text, link=link, clock=self.clock, parent=self.window
        )
        dlg.item_added.connect(self._manual_added)
        dlg.setup_requested.connect(lambda: self.open_channel_dialog(ChannelKind.MANUAL))
        return self._open_dialog(dlg)

    def _manual_added(self, _mid: int, new: bool) -> None:
        if self._gone():
            return
        self._note(
            self.tr("Added to the inbox.")
            if new
            else self.tr("That item was already in the inbox.")
        )
        self._refresh_inbox()

    def _channel(self, cid: int):
        return next((c for c in self.window._channels if c.id == cid), None)

    def _nav_menu(self, pos) -> None:
        item = self.window.nav.itemAt(pos)
        while item is not None and item.data(0, NAV_KEY) is None and item.parent() is not None:
            item = item.parent()  # a status line: its channel
        key = item.data(0, NAV_KEY) if item is not None else None
        if not key or key[0] != "channel":
            return
        ch = self._channel(key[1])
        if ch is None:
            return
        menu = QMenu(self.window.nav)
        needs_login = self.needs_login(ch.id)
        if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY) and needs_login:
            relogin = menu.addAction(self.tr("Log in again\u2026"))  # what it needs: first
            relogin.setEnabled(not self.controller.disabled)
            relogin.triggered.connect(lambda: self.open_relogin(ch.id))
            menu.setDefaultAction(relogin)
        if ch.kind != ChannelKind.MANUAL:
            sweep = menu.addAction(self.tr("Sweep this channel now"))
            sweep.setEnabled(not self.controller.disabled and ch.enabled)
            if not ch.enabled:
                sweep.setToolTip(self.tr("Listening is paused (see Channel settings)."))
            sweep.triggered.connect(lambda: self._sweep_channel(ch.id))
        if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY) and not needs_login:
            relogin = menu.addAction(self.tr("Log in again\u2026"))
            relogin.setEnabled(not self.controller.disabled)
            relogin.triggered.connect(lambda: self.open_relogin(ch.id))
        settings = menu.addAction(self.tr("Channel settings\u2026"))
        settings.triggered.connect(lambda: self.open_channel_settings(ch.id))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove channel\u2026"))
        remove.triggered.connect(lambda: self.remove_channel(ch.id))
        self.context_menu = menu
        menu.popup(self.window.nav.viewport().mapToGlobal(pos))

    def _sweep_channel(self, cid: int) -> None:
        if self.controller.standby:
            self._note(self.controller.standby)
        else:
            self.controller.sweep_now([cid])

    def needs_login(self, cid: int) -> bool:
        """The channel's last known status (from the navigation) is "needs login"."""
        return self._raw_status.get(cid) == sweep_mod.NEEDS_LOGIN

    def open_channel_settings(self, cid: int):
        """Name, sweep interval and "Pause listening" of a channel."""
        from cmstation.ui.listening.channel_settings_dialog import ChannelSettingsDialog

        ch = self._channel(cid)
        if ch is None:
            return None
        dlg = ChannelSettingsDialog(self.window.tasks, ch, parent=self.window)
        dlg.saved.connect(self._settings_saved)
        return self._open_dialog(dlg)

    def _settings_saved(self, ch) -> None:
        if self._gone():
            return
        self._note(self.tr("Saved the settings of {name}.").format(name=ch.name))
        self.window.reload_navigation()  # the name; the status line follows (paused)
        if self.controller.timer.isActive():  # listening runs: a resumed or shorter
            self.controller.sweep_due()  # interval counts at once, not at the next tick

    def open_relogin(self, cid: int):
        """Log in again to a channel whose login expired or was revoked ("needs login")."""
        ch = self._channel(cid)
        if ch is None:
            return None
        dlg = self._channel_dialog(relogin=ch)
        dlg.relogged_in.connect(lambda c: self.controller.sweep_now([c]))
        dlg.relogged_in.connect(lambda _c: self.refresh_statuses())
        return self._open_dialog(dlg)

    def remove_channel(self, cid: int, *, confirm: bool = True) -> None:
        """Remove a channel with its messages and its login (after asking)."""
        from cmstation.listening import channel_setup

        ch = self._channel(cid)
        if ch is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Remove {name}?").format(name=ch.name),
                self.tr(
                    "This removes {name}, the messages it brought in and its login. "
                    "It cannot be undone."
                ).format(name=ch.name),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        opener = self.open_secrets or _default_open_secrets
        clock = self.clock

        def work(db):
            secrets = None
            if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY):
                try:
                    secrets = opener(True)
                except CmstationError:
                    secrets = None  # no keyring: there is no stored login to remove
            return channel_setup.remove_channel(db, cid, secrets, clock=clock)

        def done(_removed):
            if self._gone():
                return
            self._note(self.tr("Removed {name}.").format(name=ch.name))
            self.window.reload_navigation()
            self.channel_removed.emit(cid)

        self.window.tasks.run(work, done)

    def show_gate(self):
        from cmstation.listening.channel_setup import check_gate
        from cmstation.ui.listening.mastery_gate_dialog import MasteryGateDialog

        now = self.clock.now()

        def done(report):
            dlg = MasteryGateDialog(report, self.window)
            self._open_dialog(dlg)

        self.window.tasks.run(lambda db: check_gate(db, now=now), done)

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
        if urgent:
            names = {c.id: c.name for c in self.window._channels}
            where = sorted({names.get(s.channel_id, "?") for s in summaries if s.urgent_ids})
            self.notifier.notify_complaints(urgent, where)

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
        if self._figures_running:
            self._figures_again = True
            return
        from cmstation.insights.mastery import mastery
        from cmstation.storage import sweeps
        from cmstation.ui.listening.channel_dialog import BackgroundCall

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
                words, status = status_words(st), (st.status if st else "")
                if st is not None and st.last_sweep_at is None and status == "ok":
                    status = ""
                if st is not None and st.notes and status == "ok":
                    words = QCoreApplication.translate(
                        "ListeningUi", "{status} \u00b7 see the note"
                    ).format(status=words)
            self.statuses[ch.id] = words
            figures = mastery_words(fig) if fig is not None else "\u2026"
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
            status_item.setForeground(0, QBrush(QColor(STATUS_COLOURS.get(status, "#6b7280"))))
            figures_item.setText(0, figures)
            figures_item.setForeground(0, QBrush(QColor("#6b7280")))
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
        if not self.window.isVisible():
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


__all__ = ["ListeningUi", "SweepController", "attach_listening", "status_words"]
