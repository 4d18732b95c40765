"""The report's charts, painted with QPainter (no chart library): stacked bars per day
(volume by channel, by sentiment) and lines per week (reach). The same painting makes the
window's widget and the PDF's image, so both show the same figures; the numbers are in the
table beside each chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cmstation.insights.tables import Series
from cmstation.ui.common.theme import colour as theme_colour

#: colours of a chart's series: a role for what has a meaning, else a cycle
_ROLE_OF = {
    "sentiment:negative": "error",
    "sentiment:neutral": "muted",
    "sentiment:positive": "ok",
    "reach:negative": "error",
    "reach:positive": "ok",
}
_CYCLE = ("info", "warning", "sending", "ok", "error")


def series_colour(s: Series, index: int, palette=None) -> QColor:
    return theme_colour(_ROLE_OF.get(s.name, _CYCLE[index % len(_CYCLE)]), palette)


def _label(s: Series, translate) -> str:
    return s.label if isinstance(s.label, str) else s.label.render(translate)


def paint_chart(
    p: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    *,
    kind: str,
    translate,
    font: QFont,
    palette=None,
) -> None:
    """Paint ``series`` into ``rect``: ``kind`` "bars" (stacked per date) or "lines";
    ``palette``: whose colours (None: the window's; the PDF passes a light one for paper)."""

    def colour(role):  # the roles of this palette
        return theme_colour(role, palette)

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    fm = p.fontMetrics()
    text = colour("text")
    grid = colour("border")
    dates: list[date] = sorted({d for s in series for d, _v in s.points})
    legend_h = fm.height() + 6
    if kind == "bars":
        totals = [sum(v for s in series for d2, v in s.points if d2 == d) for d in dates]
    else:
        totals = [v for s in series for _d, v in s.points]
    top = max([1.0, *totals])
    axis_w = fm.horizontalAdvance(f"{top:,.0f}") + 8  # the widest value on the axis
    plot = QRectF(
        rect.left() + axis_w + 4, rect.top() + 6, rect.width() - axis_w - 12, rect.height() - 34
    )
    plot.setBottom(rect.bottom() - legend_h - fm.height() - 6)
    p.setPen(QPen(grid, 1))
    for i in range(5):
        y = plot.bottom() - plot.height() * i / 4
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(text)
        value = top * i / 4
        p.drawText(
            QRectF(rect.left(), y - fm.height() / 2, axis_w, fm.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{value:,.0f}" if top >= 8 else f"{value:.1f}",
        )
        p.setPen(QPen(grid, 1))
    if dates:
        step = plot.width() / len(dates)
        if kind == "bars":
            for i, d in enumerate(dates):
                y = plot.bottom()
                for k, s in enumerate(series):
                    v = next((v for d2, v in s.points if d2 == d), 0)
                    h = plot.height() * v / top
                    p.fillRect(
                        QRectF(plot.left() + i * step + step * 0.15, y - h, step * 0.7, h),
                        series_colour(s, k, palette),
                    )
                    y -= h
        else:
            for k, s in enumerate(series):
                p.setPen(QPen(series_colour(s, k, palette), 2))
                pts = [
                    QPointF(
                        plot.left() + dates.index(d) * step + step / 2,
                        plot.bottom() - plot.height() * v / top,
                    )
                    for d, v in s.points
                ]
                for a, b in zip(pts, pts[1:], strict=False):
                    p.drawLine(a, b)
                for pt in pts:
                    p.drawEllipse(pt, 2.5, 2.5)
        p.setPen(text)
        first, last = dates[0].isoformat(), dates[-1].isoformat()
        y = plot.bottom() + 4
        p.drawText(QRectF(plot.left(), y, 120, fm.height()), first)
        p.drawText(
            QRectF(plot.right() - 120, y, 120, fm.height()),
            int(Qt.AlignmentFlag.AlignRight),
            last,
        )
    x = plot.left()
    y = rect.bottom() - legend_h + 3
    for k, s in enumerate(series):
        name = _label(s, translate)
        p.fillRect(QRectF(x, y + 3, 10, 10), series_colour(s, k, palette))
        p.setPen(text)
        w = fm.horizontalAdvance(name)
        p.drawText(QRectF(x + 14, y, w + 4, fm.height()), name)
        x += w + 30
    p.restore()


def chart_image(series, *, kind: str, translate, size: QSize, font: QFont, palette=None) -> QImage:
    """The chart as an image (for the PDF), on the palette's base colour."""
    img = QImage(size, QImage.Format.Format_ARGB32)
    img.fill(theme_colour("base", palette))
    p = QPainter(img)
    paint_chart(
        p,
        QRectF(0, 0, size.width(), size.height()),
        series,
        kind=kind,
        translate=translate,
        font=font,
        palette=palette,
    )
    p.end()
    return img


class ChartWidget(QWidget):
    """One chart in the Insights view."""

    def __init__(self, kind: str, translate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.translate = translate
        self.series: list[Series] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_series(self, series: Sequence[Series]) -> None:
        self.series = list(series)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 220)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), theme_colour("base"))
        paint_chart(
            p,
            QRectF(self.rect()),
            self.series,
            kind=self.kind,
            translate=self.translate,
            font=self.font(),
        )
        p.end()
