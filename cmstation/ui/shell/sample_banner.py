"""In the sample workspace the composer says, before anything is written, that replies stop
in its outbox (its channels are made up), and offers to connect the user's own account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class SampleBanner(QFrame):
    connect_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(
            QCoreApplication.translate(
                "SampleBanner",
                "This is the sample workspace: its channels are made up, so replies wait in "
                "its outbox and are never sent.",
            )
        )
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.connect_button = QPushButton(
            QCoreApplication.translate("SampleBanner", "Connect your own account\u2026")
        )
        self.connect_button.setAccessibleName(self.connect_button.text())
        self.connect_button.clicked.connect(self.connect_requested)
        lay.addWidget(self.connect_button)
