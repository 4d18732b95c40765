""" "Start with one, master it": the figures of the existing channels against the thresholds.

:class:`MasteryGatePanel` is the first page of the set-up dialog when a channel exists: a
tick or a cross per check (handled share, median first response, nothing overdue), the cap
of three, and a reason field that unlocks adding anyway (the reason is recorded in the event
log by :func:`cmstation.listening.channel_setup.add_channel`). :class:`MasteryGateDialog`
shows the same figures on their own (Channels > Mastery figures).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import MAX_CHANNELS
from cmstation.listening.channel_setup import GateReport, cap_text
from cmstation.listening.status_text import mastery_words
from cmstation.ui.common.theme import colour

TICK = "\u2714"
CROSS = "\u2718"


def render(text) -> str:
    """A core ``Text`` (or plain str) translated for display."""
    if hasattr(text, "render"):
        return text.render(QCoreApplication.translate)
    return str(text)


class MasteryGatePanel(QWidget):
    """The figures, the verdict and (when needed) the reason to add anyway."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryGate")
        self._report: GateReport | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(8, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        lay.addWidget(self.grid_box)
        self.verdict = QLabel()
        self.verdict.setObjectName("gateVerdict")
        self.verdict.setWordWrap(True)
        lay.addWidget(self.verdict)
        self.reason_label = QLabel(self.tr("Why add another channel now? (kept in the event log)"))
        self.reason_label.setWordWrap(True)
        lay.addWidget(self.reason_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the shop opens a second location and needs its own account.")
        )
        self.reason_edit.setFixedHeight(64)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.textChanged.connect(self.changed)
        lay.addWidget(self.reason_edit)
        lay.addStretch(1)
        self.check_rows: list[tuple[bool, str]] = []
        self.channel_rows: list[str] = []

    # -- state --------------------------------------------------------------------------------

    @property
    def report(self) -> GateReport | None:
        return self._report

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    @property
    def allows_adding(self) -> bool:
        r = self._report
        if r is None or r.cap_reached:
            return False
        return r.passed or bool(self.reason())

    @property
    def override_reason(self) -> str | None:
        """The reason to pass to ``add_channel`` (None when the gate is met)."""
        r = self._report
        if r is None or r.passed:
            return None
        return self.reason() or None

    def set_report(self, report: GateReport) -> None:
        self._report = report
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.check_rows = []
        figures = report.figures
        if report.cap_reached and figures is not None:
            self.intro.setText(
                self.tr(
                    "cmstation keeps you to at most {max} channels, so the work stays doable. "
                    "Your channels over the last {days} days:"
                ).format(max=MAX_CHANNELS, days=figures.window_days)
            )
        elif report.cap_reached:
            self.intro.setText(
                self.tr(
                    "cmstation keeps you to at most {max} channels, so the work stays doable."
                ).format(max=MAX_CHANNELS)
            )
        elif figures is not None:
            self.intro.setText(
                self.tr(
                    "Start with one channel and master it before adding the next. "
                    "Your channels over the last {days} days:"
                ).format(days=figures.window_days)
            )
        if figures is not None:  # at the cap too: the figures say where the work stands
            for row, check in enumerate(figures.checks):
                mark = QLabel(TICK if check.ok else CROSS)
                mark.setObjectName("gateMark")
                mark.setStyleSheet(
                    f"color: {colour('ok' if check.ok else 'error').name()}; font-weight: bold;"
                )
                mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
                text = QLabel(render(check.text))
                text.setWordWrap(True)
                self.grid.addWidget(mark, row, 0)
                self.grid.addWidget(text, row, 1)
                self.check_rows.append((check.ok, text.text()))
            self.grid.setColumnStretch(1, 1)
        self.channel_rows = self._add_channel_rows(report, len(self.check_rows))
        self.grid_box.setVisible(bool(self.check_rows))
        if report.cap_reached:
            self.verdict.setText(render(cap_text(report.existing)))
            verdict = colour("error")
        elif report.passed:
            self.verdict.setText(
                self.tr("Your channels are under control: you may add another one.")
            )
            verdict = colour("ok")
        else:
            self.verdict.setText(
                self.tr(
                    "Not yet: answer what waits and keep the response time down first. "
                    "You can still add a channel if you write down why."
                )
            )
            verdict = colour("error")
        self.verdict.setStyleSheet(f"color: {verdict.name()}; font-weight: bold;")
        needs_reason = not report.passed and not report.cap_reached
        self.reason_label.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        self.changed.emit()

    def _add_channel_rows(self, report: GateReport, first_row: int) -> list[str]:
        """Under the checks, each channel's own figures on a line ("answered 92% · ...")."""
        if len(report.per_channel) < 2:
            return []
        head = QLabel(self.tr("Per channel:"))
        head.setObjectName("muted")
        self.grid.addWidget(head, first_row, 0, 1, 2)
        lines = []
        for i, (name, fig) in enumerate(report.per_channel, start=first_row + 1):
            line = f"{name}: {mastery_words(fig, QCoreApplication.translate)}"
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(label, i, 1)
            lines.append(line)
        return lines


class MasteryGateDialog(QDialog):
    """The gate figures on their own, read-only (no reason field)."""

    def __init__(self, report: GateReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are your channels under control?"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        self.panel = MasteryGatePanel()
        self.panel.set_report(report)
        self.panel.reason_label.hide()
        self.panel.reason_edit.hide()
        lay.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
