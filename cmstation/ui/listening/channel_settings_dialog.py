"""Channel settings: a channel's name, how often it is swept, and pausing its listening.

Opened from the navigation's channel menu ("Channel settings\u2026"). The input is checked
with :func:`cmstation.listening.channel_flows.check_settings` (plain words when something
is wrong; nothing typed is lost) and stored on the window's task worker
(:func:`cmstation.listening.channel_flows.save_settings`). The scheduler decides from stored
state, so the next tick uses the new interval; a paused channel (``channels.enabled``) is
never swept. Manual channels are never swept: they only get a name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.errors import CmstationError
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening import channel_flows, channel_setup
from cmstation.ui.common.dialog_parts import cancel_and_primary_row, error_line
from cmstation.ui.listening.channel_support import describe_error

#: The spin box takes more than the allowed range so a typed value out of it gets a message
#: instead of being silently corrected.
SPIN_MIN, SPIN_MAX = 1, 1440


class ChannelSettingsDialog(QDialog):
    # the stored Channel after a save
    saved = Signal(object)

    def __init__(self, tasks, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelSettingsDialog")
        self.setWindowTitle(self.tr("Channel settings"))
        self.setMinimumWidth(480)
        self._tasks = tasks
        self.channel = channel
        self._manual = channel.kind == ChannelKind.MANUAL
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 14)

        form = QFormLayout()
        self.name_edit = QLineEdit(channel.name)
        self.name_edit.setObjectName("channelName")
        self.name_edit.setMaxLength(channel_flows.MAX_NAME_LENGTH + 20)  # longer: a message
        form.addRow(self.tr("Name"), self.name_edit)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("sweepMinutes")
        self.minutes_spin.setRange(SPIN_MIN, SPIN_MAX)
        self.minutes_spin.setValue(int(channel.sweep_minutes or 15))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_label = QLabel(self.tr("Listen every"))
        self.minutes_hint = QLabel(
            self.tr("From {min} to {max} minutes.").format(
                min=channel_setup.MIN_SWEEP_MINUTES, max=channel_setup.MAX_SWEEP_MINUTES
            )
        )
        self.minutes_hint.setObjectName("muted")
        form.addRow(self.minutes_label, self.minutes_spin)
        form.addRow("", self.minutes_hint)

        self.pause_check = QCheckBox(self.tr("Pause listening"))
        self.pause_check.setObjectName("pauseListening")
        self.pause_check.setChecked(not channel.enabled)
        self.pause_hint = QLabel(
            self.tr(
                "A paused channel is not swept, not even with Sweep now. What it brought in "
                "stays in the inbox."
            )
        )
        self.pause_hint.setObjectName("muted")
        self.pause_hint.setWordWrap(True)
        lay.addLayout(form)
        lay.addSpacing(6)
        lay.addWidget(self.pause_check)
        lay.addWidget(self.pause_hint)

        self.manual_note = QLabel(
            self.tr("Items of this channel are added by hand, so it is never swept.")
        )
        self.manual_note.setObjectName("muted")
        self.manual_note.setWordWrap(True)
        lay.addWidget(self.manual_note)
        for w in (self.minutes_label, self.minutes_spin, self.minutes_hint):
            w.setVisible(not self._manual)
        for w in (self.pause_check, self.pause_hint):
            w.setVisible(not self._manual)
        self.manual_note.setVisible(self._manual)

        self.error_label = error_line()
        lay.addWidget(self.error_label)

        row, self.save_button = cancel_and_primary_row(
            self, self.tr("Cancel"), self.tr("Save"), self.save
        )
        lay.addLayout(row)
        self.name_edit.setFocus()

    def settings(self) -> channel_flows.ChannelSettings:
        self.minutes_spin.interpretText()  # a value still being typed counts
        return channel_flows.ChannelSettings(
            name=self.name_edit.text(),
            sweep_minutes=None if self._manual else self.minutes_spin.value(),
            paused=False if self._manual else self.pause_check.isChecked(),
        )

    def save(self) -> None:
        wanted = self.settings()
        try:
            channel_flows.check_settings(self.channel.kind, wanted.name, wanted.sweep_minutes)
        except CmstationError as exc:
            self._error(describe_error(exc))
            return
        cid = self.channel.id
        self.save_button.setEnabled(False)
        self.error_label.hide()

        def done(channel):
            self.channel = channel
            self.saved.emit(channel)
            self.accept()

        def failed(exc):
            self.save_button.setEnabled(True)
            self._error(describe_error(exc))

        self._tasks.run(lambda db: channel_flows.save_settings(db, cid, wanted), done, failed)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()
