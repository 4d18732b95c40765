"""Setting up a channel: Mastodon, Bluesky, a feed or manual capture.

The steps themselves are Qt-free (:mod:`cmstation.listening.channel_flows`, shared with
``cmstation channel add``); this dialog collects the input, runs every network and keyring
call off the GUI thread (:class:`BackgroundCall`) with a busy indicator, stores through the
window's :class:`~cmstation.ui.common.tasks.TaskManager`, and explains trouble in plain words.

When a channel exists the first page is the mastery gate
(:class:`~cmstation.ui.listening.mastery_gate_dialog.MasteryGatePanel`); at the cap it only explains.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmstation.channels import factory
from cmstation.core.clock import Clock, SystemClock
from cmstation.core.errors import CmstationError
from cmstation.core.models import ChannelKind
from cmstation.listening import channel_flows, channel_setup
from cmstation.ui.listening.mastery_gate_dialog import MasteryGatePanel, render

log = logging.getLogger(__name__)

#: ``open_secrets(allow_session_only) -> SecretStore``; raises NoSecureBackend.
OpenSecrets = Callable[[bool], Any]

STYLE = """
QLabel#dialogTitle { font-size: 14pt; font-weight: bold; }
QLabel#hint { color: #4b5563; }
QLabel#error { color: #b42318; background: #fef3f2; border: 1px solid #fecdca;
               border-radius: 4px; padding: 6px; }
