"""The composer's text field: the findings' tooltips on hover and Ctrl+Enter to send."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from cmstation.compose import Finding
from cmstation.ui.compose.check_highlighter import CheckHighlighter
from cmstation.ui.compose.findings_panel import render_message


class ReplyEdit(QPlainTextEdit):
    """The text box: plain keys belong to the text (the window's one-key shortcuts such as
    j, k, e, i and / do not fire while typing); Ctrl+Enter asks to send; findings show
    their message as a tooltip."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyEdit")
        self.setTabChangesFocus(True)
        self.highlighter: CheckHighlighter | None = None
        #: The text the composer pre-filled (mention, sign-off on its own line) and where
        #: the reply starts in it: while the text is still exactly that, a click or Tab into
        #: the field puts the cursor there, never after the sign-off.
        self.template: str | None = None
        self.template_cursor = 0

    def set_template(self, text: str, cursor: int) -> None:
        self.template, self.template_cursor = text, cursor

    def _to_reply_start(self) -> None:
        if self.template is None or self.toPlainText() != self.template:
            return
        c = self.textCursor()
        if c.hasSelection():
            return
        c.setPosition(min(self.template_cursor, len(self.template.encode("utf-16-le")) // 2))
        self.setTextCursor(c)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(e)
        self._to_reply_start()

    def focusInEvent(self, e: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(e)
        self._to_reply_start()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            mods = (
                e.modifiers()
                & ~Qt.KeyboardModifier.ShiftModifier
                & ~Qt.KeyboardModifier.KeypadModifier
            )
            if e.text() and e.text().isprintable() and mods == Qt.KeyboardModifier.NoModifier:
                e.accept()
                return True
        return super().event(e)

    def viewportEvent(self, e: QEvent) -> bool:  # noqa: N802
        # tooltips arrive at the viewport (the text area) of a scroll area
        if e.type() == QEvent.Type.ToolTip and self.highlighter is not None:
            finding = self.finding_at_point(e.pos())
            if finding is not None:
                QToolTip.showText(e.globalPos(), render_message(finding), self.viewport())
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().viewportEvent(e)

    def finding_at_point(self, pos) -> Finding | None:
        """The finding under a point of the viewport (None between words or past the end)."""
        if self.highlighter is None:
            return None
        cursor = self.cursorForPosition(pos)
        if not self.cursorRect(cursor).adjusted(-8, -2, 8, 2).contains(pos):
            return None  # past the end of a line
        return self.highlighter.finding_at(cursor.position())

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send_requested.emit()
            return
        super().keyPressEvent(e)
