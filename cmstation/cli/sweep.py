"""``cmstation sweep``: one listening sweep now, with a summary."""

from __future__ import annotations

import argparse
import sys

from cmstation.cli.common import (
    existing_channel,
    open_existing_workspace,
    owner_lease,
    print_json,
    secrets_or_none,
)
from cmstation.cli.lang import tr
from cmstation.core.clock import SystemClock
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.models import ChannelKind
from cmstation.core.translations import render
from cmstation.listening import adapters as factory
from cmstation.listening.scheduler import sweep_channel
from cmstation.listening.sweep import BAD_PAYLOAD, OK, SweepSummary
from cmstation.storage import channels as channel_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sweep",
        help=tr(QT_TRANSLATE_NOOP("Cli", "listen now: fetch what is new on the channels")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Sweeps every enabled channel (or one) once and prints a "
                "summary. Exit status 0 when every channel swept fine, 3 when one "
                "reported trouble (its status says what).",
            )
        ),
    )
    p.add_argument(
        "--channel", type=int, metavar="ID", help=tr(QT_TRANSLATE_NOOP("Cli", "only this channel"))
    )
    p.add_argument(
        "--page-budget",
        type=int,
        default=5,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "at most N pages per source (default 5)")),
    )
    p.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "the summaries as JSON"))
    )
    p.set_defaults(func=run)


def adapter_builder(secrets):
    def build(_db, channel):
        return factory.build_adapter(channel, factory.new_session(), secrets)

    return build


def print_summary(ch_name: str, s: SweepSummary, out=sys.stdout) -> None:
    counts = tr(
        QT_TRANSLATE_NOOP(
            "Cli", "{new} new, {updated} updated, {skipped} skipped, {requests} requests"
        ),
        new=s.new,
        updated=s.updated,
        skipped=s.skipped,
        requests=s.requests,
    )
    print(f"{s.channel_id:>3}  {ch_name}: {s.status} - {counts}", file=out)
    if s.status != OK:
        print(f"     {render(s.detail)}", file=out)
    for note in dict.fromkeys(render(n) for n in s.notes):
        print("     " + tr(QT_TRANSLATE_NOOP("Cli", "note: {note}"), note=note), file=out)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        with owner_lease(args, "sweep"):  # not beside the window's or a listen's sweeps
            return _sweep(args, db)
    finally:
        db.conn.close()


def _sweep(args: argparse.Namespace, db) -> int:
    if args.channel is not None:
        chans = [existing_channel(db, args.channel)]
    else:
        chans = [c for c in channel_store.list_channels(db) if c.enabled]
    chans = [c for c in chans if c.kind != ChannelKind.MANUAL]
    if not chans:
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "Nothing to sweep (manual channels are filled by hand)."))
        )
        return 0
    build = adapter_builder(secrets_or_none(db))
    clock = SystemClock()
    results = []
    trouble = False

    def progress(p):
        if not args.json:
            print(f"  {render(p.text)}", file=sys.stderr, flush=True)

    for ch in chans:
        s = sweep_channel(
            db,
            ch.id,
            build_adapter=build,
            clock=clock,
            page_budget=max(1, args.page_budget),
            on_progress=progress,
        )
        if s is None:
            continue
        results.append(s)
        trouble = trouble or s.status not in (OK, BAD_PAYLOAD)
        if not args.json:
            print_summary(ch.name, s)
    if args.json:
        print_json([s.as_dict() for s in results])
    return 3 if trouble else 0
