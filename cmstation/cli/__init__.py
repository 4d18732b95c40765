"""Command line: no sub-command opens the window; sub-commands are headless.

Each sub-command lives in its own module with ``register(subparsers)``; the module
sets ``func`` on its parser, which receives the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cmstation import __version__
from cmstation.core.errors import CmstationError

#: Sub-command modules, in the order --help lists them.
COMMAND_MODULES = [
    "cmstation.cli.inbox",
    "cmstation.cli.channel",
    "cmstation.cli.search",
    "cmstation.cli.sweep",
    "cmstation.cli.listen",
    "cmstation.cli.check",
    "cmstation.cli.outbox",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


#: Commands that must start fast import only their own module (see _only_module).
FAST_COMMANDS = {"check": "cmstation.cli.check"}


def _only_module(argv: list[str] | None) -> list[str] | None:
    """For a fast command (``cmstation check`` runs on every keystroke pause of a script),
    the module list to import instead of all of them: the others pull in sqlite-utils,
    requests and APScheduler at import time."""
    args = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(args):
        tok = args[i]
        if tok in ("--data-dir", "--lang"):
            i += 2
            continue
        if tok.startswith("-"):
            i += 1
            continue
        return [FAST_COMMANDS[tok]] if tok in FAST_COMMANDS else None
    return None


def build_parser(modules: list[str] | None = None) -> argparse.ArgumentParser:
    p = _Parser(
        prog="cmstation",
        description="A desktop workstation for the community manager. "
        "Without a command it opens the window.",
    )
    p.add_argument("--version", action="version", version=f"cmstation {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="workspace folder (default: the user data dir, or $CMSTATION_HOME)",
    )
    p.add_argument(
        "--demo", action="store_true", help="open a temporary copy of the sample workspace"
    )
    p.add_argument("--lang", metavar="LANG", help="interface language (en, nl)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(name).register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(_only_module(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        from cmstation.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except CmstationError as exc:
        print(f"cmstation: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
