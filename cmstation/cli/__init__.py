"""Command line: no sub-command opens the window; sub-commands are headless.

Each sub-command lives in its own module with ``register(subparsers)``; the module
sets ``func`` on its parser, which receives the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cmstation import __version__
from cmstation.cli.lang import leading_options, setup, tr
from cmstation.core.errors import CmstationError, WorkspaceBusy
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.translations import render

#: Sub-command modules, in the order --help lists them.
COMMAND_MODULES = [
    "cmstation.cli.inbox",
    "cmstation.cli.mark",
    "cmstation.cli.channel",
    "cmstation.cli.search",
    "cmstation.cli.sweep",
    "cmstation.cli.listen",
    "cmstation.cli.check",
    "cmstation.cli.outbox",
    "cmstation.cli.conversation",
    "cmstation.cli.requests",
    "cmstation.cli.triage",
    "cmstation.cli.install_desktop",
    "cmstation.cli.labels",
    "cmstation.cli.snooze",
    "cmstation.cli.people",
    "cmstation.cli.rules",
    "cmstation.cli.undo",
    "cmstation.cli.report",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2
        self.exit(
            2,
            tr(
                QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}\n"),
                prog=self.prog,
                message=message,
            ),
        )


#: Commands that must start fast import only their own module (see _only_module).
FAST_COMMANDS = {"check": "cmstation.cli.check"}


def _only_module(argv: list[str] | None) -> list[str] | None:
    """For a fast command (``cmstation check`` runs on every keystroke pause of a script),
    the module list to import instead of all of them: the others pull in sqlite-utils,
    requests and APScheduler at import time."""
    command = leading_options(sys.argv[1:] if argv is None else argv)[1]
    return [FAST_COMMANDS[command]] if command in FAST_COMMANDS else None


def build_parser(modules: list[str] | None = None) -> argparse.ArgumentParser:
    p = _Parser(
        prog="cmstation",
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A desktop workstation for the community manager. "
                "Without a command it opens the window.",
            )
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"cmstation {__version__}",
        help=tr(QT_TRANSLATE_NOOP("Cli", "show program's version number and exit")),
    )
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "workspace folder (default: the user data dir, or $CMSTATION_HOME)"
            )
        ),
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "open a temporary copy of the sample workspace")),
    )
    p.add_argument(
        "--lang",
        metavar="LANG",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "interface language (en, nl; default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
            )
        ),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(name).register(sub)
    return p


# Exit status when another process already listens and sends for the workspace.
EXIT_BUSY = 4

MSG_DEMO_NETWORK = QT_TRANSLATE_NOOP(
    "Cli",
    "The sample workspace is made up: '{command}' would reach real networks, so it does not "
    "run with --demo (try 'cmstation --demo inbox' or 'cmstation --demo channel list').",
)


def write_pdf_report(report, path: str):
    """``cmstation report --pdf``: Qt draws the PDF; the one way from the commands to it
    is the window's composition root (ui.shell.app), as for the window itself."""
    from cmstation.core.translations import language
    from cmstation.ui.shell.app import write_report_pdf

    return write_report_pdf(report, path, language())


def _network_command(args: argparse.Namespace) -> str:
    """The command's name when it would reach a network (and so cannot run on the sample)."""
    if args.command in ("sweep", "listen", "requests"):
        return args.command
    if args.command == "outbox" and getattr(args, "outbox_command", "") == "send":
        return "outbox send"
    if args.command == "channel" and getattr(args, "channel_command", "") == "add":
        return "channel add"
    return ""


MSG_UNKNOWN_LANG = QT_TRANSLATE_NOOP(
    "Cli", "Unknown language {lang!r} for --lang: cmstation speaks {known}."
)


def _unknown_language(argv: list[str]) -> str:
    """The --lang value when it names no language cmstation ships ('' when it does)."""
    from cmstation.core.translations import LANGUAGES, language_code

    given = leading_options(argv)[0].get("--lang")
    if given is None or language_code(given) in LANGUAGES:
        return ""
    return given


def main(argv: list[str] | None = None) -> int:
    setup(sys.argv[1:] if argv is None else argv)
    unknown = _unknown_language(sys.argv[1:] if argv is None else argv)
    if unknown:  # one clear line, not a silent English
        from cmstation.core.translations import LANGUAGES

        known = ", ".join(LANGUAGES)
        print(f"cmstation: {tr(MSG_UNKNOWN_LANG, lang=unknown, known=known)}", file=sys.stderr)
        return 2
    parser = build_parser(_only_module(argv))
    args = parser.parse_args(argv)
    if args.command != "check":  # check stays quick and writes nothing
        from cmstation import logs

        logs.setup()
    if args.command is None:
        from cmstation.ui.shell.app import run_gui  # Qt only when the window is wanted

        return run_gui(args)
    if getattr(args, "demo", False) and args.command != "check":
        network = _network_command(args)
        if network:
            print(f"cmstation: {tr(MSG_DEMO_NETWORK, command=network)}", file=sys.stderr)
            return 2
        from cmstation import demo

        demo.remove_on_sigterm()  # the copy goes also when the command is terminated
        args.data_dir = str(demo.sample_copy().parent)  # never the real workspace
    try:
        return int(args.func(args) or 0)
    except WorkspaceBusy as exc:
        print(f"cmstation: {error_text(exc)}", file=sys.stderr)
        return EXIT_BUSY
    except CmstationError as exc:
        print(f"cmstation: {error_text(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - plain words here, the traceback in the log
        from cmstation import logs

        print(f"cmstation: {render(logs.explain(exc))}", file=sys.stderr)
        return 1


def error_text(exc: CmstationError) -> str:
    """The error's message in the chosen language (its translatable Text when it has one)."""
    return render(exc.text) if exc.text is not None else str(exc)
