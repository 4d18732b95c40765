"""``cmstation report [--period 7d|30d|90d|FROM..TO] [--channel ID] [--json | --csv DIR |
--pdf FILE]``: the client report without a screen (insights.report.build_report, the figures
the Insights view shows). Text by default; --json the whole report; --csv one file per table."""

from __future__ import annotations

import argparse
import sys

from cmstation.cli.common import existing_channel, open_existing_workspace
from cmstation.cli.lang import tr
from cmstation.core.clock import SystemClock
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.translations import render
from cmstation.insights.export import report_json, write_all_csv
from cmstation.insights.report import Report, build_report
from cmstation.storage.profile import load_profile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the client report: responsiveness, reach, pyramid")),
    )
    p.add_argument(
        "--period",
        default="30d",
        metavar="PERIOD",
        help=tr(QT_TRANSLATE_NOOP("Cli", "7d, 30d (default), 90d or FROM..TO (dates)")),
    )
    p.add_argument(
        "--channel",
        type=int,
        metavar="ID",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only this channel (default: every channel)")),
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    out.add_argument(
        "--csv",
        metavar="DIR",
        help=tr(QT_TRANSLATE_NOOP("Cli", "write one CSV file per table into DIR")),
    )
    out.add_argument(
        "--pdf", metavar="FILE", help=tr(QT_TRANSLATE_NOOP("Cli", "write a PDF report"))
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        if args.channel is not None:
            existing_channel(db, args.channel)
        report = build_report(
            db, args.period, args.channel, now=SystemClock().now(), profile=load_profile(db)
        )
    finally:
        db.conn.close()
    if args.pdf:
        from cmstation import cli as front  # Qt's PDF writer, through the entry point

        print(front.write_pdf_report(report, args.pdf))
    elif args.json:
        sys.stdout.write(report_json(report, render) + "\n")
    elif args.csv:
        for path in write_all_csv(report, args.csv, render):
            print(path)
    else:
        print(summary(report))
    return 0


def _h(v) -> str:
    return "-" if v is None else f"{v:g}"


def summary(report: Report) -> str:
    """A readable page of the main figures (the tables are in --json and --csv)."""
    r, p = report.responsiveness, report.period
    o, c = r.overall, r.complaints
    share = "-" if o.answered_share is None else f"{round(o.answered_share * 100)}%"
    lines = [
        tr(
            QT_TRANSLATE_NOOP("Cli", "Report {first} to {last} ({zone}){brand}"),
            first=p.first_day.isoformat(),
            last=p.last_day.isoformat(),
            zone=p.zone,
            brand=f" - {report.brand}" if report.brand else "",
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Responsiveness: answered {answered} of {needed} ({share}); first response "
                "median {median} h, p90 {p90} h; in working hours {wmedian} h, p90 {wp90} h "
                "(target {target} h)",
            ),
            answered=o.answered,
            needed=o.needed,
            share=share,
            median=_h(o.median_hours),
            p90=_h(o.p90_hours),
            wmedian=_h(o.median_working_hours),
            wp90=_h(o.p90_working_hours),
            target=f"{r.target_hours:g}",
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Complaints: answered {answered} of {needed}; median {median} h "
                "({wmedian} working h); waiting now {waiting}",
            ),
            answered=c.answered,
            needed=c.needed,
            median=_h(c.median_hours),
            wmedian=_h(c.median_working_hours),
            waiting=r.complaints_backlog,
        ),
        tr(
            QT_TRANSLATE_NOOP("Cli", "Backlog: {n} waiting, the oldest {hours} h"),
            n=r.backlog,
            hours=_h(r.oldest_waiting_hours),
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Volume: {total} messages; reach of positive {pos}, of negative {neg}"
            ),
            total=report.volume.total,
            pos=report.reach.positive_reach,
            neg=report.reach.negative_reach,
        ),
    ]
    for lv in report.pyramid.levels:
        people = "?" if lv.people is None else str(lv.people)
        trend = "" if lv.trend is None else f" ({lv.trend:+d})"
        lines.append(f"  {render(lv.name)}: {people}{trend} - {render(lv.hint)}")
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Ambassadors: {n} ({engaged} answered by you)"),
            n=len(report.ambassadors.people),
            engaged=report.ambassadors.engaged,
        )
    )
    for a in report.ambassadors.people:
        lines.append(f"  {a.handle}: +{a.positive}, {a.answers}")
    lines.append(render(report.mastery.advice))
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Maturity: step {n} of 4"),
            n=report.maturity.current,
        )
    )
    for s in report.maturity.steps:
        mark = "x" if s.reached else " "
        lines.append(f"  [{mark}] {s.number}. {render(s.title)}: {render(s.shows)}")
        if not s.reached:
            lines.append(f"      {render(s.next)}")
    return "\n".join(lines)
