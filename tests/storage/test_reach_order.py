"""Reach in triage order (issue 12): within a priority, the author's follower count when the
message was fetched decides first (by order of magnitude), then the time."""

from __future__ import annotations

from cmstation.core.models import (
    Author,
    Message,
    MessageFilter,
    MessageState,
    Priority,
    reach_rank,
)
from cmstation.storage import messages, open_workspace
from cmstation.storage.connection import connect
from cmstation.storage.migrations import migrate

NOW = 1_790_000_000


def _msg(cid, rid, followers, *, age, priority=Priority.COMPLAINT, who=None):
    return Message(
        channel_id=cid,
        remote_id=rid,
        text=f"klacht {rid}",
        created_at=NOW - age,
        state=MessageState.NEEDS_REPLY,
        priority=priority,
        author=Author(remote_id=who or rid, handle=who or rid, followers=followers),
    )


def test_reach_rank_is_the_order_of_magnitude():
    assert [reach_rank(v) for v in (None, 0, 9, 10, 12, 99, 100, 50_000, 2_000_000)] == [
        0,
        0,
        0,
        1,
        1,
        1,
        2,
        4,
        6,
    ]
    assert reach_rank(True) == 0 and reach_rank(-5) == 0


def test_a_complaint_from_50k_followers_outranks_one_from_12(db, channel_id):
    messages.upsert_messages(
        db,
        [
            _msg(channel_id, "small", 12, age=60),  # newer
            _msg(channel_id, "big", 50_000, age=3600),
            _msg(channel_id, "unknown", None, age=10),
            _msg(channel_id, "question", 900_000, age=5, priority=Priority.QUESTION),
        ],
        now=NOW,
    )
    order = [m.remote_id for m in messages.list_messages(db, MessageFilter())]
    assert order == ["big", "small", "unknown", "question"]
    # keyset paging walks the same order one row at a time
    paged, after = [], None
    while page := messages.list_messages(db, MessageFilter(), limit=1, after=after):
        paged.append(page[0].remote_id)
        after = page[0]
    assert paged == order
    one_state = MessageFilter(states=(MessageState.NEEDS_REPLY,))
    assert [m.remote_id for m in messages.list_messages(db, one_state)] == order
    chan = MessageFilter(channel_id=channel_id)
    assert [m.remote_id for m in messages.list_messages(db, chan)] == order
    big = messages.find_by_remote_id(db, channel_id, "big")
    assert big.author.followers == 50_000


def test_the_list_still_walks_its_index_in_order(db, channel_id):
    for f, index in (
        (MessageFilter(), "messages_by_priority"),
        (MessageFilter(states=(MessageState.NEEDS_REPLY,)), "messages_by_state"),
        (MessageFilter(channel_id=channel_id), "messages_by_channel_priority"),
    ):
        clauses, params = messages._clauses(f, states=False)
        states = [str(s) for s in f.states]
        where = " AND ".join((["m.state = ?"] if states else []) + clauses)
        sql = (
            f"SELECT m.id FROM messages m INDEXED BY {index}"
            f"{' WHERE ' + where if where else ''}"
            " ORDER BY m.priority DESC, m.reach_rank DESC, m.created_at DESC, m.id DESC LIMIT 5"
        )
        plan = " ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, [*states, *params]))
        assert index in plan and "TEMP B-TREE" not in plan, plan


def test_the_reach_is_the_first_count_known(db, channel_id):
    messages.upsert_messages(db, [_msg(channel_id, "x", None, age=5, who="anna")], now=NOW)
    messages.upsert_messages(db, [_msg(channel_id, "x", 1_500, age=5, who="anna")], now=NOW)
    messages.upsert_messages(db, [_msg(channel_id, "x", 3, age=5, who="anna")], now=NOW)
    row = db.execute("SELECT author_followers, reach_rank FROM messages").fetchone()
    assert tuple(row) == (1_500, 3)
    # the author's count follows the network; the message keeps its reach
    assert db.execute("SELECT followers FROM authors").fetchone()[0] == 3


def test_v9_fills_the_reach_of_stored_messages(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = connect(path)
    migrate(db, target=8)
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    db.execute(
        "INSERT INTO authors (channel_id, remote_id, handle, followers) VALUES (1, 'r', 'anna', 4321)"
    )
    db.execute(
        "INSERT INTO messages (channel_id, remote_id, author_id, created_at, fetched_at)"
        " VALUES (1, 'm1', 1, 5, 5), (1, 'm2', NULL, 6, 6)"
    )
    db.conn.commit()
    db.conn.close()
    db = open_workspace(path)
    rows = db.execute(
        "SELECT remote_id, author_followers, reach_rank FROM messages ORDER BY id"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("m1", 4321, 3), ("m2", None, 0)]
    db.conn.close()
