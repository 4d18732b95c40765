"""``cmstation search``: saved searches that sweeps listen to (keywords, hashtags)."""

from __future__ import annotations

import argparse
import json
import re
import sys

from cmstation.cli.common import open_existing_workspace
from cmstation.core.models import ChannelKind
from cmstation.storage import channels as channel_store
from cmstation.storage import saved_searches


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="saved searches a channel listens to")
    ssub = p.add_subparsers(dest="search_command", metavar="ACTION", required=True)
    add = ssub.add_parser("add", help="listen to a keyword or #hashtag on a channel")
    add.add_argument("channel_id", type=int, metavar="CHANNEL_ID")
    add.add_argument("query", metavar="QUERY", help='keywords, or a hashtag such as "#bakfiets"')
    add.add_argument(
        "--exclude",
        nargs="+",
        default=[],
        metavar="W",
        help="leave out hits containing any of these words",
    )
    add.add_argument("--lang", default="", metavar="L", help="only hits in this language (nl, en)")
    add.add_argument("--name", help="the name shown in the navigation (default: the query)")
    add.add_argument(
        "--no-listen", action="store_true", help="keep it as a filter only; sweeps do not poll it"
    )
    add.set_defaults(func=add_search)
    ls = ssub.add_parser("list", help="the saved searches")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_searches)
    rm = ssub.add_parser("remove", help="remove a saved search")
    rm.add_argument("id", type=int, metavar="ID")
    rm.set_defaults(func=remove_search)


def add_search(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    ch = channel_store.get_channel(db, args.channel_id)
    if ch is None:
        print(
            f"cmstation: There is no channel {args.channel_id} (see: cmstation channel list).",
            file=sys.stderr,
        )
        return 1
    if ch.kind in (ChannelKind.FEED, ChannelKind.MANUAL):
        print(
            f"cmstation: A {ch.kind} channel cannot search the network; searches work on "
            "Mastodon and Bluesky channels.",
            file=sys.stderr,
        )
        return 1
    query = " ".join(args.query.split())
    if not query or query == "#":
        print("cmstation: The search is empty.", file=sys.stderr)
        return 1
    lang = args.lang.strip().lower()
    if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
        print(
            f"cmstation: {args.lang!r} is not a language code (use e.g. nl or en).", file=sys.stderr
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
    print(f"Added search {sid}: {query} on channel {ch.id} ({ch.name})")
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
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No saved searches. Add one: cmstation search add CHANNEL_ID QUERY")
    for r in rows:
        extra = []
        if r["exclude_words"]:
            extra.append("without " + ", ".join(r["exclude_words"]))
        if r["lang"]:
            extra.append(f"lang {r['lang']}")
        if not r["listen"]:
            extra.append("not listened to")
        tail = f"  ({'; '.join(extra)})" if extra else ""
        print(f"{r['id']:>4}  channel {r['channel_id'] or '-'}  {r['query']}{tail}")
    return 0


def remove_search(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    if saved_searches.get_saved_search(db, args.id) is None:
        print(f"cmstation: There is no saved search {args.id}.", file=sys.stderr)
        return 1
    saved_searches.remove_saved_search(db, args.id)
    print(f"Removed search {args.id}")
    return 0
