"""A Bluesky quote is linked to the post it quotes (what the inbox shows as "quoted you")."""

from __future__ import annotations

from cmstation.channels.bluesky_wire import post_to_message, quoted_uri
from cmstation.core.models import MessageKind

OURS = "at://did:plc:brand/app.bsky.feed.post/3abc"


def _item(embed, reply=None):
    record = {
        "$type": "app.bsky.feed.post",
        "text": "lol look at this",
        "createdAt": "2026-12-01T10:00:00Z",
    }
    if embed is not None:
        record["embed"] = embed
    if reply is not None:
        record["reply"] = reply
    return {
        "uri": "at://did:plc:klant/app.bsky.feed.post/3xyz",
        "cid": "bafy",
        "author": {"did": "did:plc:klant", "handle": "klant.test"},
        "record": record,
        "reason": "quote",
        "indexedAt": "2026-12-01T10:00:01Z",
    }


def test_a_quote_links_the_quoted_post():
    m = post_to_message(
        _item({"$type": "app.bsky.embed.record", "record": {"uri": OURS, "cid": "c"}}),
        1,
        MessageKind.QUOTE,
    )
    assert m.kind == MessageKind.QUOTE and m.in_reply_to_id == OURS == m.thread_root_id


def test_a_quote_with_media_too():
    embed = {
        "$type": "app.bsky.embed.recordWithMedia",
        "record": {"record": {"uri": OURS, "cid": "c"}},
        "media": {"$type": "app.bsky.embed.images", "images": []},
    }
    assert quoted_uri({"embed": embed}) == OURS


def test_a_quote_that_is_a_reply_keeps_its_parent_and_odd_embeds_are_ignored():
    parent = "at://did:plc:x/app.bsky.feed.post/1"
    reply = {"root": {"uri": parent, "cid": "c"}, "parent": {"uri": parent, "cid": "c"}}
    embed = {"$type": "app.bsky.embed.record", "record": {"uri": OURS, "cid": "c"}}
    m = post_to_message(_item(embed, reply), 1, MessageKind.QUOTE)
    assert m.in_reply_to_id == parent
    assert quoted_uri({"embed": {"record": "nonsense"}}) == ""
    assert quoted_uri({"embed": {"record": {"uri": "https://x"}}}) == ""
    m = post_to_message(_item(None), 1, MessageKind.MENTION)
    assert m.in_reply_to_id == ""
