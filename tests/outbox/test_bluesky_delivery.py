"""The outbox against the REAL atproto reference PDS: replies land once, also when the
answer to the write is lost on the way back (a loopback proxy drops it)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from atproto_network import wait_for
from dropping_proxy import DroppingProxy
from queued_replies import store_message_needing_reply

from cmstation.channels.bluesky import BlueskyAdapter
from cmstation.channels.bluesky_session import create_session
from cmstation.channels.http import make_session
from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, Channel, ChannelKind
from cmstation.core.outbox_item import OutboxState
from cmstation.outbox.bluesky_delivery import BlueskyDeliverer
from cmstation.outbox.keys import new_delivery_key
from cmstation.outbox.worker import process_outbox
from cmstation.storage import channels, messages
from cmstation.storage import outbox as store

pytestmark = pytest.mark.atproto


@pytest.fixture
def world(db, atproto_network):
    net = atproto_network
    brand = net.create_account("brand")
    klant = net.create_account("klant")
    password = net.app_password(brand)
    tokens = create_session(make_session(), net.pds, brand["handle"], password)
    post = net.post(klant, f"@{brand['handle']} mijn bestelling is nog niet binnen", mention=brand)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.BLUESKY, name=brand["handle"], url=net.pds)
    )
    mid = store_message_needing_reply(
        db,
        cid,
        remote_id=post["uri"],
        text="mijn bestelling is nog niet binnen",
        created_at=1_700_000_000,
        author=Author(klant["did"], klant["handle"]),
    )
    wait_for(
        lambda: (
            net.xrpc(
                "GET", "app.bsky.feed.getPosts", brand["accessJwt"], params={"uris": [post["uri"]]}
            )["posts"]
            or None
        )
    )
    with DroppingProxy(net.pds) as proxy:
        session = make_session(timeout=(5.0, 30.0))
        tokens = replace(tokens, pds_url=proxy.url)  # every request goes through the proxy
        adapter = BlueskyAdapter(session, cid, proxy.url, brand["handle"], tokens, lambda t: None)
        yield {
            "net": net,
            "brand": brand,
            "klant": klant,
            "cid": cid,
            "mid": mid,
            "proxy": proxy,
            "deliverers": {cid: BlueskyDeliverer(adapter)},
            "post": post,
        }
        session.close()


def _queue(db, w, text="Wat vervelend! Ik zoek het voor je uit. ^Eva"):
    return store.enqueue(
        db,
        channel_id=w["cid"],
        message_id=w["mid"],
        text=text,
        delivery_key=new_delivery_key(ChannelKind.BLUESKY),
        context={"known_replies": []},
    )


def _our_posts(w):
    return w["net"].list_posts(w["brand"])


def test_reply_lands_in_the_thread(db, world):
    item_id = _queue(db, world)
    assert process_outbox(db, world["deliverers"]).sent == [item_id]
    posts = _our_posts(world)
    assert len(posts) == 1
    item = store.get(db, item_id)
    assert posts[0]["uri"] == item.remote_id
    assert posts[0]["value"]["reply"]["parent"]["uri"] == world["post"]["uri"]
    assert item.remote_id.endswith("/" + item.delivery_key)


def test_dropped_answer_then_retry_gives_exactly_one_record(db, world):
    world["proxy"].drop_answer("com.atproto.repo.putRecord")
    item_id = _queue(db, world)
    clock = FixedClock(2_000_000_000)
    run = process_outbox(db, world["deliverers"], clock=clock)
    assert run.waiting == [item_id] and len(world["proxy"].dropped) == 1
    assert len(_our_posts(world)) == 1  # it landed; the client does not know yet
    clock.advance(3600)
    assert process_outbox(db, world["deliverers"], clock=clock).sent == [item_id]
    assert len(_our_posts(world)) == 1
    assert store.get(db, item_id).state == OutboxState.SENT


def test_invalid_swap_after_an_edit_counts_as_delivered(db, world):
    """The first attempt landed, the user then edited the queued text: the key is taken by
    the earlier version, and the outbox must not post a second reply."""
    world["proxy"].drop_answer("com.atproto.repo.putRecord")
    item_id = _queue(db, world)
    clock = FixedClock(2_000_000_000)
    process_outbox(db, world["deliverers"], clock=clock)
    item = store.claim_next(db, now=clock.now() + 3600)
    item.text = "Andere tekst ^Eva"
    delivered = world["deliverers"][world["cid"]].deliver(
        item, messages.get_message(db, world["mid"])
    )
    assert delivered.remote_id.endswith(item.delivery_key)
    assert len(_our_posts(world)) == 1
    assert item_id == item.id


def test_deleted_post_holds_the_reply(db, world):
    net = world["net"]
    net.delete_post(world["klant"], world["post"]["uri"])
    wait_for(
        lambda: (
            not net.xrpc(
                "GET",
                "app.bsky.feed.getPosts",
                world["brand"]["accessJwt"],
                params={"uris": [world["post"]["uri"]]},
            )["posts"]
        )
    )
    item_id = _queue(db, world)
    process_outbox(db, world["deliverers"])
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD and "deleted" in item.reason
    assert _our_posts(world) == []


def test_new_reply_since_drafting_holds(db, world):
    net = world["net"]
    buur = net.create_account("buur")
    net.post(buur, "Bij mij kwam hij gisteren wel binnen hoor", reply_to=world["post"])
    wait_for(
        lambda: (
            net.xrpc(
                "GET",
                "app.bsky.feed.getPostThread",
                world["brand"]["accessJwt"],
                params={"uri": world["post"]["uri"]},
            )["thread"].get("replies")
            or None
        )
    )
    item_id = _queue(db, world)
    process_outbox(db, world["deliverers"])
    item = store.get(db, item_id)
    assert item.state == OutboxState.HELD and "gisteren" in item.reason
