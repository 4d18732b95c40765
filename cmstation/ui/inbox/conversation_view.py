"""The conversation pane: the selected message with its thread.

Remote text is shown as plain text only (QLabel in PlainText mode): no remote HTML, no
images, no links that load anything by themselves. "Open in browser" is a button that
hands an http(s) URL to the desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import (
    PRIVATE_KINDS,
    Message,
    MessageKind,
    MessageState,
    Priority,
    Sentiment,
)


def _plain_label(text: str, *, selectable: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def safe_url(url: str) -> QUrl | None:
    """Only web links leave the app."""
    q = QUrl(url or "")
    if q.isValid() and q.scheme() in ("http", "https") and q.host():
        return q
    return None


class MessageCard(QFrame):
    """One message of the thread."""

    open_requested = Signal(QUrl)

    def __init__(
        self,
        m: Message,
        *,
        selected: bool,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = m
        self.setObjectName("messageCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("selected", selected)
        self.setProperty("own", m.is_own)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(6)

        who = m.author_name or m.author_handle
        if m.is_own:  # a reply posted by hand has no author of its own: it is you
            who = self.tr("You ({name})").format(name=who) if who else self.tr("You")
        elif not who:
            who = self.tr("(unknown)")
        name = _plain_label(who)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        lay.addWidget(name)
        when = QDateTime.fromSecsSinceEpoch(int(m.created_at))
        details = [m.author_handle] if m.author_handle and m.author_handle != who else []
        details.append(m.channel_name)
        details.append(QLocale().toString(when, QLocale.FormatType.ShortFormat))
        meta = _plain_label(" \u00b7 ".join(d for d in details if d))
        meta.setObjectName("muted")
        lay.addWidget(meta)

        body = _plain_label(m.text, selectable=True)
        body.setObjectName("messageBody")
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay.addWidget(body)

        tags = _plain_label(self._tags(m))
        tags.setObjectName("muted")
        lay.addWidget(tags)
        self.notes = list(notes or [])
        if self.notes:  # what we did: "you liked this", "you muted @x"
            done = _plain_label(" \u00b7 ".join(self.notes))
            done.setObjectName("actionNotes")
            lay.addWidget(done)
        url = safe_url(m.url)
        if url is not None:
            button = QPushButton(self.tr("Open in browser"))
            button.setObjectName("linkButton")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(url.toString())
            button.clicked.connect(lambda: self.open_requested.emit(url))
            lay.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _tags(self, m: Message) -> str:
        parts = []
        if m.kind in PRIVATE_KINDS:
            parts.append(self.tr("private message"))
        elif m.kind == MessageKind.QUOTE:
            parts.append(self.tr("quoted you"))
        elif m.kind == MessageKind.OWN_POST:
            parts.append(self.tr("your post"))
        if m.priority >= Priority.COMPLAINT:
            parts.append(self.tr("complaint"))
        elif m.priority >= Priority.QUESTION:
            parts.append(self.tr("question"))
        parts.append(
            {
                Sentiment.NEGATIVE: self.tr("negative"),
                Sentiment.NEUTRAL: self.tr("neutral"),
                Sentiment.POSITIVE: self.tr("positive"),
            }[m.sentiment]
        )
        parts.append(state_label(m.state))
        if m.lang:
            parts.append(m.lang)
        return " \u00b7 ".join(parts)


def state_label(state: MessageState) -> str:
    return {
        MessageState.NEW: QCoreApplication.translate("State", "new"),
        MessageState.NEEDS_REPLY: QCoreApplication.translate("State", "needs reply"),
        MessageState.REPLIED: QCoreApplication.translate("State", "replied"),
        MessageState.DONE: QCoreApplication.translate("State", "done"),
        MessageState.IGNORED: QCoreApplication.translate("State", "ignored"),
        MessageState.SPAM: QCoreApplication.translate("State", "spam"),
    }[state]


class ConversationView(QScrollArea):
    """Shows a thread; empty state when nothing is selected."""

    # a card's "Open in browser" was pressed (the window hands it to the desktop)
    open_url_requested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message_id: int | None = None
        self.cards: list[MessageCard] = []
        self.show_empty()

    def _reset(self) -> QVBoxLayout:
        inner = QWidget()
        inner.setObjectName("conversationInner")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(10)
        self.setWidget(inner)  # deletes the previous widget
        self.cards = []
        return lay

    def show_empty(self, text: str | None = None) -> None:
        self.message_id = None
        lay = self._reset()
        lay.addStretch(1)
        label = _plain_label(
            text
            or self.tr(
                "Select a message to read it with its conversation.\n"
                "j/k move, e marks done, i ignores, / searches, Ctrl+Z undoes."
            )
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("emptyState")
        lay.addWidget(label)
        lay.addStretch(2)

    def show_thread(
        self, message_id: int, thread: list[Message], notes: dict[int, list[str]] | None = None
    ) -> None:
        """``notes``: per message id, what we did to it (reactions, moderation)."""
        if not thread:
            self.show_empty(self.tr("This message is no longer in the workspace."))
            return
        self.message_id = message_id
        lay = self._reset()
        ids = [m.id for m in thread]
        pos = ids.index(message_id) if message_id in ids else 0
        if pos > 0:
            lay.addWidget(self._section(self.tr("In reply to")))
        selected_card = None
        for i, m in enumerate(thread):
            if i == pos + 1:
                lay.addWidget(self._section(self.tr("Replies")))
            card = MessageCard(m, selected=(m.id == message_id), notes=(notes or {}).get(m.id))
            card.open_requested.connect(self.open_url_requested)
            if m.id == message_id:
                selected_card = card
            self.cards.append(card)
            lay.addWidget(card)
        if len(thread) == 1:
            lay.addWidget(
                self._section(self.tr("No earlier messages or replies in this conversation."))
            )
        lay.addStretch(1)
        if selected_card is not None and pos > 0:
            self.ensureWidgetVisible(selected_card)

    def _section(self, text: str) -> QLabel:
        label = _plain_label(text, wrap=False)
        label.setObjectName("section")
        return label
