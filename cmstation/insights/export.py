"""Writing a report: JSON (``Report.as_dict``) and one CSV file per table (UTF-8, a header of
the table's column names; dates as ISO text, booleans as true/false, None as empty)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cmstation.insights.report import Report
from cmstation.insights.tables import Render, Table, english, plain


def _cell(v, render: Render):
    v = plain(v, render)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write_csv(table: Table, path: str | Path, render: Render = english) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(table.columns)
        for row in table.rows:
            w.writerow([_cell(v, render) for v in row])
    return path


def write_all_csv(report: Report, folder: str | Path, render: Render = english) -> list[Path]:
    """One ``<table name>.csv`` per table in ``folder`` (made when missing)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write_csv(t, folder / f"{t.name}.csv", render) for t in report.tables()]


def report_json(report: Report, render: Render = english) -> str:
    return json.dumps(report.as_dict(render), ensure_ascii=False, indent=2)
