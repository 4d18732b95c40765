"""Translating marked strings without Qt, from the shipped ``.qm`` catalogue
(:mod:`cmstation.core.qm_catalogue` reads it).

The window translates with QTranslator; the headless commands must not import Qt, so they
look strings up here instead: ``translate(context, source)`` gives the translation in the
chosen language, or ``source`` itself when there is none. English needs no catalogue except
for its plural forms (``%n`` strings); a catalogue is read once, on the first lookup. A
missing or damaged catalogue means English, never a crash.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from cmstation.core.i18n import Text
from cmstation.core.qm_catalogue import (  # noqa: F401 - the reader's names, kept here too
    I18N_DIR,
    QM_MAGIC,
    QmFormatError,
    load_qm,
    parse_qm,
    pick_plural,
)

#: The interface languages cmstation ships (English is the source language).
LANGUAGES = ("en", "nl")

_language = "en"
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
#: Plural forms per language: (context, source) -> [form for 1, form for other numbers].
_plurals: dict[str, dict[tuple[str, str], list[str]]] = {}


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    cat = _catalogues.get(lang)
    if cat is None:
        plurals: dict[tuple[str, str], list[str]] = {}
        path = I18N_DIR / f"cmstation_{lang}.qm"
        cat = load_qm(path, plurals)
        _catalogues[lang], _plurals[lang] = cat, plurals
    return cat


def plural(lang: str, context: str, source: str, n: int) -> str:
    """The form of a ``%n`` string for ``n`` in ``lang`` (English too), ``%n`` replaced."""
    _catalogue(lang)
    return pick_plural(_plurals.get(lang, {}).get((context, source)), source, n)


def set_language(lang: str) -> None:
    """Translate into ``lang`` from now on (one of LANGUAGES; anything else means English)."""
    global _language
    _language = lang if lang in LANGUAGES else "en"


def language() -> str:
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (marked with QT_TRANSLATE_NOOP(context, ...)) in the chosen language; with
    ``n`` (a source with ``%n``), the plural form for ``n`` with ``%n`` replaced, as
    QCoreApplication.translate does. English plural forms come from cmstation_en.qm."""
    if n >= 0 and "%n" in source:
        return plural(_language, context, source, n)
    if _language == "en":
        return source
    return _catalogue(_language).get((context, source)) or source


def render(message: Text | str | object) -> str:
    """A Text in the chosen language; anything else as str()."""
    if isinstance(message, Text):
        try:
            return message.render(translate)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return message.render()
    return str(message)


def language_code(value: str) -> str:
    """``nl_NL.UTF-8`` -> ``nl``: the language a locale-like name names."""
    return _code(value)


def _code(value: str) -> str:
    """``nl_NL.UTF-8`` -> ``nl``; ``pt-BR`` -> ``pt``."""
    return value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def choose_language(
    cli_lang: str | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    saved: str | None = None,
    system: str | None = None,
) -> str:
    """The interface language, for the window and the commands alike: ``--lang`` when it
    names a shipped language; else the window's saved choice (``saved``, the Language
    menu; the commands have none); else the environment the way gettext reads it (the
    first set of LANGUAGE, LC_ALL, LC_MESSAGES, LANG; LANGUAGE may list several,
    ``nl:en``); else, when none of those is set, ``system`` (the platform's locale name,
    which the window asks Qt for); else English."""
    for choice in (cli_lang, saved):
        if choice and _code(choice) in LANGUAGES:
            return _code(choice)
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for item in value.split(":"):
            code = _code(item)
            if code in ("c", "posix"):
                return "en"
            if code in LANGUAGES:
                return code
        return "en"
    if system and _code(system) in LANGUAGES:
        return _code(system)
    return "en"
