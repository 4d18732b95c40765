"""Feeds (RSS 2.0, Atom): listen-only, with conditional GET.

The bytes are fetched with requests (ETag / Last-Modified from the cursor, so an unchanged
feed costs one request and a ``304``) and parsed by feedparser, which never does HTTP
itself here. A feed cannot be searched on the server; its items all come in as
``feed_item`` messages.

Cursor: ``{"etag": ..., "modified": ..., "seen": [remote ids of the last items]}``.
"""

from __future__ import annotations

import calendar
import io
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import feedparser
import requests

from cmstation.channels.base import BadPayload, PollResult
from cmstation.channels.html_text import clean_text, html_to_text
from cmstation.channels.http import HttpClient, channel_error, check_url
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Author, Message, MessageKind

NETWORK = "The feed"
CTX = "channels"
#: How many item ids the cursor remembers (a feed usually shows its last 10-50 items).
SEEN_LIMIT = 1000
ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)

MSG_NOT_A_FEED = QT_TRANSLATE_NOOP(
    "channels",
    "{host} did not send a feed cmstation can read (no RSS or Atom items found: {detail}). "
    "Check the address of the feed.",
)
NOTE_NO_SEARCH = QT_TRANSLATE_NOOP(
    "channels", "A feed cannot be searched; all its new items arrive in the inbox."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "{count} item(s) were left out because they were malformed."
)


def _host(url: str) -> str:
    return urlsplit(url).netloc


def _not_a_feed(url: str, detail: str) -> BadPayload:
    return channel_error(BadPayload, MSG_NOT_A_FEED, host=_host(url), detail=detail)


def _parse(resp: requests.Response, url: str) -> Any:
    # A stream, never bytes or a str: feedparser would treat those as a URL or file name.
    parsed = feedparser.parse(
        io.BytesIO(resp.content),
        response_headers={
            "content-type": resp.headers.get("Content-Type", "application/xml"),
            "content-location": resp.url or url,
        },
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    if not parsed.get("version") and not parsed.entries:
        exc = parsed.get("bozo_exception")
        detail = type(exc).__name__ if exc is not None else "unknown format"
        if exc is not None and str(exc):
            detail = str(exc).splitlines()[0][:120]
        raise _not_a_feed(url, detail)
    if parsed.get("bozo") and not parsed.entries and not parsed.feed.get("title"):
        raise _not_a_feed(url, str(parsed.get("bozo_exception") or "malformed XML")[:120])
    return parsed


def _lang(value: Any) -> str:
    if not isinstance(value, str) or not value:
        return ""
    return value.split("-")[0].split("_")[0].lower()[:8]


def entry_to_message(entry: Any, *, channel_id: int, feed_lang: str, now: float) -> Message:
    """One feedparser entry -> Message; ValueError when it has nothing to identify it by."""
    link = entry.get("link") or ""
    rid = entry.get("id") or entry.get("guid") or link
    if not isinstance(rid, str) or not rid.strip():
        raise ValueError("entry without id or link")
    title = clean_text(html_to_text(entry.get("title") or ""))
    body_html = ""
    content = entry.get("content")
    if isinstance(content, list) and content and isinstance(content[0], dict):
        body_html = content[0].get("value") or ""
    if not body_html:
        body_html = entry.get("summary") or ""
    if not isinstance(body_html, str):
        raise ValueError("content is not text")
    body = html_to_text(body_html)
    if not title and not body and not link:
        raise ValueError("empty entry")
    if title and body and not body.startswith(title):
        text = f"{title}\n\n{body}"
    else:
        text = body or title or link
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    created = calendar.timegm(when) if when else int(now)
    author = None
    detail = entry.get("author_detail") or {}
    name = (detail.get("name") if isinstance(detail, dict) else "") or entry.get("author") or ""
    if isinstance(name, str) and name.strip():
        href = detail.get("href") if isinstance(detail, dict) else ""
        email = detail.get("email") if isinstance(detail, dict) else ""
        author = Author(
            remote_id=(href or email or name).strip(),
            handle=name.strip(),
            display_name=name.strip(),
            url=href or "",
        )
    lang = ""
    if isinstance(content, list) and content and isinstance(content[0], dict):
        lang = _lang(content[0].get("language"))
    return Message(
        channel_id=channel_id,
        remote_id=rid.strip(),
        text=text,
        html=body_html,
        created_at=int(created),
        author=author,
        url=link if isinstance(link, str) else "",
        lang=lang or feed_lang,
        kind=MessageKind.FEED_ITEM,
        thread_root_id=rid.strip(),
    )


class FeedAdapter:
    """Listening to one RSS/Atom feed."""

    def __init__(
        self,
        session: requests.Session,
        channel_id: int,
        url: str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.channel_id = channel_id
        self.url = check_url(url)
        self.clock = clock
        self.http = HttpClient(session, network=NETWORK, clock=clock)

    def __repr__(self) -> str:
        return f"<FeedAdapter {self.url} channel {self.channel_id}>"

    def poll_mentions(self, cursor: dict[str, Any], *, page_budget: int = 1) -> PollResult:
        result = PollResult(cursor=dict(cursor))
        headers = {"Accept": ACCEPT}
        if cursor.get("etag"):
            headers["If-None-Match"] = str(cursor["etag"])
        if cursor.get("modified"):
            headers["If-Modified-Since"] = str(cursor["modified"])
        before = self.http.requests
        resp = self.http.request("GET", self.url, headers=headers)
        result.requests = self.http.requests - before
        if resp.status_code == 304:
            return result  # nothing new, one request
        parsed = _parse(resp, self.url)
        feed_lang = _lang(parsed.feed.get("language"))
        seen = list(cursor.get("seen") or [])
        seen_set = set(seen)
        now = self.clock()
        fresh: dict[str, Message] = {}
        for entry in parsed.entries:
            try:
                msg = entry_to_message(
                    entry, channel_id=self.channel_id, feed_lang=feed_lang, now=now
                )
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
                result.skipped += 1
                continue
            if msg.remote_id in seen_set or msg.remote_id in fresh:
                continue
            fresh[msg.remote_id] = msg
        result.messages = sorted(fresh.values(), key=lambda m: m.created_at)
        result.cursor["seen"] = (seen + [m.remote_id for m in result.messages])[-SEEN_LIMIT:]
        # A broken document is not remembered as "the feed", so the next poll reads it again.
        bozo = bool(parsed.get("bozo")) and not isinstance(
            parsed.get("bozo_exception"),
            (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType),
        )
        result.cursor["etag"] = "" if bozo else (resp.headers.get("ETag") or "")
        result.cursor["modified"] = "" if bozo else (resp.headers.get("Last-Modified") or "")
        if result.skipped:
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"count": result.skipped}))
        return result

    def poll_search(self, query: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        return PollResult(cursor=dict(cursor), notes=[Text(CTX, NOTE_NO_SEARCH)])


def validate_feed(session: requests.Session, url: str) -> str:
    """Fetch ``url`` once; its title (or host) when it is an RSS/Atom feed, else a base error."""
    check_url(url)
    http = HttpClient(session, network=NETWORK)
    resp = http.request("GET", url, headers={"Accept": ACCEPT})
    parsed = _parse(resp, url)
    title = clean_text(html_to_text(parsed.feed.get("title") or ""))
    return title or _host(url)
