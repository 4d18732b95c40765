"""Feeds (RSS 2.0, Atom): listen-only, with conditional GET.

The bytes are fetched with requests (ETag / Last-Modified from the cursor, so an unchanged
feed costs one request and a ``304``) and parsed by feedparser, which never does HTTP
itself here. A feed cannot be searched on the server; its items all come in as
``feed_item`` messages.

Cursor: ``{"etag": ..., "modified": ..., "seen": [remote ids of the last items]}``.

A feed is untrusted input. Before feedparser sees it: at most ``FEED_MAX_BYTES`` (10 MB,
decoded) within the response deadline (see ``cmstation.channels.http``); a document that
declares XML entities (``<!ENTITY`` outside CDATA, in any of the encodings it could be read
in) is refused, so neither entity expansion ("billion laughs") nor external entities can
happen; a body that is clearly something else (a web page, an image, JSON: its content type
is not XML-like AND it does not look like XML) gets a message saying so. Sloppy types
(``text/plain``, ``text/html``, none) are fine when the body is a feed.
"""

from __future__ import annotations

import calendar
import codecs
import io
import logging
import re
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

log = logging.getLogger(__name__)

NETWORK = "The feed"
CTX = "channels"
#: The most (decoded) bytes of one feed cmstation reads.
FEED_MAX_BYTES = 10 * 1024 * 1024
#: How many item ids the cursor remembers (a feed usually shows its last 10-50 items).
SEEN_LIMIT = 1000
ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)

MSG_NOT_A_FEED = QT_TRANSLATE_NOOP(
    "channels",
    "{host} did not send a feed cmstation can read (no RSS or Atom items found). "
    "Check the address of the feed.",
)
MSG_FEED_TOO_LARGE = QT_TRANSLATE_NOOP(
    "channels", "The feed at {host} is larger than {limit} MB; cmstation does not read it."
)
MSG_ENTITIES = QT_TRANSLATE_NOOP(
    "channels",
    "The feed at {host} uses XML entity declarations, which cmstation does not read for safety.",
)
MSG_WEB_PAGE = QT_TRANSLATE_NOOP(
    "channels", "{host} sent a web page ({type}), not a feed. Check the address of the feed."
)
MSG_WRONG_TYPE = QT_TRANSLATE_NOOP(
    "channels", "{host} sent {type}, not a feed. Check the address of the feed."
)
NOTE_NO_SEARCH = QT_TRANSLATE_NOOP(
    "channels", "A feed cannot be searched; all its new items arrive in the inbox."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "%n item(s) were left out because they were malformed.", "", 1
)

#: Content types a feed is served with in practice, sloppy ones included: the body decides.
_LAX_TYPES = {"", "text/plain", "application/octet-stream", "binary/octet-stream"}
_WEB_PAGE_TYPES = {"text/html", "application/xhtml+xml"}
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_XML_ENCODING = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC


def _host(url: str) -> str:
    return urlsplit(url).netloc


def _not_a_feed(url: str) -> BadPayload:
    return channel_error(BadPayload, MSG_NOT_A_FEED, host=_host(url))


def _markup_view(body: bytes) -> str:
    """The body as text to look at its markup in any ASCII-based encoding, UTF-16 and UTF-32
    included (their NUL bytes dropped); byte order marks stripped."""
    return body.replace(b"\x00", b"").decode("latin-1").lstrip("\xef\xbb\xbf\xfe\xff")


def _without(text: str, start: str, end: str) -> str:
    """``text`` without its ``start``...``end`` sections (CDATA, comments), in linear time; an
    unterminated one is kept (a feed has none)."""
    out, pos = [], 0
    while True:
        i = text.find(start, pos)
        j = text.find(end, i + len(start)) if i >= 0 else -1
        if j < 0:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:i])
        pos = j + len(end)


def _declares_entities(body: bytes, content_type: str) -> bool:
    """Whether the document declares XML entities, read in every encoding it may be parsed
    in (the ASCII view, the HTTP charset, the XML declaration's, EBCDIC)."""
    view = _markup_view(body)
    views = [view]
    encodings = {m.group(1).lower() for m in _CHARSET.finditer(content_type or "")}
    m = _XML_ENCODING.search(view[:1024])
    if m:
        encodings.add(m.group(1).lower())
    if body.startswith(_EBCDIC_XML):
        encodings.add("cp037")
    for enc in sorted(encodings):
        try:
            codecs.lookup(enc)
            views.append(body.decode(enc, errors="replace"))
        except (LookupError, ValueError, TypeError):
            continue
    return any(_ENTITY.search(v) and _ENTITY.search(_without(v, "<![CDATA[", "]]>")) for v in views)


