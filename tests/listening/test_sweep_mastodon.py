"""Sweeps against the loopback Mastodon server (real HTTP, the documented wire format)."""

from __future__ import annotations

import time

from listening_fakes import MemorySecrets

from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind, MessageFilter, MessageState
from cmstation.listening.adapters import build_adapter
from cmstation.listening.sweep import run_sweep
from cmstation.secrets import channel_key
from cmstation.storage import channels, messages, saved_searches, sweeps


def _setup(db, fake, session):
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url, account="eva")
    )
    secrets = MemorySecrets()
    secrets.set(channel_key(cid, "access_token"), fake.token)
    adapter = build_adapter(channels.get_channel(db, cid), session, secrets)
    return cid, adapter


def _all(db):
    return messages.list_messages(db, MessageFilter(include_own=True, order="oldest"), limit=10_000)


def test_mentions_threads_and_hashtag_search(db, fake_mastodon, session):
    fake = fake_mastodon
    klant = fake.add_account("klant", "Klant")
    t = time.time() - 3600
    first = fake.mention(
        klant,
        "<p>@eva Waarom is mijn fiets nog steeds niet klaar?</p>",
        language="nl",
        created_at=t,
    )
    ours = fake.add_status(
        fake.me, "<p>@klant Morgen! ^Eva</p>", in_reply_to_id=first["id"], created_at=t + 60
    )
    fake.mention(
        klant,
        "<p>@eva Top, dank je!</p>",
        in_reply_to_id=ours["id"],
        language="nl",
        created_at=t + 120,
    )
    for i in range(50):
        fake.mention(
            fake.add_account(f"fan{i}"), f"<p>@eva mooie fietsen {i}</p>", created_at=t + 200 + i
        )
    fake.add_status(
        klant, "<p>Mijn nieuwe #bakfiets is geweldig</p>", language="nl", created_at=t + 300
    )
    cid, adapter = _setup(db, fake, session)
    sid = saved_searches.add_saved_search(db, "bakfiets", "#bakfiets", channel_id=cid)
    clock = FixedClock(time.time())
    s = run_sweep(db, cid, adapter, clock=clock, page_budget=5)
    assert s.status == "ok", s.detail
    assert s.new == 53 and s.requests >= 3
    stored = {m.remote_id: m for m in _all(db)}
    assert stored[first["id"]].state == MessageState.NEEDS_REPLY
    assert stored[first["id"]].lang == "nl" and stored[first["id"]].text.startswith("@eva Waarom")
    hit = [m for m in stored.values() if "bakfiets" in m.text]
    assert len(hit) == 1 and hit[0].state == MessageState.NEW
    assert saved_searches.search_cursor(db, sid)["min_id"] == hit[0].remote_id

    before = len(fake.log)
    again = run_sweep(db, cid, adapter, clock=clock)
    assert again.new == 0 and again.status == "ok"
    assert len(fake.log) - before == 2  # one request per listened source
    assert [r["path"] for r in fake.log[before:]] == [
        "/api/v1/notifications",
        "/api/v1/timelines/tag/bakfiets",
    ]

    late = fake.mention(
        klant,
        "<p>@eva nog één ding: wanneer sluiten jullie?</p>",
        in_reply_to_id=first["id"],
        language="nl",
    )
    third = run_sweep(db, cid, adapter, clock=clock)
    assert third.new == 1
    reply = messages.find_by_remote_id(db, cid, late["id"])
    assert reply.thread_root_id == first["id"] and reply.state == MessageState.NEEDS_REPLY


def test_server_trouble_becomes_channel_status(db, fake_mastodon, session):
    fake = fake_mastodon
    fake.mention(fake.add_account("klant"), "<p>@eva hallo?</p>")
    cid, adapter = _setup(db, fake, session)
    clock = FixedClock(time.time())

    fake.fault("status", path="/api/v1/notifications", status=503)
    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "offline" and s.retry_at > clock.now() and _all(db) == []

    fake.fault("drop", path="/api/v1/notifications")
    assert run_sweep(db, cid, adapter, clock=clock).status == "offline"

    fake.fault("bad_json", path="/api/v1/notifications")
    assert run_sweep(db, cid, adapter, clock=clock).status == "bad_payload"

    fake.fault(
        "status",
        path="/api/v1/notifications",
        status=401,
        body={"error": "The access token is invalid"},
    )
    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "needs_login"
    assert sweeps.channel_status(db, cid).status == "needs_login"

    fake.fault("status", path="/api/v1/notifications", status=429, headers={"Retry-After": "120"})
    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "rate_limited" and abs(s.retry_at - (time.time() + 120)) < 5
    n = len(fake.log)
    assert run_sweep(db, cid, adapter, clock=clock).status == "rate_limited"
    assert len(fake.log) == n  # not asked again before retry_at

    clock.set(s.retry_at + 1)
    adapter = build_adapter(channels.get_channel(db, cid), session, _secrets_for(cid, fake))
    s = run_sweep(db, cid, adapter, clock=clock)
    assert s.status == "ok" and s.new == 1


def _secrets_for(cid, fake):
    s = MemorySecrets()
    s.set(channel_key(cid, "access_token"), fake.token)
    return s


def test_malformed_items_are_skipped_and_the_rest_stored(db, fake_mastodon, session):
    fake = fake_mastodon
    fake.mention(fake.add_account("klant"), "<p>@eva goed bezig</p>")
    fake.add_raw_notification({"type": "mention", "status": {"content": 5}})
    cid, adapter = _setup(db, fake, session)
    s = run_sweep(db, cid, adapter, clock=FixedClock(time.time()))
    assert (s.status, s.new, s.skipped) == ("bad_payload", 1, 1)
    assert "malformed: 1 items" in str(sweeps.channel_status(db, cid).detail)


def test_a_search_the_server_cannot_do_leaves_a_translatable_note(db, fake_mastodon, session):
    """ "Say so rather than showing nothing": the note outlives the sweep, for the window."""
    from cmstation.channels.mastodon import NOTE_NO_FULL_TEXT

    fake = fake_mastodon
    fake.add_status(fake.add_account("klant"), "<p>mijn fiets is kapot</p>")
    cid, adapter = _setup(db, fake, session)
    saved_searches.add_saved_search(db, "kapot", "fiets kapot", channel_id=cid)
    s = run_sweep(db, cid, adapter, clock=FixedClock(time.time()))
    assert s.status == "ok" and [n.source for n in s.notes] == [NOTE_NO_FULL_TEXT]

    status = sweeps.channel_status(db, cid)
    assert [n.source for n in status.notes] == [NOTE_NO_FULL_TEXT]
    assert status.notes[0].params["query"] == "fiets kapot"
    assert "no full-text search" in status.notes[0].render()
    dutch = "{host} vond niets voor \u201c{query}\u201d."
    shown = status.notes[0].render(lambda ctx, src: dutch if src == NOTE_NO_FULL_TEXT else src)
    assert shown.endswith("vond niets voor \u201cfiets kapot\u201d.")
