"""Reading Qt's ``.qm`` catalogues without Qt (for the headless commands and for English
plural forms wherever a Text is rendered without a translator).

The ``.qm`` format (Qt's ``qtranslator.cpp``): a 16-byte magic number, then sections of
``tag (1 byte), length (4 bytes, big-endian), data``. The Messages section holds records of
``tag, value`` pairs up to an End tag; values are a 4-byte big-endian length followed by the
bytes (Translation in UTF-16BE, SourceText/Context/Comment in UTF-8; a length of 0xFFFFFFFF
means null), except Obsolete1, which is 4 bytes without a length. A plural message has one
Translation per form, in order.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

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


class QmFormatError(ValueError):
    """The bytes are not a .qm catalogue this reader understands."""


def parse_qm(
    data: bytes, plurals: dict[tuple[str, str], list[str]] | None = None
) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from the bytes of a .qm file (first plural form;
    empty translations left out); every form of a plural message goes into ``plurals`` when
    given. Raises QmFormatError for anything malformed."""
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
            _read_messages(data[pos : pos + length], found, plurals)
        pos += length
    return found


def _read_messages(
    block: bytes,
    found: dict[tuple[str, str], str],
    plurals: dict[tuple[str, str], list[str]] | None = None,
) -> None:
    pos, end = 0, len(block)
    forms: list[str] = []
    source = context = ""
    while pos < end:
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            if forms and forms[0]:
                found.setdefault((context, source), forms[0])
                if plurals is not None and len(forms) > 1:
                    plurals.setdefault((context, source), forms)
            forms, source, context = [], "", ""
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
            if tag == _TAG_TRANSLATION:  # more than one: the plural forms, in order
                forms.append(value.decode("utf-16-be"))
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


def load_qm(
    path: Path, plurals: dict[tuple[str, str], list[str]] | None = None
) -> dict[tuple[str, str], str]:
    """The catalogue at ``path``; empty (English) when it is missing or malformed. The
    plural forms go into ``plurals`` when given."""
    try:
        return parse_qm(Path(path).read_bytes(), plurals)
    except (OSError, QmFormatError):
        if plurals is not None:
            plurals.clear()
        return {}


def plural_form(n: int) -> int:
    """Which plural form ``n`` takes in English and Dutch (Qt's rule for both: one, other)."""
    return 0 if n == 1 else 1


def pick_plural(forms: list[str] | None, source: str, n: int) -> str:
    """The form for ``n`` (``source`` without forms), ``%n`` replaced by ``n``."""
    text = forms[min(plural_form(n), len(forms) - 1)] if forms else source
    return text.replace("%n", str(n))


@cache
def _plural_table(lang: str) -> dict[tuple[str, str], list[str]]:
    plurals: dict[tuple[str, str], list[str]] = {}
    load_qm(I18N_DIR / f"cmstation_{lang}.qm", plurals)
    return plurals


def plural(lang: str, context: str, source: str, n: int) -> str:
    """A ``%n`` string for ``n`` in ``lang`` from the shipped catalogue (read once)."""
    return pick_plural(_plural_table(lang).get((context, source)), source, n)
