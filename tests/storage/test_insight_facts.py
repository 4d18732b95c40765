"""The facts kept on each message for the insights (migration 12, storage.insight_facts):
backfilled from what a V11 workspace holds, kept right by triggers through every kind of
change, and read from the index alone by the report's queries."""

import json
import random

import pytest

from cmstation.storage import insights_report as store
from cmstation.storage import open_workspace
from cmstation.storage.connection import connect
from cmstation.storage.insight_facts import drift, hours_drift
from cmstation.storage.migrations import migrate


def _msg(db, rid, author, *, own=0, parent="", state="new", priority=1, replied_at=None, at=10):
    db.execute(
        "INSERT INTO messages (channel_id, remote_id, author_id, is_own, in_reply_to_id, state,"
        " priority, replied_at, created_at, fetched_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [rid, author, own, parent, state, priority, replied_at, at, at],
    )
    return db.execute("SELECT id FROM messages WHERE remote_id = ?", [rid]).fetchone()[0]


def _event(db, mid, frm="needs_reply"):
    db.execute(
        "INSERT INTO events (at, kind, message_id, detail) VALUES (1, 'state_changed', ?, ?)",
        [mid, json.dumps({"from": frm, "to": "done"})],
    )


def _facts(db, rid):
    return db.execute(
        "SELECT needed_reply, first_response_at, answers_other FROM messages WHERE remote_id = ?",
        [rid],
    ).fetchone()


def _workspace(path):
    db = connect(path)
    migrate(db, target=11)
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    for handle in ("anna", "bob"):
        db.execute(
            "INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, ?, ?)", [handle, handle]
        )
    return db


