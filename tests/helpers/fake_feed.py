"""A loopback feed server: RSS 2.0 and Atom 1.0 with ETag / Last-Modified and 304.

RSS 2.0 (https://www.rssboard.org/rss-specification): channel title/link/description/
language, item title/link/description/guid (isPermaLink)/pubDate (RFC 822)/author.
Atom (RFC 4287): feed id/title/updated/link, entry id/title/updated/published/link
rel=alternate/summary or content type=html/author name+uri.

Faults as in ``fake_mastodon`` (``status``, ``slow``, ``drop``, ``truncate``), plus
``bad_xml`` (a broken document) and a malformed item via ``add_raw_item``.

Hostile answers (``fake.hostile(kind, ...)``, for the next ``count`` GETs of ``path``), each
generated lazily so the test allocates nothing big: ``huge`` (``size`` bytes of a feed that
never ends, with Content-Length or chunked), ``drip`` (one byte every ``interval`` seconds,
for ever), ``gzip_bomb`` (``size`` bytes of blanks, gzip-compressed: a few hundred KB on the
wire), ``body`` (exactly ``body``, with ``content_type``: "" sends none). ``fake.sent`` counts the body bytes the last hostile answer got out before the client
went away; ``fake.hostile_done`` is set when its handler has finished. ``gzip`` / ``deflate``
(``fake.encoding``) serve the normal feed compressed. ``content_type_override = ""`` sends no
Content-Type at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from fake_mastodon import Fault
from loopback_server import LoopbackHandler, LoopbackServer


@dataclass
class FeedItem:
    guid: str
    title: str
    link: str
    html: str
    published: float
    author: str = ""
    author_uri: str = ""


_FEED_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
    b"<title>Endless</title><description>"
)


@dataclass
class Hostile:
    kind: str  # huge | drip | gzip_bomb | body
    path: str = ""
    count: int = 1
    size: int = 50 * 1024 * 1024
    status: int = 200
    length: bool = True  # send a Content-Length (huge, gzip_bomb); else chunked
    interval: float = 0.02  # drip
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/rss+xml; charset=utf-8"
    body: bytes = b""  # kind "body": exactly these bytes (for one path only)


def _blanks(size: int, chunk: int = 64 * 1024):
    """``size`` bytes: the start of a feed, then blanks (generated, never held whole)."""
    yield _FEED_START
    left = size - len(_FEED_START)
    block = b" " * chunk
    while left > 0:
        n = min(left, chunk)
        yield block[:n]
        left -= n


_BOMBS: dict[int, list[bytes]] = {}


def gzip_bomb(size: int) -> list[bytes]:
    """``size`` decoded bytes gzip-compressed (cached; about size/1000 on the wire)."""
    if size not in _BOMBS:
        z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        parts = [z.compress(piece) for piece in _blanks(size, 1024 * 1024)]
        parts.append(z.flush())
        _BOMBS[size] = [p for p in parts if p]
    return _BOMBS[size]


class FakeFeedServer(LoopbackServer):
    def __init__(self, *, title: str = "Fietsforum", language: str = "nl") -> None:
        self.title = title
        self.language = language
        self.items: list[FeedItem] = []
        self.raw_items: list[str] = []  # XML inserted as-is
        self.faults: list[Fault] = []
        self.log: list[dict] = []
        self.conditional = True  # False: a server that ignores ETag/Last-Modified
        self.body_override: bytes | None = None  # serve these bytes instead (not a feed...)
        self.content_type_override: str | None = None  # "": no Content-Type header
        self.encoding = ""  # "gzip" / "deflate" / "raw-deflate": the feed served compressed
        self.hostiles: list[Hostile] = []
        self.sent = 0
        self.hostile_done = threading.Event()
        self._changed = time.time()
        self._lock = threading.RLock()

    def handler_class(self) -> type:
        return _Handler

    @property
    def rss_url(self) -> str:
        return self.base_url + "/feed.rss"

    @property
    def atom_url(self) -> str:
        return self.base_url + "/feed.atom"

    def add_item(
        self,
        title: str,
        html: str,
        *,
        author: str = "",
        published: float | None = None,
        guid: str | None = None,
    ) -> FeedItem:
        with self._lock:
            n = len(self.items) + 1
            base = self.base_url if self._server else "http://127.0.0.1"
            item = FeedItem(
                guid=guid or f"{base}/topic/{n}",
                title=title,
                link=f"{base}/topic/{n}",
                html=html,
                published=published if published is not None else time.time(),
                author=author,
                author_uri=f"{base}/user/{author}" if author else "",
            )
            self.items.append(item)
            self._changed = max(time.time(), self._changed + 1)
            return item

    def add_raw_item(self, xml: str) -> None:
        with self._lock:
            self.raw_items.append(xml)
            self._changed = max(time.time(), self._changed + 1)

    def fault(self, kind: str, *, path: str = "", count: int = 1, **kw: Any) -> Fault:
        f = Fault(kind=kind, path=path, count=count, **kw)
        with self._lock:
            self.faults.append(f)
        return f

    def hostile(self, kind: str, **kw: Any) -> Hostile:
        h = Hostile(kind=kind, **kw)
        with self._lock:
            self.hostiles.append(h)
            self.hostile_done.clear()
        return h

    # --- documents -----------------------------------------------------------------------

    def rss(self) -> bytes:
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0"><channel>',
            f"<title>{escape(self.title)}</title>",
            f"<link>{self.base_url}/</link>",
            "<description>Nieuwe onderwerpen</description>",
            f"<language>{self.language}</language>",
            f"<lastBuildDate>{format_datetime(datetime.fromtimestamp(self._changed, UTC), usegmt=True)}</lastBuildDate>",
        ]
        for it in reversed(self.items):
            parts.append(
                "<item>"
                f"<title>{escape(it.title)}</title>"
                f"<link>{escape(it.link)}</link>"
                f"<description>{escape(it.html)}</description>"
                f'<guid isPermaLink="false">{escape(it.guid)}</guid>'
                f"<pubDate>{format_datetime(datetime.fromtimestamp(it.published, UTC), usegmt=True)}</pubDate>"
                + (
                    f"<author>noreply@example.org ({escape(it.author)})</author>"
                    if it.author
                    else ""
                )
                + "</item>"
            )
        parts.extend(self.raw_items)
        parts.append("</channel></rss>")
        return "\n".join(parts).encode("utf-8")

    def atom(self) -> bytes:
        def stamp(ts: float) -> str:
            return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

        parts = [
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{self.language}">',
            f"<id>{self.base_url}/</id>",
            f"<title>{escape(self.title)}</title>",
            f"<updated>{stamp(self._changed)}</updated>",
            f'<link rel="self" href="{self.atom_url}"/>',
            f'<link rel="alternate" href="{self.base_url}/"/>',
        ]
        for it in reversed(self.items):
            author = (
                (
                    f"<author><name>{escape(it.author)}</name><uri>{escape(it.author_uri)}</uri>"
                    "</author>"
                )
                if it.author
                else ""
            )
            parts.append(
                "<entry>"
                f"<id>{escape(it.guid)}</id>"
                f"<title>{escape(it.title)}</title>"
                f"<updated>{stamp(it.published)}</updated>"
                f"<published>{stamp(it.published)}</published>"
                f'<link rel="alternate" href="{escape(it.link)}"/>'
                f'<content type="html">{escape(it.html)}</content>'
                f"{author}</entry>"
            )
        parts.extend(self.raw_items)
        parts.append("</feed>")
        return "\n".join(parts).encode("utf-8")


class _Handler(LoopbackHandler):
    fake: FakeFeedServer

    def _hostile(self, h: Hostile) -> None:
        f = self.fake
        f.sent = 0
        try:
            self.send_response(h.status)
            if h.content_type:
                self.send_header("Content-Type", h.content_type)
            for k, v in h.headers.items():
                self.send_header(k, v)
            if h.kind == "body":
                self.send_header("Content-Length", str(len(h.body)))
                self.end_headers()
                self.wfile.write(h.body)
                f.sent = len(h.body)
                return
            if h.kind == "drip":  # a modest length (within any cap), sent for ever
                size = min(h.size, 1_000_000)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                for piece in _blanks(size, 1):
                    self.wfile.write(piece)
                    f.sent += len(piece)
                    time.sleep(h.interval)
                return
            parts = gzip_bomb(h.size) if h.kind == "gzip_bomb" else _blanks(h.size)
            if h.kind == "gzip_bomb":
                self.send_header("Content-Encoding", "gzip")
                parts = list(parts)
                wire = sum(len(p) for p in parts)
            else:
                wire = h.size
            if h.length:
                self.send_header("Content-Length", str(wire))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in parts:
                if h.length:
                    self.wfile.write(piece)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                f.sent += len(piece)
            if not h.length:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client went away: what the test wants
            self.close_connection = True
        finally:
            f.hostile_done.set()

    def _send(self, status: int, body: bytes, headers: dict[str, str], *, truncate: bool = False):
        self.send_response(status)
        for k, v in headers.items():
            if k.lower() == "content-type" and not v:
                continue  # content_type_override = "": no Content-Type at all
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) + (100 if truncate else 0)))
        self.end_headers()
        if truncate:
            self.wfile.write(body[: len(body) // 2])
            self._drop()
            return
        self.wfile.write(body)

    def do_GET(self) -> None:
        try:
            self._get()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test): fine

    def _get(self) -> None:
        f = self.fake
        path = urlsplit(self.path).path
        f.log.append({"method": "GET", "path": path, "headers": dict(self.headers)})
        fault = None
        with f._lock:
            for flt in f.faults:
                if flt.count > 0 and flt.matches("GET", path):
                    flt.count -= 1
                    fault = flt
                    break
            f.faults = [x for x in f.faults if x.count > 0]
        hostile = None
        with f._lock:
            for h in f.hostiles:
                if h.count > 0 and path.startswith(h.path):
                    h.count -= 1
                    hostile = h
                    break
            f.hostiles = [x for x in f.hostiles if x.count > 0]
        if hostile is not None:
            self._hostile(hostile)
            return
        kind = fault.kind if fault else ""
        if kind == "slow":
            time.sleep(fault.seconds)
        elif kind == "drop":
            self._drop()
            return
        elif kind == "status":
            body = (
                fault.body if isinstance(fault.body, bytes) else b"<html><body>Error</body></html>"
            )
            self._send(fault.status, body, {"Content-Type": "text/html", **fault.headers})
            return
        if path not in ("/feed.rss", "/feed.atom"):
            self._send(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})
            return
        with f._lock:
            if f.body_override is not None:
                body = f.body_override
                ctype = f.content_type_override
                if ctype is None:
                    ctype = "text/html; charset=utf-8"
            elif path == "/feed.rss":
                body, ctype = f.rss(), "application/rss+xml; charset=utf-8"
            else:
                body, ctype = f.atom(), "application/atom+xml; charset=utf-8"
            changed = f._changed
        if kind == "bad_xml":
            body = body[: len(body) // 2] + b"<item><title>broken &"
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        last_modified = format_datetime(datetime.fromtimestamp(int(changed), UTC), usegmt=True)
        if f.conditional and kind != "bad_xml":
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            not_modified = False
            if inm is not None:
                not_modified = etag in [t.strip() for t in inm.split(",")]
            elif ims:
                with contextlib.suppress(TypeError, ValueError):
                    not_modified = int(changed) <= parsedate_to_datetime(ims).timestamp()
            if not_modified:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        headers = {"Content-Type": ctype}
        if f.conditional:
            headers.update({"ETag": etag, "Last-Modified": last_modified})
        if f.encoding:
            wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}.get(
                f.encoding, -zlib.MAX_WBITS
            )
            z = zlib.compressobj(6, zlib.DEFLATED, wbits)
            body = z.compress(body) + z.flush()
            headers["Content-Encoding"] = "deflate" if "deflate" in f.encoding else f.encoding
        self._send(200, body, headers, truncate=kind == "truncate")
