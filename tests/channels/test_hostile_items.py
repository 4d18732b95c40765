"""One hostile item costs only itself: a notification holding ``Infinity`` (or NaN, a float
beyond range, a 40-digit integer), or any item whose normalisation fails in an unexpected
way, is skipped ("1 item skipped"); the valid items beside it are stored.

Real HTTP against the loopback fakes; the raw bodies are checked to really hold the hostile
literals (Python's json writes ``Infinity``/``NaN`` for inf/nan)."""

from __future__ import annotations

import copy
import json
import time

import pytest
from fake_bluesky import FakeBluesky

from cmstation.channels import bluesky as bluesky_mod
from cmstation.channels import feed as feed_mod
from cmstation.channels import mastodon as mastodon_mod
from cmstation.channels.bluesky import BlueskyAdapter
from cmstation.channels.bluesky_session import BlueskyTokens
from cmstation.channels.feed import FeedAdapter
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind, MessageFilter
from cmstation.listening.sweep import run_sweep
from cmstation.storage import channels, messages

HOSTILE = [float("inf"), float("-inf"), float("nan"), 10**40]
LITERAL = {"inf": b"Infinity", "-inf": b"-Infinity", "nan": b"NaN"}


def _literal(value) -> bytes:
    return LITERAL.get(str(value), str(value).encode())


def _stored(db, cid):
    return [
        m
        for m in messages.list_messages(db, MessageFilter(include_own=True, order="oldest"))
        if m.channel_id == cid
    ]


# --- Bluesky ----------------------------------------------------------------------------


@pytest.fixture
def bsky():
    with FakeBluesky() as f:
        yield f


@pytest.fixture
def bsky_adapter(bsky, session):
    access, refresh = bsky.token_pair()
    tokens = BlueskyTokens(access, refresh, bsky.did, bsky.handle)
    return BlueskyAdapter(session, 7, bsky.base_url, bsky.handle, tokens, lambda t: None)


def _bad_facet_notification(bsky, value):
    """The seen bug: a mention whose link facet says ``"byteStart": Infinity``."""
    item = bsky.add_notification(
        "@brand kijk https://example.org/fiets",
        facets=[
            {
                "index": {"byteStart": value, "byteEnd": 37},
                "features": [
                    {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/fiets"}
                ],
            }
        ],
    )
    return item


def _raw_notifications(bsky, session) -> bytes:
    token = next(iter(bsky.access))
    return session.get(
        bsky.base_url + "/xrpc/app.bsky.notification.listNotifications",
        headers={"Authorization": f"Bearer {token}"},
    ).content


@pytest.mark.parametrize("value", HOSTILE, ids=str)
def test_bluesky_a_notification_with_infinity_is_skipped_and_the_rest_kept(
    bsky, bsky_adapter, session, value
):
    before = bsky.add_notification("@brand eerste")
    _bad_facet_notification(bsky, value)
    after = bsky.add_notification("@brand derde")
    assert b'"byteStart": ' + _literal(value) in _raw_notifications(bsky, session)
    r = bsky_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [after["uri"], before["uri"]]
    assert r.skipped == 1 and any("1 item was left out" in str(n) for n in r.notes)
    assert r.cursor["newest"] == after["indexedAt"]  # the walk went past the bad item


def test_bluesky_a_float_beyond_range_in_the_raw_body_is_skipped(bsky, bsky_adapter):
    good = bsky.add_notification("@brand goed")
    bad = copy.deepcopy(bsky.add_notification("@brand slecht"))
    page = json.dumps({"notifications": [bad, good]}).replace(
        '"createdAt"', '"weight": 1e400, "createdAt"', 1
    )
    assert "1e400" in page
    bsky.fault("raw", path="app.bsky.notification", body=page.encode())
    r = bsky_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [good["uri"]] and r.skipped == 1


def test_bluesky_sweep_stores_the_valid_notification_and_says_one_was_skipped(
    db, bsky, bsky_adapter, session
):
    """The issue: "The server refused the request: OverflowError: cannot convert float
    infinity to integer", 0 stored. Now: the bad item skipped, the rest stored."""
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.BLUESKY, name="@brand", url=bsky.base_url, account="brand")
    )
    bsky_adapter.channel_id = cid
    good = bsky.add_notification("@brand de fiets is top")
    _bad_facet_notification(bsky, float("inf"))
    s = run_sweep(db, cid, bsky_adapter, clock=FixedClock(time.time()))
    assert (s.status, s.new, s.skipped) == ("bad_payload", 1, 1)
    assert str(s.detail) == (
        "Skipped because they were malformed: 1 items. The rest (1 new) were stored."
    )
    assert "Error" not in str(s.detail) and "infinity" not in str(s.detail)
    assert [m.remote_id for m in _stored(db, cid)] == [good["uri"]]


def test_bluesky_any_error_while_normalising_one_item_skips_only_that_item(
    bsky, bsky_adapter, monkeypatch, caplog
):
    real = bluesky_mod.post_to_message
    good = bsky.add_notification("@brand goed")
    bsky.add_notification("@brand boem")

    def flaky(item, *a, **kw):
        if item["record"]["text"] == "@brand boem":
            raise ZeroDivisionError("an adapter bug")
        return real(item, *a, **kw)

    monkeypatch.setattr(bluesky_mod, "post_to_message", flaky)
    r = bsky_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [good["uri"]] and r.skipped == 1
    assert "ZeroDivisionError" in caplog.text  # the details are in the log


# --- Mastodon ---------------------------------------------------------------------------


@pytest.fixture
def masto_adapter(fake_mastodon, session):
    return MastodonAdapter(session, 7, fake_mastodon.base_url, fake_mastodon.token)


