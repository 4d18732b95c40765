"""The whole conversation, headlessly: ``cmstation reply``, ``post``, ``react``, ``moderate``
and ``dm list``. Each only checks and queues (one short transaction, safe beside a running
window or ``listen``); the outbox sends it (``cmstation outbox send``, the window, or
``listen``), exactly once."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from cmstation.cli.common import open_existing_workspace, print_json, utc_iso
from cmstation.cli.lang import tr
from cmstation.core.actions import REPORT_REASONS, ActionKind
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.translations import render

MSG_QUEUED = QT_TRANSLATE_NOOP("Cli", "Queued as outbox item {id}; it goes with the next send.")
MSG_QUEUED_AT = QT_TRANSLATE_NOOP("Cli", "Queued as outbox item {id}, to go at {time}.")
MSG_REFUSED = QT_TRANSLATE_NOOP(
    "Cli",
    "Not queued: %n finding(s) say it cannot go out as it is. Fix them, or add --force.",
    "",
    1,
)
MSG_ACTION_QUEUED = QT_TRANSLATE_NOOP("Cli", "{id}: {what}")
MSG_ACTION_CANCELLED = QT_TRANSLATE_NOOP(
    "Cli", "{id}: the queued action was taken back before it was sent; nothing goes."
)
MSG_BAD_TIME = QT_TRANSLATE_NOOP(
    "Cli", "not a time: {value!r} (use HH:MM, or a date and time like 2026-12-03T09:30)"
)
MSG_NO_DMS = QT_TRANSLATE_NOOP("Cli", "No private messages.")

_TEXT_HELP = QT_TRANSLATE_NOOP("Cli", 'the text; "-" or nothing reads it from standard input')
_AT_HELP = QT_TRANSLATE_NOOP(
    "Cli", "send later: HH:MM (the next time it is that o'clock) or a local date and time"
)
_FORCE_HELP = QT_TRANSLATE_NOOP("Cli", "queue it even when a check finds an error")


def send_time(value: str, now: datetime | None = None) -> int:
    """``--at``: "09:30" is the next 09:30 (today or tomorrow), else ISO date and time."""
    now = now or datetime.now()
    try:
        if len(value) <= 5 and ":" in value:
            hh, mm = (int(x) for x in value.split(":"))
            at = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
            if at <= now:
                at += timedelta(days=1)
        else:
            at = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(MSG_BAD_TIME, value=value)) from None
    return int(at.timestamp())


def register(sub: argparse._SubParsersAction) -> None:
    rp = sub.add_parser(
        "reply",
        help=tr(QT_TRANSLATE_NOOP("Cli", "check and queue a reply to a message")),
    )
    rp.add_argument("message_id", type=int, metavar="MESSAGE_ID")
    rp.add_argument("text", nargs="?", metavar="TEXT", help=tr(_TEXT_HELP))
    rp.add_argument(
        "--private",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "as a private message to the author (a reply to a private one always is)"
            )
        ),
    )
    rp.add_argument("--at", type=send_time, metavar="TIME", help=tr(_AT_HELP))
    rp.add_argument("--force", action="store_true", help=tr(_FORCE_HELP))
    rp.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object"))
    )
    rp.set_defaults(func=run_reply)

    pp = sub.add_parser(
        "post", help=tr(QT_TRANSLATE_NOOP("Cli", "check and queue a post of your own"))
    )
    pp.add_argument(
        "channel",
        metavar="CHANNEL",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the channel: its id, its name or its kind")),
    )
    pp.add_argument("text", nargs="?", metavar="TEXT", help=tr(_TEXT_HELP))
    pp.add_argument("--at", type=send_time, metavar="TIME", help=tr(_AT_HELP))
    pp.add_argument("--force", action="store_true", help=tr(_FORCE_HELP))
    pp.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object"))
    )
    pp.set_defaults(func=run_post)

    ap = sub.add_parser(
        "react", help=tr(QT_TRANSLATE_NOOP("Cli", "like or boost a message (again: take it back)"))
    )
    ap.add_argument("message_id", type=int, metavar="MESSAGE_ID")
    ap.add_argument("reaction", choices=["like", "boost"])
    ap.add_argument(
        "--undo", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "take it back"))
    )
    ap.set_defaults(func=run_action)

    mp = sub.add_parser(
        "moderate",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "mute or block the author, report the post, hide a reply, detach a quote"
            )
        ),
    )
    mp.add_argument("message_id", type=int, metavar="MESSAGE_ID")
    mp.add_argument("reaction", choices=["mute", "block", "report", "hide", "detach"])
    mp.add_argument(
        "--undo", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "take it back"))
    )
    mp.add_argument(
        "--reason",
        choices=REPORT_REASONS,
        default="other",
        help=tr(QT_TRANSLATE_NOOP("Cli", "why you report it (default: other)")),
    )
    mp.add_argument(
        "--comment",
        default="",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("Cli", "a note for the moderators")),
    )
    mp.set_defaults(func=run_action)

    dp = sub.add_parser("dm", help=tr(QT_TRANSLATE_NOOP("Cli", "private messages")))
    dsub = dp.add_subparsers(dest="dm_command", metavar="ACTION", required=True)
    dl = dsub.add_parser(
        "list", help=tr(QT_TRANSLATE_NOOP("Cli", "list private conversations, newest first"))
    )
    dl.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as a JSON list"))
    )
    dp.set_defaults(func=run_dm)


def _text(args: argparse.Namespace) -> str | None:
    """The text from the argument or standard input; None after a plain usage error (not
    UTF-8, nothing given on a terminal), said the way ``cmstation check`` says it."""
    from cmstation.cli.check import _read_text, _Usage

    try:
        return _read_text(args)
    except _Usage as exc:
        print(f"cmstation: {exc}", file=sys.stderr)
        return None


def _report(written, args: argparse.Namespace) -> int:
    result = written.result
    if args.json:
        out = result.to_dict()
        out["outbox_id"] = written.outbox_id
        print_json(out)
    else:
        for f in result.findings:
            tail = f" ({f.suggestion})" if f.suggestion is not None else ""
            print(f"{f.start}-{f.end} {f.severity} {f.category}: {render(f.message)}{tail}")
    if written.outbox_id is None:
        print(f"cmstation: {tr(MSG_REFUSED, n=len(written.errors))}", file=sys.stderr)
        return 1
    if not args.json:
        if args.at:
            when = datetime.fromtimestamp(args.at).strftime("%Y-%m-%d %H:%M")
            print(tr(MSG_QUEUED_AT, id=written.outbox_id, time=when))
        else:
            print(tr(MSG_QUEUED, id=written.outbox_id))
    return 0


def run_reply(args: argparse.Namespace) -> int:
    from cmstation.outbox.writing import queue_reply

    text = _text(args)
    if text is None:
        return 2
    db = open_existing_workspace(args)
    try:
        written = queue_reply(
            db,
            args.message_id,
            text,
            private=args.private,
            not_before=args.at,
            force=args.force,
        )
    finally:
        db.conn.close()
    return _report(written, args)


def run_post(args: argparse.Namespace) -> int:
    from cmstation.cli.inbox import _channel_id
    from cmstation.outbox.writing import queue_post

    text = _text(args)
    if text is None:
        return 2
    db = open_existing_workspace(args)
    try:
        written = queue_post(
            db, _channel_id(db, args.channel), text, not_before=args.at, force=args.force
        )
    finally:
        db.conn.close()
    return _report(written, args)


def run_action(args: argparse.Namespace) -> int:
    from cmstation.outbox import reactions
    from cmstation.storage import actions

    kind = ActionKind(args.reaction)
    db = open_existing_workspace(args)
    try:
        asked = reactions.request(
            db,
            args.message_id,
            kind,
            undo=True if args.undo else None,
            reason=getattr(args, "reason", "other"),
            comment=getattr(args, "comment", ""),
        )
        action = actions.get(db, asked.action_id) if asked.action_id else None
    finally:
        db.conn.close()
    if action is None:
        print(tr(MSG_ACTION_CANCELLED, id=args.message_id))
    else:
        print(tr(MSG_ACTION_QUEUED, id=args.message_id, what=render(reactions.describe(action))))
    return 0


def run_dm(args: argparse.Namespace) -> int:
    from cmstation.storage import messages

    db = open_existing_workspace(args)
    try:
        convs = messages.private_conversations(db)
    finally:
        db.conn.close()
    if args.json:
        print_json(
            [
                {
                    "thread": c.thread_root_id,
                    "channel_id": c.channel_id,
                    "with": c.author_handle,
                    "last_message_id": c.id,
                    "last_text": c.text,
                    "last_at": utc_iso(c.created_at),
                    "from_us": c.is_own,
                    "state": str(c.state),
                }
                for c in convs
            ]
        )
        return 0
    if not convs:
        print(tr(MSG_NO_DMS))
    for c in convs:
        text = " ".join(c.text.split())
        text = text[:59] + "…" if len(text) > 60 else text
        who = ("→ " if c.is_own else "") + (c.author_handle or "?")
        print(f"{c.id:>7}  {utc_iso(c.created_at)}  {c.state:<11}  {who[:24]:<24}  {text}")
    return 0
