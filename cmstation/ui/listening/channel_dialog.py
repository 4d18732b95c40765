"""Setting up a channel: Mastodon, Bluesky, a feed or manual capture.

The steps themselves are Qt-free (:mod:`cmstation.listening.channel_flows`, shared with
``cmstation channel add``); this dialog collects the input, runs every network and keyring
call off the GUI thread (:class:`BackgroundCall`) with a busy indicator, stores through the
window's :class:`~cmstation.ui.common.tasks.TaskManager`, and explains trouble in plain words.

When a channel exists the first page is the mastery gate
(:class:`~cmstation.ui.listening.mastery_gate_dialog.MasteryGatePanel`); at the cap it only explains.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.clock import Clock, SystemClock
from cmstation.core.models import ChannelKind
from cmstation.listening import adapters as factory
from cmstation.listening import channel_flows, channel_setup
from cmstation.ui.common.background_call import BackgroundCall
from cmstation.ui.common.theme import apply_style
from cmstation.ui.listening.channel_networks import ChannelNetworksMixin
from cmstation.ui.listening.channel_pages import ChannelPagesMixin
from cmstation.ui.listening.channel_support import default_open_secrets, describe_error
from cmstation.ui.listening.mastery_gate_dialog import MasteryGatePanel, render

log = logging.getLogger(__name__)

#: ``open_secrets(allow_session_only) -> SecretStore``; raises NoSecureBackend.
OpenSecrets = Callable[[bool], Any]

STYLE = """
QLabel#dialogTitle { font-size: 14pt; font-weight: bold; }
QLabel#hint { color: @muted; }
QLabel#error { color: @error; background: @error_bg; border: 1px solid @error_border;
               border-radius: 4px; padding: 6px; }
QWidget#keyringBox { background: @warning_bg; border: 1px solid @warning_border;
    border-radius: 4px; }
