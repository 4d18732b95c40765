"""``cmstation outbox``: see and steer queued replies headlessly."""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from cmstation.cli.common import (
    open_existing_workspace,
    owner_lease,
    print_json,
    secrets_or_none,
    utc_iso,
)
from cmstation.cli.lang import tr
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.outbox_item import OutboxState
from cmstation.core.translations import render
from cmstation.outbox.worker import MSG_HELD_BY_USER
from cmstation.storage import outbox as store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "outbox",
        help=tr(QT_TRANSLATE_NOOP("Cli", "queued replies: list, send now, hold, release, cancel")),
    )
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    lp = osub.add_parser(
        "list", help=tr(QT_TRANSLATE_NOOP("Cli", "list every reply in the outbox, with its state"))
    )
    lp.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as a JSON list"))
    )
    lp.add_argument(
        "--state",
        action="append",
        choices=[str(s) for s in OutboxState],
        metavar="STATE",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "only replies in this state (queued, sending, sent, held, failed, cancelled; "
                "repeat for several)",
            )
        ),
    )
    lp.add_argument("--all", action="store_true", help=argparse.SUPPRESS)  # the default now
    osub.add_parser(
        "send",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "send what may go now (one pass), then print what happened")
        ),
    )
    for name, helptext in (
        ("hold", QT_TRANSLATE_NOOP("Cli", "keep a queued reply back")),
        ("release", QT_TRANSLATE_NOOP("Cli", "let a held reply go")),
        ("cancel", QT_TRANSLATE_NOOP("Cli", "never send this reply")),
    ):
        ap = osub.add_parser(name, help=tr(helptext))
        ap.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=run)


MSG_NO_REPLY = QT_TRANSLATE_NOOP(
    "Cli", "There is no reply {id} in the outbox (see: cmstation outbox list)."
)
MSG_NOT_CANCELLABLE = QT_TRANSLATE_NOOP(
    "Cli", "Reply {id} is {state} and can no longer be cancelled."
)


def _reason(item) -> str:
    """Why the reply waits or was held, in the chosen language."""
    return render(item.reason_text)


def run_counts(run) -> str:
    """What one outbox pass did (an OutboxRun), in the chosen language."""
    return tr(
        QT_TRANSLATE_NOOP("Cli", "sent {sent}, held {held}, waiting {waiting}"),
        sent=len(run.sent),
        held=len(run.held),
        waiting=len(run.waiting),
    )


def _iso(ts: int | None) -> str:
    return utc_iso(ts) if ts else ""


MSG_GOES_AT = QT_TRANSLATE_NOOP("Cli", "goes at {time}")


def _local(ts: int) -> str:
    """A time the user reads, in their own time zone."""
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    cmd = args.outbox_command
    if cmd == "list":
        items = store.list_items(db, include_done=True)
        if args.state:
            items = [i for i in items if str(i.state) in args.state]
        if args.json:
            print_json(
                [
                    {
                        "id": i.id,
                        "channel_id": i.channel_id,
                        "message_id": i.message_id,
                        "state": str(i.state),
                        "reason": i.reason,
                        "text": i.text,
                        "queued_at": _iso(i.queued_at),
                        "not_before": _iso(i.not_before),
                        "sent_at": _iso(i.sent_at),
                        "url": i.remote_url,
                        "attempts": i.attempts,
                    }
                    for i in items
                ]
            )
            return 0
        if not items:
            print(tr(QT_TRANSLATE_NOOP("Cli", "The outbox is empty.")))
        for i in items:
            text = " ".join(i.text.split())
            print(f"{i.id:>5}  {i.state:<9} {_iso(i.queued_at)}  {text[:60]}")
            if i.state == OutboxState.QUEUED and i.not_before and i.not_before > time.time():
                print(f"       {tr(MSG_GOES_AT, time=_local(i.not_before))}")
            if i.reason:
                print(f"       {_reason(i)}")
        return 0
    if cmd == "send":
        from cmstation.outbox.outbox_pass import run_pass

        with owner_lease(args, "outbox"):  # one sender per workspace: a reply goes once
            run_ = run_pass(db, lambda: secrets_or_none(db))
        # queued replies whose time (send later, or a retry after a back-off) has not come:
        # waiting too, with when they go
        seen = set(run_.sent + run_.held + run_.waiting)
        later = [
            i
            for i in store.list_items(db, include_done=False)
            if i.id not in seen and i.state == OutboxState.QUEUED
        ]
        run_.waiting.extend(i.id for i in later)
        print(run_counts(run_))
        for item_id in run_.held + run_.waiting:
            item = store.get(db, item_id)
            line = _reason(item)
            if item.state == OutboxState.QUEUED and item.not_before:
                goes = tr(MSG_GOES_AT, time=_local(item.not_before))
                line = f"{line} ({goes})" if line else goes
            print(f"{item_id:>5}  {item.state}: {line}")
        return 0
    item = store.get(db, args.id)
    if item is None:
        raise CmstationError.from_text(Text("Cli", MSG_NO_REPLY, {"id": args.id}))
    if cmd == "hold":
        store.hold(db, args.id, Text("Outbox", MSG_HELD_BY_USER))
    elif cmd == "release":
        store.release(db, args.id)
    elif cmd == "cancel" and not store.cancel(db, args.id):
        raise CmstationError.from_text(
            Text("Cli", MSG_NOT_CANCELLABLE, {"id": args.id, "state": item.state})
        )
    print(f"{args.id}: {store.get(db, args.id).state}")
    return 0
