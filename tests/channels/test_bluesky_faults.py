"""The Bluesky adapter over real HTTP against a loopback XRPC server, for the faults the
reference network cannot easily produce (429, 5xx, dropped connections, malformed JSON),
plus the pure parts: TIDs, link facets, the record a post writes."""

from __future__ import annotations

import time

import pytest
from fake_bluesky import FakeBluesky

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.channels.bluesky import BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_session import BlueskyTokens, create_session
from cmstation.channels.bluesky_wire import (
    ReplyRef,
    is_tid,
    new_tid,
    parse_at_uri,
    text_with_links,
    tid_microseconds,
)
from cmstation.core.models import MessageKind


@pytest.fixture
def fake():
    with FakeBluesky() as f:
        yield f


@pytest.fixture
def saved():
    return []


@pytest.fixture
def adapter(fake, session, saved):
    access, refresh = fake.token_pair()
    tokens = BlueskyTokens(access, refresh, fake.did, fake.handle)
    return BlueskyAdapter(session, 7, fake.base_url, fake.handle, tokens, saved.append)


# --- rate limits -------------------------------------------------------------------------


def test_429_is_rate_limited_until_the_reset_and_nothing_is_sent_before_it(fake, adapter):
    reset = int(time.time()) + 240
    fake.fault(
        "status",
        path="app.bsky.notification",
        status=429,
        error="RateLimitExceeded",
        headers={"ratelimit-remaining": "0", "ratelimit-reset": str(reset)},
    )
    with pytest.raises(RateLimited) as exc:
        adapter.poll_mentions({}, page_budget=2)
    assert exc.value.retry_at == reset
    sent = len(fake.calls)
    with pytest.raises(RateLimited) as again:
        adapter.poll_search("fiets", {}, page_budget=1)
    assert again.value.retry_at == reset
    assert len(fake.calls) == sent  # the host said "wait": we did not ask again


def test_an_exhausted_quota_keeps_this_answer_and_waits_before_the_next(fake, adapter):
    fake.add_notification("hallo @brand")
    fake.rate_remaining = 0
    fake.rate_reset = int(time.time()) + 60
    result = adapter.poll_mentions({}, page_budget=1)
    assert len(result.messages) == 1
    with pytest.raises(RateLimited) as exc:
        adapter.poll_mentions(result.cursor, page_budget=1)
    assert exc.value.retry_at == fake.rate_reset
    assert fake.calls_to("app.bsky.notification.listNotifications") == 1


# --- server trouble ----------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_offline_and_the_next_try_works(fake, adapter, status):
    fake.add_notification("@brand waar blijft mijn bestelling?")
    fake.fault("status", path="app.bsky.notification", status=status)
    with pytest.raises(Offline, match=str(status)):
        adapter.poll_mentions({}, page_budget=1)
    assert len(adapter.poll_mentions({}, page_budget=1).messages) == 1


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_a_dropped_connection_is_offline(fake, adapter, kind):
    fake.add_notification("@brand hoi")
    fake.fault(kind, path="app.bsky.notification")
    with pytest.raises(Offline):
        adapter.poll_mentions({}, page_budget=1)


def test_a_refused_connection_is_offline(fake, session, saved):
    tokens = BlueskyTokens("a", "r", fake.did, fake.handle)
    gone = BlueskyAdapter(session, 7, "http://127.0.0.1:9", fake.handle, tokens, saved.append)
    with pytest.raises(Offline, match="Cannot reach"):
        gone.poll_mentions({}, page_budget=1)


def test_malformed_json_is_a_bad_payload(fake, adapter):
    fake.fault("bad_json", path="app.bsky.notification")
    with pytest.raises(BadPayload):
        adapter.poll_mentions({}, page_budget=1)


@pytest.mark.parametrize("body", [b'{"notifications": "nope"}', b"[]", b"null", b"\xff\xfe"])
def test_an_answer_of_the_wrong_shape_is_a_bad_payload(fake, adapter, body):
    fake.fault("raw", path="app.bsky.notification", body=body)
    with pytest.raises(BadPayload, match="cannot read"):
        adapter.poll_mentions({}, page_budget=1)


def test_malformed_items_are_skipped_and_the_rest_kept(fake, adapter):
    fake.add_notification("@brand eerste")
    fake.add_raw_notification(
        {"uri": "at://nope", "reason": "mention", "indexedAt": "2024-01-01T00:00:00Z"}
    )
    fake.add_raw_notification({"reason": "mention"})  # no uri, no time
    good = fake.add_notification("@brand tweede")
    bad_author = fake.add_notification("@brand derde")
    bad_author["author"] = {"handle": "no-did"}
    result = adapter.poll_mentions({}, page_budget=1)
    assert [m.text for m in result.messages] == ["@brand tweede", "@brand eerste"]
    assert result.messages[0].remote_id == good["uri"]
    assert result.skipped == 3 and any("malformed" in str(n) for n in result.notes)


def test_an_unknown_method_is_permanent(fake, adapter):
    with pytest.raises(Permanent, match="Method Not Implemented"):
        adapter.xrpc("GET", "app.bsky.unknown.method")


