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
    """One finding: a coloured mark, the message, and its buttons."""

    apply_clicked = Signal(object)
    dismiss_clicked = Signal(object)
    show_clicked = Signal(object)

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("findingRow")
        self.setProperty("severity", str(finding.severity))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 6, 6)
        lay.setSpacing(8)
        mark = QLabel()
        mark.setFixedSize(8, 8)
        mark.setStyleSheet(
            f"background: {severity_colour(finding.severity).name()}; border-radius: 4px;"
        )
        mark.setToolTip(self._severity_label(finding.severity))
        lay.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

        body = QVBoxLayout()
        body.setSpacing(3)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setText(render_message(finding))
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        body.addWidget(self.message_label)
        if finding.snippet.strip() and finding.end - finding.start <= 80:
            quote = QLabel()
            quote.setObjectName("findingQuote")
            quote.setTextFormat(Qt.TextFormat.PlainText)
            quote.setText(f"\u201c{_elide(finding.snippet)}\u201d")
            body.addWidget(quote)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.apply_button: QPushButton | None = None
        if finding.suggestion is not None:
            label = (
                self.tr("Replace with \u201c{text}\u201d").format(
                    text=_elide(finding.suggestion, 40)
                )
                if finding.suggestion.strip()
                else self.tr("Remove it")
            )
            self.apply_button = QPushButton(label)
            self.apply_button.setObjectName("suggestionButton")
            self.apply_button.setToolTip(finding.suggestion)
            self.apply_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.apply_button.clicked.connect(lambda: self.apply_clicked.emit(self.finding))
            buttons.addWidget(self.apply_button)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("quietButton")
        self.show_button.setToolTip(self.tr("Select these words in the reply"))
        self.show_button.clicked.connect(lambda: self.show_clicked.emit(self.finding))
        buttons.addWidget(self.show_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("quietButton")
        self.dismiss_button.setToolTip(self.tr("Ignore this remark for this draft"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_clicked.emit(self.finding))
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        lay.addLayout(body, 1)

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
        lay.setSpacing(6)
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
