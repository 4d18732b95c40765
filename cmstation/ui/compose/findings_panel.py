"""The findings of the reply checks, listed beside the composer: message, suggestion
(one click applies it) and a way to dismiss a finding for this draft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cmstation.compose import Finding, Severity
from cmstation.ui.compose.check_highlighter import severity_colour


def render_message(finding: Finding) -> str:
    return finding.message.render(QCoreApplication.translate)


def _elide(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


class FindingRow(QFrame):
    """One finding, compact (five fit in the composer at the default window size): a
    coloured mark, the message (wrapped, never cut), and small buttons at its right: Fix
    (applies the suggestion, which its tooltip shows), Show (selects the words) and Dismiss.
    The words it is about are in the row's tooltip and highlighted in the reply."""

    apply_clicked = Signal(object)
    dismiss_clicked = Signal(object)
    show_clicked = Signal(object)

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("findingRow")
        self.setProperty("severity", str(finding.severity))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.setSpacing(6)
        mark = QLabel()
        mark.setFixedSize(8, 8)
        mark.setStyleSheet(
            f"background: {severity_colour(finding.severity).name()}; border-radius: 4px;"
        )
        mark.setToolTip(self._severity_label(finding.severity))
        mark.setAccessibleName(self._severity_label(finding.severity))
        lay.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter)

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setText(render_message(finding))
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.message_label.setMinimumWidth(120)
        if finding.snippet.strip():
            self.setToolTip(f"\u201c{_elide(finding.snippet, 120)}\u201d")
        lay.addWidget(self.message_label, 1)

        self.apply_button: QPushButton | None = None
        if finding.suggestion is not None:
            full = (
                self.tr("Replace with \u201c{text}\u201d").format(
                    text=_elide(finding.suggestion, 60)
                )
                if finding.suggestion.strip()
                else self.tr("Remove it")
            )
            self.apply_button = QPushButton(self.tr("Fix"))
            self.apply_button.setObjectName("suggestionButton")
            self.apply_button.setToolTip(full)
            self.apply_button.setAccessibleName(full)
            self.apply_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.apply_button.clicked.connect(lambda: self.apply_clicked.emit(self.finding))
            lay.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("quietButton")
        self.show_button.setToolTip(self.tr("Select these words in the reply"))
        self.show_button.clicked.connect(lambda: self.show_clicked.emit(self.finding))
        lay.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("quietButton")
        self.dismiss_button.setToolTip(self.tr("Ignore this remark for this draft"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_clicked.emit(self.finding))
        lay.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _severity_label(self, severity: Severity) -> str:
        return {
            Severity.INFO: self.tr("Hint"),
            Severity.WARNING: self.tr("Warning"),
            Severity.ERROR: self.tr("Error: blocks sending"),
        }[severity]


class FindingsPanel(QScrollArea):
    """Lists findings, most severe first."""

    apply_requested = Signal(object)
    dismiss_requested = Signal(object)
    show_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: list[FindingRow] = []
        self.set_findings(())

    @staticmethod
    def _shape(findings: Sequence[Finding]) -> list[tuple]:
        """What a row shows; offsets aside (they move with every key typed before them)."""
        return [(f.rule, f.severity, f.snippet, f.suggestion, f.message) for f in findings]

    def set_findings(self, findings: Sequence[Finding], *, empty_text: str | None = None) -> None:
        ordered = sorted(findings, key=lambda f: (-f.severity.rank, f.start))
        if (
            ordered
            and len(ordered) == len(self.rows)
            and self._shape(ordered) == self._shape([r.finding for r in self.rows])
        ):
            for row, f in zip(self.rows, ordered, strict=True):
                row.finding = f  # the same remarks at new offsets: no rebuild
            return
        inner = QWidget()
        inner.setObjectName("findingsInner")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 0, 4, 0)
        lay.setSpacing(4)
        self.rows = []
        for f in ordered:
            row = FindingRow(f)
            row.apply_clicked.connect(self.apply_requested)
            row.dismiss_clicked.connect(self.dismiss_requested)
            row.show_clicked.connect(self.show_requested)
            self.rows.append(row)
            lay.addWidget(row)
        if not ordered:
            label = QLabel(
                empty_text
                if empty_text is not None
                else self.tr("Nothing to remark: this reads like a person.")
            )
            label.setObjectName("muted")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(label)
        lay.addStretch(1)
        self.setWidget(inner)  # deletes the previous one