def test_v12_backfills_the_facts_of_a_v11_workspace(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = _workspace(path)
    closed = _msg(db, "q1", 1, state="done", priority=2)  # left needs_reply: the log says so
    _event(db, closed)
    _msg(db, "q2", 1, priority=2, at=20)  # answered by our reply below
    _msg(db, "o1", None, own=1, parent="q2", state="done", at=100)
    _msg(db, "o2", None, own=1, parent="q2", state="done", at=90)
    _msg(db, "q3", 1, state="replied", replied_at=50, at=30)
    _msg(db, "b1", 2, parent="q2", at=40)  # bob answers anna's question: a curator's act
    _msg(db, "a1", 1, parent="q2", at=41)  # anna under her own question: not
    _msg(db, "chat", 2, at=42)
    db.conn.commit()
    db.conn.close()

    db = open_workspace(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 12
    assert _facts(db, "q1") == (1, None, 0)
    assert _facts(db, "q2") == (1, 90, 0)
    assert _facts(db, "q3") == (1, 50, 0)
    assert _facts(db, "b1") == (0, None, 1)
    assert _facts(db, "a1") == (0, None, 0)
    assert _facts(db, "chat") == (0, None, 0)
    roles = dict(db.execute("SELECT remote_id, pyramid_role FROM messages").fetchall())
    assert (roles["b1"], roles["chat"], roles["o1"]) == (2, 2, 0)
    assert drift(db) == []
    assert db.execute("SELECT sum(n), sum(known), sum(reach) FROM message_hours").fetchone() == (
        6,
        0,
        0,
    )
    assert hours_drift(db) == []
    db.conn.close()


def test_drift_names_a_fact_that_is_wrong(tmp_path):
    """The check the consistency test relies on does find a wrong fact."""
    db = open_workspace(tmp_path / "w.sqlite3")
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    mid = _msg(db, "q", None, state="needs_reply")
    assert drift(db) == []
    db.execute("UPDATE messages SET needed_reply = 0 WHERE id = ?", [mid])
    assert drift(db) == [(mid, "needed_reply")]
    assert hours_drift(db) == []
    db.execute("UPDATE message_hours SET n = n + 1")
    assert hours_drift(db) == [(0, 1, "neutral", 0)]


def test_triggers_keep_every_fact_through_random_changes(tmp_path):
    """Hundreds of random inserts, state and priority changes, replies moved, events and
    deletes: after each, the stored facts equal their definitions computed afresh."""
    db = open_workspace(tmp_path / "w.sqlite3")
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    for handle in ("anna", "bob", "cas"):
        db.execute(
            "INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, ?, ?)", [handle, handle]
        )
    rnd = random.Random(7)
    states = ("new", "needs_reply", "replied", "done", "ignored", "spam")
    rids: list[str] = []
    ops = 0
    for step in range(600):
        existing = [r[0] for r in db.execute("SELECT id FROM messages")]
        op = rnd.random()
        if op < 0.35 or not existing:
            rid = f"m{step}"
            parent = rnd.choice(rids + [""] * 3) if rids else ""
            # sometimes a reply arrives before its parent
            if rnd.random() < 0.1:
                parent = f"m{step + rnd.randrange(1, 20)}"
            own = int(rnd.random() < 0.3)
            _msg(
                db,
                rid,
                None if own else rnd.randrange(1, 4),
                own=own,
                parent=parent,
                state=rnd.choice(states),
                priority=rnd.randrange(0, 5),
                replied_at=rnd.choice([None, None, rnd.randrange(10, 500)]),
                at=rnd.randrange(10, 500),
            )
            rids.append(rid)
        elif op < 0.5:
            db.execute(
                "UPDATE messages SET state = ? WHERE id = ?",
                [rnd.choice(states), rnd.choice(existing)],
            )
        elif op < 0.6:
            db.execute(
                "UPDATE messages SET priority = ?, sentiment = ?, author_followers = ? WHERE id = ?",
                [
                    rnd.randrange(0, 5),
                    rnd.choice(("negative", "neutral", "positive")),
                    rnd.choice((None, 12, 50_000)),
                    rnd.choice(existing),
                ],
            )
        elif op < 0.67:
            db.execute(
                "UPDATE messages SET replied_at = ? WHERE id = ?",
                [rnd.choice([None, rnd.randrange(10, 500)]), rnd.choice(existing)],
            )
        elif op < 0.75:
            _event(db, rnd.choice(existing), rnd.choice(["needs_reply", "new"]))
        elif op < 0.8:
            db.execute(
                "DELETE FROM events WHERE id = (SELECT id FROM events ORDER BY random() LIMIT 1)"
            )
        elif op < 0.86:
            db.execute(
                "UPDATE messages SET in_reply_to_id = ? WHERE id = ?",
                [rnd.choice(rids + [""]), rnd.choice(existing)],
            )
        elif op < 0.9:
            db.execute(
                "UPDATE messages SET author_id = ? WHERE id = ? AND is_own = 0",
                [rnd.randrange(1, 4), rnd.choice(existing)],
            )
        elif op < 0.94:
            db.execute(
                "UPDATE messages SET is_own = 1 - is_own, created_at = ? WHERE id = ?",
                [rnd.randrange(10, 500), rnd.choice(existing)],
            )
        else:
            db.execute("DELETE FROM messages WHERE id = ?", [rnd.choice(existing)])
        ops += 1
        assert drift(db) == [], f"after step {step}"
        assert hours_drift(db) == [], f"after step {step}"
    assert ops == 600
    kinds = db.execute(
        "SELECT sum(needed_reply), count(first_response_at), sum(answers_other) FROM messages"
    ).fetchone()
    assert all(k > 0 for k in kinds), kinds  # every fact was exercised


def test_the_report_reads_its_rows_from_the_index_alone(tmp_path):
    db = open_workspace(tmp_path / "w.sqlite3")

    def plan(sql, params):
        return " ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))

    needed = plan(
        "SELECT m.channel_id, m.created_at, m.first_response_at, m.priority, m.state"
        " FROM messages m INDEXED BY messages_needed WHERE m.created_at >= ?"
        " AND m.created_at < ? AND m.needed_reply = 1 AND m.is_own = 0 AND m.state != 'spam'",
        [0, 10],
    )
    assert "COVERING INDEX messages_needed" in needed
    people = plan(
        "SELECT a.id, sum(m.pyramid_role = 1), sum(m.answers_other), max(m.author_followers)"
        " FROM authors a CROSS JOIN messages m INDEXED BY messages_author_facts"
        " ON m.author_id = a.id WHERE m.created_at >= ? AND m.created_at < ?"
        " AND m.is_own = 0 AND m.pyramid_role >= 0 GROUP BY a.id",
        [0, 10],
    )
    assert "COVERING INDEX messages_author_facts" in people
    assert "TEMP B-TREE" not in people  # grouped in the authors' order, no sort
    assert store.people(db, None, 0, 10) == []


def test_histories_keep_each_authors_latest_in_time_order(tmp_path):
    db = open_workspace(tmp_path / "w.sqlite3")
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    for handle in ("anna", "bob"):
        db.execute(
            "INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, ?, ?)", [handle, handle]
        )
    for i in range(6):
        _msg(db, f"a{i}", 1, at=100 + i)
        _msg(db, f"b{i}", 2, at=200 - i)
    _msg(db, "old", 1, at=5)  # before the period
    whole = store.histories(db, [1, 2], 10, 1000)
    assert [r[2] for r in whole] == sorted(r[2] for r in whole) and len(whole) == 12
    latest = store.histories(db, [1, 2], 10, 1000, latest=2)
    assert [(r[0], r[2]) for r in latest] == [(1, 104), (1, 105), (2, 199), (2, 200)]


def test_people_levels_count_what_the_pyramid_says_of_each_person(tmp_path):
    """store.people_levels (SQL) agrees with insights.pyramid.level_of over store.people,
    on a workspace where people share, comment, produce and answer each other, with one
    person on two channels of the same network."""
    from collections import Counter

    from cmstation.insights.pyramid import level_of

    db = open_workspace(tmp_path / "w.sqlite3")
    for name in ("Hand", "Hand 2"):
        db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', ?, 1)", [name])
    rnd = random.Random(3)
    for i in range(40):
        db.execute(
            "INSERT INTO authors (channel_id, remote_id, handle) VALUES (?, ?, ?)",
            [1 + i % 2, f"r{i}", f"p{i % 36}"],
        )
    kinds = ("mention", "reply", "repost", "quote", "search_hit", "feed_item", "direct")
    rids = []
    for i in range(300):
        rid = f"m{i}"
        db.execute(
            "INSERT INTO messages (channel_id, remote_id, author_id, kind, in_reply_to_id,"
            " priority, state, created_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                1 + i % 2,
                rid,
                rnd.randrange(1, 41),
                rnd.choice(kinds),
                rnd.choice(rids[-20:]) if rids and rnd.random() < 0.2 else "",
                rnd.choice((1, 1, 1, 2, 3)),
                rnd.choice(("new", "done", "spam")),
                rnd.randrange(0, 1000),
                0,
            ],
        )
        rids.append(rid)
    whole = Counter(level_of(p) for p in store.people(db, None, 0, 1000))
    assert len(whole) >= 3  # the levels are exercised
    for start, end in ((0, 1000), (0, 300), (400, 900)):
        rows = store.people(db, None, start, end)
        expected = Counter(level_of(p) for p in rows)
        assert store.people_levels(db, None, start, end) == dict(expected)
        assert store.people_levels(db, (2,), start, end) == dict(
            Counter(level_of(p) for p in store.people(db, (2,), start, end))
        )


def test_row_facts_equal_what_the_triggers_compute(tmp_path):
    """The insert paths store row_facts; the triggers would set the same on their own."""
    from itertools import product

    from cmstation.core.models import MessageKind
    from cmstation.storage.insight_facts import row_facts

    db = open_workspace(tmp_path / "w.sqlite3")
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    states = ("new", "needs_reply", "replied", "done", "ignored", "spam")
    cases = list(product([k.value for k in MessageKind], ("", "x"), (0, 1), states, (None, 77)))
    for i, (kind, parent, own, state, replied) in enumerate(cases):
        db.execute(
            "INSERT INTO messages (channel_id, remote_id, kind, in_reply_to_id, is_own, state,"
            " replied_at, created_at, fetched_at) VALUES (1, ?, ?, ?, ?, ?, ?, 5, 5)",
            [f"c{i}", kind, parent, own, state, replied],
        )
        stored = db.execute(
            "SELECT needed_reply, first_response_at, pyramid_role FROM messages"
            " WHERE remote_id = ?",
            [f"c{i}"],
        ).fetchone()
        assert stored == row_facts(kind, parent, own, state, replied), (kind, parent, own, state)
    assert len(cases) > 300


@pytest.mark.parametrize("offset", [0, 1800])  # whole-hour days (hourly rows) or half-hour
def test_volume_and_reach_by_day_equal_a_count_of_the_messages(tmp_path, offset):
    """Days of 86,400 s starting at ``offset`` past the hour, the last one cut mid-hour:
    the hourly rows plus the counted rest give exactly what counting the messages gives."""
    db = open_workspace(tmp_path / "w.sqlite3")
    for name in ("A", "B"):
        db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', ?, 1)", [name])
    db.execute("INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, 'r', 'anna')")
    rnd = random.Random(5)
    day0 = 20_000 * 86400 + offset
    for i in range(800):
        db.execute(
            "INSERT INTO messages (channel_id, remote_id, author_id, kind, sentiment, state,"
            " is_own, author_followers, created_at, fetched_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 0)",
            [
                rnd.choice((1, 2)),
                f"m{i}",
                rnd.choice(("mention", "repost", "direct")),
                rnd.choice(("negative", "neutral", "positive")),
                rnd.choice(("new", "done", "spam")),
                int(rnd.random() < 0.1),
                rnd.choice((None, 10, 2500)),
                day0 - 3600 + rnd.randrange(4 * 86400),
            ],
        )
    midnights = [day0 + d * 86400 for d in range(4)]
    end = midnights[-1] - 1234  # the last day cut mid-hour
    rows = db.execute(
        "SELECT channel_id, sentiment, kind, state, is_own, author_followers, created_at"
        " FROM messages"
    ).fetchall()

    def day(t):
        return (t - day0) // 86400

    kept = [r for r in rows if day0 <= r[6] < end and r[4] == 0 and r[3] != "spam"]
    volume: dict = {}
    for r in kept:
        key = (day(r[6]), r[0], r[1])
        volume[key] = volume.get(key, 0) + 1
    assert store.volume_days(db, None, midnights, end) == [
        (*k, v) for k, v in sorted(volume.items())
    ]
    reach: dict = {}
    for r in kept:
        if r[2] == "direct":
            continue
        acc = reach.setdefault((day(r[6]), r[1]), [0, 0, 0])
        acc[0] += 1
        acc[1] += r[5] is not None
        acc[2] += r[5] or 0
    assert store.reach_days(db, None, midnights, end) == [
        (*k, *v) for k, v in sorted(reach.items())
    ]
    assert store.volume_days(db, (2,), midnights, end) == [
        (*k, v) for k, v in sorted(volume.items()) if k[1] == 2
    ]
