"""Bluesky private messages (chat.bsky.convo.*) swept into the inbox: the loopback PDS with its
chat service (tests/helpers/fake_bluesky_chat.py), the real adapter factory, real sweeps on a
real workspace."""

from __future__ import annotations

import pytest
from fake_bluesky import FakeBluesky
from fake_bluesky_chat import DEFS, PROXY, FakeChat
from listening_fakes import MemorySecrets

from cmstation.channels.base import Permanent
from cmstation.channels.bluesky import BlueskyAdapter
from cmstation.channels.bluesky_chat import (
    MSG_DM_TOO_LONG,
    MSG_NO_CHAT,
    NOTE_BUDGET,
    NOTE_CHAT_OFFLINE,
    NOTE_NO_ACCESS,
    NOTE_REQUESTS,
    NOTE_SKIPPED,
    check_message_text,
)
from cmstation.channels.bluesky_session import BlueskyTokens
from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind, MessageKind, MessageState
from cmstation.listening.adapters import build_adapter
from cmstation.listening.sweep import run_sweep
from cmstation.secrets import channel_key
from cmstation.storage import channels, messages

T0 = 1_800_000_000


@pytest.fixture
def clock():
    return FixedClock(T0)


@pytest.fixture
def fake(clock):
    with FakeBluesky() as server:
        chat = FakeChat(server)
        chat.clock = clock.now
        yield server, chat


def _channel(db, server, session):
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.BLUESKY, name="brand", url=server.base_url, account=server.handle),
    )
    access, refresh = server.token_pair()
    secrets = MemorySecrets()
    secrets.set(
        channel_key(cid, "tokens"),
        BlueskyTokens(access, refresh, server.did, server.handle).to_json(),
    )
    return cid, build_adapter(channels.get_channel(db, cid), session, secrets)


def _adapter(server, session, **kw) -> BlueskyAdapter:
    access, refresh = server.token_pair()
    tokens = BlueskyTokens(access, refresh, server.did, server.handle)
    return BlueskyAdapter(session, 7, server.base_url, server.handle, tokens, lambda t: None, **kw)


def _direct(s):
    return next(src for src in s.sources if src.source == "direct")


def test_private_messages_reach_the_inbox_and_the_next_sweep_reads_only_new_ones(
    db, fake, session, clock
):
    server, chat = fake
    server.add_notification("@brand.example.com waar blijft mijn pakket?", n=3)
    kees = chat.person(1)
    convo, first = chat.incoming(kees, "Hoi, mijn bestelling 1234 is kapot aangekomen")
    clock.advance(5)
    _, second = chat.incoming(kees, "Wat kunnen jullie doen?")
    cid, adapter = _channel(db, server, session)

    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert [src.source for src in s.sources] == ["mentions", "direct"]
    got = messages.find_by_remote_id(db, cid, f"chat:{convo}:{second['id']}")
    assert got.kind == MessageKind.DIRECT and not got.is_own
    assert got.thread_root_id == f"chat:{convo}"
    assert got.in_reply_to_id == f"chat:{convo}:{first['id']}"
    assert got.author.remote_id == kees["did"] and got.author.handle == kees["handle"]
    assert got.author.display_name == "Klant 1"
    assert got.created_at == T0 + 5
    assert _direct(s).new == 2
    assert all(c["proxy"] == PROXY for c in chat.calls)

    # The customer writes again, we answer from the Bluesky app: only those two come.
    clock.advance(60)
    _, third = chat.incoming(kees, "Hallo? Ik wacht nog steeds!")
    with server._lock:
        ours = chat._store(convo, server.did, "Sorry! We sturen vandaag een nieuwe. ^Eva")
    before = len(chat.calls)
    again = run_sweep(db, cid, adapter, clock=clock)
    assert again.status == "ok", again.detail
    assert _direct(again).new == 2
    asked = [c["nsid"].removeprefix("chat.bsky.convo.") for c in chat.calls[before:]]
    assert "getMessages" not in asked and asked.count("listConvos") == 1  # only the count
    assert asked[0] == "getLog" and chat.calls[before]["query"]["cursor"]
    mine = messages.find_by_remote_id(db, cid, f"chat:{convo}:{ours['id']}")
    assert mine.kind == MessageKind.OWN_DIRECT and mine.is_own
    assert mine.in_reply_to_id == f"chat:{convo}:{third['id']}"
    assert mine.thread_root_id == f"chat:{convo}"
    thread = [m.remote_id for m in messages.thread(db, got.id)]
    assert thread == [
        f"chat:{convo}:{first['id']}",
        f"chat:{convo}:{second['id']}",
        f"chat:{convo}:{third['id']}",
        f"chat:{convo}:{ours['id']}",
    ]
    # our answer seen on the network answers the customer's message
    assert (
        messages.get_message(
            db, messages.find_by_remote_id(db, cid, f"chat:{convo}:{third['id']}").id
        ).state
        == MessageState.REPLIED
    )

    third_sweep = run_sweep(db, cid, adapter, clock=clock)
    assert third_sweep.status == "ok" and _direct(third_sweep).new == 0


