"""Who is this, without a screen: ``cmstation vip add|list|remove HANDLE``, ``cmstation note
HANDLE TEXT`` (a private note, never sent) and ``cmstation author HANDLE [--json]`` (their
messages, our replies, labels, mood per month, VIP, ambassador, note)."""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace, print_json, utc_iso
from cmstation.cli.lang import tr
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import ChannelKind
from cmstation.storage import authors

MSG_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "Nobody called {handle!r} has written to the inbox.")
NETWORKS = [str(k) for k in ChannelKind]


def _network(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--network",
        choices=NETWORKS,
        default="",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only on this network (default: every network)")),
    )


def register(sub: argparse._SubParsersAction) -> None:
    vip = sub.add_parser(
        "vip", help=tr(QT_TRANSLATE_NOOP("Cli", "the VIP list: their messages come first"))
    )
    cmds = vip.add_subparsers(dest="vip_command", metavar="ACTION", required=True)
    for name, helptext in (
        ("add", QT_TRANSLATE_NOOP("Cli", "put someone on the VIP list")),
        ("remove", QT_TRANSLATE_NOOP("Cli", "take someone off the VIP list")),
    ):
        c = cmds.add_parser(name, help=tr(helptext))
        c.add_argument("handle", metavar="HANDLE")
        _network(c)
        c.set_defaults(func=run_vip, action=name)
    ls = cmds.add_parser("list", help=tr(QT_TRANSLATE_NOOP("Cli", "list the VIPs")))
    ls.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    ls.set_defaults(func=run_vip, action="list")

    note = sub.add_parser(
        "note", help=tr(QT_TRANSLATE_NOOP("Cli", "keep a private note about someone"))
    )
    note.add_argument("handle", metavar="HANDLE")
    note.add_argument(
        "text", metavar="TEXT", help=tr(QT_TRANSLATE_NOOP("Cli", "the note (empty: remove it)"))
    )
    _network(note)
    note.set_defaults(func=run_note)

    author = sub.add_parser(
        "author", help=tr(QT_TRANSLATE_NOOP("Cli", "who is this: someone's history in the inbox"))
    )
    author.add_argument("handle", metavar="HANDLE")
    _network(author)
    author.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    author.set_defaults(func=run_author)


def run_vip(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        if args.action == "list":
            vips = authors.list_vips(db)
            if args.json:
                print_json([{"handle": v.handle, "network": v.network} for v in vips])
            elif not vips:
                print(tr(QT_TRANSLATE_NOOP("Cli", "No VIPs yet (cmstation vip add HANDLE).")))
            for v in [] if args.json else vips:
                print(f"{v.handle}  {v.network}".rstrip())
            return 0
        if args.action == "add":
            v = authors.add_vip(db, args.handle, args.network)
            print(tr(QT_TRANSLATE_NOOP("Cli", "{handle} is a VIP."), handle=v.handle))
            return 0
        if not authors.remove_vip(db, args.handle, args.network):
            print(tr(QT_TRANSLATE_NOOP("Cli", "{handle} was not a VIP."), handle=args.handle))
            return 1
        print(tr(QT_TRANSLATE_NOOP("Cli", "{handle} is no longer a VIP."), handle=args.handle))
        return 0
    finally:
        db.conn.close()


def run_note(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        authors.set_note(db, args.handle, args.text, args.network)
    finally:
        db.conn.close()
    if args.text.strip():
        print(tr(QT_TRANSLATE_NOOP("Cli", "Note kept for {handle}."), handle=args.handle))
    else:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Note removed for {handle}."), handle=args.handle))
    return 0


def _brief(m) -> dict:
    return {
        "id": m.id,
        "created_at": utc_iso(m.created_at),
        "text": m.text,
        "state": m.state,
        "sentiment": m.sentiment,
        "kind": m.kind,
        "url": m.url,
    }


def run_author(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        p = authors.author_profile(db, args.handle, args.network)
    finally:
        db.conn.close()
    if p is None:
        raise CmstationError.from_text(Text("Cli", MSG_UNKNOWN, {"handle": args.handle}))
    if args.json:
        print_json(
            {
                "handle": p.handle,
                "display_name": p.display_name,
                "networks": list(p.networks),
                "url": p.url,
                "followers": p.followers,
                "vip": p.vip,
                "ambassador": p.ambassador,
                "note": p.note,
                "messages_count": p.message_count,
                "first_seen": utc_iso(p.first_seen) if p.first_seen else None,
                "last_seen": utc_iso(p.last_seen) if p.last_seen else None,
                "labels": p.labels,
                "sentiment": [
                    {
                        "month": s.period,
                        "positive": s.positive,
                        "neutral": s.neutral,
                        "negative": s.negative,
                    }
                    for s in p.sentiment
                ],
                "messages": [_brief(m) for m in p.messages],
                "replies": [
                    {**_brief(r), "in_reply_to": r.in_reply_to_message_id} for r in p.replies
                ],
            }
        )
        return 0
    yes, no = tr(QT_TRANSLATE_NOOP("Cli", "yes")), tr(QT_TRANSLATE_NOOP("Cli", "no"))
    unknown = tr(QT_TRANSLATE_NOOP("Cli", "not known"))
    print(f"{p.display_name or p.handle} ({p.handle}) · {', '.join(p.networks)}")
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Followers: {followers} · VIP: {vip} · ambassador: {ambassador} · "
                "{n} messages, our replies: {replies}",
            ),
            followers=unknown if p.followers is None else p.followers,
            vip=yes if p.vip else no,
            ambassador=yes if p.ambassador else no,
            n=p.message_count,
            replies=len(p.replies),
        )
    )
    if p.note:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Note: {note}"), note=p.note))
    if p.labels:
        shown = ", ".join(f"{k} ({v})" for k, v in p.labels.items())
        print(tr(QT_TRANSLATE_NOOP("Cli", "Labels: {labels}"), labels=shown))
    for s in p.sentiment:
        print(f"  {s.period}  +{s.positive} ={s.neutral} -{s.negative}")
    for m in p.messages[:10]:
        text = " ".join(m.text.split())
        print(f"{m.id:>7}  {utc_iso(m.created_at)}  {m.state:<11}  {text[:70]}")
    return 0
