"""Insights (a navigation entry): the client report on screen, for a period (7 / 30 / 90
days or from..to) and a channel (or all), with the same figures ``cmstation report`` gives:
responsiveness, volume (charts with their tables), reach, the engagement pyramid,
ambassadors (one click writes to them), channel mastery over time and the maturity path.
Export writes every table as CSV, the whole report as JSON, or a one- or two-page PDF for
the client in the interface language.

The report is built on the window's task worker (insights.report.build_report reads only).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmstation.insights.report import STEPS, Report, build_report
from cmstation.storage import channels as channel_store
from cmstation.storage import profile as profile_store
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.theme import apply_style
from cmstation.ui.insights.charts import ChartWidget
from cmstation.ui.insights.report_tables import ReportTableModel, render, translate

STYLE = """
QLabel#insightsTitle { font-size: 14pt; font-weight: bold; }
QLabel#sectionTitle { font-size: 11pt; font-weight: bold; padding-top: 10px; }
QLabel#muted { color: @muted; }
QFrame#insightsInner { background: @canvas; }
"""

#: The charts and the table shown next to each (table name -> chart kind).
CHARTS = {"volume_by_channel": "bars", "volume_by_sentiment": "bars", "reach_weeks": "lines"}
PRESETS = (("7d", 7), ("30d", 30), ("90d", 90))


class InsightsView(QWidget):
    reloaded = Signal()
    status_changed = Signal(str)
    #: (which reload, parts done, parts) from the task worker while the report is built
    progress = Signal(int, int, int)
    # "Write to them" on an ambassador: the author's handle
    write_requested = Signal(str)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.tasks = tasks
        self.report: Report | None = None
        self.now = time.time  # tests inject a clock
        self._generation = 0
        apply_style(self, STYLE)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 6)
        head = QHBoxLayout()
        title = QLabel(self.tr("Insights"))
        title.setObjectName("insightsTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        for spec, n in PRESETS:
            self.period_combo.addItem(self.tr("Last %n day(s)", "", n), spec)
        self.period_combo.addItem(self.tr("From \u2026 to \u2026"), "custom")
        self.period_combo.setCurrentIndex(1)
        head.addWidget(self.period_combo)
        self.from_edit = QDateEdit(QDate.currentDate().addDays(-29))
        self.to_edit = QDateEdit(QDate.currentDate())
        for e, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
            e.setAccessibleName(name)
            e.setVisible(False)
            e.dateChanged.connect(lambda _d: self.reload())
            head.addWidget(e)
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.channel_combo.addItem(self.tr("All channels"), None)
        head.addWidget(self.channel_combo)
        self.export_csv = QPushButton(self.tr("CSV\u2026"))
        self.export_csv.setToolTip(self.tr("Every table as a CSV file, into a folder"))
        self.export_json = QPushButton(self.tr("JSON\u2026"))
        self.export_json.setToolTip(self.tr("The whole report as one JSON file"))
        self.export_pdf = QPushButton(self.tr("PDF report\u2026"))
        self.export_pdf.setToolTip(self.tr("A one- or two-page report for the client"))
        for b in (self.export_csv, self.export_json, self.export_pdf):
            b.setAccessibleName(b.toolTip())
            head.addWidget(b)
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        lay.addLayout(head)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("insightsProgress")
        self.progress_bar.setAccessibleName(self.tr("Computing the figures"))
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.hide()
        lay.addWidget(self.progress_bar)
        self.progress.connect(self._on_progress)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.scroll, 1)
        self.charts: dict[str, ChartWidget] = {}
        self.tables: dict[str, QTableView] = {}
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.reload())

    # -- what to show -------------------------------------------------------------------

    def period_spec(self) -> str:
        spec = self.period_combo.currentData()
        if spec != "custom":
            return spec
        a = self.from_edit.date().toString("yyyy-MM-dd")
        b = self.to_edit.date().toString("yyyy-MM-dd")
        return f"{a}..{b}"

    def channel_id(self) -> int | None:
        return self.channel_combo.currentData()

    def _period_changed(self, _i: int) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.reload()

    def reload(self) -> None:
        """Build the report for the period and channel chosen (on the task worker)."""
        self._generation += 1
        gen, spec, cid, now = self._generation, self.period_spec(), self.channel_id(), self.now()
        self.summary.setText(self.tr("Computing the figures\u2026"))  # off the GUI thread
        self.progress_bar.setRange(0, STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.show()

        def work(db):
            listed = [(c.id, c.name) for c in channel_store.list_channels(db)]
            profile = profile_store.load_profile(db)

            def progress(done: int, total: int) -> None:  # on the worker: queued to the GUI
                self.progress.emit(gen, done, total)

            report = build_report(db, spec, cid, now=now, profile=profile, progress=progress)
            return listed, report

        def done(result):
            if gen != self._generation:
                return
            self.progress_bar.hide()
            listed, report = result
            self._fill_channels(listed)
            self.show_report(report)

        def failed(exc):
            if gen == self._generation:
                self.progress_bar.hide()
                self.summary.setText(plain_error(exc))
                self.status_changed.emit(plain_error(exc))

        self.tasks.run(work, done, failed)

    def _on_progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _fill_channels(self, listed) -> None:
        if [self.channel_combo.itemData(i) for i in range(1, self.channel_combo.count())] == [
            cid for cid, _n in listed
        ]:
            return
        current = self.channel_id()
        self.channel_combo.blockSignals(True)
        while self.channel_combo.count() > 1:
            self.channel_combo.removeItem(1)
        for cid, name in listed:
            self.channel_combo.addItem(name, cid)
        i = self.channel_combo.findData(current)
        self.channel_combo.setCurrentIndex(max(i, 0))
        self.channel_combo.blockSignals(False)

    # -- showing ------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        self.report = report
        p = report.period
        self.summary.setText(
            self.tr("{first} to {last} ({zone}) \u00b7 {brand}").format(
                first=p.first_day.isoformat(),
                last=p.last_day.isoformat(),
                zone=p.zone,
                brand=report.brand or self.tr("no profile yet"),
            )
        )
        inner = QFrame()
        inner.setObjectName("insightsInner")
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 8, 8)
        self.charts, self.tables = {}, {}
        series = report.series()
        for table in report.tables():
            heading = QLabel(render(table.title))
            heading.setObjectName("sectionTitle")
            col.addWidget(heading)
            row = QHBoxLayout()
            if table.name in CHARTS:
                chart = ChartWidget(CHARTS[table.name], translate)
                chart.setAccessibleName(render(table.title))
                chart.set_series(series.get(table.name, []))
                self.charts[table.name] = chart
                row.addWidget(chart, 3)
            view = self._table_view(table)
            self.tables[table.name] = view
            row.addWidget(view, 2)
            col.addLayout(row)
            if table.name == "ambassadors" and table.rows:
                write = QPushButton(self.tr("Write to the selected ambassador\u2026"))
                write.clicked.connect(lambda _c=False, v=view: self._write_to(v))
                col.addWidget(write, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)
        self.scroll.setWidget(inner)
        self.reloaded.emit()

    def _table_view(self, table) -> QTableView:
        view = QTableView()
        view.setModel(ReportTableModel(table, view))
        view.setAccessibleName(render(table.title))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        rows = min(len(table.rows), 10)
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 24 * max(rows, 1) + 4)
        return view

    def _write_to(self, view: QTableView) -> None:
        index = view.currentIndex()
        table = view.model().table
        row = index.row() if index.isValid() else 0
        handle = table.rows[row][table.columns.index("handle")]
        self.write_requested.emit(str(handle))

    # -- export -------------------------------------------------------------------------

    def export(self, kind: str, target: str | None = None) -> str | None:
        """Write the report as ``kind`` ("csv" folder, "json" file, "pdf" file) to
        ``target`` (None: ask); returns where it went."""
        report = self.report
        if report is None:
            return None
        if target is None:
            target = self._ask_target(kind)
            if not target:
                return None
        try:
            if kind == "csv":
                from cmstation.insights.export import write_all_csv

                Path(target).mkdir(parents=True, exist_ok=True)
                write_all_csv(report, target, render)
            elif kind == "json":
                from cmstation.insights.export import report_json

                Path(target).write_text(report_json(report, render) + "\n", "utf-8")
            else:
                from cmstation.ui.insights.report_pdf import write_pdf

                write_pdf(report, target)
        except OSError as exc:
            self.status_changed.emit(plain_error(exc))
            return None
        self.status_changed.emit(self.tr("Saved: {path}").format(path=target))
        return target

    def _ask_target(self, kind: str) -> str:
        if kind == "csv":
            return QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("InsightsView", "Folder for the CSV files")
            )
        name = f"cmstation-report-{self.report.period.first_day}-{self.report.period.last_day}"
        if kind == "json":
            path, _f = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("InsightsView", "Save the report as JSON"),
                f"{name}.json",
                "JSON (*.json)",
            )
        else:
            path, _f = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("InsightsView", "Save the PDF report"),
                f"{name}.pdf",
                "PDF (*.pdf)",
            )
        return path
