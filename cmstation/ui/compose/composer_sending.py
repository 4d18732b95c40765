"""The composer's draft and sending side: the draft written behind the typing, sending now
or later through the outbox (after the checks), and replies posted by hand on networks
cmstation cannot post to (a part of ComposerView, in its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from cmstation.compose import Severity
from cmstation.compose.utm import tag_links
from cmstation.storage import drafts as draft_store
from cmstation.storage import outbox as outbox_store
from cmstation.storage.tx import transaction
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.compose.findings_panel import render_message
from cmstation.ui.inbox.conversation_view import safe_url


class ComposerSendingMixin:
    """Drafts and sending for ComposerView (see the module docstring)."""

    def save_draft(self) -> None:
        """Write the draft now (through the task helper) if it changed."""
        self._save_timer.stop()
        m = self.message
        if m is None or m.id is None:
            return
        state = self._state()
        if state == self._saved_state:
            return
        self._saved_state = state
        text, cursor, lang = state
        mid, cid = m.id, m.channel_id

        def work(db):
            return draft_store.save_draft(
                db, message_id=mid, channel_id=cid, text=text, cursor=cursor, lang=lang
            )

        def done(draft_id):
            if self.message_id == mid:
                self.draft_id = draft_id
            self.draft_saved.emit(mid)

        def failed(exc):
            if self.message_id == mid:
                self._saved_state = None  # the next change (or switching away) tries again
            self.status_changed.emit(
                QCoreApplication.translate(
                    "ComposerView", "The draft could not be saved yet: {error}"
                ).format(error=plain_error(exc))
            )

        self.tasks.run(work, done, failed)

    def flush(self) -> None:
        """Save what is typed now (the window calls this before it closes)."""
        self.save_draft()

    def _ask_dialog(self, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        ok = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(
            QCoreApplication.translate("ComposerView", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is ok

    def _pick_time_dialog(self) -> int | None:
        dlg = QDialog(self)
        dlg.setWindowTitle(QCoreApplication.translate("ComposerView", "Send later"))
        lay = QVBoxLayout(dlg)
        lay.addWidget(QLabel(QCoreApplication.translate("ComposerView", "Send this reply at:")))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        edit.setCalendarPopup(True)
        edit.setMinimumDateTime(QDateTime.currentDateTime())
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        lay.addWidget(edit)
        note = QLabel(
            QCoreApplication.translate(
                "ComposerView", "cmstation must be running then (or at the next start)."
            )
        )
        note.setObjectName("muted")
        lay.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return int(edit.dateTime().toSecsSinceEpoch())

    def _public_note(self) -> str:
        """The public reply that goes with a private one to a public message ("" when the
        message answered is private itself)."""
        from cmstation.compose.private_note import continue_privately_note
        from cmstation.core.models import PRIVATE_KINDS

        m = self.message
        if m is None or m.kind in PRIVATE_KINDS:
            return ""
        lang = self.language_override() or (self.result.lang if self.result else "en")
        return continue_privately_note(lang, self.signoff(), self.mention_prefix())

    def _confirm_checks(self) -> bool:
        result = self.fresh_result()
        if result is None:
            return False
        errors = [f for f in result.findings if f.severity == Severity.ERROR]
        warnings = [f for f in result.findings if f.severity == Severity.WARNING]
        if errors:
            lines = "\n".join(f"\u2022 {render_message(f)}" for f in errors)
            return self.ask(
                QCoreApplication.translate("ComposerView", "This reply cannot go out as it is"),
                QCoreApplication.translate(
                    "ComposerView", "Fix these first, or send it anyway:\n\n{lines}"
                ).format(lines=lines),
                QCoreApplication.translate("ComposerView", "Send anyway"),
            )
        if warnings:
            lines = "\n".join(f"\u2022 {render_message(f)}" for f in warnings)
            return self.ask(
                QCoreApplication.translate("ComposerView", "Send with remarks?"),
                QCoreApplication.translate(
                    "ComposerView", "The checks have remarks:\n\n{lines}"
                ).format(lines=lines),
                QCoreApplication.translate("ComposerView", "Send"),
            )
        return True

    def send(self) -> None:
        """Ctrl+Enter: check, then queue (or, for feed and manual channels, copy and open)."""
        if self.message is None or self._busy or not self.text().strip():
            return
        if not self._confirm_checks():
            self.edit.setFocus()
            return
        if self._is_manual():
            self._send_by_hand()
        else:
            self._queue(not_before=None)

    def send_later(self) -> None:
        if self.message is None or self._busy or not self.text().strip() or self._is_manual():
            return
        if not self._confirm_checks():
            return
        when = self.pick_time()
        if when is not None:
            self._queue(not_before=when)

    def _snapshot(self) -> dict:
        m, ch = self.message, self.channel
        assert m is not None and ch is not None
        self._save_timer.stop()
        return {
            "message_id": m.id,
            "channel_id": m.channel_id,
            "kind": str(ch.kind),
            # the profile's UTM tags on web links (compose.utm), as the commands add them
            "text": tag_links(self.text(), self.profile),
            "lang": self.language_override() or (self.result.lang if self.result else ""),
            "context": {"known_replies": list(self._known_replies)},
            "url": m.url,
            "public_note": self._public_note() if self.is_private() else "",
        }

    def _enqueue_work(self, snap: dict, not_before: int | None):
        from cmstation.outbox.keys import new_delivery_key

        key = new_delivery_key(snap["kind"])

        if self.is_private():
            snap["context"]["private"] = True
        note_key = new_delivery_key(snap["kind"]) if snap["public_note"] else ""

        def work(db):
            draft = draft_store.draft_for_message(db, snap["message_id"])
            if note_key:  # "continue privately": the private message first, then the note
                with transaction(db):
                    first = self._enqueue(db, snap, key, not_before, draft)
                    outbox_store.enqueue(
                        db,
                        channel_id=snap["channel_id"],
                        message_id=snap["message_id"],
                        text=snap["public_note"],
                        delivery_key=note_key,
                        lang=snap["lang"],
                        not_before=not_before,
                        context={"known_replies": snap["context"]["known_replies"]},
                    )
                return first, key
            return self._enqueue(db, snap, key, not_before, draft), key

        return work

    @staticmethod
    def _enqueue(db, snap: dict, key: str, not_before, draft) -> int:
        return outbox_store.enqueue(
            db,
            channel_id=snap["channel_id"],
            message_id=snap["message_id"],
            text=snap["text"],
            delivery_key=key,
            lang=snap["lang"],
            not_before=not_before,
            context=snap["context"],
            draft_id=draft.id if draft else None,
        )

    def _queue(self, *, not_before: int | None) -> None:
        if self.channel is None:
            return
        snap = self._snapshot()
        self._busy = True
        self._set_enabled(False)

        def done(res):
            outbox_id, _key = res
            self._busy = False
            self._after_sent(snap["message_id"])
            if not_before is None:
                self.status_changed.emit(
                    QCoreApplication.translate(
                        "ComposerView", "Reply queued; it goes out as soon as it can."
                    )
                )
            else:
                when = QDateTime.fromSecsSinceEpoch(not_before).toString("yyyy-MM-dd HH:mm")
                self.status_changed.emit(
                    QCoreApplication.translate("ComposerView", "Reply queued for {when}.").format(
                        when=when
                    )
                )
            self.reply_queued.emit(outbox_id)

        def failed(exc):
            self._busy = False
            self._set_enabled(True)
            self.status_changed.emit(
                QCoreApplication.translate(
                    "ComposerView", "The reply could not be queued; it stays here: {error}"
                ).format(error=plain_error(exc))
            )
            self._schedule_save()

        self.tasks.run(self._enqueue_work(snap, not_before), done, failed)

    def _send_by_hand(self) -> None:
        snap = self._snapshot()
        QGuiApplication.clipboard().setText(snap["text"])
        url = safe_url(snap["url"])
        opened = bool(self.open_url(url)) if url is not None else False
        if opened:
            where = QCoreApplication.translate(
                "ComposerView", " and the post is open in your browser"
            )
        elif url is not None:  # no browser started: say so, and where the post is
            where = QCoreApplication.translate(
                "ComposerView", "; no browser could be started, so open {url} yourself"
            ).format(url=url.toString())
        else:
            where = QCoreApplication.translate(
                "ComposerView", "; this item has no link, so open the post yourself"
            )
        posted = self.ask(
            QCoreApplication.translate("ComposerView", "Did you post it?"),
            QCoreApplication.translate(
                "ComposerView",
                "The reply is on the clipboard{where}. Paste it there and post it; then say so "
                "here and it is marked as sent.",
            ).format(where=where),
            QCoreApplication.translate("ComposerView", "Yes, I posted it"),
        )
        if not posted:
            self.save_draft()
            return
        self._busy = True
        self._set_enabled(False)
        enqueue = self._enqueue_work(snap, None)

        def work(db):
            outbox_id, key = enqueue(db)
            item = outbox_store.get(db, outbox_id)
            outbox_store.mark_sent(db, item, remote_id=f"manual:{key}", remote_url=snap["url"])
            return outbox_id

        def done(outbox_id):
            self._busy = False
            self._after_sent(snap["message_id"])
            self.status_changed.emit(
                QCoreApplication.translate("ComposerView", "Marked as answered.")
            )
            self.reply_marked_sent.emit(outbox_id)

        def failed(exc):
            self._busy = False
            self._set_enabled(True)
            self.status_changed.emit(
                QCoreApplication.translate(
                    "ComposerView", "The reply could not be recorded; it stays here: {error}"
                ).format(error=plain_error(exc))
            )

        self.tasks.run(work, done, failed)

    def _after_sent(self, message_id: int) -> None:
        self._dismissed.pop(message_id, None)
        if self.message_id != message_id:
            return
        self.draft_id = None
        self._set_enabled(True)
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._saved_state = self._state()
        self.run_check()
