"""First start: no channels yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

BOX_WIDTH = 560


class WelcomeView(QWidget):
    setup_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        box = QWidget()
        box.setFixedWidth(BOX_WIDTH)
        lay = QVBoxLayout(box)
        lay.setSpacing(14)

        title = QLabel(self.tr("Welcome to cmstation"))
        title.setObjectName("welcomeTitle")
        lay.addWidget(title)
        lay.addWidget(
            self._wrapped(
                self.tr(
                    "One quiet inbox for the conversations about your brand. Start with one "
                    "channel and master it: listen first, then answer like a person, within "
                    "the day."
                )
            )
        )

        self.setup_button = QPushButton(self.tr("Set up your first channel"))
        self.setup_button.setObjectName("primaryButton")
        self.setup_button.setMinimumHeight(40)
        self.setup_button.clicked.connect(self.setup_requested)
        lay.addWidget(self.setup_button)

        self.sample_button = QPushButton(self.tr("Explore the sample workspace"))
        self.sample_button.setMinimumHeight(40)
        self.sample_button.clicked.connect(self.sample_requested)
        lay.addWidget(self.sample_button)

        hint = self._wrapped(
            self.tr(
                "The sample is a fictional Dutch bike shop with a month of mentions. It opens "
                "as a temporary copy: nothing you do there touches your own workspace."
            )
        )
        hint.setObjectName("muted")
        lay.addWidget(hint)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        margins = 24  # the box layout's own margins
        label.setMinimumHeight(label.heightForWidth(BOX_WIDTH - margins))
        return label
