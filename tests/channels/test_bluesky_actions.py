"""Bluesky reactions and moderation (cmstation.channels.bluesky_actions) against the REAL
atproto reference network (scripts/atproto): the brand likes, reposts, blocks, mutes,
reports, hides replies and detaches quotes; the customer's account and the AppView (and
Ozone, the network's moderation service) show what happened."""

from __future__ import annotations

from dataclasses import replace

import pytest
from atproto_network import (
    appview_get,
    list_records,
    now_iso,
    ozone_reports,
    post_view,
    wait_for,
)
from dropping_proxy import DroppingProxy

from cmstation.channels import bluesky_actions as actions
from cmstation.channels.base import Offline, Permanent
from cmstation.channels.bluesky import BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_session import create_session
from cmstation.channels.bluesky_wire import new_tid
from cmstation.channels.http import make_session

pytestmark = pytest.mark.atproto


class RecordingSession:
    """A real requests session that remembers the XRPC calls and may run something just
    before one of them (another client's write in between our read and our write)."""

    def __init__(self) -> None:
        self.session = make_session(timeout=(5.0, 30.0))
        self.calls: list[str] = []
        self.before: dict[str, list] = {}
        original = self.session.request

        def request(method, url, *args, **kwargs):
            nsid = url.split("/xrpc/", 1)[-1].split("?", 1)[0]
            self.calls.append(nsid)
            todo = self.before.get(nsid)
            if todo:
                todo.pop(0)()
            return original(method, url, *args, **kwargs)

        self.session.request = request  # type: ignore[method-assign]

    def count(self, nsid: str) -> int:
        return self.calls.count(nsid)


@pytest.fixture
def net(atproto_network):
    return atproto_network


@pytest.fixture
def brand(net):
    """Our account, logged in once with an app password, and its adapter."""
    acct = net.create_account("brand")
    net.set_profile(acct, "Fietsen Brand")
    tokens = create_session(make_session(), net.pds, acct["handle"], net.app_password(acct))
    rec = RecordingSession()
    adapter = BlueskyAdapter(rec.session, 1, net.pds, acct["handle"], tokens, lambda t: None)
    return {"account": acct, "adapter": adapter, "rec": rec}


@pytest.fixture
def customer(net):
    acct = net.create_account("customer")
    net.set_profile(acct, "Klaas Klant")
    return acct


@pytest.fixture
def their_post(net, brand, customer):
    post = net.post(customer, "Mijn bakfiets is er eindelijk!")
    net.wait_indexed(brand["account"], post)
    return post


def viewer_state(net, brand, uri: str) -> dict:
    view = post_view(net, brand["account"], uri)
    return (view or {}).get("viewer") or {}


# --- posts: reference, like, repost --------------------------------------------------------


def test_subject_ref_and_a_gone_post(net, brand, customer, their_post):
    a = brand["adapter"]
    assert actions.subject_ref(a, their_post["uri"]) == (their_post["uri"], their_post["cid"])
    net.delete_post(customer, their_post["uri"])
    wait_for(lambda: post_view(net, brand["account"], their_post["uri"]) is None)
    with pytest.raises(Permanent) as err:
        actions.subject_ref(a, their_post["uri"])
    assert "no longer exists" in str(err.value)


def test_like_shows_in_the_appview_and_unlike_takes_it_back(net, brand, their_post):
    a, me = brand["adapter"], brand["account"]
    uri, cid = actions.subject_ref(a, their_post["uri"])
    rkey = new_tid()
    like_uri = actions.like(a, uri, cid, rkey)
    assert like_uri == f"at://{me['did']}/{actions.LIKE}/{rkey}"
    assert actions.record_exists(a, actions.LIKE, rkey)
    assert wait_for(lambda: viewer_state(net, brand, uri).get("like")) == like_uri
    likes = wait_for(lambda: appview_get(net, me, "app.bsky.feed.getLikes", uri=uri)["likes"])
    assert [x["actor"]["did"] for x in likes] == [me["did"]]

    actions.unlike(a, rkey)
    assert not actions.record_exists(a, actions.LIKE, rkey)
    actions.unlike(a, rkey)  # already gone: fine
    wait_for(lambda: "like" not in viewer_state(net, brand, uri))
    assert appview_get(net, me, "app.bsky.feed.getLikes", uri=uri)["likes"] == []