def _bad_mention(fake, account, value, where: str = "poll"):
    """A mention notification whose status holds ``value`` (raw, as a server could send it)."""
    st = fake.add_status(account, "<p>@eva slecht</p>", mentions=[fake.me])
    status = {k: v for k, v in st.items() if not k.startswith("_")}
    if where == "poll":
        status["poll"] = {"id": "1", "votes_count": value, "options": []}
    elif where == "count":
        status["replies_count"] = value
    else:
        status["account"] = dict(status["account"], followers_count=value)
    fake.delete_status(st["id"])  # only the raw notification carries it
    return fake.add_raw_notification(
        {"type": "mention", "created_at": st["created_at"], "account": account, "status": status}
    )


def _raw_mastodon(fake, session) -> bytes:
    return session.get(
        fake.base_url + "/api/v1/notifications",
        headers={"Authorization": f"Bearer {fake.token}"},
    ).content


@pytest.mark.parametrize("where", ["poll", "count", "account"])
@pytest.mark.parametrize("value", HOSTILE, ids=str)
def test_mastodon_a_notification_with_infinity_is_skipped_and_the_rest_kept(
    fake_mastodon, masto_adapter, session, value, where
):
    klant = fake_mastodon.add_account("klant")
    first = fake_mastodon.mention(klant, "<p>@eva eerste</p>", created_at=time.time() - 60)
    bad_id = _bad_mention(fake_mastodon, klant, value, where)
    last = fake_mastodon.mention(klant, "<p>@eva laatste</p>")
    assert b": " + _literal(value) in _raw_mastodon(fake_mastodon, session)
    r = masto_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [first["id"], last["id"]]
    assert r.skipped == 1 and any("1 item was left out" in str(n) for n in r.notes)
    # The cursor moved past the bad notification (it is not fetched for ever).
    newest = fake_mastodon.notifications[-1]["id"]
    assert (len(bad_id), bad_id) < (len(newest), newest) and r.cursor["min_id"] == newest


def test_mastodon_sweep_stores_the_valid_mention_and_says_one_was_skipped(
    db, fake_mastodon, masto_adapter
):
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake_mastodon.base_url)
    )
    masto_adapter.channel_id = cid
    klant = fake_mastodon.add_account("klant")
    good = fake_mastodon.mention(klant, "<p>@eva mijn fiets is top</p>")
    _bad_mention(fake_mastodon, klant, float("inf"))
    s = run_sweep(db, cid, masto_adapter, clock=FixedClock(time.time()))
    assert (s.status, s.new, s.skipped) == ("bad_payload", 1, 1)
    assert str(s.detail) == (
        "Skipped because they were malformed: 1 items. The rest (1 new) were stored."
    )
    assert [m.remote_id for m in _stored(db, cid)] == [good["id"]]


def test_mastodon_a_hashtag_item_with_nan_is_skipped(fake_mastodon, masto_adapter):
    klant = fake_mastodon.add_account("klant")
    good = fake_mastodon.add_status(klant, "<p>mijn #bakfiets</p>")
    bad = {k: v for k, v in good.items() if not k.startswith("_")}
    bad = dict(bad, id=fake_mastodon.new_id(), favourites_count=float("nan"))
    fake_mastodon.raw_tag_items["bakfiets"] = [bad]
    r = masto_adapter.poll_search("#bakfiets", {}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [good["id"]] and r.skipped == 1


def test_mastodon_an_absurd_id_does_not_take_over_the_cursor(fake_mastodon, masto_adapter):
    klant = fake_mastodon.add_account("klant")
    good = fake_mastodon.mention(klant, "<p>@eva goed</p>")
    fake_mastodon.add_raw_notification({"id": "9" * 500, "type": "mention", "status": None})
    r = masto_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [good["id"]] and r.skipped == 1
    assert r.cursor["min_id"] == fake_mastodon.notifications[-1]["id"]


def test_mastodon_any_error_while_normalising_one_item_skips_only_that_item(
    fake_mastodon, masto_adapter, monkeypatch, caplog
):
    real = mastodon_mod.status_to_message
    klant = fake_mastodon.add_account("klant")
    good = fake_mastodon.mention(klant, "<p>@eva goed</p>")
    fake_mastodon.mention(klant, "<p>@eva boem</p>")

    def flaky(status, **kw):
        if "boem" in status["content"]:
            raise RecursionError("maximum recursion depth exceeded")
        return real(status, **kw)

    monkeypatch.setattr(mastodon_mod, "status_to_message", flaky)
    r = masto_adapter.poll_mentions({}, page_budget=1)
    assert [m.remote_id for m in r.messages] == [good["id"]] and r.skipped == 1
    assert "RecursionError" in caplog.text


# --- feeds ------------------------------------------------------------------------------


def test_feed_any_error_while_normalising_one_item_skips_only_that_item(
    fake_feed, session, monkeypatch, caplog
):
    real = feed_mod.entry_to_message
    fake_feed.add_item("Goed", "<p>ok</p>", published=1_700_000_000)
    fake_feed.add_item("Boem", "<p>boem</p>", published=1_700_000_060)

    def flaky(entry, **kw):
        if entry.get("title") == "Boem":
            raise IndexError("an adapter bug")
        return real(entry, **kw)

    monkeypatch.setattr(feed_mod, "entry_to_message", flaky)
    r = FeedAdapter(session, 3, fake_feed.rss_url).poll_mentions({}, page_budget=1)
    assert [m.text for m in r.messages] == ["Goed\n\nok"] and r.skipped == 1
    assert "IndexError" in caplog.text