QRadioButton { font-weight: bold; }
QLabel#kindHint { color: @muted; margin-left: 24px; margin-bottom: 6px; }
"""


class ChannelDialog(ChannelPagesMixin, ChannelNetworksMixin, QDialog):
    """The set-up wizard. Emits :attr:`channel_added` with the new channel's id."""

    channel_added = Signal(int)
    # a fresh login was stored for an existing channel (its id)
    relogged_in = Signal(int)
    # the gate figures arrived (tests wait for it)
    gate_loaded = Signal()
    # a background step finished (ok or not)
    step_finished = Signal()

    PAGE_LOADING, PAGE_GATE, PAGE_KIND, PAGE_FORM, PAGE_DONE = range(5)

    def __init__(
        self,
        tasks,
        *,
        open_secrets: OpenSecrets | None = None,
        new_session: Callable[[], Any] | None = None,
        clock: Clock | None = None,
        kind: ChannelKind | None = None,
        relogin=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("channelDialog")
        self.setWindowTitle(self.tr("Set up a channel"))
        apply_style(self, STYLE)
        self.setMinimumSize(600, 500)
        self._tasks = tasks
        self._open_secrets = open_secrets or default_open_secrets
        self._new_session = new_session or factory.new_session
        self._clock = clock or SystemClock()
        self._preselect = kind
        self._secrets: Any = None
        self._session_only = False
        self._session = None
        self._mastodon_login: channel_flows.MastodonLogin | None = None
        self._busy = False
        self.added_id: int | None = None
        #: the stored Channel to log in to again (after "needs login"), or None
        self.relogin = relogin

        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(12)
        self.title = QLabel(self.tr("Set up a channel"))
        self.title.setObjectName("dialogTitle")
        outer.addWidget(self.title)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._loading_page())
        self.gate = MasteryGatePanel()
        self.gate.changed.connect(self._update_buttons)
        self.pages.addWidget(self.gate)
        self.pages.addWidget(self._kind_page())
        self.forms = QStackedWidget()
        self.forms.addWidget(self._mastodon_form())
        self.forms.addWidget(self._bluesky_form())
        self.forms.addWidget(self._feed_form())
        self.forms.addWidget(self._manual_form())
        form_page = QWidget()
        fl = QVBoxLayout(form_page)
        fl.setContentsMargins(0, 0, 0, 0)
        self.forms.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        fl.addWidget(self.forms)
        fl.addWidget(self._common_fields())
        fl.addStretch(1)
        self.pages.addWidget(form_page)
        self.pages.addWidget(self._done_page())

        self.keyring_box = self._keyring_box()
        outer.addWidget(self.keyring_box)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        busy_row = QHBoxLayout()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("hint")
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label, 1)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()
        outer.addWidget(self.busy_row)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self._back)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.primary_button = QPushButton(self.tr("Continue"))
        self.primary_button.setObjectName("primaryButton")
        self.primary_button.setDefault(True)
        self.primary_button.clicked.connect(self._primary)
        buttons.addWidget(self.primary_button)
        outer.addLayout(buttons)

        self._align_form_labels()
        self.pages.setCurrentIndex(self.PAGE_LOADING)
        self._update_buttons()
        if relogin is not None:
            self._start_relogin(relogin)
        else:
            self._load_gate()

    # -- pages --------------------------------------------------------------------------------

    # -- navigation ---------------------------------------------------------------------------

    @property
    def kind(self) -> ChannelKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return ChannelKind.MASTODON

    def select_kind(self, kind: ChannelKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _load_gate(self) -> None:
        now = self._clock.now()

        def done(report):
            self._report = report
            self.gate.set_report(report)
            if report.existing == 0:
                self._go(self.PAGE_KIND)
            else:
                self._go(self.PAGE_GATE)
            if self._preselect is not None:
                self.select_kind(self._preselect)
            self.gate_loaded.emit()

        self._tasks.run(lambda db: channel_setup.check_gate(db, now=now), done, self._show_error)

    def _start_relogin(self, ch) -> None:
        self.select_kind(ch.kind)
        if ch.kind == ChannelKind.MASTODON:
            self.instance_edit.setText(ch.url)
        elif ch.kind == ChannelKind.BLUESKY:
            self.handle_edit.setText(ch.account)
            self.pds_edit.setText(ch.url or factory.DEFAULT_PDS)
        self._go(self.PAGE_FORM)
        self.title.setText(self.tr("Log in again to {name}").format(name=ch.name))
        self.common_box.hide()
        self.gate_loaded.emit()

    def _go(self, page: int) -> None:
        self.error_label.hide()
        self.pages.setCurrentIndex(page)
        titles = {
            self.PAGE_GATE: self.tr("Another channel?"),
            self.PAGE_KIND: self.tr("Set up a channel"),
            self.PAGE_DONE: self.tr("Done"),
        }
        if page == self.PAGE_FORM:
            names = {
                ChannelKind.MASTODON: self.tr("Connect a Mastodon account"),
                ChannelKind.BLUESKY: self.tr("Connect a Bluesky account"),
                ChannelKind.FEED: self.tr("Listen to a feed"),
                ChannelKind.MANUAL: self.tr("Add items by hand"),
            }
            self.title.setText(names[self.kind])
            order = [
                ChannelKind.MASTODON,
                ChannelKind.BLUESKY,
                ChannelKind.FEED,
                ChannelKind.MANUAL,
            ]
            self.forms.setCurrentIndex(order.index(self.kind))
            manual = self.kind == ChannelKind.MANUAL
            self.minutes_label.setVisible(not manual)
            self.minutes_spin.setVisible(not manual)
        elif page in titles:
            self.title.setText(titles[page])
        self._update_buttons()

    def _back(self) -> None:
        page = self.pages.currentIndex()
        if page == self.PAGE_FORM:
            self._go(self.PAGE_KIND)
        elif page == self.PAGE_KIND and getattr(self, "_report", None) and self._report.existing:
            self._go(self.PAGE_GATE)

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self._busy
        report = getattr(self, "_report", None)
        self.back_button.setVisible(
            self.relogin is None
            and (
                page == self.PAGE_FORM
                or (page == self.PAGE_KIND and bool(report and report.existing))
            )
        )
        self.back_button.setEnabled(not busy)
        self.cancel_button.setVisible(page != self.PAGE_DONE)
        enabled = False
        text = self.tr("Continue")
        if page == self.PAGE_GATE:
            enabled = self.gate.allows_adding
            if report is not None and not report.passed and not report.cap_reached:
                text = self.tr("Add anyway")
        elif page == self.PAGE_KIND:
            enabled = True
        elif page == self.PAGE_FORM:
            kind = self.kind
            if kind == ChannelKind.MASTODON:
                text = self.tr("Connect")
                enabled = self._mastodon_login is not None and bool(self.code_edit.text().strip())
            elif kind == ChannelKind.BLUESKY:
                text = self.tr("Connect")
                enabled = bool(self.handle_edit.text().strip() and self.app_password_edit.text())
            elif kind == ChannelKind.FEED:
                text = self.tr("Check and add")
                enabled = bool(self.feed_edit.text().strip())
            else:
                text = self.tr("Add")
                enabled = True
        elif page == self.PAGE_DONE:
            text = self.tr("Close")
            enabled = True
        if report is not None and report.cap_reached and page == self.PAGE_GATE:
            self.primary_button.hide()
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.primary_button.show()
        self.primary_button.setText(text)
        self.primary_button.setEnabled(enabled and not busy)
        self.open_login_button.setEnabled(not busy and bool(self.instance_edit.text().strip()))

    def _primary(self) -> None:
        page = self.pages.currentIndex()
        if page == self.PAGE_GATE:
            if self.gate.allows_adding:
                self._go(self.PAGE_KIND)
        elif page == self.PAGE_KIND:
            self._go(self.PAGE_FORM)
        elif page == self.PAGE_FORM:
            {
                ChannelKind.MASTODON: self._mastodon_finish,
                ChannelKind.BLUESKY: self._bluesky_connect,
                ChannelKind.FEED: self._feed_add,
                ChannelKind.MANUAL: self._manual_add,
            }[self.kind]()
        elif page == self.PAGE_DONE:
            self.accept()

    # -- busy, errors, secrets ----------------------------------------------------------------

    def _set_busy(self, text: str = "") -> None:
        self._busy = bool(text)
        self.busy_label.setText(text)
        self.busy_row.setVisible(self._busy)
        for w in (
            self.instance_edit,
            self.handle_edit,
            self.app_password_edit,
            self.pds_edit,
            self.feed_edit,
            self.name_edit,
        ):
            w.setReadOnly(self._busy)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._busy

    def _show_error(self, exc: BaseException | str) -> None:
        self._set_busy("")
        message = exc if isinstance(exc, str) else describe_error(exc)
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.step_finished.emit()

    def _background(self, busy_text: str, fn, on_done) -> None:
        self.error_label.hide()
        self._set_busy(busy_text)

        def done(result):
            self._set_busy("")
            on_done(result)

        BackgroundCall(fn, done, self._show_error, self)

    def _with_secrets(self, then: Callable[[], None]) -> None:
        """Open the secret store (off the GUI thread), asking about "this session only"."""
        if self._secrets is not None:
            then()
            return
        from cmstation.secrets import NoSecureBackend

        allow = self._session_only

        def failed(exc):
            if isinstance(exc, NoSecureBackend):
                self._set_busy("")
                self.keyring_label.setText(describe_error(exc))
                self.keyring_box.show()
                self._after_keyring = then
                self.step_finished.emit()
            else:
                self._show_error(exc)

        def done(store):
            self._set_busy("")
            self._secrets = store
            then()

        self.error_label.hide()
        self._set_busy(self.tr("Opening the keyring\u2026"))
        BackgroundCall(lambda: self._open_secrets(allow), done, failed, self)

    def _accept_session_only(self) -> None:
        self._session_only = True
        self.keyring_box.hide()
        then = getattr(self, "_after_keyring", None)
        if then is not None:
            self._with_secrets(then)

    def _http(self):
        if self._session is None:
            self._session = self._new_session()
        return self._session

    # -- the networks -------------------------------------------------------------------------

    def reject(self) -> None:
        if self.added_id is not None:
            self.accept()
        else:
            super().reject()

    def result_text(self) -> str:
        return self.done_label.text()

    def gate_text(self) -> str:
        return render(self.gate.verdict.text())
