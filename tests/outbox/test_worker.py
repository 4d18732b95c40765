"""The outbox worker against an in-memory network that behaves like a real one
(idempotent keys, dropped answers, rate limits)."""

from __future__ import annotations

import pytest
from queued_replies import store_message_needing_reply

from cmstation.channels.base import NeedsLogin, Offline, Permanent, RateLimited
from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, MessageState
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.outbox.delivery import Delivered, ThreadNow
from cmstation.outbox.worker import process_outbox
from cmstation.storage import drafts, messages
from cmstation.storage import outbox as store

T0 = 1_760_000_000


class Network:
    """Posts keyed by idempotency key, like Mastodon's Idempotency-Key."""

    def __init__(self):
        self.posts: dict[str, tuple[str, str]] = {}  # key -> (id, text)
        self.replies: dict[str, list[str]] = {}
        self.deleted: set[str] = set()
        self.fail_next: list[Exception] = []
        self.drop_answer_next = 0
        self.calls = 0

    def thread_now(self, answered):
        if answered.remote_id in self.deleted:
            return ThreadNow(answered_exists=False)
        ids = tuple(self.replies.get(answered.remote_id, []))
        return ThreadNow(True, ids, {i: f"reply {i}" for i in ids})

    def find_delivered(self, item, answered):
        if item.delivery_key in self.posts:
            rid, _ = self.posts[item.delivery_key]
            return Delivered(rid, f"https://example.social/@shop/{rid}")
        return None

    def deliver(self, item, answered):
        self.calls += 1
        if self.fail_next:
            raise self.fail_next.pop(0)
        if item.delivery_key not in self.posts:
            self.posts[item.delivery_key] = (str(1000 + len(self.posts)), item.text)
        if self.drop_answer_next:
            self.drop_answer_next -= 1
            raise Offline("connection dropped after the request was sent")
        rid, _ = self.posts[item.delivery_key]
        return Delivered(rid, f"https://example.social/@shop/{rid}")


@pytest.fixture
def answered(db, channel_id):
    return store_message_needing_reply(
        db,
        channel_id,
        remote_id="555",
        text="Mijn band is weer lek!",
        created_at=T0 - 3600,
        author=Author("a1", "@kees"),
    )


def _queue(db, channel_id, mid, text="Vervelend! We kijken ernaar. ^Eva", **kw):
    return store.enqueue(
        db,
        channel_id=channel_id,
        message_id=mid,
        text=text,
        delivery_key=new_idempotency_key(),
        now=T0,
        **kw,
    )


def test_sent_once_and_recorded_in_the_thread(db, channel_id, answered):
    net = Network()
    item_id = _queue(db, channel_id, answered)
    run = process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 60))
    assert run.sent == [item_id]
    assert len(net.posts) == 1
    item = store.get(db, item_id)
    assert item.state == OutboxState.SENT and item.remote_id == "1000"
    m = messages.get_message(db, answered)
    assert m.state == MessageState.REPLIED and m.replied_at == T0 + 60
    thread = messages.thread(db, answered)
    assert [t.is_own for t in thread] == [False, True]
    ev = [e for e in db.execute("SELECT detail FROM events WHERE kind = 'reply_sent'")]
    assert '"first_response_seconds": 3660' in ev[0][0]


def test_dropped_answer_is_retried_with_the_same_key_and_posted_once(db, channel_id, answered):
    net = Network()
    net.drop_answer_next = 1
    clock = FixedClock(T0)
    item_id = _queue(db, channel_id, answered)
    run = process_outbox(db, {channel_id: net}, clock=clock)
    assert run.waiting == [item_id] and store.get(db, item_id).state == OutboxState.QUEUED
    clock.advance(3600)
    process_outbox(db, {channel_id: net}, clock=clock)
    assert store.get(db, item_id).state == OutboxState.SENT
    assert len(net.posts) == 1
    assert net.calls == 1  # the second attempt found it instead of posting again


def test_crash_mid_send_resumes_by_asking_first(db, channel_id, answered):
    net = Network()
    item_id = _queue(db, channel_id, answered)
    claimed = store.claim_next(db, now=T0)  # the process dies after this, after posting:
    net.posts[claimed.delivery_key] = ("777", claimed.text)
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 5))
    assert store.get(db, item_id).remote_id == "777"
    assert net.calls == 0


def test_order_is_kept_per_channel(db, channel_id, answered):
    net = Network()
    ids = [_queue(db, channel_id, answered, text=f"antwoord {i} ^Eva") for i in range(3)]
    net.fail_next = [Offline("down")]
    clock = FixedClock(T0)
    run = process_outbox(db, {channel_id: net}, clock=clock)
    assert run.sent == [] and run.waiting == [ids[0]]
    clock.advance(10_000)
    run = process_outbox(db, {channel_id: net}, clock=clock)
    assert run.sent == ids
    assert [net.posts[k][1] for k in net.posts] == [f"antwoord {i} ^Eva" for i in range(3)]


def test_rate_limit_waits_until_reset(db, channel_id, answered):
    net = Network()
    net.fail_next = [RateLimited("slow down", retry_at=T0 + 900)]
    item_id = _queue(db, channel_id, answered)
    clock = FixedClock(T0)
    process_outbox(db, {channel_id: net}, clock=clock)
    item = store.get(db, item_id)
    assert item.not_before == T0 + 900 and "Rate limited" in item.reason
    clock.set(T0 + 899)
    assert process_outbox(db, {channel_id: net}, clock=clock).sent == []
    clock.set(T0 + 900)
    assert process_outbox(db, {channel_id: net}, clock=clock).sent == [item_id]


