"""``cmstation label add|list|remove NAME`` and ``label set|unset LABEL ID...``: labels
without a screen. Setting a label on many messages is one bulk action; its undo token is
printed (``cmstation undo TOKEN``). ``cmstation inbox --search label:NAME`` finds them."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace, print_json
from cmstation.cli.lang import tr
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.storage import labels

MSG_UNDO = QT_TRANSLATE_NOOP("Cli", "Undo with: cmstation undo {token}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "label", help=tr(QT_TRANSLATE_NOOP("Cli", "make labels and put them on messages"))
    )
    cmds = p.add_subparsers(dest="label_command", metavar="ACTION", required=True)
    add = cmds.add_parser("add", help=tr(QT_TRANSLATE_NOOP("Cli", "make a label")))
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--colour",
        "--color",
        default="",
        metavar="COLOUR",
        help=tr(QT_TRANSLATE_NOOP("Cli", "its colour, e.g. #d9534f")),
    )
    add.set_defaults(func=run_add)
    ls = cmds.add_parser(
        "list", help=tr(QT_TRANSLATE_NOOP("Cli", "list labels and how many messages carry each"))
    )
    ls.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    ls.set_defaults(func=run_list)
    rm = cmds.add_parser(
        "remove", help=tr(QT_TRANSLATE_NOOP("Cli", "delete a label (messages lose it)"))
    )
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(func=run_remove)
    for name, helptext, remove in (
        ("set", QT_TRANSLATE_NOOP("Cli", "put a label on messages"), False),
        ("unset", QT_TRANSLATE_NOOP("Cli", "take a label off messages"), True),
    ):
        c = cmds.add_parser(name, help=tr(helptext))
        c.add_argument("name", metavar="LABEL")
        c.add_argument("ids", type=int, nargs="+", metavar="ID")
        if not remove:
            c.add_argument(
                "--create",
                action="store_true",
                help=tr(QT_TRANSLATE_NOOP("Cli", "make the label when there is none yet")),
            )
        c.set_defaults(func=run_set, remove=remove)


def run_add(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        label = labels.add_label(db, args.name, args.colour)
    finally:
        db.conn.close()
    print(tr(QT_TRANSLATE_NOOP("Cli", "Label {name!r} made."), name=label.name))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        found = labels.list_labels(db)
    finally:
        db.conn.close()
    if args.json:
        print_json(
            [
                {"id": lb.id, "name": lb.name, "colour": lb.colour, "messages": lb.count}
                for lb in found
            ]
        )
        return 0
    if not found:
        print(tr(QT_TRANSLATE_NOOP("Cli", "No labels yet (cmstation label add NAME).")))
    for lb in found:
        print(f"{lb.name:<24} {lb.colour:<9} {lb.count:>7}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        n = labels.remove_label(db, args.name)
    finally:
        db.conn.close()
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Label {name!r} deleted; {n} messages lost it."),
            name=args.name,
            n=n,
        )
    )
    return 0


def run_set(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        result = labels.label_messages(
            db, args.ids, args.name, remove=args.remove, create=getattr(args, "create", False)
        )
    finally:
        db.conn.close()
    text = (
        QT_TRANSLATE_NOOP("Cli", "Label {name!r} taken off {n} of {total} messages.")
        if args.remove
        else QT_TRANSLATE_NOOP("Cli", "Label {name!r} put on {n} of {total} messages.")
    )
    print(tr(text, name=args.name, n=result.changed, total=result.matched))
    if result.token is not None:
        print(tr(MSG_UNDO, token=result.token))
    return 0
