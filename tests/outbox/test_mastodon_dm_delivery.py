"""Private replies on Mastodon through the outbox: a reply to a private message stays a direct
status in its conversation, "continue privately" opens a new one, and both go exactly once
after a dropped answer or a crash mid-send (with the Idempotency-Key long forgotten)."""

from __future__ import annotations

import pytest
from fake_mastodon_direct import direct_message, install

from cmstation.channels.http import make_session
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageKind, MessageState
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.outbox.mastodon_delivery import MastodonDeliverer
from cmstation.outbox.worker import IN_FLIGHT_SECONDS, process_outbox
from cmstation.storage import channels, messages
from cmstation.storage import outbox as store

TEXT = "Wat vervelend! Stuur je je ordernummer? ^Eva"


@pytest.fixture
def clock():
    return FixedClock(1_800_000_000)


@pytest.fixture
def world(db, fake_mastodon, clock):
    fake = install(fake_mastodon)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url, account="eva")
    )
    klant = fake.add_account("klant", "Kees Klant")
    session = make_session(timeout=(1.0, 1.0))
    adapter = MastodonAdapter(session, cid, fake.base_url, fake.token, clock=clock.now)
    yield fake, cid, klant, {cid: MastodonDeliverer(adapter)}
    session.close()


def _store(db, cid, fake, klant, st, *, kind, root):
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=st["id"],
                text="mijn fiets is kapot",
                created_at=1_700_000_000,
                author=Author(klant["id"], f"klant@{fake.domain}"),
                kind=kind,
                thread_root_id=root,
                state=MessageState.NEEDS_REPLY,
            )
        ],
    ).ids
    return mid


def _dm(db, world):
    fake, cid, klant, _ = world
    st = direct_message(fake, klant, "<p>@eva mijn fiets is kapot</p>")
    conv = fake.conversation_of[st["id"]]
    return st, _store(db, cid, fake, klant, st, kind=MessageKind.DIRECT, root=f"conv:{conv}")


def _public(db, world):
    fake, cid, klant, _ = world
    st = fake.mention(klant, "<p>@eva mijn fiets is kapot</p>")
    return st, _store(db, cid, fake, klant, st, kind=MessageKind.MENTION, root=st["id"])


def _queue(db, cid, mid, text=TEXT, *, private=False):
    context = {"known_replies": []}
    if private:
        context["private"] = True
    return store.enqueue(
        db,
        channel_id=cid,
        message_id=mid,
        text=text,
        delivery_key=new_idempotency_key(),
        context=context,
    )


def _mine(fake):
    return fake.statuses_by(fake.me)


def test_a_reply_to_a_private_message_stays_private_in_its_conversation(db, world, clock):
    fake, cid, klant, deliverers = world
    st, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, private=True)  # as writing.queue_reply marks it
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert ours["visibility"] == "direct" and ours["in_reply_to_id"] == st["id"]
    assert ours["content"] == f"<p>@klant {TEXT}</p>"  # addressed by mention
    assert [m["id"] for m in ours["mentions"]] == [klant["id"]]
    conv = fake.conversation_of[st["id"]]
    assert fake.conversation_of[ours["id"]] == conv
    body = fake.requests_to("/api/v1/statuses", "POST")[-1]["body"]
    assert body["visibility"] == "direct"
    stored = {m.remote_id: m for m in messages.thread(db, mid)}
    assert stored[ours["id"]].kind == MessageKind.OWN_DIRECT
    assert stored[ours["id"]].thread_root_id == f"conv:{conv}"
    assert messages.get_message(db, mid).state == MessageState.REPLIED


def test_a_reply_to_a_private_message_goes_direct_even_unmarked(db, world, clock):
    fake, cid, _klant, deliverers = world
    st, mid = _dm(db, world)
    _queue(db, cid, mid)  # no "private" in the context: the answered message decides
    process_outbox(db, deliverers, clock=clock)
    [ours] = _mine(fake)
    assert ours["visibility"] == "direct" and ours["in_reply_to_id"] == st["id"]


def test_a_text_that_already_mentions_the_author_is_left_as_it_is(db, world, clock):
    fake, cid, _klant, deliverers = world
    _st, mid = _dm(db, world)
    _queue(db, cid, mid, text=f"@klant@{fake.domain} dank je! ^Eva", private=True)
    process_outbox(db, deliverers, clock=clock)
    [ours] = _mine(fake)
    assert ours["content"] == f"<p>@klant@{fake.domain} dank je! ^Eva</p>"


