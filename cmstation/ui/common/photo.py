"""The face of the company as a picture: a local image file cut to a circle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath


def round_image(path: str | Path, size: int) -> QImage | None:
    """The image at ``path`` scaled to fill ``size`` pixels and cut to a circle (a QImage,
    so it may be made off the GUI thread); None when there is none or it does not read as
    an image."""
    p = Path(path).expanduser() if path else None
    if p is None or not p.is_file():
        return None
    src = QImage(str(p))
    if src.isNull():
        return None
    src = src.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    out = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(clip)
    painter.drawImage((size - src.width()) // 2, (size - src.height()) // 2, src)
    painter.end()
    return out
