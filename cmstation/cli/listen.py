"""``cmstation listen``: the scheduler in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from cmstation import config
from cmstation.cli.common import open_existing_workspace
from cmstation.cli.sweep import adapter_builder, secrets_or_none
from cmstation.listening.scheduler import ListenService
from cmstation.storage import channels as channel_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("listen", help="sweep on schedule until interrupted (Ctrl+C)")
    p.add_argument(
        "--page-budget",
        type=int,
        default=5,
        metavar="N",
        help="at most N pages per source and sweep (default 5)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)  # it must exist; the jobs open their own connections
    names = {c.id: c.name for c in channel_store.list_channels(db)}
    db.conn.close()
    stop = threading.Event()

    def on_summary(s) -> None:
        line = f"{names.get(s.channel_id, s.channel_id)}: {s.status} - {s.new} new"
        if s.status != "ok":
            line += f" ({s.detail})"
        print(line, flush=True)

    service = ListenService(
        config.workspace_path(getattr(args, "data_dir", None)),
        adapter_builder(secrets_or_none()),
        page_budget=max(1, args.page_budget),
        on_summary=on_summary,
    )
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("Listening; press Ctrl+C to stop.", file=sys.stderr, flush=True)
    service.start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        service.shutdown(wait=True)
        signal.signal(signal.SIGTERM, previous)
    print("Stopped listening.", file=sys.stderr)
    return 0
