"""``cmstation check`` run as a process, in both languages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_runner import cli_env

from cmstation.core.profile import Profile
from cmstation.storage import open_workspace
from cmstation.storage.profile import save_profile


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cmstation", "check", *args],
        input=stdin,
        capture_output=True,
        env=cli_env(),
        timeout=60,
    )


def test_dutch_reply_with_findings_exits_1_and_prints_one_line_each():
    out = run(
        "--signature",
        "^Eva",
        "--in-reply-to",
        "Mijn pakket is nog steeds niet binnen!",
        "Uw klacht is in behandeling genomen.",
    )
    assert out.returncode == 1, out.stderr
    lines = out.stdout.decode().splitlines()
    assert any(" warning corporate_jargon: " in line for line in lines)
    assert any(" warning no_signature: " in line and line.endswith("(. ^Eva)") for line in lines)
    assert all(line.split(" ", 1)[0].count("-") == 1 for line in lines)


def test_english_json_from_stdin():
    out = run(
        "--json",
        "--lang",
        "en",
        "--signature",
        "^Eva",
        "-",
        stdin=b"We apologize for any inconvenience.",
    )
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert data["lang"] == "en" and 0 <= data["score"] < 100
    f = next(f for f in data["findings"] if f["category"] == "corporate_jargon")
    assert set(f) == {"category", "rule", "severity", "start", "end", "message", "suggestion"}
    assert (f["start"], f["end"]) == (0, 34)


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry, dat is balen! Morgen ligt hij klaar. ^Eva",
        "Sorry, that's rotten! It's ready tomorrow. ^Eva",
    ],
)
def test_clean_reply_exits_0_and_prints_nothing(reply):
    out = run("--signature", "^Eva", reply)
    assert (out.returncode, out.stdout, out.stderr) == (0, b"", b"")


def test_info_only_exits_0():
    out = run("--json", "--lang", "en", "Your refund has been processed.")
    data = json.loads(out.stdout)
    assert [f["severity"] for f in data["findings"]] == ["info"]
    assert out.returncode == 0


def test_bluesky_limit_in_graphemes():
    out = run("--json", "--channel", "bluesky", "👍" * 301)
    assert out.returncode == 1
    assert json.loads(out.stdout)["findings"][0]["rule"] == "too_long"


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["-"], b"\xff\xfe\xfa", "not UTF-8"),
        (["-"], b"   \n", "empty"),
        (["--lang", "fr", "Hoi"], None, "invalid choice"),
        (["--channel", "myspace", "Hoi"], None, "invalid choice"),
        (["--limit", "0", "Hoi"], None, "at least 1"),
    ],
)
def test_bad_usage_or_input_exits_2_with_one_line(args, stdin, needle):
    out = run(*args, stdin=stdin)
    assert out.returncode == 2
    err = out.stderr.decode().strip()
    assert needle in err and len(err.splitlines()) == 1
    assert out.stdout == b""


def test_signature_and_register_default_to_the_profile(tmp_path, monkeypatch):
    home = tmp_path / "home"
    db = open_workspace(home / "workspace.sqlite3")
    save_profile(db, Profile(signoff="^Eva", register="u"))
    db.conn.close()
    monkeypatch.setenv("CMSTATION_HOME", str(home))
    out = run("--json", "Heb je je pakket ontvangen?")
    rules = {f["rule"] for f in json.loads(out.stdout)["findings"]}
    assert {"no_signature", "register_profile"} <= rules
    out = run("--json", "--signature", "", "--register", "je", "Heb je je pakket ontvangen?")
    assert json.loads(out.stdout)["findings"] == []


def test_without_a_workspace_no_signoff_is_expected(tmp_path, monkeypatch):
    monkeypatch.setenv("CMSTATION_HOME", str(tmp_path / "nowhere"))
    out = run("Tot zaterdag!")
    assert out.returncode == 0
    assert not (tmp_path / "nowhere").exists()  # checking never creates a workspace


def test_help_documents_the_defaults():
    out = subprocess.run(
        [sys.executable, "-m", "cmstation", "check", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env=cli_env(),
    )
    assert "profile" in out.stdout and "Exit status" in out.stdout


@pytest.mark.parametrize(
    ("prefix", "env"),
    [([], {}), (["--lang", "nl"], {}), ([], {"LANG": "nl_NL.UTF-8"})],
    ids=["english", "--lang nl", "LANG=nl"],
)
def test_the_check_path_stays_light(prefix, env):
    code = (
        "import sys\n"
        "from cmstation.cli import main\n"
        f"main({prefix!r} + ['check', '--signature', '', '--in-reply-to', 'Slechte service!', "
        "'Uw klacht is in behandeling genomen.'])\n"
        "heavy = {'sqlite_utils', 'requests', 'PySide6', 'apscheduler', 'keyring', 'feedparser'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=cli_env(env)
    )
    lines = out.stdout.strip().splitlines()
    assert lines[-1] == "[]"
    assert any(" corporate_jargon: " in line for line in lines[:-1])  # the check did run