QWidget#keyringBox { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }
QRadioButton { font-weight: bold; }
QLabel#kindHint { color: #4b5563; margin-left: 24px; margin-bottom: 6px; }
"""


def default_open_secrets(allow_session_only: bool) -> Any:
    from cmstation.secrets import open_secret_store

    return open_secret_store(allow_session_only=allow_session_only)


class BackgroundCall(QObject):
    """Run ``fn()`` on a short-lived thread; ``on_done``/``on_error`` on the GUI thread."""

    _finished = Signal(object, object)

    def __init__(self, fn, on_done, on_error, parent: QObject) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, args=(fn,), daemon=True)
        self._thread.start()

    def _run(self, fn) -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the dialog is gone
            self._finished.emit(result, error)

    def _deliver(self, result, error) -> None:
        try:
            if error is not None:
                self._on_error(error)
            else:
                self._on_done(result)
        finally:
            self.deleteLater()


def describe_error(exc: BaseException) -> str:
    """Plain words for the user (never a traceback)."""
    from PySide6.QtCore import QCoreApplication

    text = getattr(exc, "text", None)
    if text is not None and hasattr(text, "render"):
        return text.render(QCoreApplication.translate)
    if type(exc).__name__ == "NoSecureBackend":
        return QCoreApplication.translate("secrets", str(exc))
    if isinstance(exc, CmstationError) and str(exc):
        return str(exc)
    log.error("unexpected error during channel set-up: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "ChannelDialog", "Something unexpected went wrong ({kind}). Nothing was added."
    ).format(kind=type(exc).__name__)


class ChannelDialog(QDialog):
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
        self.setStyleSheet(STYLE)
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

    def _page(self, hint: str = "") -> tuple[QWidget, QVBoxLayout]:
        """A page of the wizard: no margins, the house spacing, a hint on top if given."""
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        if hint:
            lay.addWidget(self._hint(hint))
        return page, lay

    def _line_edit(self, name: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
        """A field that re-checks the dialog's buttons as the user types."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(lambda _t: self._update_buttons())
        return edit

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _align_form_labels(self) -> None:
        """One label column for the network's fields and the common ones below them."""
        labels = []
        for form in self.findChildren(QFormLayout):
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(8)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    labels.append(item.widget())
        width = max((lbl.sizeHint().width() for lbl in labels), default=0)
        for lbl in labels:
            lbl.setMinimumWidth(width)

    def _loading_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self._hint(self.tr("Reading your channels\u2026")))
        lay.addStretch(1)
        return page

    def _kind_page(self) -> QWidget:
        page, lay = self._page()
        lay.addWidget(self._hint(self.tr("Where do people talk about you? Pick one network.")))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ChannelKind, QRadioButton] = {}
        options = (
            (
                ChannelKind.MASTODON,
                self.tr("Mastodon"),
                self.tr("Mentions, replies and hashtags of your account; you log in once."),
            ),
            (
                ChannelKind.BLUESKY,
                self.tr("Bluesky"),
                self.tr("Mentions, replies and quotes; you log in with an app password."),
            ),
            (
                ChannelKind.FEED,
                self.tr("A feed (RSS or Atom)"),
                self.tr("A blog, a forum or a news alert. cmstation only listens here."),
            ),
            (
                ChannelKind.MANUAL,
                self.tr("By hand"),
                self.tr(
                    "For LinkedIn, Instagram, X, Facebook or e-mail: paste or drop what you "
                    "find and answer it from cmstation's inbox."
                ),
            ),
        )
        for i, (kind, label, hint) in enumerate(options):
            button = QRadioButton(label)
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            lay.addWidget(button)
            h = self._hint(hint)
            h.setObjectName("kindHint")
            lay.addWidget(h)
        self.kind_buttons[ChannelKind.MASTODON].setChecked(True)
        self.kind_group.idToggled.connect(lambda _i, _c: self._update_buttons())
        lay.addStretch(1)
        return page

    def _mastodon_form(self) -> QWidget:
        page, lay = self._page(
            self.tr(
                "Type your Mastodon server. cmstation registers itself there and opens "
                "the login page in your browser. Log in, allow cmstation, and paste the "
                "code the page shows."
            )
        )
        form = QFormLayout()
        self.instance_edit = QLineEdit()
        self.instance_edit.setObjectName("instance")
        self.instance_edit.setPlaceholderText("mastodon.social")
        self.instance_edit.textChanged.connect(self._instance_changed)
        form.addRow(self.tr("1. Your server"), self.instance_edit)
        self.open_login_button = QPushButton(self.tr("Open the login page"))
        self.open_login_button.clicked.connect(self._mastodon_begin)
        row = QHBoxLayout()
        row.addWidget(self.open_login_button)
        row.addStretch(1)
        form.addRow("", row)
        self.authorize_label = QLabel()
        self.authorize_label.setObjectName("hint")
        self.authorize_label.setWordWrap(True)
        self.authorize_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.authorize_label.hide()
        form.addRow("", self.authorize_label)
        self.code_edit = self._line_edit("code", self.tr("Paste the code from the browser"))
        self.code_edit.setEnabled(False)
        form.addRow(self.tr("2. The code"), self.code_edit)
        lay.addLayout(form)
        return page

    def _bluesky_form(self) -> QWidget:
        page, lay = self._page(
            self.tr(
                "Use an app password, not your main password. Create one in Bluesky "
                "under Settings \u203a Privacy and security \u203a App passwords; you can "
                "revoke it there at any time."
            )
        )
        form = QFormLayout()
        self.handle_edit = self._line_edit("handle", "fietsen.bsky.social")
        form.addRow(self.tr("Handle"), self.handle_edit)
        self.app_password_edit = self._line_edit("appPassword", "xxxx-xxxx-xxxx-xxxx", secret=True)
        form.addRow(self.tr("App password"), self.app_password_edit)
        self.pds_edit = QLineEdit(factory.DEFAULT_PDS)
        self.pds_edit.setObjectName("pds")
        self.pds_edit.setToolTip(
            self.tr("Change this only when your account lives on another server.")
        )
        form.addRow(self.tr("Server"), self.pds_edit)
        lay.addLayout(form)
        return page

    def _feed_form(self) -> QWidget:
        page, lay = self._page(
            self.tr(
                "Paste the address of an RSS or Atom feed. cmstation fetches it once now "
                "to check that it is a feed."
            )
        )
        form = QFormLayout()
        self.feed_edit = self._line_edit("feedUrl", "https://forum.example.nl/feed.xml")
        form.addRow(self.tr("Feed address"), self.feed_edit)
        lay.addLayout(form)
        return page

    def _manual_form(self) -> QWidget:
        page, lay = self._page(
            self.tr(
                "Nothing to log in to. Add items with Ctrl+Shift+N or by dropping a link "
                "or text onto the window; answer them in the network itself and mark "
                "them answered here."
            )
        )
        return page

    def _common_fields(self) -> QWidget:
        box = QWidget()
        self.common_box = box
        form = QFormLayout(box)
        form.setContentsMargins(0, 8, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("channelName")
        self.name_edit.setPlaceholderText(self.tr("Optional: the name in the navigation"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(channel_setup.MIN_SWEEP_MINUTES, channel_setup.MAX_SWEEP_MINUTES)
        self.minutes_spin.setValue(15)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_label = QLabel(self.tr("Listen every"))
        form.addRow(self.minutes_label, self.minutes_spin)
        return box

    def _done_page(self) -> QWidget:
        page, lay = self._page()
        self.done_label = QLabel()
        self.done_label.setObjectName("doneText")
        self.done_label.setWordWrap(True)
        lay.addWidget(self.done_label)
        lay.addStretch(1)
        return page

    def _keyring_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("keyringBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QVBoxLayout(box)
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        lay.addWidget(self.keyring_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.session_only_button = QPushButton(self.tr("Keep it for this session only"))
        self.session_only_button.clicked.connect(self._accept_session_only)
        row.addWidget(self.session_only_button)
        lay.addLayout(row)
        box.hide()
        return box

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

    def _instance_changed(self, _text: str) -> None:
        self._mastodon_login = None
        self.code_edit.setEnabled(False)
        self.authorize_label.hide()
        self._update_buttons()

    def _mastodon_begin(self) -> None:
        instance = self.instance_edit.text().strip()
        if not instance:
            return

        def opened(login: channel_flows.MastodonLogin) -> None:
            self._mastodon_login = login
            QDesktopServices.openUrl(QUrl(login.authorize_url))
            self.authorize_label.setText(
                self.tr(
                    "The login page is open in your browser. If it did not open, copy this "
                    "address into the browser:\n{url}"
                ).format(url=login.authorize_url)
            )
            self.authorize_label.show()
            self.code_edit.setEnabled(True)
            self.code_edit.setFocus()
            self._update_buttons()
            self.step_finished.emit()

        session = self._http()
        self._with_secrets(
            lambda: self._background(
                self.tr("Registering cmstation with {server}\u2026").format(server=instance),
                lambda: channel_flows.begin_mastodon(session, instance),
                opened,
            )
        )

    def _mastodon_finish(self) -> None:
        login = self._mastodon_login
        code = self.code_edit.text().strip()
        if login is None or not code:
            return
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._with_secrets(
            lambda: self._background(
                self.tr("Checking the code\u2026"),
                lambda: channel_flows.finish_mastodon(
                    session, login, code, name=name, sweep_minutes=minutes
                ),
                self._store,
            )
        )

    def _bluesky_connect(self) -> None:
        handle = self.handle_edit.text().strip()
        password = self.app_password_edit.text()
        pds = self.pds_edit.text().strip() or factory.DEFAULT_PDS
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._with_secrets(
            lambda: self._background(
                self.tr("Logging in to {server}\u2026").format(server=pds),
                lambda: channel_flows.login_bluesky(
                    session, pds, handle, password, name=name, sweep_minutes=minutes
                ),
                self._bluesky_done,
            )
        )

    def _bluesky_done(self, prepared) -> None:
        self.app_password_edit.clear()  # only the session tokens are kept (in the keyring)
        self._store(prepared)

    def _feed_add(self) -> None:
        url = self.feed_edit.text().strip()
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._background(
            self.tr("Fetching the feed\u2026"),
            lambda: channel_flows.prepare_feed(session, url, name=name, sweep_minutes=minutes),
            self._store,
        )

    def _manual_add(self) -> None:
        self._store(channel_flows.prepare_manual(name=self.name_edit.text()))

    def _store(self, prepared: channel_flows.PreparedChannel) -> None:
        if self.relogin is not None:
            self._store_relogin(prepared)
            return
        secrets = self._secrets if prepared.needs_secret else None
        reason = self.gate.override_reason
        clock = self._clock

        def work(db):
            return channel_flows.store_prepared(
                db, prepared, secrets, override_reason=reason, clock=clock
            )

        def done(cid: int) -> None:
            self._set_busy("")
            self.added_id = cid
            ch = prepared.channel
            text = self.tr("{name} is set up. cmstation listens to it from now on.").format(
                name=ch.name
            )
            if ch.kind == ChannelKind.MANUAL:
                text = self.tr(
                    "{name} is set up. Add items with Ctrl+Shift+N or drop them onto the window."
                ).format(name=ch.name)
            if secrets is not None and not getattr(secrets, "persistent", True):
                text += "\n\n" + self.tr(
                    "The login is kept for this session only: you will be asked to log in "
                    "again after cmstation restarts."
                )
            self.done_label.setText(text)
            self._go(self.PAGE_DONE)
            self.channel_added.emit(cid)
            self.step_finished.emit()

        self._set_busy(self.tr("Saving\u2026"))
        self._tasks.run(work, done, self._show_error)

    def _store_relogin(self, prepared: channel_flows.PreparedChannel) -> None:
        cid, secrets = self.relogin.id, self._secrets

        def done(_r) -> None:
            self._set_busy("")
            self.added_id = cid
            self.done_label.setText(
                self.tr("Logged in again. Listening on {name} resumes now.").format(
                    name=self.relogin.name
                )
            )
            self._go(self.PAGE_DONE)
            self.relogged_in.emit(cid)
            self.step_finished.emit()

        self._set_busy(self.tr("Saving\u2026"))
        self._tasks.run(
            lambda db: channel_flows.store_relogin(db, cid, prepared, secrets),
            done,
            self._show_error,
        )

    def reject(self) -> None:
        if self.added_id is not None:
            self.accept()
        else:
            super().reject()

    def result_text(self) -> str:
        return self.done_label.text()

    def gate_text(self) -> str:
        return render(self.gate.verdict.text())
