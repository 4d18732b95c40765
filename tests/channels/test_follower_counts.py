"""The reach of a message: the author's follower count as the network hands it over."""

from __future__ import annotations

import pytest

from cmstation.channels.bluesky_wire import post_to_message
from cmstation.channels.mastodon_wire import status_to_message
from cmstation.core.models import MessageKind


def _status(followers):
    account = {"id": "9", "acct": "anna", "display_name": "Anna", "url": "https://m.nl/@anna"}
    if followers != "missing":
        account["followers_count"] = followers
    return {
        "id": "101",
        "content": "<p>Fijne fiets!</p>",
        "created_at": "2026-03-27T15:00:00.000Z",
        "account": account,
    }


@pytest.mark.parametrize(
    "value, stored",
    [
        (50_000, 50_000),
        (0, 0),
        ("missing", None),
        ("12", None),
        (-3, None),
        (True, None),
        (10**40, None),
        (1.5, None),
    ],
)
def test_mastodon_keeps_followers_count(value, stored):
    m = status_to_message(_status(value), channel_id=1, host="m.nl", kind=MessageKind.MENTION)
    assert m.author.followers == stored


def _post(author):
    return {
        "uri": "at://did:plc:abc/app.bsky.feed.post/3k",
        "cid": "bafy",
        "author": author,
        "record": {"text": "mooi", "createdAt": "2026-03-27T15:00:00.000Z"},
        "indexedAt": "2026-03-27T15:00:00.000Z",
    }


def test_bluesky_reach_is_unknown_unless_the_view_says():
    basic = {"did": "did:plc:abc", "handle": "anna.bsky.social"}
    assert post_to_message(_post(basic), 1, MessageKind.MENTION).author.followers is None
    detailed = dict(basic, followersCount=321)
    assert post_to_message(_post(detailed), 1, MessageKind.MENTION).author.followers == 321
