"""``cmstation listen``: the scheduler in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from cmstation import config
from cmstation.cli.args import positive_int
from cmstation.cli.common import open_existing_workspace, owner_lease, secrets_or_none
from cmstation.cli.lang import tr
from cmstation.cli.outbox import run_counts
from cmstation.cli.sweep import adapter_builder
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.translations import render
from cmstation.listening.scheduler import ListenService
from cmstation.logs import explain
from cmstation.storage import channels as channel_store

#: How often the outbox is tried while listening (seconds).
OUTBOX_SECONDS = 30


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "listen", help=tr(QT_TRANSLATE_NOOP("Cli", "sweep on schedule until interrupted (Ctrl+C)"))
    )
    p.add_argument(
        "--page-budget",
        type=int,
        default=5,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "at most N pages per source and sweep (default 5)")),
    )
    p.add_argument(
        "--outbox-seconds",
        type=positive_int,
        default=OUTBOX_SECONDS,
        metavar="S",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "try the outbox every S seconds (default 30; it also goes at the start)"
            )
        ),
    )
    p.set_defaults(func=run)


def outbox_pass(workspace_path: Path, secrets: Any) -> Any:
    """Send what may go now from the outbox, on a connection of its own (an OutboxRun)."""
    from cmstation.outbox.outbox_pass import run_pass
    from cmstation.storage.connection import connect

    db = connect(workspace_path)
    try:
        return run_pass(db, lambda: secrets)
    finally:
        db.conn.close()


def _send_outbox(workspace_path: Path, secrets: Any) -> None:
    if secrets is None:  # no keyring: replies wait (rather than being held for a login)
        return
    try:
        r = outbox_pass(workspace_path, secrets)
    except Exception as exc:  # noqa: BLE001 - listening goes on; said on stderr
        print(
            tr(
                QT_TRANSLATE_NOOP("Cli", "outbox: could not send: {error}"),
                error=render(explain(exc)),
            ),
            file=sys.stderr,
            flush=True,
        )
        return
    if r.sent or r.held:
        print(tr(QT_TRANSLATE_NOOP("Cli", "outbox: {counts}"), counts=run_counts(r)), flush=True)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)  # it must exist; the jobs open their own connections
    try:
        lease = owner_lease(args, "listen")  # one process listens and sends per workspace
    except BaseException:
        db.conn.close()
        raise
    with lease:
        return _listen(args, db)


def _listen(args: argparse.Namespace, db) -> int:
    names = {c.id: c.name for c in channel_store.list_channels(db)}
    secrets = secrets_or_none(db)
    db.conn.close()
    stop = threading.Event()

    def on_summary(s) -> None:
        new = tr(QT_TRANSLATE_NOOP("Cli", "{new} new"), new=s.new)
        line = f"{names.get(s.channel_id, s.channel_id)}: {s.status} - {new}"
        if s.status != "ok":
            line += f" ({render(s.detail)})"
        print(line, flush=True)

    path = config.workspace_path(getattr(args, "data_dir", None))
    service = ListenService(
        path,
        adapter_builder(secrets),
        page_budget=max(1, args.page_budget),
        on_summary=on_summary,
    )
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(
        tr(QT_TRANSLATE_NOOP("Cli", "Listening; press Ctrl+C to stop.")),
        file=sys.stderr,
        flush=True,
    )
    if secrets is None:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "No secure keyring: queued replies wait in the outbox until one is available.",
                )
            ),
            file=sys.stderr,
            flush=True,
        )
    service.start()
    next_outbox = 0.0  # the outbox goes first, then every OUTBOX_SECONDS
    try:
        while not stop.wait(0.5):
            if time.monotonic() >= next_outbox:
                _send_outbox(path, secrets)
                next_outbox = time.monotonic() + args.outbox_seconds
    except KeyboardInterrupt:
        pass
    finally:
        service.shutdown(wait=True)
        signal.signal(signal.SIGTERM, previous)
    print(tr(QT_TRANSLATE_NOOP("Cli", "Stopped listening.")), file=sys.stderr)
    return 0
