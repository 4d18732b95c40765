"""``cmstation label``, ``snooze``, ``vip``, ``note``, ``author``, ``rule`` and ``undo``
end to end, as real commands on a copy of the sample workspace."""

from __future__ import annotations

import json

import pytest

from cmstation.sample import build_sample_workspace
from cmstation.storage import open_workspace

NOW = 1_795_000_000 - 1_795_000_000 % 3600


@pytest.fixture
def ws(cli):
    cli.data_dir.mkdir(parents=True)
    build_sample_workspace(cli.workspace_path, now=NOW)
    return cli


def _ok(res):
    assert res.returncode == 0, res.stderr
    return res.stdout


def _open_ids(cli, n):
    rows = json.loads(_ok(cli("inbox", "--json", "--state", "needs_reply", "--limit", str(n))))
    return [r["id"] for r in rows]


def test_labels_set_search_list_undo_and_remove(ws):
    cli = ws
    ids = _open_ids(cli, 3)
    _ok(cli("label", "add", "Refund", "--colour", "#d9534f"))
    again = cli("label", "add", "refund")
    assert again.returncode == 1 and "already a label" in again.stderr
    out = _ok(cli("label", "set", "refund", *map(str, ids)))
    assert "3 of 3" in out
    token = int(out.split("cmstation undo ")[1])
    found = json.loads(_ok(cli("inbox", "--json", "--search", "label:refund")))
    assert sorted(r["id"] for r in found) == sorted(ids)
    assert all(r["labels"] == ["Refund"] for r in found)
    listed = json.loads(_ok(cli("label", "list", "--json")))
    assert listed == [{"id": listed[0]["id"], "name": "Refund", "colour": "#d9534f", "messages": 3}]
    _ok(cli("undo", str(token)))
    assert json.loads(_ok(cli("inbox", "--json", "--search", "label:refund"))) == []
    assert "already undone" in _ok(cli("undo", str(token)))
    assert cli("undo", "999999").returncode == 1
    missing = cli("label", "set", "nope", str(ids[0]))
    assert missing.returncode == 1 and "no label 'nope'" in missing.stderr
    _ok(cli("label", "set", "nope", str(ids[0]), "--create"))
    _ok(cli("label", "remove", "nope"))
    assert [x["name"] for x in json.loads(_ok(cli("label", "list", "--json")))] == ["Refund"]


def test_snooze_hides_until_then_lists_and_refuses_nonsense(ws):
    cli = ws
    (mid,) = _open_ids(cli, 1)
    out = _ok(cli("snooze", str(mid), "--until", "tomorrow", "--note", "bel Anna"))
    assert "1 messages snoozed until" in out
    assert mid not in _open_ids(cli, 500)
    listed = json.loads(_ok(cli("snooze", "--list", "--json")))
    assert [(s["id"], s["note"]) for s in listed] == [(mid, "bel Anna")]
    bad = cli("snooze", str(mid), "--until", "someday")
    assert bad.returncode == 1 and "Not a time" in bad.stderr
    past = cli("snooze", str(mid), "--until", "2001-01-01")
    assert past.returncode == 1 and "already passed" in past.stderr
    # back by hand; a snooze whose time has passed wakes at the next command
    _ok(cli("snooze", str(mid), "--cancel"))
    assert mid in _open_ids(cli, 500)
    db = open_workspace(cli.workspace_path)
    try:
        db.execute(
            "INSERT INTO snoozes (message_id, until, note, previous_state, previous_priority,"
            " snoozed_at) VALUES (?, 1000, 'weer oppakken', 'needs_reply', 1, 900)",
            (mid,),
        )
    finally:
        db.conn.close()
    assert _open_ids(cli, 1) == [mid]  # woken: at the top


def test_vip_note_and_author(ws):
    cli = ws
    db = open_workspace(cli.workspace_path)
    try:
        (handle,) = db.execute(
            "SELECT a.handle FROM messages m JOIN authors a ON a.id = m.author_id"
            " WHERE m.is_own = 0 GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        db.conn.close()
    _ok(cli("vip", "add", handle))
    assert [v["handle"] for v in json.loads(_ok(cli("vip", "list", "--json")))] == [
        handle.lstrip("@").lower()
    ]
    _ok(cli("note", handle, "Vaste klant sinds 2019"))
    p = json.loads(_ok(cli("author", handle, "--json")))
    assert p["vip"] is True and p["note"] == "Vaste klant sinds 2019"
    assert p["messages_count"] >= 2 and len(p["messages"]) == min(p["messages_count"], 50)
    assert (
        sum(s["positive"] + s["neutral"] + s["negative"] for s in p["sentiment"])
        == (p["messages_count"])
    )
    plain = _ok(cli("author", handle))
    assert "VIP: yes" in plain and "Vaste klant" in plain
    _ok(cli("vip", "remove", handle))
    assert cli("vip", "remove", handle).returncode == 1
    unknown = cli("author", "@nobody@nowhere")
    assert unknown.returncode == 1 and "Nobody called" in unknown.stderr


def test_rules_add_list_test_apply_undo_remove(ws, tmp_path):
    cli = ws
    out = _ok(
        cli("rule", "add", "Fietsen", "--keyword", "fiets", "--keyword", "bike", "--label", "bikes")
    )
    assert "number 1" in out
    toml = tmp_path / "r.toml"
    toml.write_text(
        '[[rule]]\nname = "Klachten"\ncontinue = true\n[rule.when]\ncomplaint = true\n'
        '[rule.then]\nlabels = ["klacht"]\nnotify = true\n',
        encoding="utf-8",
    )
    _ok(cli("rule", "add", "--toml", str(toml), "--position", "1"))
    bad = cli("rule", "add", "Leeg", "--label", "x")
    assert bad.returncode == 1 and "give it a condition" in bad.stderr
    listed = json.loads(_ok(cli("rule", "list", "--json")))
    assert [(r["position"], r["name"], r["continue"]) for r in listed] == [
        (1, "Klachten", True),
        (2, "Fietsen", False),
    ]
    assert "[[rule]]" in _ok(cli("rule", "list", "--toml"))
    dry = json.loads(_ok(cli("rule", "test", "--json")))
    assert dry["matched"] > 0 and set(dry["per_rule"]) == {"Klachten", "Fietsen"}
    one = json.loads(_ok(cli("rule", "test", "Fietsen", "--json")))
    assert one["matched"] == one["per_rule"]["Fietsen"] > 0
    applied = json.loads(_ok(cli("rule", "test", "--apply", "--json")))
    assert applied["applied"] == dry["matched"]
    labelled = json.loads(_ok(cli("inbox", "--json", "--search", "label:bikes", "--limit", "5000")))
    assert len(labelled) == dry["per_rule"]["Fietsen"]
    _ok(cli("undo", str(applied["undo_token"])))
    assert json.loads(_ok(cli("inbox", "--json", "--search", "label:bikes"))) == []
    _ok(cli("rule", "remove", "Klachten"))
    assert [r["name"] for r in json.loads(_ok(cli("rule", "list", "--json")))] == ["Fietsen"]
    assert cli("rule", "remove", "Klachten").returncode == 1