# --- sessions ----------------------------------------------------------------------------


def test_an_expired_token_is_refreshed_once_and_handed_over(fake, adapter, saved):
    fake.add_notification("@brand hallo")
    fake.expire_access()
    result = adapter.poll_mentions({}, page_budget=1)
    assert len(result.messages) == 1
    assert fake.calls_to("com.atproto.server.refreshSession") == 1
    assert fake.calls_to("com.atproto.server.createSession") == 0
    assert len(saved) == 1 and saved[0].access_jwt in fake.access
    assert saved[0].did == fake.did


def test_a_refresh_that_is_refused_needs_login(fake, adapter, saved):
    fake.expire_access()
    fake.refresh.clear()
    with pytest.raises(NeedsLogin, match="Log in again"):
        adapter.poll_mentions({}, page_budget=1)
    assert fake.calls_to("com.atproto.server.createSession") == 0
    assert saved == []


def test_a_refresh_that_meets_a_server_error_is_offline_and_keeps_the_tokens(fake, adapter, saved):
    fake.expire_access()
    before = adapter.tokens
    fake.fault("status", path="com.atproto.server.refreshSession", status=502)
    with pytest.raises(Offline):
        adapter.poll_mentions({}, page_budget=1)
    assert adapter.tokens == before and saved == []


def test_create_session(fake, session):
    tokens = create_session(session, fake.base_url, "@" + fake.handle, fake.app_password)
    assert tokens.did == fake.did and tokens.access_jwt in fake.access
    with pytest.raises(NeedsLogin, match="app password"):
        create_session(session, fake.base_url, fake.handle, "wrong")
    fake.two_factor = True
    with pytest.raises(NeedsLogin, match="e-mail code"):
        create_session(session, fake.base_url, fake.handle, fake.app_password)
    fake.two_factor = False
    fake.fault(
        "status",
        path="com.atproto.server.createSession",
        status=429,
        headers={"ratelimit-reset": str(int(time.time()) + 900)},
    )
    with pytest.raises(RateLimited):
        create_session(session, fake.base_url, fake.handle, fake.app_password)


def test_tokens_from_the_keyring_are_checked():
    with pytest.raises(ValueError):
        BlueskyTokens.from_json('{"access_jwt": "a"}')
    with pytest.raises(ValueError):
        BlueskyTokens.from_json("[1]")


# --- pagination and cursors -------------------------------------------------------------


def test_other_reasons_are_left_out_and_pages_are_followed(fake, adapter):
    for i in range(5):
        fake.add_notification(f"@brand nummer {i}")
    fake.add_notification("liked", reason="like")
    fake.add_notification("quote!", reason="quote")
    adapter.page_limit = 2
    result = adapter.poll_mentions({}, page_budget=10)
    assert [m.kind for m in result.messages][:1] == [MessageKind.QUOTE]
    assert len(result.messages) == 6 and result.requests == 3
    assert "pending" not in result.cursor
    assert adapter.poll_mentions(result.cursor, page_budget=10).messages == []


def test_search_pages_and_stops_at_what_it_saw(fake, adapter):
    old = fake.add_post("oude fiets")
    first = adapter.poll_search("fiets", {}, page_budget=3)
    assert [m.remote_id for m in first.messages] == [old["uri"]]
    assert first.messages[0].kind == MessageKind.SEARCH_HIT
    new = fake.add_post("nieuwe fiets")
    second = adapter.poll_search("fiets", first.cursor, page_budget=3)
    assert [m.remote_id for m in second.messages] == [new["uri"]]


# --- posting -----------------------------------------------------------------------------


def test_a_post_whose_answer_was_lost_is_found_and_a_retry_is_a_no_op(fake, adapter):
    rkey = new_tid()
    fake.fault("drop_after", path="com.atproto.repo.putRecord")
    with pytest.raises(Offline):
        adapter.put_post("Komt goed! ^Eva", None, rkey)
    assert adapter.get_post(rkey)["value"]["text"] == "Komt goed! ^Eva"  # it did arrive
    uri, url = adapter.put_post("Komt goed! ^Eva", None, rkey)
    assert uri.endswith(rkey) and url == f"https://bsky.app/profile/{fake.handle}/post/{rkey}"
    assert len(fake.records) == 1
    with pytest.raises(InvalidSwap):
        adapter.put_post("Iets anders", None, rkey)


def test_the_post_record_carries_reply_refs_facets_and_a_stable_time(adapter):
    rkey = new_tid()
    ref = ReplyRef(
        "at://did:plc:a/app.bsky.feed.post/root",
        "cidroot",
        "at://did:plc:b/app.bsky.feed.post/parent",
        "cidparent",
    )
    text = "\U0001f6b2 Zie https://example.com/fiets. #bakfiets ^Eva"
    rec = adapter.build_post_record(text, ref, rkey, langs=["nl"])
    assert rec == adapter.build_post_record(text, ref, rkey, langs=["nl"])  # retry = same
    assert rec["reply"] == {
        "root": {"uri": ref.root_uri, "cid": "cidroot"},
        "parent": {"uri": ref.parent_uri, "cid": "cidparent"},
    }
    data = text.encode()
    link, tag = rec["facets"]
    assert (
        data[link["index"]["byteStart"] : link["index"]["byteEnd"]] == b"https://example.com/fiets"
    )
    assert data[tag["index"]["byteStart"] : tag["index"]["byteEnd"]] == b"#bakfiets"
    assert tag["features"][0]["tag"] == "bakfiets" and rec["langs"] == ["nl"]


