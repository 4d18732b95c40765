"""The Bluesky adapter against the REAL atproto reference network (scripts/atproto): the
reference PDS, PLC and AppView from @atproto/dev-env on loopback. Other accounts mention,
reply and quote; our adapter must see it through listNotifications, searchPosts and
getPostThread, refresh its session without logging in, and post exactly once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from atproto_network import expired_copy, wait_for
from dropping_proxy import DroppingProxy

from cmstation.channels.base import NeedsLogin, Offline, Permanent
from cmstation.channels.bluesky import BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_session import BlueskyTokens, create_session, resolve_pds
from cmstation.channels.bluesky_wire import new_tid, tid_microseconds
from cmstation.channels.http import make_session
from cmstation.core.models import MessageKind

pytestmark = pytest.mark.atproto


class RecordingSession:
    """A real requests session that remembers which XRPC methods were called."""

    def __init__(self) -> None:
        self.session = make_session(timeout=(5.0, 30.0))
        self.calls: list[str] = []
        original = self.session.request

        def request(method, url, *args, **kwargs):
            self.calls.append(url.split("/xrpc/", 1)[-1].split("?", 1)[0])
            return original(method, url, *args, **kwargs)

        self.session.request = request  # type: ignore[method-assign]

    def count(self, nsid: str) -> int:
        return self.calls.count(nsid)


@pytest.fixture
def net(atproto_network):
    return atproto_network


@pytest.fixture
def us(net):
    """Our account (the brand), logged in once with an app password."""
    acct = net.create_account("brand")
    net.set_profile(acct, "Fietsen Brand")
    password = net.app_password(acct)
    tokens = create_session(make_session(), net.pds, acct["handle"], password)
    return {"account": acct, "tokens": tokens, "app_password": password}


def make_adapter(net, us, *, rec: RecordingSession | None = None, tokens=None, **kw):
    saved: list[BlueskyTokens] = []
    session = rec.session if rec else make_session(timeout=(5.0, 30.0))
    adapter = BlueskyAdapter(
        session, 1, net.pds, us["account"]["handle"], tokens or us["tokens"], saved.append, **kw
    )
    return adapter, saved


def poll_until(adapter, count: int, *, search: str = "", lang: str = ""):
    """Poll from scratch until ``count`` messages are there (the AppView indexes async)."""

    def attempt():
        if search:
            r = adapter.poll_search(search, {}, page_budget=5, lang=lang)
        else:
            r = adapter.poll_mentions({}, page_budget=5)
        return r if len(r.messages) >= count else None

    return wait_for(attempt)


# --- sessions --------------------------------------------------------------------------


def test_create_session_with_an_app_password(net, us):
    tokens = us["tokens"]
    acct = us["account"]
    assert tokens.did == acct["did"] and tokens.handle == acct["handle"]
    assert tokens.access_jwt and tokens.refresh_jwt
    assert tokens.pds_url == net.pds  # from the DID document in the session
    again = BlueskyTokens.from_json(tokens.to_json())
    assert again == tokens
    assert tokens.access_jwt not in repr(tokens) and tokens.refresh_jwt not in repr(tokens)


def test_wrong_app_password_asks_for_login(net, us):
    with pytest.raises(NeedsLogin, match="app password"):
        create_session(make_session(), net.pds, us["account"]["handle"], "aaaa-bbbb-cccc-dddd")


def test_the_pds_is_found_from_the_handle(net, us):
    assert (
        resolve_pds(make_session(), us["account"]["handle"], resolver_url=net.pds, plc_url=net.plc)
        == net.pds
    )


def test_an_expired_access_token_is_refreshed_without_logging_in(net, us):
    rec = RecordingSession()
    stale = replace(us["tokens"], access_jwt=expired_copy(us["tokens"].access_jwt))
    adapter, saved = make_adapter(net, us, rec=rec, tokens=stale)
    result = adapter.poll_mentions({}, page_budget=1)
    assert result.messages == []
    assert rec.count("com.atproto.server.refreshSession") == 1
    assert rec.count("com.atproto.server.createSession") == 0
    assert rec.count("app.bsky.notification.listNotifications") == 2  # expired, then fresh
    assert len(saved) == 1 and saved[0].access_jwt != stale.access_jwt
    assert saved[0].did == us["tokens"].did and adapter.tokens == saved[0]
    # the new tokens work for the next call without another refresh
    adapter.poll_mentions({}, page_budget=1)
    assert rec.count("com.atproto.server.refreshSession") == 1


def test_a_revoked_session_needs_login_and_never_logs_in_by_itself(net, us):
    fresh = create_session(make_session(), net.pds, us["account"]["handle"], us["app_password"])
    net.xrpc("POST", "com.atproto.server.deleteSession", fresh.refresh_jwt)
    fresh.access_jwt = expired_copy(fresh.access_jwt)
    rec = RecordingSession()
    adapter, saved = make_adapter(net, us, rec=rec, tokens=fresh)
    with pytest.raises(NeedsLogin, match="Log in again"):
        adapter.poll_mentions({}, page_budget=1)
    assert rec.count("com.atproto.server.refreshSession") == 1
    assert rec.count("com.atproto.server.createSession") == 0
    assert saved == []


# --- notifications ---------------------------------------------------------------------


def test_mentions_replies_and_quotes_arrive_with_threads_and_authors(net, us):
    me = us["account"]
    other = net.create_account("klant")
    net.set_profile(other, "Klaas Klant")
    ours = net.post(me, "Onze nieuwe bakfiets is er!", langs=["nl"])
    net.wait_indexed(other, ours)  # others answer and quote what they have seen
    mention = net.post(other, f"Hoi @{me['handle']} mijn fiets is kapot", mention=me, langs=["nl"])
    reply = net.post(other, "Wanneer komt hij in de winkel?", reply_to=ours, langs=["nl"])
    quote = net.post(other, "Kijk eens wat ze nu hebben", quote=ours)
    net.like(other, ours)  # not for the inbox
    net.follow(other, me)  # not for the inbox

    adapter, _ = make_adapter(net, us)
    result = poll_until(adapter, 3)
    by_id = {m.remote_id: m for m in result.messages}
    assert set(by_id) == {mention["uri"], reply["uri"], quote["uri"]}
    assert by_id[mention["uri"]].kind == MessageKind.MENTION
    assert by_id[reply["uri"]].kind == MessageKind.REPLY
    assert by_id[quote["uri"]].kind == MessageKind.QUOTE

    m = by_id[mention["uri"]]
    rkey = mention["uri"].rsplit("/", 1)[1]
    assert m.text == f"Hoi @{me['handle']} mijn fiets is kapot"
    assert m.lang == "nl" and m.html == "" and m.channel_id == 1
    assert m.author.remote_id == other["did"] and m.author.handle == other["handle"]
    assert m.author.display_name == "Klaas Klant"
    assert m.author.url == f"https://bsky.app/profile/{other['handle']}"
    assert m.url == f"https://bsky.app/profile/{other['handle']}/post/{rkey}"
    assert m.created_at > 1_700_000_000 and not m.is_own
    assert m.thread_root_id == "" and m.in_reply_to_id == ""

    r = by_id[reply["uri"]]
    assert r.thread_root_id == ours["uri"] and r.in_reply_to_id == ours["uri"]
    assert result.skipped == 0 and result.cursor["newest"]


def test_a_second_poll_asks_once_and_gets_only_what_is_new(net, us):
    me = us["account"]
    other = net.create_account("fan")
    first = net.post(other, f"@{me['handle']} top service", mention=me)
    adapter, _ = make_adapter(net, us)
    result = poll_until(adapter, 1)
    assert [m.remote_id for m in result.messages] == [first["uri"]]

    again = adapter.poll_mentions(result.cursor, page_budget=5)
    assert again.messages == [] and again.requests == 1
    assert again.cursor["newest"] == result.cursor["newest"]

    newer = net.post(other, f"@{me['handle']} en nog iets", mention=me)
    later = wait_for(
        lambda: (r := adapter.poll_mentions(result.cursor, page_budget=5)).messages and r
    )
    assert [m.remote_id for m in later.messages] == [newer["uri"]]
    assert later.cursor["newest"] > result.cursor["newest"]


def test_the_page_budget_stops_a_long_walk_and_the_next_poll_continues(net, us):
    me = us["account"]
    other = net.create_account("veel")
    posts = [net.post(other, f"@{me['handle']} bericht {i}", mention=me) for i in range(5)]
    adapter, _ = make_adapter(net, us, page_limit=2)
    wait_for(lambda: len(adapter.poll_mentions({}, page_budget=10).messages) == 5)

    seen: list[str] = []
    cursor: dict = {}
    first = adapter.poll_mentions(cursor, page_budget=1)
    assert len(first.messages) == 2 and "pending" in first.cursor and first.notes
    seen += [m.remote_id for m in first.messages]
    cursor = first.cursor
    for _ in range(5):
        step = adapter.poll_mentions(cursor, page_budget=1)
        seen += [m.remote_id for m in step.messages]
        cursor = step.cursor
        if "pending" not in cursor:
            break
    assert "pending" not in cursor
    assert sorted(seen) == sorted(p["uri"] for p in posts)  # each once, none lost
    assert adapter.poll_mentions(cursor, page_budget=1).messages == []


def test_link_facets_keep_the_full_address_in_the_text(net, us):
    me = us["account"]
    other = net.create_account("linker")
    net.post(
        other,
        f"@{me['handle']} zie example.com/lange-pa... voor info",
        mention=me,
        link=("example.com/lange-pa...", "https://example.com/lange-pagina/over/fietsen"),
    )
    adapter, _ = make_adapter(net, us)
    [m] = poll_until(adapter, 1).messages
    assert m.text == (
        f"@{me['handle']} zie https://example.com/lange-pagina/over/fietsen voor info"
    )


# --- search ----------------------------------------------------------------------------


def test_search_finds_a_keyword_post_once(net, us):
    other = net.create_account("zoeker")
    word = f"fietsbel{new_tid()[-6:]}"
    hit = net.post(other, f"Mijn {word} rinkelt niet meer", langs=["nl"])
    net.post(other, "Iets heel anders")
    adapter, _ = make_adapter(net, us)
    result = poll_until(adapter, 1, search=word)
    assert [m.remote_id for m in result.messages] == [hit["uri"]]
    m = result.messages[0]
    assert m.kind == MessageKind.SEARCH_HIT and word in m.text and m.lang == "nl"
    assert m.author.handle == other["handle"]
    again = adapter.poll_search(word, result.cursor, page_budget=3)
    assert again.messages == [] and again.requests == 1


# --- threads ---------------------------------------------------------------------------


def test_threads_link_parents_and_replies(net, us):
    me = us["account"]
    other = net.create_account("draad")
    root = net.post(other, "Vraag over de garantie")
    mid = net.post(me, "Wat is er precies stuk?", reply_to=root)
    leaf = net.post(other, "De trapas kraakt", reply_to=mid, root=root)
    adapter, _ = make_adapter(net, us)

    thread = wait_for(lambda: (t := adapter.get_thread(leaf["uri"])).post and t)
    assert [p.remote_id for p in thread.parents] == [root["uri"], mid["uri"]]
    assert thread.post.thread_root_id == root["uri"]
    assert thread.post.in_reply_to_id == mid["uri"]
    assert thread.parents[1].is_own and thread.parents[1].kind == MessageKind.OWN_REPLY

    top = wait_for(lambda: (t := adapter.get_thread(root["uri"])).replies and t)
    assert {m.remote_id for m in top.replies} >= {mid["uri"]}
    wait_for(lambda: leaf["uri"] in {m.remote_id for m in adapter.get_thread(root["uri"]).replies})

    net.delete_post(other, leaf["uri"])
    wait_for(lambda: adapter.get_thread(leaf["uri"]).post is None)


# --- posting exactly once --------------------------------------------------------------


def test_put_post_is_idempotent_and_a_different_post_at_the_key_is_an_invalid_swap(net, us):
    me = us["account"]
    adapter, _ = make_adapter(net, us)
    rkey = new_tid()
    assert adapter.get_post(rkey) is None

    uri, url = adapter.put_post("Dank je, we kijken ernaar! ^Eva", None, rkey)
    assert uri == f"at://{me['did']}/app.bsky.feed.post/{rkey}"
    assert url == f"https://bsky.app/profile/{me['handle']}/post/{rkey}"
    again = adapter.put_post("Dank je, we kijken ernaar! ^Eva", None, rkey)  # a retry
    assert again == (uri, url)
    posts = [r for r in net.list_posts(me) if r["uri"] == uri]
    assert len(posts) == 1

    with pytest.raises(InvalidSwap):
        adapter.put_post("Iets anders", None, rkey)
    stored = adapter.get_post(rkey)
    assert stored["uri"] == uri and stored["value"]["text"] == "Dank je, we kijken ernaar! ^Eva"
    made = datetime.fromtimestamp(tid_microseconds(rkey) / 1e6, tz=UTC)
    assert stored["value"]["createdAt"] == made.strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{made.microsecond // 1000:03d}Z"
    )  # from the key, so a retry is the same record


def test_a_reply_lands_in_the_thread(net, us):
    other = net.create_account("vrager")
    root = net.post(other, "Hebben jullie ook cargo-fietsen?")
    follow_up = net.post(other, "Liefst elektrisch", reply_to=root)
    adapter, _ = make_adapter(net, us)
    refs = wait_for(lambda: _refs_or_none(adapter, follow_up["uri"]))
    assert refs.root_uri == root["uri"] and refs.parent_uri == follow_up["uri"]
    assert refs.root_cid == root["cid"] and refs.parent_cid == follow_up["cid"]

    rkey = new_tid()
    uri, _ = adapter.put_post(
        "Ja, drie modellen! Kom gerust proefrijden. ^Eva https://example.com/cargo",
        refs,
        rkey,
        langs=["nl"],
    )
    thread = wait_for(lambda: (t := adapter.get_thread(uri)).post and t)
    assert thread.post.thread_root_id == root["uri"]
    assert thread.post.in_reply_to_id == follow_up["uri"]
    assert thread.post.is_own and thread.post.lang == "nl"
    record = adapter.get_post(rkey)["value"]
    assert record["facets"][0]["features"][0]["uri"] == "https://example.com/cargo"


def _refs_or_none(adapter, uri):
    try:
        return adapter.reply_refs(uri)
    except Permanent:
        return None


def test_too_long_or_empty_posts_are_refused_before_sending(net, us):
    rec = RecordingSession()
    adapter, _ = make_adapter(net, us, rec=rec)
    with pytest.raises(Permanent, match="301 characters; Bluesky allows at most 300"):
        adapter.put_post("a" * 301, None, new_tid())
    with pytest.raises(Permanent, match="empty"):
        adapter.put_post("   ", None, new_tid())
    with pytest.raises(Permanent, match="record key"):
        adapter.put_post("hallo", None, "not-a-tid")
    assert rec.calls == []
    # 300 graphemes are fine, even when they are many bytes
    uri, _ = adapter.put_post("\U0001f44d\U0001f3fd" * 300, None, new_tid())
    assert uri.startswith("at://")


def test_app_view_calls_can_name_the_app_view_with_the_proxy_header(net, us):
    """Without the header the PDS uses its own AppView; with ``atproto-proxy`` it uses the
    one named (here the same local AppView), as Bluesky's own apps do."""
    me = us["account"]
    other = net.create_account("proxy")
    hit = net.post(other, f"@{me['handle']} via de proxy", mention=me)
    rec = RecordingSession()
    seen: list[dict] = []
    original = rec.session.request

    def request(method, url, *args, **kwargs):
        seen.append(dict(kwargs.get("headers") or {}))
        return original(method, url, *args, **kwargs)

    rec.session.request = request  # type: ignore[method-assign]
    adapter, _ = make_adapter(
        net, us, rec=rec, appview_proxy=f"{net.info['appview_did']}#bsky_appview"
    )
    result = poll_until(adapter, 1)
    assert [m.remote_id for m in result.messages] == [hit["uri"]]
    assert seen[-1]["atproto-proxy"] == f"{net.info['appview_did']}#bsky_appview"
    adapter.get_post(new_tid())  # com.atproto.* stays on the PDS itself
    assert "atproto-proxy" not in seen[-1]


def test_a_post_whose_answer_is_lost_exists_once_after_the_retry(net, us):
    """The real PDS takes the write, the answer never arrives (a proxy drops it): getRecord
    says the post exists, and the retry with the same key changes nothing."""
    me = us["account"]
    with DroppingProxy(net.pds) as proxy:
        tokens = replace(us["tokens"], pds_url=proxy.url)
        adapter, _ = make_adapter(net, us, tokens=tokens)
        rkey = new_tid()
        text = "Sorry voor het wachten, je fiets is morgen klaar. ^Eva"
        proxy.drop_answer("com.atproto.repo.putRecord")
        with pytest.raises(Offline):
            adapter.put_post(text, None, rkey)
        assert len(proxy.dropped) == 1
        found = adapter.get_post(rkey)  # before any retry after an unknown outcome
        assert found is not None and found["value"]["text"] == text
        uri, _ = adapter.put_post(text, None, rkey)
        assert uri == found["uri"]
    assert [r["uri"] for r in net.list_posts(me)].count(uri) == 1
    assert len([r for r in net.list_posts(me) if r["value"]["text"] == text]) == 1
