"""The outbox against a loopback Mastodon that honours Idempotency-Key, with real faults."""

from __future__ import annotations

import pytest
from queued_replies import store_message_needing_reply

from cmstation.channels.http import make_session
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, Channel, ChannelKind
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.outbox.mastodon_delivery import MastodonDeliverer
from cmstation.outbox.worker import process_outbox
from cmstation.storage import channels, messages
from cmstation.storage import outbox as store

CLOCK = FixedClock(1_800_000_000)


@pytest.fixture
def setup(db, fake_mastodon):
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="shop", url=fake_mastodon.base_url)
    )
    klant = fake_mastodon.add_account("klant", "Kees Klant")
    st = fake_mastodon.mention(
        klant, "<p>@shop mijn fiets is nog steeds niet klaar!</p>", language="nl"
    )
    mid = store_message_needing_reply(
        db,
        cid,
        remote_id=st["id"],
        text="mijn fiets is nog steeds niet klaar!",
        created_at=1_700_000_000,
        author=Author(klant["id"], "@klant"),
    )
    session = make_session(timeout=(1.0, 1.0))
    adapter = MastodonAdapter(
        session, cid, fake_mastodon.base_url, fake_mastodon.token, clock=CLOCK.now
    )
    CLOCK.set(1_800_000_000)
    yield cid, mid, {cid: MastodonDeliverer(adapter)}
    session.close()


def _queue(db, cid, mid, text="Wat vervelend, Kees! Ik zoek het nu voor je uit. ^Eva"):
    return store.enqueue(
        db,
        channel_id=cid,
        message_id=mid,
        text=text,
        delivery_key=new_idempotency_key(),
        context={"known_replies": []},
    )


def test_posts_the_reply_in_the_thread(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    item_id = _queue(db, cid, mid)
    assert process_outbox(db, deliverers, clock=CLOCK).sent == [item_id]
    mine = fake_mastodon.statuses_by(fake_mastodon.me)
    assert len(mine) == 1
    assert mine[0]["in_reply_to_id"] == messages.get_message(db, mid).remote_id
    item = store.get(db, item_id)
    assert item.remote_id == mine[0]["id"] and item.remote_url.endswith(mine[0]["id"])
    post = fake_mastodon.requests_to("/api/v1/statuses", "POST")[0]
    assert post["headers"].get("Idempotency-Key") == item.delivery_key


def test_dropped_answer_then_retry_gives_exactly_one_status(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    fake_mastodon.fault("drop_after", method="POST", path="/api/v1/statuses")
    item_id = _queue(db, cid, mid)
    clock = CLOCK
    run = process_outbox(db, deliverers, clock=clock)
    assert run.waiting == [item_id]
    assert "Offline" in store.get(db, item_id).reason
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1  # the server did post it
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1


def test_retry_with_the_key_alone_is_also_exactly_once(db, fake_mastodon, setup):
    """Even without the thread look-up, the Idempotency-Key makes the retry safe."""
    cid, mid, deliverers = setup
    fake_mastodon.fault("drop_after", method="POST", path="/api/v1/statuses")
    fake_mastodon.fault("status", method="GET", path="/api/v1/statuses/", status=503, count=10)
    _queue(db, cid, mid)
    clock = CLOCK
    process_outbox(db, deliverers, clock=clock)
    fake_mastodon.faults.clear()
    item = store.claim_next(db, now=clock.now() + 3600)
    deliverers[cid].deliver(item, messages.get_message(db, mid))
    deliverers[cid].deliver(item, messages.get_message(db, mid))
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1


def test_rate_limit_401_and_422(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    a, b, c = (_queue(db, cid, mid, text=f"reply {i} ^Eva") for i in range(3))
    fake_mastodon.fault(
        "status",
        method="POST",
        path="/api/v1/statuses",
        status=429,
        headers={"X-RateLimit-Reset": "2027-01-15T10:00:00.000Z", "X-RateLimit-Remaining": "0"},
    )
    clock = CLOCK
    run = process_outbox(db, deliverers, clock=clock)
    assert run.waiting == [a]
    assert store.get(db, a).not_before == 1_800_007_200  # two hours after CLOCK
    store.reschedule(db, a, None)
    fake_mastodon.fault(
        "status",
        method="POST",
        path="/api/v1/statuses",
        status=422,
        body={"error": "Validation failed: Text character limit of 500 exceeded"},
    )
    clock.set(1_893_456_001)
    run = process_outbox(db, deliverers, clock=clock)
    held = store.get(db, a)
    assert held.state == OutboxState.HELD and "500" in held.reason
    # a reply the server refuses does not stop the ones after it
    assert run.sent == [b, c]
    d, e = (_queue(db, cid, mid, text=f"reply {i} ^Eva") for i in (3, 4))
    fake_mastodon.fault(
        "status",
        method="POST",
        path="/api/v1/statuses",
        status=401,
        body={"error": "The access token is invalid"},
    )
    run = process_outbox(db, deliverers, clock=clock)
    assert store.get(db, d).state == OutboxState.HELD and "log in" in store.get(db, d).reason
    assert store.get(db, e).state == OutboxState.QUEUED  # the channel stops at a login problem
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 2


def test_connection_refused_queues_then_sends_when_back(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    item_id = _queue(db, cid, mid)
    port = fake_mastodon.port
    fake_mastodon.stop()
    clock = CLOCK
    run = process_outbox(db, deliverers, clock=clock)
    assert run.waiting == [item_id]
    assert "try again" in store.get(db, item_id).reason
    fake_mastodon.start(port=port)
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1


def test_new_reply_since_drafting_holds(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    answered = messages.get_message(db, mid)
    other = fake_mastodon.add_account("buur")
    fake_mastodon.add_status(
        other, "<p>Kees, het is al opgelost, zag ik net</p>", in_reply_to_id=answered.remote_id
    )
    item_id = _queue(db, cid, mid)
    process_outbox(db, deliverers, clock=CLOCK)
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD and "opgelost" in item.reason


def test_deleted_message_holds(db, fake_mastodon, setup):
    cid, mid, deliverers = setup
    fake_mastodon.delete_status(messages.get_message(db, mid).remote_id)
    item_id = _queue(db, cid, mid)
    process_outbox(db, deliverers, clock=CLOCK)
    assert "deleted" in store.get(db, item_id).reason
    assert fake_mastodon.statuses_by(fake_mastodon.me) == []
