"""``cmstation inbox``: list messages headlessly."""

from __future__ import annotations

import argparse

from cmstation.cli.args import positive_int
from cmstation.cli.common import open_existing_workspace, print_json, utc_iso
from cmstation.cli.lang import tr
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import MessageFilter, MessageState, Priority
from cmstation.storage import channels, labels, messages, snoozes

#: Triage's priority by name, as the window's list shows it (core.models.Priority).
PRIORITY_NAMES = {
    Priority.LOW: "low",
    Priority.NORMAL: "normal",
    Priority.QUESTION: "question",
    Priority.COMPLAINT: "complaint",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inbox", help=tr(QT_TRANSLATE_NOOP("Cli", "list messages in the inbox")))
    p.add_argument(
        "--state",
        choices=[s.value for s in MessageState],
        help=tr(QT_TRANSLATE_NOOP("Cli", "only this state")),
    )
    p.add_argument(
        "--channel",
        metavar="C",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "only this channel: its id, its name or its kind (mastodon, bluesky, feed)"
            )
        ),
    )
    p.add_argument(
        "--search", metavar="Q", default="", help=tr(QT_TRANSLATE_NOOP("Cli", "full-text search"))
    )
    p.add_argument(
        "--limit",
        type=positive_int,
        default=50,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "at most N (default 50)")),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "one JSON object per message, as a list")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        channel_id = _channel_id(db, args.channel) if args.channel else None
        f = MessageFilter(
            states=(MessageState(args.state),) if args.state else (),
            channel_id=channel_id,
            search=args.search,
            order="newest",
        )
        snoozes.wake_due(db)  # what was snoozed until now is back
        rows = messages.list_messages(db, f, limit=args.limit)
        carried = labels.labels_for(db, [m.id for m in rows])
    finally:
        db.conn.close()
    if args.json:
        out = [
            {
                "id": m.id,
                "channel": m.channel_name,
                "channel_id": m.channel_id,
                "channel_kind": m.channel_kind,
                "author": m.author_handle or m.author_name,
                "author_name": m.author_name,
                "text": m.text,
                "created_at": utc_iso(m.created_at),
                "state": str(m.state),
                "needs_reply": m.state == MessageState.NEEDS_REPLY,
                "kind": str(m.kind),
                "sentiment": str(m.sentiment),
                "priority": PRIORITY_NAMES.get(m.priority, "normal"),
                "priority_rank": int(m.priority),
                "lang": m.lang,
                "is_own": m.is_own,
                "url": m.url,
                "labels": [lb.name for lb in carried.get(m.id, [])],
            }
            for m in rows
        ]
        print_json(out)
        return 0
    for m in rows:
        text = " ".join(m.text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        print(
            f"{m.id:>7}  {utc_iso(m.created_at)}  {m.state:<11}  {m.author_handle[:20]:<20}  {text}"
        )
    return 0


def _channel_id(db, wanted: str) -> int:
    """A channel by id, name (without a leading @ too) or kind; it must name exactly one."""
    known = channels.list_channels(db)
    w = wanted.strip()
    if w.isdigit():
        found = [c for c in known if c.id == int(w)]
    else:
        low = w.lower().lstrip("@")
        found = [c for c in known if c.name.lower().lstrip("@") == low]
        found = found or [c for c in known if str(c.kind) == low]
    if len(found) == 1:
        return found[0].id
    listing = ", ".join(f"{c.id} {c.name} ({c.kind})" for c in known) or tr(
        QT_TRANSLATE_NOOP("Cli", "none yet")
    )
    params = {"wanted": wanted, "listing": listing}
    if not found:
        raise CmstationError.from_text(Text("Cli", MSG_NO_CHANNEL, params))
    raise CmstationError.from_text(Text("Cli", MSG_AMBIGUOUS_CHANNEL, params))


MSG_NO_CHANNEL = QT_TRANSLATE_NOOP("Cli", "No channel {wanted!r}. Channels: {listing}.")
MSG_AMBIGUOUS_CHANNEL = QT_TRANSLATE_NOOP(
    "Cli", "{wanted!r} names more than one channel; use the id. Channels: {listing}."
)
