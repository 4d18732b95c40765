"""Bluesky reactions and moderation: like, repost, block, mute, report, hide a reply, detach
a quote. Each takes a ``BlueskyAdapter`` (its ``xrpc``, DID and session) and is done exactly
once or is naturally idempotent, so the action queue may send it again after a lost answer.

Records at a key the caller chose once (``bluesky_wire.new_tid()``): likes
(``app.bsky.feed.like``), reposts (``app.bsky.feed.repost``) and blocks
(``app.bsky.graph.block``) are written with ``com.atproto.repo.putRecord`` and ``swapRecord:
null``, their ``createdAt`` taken from the key's own timestamp, so a retry writes the very
same record: the PDS answers 200 and changes nothing. A different record at the key answers
``InvalidSwap``; when the record found there is the same action (same type and subject) it
counts as done, otherwise the key is taken (``InvalidSwap``). ``com.atproto.repo.deleteRecord``
of a record that is already gone answers 200 ``{}``: undoing twice is fine.
``record_exists`` (``getRecord``) tells whether a record landed after an unknown outcome.

Mutes are no records: ``app.bsky.graph.muteActor`` / ``unmuteActor`` / ``muteThread`` /
``unmuteThread`` are AppView procedures the PDS passes on; they answer 200 with an EMPTY body
(no JSON) and doing one twice is harmless.

Reports: ``com.atproto.moderation.createReport`` with a ``com.atproto.repo.strongRef``
subject. Without an ``atproto-proxy`` header the PDS passes it (with service auth) to its
own configured report service (``PDS_REPORT_SERVICE_URL``, else ``PDS_MOD_SERVICE_URL``;
on bsky.social that is Bluesky's moderation); a header ``atproto-proxy: <labeler
did>#atproto_labeler`` would choose another labeler (the PDS answers ``InvalidRequest`` for a
header without a DID). The dev-env reference network runs Ozone as the PDS's moderation
service: a report there answers ``{"id": <int>, "reasonType", "reason", "subject",
"reportedBy", "createdAt"}`` and lands in Ozone's queue. A report cannot be looked up by the
reporter and is not idempotent: a retry after a lost answer files a second report.

Gates (read-modify-write on our own records): hiding a reply edits the thread root's
threadgate (``app.bsky.feed.threadgate`` at the root post's record key, field
``hiddenReplies``, at most 300; ``post``, ``createdAt``, ``allow`` and anything else are
kept; a missing ``allow`` means everybody may reply and stays missing). Detaching a quote
edits the post's postgate (``app.bsky.feed.postgate``, field ``detachedEmbeddingUris``, at
most 50; ``embeddingRules`` kept). The write is ``putRecord`` with ``swapRecord`` = the CID
read (``null`` when there was no gate), retried once on ``InvalidSwap``; when nothing would
change, nothing is written. The AppView then shows the gate on the root post
(``post.threadgate.record``), marks the reply ``hiddenByThreadgate`` (getPostThreadOtherV2,
for everyone but the reply's author) and shows the quote as ``app.bsky.embed.record#viewDetached``.
Only the author of a post can gate it: anything else is a ``Permanent`` error.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from cmstation.channels.base import BadPayload, Permanent
from cmstation.channels.bluesky import MSG_BAD_RKEY, MSG_POST_GONE, BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_session import NETWORK
from cmstation.channels.bluesky_wire import POST_COLLECTION, is_tid, iso_from_us, tid_microseconds
from cmstation.channels.http import MSG_BAD_JSON, channel_error
from cmstation.core.i18n import QT_TRANSLATE_NOOP

LIKE = "app.bsky.feed.like"
REPOST = "app.bsky.feed.repost"
BLOCK = "app.bsky.graph.block"
THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"
HIDDEN_REPLIES_MAX = 300  # app.bsky.feed.threadgate#hiddenReplies maxLength
DETACHED_MAX = 50  # app.bsky.feed.postgate#detachedEmbeddingUris maxLength
REASON_MAX = 2000  # com.atproto.moderation.createReport#reason maxGraphemes
_DEFS = "com.atproto.moderation.defs#"
#: cmstation's report reasons (core.actions.REPORT_REASONS) -> atproto reason types.
REASON_TYPES = {
    "spam": _DEFS + "reasonSpam",
    "abuse": _DEFS + "reasonRude",
    "violation": _DEFS + "reasonViolation",
    "other": _DEFS + "reasonOther",
}

MSG_KEY_TAKEN = QT_TRANSLATE_NOOP(
    "channels",
    "A different record already exists under the key {rkey}; this action was not sent again.",
)
MSG_NOT_OUR_THREAD = QT_TRANSLATE_NOOP(
    "channels", "Only replies in a thread you started can be hidden ({uri})."
)
MSG_NOT_OUR_POST = QT_TRANSLATE_NOOP(
    "channels", "Only quotes of your own posts can be detached ({uri})."
)
MSG_GATE_FULL = QT_TRANSLATE_NOOP(
    "channels", "Bluesky allows at most {limit} hidden replies or detached quotes on one post."
)
MSG_GATE_BUSY = QT_TRANSLATE_NOOP(
    "channels", "The settings of the post {uri} were changed elsewhere at the same time; try again."
)
MSG_BAD_REASON = QT_TRANSLATE_NOOP("channels", "\u201c{reason}\u201d is not a report reason.")


# --- small parts -----------------------------------------------------------------------


def _bad_payload(adapter: BlueskyAdapter) -> BadPayload:
    return channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=adapter.host)


def _split_uri(uri: str) -> tuple[str, str, str] | None:
    """``at://<did>/<collection>/<rkey>`` -> (did, collection, rkey), or None."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def _check_rkey(rkey: str) -> None:
    if not is_tid(rkey):
        raise channel_error(Permanent, MSG_BAD_RKEY, rkey=rkey)


