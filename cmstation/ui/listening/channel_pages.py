"""The channel dialog's pages: choosing a kind, the form of each network, the common
fields, the keyring question and the done page (a part of ChannelDialog, in its
translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import ChannelKind
from cmstation.listening import adapters as factory
from cmstation.listening import channel_setup


class ChannelPagesMixin:
    """Pages for ChannelDialog (see the module docstring)."""

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
        lay.addWidget(
            self._hint(QCoreApplication.translate("ChannelDialog", "Reading your channels\u2026"))
        )
        lay.addStretch(1)
        return page

    def _kind_page(self) -> QWidget:
        page, lay = self._page()
        lay.addWidget(
            self._hint(
                QCoreApplication.translate(
                    "ChannelDialog", "Where do people talk about you? Pick one network."
                )
            )
        )
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ChannelKind, QRadioButton] = {}
        options = (
            (
                ChannelKind.MASTODON,
                QCoreApplication.translate("ChannelDialog", "Mastodon"),
                QCoreApplication.translate(
                    "ChannelDialog",
                    "Mentions, replies and hashtags of your account; you log in once.",
                ),
            ),
            (
                ChannelKind.BLUESKY,
                QCoreApplication.translate("ChannelDialog", "Bluesky"),
                QCoreApplication.translate(
                    "ChannelDialog",
                    "Mentions, replies and quotes; you log in with an app password.",
                ),
            ),
            (
                ChannelKind.FEED,
                QCoreApplication.translate("ChannelDialog", "A feed (RSS or Atom)"),
                QCoreApplication.translate(
                    "ChannelDialog", "A blog, a forum or a news alert. cmstation only listens here."
                ),
            ),
            (
                ChannelKind.MANUAL,
                QCoreApplication.translate("ChannelDialog", "By hand"),
                QCoreApplication.translate(
                    "ChannelDialog",
                    "For LinkedIn, Instagram, X, Facebook or e-mail: paste or drop what you "
                    "find and answer it from cmstation's inbox.",
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
            QCoreApplication.translate(
                "ChannelDialog",
                "Type your Mastodon server. cmstation registers itself there and opens "
                "the login page in your browser. Log in, allow cmstation, and paste the "
                "code the page shows.",
            )
        )
        form = QFormLayout()
        self.instance_edit = QLineEdit()
        self.instance_edit.setObjectName("instance")
        self.instance_edit.setPlaceholderText("mastodon.social")
        self.instance_edit.textChanged.connect(self._instance_changed)
        form.addRow(
            QCoreApplication.translate("ChannelDialog", "1. Your server"), self.instance_edit
        )
        self.open_login_button = QPushButton(
            QCoreApplication.translate("ChannelDialog", "Open the login page")
        )
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
        self.code_edit = self._line_edit(
            "code", QCoreApplication.translate("ChannelDialog", "Paste the code from the browser")
        )
        self.code_edit.setEnabled(False)
        form.addRow(QCoreApplication.translate("ChannelDialog", "2. The code"), self.code_edit)
        lay.addLayout(form)
        return page

    def _bluesky_form(self) -> QWidget:
        page, lay = self._page(
            QCoreApplication.translate(
                "ChannelDialog",
                "Use an app password, not your main password. Create one in Bluesky "
                "under Settings \u203a Privacy and security \u203a App passwords; you can "
                "revoke it there at any time.",
            )
        )
        form = QFormLayout()
        self.handle_edit = self._line_edit("handle", "fietsen.bsky.social")
        form.addRow(QCoreApplication.translate("ChannelDialog", "Handle"), self.handle_edit)
        self.app_password_edit = self._line_edit("appPassword", "xxxx-xxxx-xxxx-xxxx", secret=True)
        form.addRow(
            QCoreApplication.translate("ChannelDialog", "App password"), self.app_password_edit
        )
        self.pds_edit = QLineEdit(factory.DEFAULT_PDS)
        self.pds_edit.setObjectName("pds")
        self.pds_edit.setToolTip(
            QCoreApplication.translate(
                "ChannelDialog", "Change this only when your account lives on another server."
            )
        )
        form.addRow(QCoreApplication.translate("ChannelDialog", "Server"), self.pds_edit)
        lay.addLayout(form)
        return page

    def _feed_form(self) -> QWidget:
        page, lay = self._page(
            QCoreApplication.translate(
                "ChannelDialog",
                "Paste the address of an RSS or Atom feed. cmstation fetches it once now "
                "to check that it is a feed.",
            )
        )
        form = QFormLayout()
        self.feed_edit = self._line_edit("feedUrl", "https://forum.example.nl/feed.xml")
        form.addRow(QCoreApplication.translate("ChannelDialog", "Feed address"), self.feed_edit)
        lay.addLayout(form)
        return page

    def _manual_form(self) -> QWidget:
        page, lay = self._page(
            QCoreApplication.translate(
                "ChannelDialog",
                "Nothing to log in to. Add items with Ctrl+Shift+N or by dropping a link "
                "or text onto the window; answer them in the network itself and mark "
                "them answered here.",
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
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("ChannelDialog", "Optional: the name in the navigation")
        )
        form.addRow(QCoreApplication.translate("ChannelDialog", "Name"), self.name_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(channel_setup.MIN_SWEEP_MINUTES, channel_setup.MAX_SWEEP_MINUTES)
        self.minutes_spin.setValue(15)
        self.minutes_spin.setSuffix(QCoreApplication.translate("ChannelDialog", " min"))
        self.minutes_label = QLabel(QCoreApplication.translate("ChannelDialog", "Listen every"))
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
        self.session_only_button = QPushButton(
            QCoreApplication.translate("ChannelDialog", "Keep it for this session only")
        )
        self.session_only_button.clicked.connect(self._accept_session_only)
        row.addWidget(self.session_only_button)
        lay.addLayout(row)
        box.hide()
        return box
