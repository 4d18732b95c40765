"""``cmstation inbox`` run as a real command against the sample workspace."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import cli_env

from cmstation.config import WORKSPACE_FILE
from cmstation.sample import build_sample_workspace

NOW = 1_795_000_000 - 1_795_000_000 % 3600
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("inbox")
    build_sample_workspace(d / WORKSPACE_FILE, now=NOW)
    return d


def cmstation(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    env = cli_env({"PYTHONPATH": str(ROOT)})
    argv = [sys.executable, "-m", "cmstation"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run([*argv, *args], capture_output=True, text=True, env=env, timeout=60)


def _json(*args: str, data_dir: Path) -> list[dict]:
    res = cmstation("inbox", "--json", *args, data_dir=data_dir)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_json_lists_newest_first_with_the_agreed_fields(data_dir):
    rows = _json("--limit", "30", data_dir=data_dir)
    assert len(rows) == 30
    for r in rows:
        assert {"id", "channel", "author", "text", "created_at", "state", "url"} <= set(r)
        assert r["url"].startswith("https://") and r["text"] and r["author"]
        assert r["created_at"].endswith("Z")
    times = [r["created_at"] for r in rows]
    assert times == sorted(times, reverse=True)
    assert len({r["id"] for r in rows}) == 30


def test_json_says_everything_the_window_knows(data_dir):
    rows = _json("--limit", "500", data_dir=data_dir)
    for r in rows:
        assert {"sentiment", "priority", "priority_rank", "kind", "labels", "needs_reply"} <= set(r)
        assert r["needs_reply"] == (r["state"] == "needs_reply")
        assert r["sentiment"] in ("negative", "neutral", "positive")
    assert {r["priority"] for r in rows} >= {"complaint", "normal"}
    complaint = next(r for r in rows if r["priority"] == "complaint")
    assert complaint["priority_rank"] == 3
    assert {r["kind"] for r in rows} >= {"mention"}


def test_state_channel_and_search_filters(data_dir):
    needs = _json("--state", "needs_reply", "--limit", "500", data_dir=data_dir)
    assert needs and all(r["state"] == "needs_reply" for r in needs)
    masto = _json("--channel", "mastodon", "--limit", "500", data_dir=data_dir)
    assert masto and {r["channel"] for r in masto} == {"@despaak@mastodon.nl"}
    by_name = _json("--channel", "@despaak@mastodon.nl", "--limit", "500", data_dir=data_dir)
    by_id = _json("--channel", str(masto[0]["channel_id"]), "--limit", "500", data_dir=data_dir)
    assert [r["id"] for r in by_name] == [r["id"] for r in by_id] == [r["id"] for r in masto]
    hits = _json("--search", "bakfiets", "--channel", "bluesky", data_dir=data_dir)
    assert hits and all("bakfiets" in r["text"].lower() for r in hits)
    assert {r["channel"] for r in hits} == {"despaak.bsky.social"}


def test_hostile_search_is_a_search_not_an_error(data_dir):
    res = cmstation("inbox", "--json", "--search", '"unbalanced (AND *', data_dir=data_dir)
    assert res.returncode == 0, res.stderr
    assert isinstance(json.loads(res.stdout), list)


def test_plain_output_has_one_line_per_message(data_dir):
    res = cmstation("inbox", "--limit", "5", "--state", "replied", data_dir=data_dir)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == 5 and all("replied" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--limit", "0"], "at least 1"),
        (["--limit", "many"], "not a whole number"),
        (["--state", "urgent"], "invalid choice"),
        (["--channel", "linkedin"], "No channel 'linkedin'"),
        (["--channel", "99"], "No channel '99'"),
    ],
)
def test_bad_arguments_print_one_clear_line(data_dir, args, needle):
    res = cmstation("inbox", *args, data_dir=data_dir)
    assert res.returncode != 0
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert needle in res.stderr


def test_no_workspace_is_one_clear_line(tmp_path):
    empty = tmp_path / "nothing-here"
    res = cmstation("inbox", data_dir=empty)
    assert res.returncode != 0
    assert res.stderr.strip().splitlines() == [res.stderr.strip()]
    assert "No workspace" in res.stderr and str(empty) in res.stderr
    assert not empty.exists()  # a headless listing never creates a workspace


def test_damaged_workspace_is_one_clear_line(tmp_path):
    (tmp_path / WORKSPACE_FILE).write_bytes(b"not sqlite at all" * 50)
    res = cmstation("inbox", data_dir=tmp_path)
    assert res.returncode != 0
    assert len(res.stderr.strip().splitlines()) == 1
    assert str(tmp_path / WORKSPACE_FILE) in res.stderr