def test_a_like_retried_at_the_same_key_leaves_exactly_one(net, brand, their_post):
    a, me = brand["adapter"], brand["account"]
    uri, cid = their_post["uri"], their_post["cid"]
    rkey = new_tid()
    first = actions.like(a, uri, cid, rkey)
    assert actions.like(a, uri, cid, rkey) == first  # the answer was lost: sent again
    assert actions.like(a, uri, cid, rkey) == first
    assert [r["uri"] for r in list_records(net, me, actions.LIKE)] == [first]
    assert brand["rec"].count("com.atproto.repo.putRecord") == 3
    wait_for(lambda: post_view(net, me, uri)["likeCount"] == 1)
    assert post_view(net, me, uri)["likeCount"] == 1


def test_a_like_whose_answer_was_lost_is_found_and_sent_again_once(net, brand, their_post):
    me = brand["account"]
    with DroppingProxy(net.pds) as proxy:
        a = BlueskyAdapter(
            make_session(),
            1,
            proxy.url,
            me["handle"],
            replace(brand["adapter"].tokens, pds_url=proxy.url),
            lambda t: None,
        )
        rkey = new_tid()
        proxy.drop_answer("com.atproto.repo.putRecord")
        with pytest.raises(Offline):
            actions.like(a, their_post["uri"], their_post["cid"], rkey)
        assert len(proxy.dropped) == 1
        assert actions.record_exists(a, actions.LIKE, rkey)  # it landed
        uri = actions.like(a, their_post["uri"], their_post["cid"], rkey)
    assert [r["uri"] for r in list_records(net, me, actions.LIKE)] == [uri]


def test_the_same_like_written_earlier_with_another_time_counts_as_done(
    net, brand, customer, their_post
):
    a, me = brand["adapter"], brand["account"]
    rkey = new_tid()
    earlier = {
        "$type": actions.LIKE,
        "subject": {"uri": their_post["uri"], "cid": their_post["cid"]},
        "createdAt": "2024-01-01T00:00:00.000Z",
    }
    net.xrpc(
        "POST",
        "com.atproto.repo.putRecord",
        me["accessJwt"],
        body={"repo": me["did"], "collection": actions.LIKE, "rkey": rkey, "record": earlier},
    )
    uri = actions.like(a, their_post["uri"], their_post["cid"], rkey)
    assert uri.endswith(f"/{rkey}")
    assert len(list_records(net, me, actions.LIKE)) == 1

    other = net.post(customer, "Iets heel anders")
    with pytest.raises(InvalidSwap) as err:  # the key holds a like of another post
        actions.like(a, other["uri"], other["cid"], rkey)
    assert "different record" in str(err.value)
    [left] = list_records(net, me, actions.LIKE)
    assert left["value"]["subject"]["uri"] == their_post["uri"]


def test_a_record_key_must_be_a_tid(brand, their_post):
    with pytest.raises(Permanent):
        actions.like(brand["adapter"], their_post["uri"], their_post["cid"], "not-a-tid")
    assert brand["rec"].calls == []


def test_repost_and_unrepost(net, brand, their_post):
    a, me = brand["adapter"], brand["account"]
    uri, cid = their_post["uri"], their_post["cid"]
    rkey = new_tid()
    repost_uri = actions.repost(a, uri, cid, rkey)
    assert actions.repost(a, uri, cid, rkey) == repost_uri
    assert len(list_records(net, me, actions.REPOST)) == 1
    assert wait_for(lambda: viewer_state(net, brand, uri).get("repost")) == repost_uri
    by = appview_get(net, me, "app.bsky.feed.getRepostedBy", uri=uri)["repostedBy"]
    assert [x["did"] for x in by] == [me["did"]]

    actions.unrepost(a, rkey)
    actions.unrepost(a, rkey)
    assert not actions.record_exists(a, actions.REPOST, rkey)
    wait_for(lambda: "repost" not in viewer_state(net, brand, uri))
    assert appview_get(net, me, "app.bsky.feed.getRepostedBy", uri=uri)["repostedBy"] == []


# --- accounts and threads ----------------------------------------------------------------


def profile_viewer(net, brand, did: str) -> dict:
    return appview_get(net, brand["account"], "app.bsky.actor.getProfile", actor=did)["viewer"]


def test_block_and_unblock(net, brand, customer, their_post):
    a = brand["adapter"]
    rkey = new_tid()
    block_uri = actions.block(a, customer["did"], rkey)
    assert actions.block(a, customer["did"], rkey) == block_uri
    assert len(list_records(net, brand["account"], actions.BLOCK)) == 1
    assert wait_for(lambda: profile_viewer(net, brand, customer["did"]).get("blocking")) == (
        block_uri
    )
    # the customer sees they are blocked
    seen = appview_get(net, customer, "app.bsky.actor.getProfile", actor=brand["account"]["did"])
    assert seen["viewer"]["blockedBy"] is True

    actions.unblock(a, rkey)
    actions.unblock(a, rkey)
    wait_for(lambda: "blocking" not in profile_viewer(net, brand, customer["did"]))