# --- pure parts --------------------------------------------------------------------------


def test_tids_are_sortable_and_carry_their_time():
    keys = [new_tid() for _ in range(200)]
    assert keys == sorted(keys) and len(set(keys)) == 200
    assert all(is_tid(k) and len(k) == 13 for k in keys)
    now_us = time.time_ns() // 1000
    assert abs(tid_microseconds(keys[-1]) - now_us) < 5_000_000
    assert new_tid(now_us=0, clock_id=0) == "2222222222222"
    assert tid_microseconds(new_tid(now_us=1_700_000_000_123_456, clock_id=5)) == (
        1_700_000_000_123_456
    )
    # the example TID from the atproto spec decodes to its 2023 timestamp
    assert 1_672_531_200 <= tid_microseconds("3jzfcijpj2z2a") // 1_000_000 <= 1_704_067_200
    assert not is_tid("3jzfcijpj2z2") and not is_tid("zzzzzzzzzzzzz")


def test_link_labels_are_replaced_by_the_full_address():
    text = "Kijk op example.com/lan... of bij \u00e9\u00e9n winkel example.org"
    start = len(b"Kijk op ")
    facets = [
        {
            "index": {"byteStart": start, "byteEnd": start + len(b"example.com/lan...")},
            "features": [
                {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/lange/pagina"}
            ],
        },
        {
            "index": {
                "byteStart": len(text.encode()) - len(b"example.org"),
                "byteEnd": len(text.encode()),
            },
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org"}],
        },
    ]
    assert text_with_links({"text": text, "facets": facets}) == (
        "Kijk op https://example.com/lange/pagina of bij \u00e9\u00e9n winkel example.org"
    )
    assert text_with_links({"text": "geen facets"}) == "geen facets"


def test_at_uris():
    assert parse_at_uri("at://did:plc:x/app.bsky.feed.post/3k") == (
        "did:plc:x",
        "app.bsky.feed.post",
        "3k",
    )
    for bad in ("https://x", "at://did:plc:x", "at://did/a/b/c", None):
        with pytest.raises(ValueError):
            parse_at_uri(bad)  # type: ignore[arg-type]


# --- rate-limit headers are untrusted input ------------------------------------------------


@pytest.mark.parametrize("reset", ["inf", "-inf", "nan", "1e999", "soon", "-60"])
def test_a_429_whose_reset_is_no_time_waits_the_default(fake, adapter, reset):
    from cmstation.channels.rate_limits import DEFAULT_RATE_LIMIT_WAIT, clock_time

    now = [time.time()]
    adapter.http.clock = lambda: now[0]
    fake.fault(
        "status",
        path="app.bsky.notification",
        status=429,
        error="RateLimitExceeded",
        headers={"ratelimit-remaining": "0", "ratelimit-reset": reset},
    )
    with pytest.raises(RateLimited) as exc:
        adapter.poll_mentions({}, page_budget=1)
    until = now[0] + DEFAULT_RATE_LIMIT_WAIT
    assert exc.value.retry_at == pytest.approx(until)
    assert str(exc.value) == f"Rate limited by 127.0.0.1:{fake.port} until {clock_time(until)}."
    calls = len(fake.calls)
    with pytest.raises(RateLimited):
        adapter.poll_mentions({}, page_budget=1)
    assert len(fake.calls) == calls  # the gate held without asking
    now[0] = until + 1
    assert adapter.poll_mentions({}, page_budget=1).messages == []


def test_an_exhausted_quota_with_a_reset_of_inf_keeps_the_answer(fake, adapter):
    from cmstation.channels.rate_limits import DEFAULT_RATE_LIMIT_WAIT

    fake.add_notification("@brand hallo")
    fake.rate_remaining = 0
    fake.rate_reset = "inf"
    now = time.time()
    adapter.http.clock = lambda: now
    assert [m.text for m in adapter.poll_mentions({}, page_budget=1).messages] == ["@brand hallo"]
    with pytest.raises(RateLimited) as exc:
        adapter.poll_mentions({}, page_budget=1)
    assert exc.value.retry_at == pytest.approx(now + DEFAULT_RATE_LIMIT_WAIT)


def test_logging_in_while_the_reset_is_inf_is_a_plain_rate_limit(fake, session):
    """``channel add bluesky`` died with OverflowError: timestamp out of range."""
    fake.fault(
        "status",
        path="com.atproto.server.createSession",
        status=429,
        headers={"ratelimit-remaining": "0", "ratelimit-reset": "inf"},
    )
    with pytest.raises(
        RateLimited,
        match=r"^Rate limited by 127\.0\.0\.1:\d+ until (\d{4}-\d\d-\d\d )?\d\d:\d\d\.$",
    ):
        create_session(session, fake.base_url, fake.handle, fake.app_password)