def test_message_requests_are_read_too_and_noted(db, fake, session, clock):
    server, chat = fake
    chat.incoming(chat.person(1), "Bestaande klant hier")
    convo, req = chat.incoming(chat.person(2), "Ik volg jullie niet, maar help!", request=True)
    chat.incoming(chat.person(3), "Nog een vraag van een onbekende", request=True)
    cid, adapter = _channel(db, server, session)

    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert _direct(s).new == 3
    stored = messages.find_by_remote_id(db, cid, f"chat:{convo}:{req['id']}")
    assert stored is not None and stored.kind == MessageKind.DIRECT
    notes = [(n.source, n.params) for n in _direct(s).notes]
    assert notes == [(NOTE_REQUESTS, {"n": 2})]
    assert str(_direct(s).notes[0]).startswith("2 message requests waiting")
    assert chat.convos[convo]["status"] == "request"  # reading one does not accept it

    # A new request arriving later comes through the log and is counted.
    chat.incoming(chat.person(4), "Hallo?", request=True)
    again = run_sweep(db, cid, adapter, clock=clock)
    assert _direct(again).new == 1
    assert [(n.source, n.params) for n in _direct(again).notes] == [(NOTE_REQUESTS, {"n": 3})]


def test_an_app_password_without_chat_access_gives_a_note_and_the_mentions_still_count(
    db, fake, session, clock
):
    server, chat = fake
    chat.no_access = True
    chat.incoming(chat.person(1), "Je ziet me niet")
    mention = server.add_notification("@brand.example.com hallo", n=2)
    cid, adapter = _channel(db, server, session)

    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert messages.find_by_remote_id(db, cid, mention["uri"]) is not None
    direct = _direct(s)
    assert direct.status == "ok" and direct.new == 0 and direct.error == ""
    assert [n.source for n in direct.notes] == [NOTE_NO_ACCESS]
    assert NOTE_NO_ACCESS in [n.source for n in s.notes]
    assert server.calls_to("com.atproto.server.refreshSession") == 0  # the token is fine
    assert channels.cursor_state(db, cid).get("direct") == {}

    # Once the user makes an app password with chat access, the messages come.
    chat.no_access = False
    later = run_sweep(db, cid, adapter, clock=clock)
    assert _direct(later).new == 1 and _direct(later).notes == []


@pytest.mark.parametrize("fault", ["status", "drop"])
def test_a_chat_service_that_does_not_answer_leaves_the_mentions_ok(
    db, fake, session, clock, fault
):
    server, chat = fake
    chat.incoming(chat.person(1), "eerste")
    cid, adapter = _channel(db, server, session)
    assert run_sweep(db, cid, adapter, clock=clock).status == "ok"
    cursor = channels.cursor_state(db, cid)["direct"]
    chat.incoming(chat.person(1), "tweede")
    mention = server.add_notification("@brand.example.com hallo", n=2)
    server.fault(fault, path="chat.bsky.convo.getLog", status=500, error="InternalServerError")
    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert messages.find_by_remote_id(db, cid, mention["uri"]) is not None
    assert [n.source for n in _direct(s).notes] == [NOTE_CHAT_OFFLINE]
    assert channels.cursor_state(db, cid)["direct"] == cursor  # read again next time
    later = run_sweep(db, cid, adapter, clock=clock)
    assert [
        m.text
        for m in messages.thread(
            db, messages.find_by_remote_id(db, cid, next(iter(cursor["last"].values()))).id
        )
    ] == ["eerste", "tweede"]
    assert _direct(later).new == 1


