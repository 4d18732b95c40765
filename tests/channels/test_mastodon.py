"""The Mastodon adapter over real HTTP against a loopback server speaking the wire format."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from fake_mastodon import iso

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.channels.mastodon import MastodonAdapter, parse_link_header, parse_time
from cmstation.core.models import MessageKind


@pytest.fixture
def adapter(fake_mastodon, session):
    return MastodonAdapter(session, 7, fake_mastodon.base_url, fake_mastodon.token)


@pytest.fixture
def klant(fake_mastodon):
    return fake_mastodon.add_account("klant", "Klant Jansen")


def test_mentions_become_messages(fake_mastodon, adapter, klant):
    ts = 1_700_000_000.5
    root = fake_mastodon.add_status(
        fake_mastodon.me, "<p>Nieuwe fietsen binnen!</p>", created_at=ts - 60
    )
    m1 = fake_mastodon.mention(
        klant,
        '<p><span class="h-card"><a href="x" class="u-url mention">@<span>eva</span></a></span> '
        "Waar blijft mijn bestelling?<br>Al 3 weken!</p>",
        created_at=ts,
        language="nl",
    )
    remote = fake_mastodon.add_account("jan", "Jan", remote="mastodon.social")
    m2 = fake_mastodon.mention(
        remote,
        "<p>@eva top!</p>",
        in_reply_to_id=root["id"],
        spoiler_text="fietsen",
        created_at=ts + 1,
        language="en-GB",
    )
    fake_mastodon.add_notification("favourite", klant, root)  # not a mention: not listened to

    r = adapter.poll_mentions({}, page_budget=5)

    assert [m.remote_id for m in r.messages] == [m1["id"], m2["id"]]
    a, b = r.messages
    assert a.text == "@eva Waar blijft mijn bestelling?\nAl 3 weken!"
    assert a.html == m1["content"]
    assert a.kind == MessageKind.MENTION and a.in_reply_to_id == "" and a.thread_root_id == m1["id"]
    assert a.created_at == int(ts) and a.lang == "nl" and a.channel_id == 7
    assert a.url == m1["url"]
    assert a.author.remote_id == klant["id"]
    assert a.author.handle == f"klant@{fake_mastodon.base_url.split('://')[1]}"
    assert a.author.display_name == "Klant Jansen" and a.author.url == klant["url"]
    assert b.kind == MessageKind.REPLY and b.in_reply_to_id == root["id"]
    assert b.thread_root_id == root["id"]
    assert b.text == "CW: fietsen\n\n@eva top!" and b.lang == "en"
    assert b.author.handle == "jan@mastodon.social"
    assert r.skipped == 0 and r.requests == 1
    q = fake_mastodon.requests_to("/api/v1/notifications")[-1]["query"]
    assert q["types[]"] == ["mention"]
    assert fake_mastodon.log[-1]["headers"]["Authorization"] == f"Bearer {fake_mastodon.token}"
    newest_notification = max(fake_mastodon.notifications[:-1], key=lambda n: int(n["id"]))
    assert r.cursor == {"min_id": newest_notification["id"]}


def test_second_poll_asks_only_for_new_with_one_request(fake_mastodon, adapter, klant):
    for i in range(3):
        fake_mastodon.mention(klant, f"<p>vraag {i}</p>")
    first = adapter.poll_mentions({}, page_budget=5)
    again = adapter.poll_mentions(first.cursor, page_budget=5)
    assert again.messages == [] and again.requests == 1 and again.cursor == first.cursor
    assert fake_mastodon.log[-1]["query"]["min_id"] == [first.cursor["min_id"]]
    fake_mastodon.mention(klant, "<p>nog een</p>")
    later = adapter.poll_mentions(first.cursor, page_budget=5)
    assert [m.text for m in later.messages] == ["nog een"]


def test_pagination_follows_link_headers_within_the_budget(fake_mastodon, adapter, klant):
    for i in range(100):
        fake_mastodon.mention(klant, f"<p>m{i}</p>", created_at=1_700_000_000 + i)
    r = adapter.poll_mentions({}, page_budget=2)
    assert r.requests == 2 and len(r.messages) == 80
    assert [m.text for m in r.messages][-1] == "m99" and r.messages[0].text == "m20"
    second = fake_mastodon.requests_to("/api/v1/notifications")[1]["query"]
    assert "max_id" in second and second["types[]"] == ["mention"]  # the Link kept the filter
    # Catching up after 95 new mentions with a budget of 2 pages: 80 now, the rest next time.
    for i in range(100, 195):
        fake_mastodon.mention(klant, f"<p>m{i}</p>", created_at=1_700_000_000 + i)
    c1 = adapter.poll_mentions(r.cursor, page_budget=2)
    assert [m.text for m in c1.messages] == [f"m{i}" for i in range(100, 180)]
    assert c1.notes and "next sweep" in str(c1.notes[0])
    c2 = adapter.poll_mentions(c1.cursor, page_budget=2)
    assert [m.text for m in c2.messages] == [f"m{i}" for i in range(180, 195)]
    assert c2.requests == 1 and c2.notes == []


def test_one_malformed_status_is_skipped_and_counted(fake_mastodon, adapter, klant):
    fake_mastodon.mention(klant, "<p>goed 1</p>")
    fake_mastodon.add_raw_notification(
        {
            "type": "mention",
            "created_at": iso(time.time()),
            "account": klant,
            "status": {"id": "x", "content": 5},
        }
    )
    fake_mastodon.add_raw_notification({"type": "mention", "account": klant})  # no status
    fake_mastodon.add_raw_notification("not an object")
    fake_mastodon.mention(klant, "<p>goed 2</p>")
    r = adapter.poll_mentions({}, page_budget=3)
    assert [m.text for m in r.messages] == ["goed 1", "goed 2"]
    assert r.skipped == 3
    assert any("3 items were left out" in str(n) for n in r.notes)


def test_hashtag_timeline(fake_mastodon, adapter, klant):
    fake_mastodon.add_status(klant, '<p>Lekker <a href="#">#Fietsen</a> vandaag</p>')
    fake_mastodon.add_status(klant, "<p>niets met de tag</p>")
    r = adapter.poll_search("#fietsen", {}, page_budget=3)
    assert [m.text for m in r.messages] == ["Lekker #Fietsen vandaag"]
    assert r.messages[0].kind == MessageKind.SEARCH_HIT
    assert fake_mastodon.log[-1]["path"] == "/api/v1/timelines/tag/fietsen"
    again = adapter.poll_search("#fietsen", r.cursor, page_budget=3)
    assert again.messages == [] and again.requests == 1
    with pytest.raises(Permanent):
        adapter.poll_search("#", {}, page_budget=1)


def test_search_without_full_text_says_so(fake_mastodon, adapter, klant):
    fake_mastodon.add_status(klant, "<p>mijn fiets is kapot</p>")
    r = adapter.poll_search("fiets kapot", {}, page_budget=2)
    assert r.messages == [] and len(r.notes) == 1
    assert "no full-text search" in str(r.notes[0]) and "#word" in str(r.notes[0])
    q = fake_mastodon.log[-1]["query"]
    assert q["type"] == ["statuses"] and q["resolve"] == ["false"] and q["q"] == ["fiets kapot"]


def test_search_with_full_text(fake_mastodon, adapter, klant):
    fake_mastodon.full_text_search = True
    old = fake_mastodon.add_status(klant, "<p>fiets kapot, oud</p>")
    r = adapter.poll_search("fiets kapot", {}, page_budget=2)
    assert [m.remote_id for m in r.messages] == [old["id"]] and r.notes == []
    new = fake_mastodon.add_status(klant, "<p>weer fiets kapot</p>")
    r2 = adapter.poll_search("fiets kapot", r.cursor, page_budget=2)
    assert [m.remote_id for m in r2.messages] == [new["id"]]
    assert fake_mastodon.log[-1]["query"]["min_id"] == [old["id"]]


def test_search_refused_by_the_server_is_a_note(fake_mastodon, adapter):
    fake_mastodon.search_unsupported_status = 422
    r = adapter.poll_search("fiets", {}, page_budget=2)
    assert r.messages == [] and "does not offer search" in str(r.notes[0])


def test_expired_login(fake_mastodon, session):
    adapter = MastodonAdapter(session, 1, fake_mastodon.base_url, "revoked-token")
    with pytest.raises(NeedsLogin) as e:
        adapter.poll_mentions({}, page_budget=1)
    assert str(e.value) == "Mastodon says this login is no longer valid. Log in again."


def test_rate_limited_with_reset_time(fake_mastodon, adapter):
    reset = time.time() + 900
    fake_mastodon.fault(
        "status",
        path="/api/v1/notifications",
        status=429,
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": iso(reset)},
    )
    with pytest.raises(RateLimited) as e:
        adapter.poll_mentions({}, page_budget=1)
    assert e.value.retry_at == pytest.approx(reset, abs=0.01)
    assert datetime.fromtimestamp(reset).astimezone().strftime("%H:%M") in str(e.value)


def test_quota_running_out_mid_sweep_keeps_what_was_read(fake_mastodon, adapter, klant):
    for i in range(100):
        fake_mastodon.mention(klant, f"<p>m{i}</p>", created_at=1_700_000_000 + i)
    fake_mastodon.remaining = 2
    fake_mastodon.reset_at = time.time() + 60
    r = adapter.poll_mentions({}, page_budget=5)
    assert r.requests == 2 and len(r.messages) == 80
    with pytest.raises(RateLimited):
        adapter.poll_mentions(r.cursor, page_budget=5)
    assert len(fake_mastodon.requests_to("/api/v1/notifications")) == 2  # the gate held


@pytest.mark.parametrize(
    ("fault", "kw", "error"),
    [
        ("status", {"status": 500}, Offline),
        ("status", {"status": 503}, Offline),
        ("bad_json", {}, BadPayload),
        ("drop", {}, Offline),
        ("truncate", {}, Offline),
        ("slow", {"seconds": 1.0}, Offline),
    ],
)
def test_network_trouble(fake_mastodon, adapter, session, klant, fault, kw, error):
    fake_mastodon.mention(klant, "<p>hallo</p>")
    session.timeout = (2.0, 0.3)
    fake_mastodon.fault(fault, path="/api/v1/notifications", **kw)
    with pytest.raises(error):
        adapter.poll_mentions({}, page_budget=1)
    assert [m.text for m in adapter.poll_mentions({}, page_budget=1).messages] == ["hallo"]


def test_an_answer_that_is_not_a_list_is_bad_payload(fake_mastodon, adapter):
    fake_mastodon.fault("status", path="/api/v1/notifications", status=200, body={"oops": 1})
    with pytest.raises(BadPayload):
        adapter.poll_mentions({}, page_budget=1)


def test_post_reply_with_idempotency_key(fake_mastodon, adapter, klant):
    q = fake_mastodon.mention(klant, "<p>@eva waar is mijn fiets?</p>")
    rid, url = adapter.post_status("Hoi! Ik zoek het uit. ^Eva", q["id"], "key-1")
    st = fake_mastodon.statuses[rid]
    assert st["in_reply_to_id"] == q["id"] and url == st["url"]
    assert fake_mastodon.log[-1]["headers"]["Idempotency-Key"] == "key-1"
    again = adapter.post_status("Hoi! Ik zoek het uit. ^Eva", q["id"], "key-1")
    assert again == (rid, url)
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1


def test_dropped_answer_then_retry_with_the_same_key_posts_once(fake_mastodon, adapter, klant):
    q = fake_mastodon.mention(klant, "<p>hulp</p>")
    fake_mastodon.fault("drop_after", method="POST", path="/api/v1/statuses")
    with pytest.raises(Offline):
        adapter.post_status("Komt goed ^Eva", q["id"], "key-2")
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1  # the server did post it
    rid, _ = adapter.post_status("Komt goed ^Eva", q["id"], "key-2")
    mine = fake_mastodon.statuses_by(fake_mastodon.me)
    assert [s["id"] for s in mine] == [rid]


def test_post_too_long_and_deleted_parent(fake_mastodon, adapter, klant):
    q = fake_mastodon.mention(klant, "<p>hulp</p>")
    with pytest.raises(Permanent) as e:
        adapter.post_status("x" * 501, q["id"], "key-3")
    assert "character limit of 500" in str(e.value)
    fake_mastodon.delete_status(q["id"])
    with pytest.raises(Permanent):
        adapter.post_status("hoi", q["id"], "key-4")
    assert fake_mastodon.statuses_by(fake_mastodon.me) == []


def test_get_status_and_context(fake_mastodon, adapter, klant):
    root = fake_mastodon.add_status(klant, "<p>root</p>")
    mid = fake_mastodon.add_status(fake_mastodon.me, "<p>mid</p>", in_reply_to_id=root["id"])
    leaf = fake_mastodon.add_status(klant, "<p>leaf</p>", in_reply_to_id=mid["id"])
    assert adapter.get_status(leaf["id"]).text == "leaf"
    ancestors, descendants = adapter.get_context(mid["id"])
    assert [m.remote_id for m in ancestors] == [root["id"]]
    assert [m.remote_id for m in descendants] == [leaf["id"]]
    assert {m.thread_root_id for m in ancestors + descendants} == {root["id"]}
    fake_mastodon.delete_status(leaf["id"])
    with pytest.raises(Permanent):
        adapter.get_status(leaf["id"])


def test_helpers():
    assert parse_link_header(
        '<https://m.example/api/v1/notifications?max_id=34>; rel="next", '
        '<https://m.example/api/v1/notifications?min_id=86>; rel="prev"'
    ) == {
        "next": "https://m.example/api/v1/notifications?max_id=34",
        "prev": "https://m.example/api/v1/notifications?min_id=86",
    }
    assert parse_link_header(None) == {}
    assert parse_time("2019-12-08T03:48:33.901Z") == 1575776913
    for bad in ("", None, "yesterday", "2019-12-08T03:48:33"):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_http_to_a_real_server_is_refused(session):
    with pytest.raises(Permanent):
        MastodonAdapter(session, 1, "http://mastodon.social", "t")
    assert "secret-tok" not in repr(MastodonAdapter(session, 1, "mastodon.social", "secret-tok"))


def test_own_posts_are_marked(fake_mastodon, session, klant):
    host = fake_mastodon.base_url.split("://")[1]
    adapter = MastodonAdapter(
        session, 7, fake_mastodon.base_url, fake_mastodon.token, own_acct=f"@eva@{host}"
    )
    q = fake_mastodon.add_status(klant, "<p>#fietsen kapot</p>")
    mine = fake_mastodon.add_status(
        fake_mastodon.me, "<p>#fietsen sorry!</p>", in_reply_to_id=q["id"]
    )
    r = adapter.poll_search("#fietsen", {}, page_budget=1)
    by_id = {m.remote_id: m for m in r.messages}
    assert by_id[mine["id"]].is_own and by_id[mine["id"]].kind == MessageKind.OWN_REPLY
    assert not by_id[q["id"]].is_own and by_id[q["id"]].kind == MessageKind.SEARCH_HIT


def test_a_private_conversation_is_answered_privately(fake_mastodon, adapter, klant):
    dm = fake_mastodon.mention(klant, "<p>@eva mijn adres is ...</p>", visibility="direct")
    rid, _ = adapter.post_status("@klant dank je, ik kijk het na ^Eva", dm["id"], "key-dm")
    assert fake_mastodon.statuses[rid]["visibility"] == "direct"
    assert (
        fake_mastodon.requests_to("/api/v1/statuses", "POST")[-1]["body"]["visibility"] == "direct"
    )
    public = fake_mastodon.mention(klant, "<p>@eva vraagje</p>")
    rid2, _ = adapter.post_status("Antwoord ^Eva", public["id"], "key-pub")
    assert fake_mastodon.statuses[rid2]["visibility"] == "public"
    assert "visibility" not in fake_mastodon.requests_to("/api/v1/statuses", "POST")[-1]["body"]
    rid3, _ = adapter.post_status("Los bericht", None, "key-new", visibility="unlisted")
    assert fake_mastodon.statuses[rid3]["visibility"] == "unlisted"
