"""Private replies on Bluesky through the outbox: a chat message into the answered
conversation, or a new 1-1 conversation for "continue privately" from a public post; exactly
once after a lost answer, a 5xx or a crash mid-send, although sendMessage has no idempotency
key (the loopback PDS with its chat service: tests/helpers/fake_bluesky_chat.py)."""

from __future__ import annotations

import pytest
from fake_bluesky import FakeBluesky
from fake_bluesky_chat import FakeChat

from cmstation.channels.base import Permanent
from cmstation.channels.bluesky import BlueskyAdapter
from cmstation.channels.bluesky_chat import MSG_DM_TOO_LONG
from cmstation.channels.bluesky_session import BlueskyTokens
from cmstation.channels.bluesky_wire import new_tid
from cmstation.channels.http import make_session
from cmstation.core.clock import FixedClock
from cmstation.core.i18n import Text
from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageKind, MessageState
from cmstation.core.outbox_item import OutboxState
from cmstation.outbox.bluesky_delivery import CLOCK_MARGIN, BlueskyDeliverer
from cmstation.outbox.worker import IN_FLIGHT_SECONDS, MSG_NEW_REPLY, process_outbox
from cmstation.storage import channels, messages
from cmstation.storage import outbox as store

TEXT = "Wat vervelend! Stuur je je ordernummer? ^Eva"
SEND = "chat.bsky.convo.sendMessage"


@pytest.fixture
def clock():
    return FixedClock(1_800_000_000)


@pytest.fixture
def world(db, clock):
    with FakeBluesky() as server:
        chat = FakeChat(server)
        chat.clock = clock.now
        cid = channels.add_channel(
            db, Channel(kind=ChannelKind.BLUESKY, name="brand", url=server.base_url)
        )
        access, refresh = server.token_pair()
        tokens = BlueskyTokens(access, refresh, server.did, server.handle)
        session = make_session(timeout=(1.0, 1.0))
        adapter = BlueskyAdapter(session, cid, server.base_url, server.handle, tokens, lambda t: 0)
        yield server, chat, cid, {cid: BlueskyDeliverer(adapter)}
        session.close()


def _store(db, cid, msg: Message) -> int:
    (mid,) = messages.upsert_messages(db, [msg]).ids
    return mid


def _dm(db, world, *, request=False):
    """A private message from Kees, stored as the sweep stores it: (convo id, message id)."""
    _server, chat, cid, _ = world
    kees = chat.person(1)
    convo, view = chat.incoming(kees, "mijn fiets is kapot", request=request)
    mid = _store(
        db,
        cid,
        Message(
            channel_id=cid,
            remote_id=f"chat:{convo}:{view['id']}",
            text=view["text"],
            created_at=1_800_000_000,
            author=Author(kees["did"], kees["handle"]),
            kind=MessageKind.DIRECT,
            thread_root_id=f"chat:{convo}",
            state=MessageState.NEEDS_REPLY,
        ),
    )
    return convo, mid


def _public(db, world):
    """A public mention by Kees (no conversation with him yet)."""
    server, chat, cid, _ = world
    kees = chat.person(1)
    post = server.add_notification("@brand.example.com mijn fiets is kapot", n=1)
    mid = _store(
        db,
        cid,
        Message(
            channel_id=cid,
            remote_id=post["uri"],
            text="mijn fiets is kapot",
            created_at=1_800_000_000,
            author=Author(kees["did"], kees["handle"]),
            kind=MessageKind.MENTION,
            thread_root_id=post["uri"],
            state=MessageState.NEEDS_REPLY,
        ),
    )
    return mid


def _queue(db, cid, mid, clock, text=TEXT, *, known=()):
    return store.enqueue(
        db,
        channel_id=cid,
        message_id=mid,
        text=text,
        delivery_key=new_tid(),
        context={"known_replies": list(known), "private": True},
        now=clock.now(),
    )