def test_a_server_without_chat_says_so_and_the_sweep_stays_ok(db, session, clock):
    with FakeBluesky() as server:  # no chat methods at all: 501 MethodNotImplemented
        cid, adapter = _channel(db, server, session)
        s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert [n.source for n in _direct(s).notes] == [MSG_NO_CHAT]


def test_the_chat_service_is_only_reached_with_the_proxy_header(fake, session):
    server, chat = fake
    adapter = _adapter(server, session)
    with pytest.raises(Permanent):
        adapter.xrpc("GET", "chat.bsky.convo.listConvos")  # no atproto-proxy header
    assert chat.calls[-1]["proxy"] == ""
    assert adapter.chat.list_convos() == ([], None)
    assert chat.calls[-1]["proxy"] == PROXY


def test_an_expired_token_is_refreshed_and_the_chat_call_repeated(fake, session):
    server, chat = fake
    chat.incoming(chat.person(1), "hallo")
    adapter = _adapter(server, session)
    server.expire_access()
    result = adapter.poll_extra("direct", {}, page_budget=5)
    assert [m.text for m in result.messages] == ["hallo"]
    assert server.calls_to("com.atproto.server.refreshSession") == 1


def test_listing_and_the_log_page_through_their_cursors(fake, session, clock):
    server, chat = fake
    people = [chat.person(n) for n in range(1, 8)]
    for p in people:
        chat.incoming(p, f"vraag van {p['handle']}")
    adapter = _adapter(server, session, page_limit=2)  # 7 conversations: 4 pages

    first = adapter.poll_extra("direct", {}, page_budget=2)
    assert first.cursor.get("backfill")  # the listing did not finish
    assert NOTE_BUDGET in [n.source for n in first.notes]
    clock.advance(10)
    late = chat.incoming(people[0], "nog iets")[1]
    got = list(first.messages)
    cursor = first.cursor
    for _ in range(4):  # 4 listing pages of 2 (and the log) at 2 pages a sweep
        second = adapter.poll_extra("direct", cursor, page_budget=2)
        got += second.messages
        cursor = second.cursor
    assert "backfill" not in second.cursor
    texts = [m.text for m in got]
    assert sorted(texts) == sorted([f"vraag van {p['handle']}" for p in people] + ["nog iets"])
    assert len(set(texts)) == len(texts)  # nothing twice

    # The log pages through its cursor too, across sweeps when the budget runs out.
    chat.log_page = 2
    for i in range(5):
        chat.incoming(people[1], f"bericht {i}")
    third = adapter.poll_extra("direct", second.cursor, page_budget=1)
    fourth = adapter.poll_extra("direct", third.cursor, page_budget=5)
    got = [m.text for m in third.messages + fourth.messages]
    assert got == [f"bericht {i}" for i in range(5)]
    assert fourth.messages[-1].in_reply_to_id == fourth.messages[-2].remote_id
    assert late["text"] == "nog iets"


def test_malformed_items_are_skipped_and_counted(fake, session):
    server, chat = fake
    convo, good = chat.incoming(chat.person(1), "goed bericht")
    first = _adapter(server, session).poll_extra("direct", {}, page_budget=5)
    chat.log.append(
        {
            "rev": chat._next_rev(),
            "$type": DEFS + "logCreateMessage",
            "convoId": convo,
            "message": {"id": "x", "text": "geen afzender"},
        }
    )
    chat.log.append(
        {
            "rev": chat._next_rev(),
            "$type": DEFS + "logCreateMessage",
            "convoId": convo,
            "message": {**good, "id": "3kmsg999", "sentAt": "gisteren"},
        }
    )
    chat.log.append({"rev": chat._next_rev(), "$type": DEFS + "logMuteConvo", "convoId": convo})
    with server._lock:
        chat._store(convo, chat.person(1)["did"], "ook goed")
    second = _adapter(server, session).poll_extra("direct", first.cursor, page_budget=5)
    assert [m.text for m in second.messages] == ["ook goed"]
    assert second.skipped == 2
    assert [(n.source, n.params) for n in second.notes] == [(NOTE_SKIPPED, {"n": 2})]


def test_a_deleted_message_is_left_out_not_counted_as_malformed(fake, session):
    server, chat = fake
    convo, msg = chat.incoming(chat.person(1), "oeps")
    chat.incoming(chat.person(1), "dit blijft")
    chat.delete(convo, msg["id"])
    result = _adapter(server, session).poll_extra("direct", {}, page_budget=5)
    assert [m.text for m in result.messages] == ["dit blijft"]
    assert result.skipped == 0


