"""The client report as a PDF (Qt's QPdfWriter and QTextDocument): the brand, the face of the
company and the period on top, then the headline figures, the charts and the main tables,
in the interface language, on one or two A4 pages. Works with any QGuiApplication, also the
offscreen one ``cmstation report --pdf`` starts.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from cmstation.insights.report import Report
from cmstation.ui.common.photo import round_image
from cmstation.ui.common.theme import colour, light_palette
from cmstation.ui.insights.charts import chart_image
from cmstation.ui.insights.report_tables import cell_text, render, translate

#: the tables the client gets (the rest are in the CSV/JSON export): at most this many rows,
#: and the columns that fit a page (None: all)
PDF_TABLES = {
    "responsiveness_weeks": (8, None),
    "reach_top_complaints": (5, ("created_at", "handle", "reach", "state")),
    "pyramid": (6, None),
    "ambassadors": (5, ("handle", "display_name", "positive", "answers", "messages")),
    "maturity": (4, None),
}
#: responsiveness has many columns: the client gets these
_RESPONSIVENESS = (
    "week",
    "needed_reply",
    "answered",
    "answered_share",
    "median_hours",
    "p90_hours",
    "median_working_hours",
    "complaints_needed_reply",
    "complaints_median_hours",
    "target_hours",
)
CHARTS = (("volume_by_sentiment", "bars"), ("reach_weeks", "lines"))


def _png(img) -> str:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data.toBase64()).decode()


#: the face of the company on top of the report, in pixels of the embedded image
PHOTO_PX = 160


def face_image(path: str, size: int = PHOTO_PX) -> QImage | None:
    """The profile's photo cut to a circle; None when there is none."""
    return round_image(path, size)


def _table_html(table, limit: int, columns) -> str:
    if table.name == "responsiveness_weeks":
        columns = _RESPONSIVENESS
    keep = [i for i, c in enumerate(table.columns) if columns is None or c in columns]
    head = "".join(f"<th>{html.escape(render(table.headers[i]))}</th>" for i in keep)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(cell_text(row[i], table.columns[i]))}</td>" for i in keep)
        + "</tr>"
        for row in table.rows[:limit]
    )
    return (
        f"<h3>{html.escape(render(table.title))}</h3>"
        f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'
    )


def report_html(report: Report) -> str:
    p = report.period
    title = QCoreApplication.translate("ReportPdf", "Social media report")
    who = report.brand or ""
    period = QCoreApplication.translate("ReportPdf", "{first} to {last}").format(
        first=p.first_day.isoformat(), last=p.last_day.isoformat()
    )
    names = ", ".join(name for _cid, name in report.channels) or QCoreApplication.translate(
        "ReportPdf", "no channels"
    )
    paper = light_palette()  # a PDF is printed: light colours whatever the desktop's are
    font = QFont()
    font.setPointSize(13)
    charts = []
    series = report.series()
    for name, kind in CHARTS:
        img = chart_image(
            series.get(name, []),
            kind=kind,
            translate=translate,
            size=QSize(900, 300),
            font=font,
            palette=paper,
        )
        charts.append(
            f"<h3>{html.escape(render(report.table(name).title))}</h3>"
            f'<p><img src="data:image/png;base64,{_png(img)}" width="620"></p>'
        )
    tables = [_table_html(t, *PDF_TABLES[t.name]) for t in report.tables() if t.name in PDF_TABLES]
    border = colour("border", paper).name()
    muted = colour("muted", paper).name()
    line = (
        f'<p class="muted">{html.escape(who)} {html.escape(report.signoff)} \u00b7'
        f" {html.escape(period)} ({html.escape(p.zone)}) \u00b7 {html.escape(names)}</p>"
    )
    head = f"<h1>{html.escape(title)}</h1>{line}"
    face = face_image(report.photo_path)
    if face is not None:  # the human who answers, beside the title
        head = (
            '<table cellspacing="0" cellpadding="0"><tr>'
            f'<td width="70"><img src="data:image/png;base64,{_png(face)}" width="60"'
            f' height="60"></td><td valign="middle">{head}</td></tr></table>'
        )
    return f"""
<html><head><style>
body {{ font-family: sans-serif; font-size: 9pt; }}
h1 {{ font-size: 16pt; margin-bottom: 0; }}
h3 {{ font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }}
th {{ text-align: left; border-bottom: 1px solid {border}; font-size: 8pt; }}
td {{ border-bottom: 1px solid {border}; font-size: 8pt; }}
.muted {{ color: {muted}; }}
</style></head><body>
{head}
{"".join(charts)}
{"".join(tables)}
</body></html>"""


def write_pdf(report: Report, path: str | Path) -> Path:
    """Write the report to ``path`` (A4); the path written."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    writer.setTitle(QCoreApplication.translate("ReportPdf", "Social media report"))
    writer.setCreator("cmstation")
    doc = QTextDocument()
    doc.setHtml(report_html(report))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return path
