"""A loopback server speaking Bluesky's XRPC wire format, for the faults the real reference
network cannot easily produce: 429 with ``ratelimit-*`` headers, 5xx, dropped connections,
truncated and malformed JSON, answers of the wrong shape (``raw``), expired tokens on demand.

Shapes follow the lexicons (com.atproto.server.createSession/refreshSession,
app.bsky.notification.listNotifications, app.bsky.feed.searchPosts,
com.atproto.repo.putRecord/getRecord); errors are ``{"error": "<Name>", "message": "..."}``;
every answer carries ``ratelimit-limit/remaining/reset/policy`` (reset in epoch seconds),
as the Bluesky PDS sends them.

Faults (``fake.fault(kind, path=..., count=...)``) hit the next ``count`` requests whose
XRPC method starts with ``path``: ``status`` (code, error name, headers), ``drop`` (close
without an answer), ``drop_after`` (handle it, then close: the outcome is unknown to the
client), ``truncate`` (fewer bytes than Content-Length), ``bad_json``.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from loopback_server import LoopbackHandler, LoopbackServer


def iso(ts: float) -> str:
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


@dataclass
class Fault:
    kind: str
    path: str = ""
    count: int = 1
    status: int = 500
    error: str = "InternalServerError"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""  # for kind "raw": a 200 answer with exactly these bytes


class FakeBluesky(LoopbackServer):
    def __init__(self) -> None:
        self.did = "did:plc:brand000000000000000000"
        self.handle = "brand.example.com"
        self.app_password = "abcd-efgh-ijkl-mnop"
        self.access = {f"acc-{secrets.token_hex(6)}"}
        self.refresh = {f"ref-{secrets.token_hex(6)}"}
        self.expired: set[str] = set()
        self.notifications: list[dict] = []  # newest first
        self.posts: list[dict] = []  # search index, newest first
        self.records: dict[str, dict] = {}  # rkey -> {"uri", "cid", "value"}
        self.calls: list[tuple[str, str]] = []  # (http method, xrpc method)
        self.faults: list[Fault] = []
        self.rate_remaining = 3000
        self.rate_reset = int(time.time()) + 300
        self.two_factor = False
        #: Extra routes (modules beside this one add methods, e.g. fake_bluesky_chat): each
        #: is called as ``route(handler, method, query, body)`` after the token is checked and
        #: returns the answer (None: it sent an error itself), or NotImplemented when the
        #: method is not its own.
        self.routes: list[Any] = []
        self._lock = threading.Lock()
        self._seq = 0

    # -- life cycle ---------------------------------------------------------------------

    def handler_class(self) -> type:
        return _Handler

    # -- state --------------------------------------------------------------------------

    def token_pair(self) -> tuple[str, str]:
        return next(iter(self.access)), next(iter(self.refresh))

    def expire_access(self) -> None:
        self.expired |= self.access

    def fault(self, kind: str, *, path: str = "", count: int = 1, **kw: Any) -> Fault:
        f = Fault(kind, path, count, **kw)
        with self._lock:
            self.faults.append(f)
        return f

    def calls_to(self, method: str) -> int:
        return sum(1 for _, m in self.calls if m == method)

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def author(self, n: int = 1) -> dict:
        return {
            "did": f"did:plc:klant{n:019d}",
            "handle": f"klant{n}.example.com",
            "displayName": f"Klant {n}",
            "labels": [],
        }

    def post_view(
        self, text: str, *, n: int = 1, when: float | None = None, **record_extra
    ) -> dict:
        i = self._next()
        when = time.time() - 1000 + i if when is None else when
        author = self.author(n)
        uri = f"at://{author['did']}/app.bsky.feed.post/3kabc{i:08d}"
        return {
            "uri": uri,
            "cid": f"bafyrei{i:010d}",
            "author": author,
            "record": {
                "$type": "app.bsky.feed.post",
                "text": text,
                "createdAt": iso(when),
                **record_extra,
            },
            "indexedAt": iso(when),
            "labels": [],
        }

    def add_notification(self, text: str, reason: str = "mention", **kw: Any) -> dict:
        view = self.post_view(text, **kw)
        item = {
            "uri": view["uri"],
            "cid": view["cid"],
            "author": view["author"],
            "reason": reason,
            "record": view["record"],
            "isRead": False,
            "indexedAt": view["indexedAt"],
            "labels": [],
        }
        self.notifications.insert(0, item)
        return item

    def add_raw_notification(self, item: Any) -> None:
        self.notifications.insert(0, item)

    def add_post(self, text: str, **kw: Any) -> dict:
        view = self.post_view(text, **kw)
        self.posts.insert(0, view)
        return view


def _page(items: list, cursor: str | None, limit: int) -> tuple[list, str | None]:
    start = int(cursor) if cursor and cursor.isdigit() else 0
    chunk = items[start : start + limit]
    nxt = str(start + limit) if start + limit < len(items) else None
    return chunk, nxt


class _Handler(LoopbackHandler):
    fake: FakeBluesky

    # -- plumbing -----------------------------------------------------------------------

    def _rate_headers(self) -> dict[str, str]:
        f = self.fake
        return {
            "ratelimit-limit": "3000",
            "ratelimit-remaining": str(f.rate_remaining),
            "ratelimit-reset": str(f.rate_reset),
            "ratelimit-policy": "3000;w=300",
        }

    def _send(
        self,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
        *,
        raw: bytes | None = None,
        truncate: bool = False,
    ) -> None:
        data = raw if raw is not None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        for k, v in {**self._rate_headers(), **(headers or {})}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2] if truncate else data)
        self.wfile.flush()
        if truncate:
            self._drop()

    def _error(self, status: int, name: str, message: str = "") -> None:
        self._send(status, {"error": name, "message": message or name})

    def _auth(self, kind: str = "access") -> bool:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        f = self.fake
        valid = f.access if kind == "access" else f.refresh
        if not token:
            self._error(401, "AuthMissing", "Authentication Required")
            return False
        if token in f.expired:
            self._error(400, "ExpiredToken", "Token has expired")
            return False
        if token not in valid:
            self._error(400, "InvalidToken", "Token could not be verified")
            return False
        return True

    def _body(self) -> Any:
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        return json.loads(raw) if raw else {}

    def _fault(self, method: str) -> Fault | None:
        f = self.fake
        with f._lock:
            for fault in f.faults:
                if fault.count > 0 and method.startswith(fault.path):
                    fault.count -= 1
                    return fault
        return None

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, http_method: str) -> None:
        parts = urlsplit(self.path)
        method = parts.path.removeprefix("/xrpc/")
        query = parse_qs(parts.query)
        body = self._body() if http_method == "POST" else None
        self.fake.calls.append((http_method, method))
        fault = self._fault(method)
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind == "status":
            self._send(fault.status, {"error": fault.error, "message": fault.error}, fault.headers)
            return
        if fault is not None and fault.kind == "raw":
            self._send(200, None, raw=fault.body)
            return
        if fault is not None and fault.kind == "bad_json":
            self._send(200, None, raw=b'{"notifications": [ {"uri": ')
            return
        answer = self._route(method, query, body)
        if answer is None:
            return  # an error was sent
        if fault is not None and fault.kind == "drop_after":
            self._drop()
            return
        self._send(200, answer, truncate=fault is not None and fault.kind == "truncate")

    def _route(self, method: str, q: dict[str, list[str]], body: Any) -> Any:
        f = self.fake
        one = lambda name, default=None: (q.get(name) or [default])[0]  # noqa: E731
        limit = int(one("limit", "50"))
        if method == "com.atproto.server.createSession":
            if f.two_factor:
                self._error(401, "AuthFactorTokenRequired", "A sign in code has been sent")
                return None
            if body.get("identifier") != f.handle or body.get("password") != f.app_password:
                self._error(401, "AuthenticationRequired", "Invalid identifier or password")
                return None
            return self._session()
        if method == "com.atproto.server.refreshSession":
            if not self._auth("refresh"):
                return None
            f.refresh.clear()
            f.access.clear()
            return self._session()
        if not self._auth():
            return None
        for route in f.routes:
            answer = route(self, method, q, body)
            if answer is not NotImplemented:
                return answer
        if method == "app.bsky.notification.listNotifications":
            reasons = set(q.get("reasons") or [])
            items = [
                n
                for n in f.notifications
                if not reasons or not isinstance(n, dict) or n.get("reason") in reasons
            ]
            page, cursor = _page(items, one("cursor"), limit)
            return {"notifications": page, **({"cursor": cursor} if cursor else {})}
        if method == "app.bsky.feed.searchPosts":
            words = (one("q") or "").lower().split()
            items = [p for p in f.posts if all(w in p["record"]["text"].lower() for w in words)]
            page, cursor = _page(items, one("cursor"), limit)
            return {"posts": page, **({"cursor": cursor} if cursor else {})}
        if method == "com.atproto.repo.putRecord":
            rkey, record = body["rkey"], body["record"]
            uri = f"at://{f.did}/{body['collection']}/{rkey}"
            cid = "bafy" + str(abs(hash(json.dumps(record, sort_keys=True))))
            have = f.records.get(rkey)
            if have is not None and "swapRecord" in body and body["swapRecord"] is None:
                if have["value"] != record:
                    self._error(400, "InvalidSwap", f"Record was at {have['cid']}")
                    return None
                return {"uri": uri, "cid": have["cid"]}
            f.records[rkey] = {"uri": uri, "cid": cid, "value": record}
            return {"uri": uri, "cid": cid, "commit": {"cid": "bafycommit", "rev": "3kzzz"}}
        if method == "com.atproto.repo.getRecord":
            have = f.records.get(one("rkey", ""))
            if have is None:
                self._error(400, "RecordNotFound", "Could not locate record")
                return None
            return have
        self._error(501, "MethodNotImplemented", f"Method Not Implemented: {method}")
        return None

    def _session(self) -> dict:
        f = self.fake
        access, refresh = f"acc-{secrets.token_hex(6)}", f"ref-{secrets.token_hex(6)}"
        f.access.add(access)
        f.refresh.add(refresh)
        return {
            "accessJwt": access,
            "refreshJwt": refresh,
            "handle": f.handle,
            "did": f.did,
            "active": True,
        }