def _all_mine(chat):
    return [m for c in chat.convos for m in chat.mine(c)]


def test_a_private_reply_goes_into_the_conversation(db, world, clock):
    server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = chat.mine(convo)
    assert ours["text"] == TEXT
    item = store.get(db, item_id)
    assert item.state == OutboxState.SENT
    assert item.remote_id == f"chat:{convo}:{ours['id']}" and item.remote_url == ""
    stored = messages.find_by_remote_id(db, cid, item.remote_id)
    assert stored.kind == MessageKind.OWN_DIRECT and stored.is_own
    assert stored.thread_root_id == f"chat:{convo}"
    assert messages.get_message(db, mid).state == MessageState.REPLIED
    assert chat.calls_to("getConvoForMembers") == 0  # the conversation was known
    assert server.calls_to("com.atproto.repo.putRecord") == 0  # nothing public


def test_answering_a_message_request_accepts_it(db, world, clock):
    _server, chat, cid, deliverers = world
    convo, mid = _dm(db, world, request=True)
    _queue(db, cid, mid, clock)
    process_outbox(db, deliverers, clock=clock)
    assert chat.convos[convo]["status"] == "accepted"
    assert len(chat.mine(convo)) == 1


def test_continue_privately_from_a_public_mention_opens_a_conversation(db, world, clock):
    server, chat, cid, deliverers = world
    mid = _public(db, world)
    assert chat.convos == {}
    item_id = _queue(db, cid, mid, clock)
    item = store.claim_next(db, now=clock.now())
    done = deliverers[cid].deliver(item, messages.get_message(db, mid))
    [convo] = chat.convos
    assert set(chat.convos[convo]["members"]) == {server.did, chat.person(1)["did"]}
    [ours] = chat.mine(convo)
    assert done.remote_id == f"chat:{convo}:{ours['id']}"
    assert done.thread_root_id == f"chat:{convo}" and done.url == ""
    assert server.calls_to("com.atproto.repo.putRecord") == 0
    store.mark_sent(
        db, item, remote_id=done.remote_id, remote_url="", thread_root_id=done.thread_root_id
    )
    stored = messages.find_by_remote_id(db, cid, done.remote_id)
    assert stored.kind == MessageKind.OWN_DIRECT and stored.thread_root_id == f"chat:{convo}"
    assert messages.get_message(db, mid).state == MessageState.REPLIED
    assert store.get(db, item_id).state == OutboxState.SENT


@pytest.mark.parametrize("kind", ["reply_in_dm", "continue_privately"])
def test_a_lost_answer_is_found_and_not_sent_again(db, world, clock, kind):
    server, chat, cid, deliverers = world
    mid = _dm(db, world)[1] if kind == "reply_in_dm" else _public(db, world)
    item_id = _queue(db, cid, mid, clock)
    server.fault("drop_after", path=SEND)  # the service stores it; the answer is lost
    assert process_outbox(db, deliverers, clock=clock).waiting == [item_id]
    assert len(_all_mine(chat)) == 1
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _all_mine(chat)  # 0 duplicates
    assert store.get(db, item_id).remote_id.endswith(f":{ours['id']}")  # 0 lost
    assert server.calls_to(SEND) == 1


def test_a_5xx_before_sending_sends_once_later(db, world, clock):
    server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock)
    server.fault("status", path=SEND, status=502, error="UpstreamFailure")
    assert process_outbox(db, deliverers, clock=clock).offline == [item_id]
    assert chat.mine(convo) == []
    clock.advance(3600)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    assert len(chat.mine(convo)) == 1


