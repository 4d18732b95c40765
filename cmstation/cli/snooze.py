"""``cmstation snooze ID... --until TIME [--note TEXT]``: hide messages until a time
("tomorrow": the next working morning of the profile, else 09:00; "next-week"; a date; a
date and time; "3h", "2d"); they come back as needs-reply, at the top, with the note.
``snooze --list`` shows what sleeps; ``--cancel`` brings messages back now."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace, print_json, utc_iso
from cmstation.cli.labels import MSG_UNDO
from cmstation.cli.lang import tr
from cmstation.core.clock import SystemClock
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.snooze import BadTime, resolve_until
from cmstation.core.timezones import profile_zone
from cmstation.storage import messages, snoozes
from cmstation.storage.profile import load_profile

MSG_BAD_TIME = QT_TRANSLATE_NOOP(
    "Cli",
    "Not a time: {value!r}. Use tomorrow, next-week, a date (2026-12-24), a date and time "
    "(2026-12-24T14:00) or a span (3h, 2d).",
)
MSG_PAST = QT_TRANSLATE_NOOP("Cli", "{value!r} has already passed.")
MSG_NO_MESSAGE = QT_TRANSLATE_NOOP("Cli", "There is no message {id} (see: cmstation inbox).")
MSG_NEED_UNTIL = QT_TRANSLATE_NOOP("Cli", "Say until when: --until TIME.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "snooze",
        help=tr(QT_TRANSLATE_NOOP("Cli", "hide messages until a time, then bring them back")),
    )
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument(
        "--until",
        metavar="TIME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "tomorrow, next-week, a date, a date and time, 3h, 2d")),
    )
    p.add_argument(
        "--note",
        default="",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("Cli", "shown when it comes back")),
    )
    p.add_argument(
        "--list", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "list what is snoozed"))
    )
    p.add_argument(
        "--cancel",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "bring the messages back now")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    now = int(SystemClock().now())
    db = open_existing_workspace(args)
    try:
        snoozes.wake_due(db, now=now)
        if args.list or not args.ids:
            return _list(db, args)
        missing = [i for i in args.ids if messages.get_message(db, i) is None]
        if missing:
            raise CmstationError.from_text(Text("Cli", MSG_NO_MESSAGE, {"id": missing[0]}))
        if args.cancel:
            n = snoozes.unsnooze(db, args.ids, now=now)
            print(tr(QT_TRANSLATE_NOOP("Cli", "{n} messages are back."), n=n))
            return 0
        if not args.until:
            raise CmstationError.from_text(Text("Cli", MSG_NEED_UNTIL))
        try:
            profile = load_profile(db)
            until = resolve_until(
                args.until,
                now=now,
                working_hours=profile.working_hours,
                tz=profile_zone(profile),
            )
        except BadTime:
            raise CmstationError.from_text(
                Text("Cli", MSG_BAD_TIME, {"value": args.until})
            ) from None
        if until <= now:
            raise CmstationError.from_text(Text("Cli", MSG_PAST, {"value": args.until}))
        result = snoozes.snooze_messages(db, args.ids, until, args.note, now=now)
    finally:
        db.conn.close()
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "{n} messages snoozed until {time}."),
            n=result.changed,
            time=utc_iso(until),
        )
    )
    print(tr(MSG_UNDO, token=result.token))
    return 0


def _list(db, args: argparse.Namespace) -> int:
    rows = snoozes.list_snoozed(db)
    if args.json:
        print_json([{"id": s.message_id, "until": utc_iso(s.until), "note": s.note} for s in rows])
        return 0
    if not rows:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Nothing is snoozed.")))
    for s in rows:
        print(f"{s.message_id:>7}  {utc_iso(s.until)}  {s.note}")
    return 0
