"""Snooze: out of every list until its time, then back as needs-reply at the top with its
note; decided from stored state (a simulated sleep, a reopened workspace)."""

from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, Message, MessageFilter, MessageState, Priority
from cmstation.core.snooze import WOKEN_PRIORITY
from cmstation.storage import change_sets, events, messages, open_workspace, snoozes

T0 = 1_790_000_000
NEEDS = MessageFilter(states=(MessageState.NEEDS_REPLY,))


def _store(db, channel_id, n, state=MessageState.NEEDS_REPLY):
    msgs = [
        Message(
            channel_id=channel_id,
            remote_id=str(i),
            text=f"vraag {i}",
            created_at=T0 + i,
            author=Author(remote_id="a", handle="@anna"),
            state=state,
            priority=Priority.COMPLAINT if i == n - 1 else Priority.NORMAL,
        )
        for i in range(n)
    ]
    return list(messages.upsert_messages(db, msgs).ids)


def _needs(db):
    return [m.id for m in messages.list_messages(db, NEEDS)]


def test_snoozed_is_hidden_until_its_time_even_across_a_sleep_and_a_restart(
    tmp_path, channel_id, db
):
    path = tmp_path / "ws" / "workspace.sqlite3"
    clock = FixedClock(T0 + 100)
    a, b, c = _store(db, channel_id, 3)
    assert _needs(db) == [c, b, a]  # the complaint first
    snoozes.snooze_messages(db, [a], int(clock.now()) + 3600, "ask about the order", now=T0)
    assert _needs(db) == [c, b]
    assert messages.nav_counts(db).needs_reply == 2
    assert messages.count_messages(db, MessageFilter()) == 2
    clock.advance(600)
    assert snoozes.wake_due(db, now=clock.now()) == []
    assert _needs(db) == [c, b]
    db.conn.close()
    # the laptop sleeps through the snooze's time; nothing ran meanwhile
    clock.advance(8 * 3600)
    db2 = open_workspace(path)
    try:
        assert _needs(db2) == [c, b]  # not yet woken: nothing decided it
        assert snoozes.wake_due(db2, now=clock.now()) == [a]
        assert _needs(db2) == [a, c, b]  # back at the top
        m = messages.get_message(db2, a)
        assert (m.state, m.priority, m.read) == (MessageState.NEEDS_REPLY, WOKEN_PRIORITY, False)
        s = snoozes.snooze_of(db2, a)
        assert (s.note, s.woke_at) == ("ask about the order", int(clock.now()))
        assert snoozes.wake_due(db2, now=clock.now()) == []  # once
        assert [e["detail"]["note"] for e in events.recent(db2, "snooze_woke")] == [
            "ask about the order"
        ]
        assert messages.nav_counts(db2).needs_reply == 3
    finally:
        db2.conn.close()


def test_a_new_message_comes_back_as_needs_reply_and_a_handled_one_stays_handled(db, channel_id):
    a, b = _store(db, channel_id, 2, state=MessageState.NEW)
    snoozes.snooze_messages(db, [a, b], T0 + 10, now=T0)
    messages.set_state(db, [b], MessageState.DONE)  # e.g. from the command line meanwhile
    assert snoozes.wake_due(db, now=T0 + 10) == [a, b]
    assert messages.get_message(db, a).state == MessageState.NEEDS_REPLY
    assert messages.get_message(db, b).state == MessageState.DONE


def test_next_wake_list_unsnooze_and_undo(db, channel_id):
    ids = _store(db, channel_id, 1200)
    r = snoozes.snooze_messages(db, ids, T0 + 500, now=T0)
    assert (r.changed, r.matched) == (1200, 1200)
    assert snoozes.next_wake(db) == T0 + 500
    assert len(snoozes.list_snoozed(db)) == 1200
    assert _needs(db) == []
    undone = change_sets.undo(db, r.token)
    assert undone.restored == 1200
    assert snoozes.next_wake(db) is None and len(_needs(db)) == 200  # one page
    snoozes.snooze_messages(db, ids[:2], T0 + 500, now=T0)
    assert snoozes.unsnooze(db, ids[:2]) == 2
    assert snoozes.wake_due(db, now=T0 + 1000) == []
    assert messages.get_message(db, ids[0]).priority == Priority.NORMAL


def test_a_woken_message_gets_its_own_priority_back_once_handled(db, channel_id):
    from cmstation.storage import bulk

    a, b, c = _store(db, channel_id, 3)  # c is a complaint
    snoozes.snooze_messages(db, [a, c], T0 + 10, now=T0)
    snoozes.wake_due(db, now=T0 + 10)
    assert {messages.get_message(db, i).priority for i in (a, c)} == {WOKEN_PRIORITY}
    messages.set_state(db, [c], MessageState.REPLIED)
    bulk.set_state_many(db, [a, b], MessageState.DONE)
    assert messages.get_message(db, c).priority == Priority.COMPLAINT
    assert messages.get_message(db, a).priority == Priority.NORMAL
    assert messages.get_message(db, b).priority == Priority.NORMAL


def test_the_snoozed_list_shows_them_soonest_first_and_pages(channel_id, db):
    a, b, c, d = _store(db, channel_id, 4)
    snoozes.snooze_messages(db, [a], T0 + 9000, now=T0)
    snoozes.snooze_messages(db, [c, d], T0 + 3000, now=T0)
    only = MessageFilter(snoozed=True)
    assert [m.id for m in messages.list_messages(db, only)] == [c, d, a]  # the soonest first
    first = messages.list_messages(db, only, limit=2)
    assert [m.id for m in first] == [c, d]
    assert [m.id for m in messages.list_messages(db, only, limit=2, after=first[-1])] == [a]
    assert messages.count_messages(db, only) == 3
    assert messages.count_messages(db, MessageFilter()) == 1  # b, the one awake
    assert sorted(messages.message_ids(db, only)) == sorted([a, c, d])
    assert messages.nav_counts(db).snoozed == 3
    assert [m.id for m in messages.list_messages(db, MessageFilter(snoozed=True, search="vraag"))]
    snoozes.unsnooze(db, [c], now=T0)
    assert [m.id for m in messages.list_messages(db, only)] == [d, a]
    assert messages.nav_counts(db).snoozed == 2
