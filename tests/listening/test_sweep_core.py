from __future__ import annotations

import threading

from listening_fakes import T0, ListAdapter, msg

from cmstation.channels.base import (
    BadPayload,
    NeedsLogin,
    Offline,
    Permanent,
    PollResult,
    RateLimited,
)
from cmstation.core.models import Channel, ChannelKind, MessageFilter, MessageKind, MessageState
from cmstation.listening import sweep as sweep_mod
from cmstation.listening.sweep import run_sweep
from cmstation.storage import channels, messages, saved_searches, sweeps
from cmstation.storage.connection import connect


def _all(db):
    return messages.list_messages(db, MessageFilter(include_own=True, order="oldest"), limit=10_000)


def test_first_sweep_stores_triages_and_second_stores_nothing_new(db, channel_id, clock):
    a = ListAdapter(
        [
            msg(channel_id, "1", "Waarom is mijn bestelling nog steeds niet geleverd?"),
            msg(channel_id, "2", "Thanks, I love the new bike!"),
            msg(channel_id, "3", "Buy followers cheap at https://grow.example.xyz"),
        ]
    )
    s = run_sweep(db, channel_id, a, clock=clock)
    assert (s.status, s.new, s.updated, s.requests) == ("ok", 3, 0, 1)
    by_rid = {m.remote_id: m for m in _all(db)}
    assert by_rid["1"].state == MessageState.NEEDS_REPLY and by_rid["1"].lang == "nl"
    assert by_rid["2"].state == MessageState.NEW and by_rid["2"].sentiment == "positive"
    assert by_rid["3"].state == MessageState.SPAM
    assert set(s.new_ids) == {m.id for m in by_rid.values()}
    assert s.urgent_ids == [by_rid["1"].id]
    again = run_sweep(db, channel_id, a, clock=clock)
    assert (again.status, again.new) == ("ok", 0)
    assert a.calls[-1] == ("mentions", {"since": 3})
    log = sweeps.recent_sweeps(db, channel_id)
    assert [(e.status, e.new_items, e.requests) for e in log] == [("ok", 0, 1), ("ok", 3, 1)]
    st = sweeps.channel_status(db, channel_id)
    assert st.status == "ok" and st.last_sweep_at == int(clock.now())
    assert "0 new" in str(st.detail)


def test_refetch_keeps_what_the_user_decided(db, channel_id, clock):
    a = ListAdapter([msg(channel_id, "1", "Waarom werkt de app niet?")])
    run_sweep(db, channel_id, a, clock=clock)
    mid = _all(db)[0].id
    messages.set_state(db, [mid], MessageState.DONE)
    channels.save_cursor_state(db, channel_id, {})  # forget the cursor: everything again
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.new == 0 and messages.get_message(db, mid).state == MessageState.DONE


class CrashAfterStore(Exception):
    pass


def test_cursor_is_stored_only_after_the_messages(db, channel_id, clock, monkeypatch):
    a = ListAdapter([msg(channel_id, "1", "hallo"), msg(channel_id, "2", "hoi")])

    def boom(*args, **kwargs):
        raise CrashAfterStore

    real_upsert = messages.upsert_messages
    monkeypatch.setattr(sweep_mod.message_store, "upsert_messages", boom)
    try:
        run_sweep(db, channel_id, a, clock=clock)
    except CrashAfterStore:
        pass
    else:  # pragma: no cover
        raise AssertionError("the storage failure must propagate")
    assert channels.cursor_state(db, channel_id) == {}  # nothing stored, cursor untouched
    assert sweeps.recent_sweeps(db, channel_id)[0].status == "error"  # claim released
    monkeypatch.setattr(sweep_mod.message_store, "upsert_messages", real_upsert)
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.new == 2 and channels.cursor_state(db, channel_id)["mentions"] == {"since": 2}


