"""``cmstation search``: saved searches that sweeps listen to (keywords, hashtags)."""

from __future__ import annotations

import argparse
import re

from cmstation.cli.common import existing_channel, open_existing_workspace, print_error, print_json
from cmstation.cli.lang import tr
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.models import ChannelKind
from cmstation.storage import saved_searches


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help=tr(QT_TRANSLATE_NOOP("Cli", "saved searches a channel listens to"))
    )
    ssub = p.add_subparsers(dest="search_command", metavar="ACTION", required=True)
    add = ssub.add_parser(
        "add", help=tr(QT_TRANSLATE_NOOP("Cli", "listen to a keyword or #hashtag on a channel"))
    )
    add.add_argument("channel_id", type=int, metavar="CHANNEL_ID")
    add.add_argument(
        "query",
        metavar="QUERY",
        help=tr(QT_TRANSLATE_NOOP("Cli", 'keywords, or a hashtag such as "#bakfiets"')),
    )
    add.add_argument(
        "--exclude",
        nargs="+",
        default=[],
        metavar="W",
        help=tr(QT_TRANSLATE_NOOP("Cli", "leave out hits containing any of these words")),
    )
    add.add_argument(
        "--lang",
        default="",
        metavar="L",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only hits in this language (nl, en)")),
    )
    add.add_argument(
        "--name",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the name shown in the navigation (default: the query)")),
    )
    add.add_argument(
        "--no-listen",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "keep it as a filter only; sweeps do not poll it")),
    )
    add.set_defaults(func=add_search)
    ls = ssub.add_parser("list", help=tr(QT_TRANSLATE_NOOP("Cli", "the saved searches")))
    ls.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as a JSON list"))
    )
    ls.set_defaults(func=list_searches)
    rm = ssub.add_parser("remove", help=tr(QT_TRANSLATE_NOOP("Cli", "remove a saved search")))
    rm.add_argument("id", type=int, metavar="ID")
    rm.set_defaults(func=remove_search)


def add_search(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    ch = existing_channel(db, args.channel_id)
    if ch.kind in (ChannelKind.FEED, ChannelKind.MANUAL):
        print_error(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "A {kind} channel cannot search the network; searches work on "
                    "Mastodon and Bluesky channels.",
                ),
                kind=ch.kind,
            )
        )
        return 1
    query = " ".join(args.query.split())
    if not query or query == "#":
        print_error(tr(QT_TRANSLATE_NOOP("Cli", "The search is empty.")))
        return 1
    lang = args.lang.strip().lower()
    if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
        print_error(
            tr(
                QT_TRANSLATE_NOOP("Cli", "{lang!r} is not a language code (use e.g. nl or en)."),
                lang=args.lang,
            )
        )
        return 1
    exclude = ", ".join(w.strip() for w in args.exclude if w.strip())
    sid = saved_searches.add_saved_search(
        db,
        args.name or query,
        query,
        channel_id=ch.id,
        exclude_words=exclude,
        lang=lang,
        listen=not args.no_listen,
    )
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Added search {sid}: {query} on channel {id} ({name})"),
            sid=sid,
            query=query,
            id=ch.id,
            name=ch.name,
        )
    )
    return 0


def list_searches(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    rows = [
        {
            "id": s.id,
            "name": s.name,
            "query": s.query,
            "channel_id": s.channel_id,
            "exclude_words": [w for w in re.split(r"[,\s]+", s.exclude_words) if w],
            "lang": s.lang,
            "listen": s.listen,
        }
        for s in saved_searches.list_saved_searches(db)
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "No saved searches. Add one: cmstation search add CHANNEL_ID QUERY"
                )
            )
        )
    for r in rows:
        extra = []
        if r["exclude_words"]:
            words = ", ".join(r["exclude_words"])
            extra.append(tr(QT_TRANSLATE_NOOP("Cli", "without {words}"), words=words))
        if r["lang"]:
            extra.append(tr(QT_TRANSLATE_NOOP("Cli", "lang {lang}"), lang=r["lang"]))
        if not r["listen"]:
            extra.append(tr(QT_TRANSLATE_NOOP("Cli", "not listened to")))
        tail = f"  ({'; '.join(extra)})" if extra else ""
        channel = tr(QT_TRANSLATE_NOOP("Cli", "channel {id}"), id=r["channel_id"] or "-")
        print(f"{r['id']:>4}  {channel}  {r['query']}{tail}")
    return 0


def remove_search(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    if saved_searches.get_saved_search(db, args.id) is None:
        print_error(tr(QT_TRANSLATE_NOOP("Cli", "There is no saved search {id}."), id=args.id))
        return 1
    saved_searches.remove_saved_search(db, args.id)
    print(tr(QT_TRANSLATE_NOOP("Cli", "Removed search {id}"), id=args.id))
    return 0
