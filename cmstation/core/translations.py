"""Translating marked strings without Qt: a reader for the shipped ``.qm`` catalogue.

The window translates with QTranslator; the headless commands must not import Qt, so they
look strings up here instead: ``translate(context, source)`` gives the translation in the
chosen language, or ``source`` itself when there is none. English needs no catalogue; the
catalogue of another language is read once, on the first lookup. A missing or damaged
catalogue means English, never a crash.

The ``.qm`` format (Qt's ``qtranslator.cpp``): a 16-byte magic number, then sections of
``tag (1 byte), length (4 bytes, big-endian), data``. The Messages section holds records of
``tag, value`` pairs up to an End tag; values are a 4-byte big-endian length followed by the
bytes (Translation in UTF-16BE, SourceText/Context/Comment in UTF-8; a length of 0xFFFFFFFF
means null), except Obsolete1, which is 4 bytes without a length.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from pathlib import Path

from cmstation.core.i18n import Text

#: The interface languages cmstation ships (English is the source language).
LANGUAGES = ("en", "nl")
I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END = 1
_TAG_SOURCE_TEXT16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_NULL = 0xFFFFFFFF

_language = "en"
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


class QmFormatError(ValueError):
    """The bytes are not a .qm catalogue this reader understands."""


def parse_qm(data: bytes) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from the bytes of a .qm file (first plural form;
    empty translations left out). Raises QmFormatError for anything malformed."""
    if data[:16] != QM_MAGIC:
        raise QmFormatError("not a .qm file (wrong magic number)")
    pos, end = 16, len(data)
    found: dict[tuple[str, str], str] = {}
    while pos < end:
        if pos + 5 > end:
            raise QmFormatError(f"truncated section header at byte {pos}")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if pos + length > end:
            raise QmFormatError(f"section 0x{tag:02x} runs past the end of the file")
        if tag == _SECTION_MESSAGES:
            _read_messages(data[pos : pos + length], found)
        pos += length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    pos, end = 0, len(block)
    translation: str | None = None
    source = context = ""
    while pos < end:
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            if translation:
                found.setdefault((context, source), translation)
            translation, source, context = None, "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        if tag not in (
            _TAG_TRANSLATION,
            _TAG_SOURCE_TEXT,
            _TAG_CONTEXT,
            _TAG_COMMENT,
            _TAG_SOURCE_TEXT16,
            _TAG_CONTEXT16,
        ):
            raise QmFormatError(f"unknown message tag 0x{tag:02x} at byte {pos - 1}")
        if pos + 4 > end:
            raise QmFormatError("truncated message record")
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == _NULL:
            value = b""
        else:
            if pos + length > end:
                raise QmFormatError("a message value runs past its section")
            value = block[pos : pos + length]
            pos += length
        try:
            if tag == _TAG_TRANSLATION:
                if translation is None:  # later ones are plural forms
                    translation = value.decode("utf-16-be")
            elif tag == _TAG_SOURCE_TEXT:
                source = value.decode("utf-8")
            elif tag == _TAG_CONTEXT:
                context = value.decode("utf-8")
            elif tag == _TAG_SOURCE_TEXT16:  # older catalogues
                source = value.decode("utf-16-be")
            elif tag == _TAG_CONTEXT16:
                context = value.decode("utf-16-be")
        except UnicodeDecodeError as exc:
            raise QmFormatError(f"a message is not valid text: {exc}") from None


def load_qm(path: Path) -> dict[tuple[str, str], str]:
    """The catalogue at ``path``; empty (English) when it is missing or malformed."""
    try:
        return parse_qm(Path(path).read_bytes())
    except (OSError, QmFormatError):
        return {}


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    cat = _catalogues.get(lang)
    if cat is None:
        cat = _catalogues[lang] = load_qm(I18N_DIR / f"cmstation_{lang}.qm")
    return cat


def set_language(lang: str) -> None:
    """Translate into ``lang`` from now on (one of LANGUAGES; anything else means English)."""
    global _language
    _language = lang if lang in LANGUAGES else "en"


def language() -> str:
    return _language


def translate(context: str, source: str) -> str:
    """``source`` (marked with QT_TRANSLATE_NOOP(context, ...)) in the chosen language."""
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
