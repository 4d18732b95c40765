"""The Dutch translation ships compiled and up to date, and the window uses it."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cmstation.ui.shell.app import I18N_DIR, build_window, install_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "cmstation_nl.ts"
QM = I18N_DIR / "cmstation_nl.qm"


def _lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path, lang):
    tool = _lrelease()
    if not tool:
        pytest.fail("pyside6-lrelease is missing (it comes with PySide6)")
    out = tmp_path / f"cmstation_{lang}.qm"
    ts = ROOT / "i18n" / f"cmstation_{lang}.ts"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(out)], check=True)
    shipped = I18N_DIR / f"cmstation_{lang}.qm"
    assert shipped.read_bytes() == out.read_bytes(), "run `make i18n` and commit the .qm"


def _messages(root):
    """(context, source, translation element) of every live message in a .ts tree."""
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr.get("type") not in ("vanished", "obsolete"):
                yield ctx.find("name").text, msg.find("source").text or "", tr


def test_every_string_has_a_dutch_translation():
    entries = list(_messages(ET.parse(TS).getroot()))
    untranslated = [
        (ctx, src)
        for ctx, src, tr in entries
        if tr.get("type") == "unfinished"
        or not ((tr.text or "") + "".join(f.text or "" for f in tr.findall("numerusform"))).strip()
    ]
    assert len(entries) > 500
    assert untranslated == []


def test_the_ts_holds_every_marked_string_of_the_sources(tmp_path):
    """lupdate over the sources finds nothing the shipped .ts lacks: a string marked for
    translation but never put in the catalogue would stay English for Dutch users."""
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(exe) if exe.exists() else shutil.which("pyside6-lupdate")
    if not tool:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6)")
    copy = tmp_path / "i18n" / TS.name
    copy.parent.mkdir()
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "cmstation").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
    shipped = {(c, s) for c, s, _ in _messages(ET.parse(TS).getroot())}
    found = {(c, s) for c, s, _ in _messages(ET.parse(copy).getroot())}
    assert sorted(found - shipped) == [], "run `make i18n-update`, translate, `make i18n`"


@pytest.fixture
def dutch(qapp):
    before = QLocale()
    translators = install_translations(qapp, "nl")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(before)


def test_the_window_speaks_dutch_with_the_nl_translation(qtbot, dutch, workspace, ui_settings):
    assert dutch, "cmstation_nl.qm did not load"
    assert QCoreApplication.translate("State", "needs reply") == "wacht op antwoord"
    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(
        lambda: w.message_model.rowCount() > 0 and getattr(w, "_counts", None) is not None
    )
    assert w._nav_items[("view", "needs_reply")].text(0) == "Wacht op antwoord"
    assert w._nav_items[("view", "all")].text(0) == "Alle berichten"
    assert w.search_box.placeholderText().startswith("Zoek")
    from PySide6.QtCore import Qt

    assert w.message_model.headerData(3, Qt.Orientation.Horizontal) == "Bericht"
    assert "wachten op antwoord" in w.status_label.text()
    w.close()


def test_english_has_only_its_plural_forms(qapp):
    translators = install_translations(qapp, "en")
    try:
        assert len(translators) == 1, "cmstation_en.qm did not load"
        assert QCoreApplication.translate("State", "needs reply") == "needs reply"
        one = QCoreApplication.translate("OutboxView", "%n try(s)", None, 1)
        many = QCoreApplication.translate("OutboxView", "%n try(s)", None, 3)
        assert (one, many) == ("1 try", "3 tries")
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_dutch_plural_forms(dutch):
    tr = QCoreApplication.translate
    assert tr("MainWindow", "%n need(s) a reply", None, 1) == "1 wacht op antwoord"
    assert tr("MainWindow", "%n need(s) a reply", None, 4) == "4 wachten op antwoord"


def _plural_messages(root):
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes" and tr.get("type") not in ("vanished", "obsolete"):
                yield msg.find("source").text or "", tr


def test_every_plural_string_has_both_forms_in_english_and_dutch():
    """A count that decides the grammar (%n) has its forms in both catalogues: without the
    English one the window would say "1 reply(s)"."""
    en_ts = ROOT / "i18n" / "cmstation_en.ts"
    nl = dict(_plural_messages(ET.parse(TS).getroot()))
    en = dict(_plural_messages(ET.parse(en_ts).getroot()))
    assert nl and set(en) == set(nl)
    for table in (en, nl):
        for src, tr in table.items():
            forms = [f.text or "" for f in tr.findall("numerusform")]
            assert tr.get("type") != "unfinished" and len(forms) == 2, src
            assert all("%n" in f for f in forms), src
    assert [f.text for f in en["%n try(s)"].findall("numerusform")] == ["%n try", "%n tries"]


def test_translations_keep_the_placeholders_and_accelerators():
    """A translation with another {name} would crash str.format at run time."""
    import re

    wrong = []
    for ts in (TS, ROOT / "i18n" / "cmstation_en.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr.get("type") in ("vanished", "obsolete", "unfinished"):
                    continue
                src = msg.find("source").text or ""
                for text in [tr.text or ""] + [f.text or "" for f in tr.findall("numerusform")]:
                    if not text.strip():
                        continue
                    if sorted(re.findall(r"\{\w*\}", src)) != sorted(
                        re.findall(r"\{\w*\}", text)
                    ) or (src.count("&") != text.count("&")):
                        wrong.append((src, text))
    assert wrong == []
