"""The Qt-free .qm reader and language choice (cmstation.core.translations)."""

from __future__ import annotations

import struct

import pytest

from cmstation.core import translations
from cmstation.core.i18n import Text
from cmstation.core.translations import (
    QM_MAGIC,
    QmFormatError,
    choose_language,
    load_qm,
    parse_qm,
)

SHIPPED = translations.I18N_DIR / "cmstation_nl.qm"


@pytest.fixture
def dutch(monkeypatch):
    """Dutch for one test, with a fresh cache; English again afterwards."""
    monkeypatch.setattr(translations, "_catalogues", {})
    translations.set_language("nl")
    yield
    translations.set_language("en")


def _value(tag: int, data: bytes | None) -> bytes:
    if data is None:
        return bytes([tag]) + b"\xff\xff\xff\xff"
    return bytes([tag]) + struct.pack(">I", len(data)) + data


def _message(context: str, source: str, *translations_: str | None) -> bytes:
    out = b""
    for t in translations_:
        out += _value(3, None if t is None else t.encode("utf-16-be"))
    out += b"\x05\x00\x00\x00\x00"  # Obsolete1: 4 bytes, no length
    out += _value(8, b"")  # Comment
    out += _value(6, source.encode())
    out += _value(7, context.encode())
    return out + b"\x01"


def _qm(*messages: bytes, extra_sections: bytes = b"") -> bytes:
    body = b"".join(messages)
    hashes = b"\x42" + struct.pack(">I", 8) + b"\x00" * 8
    return QM_MAGIC + hashes + extra_sections + b"\x69" + struct.pack(">I", len(body)) + body


def test_the_shipped_catalogue_has_the_dutch_state_names():
    cat = load_qm(SHIPPED)
    assert cat[("State", "needs reply")] == "wacht op antwoord"
    assert cat[("Cli", "The outbox is empty.")] == "Het postvak uit is leeg."
    assert len(cat) > 400
    assert all(isinstance(k, tuple) and v for k, v in cat.items())


def test_a_built_catalogue_reads_context_source_and_the_first_plural_form():
    data = _qm(
        _message("Ctx", "one", "één"),
        _message("Ctx", "{n} files", "{n} bestand", "{n} bestanden"),
        _message("Other", "one", "uno"),
        _message("Ctx", "untranslated", None),
        _message("Ctx", "naïve ✓", "naïef ✓"),
    )
    assert parse_qm(data) == {
        ("Ctx", "one"): "één",
        ("Ctx", "{n} files"): "{n} bestand",
        ("Other", "one"): "uno",
        ("Ctx", "naïve ✓"): "naïef ✓",
    }


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a qm file at all",
        QM_MAGIC[:-1],
        QM_MAGIC + b"\x69\x00\x00\x01\x00" + b"\x03",  # the section runs past the end
        QM_MAGIC + b"\x69",  # a truncated section header
        _qm(b"\x03\x00\x00\x00\x09abc\x01"),  # a value runs past its section
        _qm(b"\x63\x00\x00\x00\x00\x01"),  # an unknown message tag
        _qm(_value(3, b"\xd8\x00") + b"\x01"),  # a lone surrogate is not UTF-16
    ],
)
def test_malformed_bytes_raise_a_format_error(data):
    with pytest.raises(QmFormatError):
        parse_qm(data)