@pytest.mark.parametrize("kind", ["reply_in_dm", "continue_privately"])
def test_a_crash_mid_send_is_found_on_restart(db, world, clock, kind):
    server, chat, cid, deliverers = world
    mid = _dm(db, world)[1] if kind == "reply_in_dm" else _public(db, world)
    item_id = _queue(db, cid, mid, clock)
    # the process claims the reply, the message lands, and it dies before writing that down
    item = store.claim_next(db, now=clock.now())
    clock.advance(30)
    deliverers[cid].deliver(item, messages.get_message(db, mid))
    assert store.get(db, item_id).state == OutboxState.SENDING
    clock.advance(IN_FLIGHT_SECONDS + 1)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    [ours] = _all_mine(chat)
    assert store.get(db, item_id).remote_id.endswith(f":{ours['id']}")
    assert server.calls_to(SEND) == 1


def test_a_crash_before_the_request_left_sends_it_after_the_wait(db, world, clock):
    server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock)
    store.claim_next(db, now=clock.now())  # died right after the claim
    clock.advance(5)
    run = process_outbox(db, deliverers, clock=clock)
    assert run.waiting == [item_id] and chat.mine(convo) == []  # it may still be on its way
    clock.advance(IN_FLIGHT_SECONDS)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    assert len(chat.mine(convo)) == 1 and server.calls_to(SEND) == 1


def test_an_earlier_identical_message_is_not_taken_for_ours(db, world, clock):
    server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    with server._lock:
        chat._store(convo, server.did, TEXT)  # the same words, sent yesterday
    clock.advance(86400)
    item_id = _queue(db, cid, mid, clock)
    item = store.claim_next(db, now=clock.now())
    assert deliverers[cid].find_delivered(item, messages.get_message(db, mid)) is None
    store.requeue(db, item_id, not_before=None, reason="")
    clock.advance(CLOCK_MARGIN + 1)
    assert process_outbox(db, deliverers, clock=clock).sent == [item_id]
    assert [m["text"] for m in chat.mine(convo)] == [TEXT, TEXT]


def test_too_long_is_held_without_asking_the_network(db, world, clock):
    _server, chat, cid, deliverers = world
    _convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock, text="x" * 1001)
    before = len(chat.calls)
    assert process_outbox(db, deliverers, clock=clock).held == [item_id]
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD
    assert item.reason_text.params["detail"] == str(
        Text("channels", MSG_DM_TOO_LONG, {"count": 1001, "limit": 1000})
    )
    assert [c["nsid"] for c in chat.calls[before:]] == ["chat.bsky.convo.getMessages"]


def test_a_new_message_after_the_answered_one_holds_the_reply(db, world, clock):
    _server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock)
    _, later = chat.incoming(chat.person(1), "laat maar, hij doet het weer")
    run = process_outbox(db, deliverers, clock=clock)
    assert run.held == [item_id] and chat.mine(convo) == []
    reason = store.get(db, item_id).reason_text
    assert reason.source == MSG_NEW_REPLY and "hij doet het weer" in reason.params["sample"]

    # one the user had seen when writing does not hold it
    other = _queue(db, cid, mid, clock, known=[f"chat:{convo}:{later['id']}"])
    assert process_outbox(db, deliverers, clock=clock).sent == [other]


def test_a_deleted_answered_message_holds_the_reply(db, world, clock):
    _server, chat, cid, deliverers = world
    convo, mid = _dm(db, world)
    item_id = _queue(db, cid, mid, clock)
    remote = messages.get_message(db, mid).remote_id
    chat.delete(convo, remote.rsplit(":", 1)[1])
    assert process_outbox(db, deliverers, clock=clock).held == [item_id]
    assert chat.mine(convo) == []


def test_someone_who_takes_no_messages_holds_the_reply(db, world, clock):
    _server, chat, cid, deliverers = world
    mid = _public(db, world)
    chat.disabled.add(chat.person(1)["did"])
    item_id = _queue(db, cid, mid, clock)
    item = store.claim_next(db, now=clock.now())
    with pytest.raises(Permanent) as refused:
        deliverers[cid].deliver(item, messages.get_message(db, mid))
    assert "recipient has disabled incoming messages" in str(refused.value)
    assert store.get(db, item_id).state == OutboxState.SENDING
