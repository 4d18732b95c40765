"""The headless commands speak Dutch when asked (--lang, or the environment), English
otherwise; machine-readable output stays the same in every language."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from cli_runner import Cli

from cmstation.config import WORKSPACE_FILE
from cmstation.core.translations import I18N_DIR, load_qm
from cmstation.sample import build_sample_workspace

NOW = 1_795_000_000 - 1_795_000_000 % 3600
CLI_DIR = Path(__file__).resolve().parents[2] / "cmstation" / "cli"
DUTCH_ENV = {"LANG": "nl_NL.UTF-8"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Cli:
    d = tmp_path_factory.mktemp("lang")
    build_sample_workspace(d / WORKSPACE_FILE, now=NOW)
    return Cli(d)


def test_english_is_the_default(sample):
    r = sample("inbox", "--channel", "linkedin")
    assert r.returncode == 1
    assert r.stderr.startswith("cmstation: No channel 'linkedin'. Channels: 1 ")
    r = sample("channel", "list")
    assert "last 14 days: handled" in r.stdout and "laatste" not in r.stdout


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--lang", "nl"], {}), (["--lang=nl"], {}), ([], DUTCH_ENV), ([], {"LANGUAGE": "nl"})],
    ids=["--lang nl", "--lang=nl", "LANG", "LANGUAGE"],
)
def test_dutch_from_the_option_or_the_environment(sample, args, env):
    r = sample(*args, "inbox", "--channel", "linkedin", env=env)
    assert r.returncode == 1
    assert r.stderr.startswith("cmstation: Geen kanaal 'linkedin'. Kanalen: 1 "), r.stderr
    r = sample(*args, "channel", "list", env=env)
    assert r.returncode == 0, r.stderr
    assert "laatste 14 dagen:" in r.stdout and "afgehandeld" in r.stdout
    assert "last 14 days" not in r.stdout


def test_the_option_wins_over_the_environment(sample):
    r = sample("--lang", "en", "inbox", "--channel", "linkedin", env=DUTCH_ENV)
    assert "No channel 'linkedin'" in r.stderr


@pytest.mark.parametrize("value", ["xx", "klingon", "fr_FR"])
def test_an_unknown_language_is_one_clear_line(sample, value):
    r = sample("--lang", value, "inbox")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        f"cmstation: Unknown language {value!r} for --lang: cmstation speaks en, nl."
    ]


def test_a_locale_name_for_a_shipped_language_is_taken(sample):
    r = sample("--lang", "nl_BE.UTF-8", "inbox", "--channel", "linkedin")
    assert r.stderr.startswith("cmstation: Geen kanaal 'linkedin'")


def test_help_and_argparse_errors_in_dutch(sample):
    r = sample("--lang", "nl", "inbox", "--help")
    assert r.returncode == 0
    assert r.stdout.startswith("gebruik: cmstation inbox")
    assert "opties:" in r.stdout and "alleen deze status" in r.stdout
    assert "only this state" not in r.stdout
    r = sample("--lang", "nl", "inbox", "--state", "urgent")
    assert r.returncode == 2 and r.stdout == ""
    assert "cmstation inbox: fout: argument --state: ongeldige keuze: 'urgent'" in r.stderr
    r = sample("--lang", "nl", "inbox", "--limit", "0")
    assert "moet minstens 1 zijn: 0" in r.stderr


def test_json_is_the_same_in_every_language(sample):
    for args in (["inbox", "--json", "--limit", "5"], ["channel", "list", "--json"]):
        english = sample(*args)
        dutch = sample("--lang", "nl", *args, env=DUTCH_ENV)
        assert english.returncode == dutch.returncode == 0
        assert english.stdout == dutch.stdout
        json.loads(dutch.stdout)


def test_errors_from_the_workspace_in_dutch(tmp_path):
    r = Cli(tmp_path / "nowhere")("inbox", env=DUTCH_ENV)
    assert r.returncode == 1
    assert r.stderr.startswith("cmstation: Geen werkruimte in ")
    (tmp_path / WORKSPACE_FILE).write_bytes(b"not sqlite at all" * 50)
    r = Cli(tmp_path)("outbox", "list", env=DUTCH_ENV)
    assert r.returncode == 1 and "is beschadigd of geen cmstation-bestand" in r.stderr


def test_check_speaks_dutch_while_the_reply_is_english(tmp_path):
    cli = Cli(tmp_path / "nowhere")
    args = ("check", "--lang", "en", "--signature", "", "We apologize for any inconvenience.")
    english = cli(*args)
    dutch = cli("--lang", "nl", *args)
    assert english.returncode == dutch.returncode == 1
    assert " warning corporate_jargon: " in english.stdout
    assert english.stdout != dutch.stdout
    assert [line.split(":")[0] for line in english.stdout.splitlines()] == [
        line.split(":")[0] for line in dutch.stdout.splitlines()
    ]
    # the check's own --lang is the reply's language, not the interface's
    dutch_reply = (
        "check",
        "--lang",
        "nl",
        "--signature",
        "",
        "Uw klacht is in behandeling genomen.",
    )
    in_english = cli(*dutch_reply)
    assert " warning corporate_jargon: A scripted service phrase." in in_english.stdout
    assert cli("--lang", "nl", *dutch_reply).stdout != in_english.stdout


def _marked_cli_strings() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(CLI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args[:2])  # then "", n: plural
                found.add((context, source))
    return found


def test_every_marked_cli_string_ships_in_dutch():
    marked = _marked_cli_strings()
    assert len(marked) > 100
    shipped = load_qm(I18N_DIR / "cmstation_nl.qm")
    assert sorted(m for m in marked if m not in shipped) == []
