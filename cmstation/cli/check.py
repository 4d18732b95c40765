"""``cmstation check``: run the reply checks on a text, headlessly, like a prose linter.

Kept light on purpose (no sqlite-utils, requests or Qt on this path): the workspace is
only peeked at, read-only, when a profile default is wanted.
"""

from __future__ import annotations

import argparse
import json
import sys

from cmstation.cli.args import positive_int
from cmstation.cli.lang import tr
from cmstation.compose.profile import check_context
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.models import ChannelKind
from cmstation.core.translations import render

EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "The reply is checked as it will be posted, so the sign-off is expected in the text.\n"
    "--signature, --register and the brand words / banned phrases come from the profile in\n"
    "the workspace (--data-dir or $CMSTATION_HOME) when one exists and the option is not\n"
    'given; without a workspace no sign-off is expected. --signature "" expects none.\n'
    "\n"
    'Output: one line per finding, "start-end severity category: message (suggestion)",\n'
    'or with --json one object {"lang", "score", "findings": [...]}.\n'
    "Exit status: 0 when nothing reaches warning, 1 when something does, 2 for bad usage\n"
    "or unreadable input.",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help=tr(QT_TRANSLATE_NOOP("Cli", "check a reply for tone, jargon, length and more")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Check a reply before posting it: corporate jargon, sales talk, shouting, "
                "hashtags, missing empathy or sign-off, register, length, links, passive voice, "
                "private data and canned answers.",
            )
        ),
        epilog=tr(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object"))
    )
    p.add_argument(
        "--lang",
        dest="check_lang",
        choices=["nl", "en", "auto"],
        default="auto",
        help=tr(QT_TRANSLATE_NOOP("Cli", "language of the reply (default: auto-detect)")),
    )
    p.add_argument(
        "--channel",
        choices=[k.value for k in ChannelKind],
        default="",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "where it will be posted; sets the length limit and how it is counted "
                "(mastodon: 500 characters, links count 23; bluesky: 300 graphemes)",
            )
        ),
    )
    p.add_argument(
        "--limit",
        type=positive_int,
        metavar="N",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "the channel's post limit, when the instance has its own")
        ),
    )
    p.add_argument(
        "--signature",
        metavar="TEXT",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "the sign-off expected in the text, e.g. ^Eva (default: the profile's)"
            )
        ),
    )
    p.add_argument(
        "--register",
        choices=["je", "u"],
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "the Dutch register the brand uses (default: the profile's)")
        ),
    )
    p.add_argument(
        "--in-reply-to",
        metavar="TEXT",
        default="",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "the message being answered (its sentiment decides no_empathy)"
            )
        ),
    )
    p.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("Cli", 'the reply; "-" or nothing reads it from standard input')),
    )
    p.set_defaults(func=run)


class _Usage(Exception):
    pass


def _usage_error(message: str) -> None:
    print(
        tr(QT_TRANSLATE_NOOP("Cli", "cmstation check: error: {message}"), message=message),
        file=sys.stderr,
    )


def _read_text(args: argparse.Namespace) -> str:
    if args.text is not None and args.text != "-":
        return args.text
    if args.text is None and sys.stdin.isatty():
        raise _Usage(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", 'give the reply as an argument, or "-" to read it from standard input'
                )
            )
        )
    try:
        data = sys.stdin.buffer.read()
    except OSError as exc:
        raise _Usage(
            tr(
                QT_TRANSLATE_NOOP("Cli", "cannot read the reply from standard input: {error}"),
                error=exc.strerror,
            )
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Usage(
            tr(QT_TRANSLATE_NOOP("Cli", "the reply on standard input is not UTF-8 text"))
        ) from None


def _profile(args: argparse.Namespace):
    from cmstation import config

    path = config.workspace_path(getattr(args, "data_dir", None))
    if not path.is_file():
        return None
    from cmstation.storage.profile import peek_profile  # only when there is a workspace

    return peek_profile(path)


def run(args: argparse.Namespace) -> int:
    try:
        text = _read_text(args)
    except _Usage as exc:
        _usage_error(str(exc))
        return 2
    if not text.strip():
        _usage_error(tr(QT_TRANSLATE_NOOP("Cli", "the reply is empty")))
        return 2

    from cmstation.compose import CheckContext, Severity, analyse

    need_profile = args.signature is None or args.register is None
    profile = _profile(args) if need_profile else None
    fields = {
        "lang": args.check_lang,
        "channel": args.channel,
        "limit": args.limit,
        "in_reply_to": args.in_reply_to,
    }
    ctx = check_context(profile, **fields) if profile is not None else CheckContext(**fields)
    overrides = {}
    if args.signature is not None:
        overrides["signature"] = args.signature.strip()
    if args.register is not None:
        overrides["register"] = args.register
    if overrides:
        from dataclasses import replace

        ctx = replace(ctx, **overrides)

    result = analyse(text, ctx)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for f in result.findings:
            tail = f" ({f.suggestion})" if f.suggestion is not None else ""
            print(f"{f.start}-{f.end} {f.severity} {f.category}: {render(f.message)}{tail}")
    worst = result.worst
    return 1 if worst is not None and worst.rank >= Severity.WARNING.rank else 0
