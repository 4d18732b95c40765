"""A small, calm gauge for the human-voice score (0-100)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cmstation.ui.common.theme import colour


def score_colour(score: int) -> QColor:
    if score >= 80:
        return colour("ok")
    if score >= 50:
        return colour("warning")
    return colour("error")


class VoiceGauge(QWidget):
    """A ring that fills with the score; the number sits in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Human voice: 100 is a reply with nothing to remark"))

    @property
    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None) -> None:
        score = None if score is None else max(0, min(100, int(score)))
        if score != self._score:
            self._score = score
            self.setAccessibleDescription(
                self.tr("Human voice score {score} of 100").format(score=score)
                if score is not None
                else ""
            )
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, 40)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 6
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen = QPen(colour("border"), 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(rect)
        if self._score is not None:
            pen.setColor(score_colour(self._score))
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, -int(360 * 16 * self._score / 100))
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            font.setBold(True)
            p.setFont(font)
            p.setPen(colour("strong"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self._score))
        p.end()