def test_mute_and_unmute_an_account(net, brand, customer, their_post):
    a, me = brand["adapter"], brand["account"]

    def muted() -> list[str]:
        return [m["did"] for m in appview_get(net, me, "app.bsky.graph.getMutes")["mutes"]]

    actions.mute_actor(a, customer["did"])
    actions.mute_actor(a, customer["did"])  # twice: harmless
    assert wait_for(muted) == [customer["did"]]
    assert profile_viewer(net, brand, customer["did"])["muted"] is True

    actions.unmute_actor(a, customer["did"])
    actions.unmute_actor(a, customer["did"])
    wait_for(lambda: muted() == [])
    assert profile_viewer(net, brand, customer["did"])["muted"] is False


def test_mute_and_unmute_a_thread(net, brand, their_post):
    a = brand["adapter"]
    root = their_post["uri"]
    actions.mute_thread(a, root)
    actions.mute_thread(a, root)
    wait_for(lambda: viewer_state(net, brand, root).get("threadMuted") is True)
    actions.unmute_thread(a, root)
    actions.unmute_thread(a, root)
    wait_for(lambda: viewer_state(net, brand, root).get("threadMuted") is False)


def test_a_mute_of_something_that_is_no_account_is_refused(brand):
    # (the reference AppView accepts a mute of a well-formed DID it has never seen)
    with pytest.raises(Permanent):
        actions.mute_actor(brand["adapter"], "not an account")


# --- reports -------------------------------------------------------------------------------


def test_a_report_reaches_the_networks_moderation_service(net, brand, their_post):
    """dev-env runs Ozone as the PDS's moderation service: the PDS passes createReport on
    to it (no atproto-proxy header needed) and Ozone answers with the report's id."""
    a, me = brand["adapter"], brand["account"]
    uri, cid = their_post["uri"], their_post["cid"]
    first = actions.report(a, uri, cid, "com.atproto.moderation.defs#reasonSpam", "Koop nu!")
    second = actions.report(a, uri, cid, "abuse", "")  # cmstation's own reason name
    assert first.isdigit() and second.isdigit() and first != second
    events = wait_for(lambda: ozone_reports(net, uri) if len(ozone_reports(net, uri)) == 2 else 0)
    by_id = {str(e["id"]): e for e in events}
    assert set(by_id) == {first, second}
    assert by_id[first]["event"]["reportType"] == "com.atproto.moderation.defs#reasonSpam"
    assert by_id[first]["event"]["comment"] == "Koop nu!"
    assert by_id[second]["event"]["reportType"] == "com.atproto.moderation.defs#reasonRude"
    assert {e["createdBy"] for e in events} == {me["did"]}
    assert {e["subject"]["uri"] for e in events} == {uri}


def test_a_report_with_an_unknown_reason_is_not_sent(brand, their_post):
    with pytest.raises(Permanent):
        actions.report(brand["adapter"], their_post["uri"], their_post["cid"], "boring", "")
    assert brand["rec"].calls == []


# --- hiding replies (threadgate) ---------------------------------------------------------


def gate(net, account: dict, collection: str, post_uri: str) -> dict | None:
    records = list_records(net, account, collection)
    rkey = post_uri.rsplit("/", 1)[1]
    found = [r["value"] for r in records if r["uri"].endswith(f"/{rkey}")]
    return found[0] if found else None


@pytest.fixture
def our_thread(net, brand, customer):
    root = net.post(brand["account"], "Nieuwe openingstijden vanaf maandag")
    net.wait_indexed(customer, root)
    reply = net.post(customer, "Eindelijk ook op zondag open?", reply_to=root)
    rude = net.post(customer, "Slechtste winkel ooit!!", reply_to=root)
    net.wait_indexed(brand["account"], rude)
    return {"root": root, "reply": reply, "rude": rude}


def hidden_in_other_v2(net, viewer: dict, root_uri: str) -> dict[str, bool]:
    items = appview_get(net, viewer, "app.bsky.unspecced.getPostThreadOtherV2", anchor=root_uri)
    return {i["uri"]: i["value"].get("hiddenByThreadgate") for i in items["thread"]}


