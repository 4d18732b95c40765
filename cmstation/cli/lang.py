"""The headless commands' language, without Qt.

Every user-visible string of the commands is marked ``QT_TRANSLATE_NOOP("Cli", ...)`` (so
pyside6-lupdate puts it in the catalogue) and shown through :func:`tr`. The language is
``--lang`` (before the command), else the environment, else English
(:func:`cmstation.core.translations.choose_language`); argparse's own words ("usage:",
"options", its error messages) follow along. Kept light: ``cmstation check`` starts fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.translations import choose_language, render, set_language, translate

#: argparse's own messages (Python 3.11), for the catalogue; argparse asks for them through
#: its module-level ``_`` (gettext), which :func:`setup` points at the catalogue.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

#: Options of the main parser that take a value (the language is read before parsing).
VALUE_OPTIONS = ("--data-dir", "--lang")


def tr(source: str, **params: object) -> str:
    """``source`` (marked QT_TRANSLATE_NOOP("Cli", ...)) in the chosen language, with its
    ``str.format`` parameters filled in."""
    return render(Text("Cli", source, params)) if params else translate("Cli", source)


def leading_options(argv: Sequence[str]) -> tuple[dict[str, str], str | None]:
    """The main parser's options given before the command (``--lang nl``, ``--lang=nl``),
    and the command itself (None without one)."""
    found: dict[str, str] = {}
    i = 0
    while i < len(argv):
        tok = argv[i]
        if tok in VALUE_OPTIONS:
            if i + 1 < len(argv):
                found[tok] = argv[i + 1]
            i += 2
            continue
        if tok.startswith("-"):
            name, eq, value = tok.partition("=")
            if eq and name in VALUE_OPTIONS:
                found[name] = value
            i += 1
            continue
        return found, tok
    return found, None


def _argparse_gettext(message: str | None) -> str | None:
    return translate("Argparse", message) if isinstance(message, str) else message


def setup(argv: Sequence[str]) -> str:
    """Choose the language for this run from ``argv`` and the environment; returns it."""
    lang = choose_language(leading_options(argv)[0].get("--lang"))
    set_language(lang)
    if lang != "en":
        argparse._ = _argparse_gettext  # argparse looks its words up through this name
    return lang
