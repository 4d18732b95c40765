"""A loopback Mastodon server that speaks the documented wire format, with fault injection.

Entities follow https://docs.joinmastodon.org/entities/ field for field (Account, Status,
Notification, Application, Token, Instance v1/v2, Search, Context); lists page newest
first with ``max_id``/``since_id``/``min_id``/``limit`` and a ``Link`` header; every answer
carries ``X-RateLimit-Limit/Remaining/Reset`` (Reset as ISO 8601, as Mastodon sends it).

Use::

    with FakeMastodon() as fake:
        me = fake.me
        fake.mention(fake.add_account("klant"), "<p>@eva help</p>")
        adapter = MastodonAdapter(make_session(), 1, fake.base_url, fake.token)

Faults (``fake.fault(...)``) apply to the next ``count`` requests whose method and path
match: ``status`` (any HTTP code, body, headers), ``slow`` (sleep first), ``drop`` (close
the connection without an answer, before handling), ``drop_after`` (handle the request,
then close without an answer: the outcome is unknown to the client), ``truncate`` (answer
with fewer bytes than Content-Length), ``bad_json``.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, parse_qsl, quote, urlencode, urlsplit

from loopback_server import LoopbackHandler, LoopbackServer

OOB = "urn:ietf:wg:oauth:2.0:oob"

#: The OAuth scope each endpoint asks for, as Mastodon's API documentation lists it
#: (docs.joinmastodon.org/methods/...): a token granted other scopes gets a 403.
SCOPE_OF_ENDPOINT: list[tuple[str, str, str]] = [
    ("GET", r"/api/v1/accounts/verify_credentials", "read:accounts"),
    ("GET", r"/api/v1/notifications", "read:notifications"),
    ("GET", r"/api/v2/notifications/policy", "read:notifications"),
    ("GET", r"/api/v1/notifications/requests", "read:notifications"),
    ("POST", r"/api/v1/notifications/requests/[^/]+/(?:accept|dismiss)", "write:notifications"),
    ("GET", r"/api/v2/search", "read:search"),
    ("GET", r"/api/v1/accounts/[^/]+/statuses", "read:statuses"),
    ("GET", r"/api/v1/conversations", "read:statuses"),
    ("POST", r"/api/v1/conversations/[^/]+/read", "write:conversations"),
    ("POST", r"/api/v1/statuses", "write:statuses"),
    ("DELETE", r"/api/v1/statuses/[^/]+", "write:statuses"),
    ("POST", r"/api/v1/statuses/[^/]+/(?:favourite|unfavourite)", "write:favourites"),
    ("POST", r"/api/v1/statuses/[^/]+/(?:reblog|unreblog)", "write:statuses"),
    ("POST", r"/api/v1/statuses/[^/]+/quotes/[^/]+/revoke", "write:statuses"),
    ("POST", r"/api/v1/accounts/[^/]+/(?:mute|unmute)", "write:mutes"),
    ("POST", r"/api/v1/accounts/[^/]+/(?:block|unblock)", "write:blocks"),
    ("POST", r"/api/v1/reports", "write:reports"),
]


def iso(ts: float) -> str:
    """Mastodon's datetime format: ``2019-12-08T03:48:33.901Z``."""
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _key(i: str) -> tuple[int, str]:
    return (len(i), i)


@dataclass
class Fault:
    kind: str  # status | slow | drop | drop_after | truncate | bad_json
    method: str = ""  # "" = any
    path: str = ""  # prefix; "" = any
    count: int = 1
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        return (not self.method or self.method == method) and path.startswith(self.path)