def test_hide_a_reply_under_our_post(net, brand, customer, our_thread):
    a, me = brand["adapter"], brand["account"]
    root, rude = our_thread["root"]["uri"], our_thread["rude"]["uri"]
    assert actions.hide_reply(a, root, rude) is True
    puts = brand["rec"].count("com.atproto.repo.putRecord")
    assert actions.hide_reply(a, root, rude) is False  # already hidden: nothing written
    assert brand["rec"].count("com.atproto.repo.putRecord") == puts

    record = gate(net, me, actions.THREADGATE, root)
    assert record["hiddenReplies"] == [rude]
    assert record["post"] == root
    assert "allow" not in record  # everybody may still reply

    def thread_gate() -> dict:
        thread = appview_get(net, me, "app.bsky.feed.getPostThread", uri=root)["thread"]
        return (thread["post"].get("threadgate") or {}).get("record") or {}

    assert wait_for(thread_gate)["hiddenReplies"] == [rude]
    third = net.create_account("passant")
    hidden = wait_for(lambda: hidden_in_other_v2(net, third, root) or None)
    assert hidden == {rude: True}  # the polite reply stays in the thread itself

    assert actions.unhide_reply(a, root, rude) is True
    assert actions.unhide_reply(a, root, rude) is False
    assert gate(net, me, actions.THREADGATE, root)["hiddenReplies"] == []
    wait_for(lambda: thread_gate().get("hiddenReplies") == [])
    assert hidden_in_other_v2(net, third, root) == {}


def test_hiding_keeps_who_may_reply_and_the_other_hidden_replies(net, brand, our_thread):
    a, me = brand["adapter"], brand["account"]
    root = our_thread["root"]
    created = now_iso()
    net.xrpc(
        "POST",
        "com.atproto.repo.putRecord",
        me["accessJwt"],
        body={
            "repo": me["did"],
            "collection": actions.THREADGATE,
            "rkey": root["uri"].rsplit("/", 1)[1],
            "record": {
                "$type": actions.THREADGATE,
                "post": root["uri"],
                "createdAt": created,
                "allow": [{"$type": "app.bsky.feed.threadgate#followingRule"}],
                "hiddenReplies": [our_thread["reply"]["uri"]],
            },
        },
    )
    assert actions.hide_reply(a, root["uri"], our_thread["rude"]["uri"]) is True
    record = gate(net, me, actions.THREADGATE, root["uri"])
    assert record == {
        "$type": actions.THREADGATE,
        "post": root["uri"],
        "createdAt": created,
        "allow": [{"$type": "app.bsky.feed.threadgate#followingRule"}],
        "hiddenReplies": [our_thread["reply"]["uri"], our_thread["rude"]["uri"]],
    }


def test_a_gate_changed_between_read_and_write_is_read_again(net, brand, our_thread):
    a, me = brand["adapter"], brand["account"]
    root = our_thread["root"]["uri"]
    rkey = root.rsplit("/", 1)[1]

    def someone_else_hides_the_other_reply():
        net.xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            me["accessJwt"],
            body={
                "repo": me["did"],
                "collection": actions.THREADGATE,
                "rkey": rkey,
                "record": {
                    "$type": actions.THREADGATE,
                    "post": root,
                    "createdAt": now_iso(),
                    "hiddenReplies": [our_thread["reply"]["uri"]],
                },
            },
        )

    brand["rec"].before["com.atproto.repo.putRecord"] = [someone_else_hides_the_other_reply]
    assert actions.hide_reply(a, root, our_thread["rude"]["uri"]) is True
    assert brand["rec"].count("com.atproto.repo.putRecord") == 2  # InvalidSwap, then again
    assert brand["rec"].count("com.atproto.repo.getRecord") >= 2
    assert gate(net, me, actions.THREADGATE, root)["hiddenReplies"] == [
        our_thread["reply"]["uri"],
        our_thread["rude"]["uri"],
    ]


def test_a_hide_whose_answer_was_lost_changes_nothing_when_sent_again(net, brand, our_thread):
    me = brand["account"]
    root, rude = our_thread["root"]["uri"], our_thread["rude"]["uri"]
    with DroppingProxy(net.pds) as proxy:
        tokens = replace(brand["adapter"].tokens, pds_url=proxy.url)
        a = BlueskyAdapter(make_session(), 1, proxy.url, me["handle"], tokens, lambda t: None)
        proxy.drop_answer("com.atproto.repo.putRecord")
        with pytest.raises(Offline):
            actions.hide_reply(a, root, rude)
        assert actions.hide_reply(a, root, rude) is False  # it landed: nothing to write
        assert len(proxy.dropped) == 1
    assert gate(net, me, actions.THREADGATE, root)["hiddenReplies"] == [rude]


