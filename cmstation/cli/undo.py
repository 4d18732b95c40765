"""``cmstation undo TOKEN``: take back a bulk action or what a rule pass did (the token a
``label set``, ``snooze`` or ``rule test --apply`` printed; a sweep's rules too)."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace
from cmstation.cli.lang import tr
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.storage import change_sets

MSG_NO_TOKEN = QT_TRANSLATE_NOOP("Cli", "There is no change {token} to undo.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "undo", help=tr(QT_TRANSLATE_NOOP("Cli", "take back a bulk action or a rule pass"))
    )
    p.add_argument("token", type=int, metavar="TOKEN")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        result = change_sets.undo(db, args.token)
    finally:
        db.conn.close()
    if result is None:
        raise CmstationError.from_text(Text("Cli", MSG_NO_TOKEN, {"token": args.token}))
    if result.already_undone:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Change {token} was already undone."), token=args.token))
        return 0
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Undone: {n} changes put back, {skipped} left (changed since)."
            ),
            n=result.restored,
            skipped=result.skipped,
        )
    )
    return 0