class FakeMastodon(LoopbackServer):
    def __init__(self, *, domain: str = "", max_characters: int = 500) -> None:
        self._lock = threading.RLock()
        self._next_id = 109_000_000_000_000_000
        self.accounts: dict[str, dict] = {}
        self.statuses: dict[str, dict] = {}
        self.notifications: list[dict] = []  # of the account ``me``
        self.raw_notifications: list[dict] = []  # injected as-is (malformed ones)
        self.by_type: dict[str, list[tuple[str, dict]]] = {}  # type -> (id, notification), id order
        self.raw_tag_items: dict[str, list[Any]] = {}
        self.apps: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, str] = {}  # token -> account id
        #: token -> the scopes it was granted (a token issued by a test directly has all)
        self.token_scopes: dict[str, frozenset[str]] = {}
        self.idempotency: dict[tuple[str, str], str] = {}
        self.faults: list[Fault] = []
        self.log: list[dict] = []  # every request: method, path, query, headers
        self.max_characters = max_characters
        self.instance_v2 = True  # False: /api/v2/instance answers 404 (servers before 4.0)
        self.v1_max_toot_chars: int | None = None  # glitch-soc/Pleroma style
        self.full_text_search = False  # most servers: statuses search finds nothing new
        self.search_unsupported_status: int | None = None  # e.g. 400/422/503 for search
        self.oauth_metadata = True
        self.rate_limit = 300
        self.remaining = 300
        self.reset_at = time.time() + 300
        self.domain = domain
        #: Extra routes (modules beside this one add endpoints): each is called as
        #: ``route(handler, method, path, query, body, me)`` after the token is checked and
        #: answers ``(status, body, headers)``, or None when the request is not its own.
        self.routes: list[Any] = []
        self.me = self.add_account("eva", "Eva van Fietsen")
        self.token = self.issue_token(self.me["id"])

    # --- lifecycle -----------------------------------------------------------------------

    def handler_class(self) -> type:
        return _Handler

    def start(self, port: int = 0) -> FakeMastodon:
        super().start(port)
        if not self.domain:
            self.domain = f"127.0.0.1:{self.port}"
            for acc in self.accounts.values():  # accounts made before the port was known
                acc["url"] = f"{self.base_url}/@{acc['username']}"
        return self

    @property
    def base_url(self) -> str:
        # before start() (accounts made in __init__): a placeholder the start fixes up
        return f"http://127.0.0.1:{self.port if self._server else 0}"

    # --- data ----------------------------------------------------------------------------

    def new_id(self) -> str:
        with self._lock:
            self._next_id += 1
            return str(self._next_id)

    def issue_token(self, account_id: str, scopes: str | None = None) -> str:
        tok = secrets.token_urlsafe(24)
        self.tokens[tok] = account_id
        if scopes is not None:
            self.token_scopes[tok] = frozenset(scopes.split())
        return tok

    def add_account(self, username: str, display_name: str = "", *, remote: str = "") -> dict:
        aid = self.new_id()
        acct = f"{username}@{remote}" if remote else username
        now = iso(time.time())
        base = f"https://{remote}" if remote else (self.base_url if self._server else "")
        acc = {
            "id": aid,
            "username": username,
            "acct": acct,
            "display_name": display_name or username,
            "locked": False,
            "bot": False,
            "discoverable": True,
            "group": False,
            "created_at": now,
            "note": "",
            "url": f"{base}/@{username}",
            "uri": f"{base}/users/{username}",
            "avatar": f"{base}/avatars/original/missing.png",
            "avatar_static": f"{base}/avatars/original/missing.png",
            "header": f"{base}/headers/original/missing.png",
            "header_static": f"{base}/headers/original/missing.png",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": 0,
            "last_status_at": None,
            "emojis": [],
            "fields": [],
        }
        self.accounts[aid] = acc
        return acc

    def add_status(
        self,
        account: dict,
        content: str,
        *,
        in_reply_to_id: str | None = None,
        spoiler_text: str = "",
        language: str | None = "en",
        created_at: float | None = None,
        visibility: str = "public",
        mentions: list[dict] | None = None,
    ) -> dict:
        sid = self.new_id()
        ts = time.time() if created_at is None else created_at
        parent = self.statuses.get(in_reply_to_id) if in_reply_to_id else None
        tags = [
            {"name": t.lower(), "url": f"{self.base_url}/tags/{t.lower()}"}
            for t in re.findall(r"#(\w+)", html.unescape(re.sub(r"<[^>]+>", " ", content)))
        ]
        base = self.base_url if self._server else ""
        st = {
            "id": sid,
            "uri": f"{base}/users/{account['username']}/statuses/{sid}",
            "created_at": iso(ts),
            "account": account,
            "content": content,
            "visibility": visibility,
            "sensitive": bool(spoiler_text),
            "spoiler_text": spoiler_text,
            "media_attachments": [],
            "application": {"name": "Web", "website": None},
            "mentions": [
                {"id": m["id"], "username": m["username"], "url": m["url"], "acct": m["acct"]}
                for m in (mentions or [])
            ],
            "tags": tags,
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": 0,
            "url": f"{base}/@{account['username']}/{sid}",
            "in_reply_to_id": in_reply_to_id if parent or in_reply_to_id else None,
            "in_reply_to_account_id": parent["account"]["id"] if parent else None,
            "reblog": None,
            "poll": None,
            "card": None,
            "language": language,
            "text": None,
            "edited_at": None,
            "favourited": False,
            "reblogged": False,
            "muted": False,
            "bookmarked": False,
            "pinned": False,
            "filtered": [],
            "_ts": ts,
        }
        with self._lock:
            self.statuses[sid] = st
            if parent:
                parent["replies_count"] += 1
            account["statuses_count"] += 1
            account["last_status_at"] = iso(ts)[:10]
        return st

    def mention(self, account: dict, content: str, **kw: Any) -> dict:
        """A status by ``account`` mentioning ``me``, and the mention notification for it."""
        st = self.add_status(account, content, mentions=[self.me, *kw.pop("mentions", [])], **kw)
        self.add_notification("mention", account, st)
        return st

    def add_notification(self, type_: str, account: dict, status: dict | None = None) -> dict:
        n = {
            "id": self.new_id(),
            "type": type_,
            "group_key": f"ungrouped-{self._next_id}",
            "created_at": status["created_at"] if status else iso(time.time()),
            "account": account,
            "status": status,
        }
        with self._lock:
            self.notifications.append(n)
            self.by_type.setdefault(type_, []).append((n["id"], n))
        return n

    def add_raw_notification(self, item: Any) -> str:
        """Inject any JSON value as a notification (for malformed items); returns its id."""
        nid = self.new_id()
        if isinstance(item, dict):
            item.setdefault("id", nid)
        self.raw_notifications.append({"_id": nid, "_item": item})
        return nid

    def delete_status(self, sid: str) -> None:
        with self._lock:
            self.statuses.pop(sid, None)

    def fault(
        self, kind: str, *, method: str = "", path: str = "", count: int = 1, **kw: Any
    ) -> Fault:
        f = Fault(kind=kind, method=method, path=path, count=count, **kw)
        with self._lock:
            self.faults.append(f)
        return f

    def statuses_by(self, account: dict) -> list[dict]:
        return [s for s in self.statuses.values() if s["account"]["id"] == account["id"]]

    def requests_to(self, path_prefix: str, method: str = "") -> list[dict]:
        return [
            r
            for r in self.log
            if r["path"].startswith(path_prefix) and (not method or r["method"] == method)
        ]

    # --- views ---------------------------------------------------------------------------

    @staticmethod
    def public(obj: Any) -> Any:
        """The entity without private bookkeeping fields (``_ts``)."""
        if isinstance(obj, dict):
            return {k: FakeMastodon.public(v) for k, v in obj.items() if not k.startswith("_")}
        if isinstance(obj, list):
            return [FakeMastodon.public(v) for v in obj]
        return obj

    def instance_v2_entity(self) -> dict:
        return {
            "domain": self.domain,
            "title": "Fake Mastodon",
            "version": "4.3.0",
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "A loopback server for tests.",
            "usage": {"users": {"active_month": len(self.accounts)}},
            "thumbnail": {"url": f"{self.base_url}/thumb.png"},
            "languages": ["en", "nl"],
            "configuration": {
                "urls": {"streaming": "wss://" + self.domain},
                "accounts": {"max_featured_tags": 10},
                "statuses": {
                    "max_characters": self.max_characters,
                    "max_media_attachments": 4,
                    "characters_reserved_per_url": 23,
                },
                "media_attachments": {"supported_mime_types": ["image/png"]},
                "polls": {
                    "max_options": 4,
                    "max_characters_per_option": 50,
                    "min_expiration": 300,
                    "max_expiration": 2629746,
                },
                "translation": {"enabled": False},
            },
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "contact": {"email": "admin@example.org", "account": None},
            "rules": [],
        }

    def instance_v1_entity(self) -> dict:
        d = {
            "uri": self.domain,
            "title": "Fake Mastodon",
            "short_description": "",
            "description": "A loopback server for tests.",
            "email": "admin@example.org",
            "version": "3.5.3",
            "urls": {"streaming_api": "wss://" + self.domain},
            "stats": {
                "user_count": len(self.accounts),
                "status_count": len(self.statuses),
                "domain_count": 1,
            },
            "languages": ["en"],
            "registrations": False,
            "approval_required": False,
            "invites_enabled": False,
            "contact_account": None,
            "rules": [],
        }
        if self.v1_max_toot_chars is not None:
            d["max_toot_chars"] = self.v1_max_toot_chars
        else:
            d["configuration"] = {
                "statuses": {
                    "max_characters": self.max_characters,
                    "max_media_attachments": 4,
                    "characters_reserved_per_url": 23,
                }
            }
        return d


