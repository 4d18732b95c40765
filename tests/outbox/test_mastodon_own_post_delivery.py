"""A post of our own on Mastodon (no thread) goes exactly once, also when its answer was lost
and the retry comes after Mastodon forgot the Idempotency-Key (an hour), or after a crash."""

from __future__ import annotations

import pytest
from fake_mastodon_direct import install

from cmstation.channels.http import make_session
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.outbox.mastodon_delivery import MastodonDeliverer
from cmstation.outbox.worker import IN_FLIGHT_SECONDS, process_outbox
from cmstation.storage import channels
from cmstation.storage import outbox as store

TEXT = "Vanaf maandag zijn we ook op zaterdag open. Wat willen jullie dan zien? ^Eva"


@pytest.fixture
def clock():
    return FixedClock(1_800_000_000)


@pytest.fixture
def world(db, fake_mastodon, clock):
    install(fake_mastodon)  # GET /api/v1/accounts/:id/statuses
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake_mastodon.base_url, account="eva"),
    )
    session = make_session(timeout=(1.0, 1.0))
    adapter = MastodonAdapter(
        session, cid, fake_mastodon.base_url, fake_mastodon.token, clock=clock.now
    )
    yield fake_mastodon, cid, {cid: MastodonDeliverer(adapter)}
    session.close()


def _queue(db, cid, text=TEXT):
    return store.enqueue(
        db,
        channel_id=cid,
        message_id=None,
        text=text,
        delivery_key=new_idempotency_key(),
        context={"own_post": True},
    )


def _mine(fake):
    return fake.statuses_by(fake.me)


def test_a_lost_answer_after_the_key_expired_is_found_not_posted_twice(db, world, clock):
    fake, cid, deliverers = world
    item_id = _queue(db, cid)
    fake.fault("drop_after", method="POST", path="/api/v1/statuses")
    assert process_outbox(db, deliverers, clock=clock).waiting == [item_id]
    assert len(_mine(fake)) == 1  # the server did post it
    fake.idempotency.clear()
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert store.get(db, item_id).remote_id == ours["id"]
    assert len(fake.requests_to("/api/v1/statuses", "POST")) == 1  # looked, did not post


def test_a_crash_mid_send_is_found_and_not_sent_again(db, world, clock):
    fake, cid, deliverers = world
    item_id = _queue(db, cid)
    item = store.claim_next(db, now=clock.now())
    deliverers[cid].deliver(item, None)  # it lands, and the process dies before noting it
    fake.idempotency.clear()
    clock.advance(IN_FLIGHT_SECONDS + 1)
    assert store.get(db, item_id).state == OutboxState.SENDING
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert store.get(db, item_id).remote_id == ours["id"]


def test_an_older_post_with_the_same_text_or_a_reply_is_not_taken_for_it(db, world, clock):
    fake, cid, deliverers = world
    klant = fake.add_account("klant")
    fake.add_status(fake.me, f"<p>{TEXT}</p>", created_at=1_600_000_000)  # long before
    under = fake.mention(klant, "<p>@eva hoi</p>")
    fake.add_status(fake.me, f"<p>{TEXT}</p>", in_reply_to_id=under["id"])
    item_id = _queue(db, cid)
    item = store.claim_next(db, now=clock.now())
    assert deliverers[cid].find_delivered(item, None) is None
    store.requeue(db, item_id, not_before=None, reason="")
