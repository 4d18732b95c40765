"""The composer's saved replies: insert one (its placeholders filled), save the reply as
one, manage them (a part of ComposerView, in its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
)

from cmstation.storage import snippets as snippet_store


class ComposerSnippetsMixin:
    """Saved replies for ComposerView (see the module docstring)."""

    def placeholder_values(self) -> dict[str, str]:
        """What ``{first_name}``, ``{name}``, ``{handle}``, ``{agent}``, ``{signoff}`` become."""
        m = self.message
        name = (m.author_name or "").strip() if m else ""
        handle = (m.author_handle or "").strip() if m else ""
        values = {
            "name": name or handle,
            "handle": handle,
            "agent": self.profile.display_name.split(" ")[0] if self.profile.display_name else "",
            "signoff": self.signoff(),
        }
        first = name.split()[0] if name.split() else ""
        if first.isalpha() or (first and first.replace("-", "").isalpha()):
            values["first_name"] = first  # otherwise it stays a placeholder, and the check says so
        return {k: v for k, v in values.items() if v}

    def _fill_snippets_menu(self) -> None:
        menu = self.snippets_menu
        menu.clear()
        for sn in self.snippets:
            action = menu.addAction(sn.name)
            action.setToolTip(sn.text)
            action.triggered.connect(lambda _c=False, sn=sn: self.insert_snippet(sn))
        if not self.snippets:
            empty = menu.addAction(
                QCoreApplication.translate("ComposerView", "No saved replies yet")
            )
            empty.setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(
            QCoreApplication.translate("ComposerView", "Save this reply as a saved reply\u2026")
        )
        save.setEnabled(bool(self.text().strip()))
        save.triggered.connect(self.save_as_snippet)
        manage = menu.addAction(
            QCoreApplication.translate("ComposerView", "Manage saved replies\u2026")
        )
        manage.triggered.connect(self.manage_snippets)

    def insert_snippet(self, sn: snippet_store.Snippet) -> None:
        """Put a saved reply in at the cursor, its placeholders filled where known. What is
        left unfilled is an error the checks point at, so it cannot go out by accident."""
        from cmstation.compose.snippets import fill

        if self.message is None:
            return
        text = fill(sn.text, self.placeholder_values())
        sig = self.signoff()
        if sig and sig.lower() in text.lower() and sig.lower() in self.text().lower():
            # the reply already ends with the sign-off: keep one
            text = text.replace(sig, "").rstrip()
        cursor = self.edit.textCursor()
        if self.text().strip() == sig and not cursor.hasSelection():
            cursor.setPosition(0)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)
        self.run_check()
        self.edit.setFocus()
        sid = sn.id
        self.tasks.run(lambda db: snippet_store.mark_used(db, sid))

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def save_as_snippet(self) -> None:
        body = self.text().strip()
        sig = self.signoff()
        if sig and body.endswith(sig):
            body = body[: -len(sig)].rstrip()  # the sign-off is added per reply
        if not body:
            return
        name = self.ask_text(
            QCoreApplication.translate("ComposerView", "Save as a saved reply"),
            QCoreApplication.translate("ComposerView", "A short name for it:"),
            " ".join(body.split()[:4]),
        )
        if name is None:
            return
        lang = self.language_override() or (self.result.lang if self.result else "")

        def work(db):
            snippet_store.add_snippet(db, name=name, text=body, lang=lang)
            return snippet_store.list_snippets(db)

        def done(snippets):
            self.snippets = list(snippets)
            self.status_changed.emit(
                QCoreApplication.translate("ComposerView", "Saved as \u201c{name}\u201d.").format(
                    name=name
                )
            )

        self.tasks.run(work, done)

    def manage_snippets(self) -> None:
        from cmstation.ui.compose.snippets_dialog import SnippetsDialog

        dlg = SnippetsDialog(self.tasks, self)
        dlg.exec()
        self.snippets = list(dlg.snippets)