def test_network_errors_become_statuses(db, channel_id, clock):
    a = ListAdapter([msg(channel_id, "1", "hallo")])
    a.errors = [NeedsLogin("token revoked")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "needs_login" and "Log in again" in str(s.detail)
    assert sweeps.channel_status(db, channel_id).status == "needs_login"

    a.errors = [Offline("connection refused")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "offline" and s.retry_at == int(clock.now()) + 120
    assert "connection refused" in str(s.detail)
    a.errors = [Offline("connection refused")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.retry_at == int(clock.now()) + 240  # backs off

    a.errors = [Permanent("404 not found")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "error" and "404" in str(s.detail) and s.retry_at is None

    a.errors = [BadPayload("not JSON")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "bad_payload"

    a.errors = [RuntimeError("adapter bug")]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "error" and "went wrong while reading mentions" in str(s.detail)
    assert "RuntimeError" not in str(s.detail)  # the exception's words are in the log only
    assert _all(db) == []
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "ok" and s.new == 1


def test_offline_backoff_is_capped(db, channel_id, clock):
    a = ListAdapter()
    for _ in range(10):
        a.errors = [Offline("down")]
        s = run_sweep(db, channel_id, a, clock=clock)
    assert s.retry_at - int(clock.now()) == sweep_mod.OFFLINE_MAX_SECONDS


def test_rate_limited_channel_is_not_polled_before_retry_at(db, channel_id, clock):
    a = ListAdapter([msg(channel_id, "1", "hallo")])
    a.errors = [RateLimited("429", retry_at=clock.now() + 600)]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "rate_limited" and s.retry_at == int(clock.now()) + 600
    calls = len(a.calls)
    clock.advance(300)
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "rate_limited" and len(a.calls) == calls and s.requests == 0
    clock.advance(301)
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.status == "ok" and s.new == 1


def test_rate_limit_without_time_waits_a_default(db, channel_id, clock):
    a = ListAdapter()
    a.errors = [RateLimited("429", retry_at=None)]
    s = run_sweep(db, channel_id, a, clock=clock)
    assert s.retry_at == int(clock.now()) + sweep_mod.DEFAULT_RATE_LIMIT_SECONDS


class SkippingAdapter(ListAdapter):
    def poll_mentions(self, cursor, *, page_budget):
        r = super().poll_mentions(cursor, page_budget=page_budget)
        return PollResult(messages=r.messages, cursor=r.cursor, skipped=2, requests=r.requests)


def test_malformed_items_are_counted_and_the_rest_stored(db, channel_id, clock):
    a = SkippingAdapter([msg(channel_id, "1", "hallo"), msg(channel_id, "2", "hoi")])
    s = run_sweep(db, channel_id, a, clock=clock)
    assert (s.status, s.new, s.skipped) == ("bad_payload", 2, 2)
    assert "malformed: 2 items" in str(s.detail)
    assert sweeps.recent_sweeps(db, channel_id)[0].skipped_items == 2


def test_saved_searches_apply_exclude_words_and_language(db, channel_id, clock):
    sid = saved_searches.add_saved_search(
        db,
        "bakfiets",
        "#bakfiets",
        channel_id=channel_id,
        exclude_words="verkoop, te koop",
        lang="nl",
    )
    saved_searches.add_saved_search(db, "muted", "#stil", channel_id=channel_id, listen=False)
    hits = [
        msg(
            channel_id,
            "10",
            "Wat een mooie #bakfiets zag ik vandaag bij de winkel",
            kind=MessageKind.SEARCH_HIT,
        ),
        msg(
            channel_id,
            "11",
            "Mijn #bakfiets is te koop, wie wil hem hebben",
            kind=MessageKind.SEARCH_HIT,
        ),
        msg(
            channel_id,
            "12",
            "What a lovely #bakfiets I saw in the shop today, the kids loved it",
            kind=MessageKind.SEARCH_HIT,
        ),
        msg(channel_id, "13", "Nice #bakfiets", kind=MessageKind.SEARCH_HIT, lang="nl"),
    ]
    a = ListAdapter(searches={"#bakfiets": hits, "#stil": [msg(channel_id, "20", "x")]})
    progress = []
    s = run_sweep(db, channel_id, a, clock=clock, on_progress=progress.append)
    assert [p.source for p in progress] == ["mentions", "#bakfiets"]
    assert [p.index for p in progress] == [1, 2] and progress[0].total == 2
    assert sorted(m.remote_id for m in _all(db)) == ["10", "13"]
    assert s.filtered == 2
    assert all(m.state == MessageState.NEW for m in _all(db))  # search hits need no reply
    assert saved_searches.search_cursor(db, sid) == {"since": 13}
    assert "#stil" not in [c[0] for c in a.calls]


def test_replies_are_linked_into_threads(db, channel_id, clock):
    a = ListAdapter([msg(channel_id, "1", "Is de winkel zaterdag open?", root="1")])
    run_sweep(db, channel_id, a, clock=clock)
    # later: a reply to 1 and a reply to that reply (Mastodon gives only the parent)
    a.mentions += [
        msg(channel_id, "2", "Ik wil het ook weten", reply_to="1", root="1", at=T0 + 10),
        msg(channel_id, "3", "Ja, ik ook", reply_to="2", root="2", at=T0 + 20),
        msg(channel_id, "4", "Over iets anders", reply_to="99", at=T0 + 30),
    ]
    run_sweep(db, channel_id, a, clock=clock)
    roots = {m.remote_id: m.thread_root_id for m in _all(db)}
    assert roots == {"1": "1", "2": "1", "3": "1", "4": "99"}
    first = messages.find_by_remote_id(db, channel_id, "1")
    assert [m.remote_id for m in messages.thread(db, first.id)] == ["1", "2", "3"]


def test_own_replies_mark_the_parent_replied(db, clock):
    cid = channels.add_channel(
        db,
        Channel(
            kind=ChannelKind.MASTODON,
            name="shop",
            url="https://m.example",
            account="shop@m.example",
        ),
    )
    a = ListAdapter(
        [
            msg(cid, "1", "Waarom is mijn fiets nog niet klaar?", at=T0),
            msg(cid, "2", "Morgen is hij klaar! ^Eva", reply_to="1", handle="shop", at=T0 + 1800),
        ]
    )
    run_sweep(db, cid, a, clock=clock)
    by = {m.remote_id: m for m in _all(db)}
    assert by["2"].is_own and by["2"].state == MessageState.NEW
    assert by["1"].state == MessageState.REPLIED and by["1"].replied_at == T0 + 1800


def test_missing_login_becomes_needs_login(db, channel_id, clock):
    s = run_sweep(db, channel_id, None, clock=clock, adapter_error=NeedsLogin("no token"))
    assert s.status == "needs_login" and s.requests == 0
    assert sweeps.channel_status(db, channel_id).status == "needs_login"


def test_two_concurrent_sweeps_of_one_channel_do_not_overlap(db, channel_id, clock, tmp_path):
    path = tmp_path / "ws" / "workspace.sqlite3"
    a = ListAdapter([msg(channel_id, "1", "hallo")], delay=10)
    a.gate.clear()  # the first poll blocks until released
    results = {}

    def first():
        d = connect(path, check_same_thread=False)
        results["first"] = run_sweep(d, channel_id, a, clock=clock)
        d.conn.close()

    t = threading.Thread(target=first)
    t.start()
    for _ in range(500):  # wait until the first sweep is inside its poll
        if a.calls:
            break
        threading.Event().wait(0.01)
    assert a.calls, "the first sweep never started polling"
    d2 = connect(path)
    second = run_sweep(d2, channel_id, a, clock=clock)
    d2.conn.close()
    a.gate.set()
    t.join(10)
    assert second.status == "busy" and second.requests == 0
    assert results["first"].status == "ok" and results["first"].new == 1
    assert len(a.calls) == 1
