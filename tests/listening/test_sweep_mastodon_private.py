"""Sweeps of a Mastodon channel with private conversations, filtered mentions and quotes: a real
workspace, the real adapter factory, the loopback server (fake_mastodon_direct)."""

from __future__ import annotations

import time

from fake_mastodon_direct import direct_message, filtered_mention, install, quote_post
from listening_fakes import MemorySecrets

from cmstation.channels.mastodon_direct import NOTE_FILTERED
from cmstation.core.clock import FixedClock
from cmstation.core.models import PRIVATE_KINDS, Channel, ChannelKind, MessageKind, MessageState
from cmstation.listening.adapters import build_adapter
from cmstation.listening.sweep import run_sweep
from cmstation.secrets import channel_key
from cmstation.storage import channels, messages


def _setup(db, fake, session):
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url, account="eva")
    )
    secrets = MemorySecrets()
    secrets.set(channel_key(cid, "access_token"), fake.token)
    return cid, build_adapter(channels.get_channel(db, cid), session, secrets)


def test_private_messages_filtered_mentions_and_quotes_reach_the_inbox(db, fake_mastodon, session):
    fake = install(fake_mastodon)
    klant = fake.add_account("klant", "Klant")
    ours = fake.add_status(fake.me, "<p>Nieuw: de bakfiets!</p>")
    dm = direct_message(fake, klant, "<p>@eva mijn bestelnummer is 1234</p>")
    nieuw = fake.add_account("nieuw", "Net Begonnen")
    complaint = filtered_mention(
        fake, nieuw, "<p>@eva Mijn fiets is kapot en niemand helpt me!</p>", language="nl"
    )
    quoting = quote_post(fake, fake.add_account("fan"), "<p>Wat een mooie fiets</p>", ours)
    cid, adapter = _setup(db, fake, session)
    clock = FixedClock(time.time())

    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok", s.detail
    assert [src.source for src in s.sources] == ["mentions", "direct", "requests"]

    got = messages.find_by_remote_id(db, cid, dm["id"])
    assert got.kind == MessageKind.DIRECT and got.kind in PRIVATE_KINDS
    assert got.thread_root_id == f"conv:{fake.conversation_of[dm['id']]}"

    filtered = messages.find_by_remote_id(db, cid, complaint["id"])
    assert filtered is not None and filtered.kind == MessageKind.MENTION
    assert filtered.state == MessageState.NEEDS_REPLY  # a complaint: it must not sit unseen
    requests_src = next(src for src in s.sources if src.source == "requests")
    assert [(n.source, n.params) for n in requests_src.notes] == [(NOTE_FILTERED, {"n": 1})]
    assert NOTE_FILTERED in [n.source for n in s.notes]

    q = messages.find_by_remote_id(db, cid, quoting["id"])
    assert q.kind == MessageKind.QUOTE and q.in_reply_to_id == ours["id"]

    state = channels.cursor_state(db, cid)
    assert state["direct"] == {"min_id": dm["id"]}
    assert set(state["requests"]) == {"filtered", "quotes"}

    # The next sweep asks only for what is new, per source.
    before = len(fake.log)
    again = run_sweep(db, cid, adapter, clock=clock)
    assert again.status == "ok" and again.new == 0
    paths = [r["path"] for r in fake.log[before:]]
    assert paths == [
        "/api/v1/notifications",
        "/api/v1/conversations",
        "/api/v2/notifications/policy",
        "/api/v1/notifications",
        "/api/v1/notifications",
    ]
    assert fake.log[before + 1]["query"]["min_id"] == [dm["id"]]


def test_a_direct_mention_and_its_conversation_end_in_one_private_thread(
    db, fake_mastodon, session
):
    fake = install(fake_mastodon)
    klant = fake.add_account("klant")
    first = direct_message(fake, klant, "<p>@eva hallo</p>")
    cid, adapter = _setup(db, fake, session)
    clock = FixedClock(time.time())
    run_sweep(db, cid, adapter, clock=clock)
    second = direct_message(fake, klant, "<p>@eva nog iets</p>", in_reply_to_id=first["id"])
    run_sweep(db, cid, adapter, clock=clock)
    roots = {messages.find_by_remote_id(db, cid, st["id"]).thread_root_id for st in (first, second)}
    assert roots == {f"conv:{fake.conversation_of[first['id']]}"}
    assert all(
        messages.find_by_remote_id(db, cid, st["id"]).kind == MessageKind.DIRECT
        for st in (first, second)
    )


def test_a_server_before_4_3_sweeps_without_error_or_note(db, fake_mastodon, session):
    fake = install(fake_mastodon)
    fake.policy_supported = False
    fake.mention(fake.add_account("klant"), "<p>@eva hoi</p>")
    cid, adapter = _setup(db, fake, session)
    s = run_sweep(db, cid, adapter, clock=FixedClock(time.time()))
    assert s.status == "ok" and s.new == 1 and s.notes == []
    requests_src = next(src for src in s.sources if src.source == "requests")
    assert requests_src.status == "ok" and requests_src.error == "" and requests_src.notes == []
