"""Bluesky's wire format and its record keys: AT URIs, TIDs, post views -> cmstation's
Messages, facets for links and mentions, graphemes (a part of the Bluesky channel; the
adapter is :mod:`cmstation.channels.bluesky`)."""

from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import grapheme

from cmstation.core.models import Author, Message, MessageKind

POST_COLLECTION = "app.bsky.feed.post"


# --- record keys (TIDs) ----------------------------------------------------------------

_B32 = "234567abcdefghijklmnopqrstuvwxyz"
_TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_tid_lock = threading.Lock()
_tid_last = 0
_CLOCK_ID = random.randrange(1024)


def new_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    """A TID: 13 base32-sortable characters of (microseconds since 1970 << 10 | clock id).

    Strictly increasing within this process, so two keys taken in the same microsecond differ.
    """
    global _tid_last
    cid = _CLOCK_ID if clock_id is None else clock_id
    if not 0 <= cid < 1024:
        raise ValueError("clock id must be 0..1023")
    with _tid_lock:
        us = time.time_ns() // 1000 if now_us is None else now_us
        if now_us is None:
            us = max(us, _tid_last + 1)
            _tid_last = us
    n = ((us & ((1 << 53) - 1)) << 10) | cid
    return "".join(_B32[(n >> (5 * (12 - i))) & 31] for i in range(13))


def is_tid(value: str) -> bool:
    return bool(_TID_RE.match(value or ""))


def tid_microseconds(tid: str) -> int:
    """The timestamp inside a TID (microseconds since 1970)."""
    if not is_tid(tid):
        raise ValueError(f"not a TID: {tid!r}")
    n = 0
    for ch in tid:
        n = (n << 5) | _B32.index(ch)
    return n >> 10


# --- wire format -> core types ---------------------------------------------------------


