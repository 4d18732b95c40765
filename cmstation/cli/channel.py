"""``cmstation channel``: add, list and remove channels headlessly.

The same rules as the set-up dialog: "start with one, master it" (``--override-reason``),
at most three channels, secrets only through ``cmstation.secrets`` (the OS keyring; without
a secure keyring nothing is stored), https except for loopback servers.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cmstation.cli.common import (
    existing_channel,
    open_existing_workspace,
    open_or_create_workspace,
    print_error,
    print_json,
    secrets_or_none,
    utc_iso,
)
from cmstation.cli.lang import tr
from cmstation.core.clock import SystemClock
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import ChannelKind
from cmstation.core.translations import render
from cmstation.insights.mastery import mastery
from cmstation.listening import adapters as factory
from cmstation.listening import channel_setup
from cmstation.listening.channel_setup import GateNotMet, GateReport
from cmstation.storage import channels as channel_store
from cmstation.storage import sweeps

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Cli",
    "No secure keyring is available, so the login cannot be stored and nothing was added. "
    "Run this inside a desktop session with a keyring (GNOME Keyring, KWallet, macOS "
    "Keychain, Windows Credential Locker), or add the channel in the window, where you can "
    "keep the login for that session only.",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "channel", help=tr(QT_TRANSLATE_NOOP("Cli", "add, list and remove channels"))
    )
    csub = p.add_subparsers(dest="channel_command", metavar="ACTION", required=True)

    add = csub.add_parser(
        "add", help=tr(QT_TRANSLATE_NOOP("Cli", "add a channel (one at first; at most three)"))
    )
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--name", help=tr(QT_TRANSLATE_NOOP("Cli", "the name shown in the navigation"))
    )
    common.add_argument(
        "--sweep-minutes",
        type=int,
        default=15,
        metavar="M",
        help=tr(QT_TRANSLATE_NOOP("Cli", "listen every M minutes (5 to 240; default 15)")),
    )
    common.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "add it although the existing channels are not yet under "
                "control; the reason is recorded in the event log",
            )
        ),
    )

    m = kinds.add_parser(
        "mastodon",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "a Mastodon account (OAuth)")),
    )
    m.add_argument(
        "--instance",
        required=True,
        metavar="URL",
        help=tr(QT_TRANSLATE_NOOP("Cli", "e.g. mastodon.social")),
    )
    m.add_argument(
        "--token-stdin",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "read an existing access token from stdin instead of logging in"
            )
        ),
    )
    m.set_defaults(func=add_mastodon)

    b = kinds.add_parser(
        "bluesky",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "a Bluesky account (app password read from stdin)")),
    )
    b.add_argument(
        "--handle",
        required=True,
        metavar="H",
        help=tr(QT_TRANSLATE_NOOP("Cli", "e.g. fietsen.bsky.social")),
    )
    b.add_argument(
        "--pds",
        default=factory.DEFAULT_PDS,
        metavar="URL",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "the account's server (default {pds})"),
            pds=factory.DEFAULT_PDS,
        ),
    )
    b.set_defaults(func=add_bluesky)

    f = kinds.add_parser(
        "feed",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "an RSS or Atom feed (listen-only)")),
    )
    f.add_argument("url", metavar="URL")
    f.set_defaults(func=add_feed)

    man = kinds.add_parser(
        "manual",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "items added by hand (LinkedIn, Instagram, e-mail...)")),
    )
    man.set_defaults(func=add_manual)

    ls = csub.add_parser(
        "list",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the channels with their status and mastery figures")),
    )
    ls.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    ls.set_defaults(func=list_channels)

    gate = csub.add_parser(
        "gate", help=tr(QT_TRANSLATE_NOOP("Cli", "may another channel be added? (the figures)"))
    )
    gate.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "as JSON")))
    gate.set_defaults(func=show_gate)

    rm = csub.add_parser(
        "remove", help=tr(QT_TRANSLATE_NOOP("Cli", "remove a channel, its messages and its login"))
    )
    rm.add_argument("id", type=int, metavar="ID")
    rm.set_defaults(func=remove)


# --- helpers ----------------------------------------------------------------------------


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    print(file=sys.stderr)
    return line.strip()


def _read_line(prompt: str) -> str:
    print(prompt, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip()


def _print_gate(report: GateReport, out=sys.stderr) -> None:
    if report.figures is None:
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "No channels yet: the first one can be added.")), file=out
        )
        return
    f = report.figures
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "The existing channels over the last {days} days:"),
            days=f.window_days,
        ),
        file=out,
    )
    ok, not_yet = tr(QT_TRANSLATE_NOOP("Cli", "ok")), tr(QT_TRANSLATE_NOOP("Cli", "not yet"))
    for c in f.checks:
        print(f"  [{ok if c.ok else not_yet}] {render(c.text)}", file=out)


def _gate_text(exc: GateNotMet) -> str:
    """The refusal in the chosen language, its reasons too (the exception's Text carries
    them in English)."""
    reasons = "; ".join(render(c.text) for c in exc.report.failed_checks)
    return render(Text(exc.text.context, exc.text.source, {"reasons": reasons}))


def _workspace_to_add_to(args):
    """The workspace (created when there is none yet), or None when the cap or the gate
    would refuse the new channel anyway: said on stderr before any login is asked for."""
    db = open_or_create_workspace(args)
    report = channel_setup.check_gate(db, now=SystemClock().now())
    if report.cap_reached:
        print_error(render(channel_setup.cap_text(report.existing)))
        return None
    if not report.passed and not (args.override_reason or "").strip():
        print_error(_gate_text(GateNotMet(report)))
        _print_gate(report)
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "Add --override-reason TEXT to add it anyway.")),
            file=sys.stderr,
        )
        return None
    channel_setup.check_sweep_minutes(args.sweep_minutes)
    return db


def _secret_store(db):
    """This workspace's keyring store; adding a login channel stops without one."""
    secrets = secrets_or_none(db)
    if secrets is None:
        raise CmstationError.from_text(Text("Cli", NO_KEYRING))
    return secrets


