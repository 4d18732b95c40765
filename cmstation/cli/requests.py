"""``cmstation requests CHANNEL [list | accept ID | dismiss ID]``: the mentions a Mastodon
server filtered (notification requests) and the Bluesky chats from people you do not follow
(message requests). Their messages are in the inbox already; accepting lets the account
through from now on, dismissing hides the request."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace, print_json, secrets_or_none
from cmstation.cli.lang import tr
from cmstation.core.i18n import QT_TRANSLATE_NOOP

MSG_NONE = QT_TRANSLATE_NOOP("Cli", "No requests waiting.")
MSG_LINE = QT_TRANSLATE_NOOP("Cli", "{id}  {handle} ({name}): {count} waiting")
MSG_ACCEPTED = QT_TRANSLATE_NOOP("Cli", "{id}: accepted")
MSG_DISMISSED = QT_TRANSLATE_NOOP("Cli", "{id}: dismissed")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "requests",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "mentions and messages the network holds back: list, accept, dismiss"
            )
        ),
    )
    p.add_argument(
        "channel",
        metavar="CHANNEL",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the channel: its id, its name or its kind")),
    )
    p.add_argument(
        "requests_command", nargs="?", default="list", choices=["list", "accept", "dismiss"]
    )
    p.add_argument("id", nargs="?", metavar="ID", default="")
    p.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as a JSON list"))
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cmstation.cli.inbox import _channel_id
    from cmstation.listening import requests as service
    from cmstation.storage import channels

    db = open_existing_workspace(args)
    try:
        channel = channels.get_channel(db, _channel_id(db, args.channel))
        secrets = secrets_or_none(db)
        if args.requests_command == "list":
            found = service.pending(channel, secrets)
            if args.json:
                print_json(
                    [
                        {
                            "id": r.id,
                            "kind": r.kind,
                            "handle": r.handle,
                            "name": r.display_name,
                            "count": r.count,
                        }
                        for r in found
                    ]
                )
                return 0
            if not found:
                print(tr(MSG_NONE))
            for r in found:
                name = r.display_name or r.handle
                print(tr(MSG_LINE, id=r.id, handle=r.handle, name=name, count=r.count))
            return 0
        if not args.id:
            print(tr(QT_TRANSLATE_NOOP("Cli", "cmstation requests: error: give the request ID")))
            return 2
        accept = args.requests_command == "accept"
        service.settle(db, channel, args.id, accept=accept, secrets=secrets)
        print(tr(MSG_ACCEPTED if accept else MSG_DISMISSED, id=args.id))
        return 0
    finally:
        db.conn.close()