def parse_at_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` -> (did, collection, rkey); ValueError if not one."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise ValueError("not an AT URI")
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        raise ValueError("not a record URI")
    return parts[0], parts[1], parts[2]


def profile_url(handle_or_did: str) -> str:
    return f"https://bsky.app/profile/{handle_or_did}"


def post_url(handle_or_did: str, rkey: str) -> str:
    return f"https://bsky.app/profile/{handle_or_did}/post/{rkey}"


def parse_time(value: Any) -> int:
    """ISO 8601 (``2024-05-01T10:00:00.123456Z``) -> unix seconds; ValueError if not a time."""
    if not isinstance(value, str) or not value:
        raise ValueError("no time")
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp())


def iso_from_us(us: int) -> str:
    dt = datetime.fromtimestamp(us / 1_000_000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def text_with_links(record: dict[str, Any]) -> str:
    """``record.text`` with shortened link labels replaced by the facet's full URL."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("post without text")
    facets = record.get("facets")
    if not isinstance(facets, list) or not facets:
        return text
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        try:
            start, end = int(facet["index"]["byteStart"]), int(facet["index"]["byteEnd"])
            features = facet.get("features") or []
        except (KeyError, TypeError, ValueError):
            continue
        for feat in features:
            if (
                isinstance(feat, dict)
                and feat.get("$type") == "app.bsky.richtext.facet#link"
                and isinstance(feat.get("uri"), str)
                and 0 <= start < end <= len(data)
            ):
                spans.append((start, end, feat["uri"]))
    if not spans:
        return text
    out, pos = [], 0
    for start, end, uri in sorted(spans):
        if start < pos:
            continue  # overlapping facets: keep the first
        label = data[start:end].decode("utf-8", errors="replace")
        out.append(data[pos:start])
        out.append((label if _same_link(label, uri) else uri).encode("utf-8"))
        pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8", errors="replace")


def _same_link(label: str, uri: str) -> bool:
    strip = re.compile(r"^[a-z]+://(www\.)?", re.I)
    return strip.sub("", label).rstrip("/") == strip.sub("", uri).rstrip("/")


def _lang(record: dict[str, Any]) -> str:
    langs = record.get("langs")
    if isinstance(langs, list) and langs and isinstance(langs[0], str):
        return langs[0].split("-")[0].lower()
    return ""


def _author(view: Any) -> Author:
    if not isinstance(view, dict) or not isinstance(view.get("did"), str):
        raise ValueError("no author")
    did = view["did"]
    handle = view.get("handle") if isinstance(view.get("handle"), str) else ""
    if not handle or handle == "handle.invalid":
        handle = did
    # A post's author is a ProfileViewBasic, which has no followersCount (only the profile
    # views of app.bsky.actor.getProfile do): the reach of a Bluesky message stays unknown
    # (None) unless a view carries it.
    followers = view.get("followersCount")
    ok = isinstance(followers, int) and not isinstance(followers, bool) and followers >= 0
    return Author(
        remote_id=did,
        handle=handle,
        display_name=str(view.get("displayName") or ""),
        url=profile_url(handle),
        followers=followers if ok and followers <= 10**10 else None,
    )


def post_to_message(
    item: dict[str, Any], channel_id: int, kind: MessageKind, *, own_did: str = ""
) -> Message:
    """A notification or a PostView -> Message; ValueError when the item is malformed."""
    if not isinstance(item, dict):
        raise ValueError("not an object")
    uri = item.get("uri")
    did, collection, rkey = parse_at_uri(uri)
    record = item.get("record")
    if not isinstance(record, dict):
        raise ValueError("no record")
    author = _author(item.get("author"))
    text = text_with_links(record)
    try:
        created = parse_time(record.get("createdAt"))
    except ValueError:
        created = parse_time(item.get("indexedAt"))
    root = parent = ""
    reply = record.get("reply")
    if isinstance(reply, dict):
        r, p = reply.get("root"), reply.get("parent")
        if isinstance(r, dict) and isinstance(r.get("uri"), str):
            root = r["uri"]
        if isinstance(p, dict) and isinstance(p.get("uri"), str):
            parent = p["uri"]
        root = root or parent
    if kind == MessageKind.QUOTE and not parent:
        # a quote joins the quoted post's thread (ours: it quoted us), linked as what it
        # answers, so "quoted you" shows with the post it quotes
        quoted = quoted_uri(record)
        if quoted:
            root = parent = quoted
    return Message(
        channel_id=channel_id,
        remote_id=uri,
        text=text,
        created_at=created,
        author=author,
        url=post_url(author.handle, rkey) if collection == POST_COLLECTION else "",
        lang=_lang(record),
        kind=kind,
        thread_root_id=root,
        in_reply_to_id=parent,
        is_own=bool(own_did) and did == own_did,
    )


def quoted_uri(record: dict[str, Any]) -> str:
    """The post a record quotes: ``app.bsky.embed.record`` ({record: strongRef}) or
    ``app.bsky.embed.recordWithMedia`` ({record: {record: strongRef}, media}); "" otherwise."""
    embed = record.get("embed")
    if not isinstance(embed, dict):
        return ""
    ref = embed.get("record")
    if isinstance(ref, dict) and isinstance(ref.get("record"), dict):
        ref = ref["record"]  # recordWithMedia
    uri = ref.get("uri") if isinstance(ref, dict) else None
    return uri if isinstance(uri, str) and uri.startswith("at://") else ""


def facets_for(text: str) -> list[dict[str, Any]]:
    """Link and hashtag facets so they are clickable in Bluesky's apps (byte offsets)."""
    facets: list[dict[str, Any]] = []
    for m in re.finditer(r"https?://[^\s<>\"]+[^\s<>\"\.,;:!?\)\]']", text):
        start = len(text[: m.start()].encode("utf-8"))
        end = start + len(m.group(0).encode("utf-8"))
        facets.append(
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": m.group(0)}],
            }
        )
    for m in re.finditer(r"(?:^|\s)(#([^\s#\d\.,;:!?\)\]][^\s#\.,;:!?\)\]]*))", text):
        tag = m.group(2)
        if len(tag) > 64:
            continue
        start = len(text[: m.start(1)].encode("utf-8"))
        end = start + len(m.group(1).encode("utf-8"))
        facets.append(
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
            }
        )
    return facets


def grapheme_count(text: str) -> int:
    return grapheme.length(text)


@dataclass(frozen=True, slots=True)
class ReplyRef:
    root_uri: str
    root_cid: str
    parent_uri: str
    parent_cid: str


@dataclass(slots=True)
class ThreadView:
    """A post with its parents (oldest first) and every reply below it."""

    post: Message | None  # None when the post was deleted or is unknown
    parents: list[Message] = field(default_factory=list)
    replies: list[Message] = field(default_factory=list)
