"""First start: no channels yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    setup_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(560)
        lay = QVBoxLayout(box)
        lay.setSpacing(14)

        title = QLabel(self.tr("Welcome to cmstation"))
        title.setObjectName("welcomeTitle")
        lay.addWidget(title)
        intro = QLabel(
            self.tr(
                "One quiet inbox for the conversations about your brand. Start with one channel "
                "and master it: listen first, then answer like a person, within the day."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.setup_button = QPushButton(self.tr("Set up your first channel"))
        self.setup_button.setObjectName("primaryButton")
        self.setup_button.setMinimumHeight(40)
        self.setup_button.clicked.connect(self.setup_requested)
        lay.addWidget(self.setup_button)

        self.sample_button = QPushButton(self.tr("Explore the sample workspace"))
        self.sample_button.setMinimumHeight(40)
        self.sample_button.clicked.connect(self.sample_requested)
        lay.addWidget(self.sample_button)

        hint = QLabel(
            self.tr(
                "The sample is a fictional Dutch bike shop with a month of mentions. It opens as "
                "a temporary copy: nothing you do there touches your own workspace."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)

        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
