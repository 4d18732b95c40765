"""Reactions and moderation from the inbox: like, boost, mute, block, report, hide a reply,
detach a quote (a part of MainWindow, in its translation context).

Keyboard first: l likes (again: takes it back), b boosts, m mutes the author, h hides a
reply under our post; block, report and detach are in the Message menu, block and report
after a question. Each is queued at once (offline too) and sent with the outbox; the
conversation shows it ("you liked this (waiting to be sent)", then "you liked this").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from cmstation.core.actions import LABELS, REPORT_REASONS, UNDO_LABELS, ActionKind
from cmstation.core.translations import render

#: Single keys, like j/k/e/i (the composer's text field keeps its own keys).
KEYS = {ActionKind.LIKE: "L", ActionKind.BOOST: "B", ActionKind.MUTE: "M", ActionKind.HIDE: "H"}
ORDER = (
    ActionKind.LIKE,
    ActionKind.BOOST,
    ActionKind.MUTE,
    ActionKind.BLOCK,
    ActionKind.REPORT,
    ActionKind.HIDE,
    ActionKind.DETACH,
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("Actions", source)


class ReactionActionsMixin:
    """The Message menu and its shortcuts for MainWindow (see the module docstring)."""

    def _build_message_menu(self) -> None:
        bar = self.menuBar()
        menu = QMenu(QCoreApplication.translate("MainWindow", "&Message"), self)
        bar.insertMenu(bar.actions()[-1], menu)  # before Help
        self.message_menu = menu
        self.new_post_action = menu.addAction(
            QCoreApplication.translate("MainWindow", "New post\u2026") + "\tCtrl+N"
        )
        self.new_post_action.triggered.connect(lambda: self.new_post())
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.activated.connect(lambda: self.new_post())
        self.shortcuts["new_post"] = shortcut
        menu.addSeparator()
        self.reaction_actions = {}
        for kind in ORDER:
            key = KEYS.get(kind)
            action = menu.addAction(f"{_tr(LABELS[kind])}\t{key}" if key else _tr(LABELS[kind]))
            action.triggered.connect(lambda _c=False, k=kind: self.react(k))
            self.reaction_actions[kind] = action
            if kind in (ActionKind.BOOST, ActionKind.REPORT):
                menu.addSeparator()
        menu.addSeparator()
        self.private_action = menu.addAction(
            QCoreApplication.translate("MainWindow", "Continue privately") + "\tShift+P"
        )
        self.private_action.triggered.connect(self.continue_privately)
        shortcut = QShortcut(QKeySequence("Shift+P"), self.table)  # in the list only
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.continue_privately)
        self.shortcuts["continue_privately"] = shortcut
        menu.aboutToShow.connect(self._update_message_menu)
        for kind, key in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self.table)  # in the list only
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda k=kind: self.react(k))
            self.shortcuts[f"react_{kind}"] = shortcut

    def _update_message_menu(self) -> None:
        """Only what this message's network can do, with "take back" for what stands."""
        mid = self.current_message_id()
        offered = self._offered(mid) if mid is not None else {}
        for kind, action in self.reaction_actions.items():
            action.setEnabled(kind in offered)
            on = offered.get(kind, False)
            label = _tr(UNDO_LABELS[kind]) if on and kind in UNDO_LABELS else _tr(LABELS[kind])
            key = KEYS.get(kind)
            action.setText(f"{label}\t{key}" if key else label)

    def new_post(self, draft_id: int | None = None) -> None:
        """Ctrl+N: write an own post (or go on with the draft of one)."""
        self.ensure_ready()
        from cmstation.storage import channels as channel_store
        from cmstation.storage import drafts as draft_store
        from cmstation.storage import profile as profile_store
        from cmstation.ui.compose.new_post_dialog import NewPostDialog

        draft = draft_store.get_draft(self._db, draft_id) if draft_id is not None else None
        dlg = NewPostDialog(
            self.tasks,
            profile_store.load_profile(self._db),
            channel_store.list_channels(self._db),
            self,
            draft=draft,
        )
        dlg.pick_time = self.composer.pick_time
        dlg.queued.connect(self._post_queued)
        self.new_post_dialog = dlg
        dlg.open()

    def _post_queued(self, _outbox_id: int) -> None:
        self._update_status(
            QCoreApplication.translate("MainWindow", "Your post is queued; it goes out next.")
        )
        outbox = getattr(self, "outbox", None)
        if outbox is not None:
            outbox.controller.reply_queued()
            outbox._counts_soon()

    def continue_privately(self) -> None:
        """Answer the selected public message in a private message (the composer's
        "Private" box), with a short public reply that says so."""
        self.ensure_ready()
        mid = self.current_message_id()
        if mid is None:
            return
        if self.composer.message_id != mid:
            self.composer.set_message(mid)
            self.composer.message_loaded_once(mid, self.composer.continue_privately)
        else:
            self.composer.continue_privately()

    def _offered(self, message_id: int) -> dict:
        from cmstation.outbox import reactions
        from cmstation.storage import messages

        m = messages.get_message(self._db, message_id)
        return reactions.allowed(self._db, m) if m is not None else {}

    def react(self, kind: ActionKind) -> None:
        """Queue ``kind`` on the selected message (toggling what can be taken back)."""
        self.ensure_ready()
        if self.stack.currentWidget() is not self.splitter or self.outbox.page:
            return
        mid = self.current_message_id()
        if mid is None:
            return
        offered = self._offered(mid)
        if kind not in offered:
            self._update_status(
                QCoreApplication.translate("MainWindow", "{action} is not possible here.").format(
                    action=_tr(LABELS[kind]).rstrip("\u2026")
                )
            )
            return
        undo = offered[kind]
        reason, comment = "other", ""
        if kind == ActionKind.REPORT:
            picked = self._ask_report()
            if picked is None:
                return
            reason, comment = picked
        elif kind == ActionKind.BLOCK and not undo and not self._confirm_block():
            return

        from cmstation.outbox import reactions
        from cmstation.storage import actions

        def work(db):
            asked = reactions.request(
                db,
                mid,
                kind,
                undo=undo if kind != ActionKind.REPORT else False,
                reason=reason,
                comment=comment,
            )
            a = actions.get(db, asked.action_id) if asked.action_id else None
            return render(reactions.describe(a)) if a else ""

        def done(text: str) -> None:
            if self._closed:
                return
            self._update_status(
                text
                or QCoreApplication.translate(
                    "MainWindow", "Taken back before it was sent: nothing goes."
                )
            )
            self._show_thread(mid)
            outbox = getattr(self, "outbox", None)
            if outbox is not None:
                outbox.controller.reply_queued()

        self.tasks.run(work, done)

    # -- questions (tests replace these) ------------------------------------------------------

    def _ask_report(self) -> tuple[str, str] | None:
        names = {
            "spam": QCoreApplication.translate("Actions", "Spam"),
            "abuse": QCoreApplication.translate("Actions", "Abuse or harassment"),
            "violation": QCoreApplication.translate("Actions", "Breaks the server's rules"),
            "other": QCoreApplication.translate("Actions", "Something else"),
        }
        items = [names[r] for r in REPORT_REASONS]
        choice, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("Actions", "Report this post"),
            QCoreApplication.translate("Actions", "Why do you report it?"),
            items,
            0,
            False,
        )
        if not ok:
            return None
        reason = REPORT_REASONS[items.index(choice)]
        comment, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("Actions", "Report this post"),
            QCoreApplication.translate("Actions", "A note for the moderators (optional):"),
        )
        return (reason, comment if ok else "")

    def _confirm_block(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Actions", "Block the author"),
            QCoreApplication.translate(
                "Actions",
                "Block this account? They can no longer see or answer your posts. Most "
                "complaints deserve an answer instead; blocking is for abuse.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