def _procedure(adapter: BlueskyAdapter, nsid: str, body: dict[str, Any]) -> None:
    """A procedure without output. These answer 200 with an empty body, which
    ``adapter.xrpc`` cannot read as JSON: only that exact case counts as done."""
    try:
        adapter.xrpc("POST", nsid, body=body)
    except BadPayload as exc:
        cause = exc.__context__
        if isinstance(cause, json.JSONDecodeError) and not cause.doc.strip():
            return
        raise


def _get_record(adapter: BlueskyAdapter, collection: str, rkey: str) -> dict[str, Any] | None:
    """Our record ``{"uri", "cid", "value"}`` at ``collection``/``rkey``, or None."""
    data = adapter.xrpc(
        "GET",
        "com.atproto.repo.getRecord",
        params={"repo": adapter.did, "collection": collection, "rkey": rkey},
        allow=("RecordNotFound",),
    )
    if data is None:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("value"), dict):
        raise _bad_payload(adapter)
    return data


def _uri_of(adapter: BlueskyAdapter, data: Any) -> str:
    uri = data.get("uri") if isinstance(data, dict) else None
    if not isinstance(uri, str):
        raise _bad_payload(adapter)
    return uri


def _same_action(found: dict[str, Any], record: dict[str, Any]) -> bool:
    return found.get("$type") == record["$type"] and found.get("subject") == record["subject"]


def _put_keyed(adapter: BlueskyAdapter, collection: str, rkey: str, subject: Any) -> str:
    """Write the record for ``subject`` at ``rkey`` exactly once -> its AT URI."""
    _check_rkey(rkey)
    record = {
        "$type": collection,
        "subject": subject,
        "createdAt": iso_from_us(tid_microseconds(rkey)),  # from the key: retries are equal
    }
    try:
        data = adapter.xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            body={
                "repo": adapter.did,
                "collection": collection,
                "rkey": rkey,
                "record": record,
                "swapRecord": None,
            },
        )
    except InvalidSwap:
        # Something sits at our key. The same action (written by an earlier attempt, maybe
        # with another createdAt) is done; anything else is not ours to overwrite.
        found = _get_record(adapter, collection, rkey)
        if found is not None and _same_action(found["value"], record):
            return _uri_of(adapter, found)
        raise channel_error(InvalidSwap, MSG_KEY_TAKEN, rkey=rkey) from None
    return _uri_of(adapter, data)


def _delete(adapter: BlueskyAdapter, collection: str, rkey: str) -> None:
    """Delete our record; one that is already gone is fine (the PDS answers 200 ``{}``)."""
    _check_rkey(rkey)
    adapter.xrpc(
        "POST",
        "com.atproto.repo.deleteRecord",
        body={"repo": adapter.did, "collection": collection, "rkey": rkey},
        allow=("RecordNotFound",),
    )