def _plain(content: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", content))


def paginate(
    items: list[tuple[str, Any]],
    q: dict[str, list[str]],
    *,
    default: int,
    maximum: int,
    presorted: bool = False,
) -> tuple[list[tuple[str, Any]], bool]:
    """Mastodon list semantics over (id, item) pairs; returns the page newest first.

    ``max_id``: older than; ``since_id``: newer than (the newest ``limit`` of them);
    ``min_id``: the ``limit`` items immediately newer than it.
    """

    def one(name: str) -> str | None:
        v = q.get(name)
        return v[0] if v else None

    try:
        limit = int(one("limit") or default)
    except ValueError:
        limit = default
    limit = max(1, min(limit, maximum))

    def k(p: tuple[str, Any]) -> tuple[int, str]:
        return _key(p[0])

    asc = items if presorted else sorted(items, key=k)  # oldest first
    lo, hi = 0, len(asc)  # the window [lo, hi) that the bounds allow
    max_id, since_id, min_id = one("max_id"), one("since_id"), one("min_id")
    if max_id:
        hi = bisect.bisect_left(asc, _key(max_id), lo, hi, key=k)
    if since_id:
        lo = max(lo, bisect.bisect_right(asc, _key(since_id), lo, hi, key=k))
    if min_id:
        lo = max(lo, bisect.bisect_right(asc, _key(min_id), lo, hi, key=k))
        return list(reversed(asc[lo : min(hi, lo + limit)])), True
    return list(reversed(asc[max(lo, hi - limit) : hi])), False


class _Handler(LoopbackHandler):
    fake: FakeMastodon

    # --- plumbing ------------------------------------------------------------------------

    def _read_body(self) -> dict[str, Any]:
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/json":
            try:
                data = json.loads(raw or b"{}")
            except ValueError:
                return {"_invalid": True}
            return data if isinstance(data, dict) else {"_invalid": True}
        out: dict[str, Any] = {}
        for k, v in parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True):
            out[k] = v
        return out

    def _rate_headers(self) -> dict[str, str]:
        f = self.fake
        return {
            "X-RateLimit-Limit": str(f.rate_limit),
            "X-RateLimit-Remaining": str(max(f.remaining, 0)),
            "X-RateLimit-Reset": iso(f.reset_at),
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
        data = raw if raw is not None else json.dumps(body).encode("utf-8")
        self.send_response(status)
        hdrs = {
            "Content-Type": "application/json; charset=utf-8",
            **self._rate_headers(),
            **(headers or {}),
        }
        for k, v in hdrs.items():
            self.send_header(k, v)
        if truncate:
            self.send_header("Content-Length", str(len(data) + 100))
            self.end_headers()
            self.wfile.write(data[: max(1, len(data) // 2)])
            self.wfile.flush()
            self._drop()
            return
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"error": message}, headers)

    def _in_scope(self, method: str, path: str) -> bool:
        auth = self.headers.get("Authorization") or ""
        granted = self.fake.token_scopes.get(auth[7:].strip())
        if granted is None:
            return True
        for want_method, pattern, scope in SCOPE_OF_ENDPOINT:
            if method == want_method and re.fullmatch(pattern, path):
                return scope in granted or scope.split(":")[0] in granted
        return True

    def _account_id(self) -> str | None:
        auth = self.headers.get("Authorization") or ""
        if not auth.startswith("Bearer "):
            return None
        return self.fake.tokens.get(auth[7:].strip())

    # --- dispatch ------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._guarded("GET")

    def do_POST(self) -> None:
        self._guarded("POST")

    def do_DELETE(self) -> None:
        self._guarded("DELETE")

    def _guarded(self, method: str) -> None:
        try:
            self._dispatch(method)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test): fine

    def _dispatch(self, method: str) -> None:
        f = self.fake
        parts = urlsplit(self.path)
        path, q = parts.path, parse_qs(parts.query, keep_blank_values=True)
        body = self._read_body() if method in ("POST", "PUT", "PATCH") else {}
        f.log.append(
            {
                "method": method,
                "path": path,
                "query": q,
                "headers": dict(self.headers),
                "body": body,
            }
        )
        fault = None
        with f._lock:
            for flt in f.faults:
                if flt.count > 0 and flt.matches(method, path):
                    flt.count -= 1
                    fault = flt
                    break
            f.faults = [x for x in f.faults if x.count > 0]
        if fault is not None:
            if fault.kind == "slow":
                time.sleep(fault.seconds)
            elif fault.kind == "drop":
                self._drop()
                return
            elif fault.kind == "status":
                hdrs = dict(fault.headers)
                if fault.status == 429 and not any(k.lower() == "x-ratelimit-reset" for k in hdrs):
                    hdrs["X-RateLimit-Remaining"] = "0"
                body_out = fault.body if fault.body is not None else {"error": "Fault injected"}
                raw = body_out if isinstance(body_out, bytes) else None
                self._send(fault.status, None if raw else body_out, hdrs, raw=raw)
                return
            elif fault.kind == "bad_json":
                self._send(200, None, raw=b'{"id": "1", "content": <not json')
                return
        # The quota: every request costs one; an empty quota answers 429.
        with f._lock:
            if f.remaining <= 0 and f.reset_at > time.time():
                limited = True
            else:
                if f.reset_at <= time.time():
                    f.remaining, f.reset_at = f.rate_limit, time.time() + 300
                f.remaining -= 1
                limited = False
        if limited:
            self._error(429, "Too many requests")
            return
        after = fault.kind if fault is not None and fault.kind in ("drop_after", "truncate") else ""
        try:
            status, out, headers = self._route(method, path, q, body)
        except Exception as exc:  # a bug in the fake shows up as a 500 with the reason
            status, out, headers = 500, {"error": f"fake server error: {exc!r}"}, {}
        if after == "drop_after":
            self._drop()
            return
        if isinstance(out, bytes):
            self._send(status, None, headers, raw=out, truncate=after == "truncate")
        else:
            self._send(status, FakeMastodon.public(out), headers, truncate=after == "truncate")

    def _route(self, method: str, path: str, q: dict, body: dict):
        f = self.fake
        if method == "POST" and path == "/api/v1/apps":
            return self._apps(body)
        if method == "GET" and path == "/oauth/authorize":
            return self._authorize(q)
        if method == "POST" and path == "/oauth/token":
            return self._token(body)
        if method == "GET" and path == "/.well-known/oauth-authorization-server":
            if not f.oauth_metadata:
                return 404, {"error": "Not found"}, {}
            return (
                200,
                {
                    "issuer": f.base_url + "/",
                    "authorization_endpoint": f.base_url + "/oauth/authorize",
                    "token_endpoint": f.base_url + "/oauth/token",
                    "scopes_supported": [
                        "read",
                        "write",
                        "read:notifications",
                        "read:statuses",
                        "read:search",
                        "read:accounts",
                        "write:statuses",
                        "write:favourites",
                        "write:mutes",
                        "write:blocks",
                        "write:reports",
                        "write:conversations",
                        "write:notifications",
                    ],
                    "response_types_supported": ["code"],
                    "code_challenge_methods_supported": ["S256"],
                    "grant_types_supported": ["authorization_code", "client_credentials"],
                },
                {},
            )
        if method == "GET" and path == "/api/v2/instance":
            if not f.instance_v2:
                return 404, {"error": "Record not found"}, {}
            return 200, f.instance_v2_entity(), {}
        if method == "GET" and path == "/api/v1/instance":
            return 200, f.instance_v1_entity(), {}
        me = self._account_id()
        if me is None:
            return 401, {"error": "The access token is invalid"}, {}
        if not self._in_scope(method, path):
            # What Mastodon's doorkeeper answers for a token without the scope.
            return 403, {"error": "This action is outside the authorized scopes"}, {}
        if method == "GET" and path == "/api/v1/accounts/verify_credentials":
            acc = dict(f.accounts[me])
            acc["source"] = {
                "privacy": "public",
                "sensitive": False,
                "language": "nl",
                "note": "",
                "fields": [],
                "follow_requests_count": 0,
            }
            return 200, acc, {}
        for route in f.routes:
            answer = route(self, method, path, q, body, me)
            if answer is not None:
                return answer
        if method == "GET" and path == "/api/v1/notifications":
            return self._notifications(q)
        m = re.fullmatch(r"/api/v1/accounts/([^/]+)/statuses", path)
        if method == "GET" and m:
            # the author sees all of their own statuses, direct ones too; others the public
            items = [
                (st["id"], st)
                for st in f.statuses.values()
                if st["account"]["id"] == m.group(1)
                and (m.group(1) == me or st["visibility"] == "public")
            ]
            page, _ = paginate(items, q, default=20, maximum=40)
            return 200, [st for _, st in page], self._link(path, q, [i for i, _ in page])
        m = re.fullmatch(r"/api/v1/timelines/tag/([^/]+)", path)
        if method == "GET" and m:
            return self._tag(m.group(1), q)
        if method == "GET" and path == "/api/v2/search":
            return self._search(q)
        if method == "POST" and path == "/api/v1/statuses":
            return self._post_status(me, body)
        m = re.fullmatch(r"/api/v1/statuses/([^/]+)(/context)?", path)
        if m:
            st = f.statuses.get(m.group(1))
            if st is None:
                return 404, {"error": "Record not found"}, {}
            if method == "GET" and m.group(2):
                return 200, self._context(st), {}
            if method == "GET":
                return 200, st, {}
            if method == "DELETE" and st["account"]["id"] == me:
                f.delete_status(st["id"])
                return 200, st, {}
        return 404, {"error": "Record not found"}, {}

    # --- OAuth ---------------------------------------------------------------------------

    def _apps(self, body: dict):
        f = self.fake
        name = body.get("client_name")
        redirect = body.get("redirect_uris")
        if not name or not redirect:
            return (
                422,
                {
                    "error": "Validation failed: Application name can't be blank, "
                    "Redirect URI must be an absolute URI."
                },
                {},
            )
        cid, secret = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        app = {
            "id": f.new_id(),
            "name": name,
            "website": body.get("website") or None,
            "scopes": (body.get("scopes") or "read").split(),
            "redirect_uri": redirect,
            "redirect_uris": redirect.split(),
            "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
            "client_id": cid,
            "client_secret": secret,
            "client_secret_expires_at": 0,
        }
        f.apps[cid] = app
        return 200, app, {}

    def _authorize(self, q: dict):
        """The page the user would see; with the oob redirect it shows the code."""
        f = self.fake
        one = {k: v[0] for k, v in q.items()}
        app = f.apps.get(one.get("client_id", ""))
        if app is None or one.get("response_type") != "code":
            return (
                400,
                b"<html><body>The client application is unknown.</body></html>",
                {"Content-Type": "text/html"},
            )
        if one.get("redirect_uri") not in app["redirect_uris"]:
            return (
                400,
                b"<html><body>The redirect uri included is not valid.</body></html>",
                {"Content-Type": "text/html"},
            )
        code = secrets.token_urlsafe(24)
        f.codes[code] = {
            "client_id": app["client_id"],
            "challenge": one.get("code_challenge"),
            "method": one.get("code_challenge_method"),
            "scope": one.get("scope", "read"),
            "account_id": f.me["id"],
            "used": False,
        }
        page = (
            f"<html><body><p>Copy this authorization code and paste it to the "
            f'application.</p><input class="oauth-code" readonly value="{code}">'
            f"</body></html>"
        ).encode()
        return 200, page, {"Content-Type": "text/html; charset=utf-8"}

    def _token(self, body: dict):
        f = self.fake
        app = f.apps.get(body.get("client_id", ""))
        if app is None or body.get("client_secret") != app["client_secret"]:
            return (
                401,
                {
                    "error": "invalid_client",
                    "error_description": "Client authentication "
                    "failed due to unknown client, no client authentication included, or "
                    "unsupported authentication method.",
                },
                {},
            )
        code = f.codes.get(body.get("code", ""))
        bad = {
            "error": "invalid_grant",
            "error_description": "The provided authorization grant "
            "is invalid, expired, revoked, does not match the redirection URI used in the "
            "authorization request, or was issued to another client.",
        }
        if (
            body.get("grant_type") != "authorization_code"
            or code is None
            or code["used"]
            or code["client_id"] != app["client_id"]
            or body.get("redirect_uri") not in app["redirect_uris"]
        ):
            return 400, bad, {}
        if code["challenge"]:
            verifier = body.get("code_verifier") or ""
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if digest.rstrip(b"=").decode() != code["challenge"]:
                return 400, bad, {}
        code["used"] = True
        tok = f.issue_token(code["account_id"], code["scope"])
        return (
            200,
            {
                "access_token": tok,
                "token_type": "Bearer",
                "scope": code["scope"],
                "created_at": int(time.time()),
            },
            {},
        )

    # --- lists ---------------------------------------------------------------------------

    def _link(self, path: str, q: dict, page_ids: list[str]) -> dict[str, str]:
        if not page_ids:
            return {}
        keep = [
            (k, v)
            for k, vals in q.items()
            if k not in ("max_id", "min_id", "since_id")
            for v in vals
        ]
        base = self.fake.base_url + path
        older = base + "?" + urlencode([*keep, ("max_id", page_ids[-1])])
        newer = base + "?" + urlencode([*keep, ("min_id", page_ids[0])])
        return {"Link": f'<{older}>; rel="next", <{newer}>; rel="prev"'}

    def _notifications(self, q: dict):
        f = self.fake
        types = q.get("types[]") or q.get("types") or []
        exclude = q.get("exclude_types[]") or []
        with f._lock:
            if len(types) == 1 and not exclude and not f.raw_notifications:
                # The common case, kept in id order as it grows: no sorting per request.
                items, presorted = f.by_type.get(types[0], []), True
            else:
                items = [
                    (n["id"], n)
                    for n in f.notifications
                    if (not types or n["type"] in types) and n["type"] not in exclude
                ]
                items += [(raw["_id"], raw["_item"]) for raw in f.raw_notifications]
                presorted = False
            page, _ = paginate(items, q, default=40, maximum=80, presorted=presorted)
        ids = [i for i, _ in page]
        return 200, [item for _, item in page], self._link("/api/v1/notifications", q, ids)

    def _tag(self, tag: str, q: dict):
        f = self.fake
        tag = tag.lower()
        items: list[tuple[str, Any]] = [
            (s["id"], s)
            for s in f.statuses.values()
            if s["visibility"] == "public" and any(t["name"] == tag for t in s["tags"])
        ]
        for raw in f.raw_tag_items.get(tag, []):
            rid = (
                raw.get("id")
                if isinstance(raw, dict) and isinstance(raw.get("id"), str)
                else f.new_id()
            )
            items.append((rid, raw))
        page, _ = paginate(items, q, default=20, maximum=40)
        ids = [i for i, _ in page]
        return (
            200,
            [item for _, item in page],
            self._link("/api/v1/timelines/tag/" + quote(tag), q, ids),
        )

    def _search(self, q: dict):
        f = self.fake
        query = (q.get("q") or [""])[0].strip()
        if f.search_unsupported_status:
            return f.search_unsupported_status, {"error": "Search is not available"}, {}
        kind = (q.get("type") or [""])[0]
        out: dict[str, list] = {"accounts": [], "statuses": [], "hashtags": []}
        if not query:
            return 200, out, {}
        if kind in ("", "statuses"):
            found: list[tuple[str, Any]] = []
            for s in f.statuses.values():
                hit = s["url"] == query or s["uri"] == query  # URL lookups always work
                if f.full_text_search and query.lower() in _plain(s["content"]).lower():
                    hit = True
                if hit:
                    found.append((s["id"], s))
            # min_id/max_id narrow; offset pages through; newest first.
            page, _ = paginate(
                found, {k: v for k, v in q.items() if k != "limit"}, default=10_000, maximum=10_000
            )
            try:
                offset = int((q.get("offset") or ["0"])[0])
                limit = max(1, min(int((q.get("limit") or ["20"])[0]), 40))
            except ValueError:
                return 400, {"error": "Invalid offset or limit"}, {}
            page = sorted(page, key=lambda p: _key(p[0]), reverse=True)
            out["statuses"] = [s for _, s in page[offset : offset + limit]]
        if kind in ("", "hashtags"):
            out["hashtags"] = [
                {
                    "name": query.lstrip("#").lower(),
                    "url": f"{f.base_url}/tags/{query.lstrip('#').lower()}",
                    "history": [],
                }
            ]
        return 200, out, {}

    def _context(self, st: dict) -> dict:
        f = self.fake
        ancestors = []
        cur = st
        while cur.get("in_reply_to_id") and cur["in_reply_to_id"] in f.statuses:
            cur = f.statuses[cur["in_reply_to_id"]]
            ancestors.append(cur)
        ancestors.reverse()
        descendants = []
        frontier = [st["id"]]
        while frontier:
            kids = [s for s in f.statuses.values() if s.get("in_reply_to_id") in frontier]
            kids.sort(key=lambda s: _key(s["id"]))
            descendants.extend(kids)
            frontier = [s["id"] for s in kids]
        return {"ancestors": ancestors, "descendants": descendants}

    def _post_status(self, me: str, body: dict):
        f = self.fake
        key = self.headers.get("Idempotency-Key")
        with f._lock:
            if key and (me, key) in f.idempotency:
                sid = f.idempotency[(me, key)]
                if sid in f.statuses:
                    return 200, f.statuses[sid], {}
            text = body.get("status")
            if body.get("_invalid"):
                return 400, {"error": "Invalid JSON"}, {}
            if not isinstance(text, str) or not text.strip():
                return 422, {"error": "Validation failed: Text can't be blank"}, {}
            if len(text) > f.max_characters:
                return (
                    422,
                    {
                        "error": f"Validation failed: Text character limit of "
                        f"{f.max_characters} exceeded"
                    },
                    {},
                )
            reply_to = body.get("in_reply_to_id") or None
            if reply_to and str(reply_to) not in f.statuses:
                return 404, {"error": "Record not found"}, {}
            content = "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
            vis = body.get("visibility") or "public"
            if vis not in ("public", "unlisted", "private", "direct"):
                return (
                    422,
                    {"error": "Validation failed: Visibility is not included in the list"},
                    {},
                )
            st = f.add_status(
                f.accounts[me],
                content,
                in_reply_to_id=str(reply_to) if reply_to else None,
                language=body.get("language") or "nl",
                visibility=vis,
            )
            if key:
                f.idempotency[(me, key)] = st["id"]
        return 200, st, {}
