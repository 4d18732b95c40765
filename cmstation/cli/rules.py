"""``cmstation rule add|list|remove|test``: the inbox rules without a screen.

``rule add NAME`` takes conditions and actions as options (``--keyword refund --label
refund --mark needs_reply``), or whole rules as TOML (``rule add --toml rules.toml``, ``-``
for stdin). ``rule test [NAME]`` says how many messages of the inbox the rules (or that one)
would act on; ``--apply`` acts on them and prints the undo token."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmstation.cli.common import open_existing_workspace, print_json
from cmstation.cli.labels import MSG_UNDO
from cmstation.cli.lang import tr
from cmstation.core.clock import SystemClock
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.rules import RULE_KINDS, RULE_STATES
from cmstation.core.rules_toml import dump_rules, parse_rules, rule_as_dict, rule_from_table
from cmstation.listening import rules_pass
from cmstation.storage import rules as rule_store

MSG_FILE = QT_TRANSLATE_NOOP("Cli", "TOML file with [[rule]] tables ('-': read stdin)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rule", help=tr(QT_TRANSLATE_NOOP("Cli", "the inbox rules")))
    cmds = p.add_subparsers(dest="rule_command", metavar="ACTION", required=True)
    add = cmds.add_parser("add", help=tr(QT_TRANSLATE_NOOP("Cli", "add a rule (at the end)")))
    add.add_argument("name", nargs="?", metavar="NAME")
    add.add_argument("--toml", metavar="FILE", help=tr(MSG_FILE))
    add.add_argument(
        "--position", type=int, metavar="N", help=tr(QT_TRANSLATE_NOOP("Cli", "1 = first"))
    )
    _conditions(add)
    _actions(add)
    add.set_defaults(func=run_add)
    ls = cmds.add_parser("list", help=tr(QT_TRANSLATE_NOOP("Cli", "list the rules in order")))
    ls.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    ls.add_argument("--toml", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as TOML")))
    ls.set_defaults(func=run_list)
    rm = cmds.add_parser("remove", help=tr(QT_TRANSLATE_NOOP("Cli", "delete a rule")))
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(func=run_remove)
    test = cmds.add_parser(
        "test",
        help=tr(QT_TRANSLATE_NOOP("Cli", "how many messages the rules would act on (a dry run)")),
    )
    test.add_argument("name", nargs="?", metavar="NAME")
    test.add_argument(
        "--apply",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "act on those messages now")),
    )
    test.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    test.set_defaults(func=run_test)


def _conditions(p: argparse.ArgumentParser) -> None:
    many = {"action": "append", "default": []}
    p.add_argument(
        "--text",
        default="",
        metavar="WORDS",
        help=tr(QT_TRANSLATE_NOOP("Cli", "every one of these words (as in a search)")),
    )
    p.add_argument(
        "--keyword",
        dest="keywords",
        metavar="WORD",
        **many,
        help=tr(QT_TRANSLATE_NOOP("Cli", "any of these words or phrases (repeat)")),
    )
    p.add_argument("--lang", metavar="LANG", **many)
    p.add_argument("--sentiment", choices=["negative", "neutral", "positive"], **many)
    p.add_argument(
        "--complaint", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "only complaints"))
    )
    p.add_argument(
        "--channel",
        dest="channels",
        metavar="C",
        **many,
        help=tr(QT_TRANSLATE_NOOP("Cli", "a channel's id, name or kind (repeat)")),
    )
    p.add_argument("--kind", dest="kinds", choices=[str(k) for k in RULE_KINDS], **many)
    p.add_argument("--author", dest="authors", metavar="HANDLE", **many)
    p.add_argument("--vip", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "only VIPs")))
    p.add_argument("--min-followers", type=int, metavar="N")
    p.add_argument(
        "--has-link",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only messages with a link")),
    )


def _actions(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--label",
        dest="labels",
        action="append",
        default=[],
        metavar="LABEL",
        help=tr(QT_TRANSLATE_NOOP("Cli", "add this label (repeat)")),
    )
    p.add_argument(
        "--mark",
        choices=[str(s) for s in RULE_STATES],
        help=tr(QT_TRANSLATE_NOOP("Cli", "mark done, ignored, spam or needs_reply")),
    )
    p.add_argument(
        "--priority",
        type=int,
        choices=[0, 1, 2, 3],
        help=tr(QT_TRANSLATE_NOOP("Cli", "0 low, 1 normal, 2 question, 3 complaint")),
    )
    p.add_argument(
        "--notify", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "show a notification"))
    )
    p.add_argument(
        "--continue",
        dest="and_continue",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "let later rules act too")),
    )
    p.add_argument(
        "--disabled",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "store it switched off")),
    )


def _from_options(args: argparse.Namespace):
    when = {
        k: v
        for k, v in {
            "text": args.text,
            "keywords": args.keywords,
            "lang": args.lang,
            "sentiment": args.sentiment,
            "channels": args.channels,
            "kinds": args.kinds,
            "authors": args.authors,
            "complaint": True if args.complaint else None,
            "vip": True if args.vip else None,
            "min_followers": args.min_followers,
            "has_link": True if args.has_link else None,
        }.items()
        if v not in ("", [], None)
    }
    then = {
        k: v
        for k, v in {
            "labels": args.labels,
            "state": args.mark or "",
            "priority": args.priority,
            "notify": args.notify or None,
        }.items()
        if v not in ("", [], None)
    }
    table = {
        "name": args.name or "",
        "continue": args.and_continue,
        "enabled": not args.disabled,
        "when": when,
        "then": then,
    }
    return rule_from_table(table)


def run_add(args: argparse.Namespace) -> int:
    if args.toml:
        text = sys.stdin.read() if args.toml == "-" else Path(args.toml).read_text("utf-8")
        new = parse_rules(text)
    else:
        new = [_from_options(args)]
    db = open_existing_workspace(args)
    try:
        for i, rule in enumerate(new):
            pos = None if args.position is None else args.position + i
            stored = rule_store.add_rule(db, rule, position=pos)
            print(
                tr(
                    QT_TRANSLATE_NOOP("Cli", "Rule {name!r} added as number {position}."),
                    name=stored.name,
                    position=stored.position,
                )
            )
    finally:
        db.conn.close()
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        found = rule_store.list_rules(db)
    finally:
        db.conn.close()
    if args.json:
        print_json([rule_as_dict(r) for r in found])
    elif args.toml:
        sys.stdout.write(dump_rules(found))
    elif not found:
        print(tr(QT_TRANSLATE_NOOP("Cli", "No rules yet (cmstation rule add NAME ...).")))
    else:
        off = tr(QT_TRANSLATE_NOOP("Cli", "(off)"))
        more = tr(QT_TRANSLATE_NOOP("Cli", "and continue"))
        for r in found:
            d = rule_as_dict(r)
            flags = " ".join(
                x for x in (off if not r.enabled else "", more if r.and_continue else "") if x
            )
            print(f"{r.position:>3}. {r.name}  {d['when']} -> {d['then']} {flags}".rstrip())
    return 0


def run_remove(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        rule = rule_store.remove_rule(db, args.name)
    finally:
        db.conn.close()
    print(tr(QT_TRANSLATE_NOOP("Cli", "Rule {name!r} deleted."), name=rule.name))
    return 0


def run_test(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    try:
        chosen = [rule_store.existing_rule(db, args.name)] if args.name else None
        dry = rules_pass.dry_run(db, chosen)
        applied = None
        if args.apply:
            applied = rules_pass.apply_to_inbox(db, chosen, now=int(SystemClock().now()))
    finally:
        db.conn.close()
    if args.json:
        out = {
            "matched": dry.matched,
            "looked_at": dry.looked_at,
            "per_rule": dry.per_rule,
            "examples": dry.examples,
        }
        if applied is not None:
            out |= {
                "applied": applied.matched,
                "changed": applied.changed,
                "undo_token": applied.token,
            }
        print_json(out)
        return 0
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Would match {n} of {total} messages."),
            n=dry.matched,
            total=dry.looked_at,
        )
    )
    for name, n in dry.per_rule.items():
        print(f"  {name}: {n}")
    if applied is not None:
        print(
            tr(
                QT_TRANSLATE_NOOP("Cli", "Applied to {n} messages ({changed} changed)."),
                n=applied.matched,
                changed=applied.changed,
            )
        )
        if applied.token is not None:
            print(tr(MSG_UNDO, token=applied.token))
    return 0