# --- posts -----------------------------------------------------------------------------


def subject_ref(adapter: BlueskyAdapter, uri: str) -> tuple[str, str]:
    """(uri, cid) of a post, from the AppView; ``Permanent`` when it is gone."""
    data = adapter.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": [uri]})
    posts = data.get("posts") if isinstance(data, dict) else None
    if not isinstance(posts, list):
        raise _bad_payload(adapter)
    for post in posts:
        if isinstance(post, dict) and post.get("uri") == uri:
            cid = post.get("cid")
            if not isinstance(cid, str) or not cid:
                raise _bad_payload(adapter)
            return uri, cid
    raise channel_error(Permanent, MSG_POST_GONE, uri=uri)


def record_exists(adapter: BlueskyAdapter, collection: str, rkey: str) -> bool:
    """Whether our repo holds a record at ``collection``/``rkey`` (after an unknown outcome)."""
    return _get_record(adapter, collection, rkey) is not None


def like(adapter: BlueskyAdapter, uri: str, cid: str, rkey: str) -> str:
    """Like the post (uri, cid) with a record at ``rkey`` -> the like's AT URI."""
    return _put_keyed(adapter, LIKE, rkey, {"uri": uri, "cid": cid})


def unlike(adapter: BlueskyAdapter, rkey: str) -> None:
    _delete(adapter, LIKE, rkey)


def repost(adapter: BlueskyAdapter, uri: str, cid: str, rkey: str) -> str:
    """Repost the post (uri, cid) with a record at ``rkey`` -> the repost's AT URI."""
    return _put_keyed(adapter, REPOST, rkey, {"uri": uri, "cid": cid})


def unrepost(adapter: BlueskyAdapter, rkey: str) -> None:
    _delete(adapter, REPOST, rkey)


# --- accounts and threads --------------------------------------------------------------


def block(adapter: BlueskyAdapter, did: str, rkey: str) -> str:
    """Block the account ``did`` with a record at ``rkey`` -> the block's AT URI."""
    return _put_keyed(adapter, BLOCK, rkey, did)


def unblock(adapter: BlueskyAdapter, rkey: str) -> None:
    _delete(adapter, BLOCK, rkey)


def mute_actor(adapter: BlueskyAdapter, did: str) -> None:
    _procedure(adapter, "app.bsky.graph.muteActor", {"actor": did})


def unmute_actor(adapter: BlueskyAdapter, did: str) -> None:
    _procedure(adapter, "app.bsky.graph.unmuteActor", {"actor": did})


def mute_thread(adapter: BlueskyAdapter, root_uri: str) -> None:
    _procedure(adapter, "app.bsky.graph.muteThread", {"root": root_uri})


def unmute_thread(adapter: BlueskyAdapter, root_uri: str) -> None:
    _procedure(adapter, "app.bsky.graph.unmuteThread", {"root": root_uri})


# --- reports ---------------------------------------------------------------------------


def report(adapter: BlueskyAdapter, uri: str, cid: str, reason_type: str, reason_text: str) -> str:
    """Report the post (uri, cid) to the PDS's moderation service -> the report's id.

    ``reason_type``: an atproto reason type (``com.atproto.moderation.defs#reasonSpam``...)
    or one of cmstation's reasons (``REASON_TYPES``). Not idempotent (see the module)."""
    kind = REASON_TYPES.get(reason_type, reason_type)
    if not isinstance(kind, str) or "#" not in kind or " " in kind:
        raise channel_error(Permanent, MSG_BAD_REASON, reason=reason_type)
    body: dict[str, Any] = {
        "reasonType": kind,
        "subject": {"$type": "com.atproto.repo.strongRef", "uri": uri, "cid": cid},
    }
    text = (reason_text or "").strip()
    if text:
        body["reason"] = text[:REASON_MAX]
    data = adapter.xrpc("POST", "com.atproto.moderation.createReport", body=body)
    rid = data.get("id") if isinstance(data, dict) else None
    if isinstance(rid, bool) or not isinstance(rid, int | str) or rid == "":
        raise _bad_payload(adapter)
    return str(rid)


# --- gates (read-modify-write) ---------------------------------------------------------