def test_every_truncation_of_the_shipped_file_is_english_not_a_crash(tmp_path):
    data = SHIPPED.read_bytes()
    path = tmp_path / "cut.qm"
    step = max(1, len(data) // 300)
    for cut in [*range(0, len(data), step), len(data) - 1]:
        path.write_bytes(data[:cut])
        assert isinstance(load_qm(path), dict)  # {} or what was complete; never raises
    path.write_bytes(data[:-1])
    assert load_qm(path) == {}


def test_garbage_and_missing_files_mean_english(tmp_path, monkeypatch):
    garbage = tmp_path / "cmstation_nl.qm"
    garbage.write_bytes(QM_MAGIC + bytes(range(256)) * 20)
    assert load_qm(garbage) == {}
    assert load_qm(tmp_path / "missing.qm") == {}
    monkeypatch.setattr(translations, "I18N_DIR", tmp_path)
    monkeypatch.setattr(translations, "_catalogues", {})
    translations.set_language("nl")
    try:
        assert translations.translate("State", "needs reply") == "needs reply"
    finally:
        translations.set_language("en")


def test_translate_falls_back_to_the_source(dutch):
    assert translations.translate("State", "needs reply") == "wacht op antwoord"
    assert translations.translate("State", "no such text") == "no such text"
    assert translations.translate("NoSuchContext", "needs reply") == "needs reply"


def test_the_catalogue_is_read_once_and_only_when_needed(monkeypatch):
    reads = []
    real = translations.load_qm
    monkeypatch.setattr(translations, "load_qm", lambda p, *a: reads.append(p) or real(p, *a))
    monkeypatch.setattr(translations, "_catalogues", {})
    translations.set_language("en")
    assert translations.translate("State", "needs reply") == "needs reply"
    assert reads == []  # English needs no catalogue
    translations.set_language("nl")
    try:
        for _ in range(3):
            assert translations.translate("State", "needs reply") == "wacht op antwoord"
    finally:
        translations.set_language("en")
    assert reads == [SHIPPED]


def test_render_translates_text_and_keeps_broken_translations_english(dutch, monkeypatch):
    assert translations.render(Text("State", "needs reply")) == "wacht op antwoord"
    assert translations.render("plain") == "plain"
    translations._catalogues["nl"][("X", "{n} new")] = "{aantal} nieuw"  # a bad placeholder
    assert translations.render(Text("X", "{n} new", {"n": 3})) == "3 new"


def test_an_unknown_language_is_english():
    translations.set_language("fr")
    assert translations.language() == "en"
    assert translations.translate("State", "needs reply") == "needs reply"


@pytest.mark.parametrize(
    ("cli", "env", "expected"),
    [
        (None, {}, "en"),
        ("nl", {"LANG": "en_GB.UTF-8"}, "nl"),
        ("NL_be", {}, "nl"),
        ("en", {"LANG": "nl_NL.UTF-8"}, "en"),
        ("fr", {"LANG": "nl_NL.UTF-8"}, "nl"),  # an unknown --lang falls through
        (None, {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        (None, {"LC_MESSAGES": "nl_BE", "LC_ALL": "en_US.UTF-8"}, "en"),
        (None, {"LC_ALL": "nl_NL@euro", "LANG": "en_US"}, "nl"),
        (None, {"LANGUAGE": "fr:nl:en", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"LANGUAGE": "", "LC_ALL": "", "LANG": "nl_NL"}, "nl"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {"LANGUAGE": "de", "LANG": "nl_NL.UTF-8"}, "en"),  # like gettext: first one set
    ],
)
def test_the_language_comes_from_the_option_then_the_environment(cli, env, expected):
    assert choose_language(cli, env) == expected


def test_the_window_adds_its_saved_choice_and_the_platform_locale():
    """One function decides for the window and the commands: the window passes its saved
    Language-menu choice (after --lang, before the environment) and the platform's locale
    (used only when no environment variable says anything)."""
    assert choose_language(None, {}, system="nl_NL") == "nl"
    assert choose_language(None, {}, system="de_DE") == "en"
    assert choose_language("en", {}, system="nl_NL") == "en"
    assert choose_language(None, {}, saved="nl", system="en_US") == "nl"
    assert choose_language(None, {"LANG": "en_GB.UTF-8"}, saved="nl") == "nl"
    assert choose_language("EN", {}, saved="nl", system="nl_NL") == "en"
    assert choose_language("klingon", {}, saved="nl", system="C") == "nl"
    assert choose_language(None, {"LANG": "C.UTF-8"}, system="nl_NL") == "en"
    assert choose_language(None, {"LANG": "nl_NL.UTF-8"}, saved="", system="en_US") == "nl"


def test_a_text_inside_a_text_survives_storing_and_is_translated():
    from cmstation.core.i18n import Text

    inner = Text("channels", "Cannot reach {host}.", {"host": "m.nl"})
    outer = Text("ChannelStatus", "Offline: {reason}", {"reason": inner, "n": 2})
    back = Text.from_json(outer.to_json())
    assert back == outer
    assert back.render() == "Offline: Cannot reach m.nl."
    table = {("ChannelStatus", "Offline: {reason}"): "Offline: {reason}!",
             ("channels", "Cannot reach {host}."): "{host} is onbereikbaar."}  # fmt: skip
    assert back.render(lambda c, s: table.get((c, s), s)) == "Offline: m.nl is onbereikbaar.!"


def test_plural_forms_in_english_and_dutch_without_qt(monkeypatch):
    """A %n string takes the form its count needs, read from the shipped catalogues."""
    monkeypatch.setattr(translations, "_catalogues", {})
    monkeypatch.setattr(translations, "_plurals", {})
    text = lambda n: Text("ListeningUi", "%n item(s) skipped", {"n": n})  # noqa: E731
    assert (str(text(1)), str(text(4))) == ("1 item skipped", "4 items skipped")
    translations.set_language("nl")
    try:
        assert translations.render(text(1)) == "1 item overgeslagen"
        assert translations.render(text(0)) == "0 items overgeslagen"
    finally:
        translations.set_language("en")
    assert translations.render(text(2)) == "2 items skipped"
