"""The composer's Private box: a reply as a private message (a part of ComposerView, in its
translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmstation.core.models import PRIVATE_KINDS, ChannelKind, Message


class ComposerPrivateMixin:
    # -- private or public ------------------------------------------------------------------

    def is_private(self) -> bool:
        return (not self.private_box.isHidden() and self.private_box.isChecked()) or (
            self.message is not None and self.message.kind in PRIVATE_KINDS
        )

    def _show_private(self, m: Message, draft) -> None:
        """The "Private" box: shown where cmstation can write privately; always on (and
        fixed) when the message answered is private itself."""
        can = (
            self.channel is not None
            and self.channel.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY)
            and not m.is_own
            and m.author is not None
        )
        already = m.kind in PRIVATE_KINDS
        self.private_box.blockSignals(True)
        self.private_box.setVisible(can)
        self.private_box.setChecked(already)
        self.private_box.setEnabled(can and not already)
        self.private_box.blockSignals(False)
        who = m.author_handle or m.author_name
        self.private_box.setToolTip(
            QCoreApplication.translate(
                "ComposerView", "This is a private conversation: the reply stays private."
            )
            if already
            else QCoreApplication.translate(
                "ComposerView",
                "Continue privately: the reply goes as a private message to {who}, and a "
                "short public reply says so (ask for order numbers and addresses there).",
            ).format(who=who)
        )
        if already:
            self.title.setText(
                QCoreApplication.translate("ComposerView", "Private reply to {who}").format(
                    who=m.author_name or who
                )
            )

    def continue_privately(self) -> None:
        """Shift+P / the menu: answer the selected public message in a private message."""
        if not self.private_box.isHidden() and self.private_box.isEnabled():
            self.private_box.setChecked(True)
            self.edit.setFocus()

    def message_loaded_once(self, message_id: int, fn) -> None:
        """Run ``fn`` once ``message_id`` is loaded."""

        def once(mid: int) -> None:
            if mid == message_id:
                self.message_loaded.disconnect(once)
                fn()

        self.message_loaded.connect(once)

    def _on_private_toggled(self, _on: bool) -> None:
        if self.message is None:
            return
        self._checked_text = None
        self.run_check()
