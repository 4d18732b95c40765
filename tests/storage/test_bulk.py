"""Bulk actions: 10,000 messages in batches, one undo token for the whole, events per message."""

from cmstation.core.models import Author, Message, MessageFilter, MessageState
from cmstation.storage import bulk, change_sets, events, messages


def _store(db, channel_id, n):
    msgs = [
        Message(
            channel_id=channel_id,
            remote_id=str(i),
            text=f"koop volgers {i}",
            created_at=1_700_000_000 + i,
            author=Author(remote_id=f"a{i % 50}", handle=f"@bot{i % 50}"),
        )
        for i in range(n)
    ]
    return list(messages.upsert_messages(db, msgs).ids)


def _states(db):
    return dict(db.execute("SELECT id, state FROM messages").fetchall())


def test_ten_thousand_marked_in_batches_and_undone(db, channel_id):
    ids = _store(db, channel_id, 10_000)
    messages.set_state(db, ids[:3], MessageState.DONE)
    before = _states(db)
    progress = []
    result = bulk.set_state_many(
        db, ids, MessageState.SPAM, batch=500, on_progress=lambda d, t: progress.append(d)
    )
    assert (result.matched, result.changed) == (10_000, 10_000)
    assert progress == list(range(500, 10_001, 500))
    assert set(_states(db).values()) == {"spam"}
    assert messages.count_messages(db, MessageFilter(states=(MessageState.SPAM,))) == 10_000
    changed = [
        e
        for e in events.recent(db, "state_changed", limit=20_000)
        if e["detail"].get("set") == result.token
    ]
    assert len(changed) == 10_000
    assert {e["detail"]["from"] for e in changed} == {"new", "done"}
    # one of them is changed again by hand: undo leaves that one alone
    messages.set_state(db, [ids[5]], MessageState.NEEDS_REPLY)
    undone = change_sets.undo(db, result.token)
    assert (undone.restored, undone.skipped) == (9_999, 1)
    after = _states(db)
    assert after[ids[5]] == "needs_reply"
    assert {k: v for k, v in after.items() if k != ids[5]} == {
        k: v for k, v in before.items() if k != ids[5]
    }


def test_the_same_state_again_changes_nothing_and_unknown_ids_are_left_out(db, channel_id):
    ids = _store(db, channel_id, 5)
    first = bulk.set_state_many(db, ids, MessageState.DONE)
    again = bulk.set_state_many(db, [*ids, 999_999], MessageState.DONE)
    assert (first.changed, again.changed, again.matched) == (5, 0, 5)
    assert bulk.set_state_many(db, [], MessageState.DONE).token is None
    assert change_sets.get_change_set(db, first.token).effects == 5


def test_priority_in_bulk_is_undone(db, channel_id):
    ids = _store(db, channel_id, 3)
    r = bulk.set_priority_many(db, ids, 3)
    assert {m.priority for m in messages.get_messages(db, ids).values()} == {3}
    change_sets.undo(db, r.token)
    assert {m.priority for m in messages.get_messages(db, ids).values()} == {1}