@pytest.mark.parametrize(
    "exc, words",
    [
        (NeedsLogin("token revoked"), "log in"),
        (Permanent("Text character limit of 500 exceeded"), "500"),
    ],
)
def test_errors_that_need_the_user_hold_the_reply(db, channel_id, answered, exc, words):
    net = Network()
    net.fail_next = [exc]
    item_id = _queue(db, channel_id, answered)
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0))
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD and words in item.reason
    assert net.posts == {}


def test_stale_context_holds_and_release_sends(db, channel_id, answered):
    net = Network()
    net.replies["555"] = ["900"]
    item_id = _queue(db, channel_id, answered, context={"known_replies": []})
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0))
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD and "a new reply arrived" in item.reason
    store.release(db, item_id, refresh_context={"known_replies": ["900"]})
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 10))
    assert store.get(db, item_id).state == OutboxState.SENT


def test_deleted_message_holds(db, channel_id, answered):
    net = Network()
    net.deleted.add("555")
    item_id = _queue(db, channel_id, answered)
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0))
    assert "deleted" in store.get(db, item_id).reason


def test_scheduled_reply_waits_for_its_time(db, channel_id, answered):
    net = Network()
    item_id = _queue(db, channel_id, answered, not_before=T0 + 7200)
    assert process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 7199)).sent == []
    assert process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 7200)).sent == [item_id]


def test_queueing_moves_the_draft_atomically(db, channel_id, answered):
    d = drafts.save_draft(db, message_id=answered, channel_id=channel_id, text="Hoi ^Eva", cursor=3)
    _queue(db, channel_id, answered, draft_id=d)
    assert drafts.get_draft(db, d) is None
    assert [i.text for i in store.list_items(db)] == ["Vervelend! We kijken ernaar. ^Eva"]


def test_edit_hold_cancel(db, channel_id, answered):
    item_id = _queue(db, channel_id, answered)
    assert store.edit_text(db, item_id, "Nieuwe tekst ^Eva")
    store.hold(db, item_id, "wait")
    assert store.claim_next(db, now=T0 + 1) is None
    assert store.cancel(db, item_id)
    assert store.get(db, item_id).state == OutboxState.CANCELLED
    assert not store.edit_text(db, item_id, "te laat")


def test_a_reply_recorded_twice_is_logged_and_threaded_once(db, channel_id, answered):
    """Two attempts that both end in 'sent' (one of them a late or resumed one): the
    bookkeeping happens once: one reply in the thread, one reply_sent event."""
    net = Network()
    item_id = _queue(db, channel_id, answered)
    item = store.claim_next(db, now=T0 + 60)
    done = net.deliver(item, messages.get_message(db, answered))
    store.mark_sent(db, item, remote_id=done.remote_id, remote_url=done.url, now=T0 + 61)
    store.mark_sent(db, item, remote_id=done.remote_id, remote_url=done.url, now=T0 + 90)
    assert store.get(db, item_id).sent_at == T0 + 61
    sent = db.execute("SELECT count(*) FROM events WHERE kind = 'reply_sent'").fetchone()[0]
    assert sent == 1
    assert [t.is_own for t in messages.thread(db, answered)] == [False, True]


def test_an_interrupted_send_waits_for_its_request_before_sending_again(db, channel_id, answered):
    """A process died mid-send a moment ago: its request may still reach the server, so the
    next sender looks, waits out the time such a request can take, and looks again before
    it posts (no second post even on a server without idempotency keys)."""
    from cmstation.outbox.worker import IN_FLIGHT_SECONDS

    net = Network()
    item_id = _queue(db, channel_id, answered)
    claimed = store.claim_next(db, now=T0)  # ... and the process dies mid-request
    run = process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 5))
    item = store.get(db, item_id)
    assert run.waiting == [item_id] and net.calls == 0
    assert item.state == OutboxState.QUEUED and item.not_before == T0 + IN_FLIGHT_SECONDS
    assert "cut off" in item.reason
    net.posts[claimed.delivery_key] = ("778", claimed.text)  # the old request landed after all
    run = process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + IN_FLIGHT_SECONDS + 1))
    assert run.sent == [item_id] and net.calls == 0
    assert store.get(db, item_id).remote_id == "778"


def test_an_interrupted_send_that_never_landed_goes_after_the_wait(db, channel_id, answered):
    from cmstation.outbox.worker import IN_FLIGHT_SECONDS

    net = Network()
    item_id = _queue(db, channel_id, answered)
    store.claim_next(db, now=T0)
    process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + 5))
    assert net.calls == 0
    run = process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + IN_FLIGHT_SECONDS + 1))
    assert run.sent == [item_id] and net.calls == 1 and len(net.posts) == 1


def test_a_send_interrupted_long_ago_is_looked_for_and_then_sent(db, channel_id, answered):
    from cmstation.outbox.worker import IN_FLIGHT_SECONDS

    net = Network()
    item_id = _queue(db, channel_id, answered)
    store.claim_next(db, now=T0)
    run = process_outbox(db, {channel_id: net}, clock=FixedClock(T0 + IN_FLIGHT_SECONDS + 60))
    assert run.sent == [item_id] and net.calls == 1
