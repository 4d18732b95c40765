"""Give a window its Insights page (``window.insights``): a navigation entry shown where the
drafts and the outbox are, and "Write to the selected ambassador" opening a post to them."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from cmstation.ui.insights.insights_view import InsightsView


def attach_insights(window) -> InsightsView:
    view = InsightsView(window.tasks)
    window.insights = view
    window.outbox.add_page("insights", view)
    view.status_changed.connect(window._update_status)
    view.write_requested.connect(lambda handle: write_to(window, handle))
    return view


def write_to(window, handle: str) -> None:
    """A post of our own that starts with the person's handle: thank an ambassador."""
    window.new_post()
    dlg = getattr(window, "new_post_dialog", None)
    if dlg is None:
        return
    mention = handle if handle.startswith("@") else f"@{handle}"
    dlg.edit.setPlainText(f"{mention} " + dlg.edit.toPlainText())
    cursor = dlg.edit.textCursor()
    cursor.setPosition(len(mention) + 1)
    dlg.edit.setTextCursor(cursor)
    dlg.edit.set_template(dlg.edit.toPlainText(), len(mention) + 1)
    dlg.edit.moveCursor(QTextCursor.MoveOperation.NoMove)