def test_messages_are_limited_to_1000_graphemes(fake, session):
    server, chat = fake
    convo, _ = chat.incoming(chat.person(1), "hoi")
    adapter = _adapter(server, session)
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one grapheme, 18 bytes
    check_message_text("a" * 1000)
    with pytest.raises(Permanent) as too_long:
        adapter.chat.send_message(convo, "a" * 1001)
    assert too_long.value.text.source == MSG_DM_TOO_LONG
    assert too_long.value.text.params == {"count": 1001, "limit": 1000}
    assert chat.calls_to("sendMessage") == 0  # refused before anything was sent
    with pytest.raises(Permanent):
        check_message_text("   ")
    with pytest.raises(Permanent):
        check_message_text(family * 600)  # 600 graphemes but 10,800 bytes
    sent = adapter.chat.send_message(convo, "\U0001f44d\U0001f3fd" * 1000)  # 1000 graphemes
    assert sent["sender"]["did"] == server.did and chat.mine(convo)[-1]["id"] == sent["id"]
    # the service itself refuses more, too
    with pytest.raises(Permanent):
        adapter.chat._call(
            "POST", "sendMessage", body={"convoId": convo, "message": {"text": "b" * 1001}}
        )
    assert len(chat.mine(convo)) == 1


def test_accepting_a_request_and_marking_read(fake, session):
    server, chat = fake
    convo, msg = chat.incoming(chat.person(2), "mag ik iets vragen?", request=True)
    adapter = _adapter(server, session)
    assert chat.convo_view(convo)["unreadCount"] == 1
    rev = adapter.chat.accept_convo(convo)
    assert rev and chat.convos[convo]["status"] == "accepted"
    assert adapter.chat.accept_convo(convo) is None  # already accepted
    view = adapter.chat.update_read(convo, msg["id"])
    assert view["id"] == convo and view["unreadCount"] == 0
    new = adapter.chat.convo_for_members([chat.person(5)["did"]])
    assert new["id"] != convo and adapter.chat.convo_for_members([chat.person(5)["did"]]) == new
    with pytest.raises(Permanent):
        adapter.chat.get_messages("3kbestaatniet")  # InvalidConvo


def test_message_requests_are_listed_accepted_and_dismissed(db, fake, session):
    """``cmstation requests`` / the Requests dialog on Bluesky: who asks and how many
    messages wait; accepting moves the conversation to the accepted ones, dismissing leaves it
    (leaveConvo, as the Bluesky app rejects a request); both are in the event log."""
    from cmstation.listening import requests as network_requests
    from cmstation.storage import events

    server, chat = fake
    chat.incoming(chat.person(1), "Bestaande klant")  # accepted: not a request
    asks, _ = chat.incoming(chat.person(2, handle="nina.example.com"), "Help?", request=True)
    chat.incoming(chat.person(2), "Hallo??", request=True)
    spam, _ = chat.incoming(chat.person(3), "Koop nu!", request=True)
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.BLUESKY, name="brand", url=server.base_url, account=server.handle),
    )
    access, refresh = server.token_pair()
    secrets = MemorySecrets()
    secrets.set(
        channel_key(cid, "tokens"),
        BlueskyTokens(access, refresh, server.did, server.handle).to_json(),
    )
    channel = channels.get_channel(db, cid)

    pending = network_requests.pending(channel, secrets, session)
    by_id = {r.id: r for r in pending}
    assert set(by_id) == {asks, spam}
    assert by_id[asks].handle == "nina.example.com" and by_id[asks].count == 2
    assert by_id[asks].display_name == "Klant 2" and by_id[asks].kind == "messages"

    network_requests.settle(db, channel, asks, accept=True, secrets=secrets, session=session)
    network_requests.settle(db, channel, spam, accept=False, secrets=secrets, session=session)
    assert chat.convos[asks]["status"] == "accepted"
    assert chat.convos[spam].get("left") and chat.calls_to("leaveConvo") == 1
    assert network_requests.pending(channel, secrets, session) == []
    kinds = [e["kind"] for e in events.recent(db)]
    assert "request_accepted" in kinds and "request_dismissed" in kinds

    # Writing again after a dismissal is a new request.
    chat.incoming(chat.person(3), "Nog steeds kopen?", request=True)
    assert [r.id for r in network_requests.pending(channel, secrets, session)] == [spam]
