"""``cmstation mark STATE ID...``: mark messages done, ignored, spam or back to needs a reply,
as ``e`` and ``i`` do in the window. Safe beside a running window or ``listen``: each mark
is one short transaction, and the window shows it within a second or two."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace
from cmstation.cli.lang import tr
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import MessageState
from cmstation.storage import messages

# The states a person sets by hand ("replied" comes from a sent reply, "new" from a sweep).
STATES = [
    MessageState.DONE,
    MessageState.IGNORED,
    MessageState.SPAM,
    MessageState.NEEDS_REPLY,
]

MSG_NO_MESSAGE = QT_TRANSLATE_NOOP("Cli", "There is no message {id} (see: cmstation inbox).")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "mark",
        help=tr(QT_TRANSLATE_NOOP("Cli", "mark messages done, ignored, spam or needs_reply")),
    )
    p.add_argument("state", choices=[str(s) for s in STATES], metavar="STATE")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        missing = [i for i in args.ids if messages.get_message(db, i) is None]
        if missing:
            raise CmstationError.from_text(Text("Cli", MSG_NO_MESSAGE, {"id": missing[0]}))
        state = MessageState(args.state)
        messages.set_state(db, args.ids, state)  # one transaction: all or none
    finally:
        db.conn.close()
    for i in args.ids:
        print(f"{i}: {state}", flush=True)
    return 0
