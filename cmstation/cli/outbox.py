"""``cmstation outbox``: see and steer queued replies headlessly."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from cmstation.cli.common import open_existing_workspace
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import Text
from cmstation.outbox.worker import MSG_HELD_BY_USER
from cmstation.storage import outbox as store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("outbox", help="queued replies: list, send now, hold, release, cancel")
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    lp = osub.add_parser("list", help="list queued and recent replies")
    lp.add_argument("--json", action="store_true", help="as a JSON list")
    lp.add_argument("--all", action="store_true", help="also sent and cancelled replies")
    osub.add_parser("send", help="send what may go now (one pass), then print what happened")
    for name, helptext in (
        ("hold", "keep a queued reply back"),
        ("release", "let a held reply go"),
        ("cancel", "never send this reply"),
    ):
        ap = osub.add_parser(name, help=helptext)
        ap.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=run)


def _iso(ts: int | None) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if ts else ""


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    cmd = args.outbox_command
    if cmd == "list":
        items = store.list_items(db, include_done=args.all)
        if args.json:
            json.dump(
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
                ],
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            print()
            return 0
        if not items:
            print("The outbox is empty.")
        for i in items:
            text = " ".join(i.text.split())
            print(f"{i.id:>5}  {i.state:<9} {_iso(i.queued_at)}  {text[:60]}")
            if i.reason:
                print(f"       {i.reason}")
        return 0
    if cmd == "send":
        from cmstation.cli.sweep import secrets_or_none
        from cmstation.outbox.deliverers import build_deliverers
        from cmstation.outbox.worker import process_outbox

        run_ = process_outbox(db, build_deliverers(db, secrets_or_none(db)))
        print(f"sent {len(run_.sent)}, held {len(run_.held)}, waiting {len(run_.waiting)}")
        for item_id in run_.held + run_.waiting:
            item = store.get(db, item_id)
            print(f"{item_id:>5}  {item.state}: {item.reason}")
        return 0
    item = store.get(db, args.id)
    if item is None:
        raise CmstationError(
            f"There is no reply {args.id} in the outbox (see: cmstation outbox list)."
        )
    if cmd == "hold":
        store.hold(db, args.id, Text("Outbox", MSG_HELD_BY_USER))
    elif cmd == "release":
        store.release(db, args.id)
    elif cmd == "cancel" and not store.cancel(db, args.id):
        raise CmstationError(f"Reply {args.id} is {item.state} and can no longer be cancelled.")
    print(f"{args.id}: {store.get(db, args.id).state}")
    return 0