def _edit_gate(
    adapter: BlueskyAdapter,
    collection: str,
    post_uri: str,
    field: str,
    change: Callable[[list[str]], list[str] | None],
    limit: int,
) -> bool:
    """Change the list ``field`` of our gate record for ``post_uri`` (``change`` returns the
    new list, or None when nothing is to change) -> whether anything was written."""
    rkey = post_uri.rsplit("/", 1)[-1]
    for attempt in (1, 2):
        found = _get_record(adapter, collection, rkey)
        if found is None:
            value: dict[str, Any] = {
                "$type": collection,
                "post": post_uri,
                "createdAt": iso_from_us(time.time_ns() // 1000),
            }
            swap = None
        else:
            value = dict(found["value"])
            swap = found.get("cid")
            if not isinstance(swap, str):
                raise _bad_payload(adapter)
        current = value.get(field)
        current = [u for u in current if isinstance(u, str)] if isinstance(current, list) else []
        new = change(current)
        if new is None:
            return False
        if len(new) > limit:
            raise channel_error(Permanent, MSG_GATE_FULL, limit=limit)
        value[field] = new
        try:
            adapter.xrpc(
                "POST",
                "com.atproto.repo.putRecord",
                body={
                    "repo": adapter.did,
                    "collection": collection,
                    "rkey": rkey,
                    "record": value,
                    "swapRecord": swap,
                },
            )
        except InvalidSwap:
            if attempt == 2:
                raise channel_error(InvalidSwap, MSG_GATE_BUSY, uri=post_uri) from None
            continue  # changed meanwhile: read again
        return True
    return False  # pragma: no cover - the loop returns or raises


def _adding(uri: str) -> Callable[[list[str]], list[str] | None]:
    return lambda current: None if uri in current else [*current, uri]


def _removing(uri: str) -> Callable[[list[str]], list[str] | None]:
    return lambda current: [u for u in current if u != uri] if uri in current else None


def _our_root(adapter: BlueskyAdapter, root_uri: str) -> None:
    """A threadgate only works on the first post of a thread, and only its author sets it."""
    parts = _split_uri(root_uri)
    if parts is None or parts[0] != adapter.did or parts[1] != POST_COLLECTION:
        raise channel_error(Permanent, MSG_NOT_OUR_THREAD, uri=root_uri)
    post = _get_record(adapter, POST_COLLECTION, parts[2])
    if post is None:
        raise channel_error(Permanent, MSG_POST_GONE, uri=root_uri)
    if post["value"].get("reply") is not None:
        raise channel_error(Permanent, MSG_NOT_OUR_THREAD, uri=root_uri)


def _our_post(adapter: BlueskyAdapter, post_uri: str) -> None:
    parts = _split_uri(post_uri)
    if parts is None or parts[0] != adapter.did or parts[1] != POST_COLLECTION:
        raise channel_error(Permanent, MSG_NOT_OUR_POST, uri=post_uri)


def hide_reply(adapter: BlueskyAdapter, root_uri: str, reply_uri: str) -> bool:
    """Hide ``reply_uri`` in the thread that our post ``root_uri`` starts -> whether the
    threadgate was written (False: it was hidden already)."""
    _our_root(adapter, root_uri)
    return _edit_gate(
        adapter, THREADGATE, root_uri, "hiddenReplies", _adding(reply_uri), HIDDEN_REPLIES_MAX
    )


def unhide_reply(adapter: BlueskyAdapter, root_uri: str, reply_uri: str) -> bool:
    _our_root(adapter, root_uri)
    return _edit_gate(
        adapter, THREADGATE, root_uri, "hiddenReplies", _removing(reply_uri), HIDDEN_REPLIES_MAX
    )


def detach_quote(adapter: BlueskyAdapter, our_post_uri: str, quoting_uri: str) -> bool:
    """Detach the quote ``quoting_uri`` from our post -> whether the postgate was written."""
    _our_post(adapter, our_post_uri)
    return _edit_gate(
        adapter, POSTGATE, our_post_uri, "detachedEmbeddingUris", _adding(quoting_uri), DETACHED_MAX
    )


def reattach_quote(adapter: BlueskyAdapter, our_post_uri: str, quoting_uri: str) -> bool:
    _our_post(adapter, our_post_uri)
    return _edit_gate(
        adapter,
        POSTGATE,
        our_post_uri,
        "detachedEmbeddingUris",
        _removing(quoting_uri),
        DETACHED_MAX,
    )
