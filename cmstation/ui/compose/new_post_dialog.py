""" "New post" (Ctrl+N): a post of your own that starts a conversation (participate), with
the same checks as a reply (sales talk weighs heavier), the sign-off, the counter per
network, a draft kept while you write, and sending now or later through the outbox,
exactly once. Once sent it is in the inbox as the start of its thread."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmstation.compose import Severity, analyse
from cmstation.compose.profile import check_context
from cmstation.compose.reply_target import count_for
from cmstation.core.models import Channel
from cmstation.core.profile import Profile
from cmstation.outbox.deliverers import POSTING_KINDS
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.compose.findings_panel import FindingsPanel, render_message
from cmstation.ui.compose.reply_edit import ReplyEdit


class NewPostDialog(QDialog):
    """Write an own post on one of the posting channels."""

    #: the post was queued (outbox id)
    queued = Signal(int)

    def __init__(
        self,
        tasks,
        profile: Profile,
        channels: list[Channel],
        parent: QWidget | None = None,
        *,
        draft=None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.profile = profile
        self.channels = [c for c in channels if c.kind in POSTING_KINDS and c.enabled]
        self.draft_id = draft.id if draft is not None else None
        self.result = None
        # hooks (tests replace them)
        self.ask = self._ask_dialog
        self.pick_time = None  # set by the window: the composer's time picker
        self.setWindowTitle(self.tr("New post"))
        self.resize(560, 420)
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Post on")))
        self.channel_combo = QComboBox()
        for c in self.channels:
            self.channel_combo.addItem(c.name, c.id)
        if draft is not None and draft.channel_id is not None:
            i = self.channel_combo.findData(draft.channel_id)
            if i >= 0:
                self.channel_combo.setCurrentIndex(i)
        head.addWidget(self.channel_combo, 1)
        lay.addLayout(head)
        self.edit = ReplyEdit()
        self.edit.setPlaceholderText(
            self.tr("Start a conversation: ask, share, thank. No megaphone.")
        )
        lay.addWidget(self.edit, 2)
        tools = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        tools.addStretch(1)
        tools.addWidget(self.counter)
        lay.addLayout(tools)
        self.findings = FindingsPanel()
        lay.addWidget(self.findings, 1)
        foot = QHBoxLayout()
        foot.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Keep as draft"))
        self.cancel_button.clicked.connect(self.reject)
        foot.addWidget(self.cancel_button)
        self.later_button = QPushButton(self.tr("Post later\u2026"))
        self.later_button.clicked.connect(self.post_later)
        foot.addWidget(self.later_button)
        self.post_button = QPushButton(self.tr("Post"))
        self.post_button.setObjectName("sendButton")
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        foot.addWidget(self.post_button)
        lay.addLayout(foot)
        self.empty_note = QLabel(
            self.tr("Add a Mastodon or Bluesky channel first: cmstation posts there.")
        )
        self.empty_note.setVisible(not self.channels)
        lay.addWidget(self.empty_note)
        for w in (self.post_button, self.later_button, self.edit):
            w.setEnabled(bool(self.channels))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run_check)
        self.edit.textChanged.connect(self._timer.start)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.run_check())
        sig = self.profile.signoff_for(self._kind()).strip()
        text = draft.text if draft is not None else (f"\n{sig}" if sig else "")
        self.edit.setPlainText(text)
        if draft is None:
            self.edit.set_template(text, 0)  # a click lands where the post starts
        self.run_check()

    def channel(self) -> Channel | None:
        cid = self.channel_combo.currentData()
        return next((c for c in self.channels if c.id == cid), None)

    def _kind(self) -> str:
        ch = self.channel()
        return str(ch.kind) if ch else ""

    def text(self) -> str:
        return self.edit.toPlainText()

    def run_check(self) -> None:
        self._timer.stop()
        ch = self.channel()
        ctx = check_context(
            self.profile,
            channel=self._kind(),
            limit=ch.post_limit if ch else None,
            own_post=True,
        )
        self.result = analyse(self.text(), ctx)
        self.findings.set_findings(self.result.findings)
        count, limit, _unit = count_for(self.text(), self._kind(), ch.post_limit if ch else None)
        self.counter.setText(f"{count} / {limit}" if limit else str(count))

    def _ask_dialog(self, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(title)
        box.setText(text)
        ok = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is ok

    def _confirm(self) -> bool:
        self.run_check()
        worst = [f for f in self.result.findings if f.severity != Severity.INFO]
        if not worst:
            return True
        lines = "\n".join(f"\u2022 {render_message(f)}" for f in worst)
        errors = any(f.severity == Severity.ERROR for f in worst)
        return self.ask(
            self.tr("This post cannot go out as it is")
            if errors
            else self.tr("Post with remarks?"),
            self.tr("The checks have remarks:\n\n{lines}").format(lines=lines),
            self.tr("Post anyway") if errors else self.tr("Post"),
        )

    def post(self) -> None:
        self._queue(None)

    def post_later(self) -> None:
        when = self.pick_time() if self.pick_time else None
        if when is not None:
            self._queue(when)

    def _queue(self, not_before: int | None) -> None:
        ch = self.channel()
        text = self.text()
        if ch is None or not text.strip() or not self._confirm():
            return
        from cmstation.outbox.writing import queue_post

        draft_id, cid = self.draft_id, ch.id
        self.post_button.setEnabled(False)

        def work(db):
            return queue_post(
                db, cid, text, not_before=not_before, force=True, draft_id=draft_id
            ).outbox_id

        def done(outbox_id):
            self.draft_id = None
            self.queued.emit(outbox_id)
            self.accept()

        def failed(exc):
            self.post_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("New post"), plain_error(exc))

        self.tasks.run(work, done, failed)

    def reject(self) -> None:
        """Closing keeps what was written as a draft ("(a new post)" under Drafts)."""
        text, ch = self.text(), self.channel()
        sig = self.profile.signoff_for(self._kind()).strip()
        if text.strip() and text.strip() != sig and ch is not None:
            from cmstation.storage import drafts as draft_store

            draft_id, cid = self.draft_id, ch.id

            def work(db):
                if draft_id is not None:
                    draft_store.update_draft(db, draft_id, text=text, cursor=0, lang="")
                    return draft_id
                return draft_store.save_draft(db, message_id=None, channel_id=cid, text=text)

            self.tasks.run(work)
        super().reject()