def _store(db, args, prepared, secrets=None) -> int:
    from cmstation.listening.channel_flows import store_prepared

    try:
        cid = store_prepared(
            db, prepared, secrets, override_reason=args.override_reason, clock=SystemClock()
        )
    except GateNotMet as exc:
        print_error(_gate_text(exc))
        _print_gate(exc.report)
        return 1
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Added channel {id}: {name} ({kind})"),
            id=cid,
            name=prepared.channel.name,
            kind=prepared.channel.kind,
        )
    )
    return 0


# --- add --------------------------------------------------------------------------------


def add_mastodon(args: argparse.Namespace) -> int:
    from cmstation.listening import channel_flows as flows

    db = _workspace_to_add_to(args)
    if db is None:
        return 1
    secrets = _secret_store(db)
    session = factory.new_session()
    opts = {"name": args.name or "", "sweep_minutes": args.sweep_minutes}
    if args.token_stdin:
        token = _read_secret(tr(QT_TRANSLATE_NOOP("Cli", "Access token: ")))
        if not token:
            print_error(
                tr(QT_TRANSLATE_NOOP("Cli", "No access token was given; nothing was added."))
            )
            return 1
        prepared = flows.mastodon_with_token(session, args.instance, token, **opts)
    else:
        login = flows.begin_mastodon(session, args.instance)
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Open this address in a browser, log in and allow cmstation:"
                )
            )
        )
        print(login.authorize_url, flush=True)
        code = _read_line(tr(QT_TRANSLATE_NOOP("Cli", "Then paste the code it shows: ")))
        if not code:
            print_error(tr(QT_TRANSLATE_NOOP("Cli", "No code was given; nothing was added.")))
            return 1
        prepared = flows.finish_mastodon(session, login, code, **opts)
    return _store(db, args, prepared, secrets)


def add_bluesky(args: argparse.Namespace) -> int:
    from cmstation.listening import channel_flows as flows

    db = _workspace_to_add_to(args)
    if db is None:
        return 1
    secrets = _secret_store(db)
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Use an app password (Bluesky: Settings > Privacy and security > App passwords), "
                "not your main password.",
            )
        ),
        file=sys.stderr,
    )
    password = _read_secret(tr(QT_TRANSLATE_NOOP("Cli", "App password: ")))
    if not password:
        print_error(tr(QT_TRANSLATE_NOOP("Cli", "No app password was given; nothing was added.")))
        return 1
    prepared = flows.login_bluesky(
        factory.new_session(),
        args.pds,
        args.handle,
        password,
        name=args.name or "",
        sweep_minutes=args.sweep_minutes,
    )
    del password
    return _store(db, args, prepared, secrets)