def test_continue_privately_opens_a_new_conversation(db, world, clock):
    fake, cid, klant, deliverers = world
    st, mid = _public(db, world)
    item_id = _queue(db, cid, mid, private=True)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert ours["visibility"] == "direct"
    assert ours["in_reply_to_id"] is None  # not an answer under the public post
    assert ours["content"].startswith("<p>@klant Wat vervelend")
    assert fake.conversation_of[ours["id"]] != fake.conversation_of.get(st["id"])
    assert [m["id"] for m in ours["mentions"]] == [klant["id"]]
    own = [m for m in messages.thread(db, mid) if m.remote_id == ours["id"]]
    assert own == [] or own[0].kind == MessageKind.OWN_DIRECT
    assert messages.get_message(db, mid).state == MessageState.REPLIED


def test_a_public_reply_stays_public(db, world, clock):
    fake, cid, _klant, deliverers = world
    st, mid = _public(db, world)
    _queue(db, cid, mid)
    process_outbox(db, deliverers, clock=clock)
    [ours] = _mine(fake)
    assert ours["visibility"] == "public" and ours["in_reply_to_id"] == st["id"]
    assert ours["content"] == f"<p>{TEXT}</p>"
    assert "visibility" not in fake.requests_to("/api/v1/statuses", "POST")[-1]["body"]


@pytest.mark.parametrize("kind", ["reply_in_dm", "continue_privately"])
def test_dropped_answer_then_retry_after_the_key_expired_is_exactly_once(db, world, clock, kind):
    fake, cid, _klant, deliverers = world
    _st, mid = _dm(db, world) if kind == "reply_in_dm" else _public(db, world)
    item_id = _queue(db, cid, mid, private=True)
    fake.fault("drop_after", method="POST", path="/api/v1/statuses")
    assert process_outbox(db, deliverers, clock=clock).waiting == [item_id]
    assert len(_mine(fake)) == 1  # the server did post it
    fake.idempotency.clear()  # an hour later Mastodon has forgotten the key
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert ours["visibility"] == "direct"
    assert store.get(db, item_id).remote_id == ours["id"]


@pytest.mark.parametrize("kind", ["reply_in_dm", "continue_privately"])
def test_a_crash_mid_send_is_found_and_not_sent_again(db, world, clock, kind):
    fake, cid, _klant, deliverers = world
    _st, mid = _dm(db, world) if kind == "reply_in_dm" else _public(db, world)
    item_id = _queue(db, cid, mid, private=True)
    # the process claims the reply, the post lands, and it dies before writing that down
    item = store.claim_next(db, now=clock.now())
    deliverers[cid].deliver(item, messages.get_message(db, mid))
    assert store.get(db, item_id).state == OutboxState.SENDING
    fake.idempotency.clear()
    clock.advance(IN_FLIGHT_SECONDS + 1)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _mine(fake)
    assert store.get(db, item_id).remote_id == ours["id"]
    assert len(fake.requests_to("/api/v1/statuses", "POST")) == 1


def test_an_earlier_identical_message_to_someone_else_is_not_taken_for_ours(db, world, clock):
    fake, cid, _klant, deliverers = world
    other = fake.add_account("ander")
    fake.add_status(fake.me, f"<p>@ander {TEXT}</p>", visibility="direct", mentions=[other])
    _st, mid = _public(db, world)
    item_id = _queue(db, cid, mid, private=True)
    item = store.claim_next(db, now=clock.now())
    assert deliverers[cid].find_delivered(item, messages.get_message(db, mid)) is None
    store.requeue(db, item_id, not_before=None, reason="")


def test_answering_our_own_private_message_goes_to_the_people_it_went_to(db, world, clock):
    fake, cid, klant, deliverers = world
    dm = direct_message(fake, klant, "<p>@eva hallo</p>")
    first, _ = deliverers[cid].adapter.post_status(
        "@klant Hoi! ^Eva", dm["id"], "k", visibility="direct"
    )
    conv = fake.conversation_of[dm["id"]]
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=first,
                text="@klant Hoi! ^Eva",
                created_at=1_700_000_000,
                author=Author(fake.me["id"], f"eva@{fake.domain}"),
                kind=MessageKind.OWN_DIRECT,
                is_own=True,
                in_reply_to_id=dm["id"],
                thread_root_id=f"conv:{conv}",
            )
        ],
    ).ids
    item_id = _queue(db, cid, mid, text="Nog een ding: ^Eva", private=True)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    follow_up = fake.statuses[store.get(db, item_id).remote_id]
    assert follow_up["content"] == "<p>@klant Nog een ding: ^Eva</p>"  # not to ourselves
    assert follow_up["visibility"] == "direct" and follow_up["in_reply_to_id"] == first
    assert fake.conversation_of[follow_up["id"]] == conv
