"""What the composer does with a finding: apply its suggestion, dismiss it, show where it
is; and put the sign-off in (a part of ComposerView, in its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QTextCursor,
)

from cmstation.compose import Finding
from cmstation.ui.compose.check_highlighter import Utf16Map


class ComposerFindingsMixin:
    """Findings actions for ComposerView (see the module docstring)."""

    def _span_cursor(self, f: Finding) -> QTextCursor | None:
        text = self.text()
        if text[f.start : f.end] != f.snippet:
            return None
        umap = Utf16Map(text)
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(umap.to_qt(f.start))
        cursor.setPosition(umap.to_qt(f.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def apply_finding(self, f: Finding) -> bool:
        """Put the suggestion in place of the finding's words (one undo step)."""
        if f.suggestion is None or self.message is None:
            return False
        cursor = self._span_cursor(f)
        if cursor is None:  # the text moved on since the check
            self.run_check()
            self.status_changed.emit(
                QCoreApplication.translate(
                    "ComposerView", "The text changed; the remarks were checked again."
                )
            )
            return False
        user = self.edit.textCursor()
        at_span_end = user.position() == cursor.selectionEnd() and not user.hasSelection()
        cursor.insertText(f.suggestion)
        if at_span_end:  # keep typing after the replacement
            self.edit.setTextCursor(cursor)
        self.run_check()
        self.edit.setFocus()
        return True

    def dismiss_finding(self, f: Finding) -> None:
        if self.message is None:
            return
        self._dismissed.setdefault(self.message.id, set()).add(f.key)
        self.run_check()

    def show_finding(self, f: Finding) -> None:
        cursor = self._span_cursor(f)
        if cursor is not None:
            self.edit.setTextCursor(cursor)
            self.edit.setFocus()

    def insert_signoff(self) -> None:
        sig = self.signoff()
        if not sig or self.message is None:
            return
        text = self.text()
        if sig.lower() in text.lower():
            self.status_changed.emit(
                QCoreApplication.translate("ComposerView", "The sign-off is already there.")
            )
            return
        cursor = QTextCursor(self.edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # on a line of its own at the end
        cursor.insertText(sig if not text.strip() else ("" if text.endswith("\n") else "\n") + sig)
        self.run_check()
        self.edit.setFocus()