def test_a_full_threadgate_is_a_clear_error_and_nothing_is_written(net, brand, our_thread):
    a, me = brand["adapter"], brand["account"]
    root = our_thread["root"]["uri"]
    others = [f"at://{me['did']}/app.bsky.feed.post/{new_tid()}" for _ in range(300)]
    net.xrpc(
        "POST",
        "com.atproto.repo.putRecord",
        me["accessJwt"],
        body={
            "repo": me["did"],
            "collection": actions.THREADGATE,
            "rkey": root.rsplit("/", 1)[1],
            "record": {
                "$type": actions.THREADGATE,
                "post": root,
                "createdAt": now_iso(),
                "hiddenReplies": others,
            },
        },
    )
    with pytest.raises(Permanent) as err:
        actions.hide_reply(a, root, our_thread["rude"]["uri"])
    assert "at most 300" in str(err.value)
    assert brand["rec"].count("com.atproto.repo.putRecord") == 0
    assert gate(net, me, actions.THREADGATE, root)["hiddenReplies"] == others


def test_only_replies_in_our_own_thread_can_be_hidden(net, brand, customer, our_thread):
    a, me = brand["adapter"], brand["account"]
    their_root = net.post(customer, "Mijn eigen draadje")
    with pytest.raises(Permanent) as err:
        actions.hide_reply(a, their_root["uri"], our_thread["rude"]["uri"])
    assert "thread you started" in str(err.value)
    our_reply = net.post(
        me, "Ja, vanaf maandag!", reply_to=our_thread["reply"], root=our_thread["root"]
    )
    with pytest.raises(Permanent):
        actions.hide_reply(a, our_reply["uri"], our_thread["rude"]["uri"])
    assert list_records(net, me, actions.THREADGATE) == []


# --- detaching quotes (postgate) ---------------------------------------------------------


def test_detach_and_reattach_a_quote(net, brand, customer):
    a, me = brand["adapter"], brand["account"]
    ours = net.post(me, "Onze nieuwe bakfiets is er!")
    net.wait_indexed(customer, ours)
    quote = net.post(customer, "Wat een lelijk ding", quote=ours)
    net.wait_indexed(me, quote)

    def embed_type() -> str:
        view = post_view(net, customer, quote["uri"]) or {}
        return ((view.get("embed") or {}).get("record") or {}).get("$type", "")

    assert wait_for(embed_type) == "app.bsky.embed.record#viewRecord"

    assert actions.detach_quote(a, ours["uri"], quote["uri"]) is True
    assert actions.detach_quote(a, ours["uri"], quote["uri"]) is False
    record = gate(net, me, actions.POSTGATE, ours["uri"])
    assert record["post"] == ours["uri"]
    assert record["detachedEmbeddingUris"] == [quote["uri"]]
    wait_for(lambda: embed_type() == "app.bsky.embed.record#viewDetached")

    assert actions.reattach_quote(a, ours["uri"], quote["uri"]) is True
    assert actions.reattach_quote(a, ours["uri"], quote["uri"]) is False
    assert gate(net, me, actions.POSTGATE, ours["uri"])["detachedEmbeddingUris"] == []
    wait_for(lambda: embed_type() == "app.bsky.embed.record#viewRecord")


def test_detaching_keeps_the_embedding_rules(net, brand, customer):
    a, me = brand["adapter"], brand["account"]
    ours = net.post(me, "Geen quotes graag")
    rules = [{"$type": "app.bsky.feed.postgate#disableRule"}]
    net.xrpc(
        "POST",
        "com.atproto.repo.putRecord",
        me["accessJwt"],
        body={
            "repo": me["did"],
            "collection": actions.POSTGATE,
            "rkey": ours["uri"].rsplit("/", 1)[1],
            "record": {
                "$type": actions.POSTGATE,
                "post": ours["uri"],
                "createdAt": now_iso(),
                "embeddingRules": rules,
            },
        },
    )
    fake_quote = f"at://{customer['did']}/app.bsky.feed.post/{new_tid()}"
    assert actions.detach_quote(a, ours["uri"], fake_quote) is True
    record = gate(net, me, actions.POSTGATE, ours["uri"])
    assert record["embeddingRules"] == rules
    assert record["detachedEmbeddingUris"] == [fake_quote]


def test_only_quotes_of_our_own_posts_can_be_detached(net, brand, customer, their_post):
    with pytest.raises(Permanent) as err:
        actions.detach_quote(brand["adapter"], their_post["uri"], their_post["uri"])
    assert "your own posts" in str(err.value)
    assert brand["rec"].calls == []