def add_feed(args: argparse.Namespace) -> int:
    from cmstation.listening import channel_flows as flows

    db = _workspace_to_add_to(args)
    if db is None:
        return 1
    prepared = flows.prepare_feed(
        factory.new_session(), args.url, name=args.name or "", sweep_minutes=args.sweep_minutes
    )
    return _store(db, args, prepared)


def add_manual(args: argparse.Namespace) -> int:
    from cmstation.listening import channel_flows as flows

    db = _workspace_to_add_to(args)
    if db is None:
        return 1
    prepared = flows.prepare_manual(name=args.name or "", sweep_minutes=args.sweep_minutes)
    return _store(db, args, prepared)


# --- list / gate / remove ----------------------------------------------------------------


def _iso(ts: int | None) -> str | None:
    return utc_iso(ts) if ts else None


def list_channels(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    now = SystemClock().now()
    rows = []
    details = {}  # the status detail as Text, for the plain listing in the chosen language
    for ch in channel_store.list_channels(db):
        st = sweeps.channel_status(db, ch.id)
        details[ch.id] = st.detail
        fig = mastery(db, ch.id, now=now)
        rows.append(
            {
                "id": ch.id,
                "kind": str(ch.kind),
                "name": ch.name,
                "url": ch.url,
                "account": ch.account,
                "post_limit": ch.post_limit,
                "sweep_minutes": ch.sweep_minutes,
                "enabled": ch.enabled,
                "status": st.status,
                "status_detail": str(st.detail),
                "retry_at": _iso(st.retry_at),
                "last_sweep_at": _iso(st.last_sweep_at),
                "mastery": fig.as_dict(),
            }
        )
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "No channels yet. Add one: cmstation channel add mastodon|bluesky|feed|manual",
                )
            )
        )
        return 0
    for r in rows:
        m = r["mastery"]
        share = "-" if m["handled_share"] is None else f"{round(m['handled_share'] * 100)}%"
        hours = m["median_response_hours"]
        median = "-" if hours is None else tr(QT_TRANSLATE_NOOP("Cli", "{hours} h"), hours=hours)
        print(f"{r['id']:>3}  {r['kind']:<8}  {r['name']}")
        if r["last_sweep_at"]:
            detail = render(details[r["id"]])
        else:
            detail = tr(QT_TRANSLATE_NOOP("Cli", "not swept yet"))
        print(
            "     "
            + tr(
                QT_TRANSLATE_NOOP("Cli", "status: {status}  {detail}"),
                status=r["status"],
                detail=detail,
            )
        )
        print(
            "     "
            + tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "last {days} days: handled {share} of {needed}, "
                    "median first response {median}, waiting > 48 h: {overdue}",
                ),
                days=m["window_days"],
                share=share,
                needed=m["needed_reply"],
                median=median,
                overdue=m["overdue"],
            )
        )
    return 0


def show_gate(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    report = channel_setup.check_gate(db, now=SystemClock().now())
    if args.json:
        print_json(
            {
                "existing": report.existing,
                "cap_reached": report.cap_reached,
                "passed": report.passed,
                "figures": report.figures.as_dict() if report.figures else None,
            }
        )
        return 0
    if report.cap_reached:
        print(
            tr(
                QT_TRANSLATE_NOOP("Cli", "This workspace has {count} channels, the most allowed."),
                count=report.existing,
            )
        )
    _print_gate(report, sys.stdout)
    if report.passed:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Another channel may be added.")))
    else:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Not yet: master the channels you have first (or give --override-reason).",
                )
            )
        )
    return 0


def remove(args: argparse.Namespace) -> int:
    db = open_existing_workspace(args)
    ch = existing_channel(db, args.id)
    secrets = None
    if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY):
        secrets = secrets_or_none(db)
        if secrets is None:
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No secure keyring is available: there is no stored login to remove."
                    )
                ),
                file=sys.stderr,
            )
    channel_setup.remove_channel(db, args.id, secrets, clock=SystemClock())
    print(tr(QT_TRANSLATE_NOOP("Cli", "Removed channel {id}: {name}"), id=args.id, name=ch.name))
    return 0