def _looks_like_a_feed(body: bytes) -> bool:
    """An XML declaration, or a first element named rss, feed or (rdf:)RDF."""
    head = _markup_view(body[:16384]).lstrip()
    if head.startswith("<?xml"):
        return True
    m = _FIRST_TAG.search(_without(head, "<!--", "-->"))
    return bool(m) and m.group(2).lower() in ("rss", "feed", "rdf")


def _printable(text: str, limit: int = 60) -> str:
    return "".join(c for c in text if c.isprintable())[:limit]


def _check_document(resp: requests.Response, url: str) -> None:
    """Refuse what feedparser should never see: entity declarations, or something that is
    clearly no feed (by its type AND its first bytes)."""
    ctype = resp.headers.get("Content-Type", "")
    body = resp.content
    if _declares_entities(body, ctype):
        raise channel_error(BadPayload, MSG_ENTITIES, host=_host(url))
    media = ctype.split(";")[0].strip().lower()
    if _looks_like_a_feed(body):
        return  # whatever the type says (feeds are often served as text/html or text/plain)
    if media in _WEB_PAGE_TYPES:
        raise channel_error(BadPayload, MSG_WEB_PAGE, host=_host(url), type=_printable(media))
    if media in _LAX_TYPES or "xml" in media:
        return  # feedparser decides (and says "not a feed" when it is none)
    raise channel_error(BadPayload, MSG_WRONG_TYPE, host=_host(url), type=_printable(media))


def _parse(resp: requests.Response, url: str) -> Any:
    _check_document(resp, url)
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
    exc = parsed.get("bozo_exception")
    if not parsed.get("version") and not parsed.entries:
        log.info("not a feed at %s: %s", _host(url), exc)  # the parser's words: for the log
        raise _not_a_feed(url)
    if parsed.get("bozo") and not parsed.entries and not parsed.feed.get("title"):
        log.info("not a feed at %s: %s", _host(url), exc)
        raise _not_a_feed(url)
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
        max_bytes: int = FEED_MAX_BYTES,
        deadline: float | None = None,
    ) -> None:
        """``max_bytes``: the largest feed read; ``deadline``: seconds one fetch may take
        (default: the session's, see ``cmstation.channels.http``)."""
        self.channel_id = channel_id
        self.url = check_url(url)
        self.clock = clock
        self.http = _client(session, clock=clock, max_bytes=max_bytes, deadline=deadline)

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
            except Exception as exc:  # noqa: BLE001 - one bad item must not cost the feed
                log.warning(
                    "skipped a malformed item of %s: %s: %s", self.url, type(exc).__name__, exc
                )
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
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"n": result.skipped}))
        return result

    def poll_search(self, query: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        return PollResult(cursor=dict(cursor), notes=[Text(CTX, NOTE_NO_SEARCH)])


def _client(
    session: requests.Session,
    *,
    clock: Callable[[], float] = time.time,
    max_bytes: int = FEED_MAX_BYTES,
    deadline: float | None = None,
) -> HttpClient:
    return HttpClient(
        session,
        network=NETWORK,
        clock=clock,
        max_bytes=max_bytes,
        too_large=MSG_FEED_TOO_LARGE,
        deadline=deadline,
    )


def validate_feed(
    session: requests.Session,
    url: str,
    *,
    max_bytes: int = FEED_MAX_BYTES,
    deadline: float | None = None,
) -> str:
    """Fetch ``url`` once; its title (or host) when it is an RSS/Atom feed, else a base error.

    The same limits as a sweep: size, deadline, entity declarations, content type."""
    check_url(url)
    http = _client(session, max_bytes=max_bytes, deadline=deadline)
    resp = http.request("GET", url, headers={"Accept": ACCEPT})
    parsed = _parse(resp, url)
    title = clean_text(html_to_text(parsed.feed.get("title") or ""))
    return title or _host(url)
