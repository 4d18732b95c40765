"""Bluesky (atproto): notifications (mention, reply, quote), post search, threads; posting.

Wire format: XRPC over HTTPS against the user's PDS (https://docs.bsky.app/docs/api/).
Queries are ``GET /xrpc/<nsid>?...``, procedures ``POST /xrpc/<nsid>`` with a JSON body;
errors are JSON ``{"error": "<Name>", "message": "..."}``; rate limits use the
``ratelimit-limit/remaining/reset/policy`` headers (reset in epoch seconds) and 429.
``app.bsky.*`` calls go to the PDS, which proxies them to its AppView (optionally chosen
with the ``atproto-proxy`` header).

Sessions: ``create_session`` logs in ONCE with the handle and an app password (login is
limited to a few dozen per 5 minutes and a few hundred a day). The adapter never logs in
by itself: when the access token has expired it calls ``com.atproto.server.refreshSession``
with the refresh token and hands the new tokens to ``on_tokens`` (to be kept in the
keyring); when that fails the user must log in again (``NeedsLogin``).

Remote ids are AT URIs (``at://<did>/app.bsky.feed.post/<rkey>``); replies carry the thread
root and parent URIs from ``record.reply``.

Cursor for one source: ``{"newest": "<indexedAt of the newest item seen>", "newest_uris":
[...]}``. A poll walks pages (newest first) until it reaches what it saw before; when the
page budget runs out first, ``"pending"`` keeps the page cursor and the next poll continues
the walk, so nothing between two sweeps is missed.

Posting exactly once: the outbox picks the record key (``new_tid()``) when a reply is
queued, and ``put_post`` writes with ``com.atproto.repo.putRecord`` and ``swapRecord:
null``: a free key creates the post, an identical retry changes nothing, and different
content at that key answers ``InvalidSwap``. ``createdAt`` comes from the key's own
timestamp, so a retry of the same text is byte-for-byte the same record. ``get_post`` tells
whether the post exists after an unknown outcome.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

import grapheme
import requests

from cmstation.channels.base import (
    BadPayload,
    NeedsLogin,
    Permanent,
    PollResult,
)
from cmstation.channels.http import (
    MSG_BAD_JSON,
    MSG_REJECTED,
    HttpClient,
    channel_error,
    check_item,
    check_url,
    loads_json,
    normalise_base_url,
)
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Author, Message, MessageKind

log = logging.getLogger(__name__)

NETWORK = "Bluesky"
CTX = "channels"
POST_COLLECTION = "app.bsky.feed.post"
GRAPHEME_LIMIT = 300
PAGE_LIMIT = 50  # notifications: up to 100; searchPosts: up to 100; 50 keeps pages small
#: The notification reasons cmstation listens to.
LISTENED_REASONS = {
    "mention": MessageKind.MENTION,
    "reply": MessageKind.REPLY,
    "quote": MessageKind.QUOTE,
}

MSG_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "channels",
    "Bluesky did not accept the handle {handle} with this app password. Check both, and "
    "use an app password (Settings > Privacy and security > App passwords), not the main one.",
)
MSG_TWO_FACTOR = QT_TRANSLATE_NOOP(
    "channels",
    "This Bluesky account asks for an e-mail code at login. Use an app password instead "
    "(Settings > Privacy and security > App passwords).",
)
MSG_SESSION_EXPIRED = QT_TRANSLATE_NOOP(
    "channels", "The Bluesky session for {handle} has ended. Log in again with an app password."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "channels", "This post has {count} characters; Bluesky allows at most {limit}."
)
MSG_EMPTY_POST = QT_TRANSLATE_NOOP("channels", "An empty post cannot be sent.")
MSG_BAD_RKEY = QT_TRANSLATE_NOOP(
    "channels", "\u201c{rkey}\u201d is not a valid record key (a TID)."
)
MSG_INVALID_SWAP = QT_TRANSLATE_NOOP(
    "channels",
    "A different post already exists under the key {rkey}; this reply was not sent again.",
)
MSG_NO_PDS = QT_TRANSLATE_NOOP("channels", "Cannot find the Bluesky server (PDS) of {handle}.")
MSG_POST_GONE = QT_TRANSLATE_NOOP("channels", "The Bluesky post {uri} no longer exists.")
NOTE_BUDGET = QT_TRANSLATE_NOOP(
    "channels", "There is more to read; the next sweep continues where this one stopped."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "{count} item(s) were left out because they were malformed."
)


class InvalidSwap(Permanent):
    """putRecord with ``swapRecord: null`` found a different record at that key."""


# --- tokens ----------------------------------------------------------------------------


@dataclass(slots=True)
class BlueskyTokens:
    """A session: kept in the keyring (``to_json``), never in the workspace or a log."""

    access_jwt: str
    refresh_jwt: str
    did: str
    handle: str
    #: The account's own PDS from its DID document ("" = use the channel's server).
    pds_url: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> BlueskyTokens:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a token object")
        for key in ("access_jwt", "refresh_jwt", "did"):
            if not isinstance(data.get(key), str) or not data[key]:
                raise ValueError(f"missing {key}")
        return cls(
            access_jwt=data["access_jwt"],
            refresh_jwt=data["refresh_jwt"],
            did=data["did"],
            handle=str(data.get("handle") or ""),
            pds_url=str(data.get("pds_url") or ""),
        )

    def __repr__(self) -> str:  # never show a token
        return f"BlueskyTokens(did={self.did!r}, handle={self.handle!r}, pds_url={self.pds_url!r})"


def _pds_from_did_doc(doc: Any) -> str:
    if not isinstance(doc, dict):
        return ""
    for svc in doc.get("service") or []:
        if not isinstance(svc, dict):
            continue
        if str(svc.get("id", "")).endswith("#atproto_pds") or svc.get("type") == (
            "AtprotoPersonalDataServer"
        ):
            endpoint = svc.get("serviceEndpoint")
            if isinstance(endpoint, str) and endpoint:
                try:
                    return check_url(endpoint.rstrip("/"))
                except Permanent:
                    return ""
    return ""


def _tokens_from(data: Any, fallback_handle: str) -> BlueskyTokens:
    if not isinstance(data, dict):
        raise ValueError("not an object")
    access, refresh, did = data.get("accessJwt"), data.get("refreshJwt"), data.get("did")
    if not all(isinstance(v, str) and v for v in (access, refresh, did)):
        raise ValueError("session without tokens")
    return BlueskyTokens(
        access_jwt=access,
        refresh_jwt=refresh,
        did=did,
        handle=str(data.get("handle") or fallback_handle),
        pds_url=_pds_from_did_doc(data.get("didDoc")),
    )


def _xrpc_error(resp: requests.Response) -> tuple[str, str]:
    try:
        data = loads_json(resp.content)
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    return str(data.get("error") or ""), str(data.get("message") or "")


def _rejected(http: HttpClient, resp: requests.Response, name: str, message: str) -> Permanent:
    host = urlsplit(resp.url or "").netloc
    return channel_error(
        Permanent,
        MSG_REJECTED,
        network=NETWORK,
        host=host,
        status=resp.status_code,
        detail=(message or name or resp.reason or str(resp.status_code))[:200],
    )


def create_session(
    session: requests.Session, pds_url: str, handle: str, app_password: str
) -> BlueskyTokens:
    """Log in once (``com.atproto.server.createSession``) with the handle and an app password."""
    base = normalise_base_url(pds_url)
    handle = handle.strip().lstrip("@")
    http = HttpClient(session, network=NETWORK)
    resp = http.request(
        "POST",
        f"{base}/xrpc/com.atproto.server.createSession",
        ok=(400, 401),
        json={"identifier": handle, "password": app_password},
    )
    if resp.status_code in (400, 401):
        name, message = _xrpc_error(resp)
        if name == "AuthFactorTokenRequired":
            raise channel_error(NeedsLogin, MSG_TWO_FACTOR)
        if resp.status_code == 401 or name in ("AuthenticationRequired", "AccountTakedown"):
            raise channel_error(NeedsLogin, MSG_LOGIN_REFUSED, handle=handle)
        raise _rejected(http, resp, name, message)
    try:
        return _tokens_from(http.json(resp), handle)
    except ValueError:
        raise channel_error(
            BadPayload, MSG_BAD_JSON, network=NETWORK, host=urlsplit(base).netloc
        ) from None


def resolve_pds(
    session: requests.Session,
    handle: str,
    *,
    resolver_url: str = "https://bsky.social",
    plc_url: str = "https://plc.directory",
) -> str:
    """The PDS that hosts ``handle``: handle -> DID (resolveHandle) -> DID document -> PDS."""
    http = HttpClient(session, network=NETWORK)
    handle = handle.strip().lstrip("@")
    base = normalise_base_url(resolver_url)
    data, _ = http.get_json(
        f"{base}/xrpc/com.atproto.identity.resolveHandle", params={"handle": handle}
    )
    did = data.get("did") if isinstance(data, dict) else None
    if not isinstance(did, str) or not did.startswith("did:"):
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    if did.startswith("did:plc:"):
        doc_url = f"{normalise_base_url(plc_url)}/{quote(did)}"
    elif did.startswith("did:web:"):
        host = did.removeprefix("did:web:").replace("%3A", ":")
        doc_url = f"https://{host}/.well-known/did.json"
    else:
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    doc, _ = http.get_json(doc_url)
    pds = _pds_from_did_doc(doc)
    if not pds:
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    return pds


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


def _iso_from_us(us: int) -> str:
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
    return Author(
        remote_id=did,
        handle=handle,
        display_name=str(view.get("displayName") or ""),
        url=profile_url(handle),
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


def _facets_for(text: str) -> list[dict[str, Any]]:
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


# --- the adapter -----------------------------------------------------------------------


class BlueskyAdapter:
    """Listening and posting for one Bluesky account through its PDS."""

    def __init__(
        self,
        session: requests.Session,
        channel_id: int,
        pds_url: str,
        handle: str,
        tokens: BlueskyTokens,
        on_tokens: Callable[[BlueskyTokens], None],
        *,
        appview_proxy: str | None = None,
        clock: Callable[[], float] = time.time,
        page_limit: int = PAGE_LIMIT,
    ) -> None:
        self.channel_id = channel_id
        self.base = normalise_base_url(tokens.pds_url or pds_url)
        self.host = urlsplit(self.base).netloc
        self.handle = (handle or tokens.handle).lstrip("@")
        self.tokens = tokens
        self.on_tokens = on_tokens
        self.appview_proxy = appview_proxy
        self.page_limit = page_limit
        self.http = HttpClient(session, network=NETWORK, clock=clock)
        self._refresh_lock = threading.Lock()

    def __repr__(self) -> str:  # never show a token
        return f"BlueskyAdapter(channel_id={self.channel_id}, handle={self.handle!r}, pds={self.base!r})"

    @property
    def did(self) -> str:
        return self.tokens.did

    # -- XRPC with token refresh --------------------------------------------------------

    def _send(
        self, method: str, nsid: str, token: str | None, params: Any, body: Any, app_view: bool
    ) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if app_view and self.appview_proxy:
            headers["atproto-proxy"] = self.appview_proxy
        return self.http.request(
            method,
            f"{self.base}/xrpc/{nsid}",
            ok=(400, 401, 501),
            params=params,
            json=body if method == "POST" else None,
            headers=headers,
        )

    def xrpc(
        self,
        method: str,
        nsid: str,
        *,
        params: Any = None,
        body: Any = None,
        auth: bool = True,
        allow: tuple[str, ...] = (),
        per_item: bool = False,
    ) -> Any:
        """Call ``nsid``; returns the JSON answer, or ``None`` when the answer is an error in
        ``allow`` (e.g. RecordNotFound). Refreshes the session once when the token expired.
        ``per_item``: a list answer whose items may be skipped one by one (an item holding a
        number out of range is marked, see ``http.loads_json``), not refused as a whole."""
        app_view = nsid.startswith(("app.bsky.", "chat.bsky."))
        token = self.tokens.access_jwt if auth else None
        resp = self._send(method, nsid, token, params, body, app_view)
        if auth and self._token_trouble(resp):
            self.refresh(used_access=token)
            resp = self._send(method, nsid, self.tokens.access_jwt, params, body, app_view)
            if self._token_trouble(resp):
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
        if resp.status_code == 501:
            name, message = _xrpc_error(resp)
            if name != "MethodNotImplemented":
                self.http.check_response(resp)  # any other 501: a server problem (Offline)
            raise _rejected(self.http, resp, name, message)  # this server lacks the method
        if resp.status_code in (400, 401):
            name, message = _xrpc_error(resp)
            if name in allow:
                return None
            if name == "InvalidSwap":
                raise channel_error(
                    InvalidSwap, MSG_INVALID_SWAP, rkey=(body or {}).get("rkey", "")
                )
            if resp.status_code == 401:
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
            raise _rejected(self.http, resp, name, message)
        return self.http.json(resp, per_item=per_item)

    @staticmethod
    def _token_trouble(resp: requests.Response) -> bool:
        if resp.status_code == 401:
            return True
        if resp.status_code == 400:
            return _xrpc_error(resp)[0] in ("ExpiredToken", "InvalidToken")
        return False

    def refresh(self, *, used_access: str | None = None) -> BlueskyTokens:
        """``com.atproto.server.refreshSession``; the new tokens go to ``on_tokens``.

        Never logs in with a password. When the refresh token is no good -> ``NeedsLogin``.
        """
        with self._refresh_lock:
            if used_access is not None and self.tokens.access_jwt != used_access:
                return self.tokens  # another thread refreshed meanwhile
            resp = self._send(
                "POST",
                "com.atproto.server.refreshSession",
                self.tokens.refresh_jwt,
                None,
                None,
                False,
            )
            if resp.status_code in (400, 401):
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
            if resp.status_code == 501:
                self.http.check_response(resp)
            try:
                new = _tokens_from(self.http.json(resp), self.tokens.handle)
            except ValueError:
                raise channel_error(
                    BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.host
                ) from None
            if not new.pds_url:
                new.pds_url = self.tokens.pds_url
            if new.did != self.tokens.did:
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
            self.tokens = new
        self.on_tokens(new)
        return new

    # -- listening ----------------------------------------------------------------------

    def poll_mentions(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        """Notifications with reason mention, reply or quote, newer than the stored cursor."""

        def fetch(page_cursor: str | None) -> tuple[list[Any], str | None]:
            params: dict[str, Any] = {"limit": self.page_limit, "reasons": sorted(LISTENED_REASONS)}
            if page_cursor:
                params["cursor"] = page_cursor
            data = self.xrpc(
                "GET", "app.bsky.notification.listNotifications", params=params, per_item=True
            )
            return _page(data, "notifications", self.host)

        def convert(item: Any) -> Message | None:
            reason = item.get("reason") if isinstance(item, dict) else None
            kind = LISTENED_REASONS.get(reason) if isinstance(reason, str) else None
            if kind is None:
                return None  # likes, follows, reposts...: not for the inbox
            return post_to_message(item, self.channel_id, kind, own_did=self.did)

        return self._walk(fetch, convert, cursor, page_budget)

    def poll_search(
        self, query: str, cursor: dict[str, Any], *, page_budget: int, lang: str = ""
    ) -> PollResult:
        """``app.bsky.feed.searchPosts`` (newest first), newer than the stored cursor."""

        def fetch(page_cursor: str | None) -> tuple[list[Any], str | None]:
            params: dict[str, Any] = {"q": query, "sort": "latest", "limit": self.page_limit}
            if lang:
                params["lang"] = lang
            if page_cursor:
                params["cursor"] = page_cursor
            data = self.xrpc("GET", "app.bsky.feed.searchPosts", params=params, per_item=True)
            return _page(data, "posts", self.host)

        def convert(item: Any) -> Message | None:
            return post_to_message(item, self.channel_id, MessageKind.SEARCH_HIT, own_did=self.did)

        return self._walk(fetch, convert, cursor, page_budget)

    def _walk(
        self,
        fetch: Callable[[str | None], tuple[list[Any], str | None]],
        convert: Callable[[Any], Message | None],
        cursor: dict[str, Any],
        page_budget: int,
    ) -> PollResult:
        result = PollResult()
        before = self.http.requests
        cursor = cursor if isinstance(cursor, dict) else {}
        newest = str(cursor.get("newest") or "")
        newest_uris = [u for u in cursor.get("newest_uris") or [] if isinstance(u, str)]
        pending = cursor.get("pending") if isinstance(cursor.get("pending"), dict) else None
        if pending:
            page_cursor = pending.get("cursor") or None
            stop_at = str(pending.get("stop_at") or "")
            stop_uris = set(pending.get("stop_uris") or [])
            top = str(pending.get("top") or "")
            top_uris = list(pending.get("top_uris") or [])
        else:
            page_cursor, stop_at, stop_uris = None, newest, set(newest_uris)
            top, top_uris = "", []
        done = False
        pages = 0
        while pages < max(1, page_budget):
            items, next_cursor = fetch(page_cursor)
            pages += 1
            for item in items:
                at = item.get("indexedAt") if isinstance(item, dict) else None
                uri = item.get("uri") if isinstance(item, dict) else None
                if not isinstance(at, str) or not isinstance(uri, str):
                    result.skipped += 1
                    continue
                if stop_at and (at < stop_at or (at == stop_at and uri in stop_uris)):
                    done = True
                    break
                if at > top:
                    top, top_uris = at, [uri]
                elif at == top:
                    top_uris.append(uri)
                try:
                    check_item(item)
                    msg = convert(item)
                except Exception as exc:  # noqa: BLE001 - one bad item must not cost the page
                    _skip(self.host, exc)
                    result.skipped += 1
                    continue
                if msg is not None:
                    result.messages.append(msg)
            if done or not next_cursor or not items:
                done = True
                break
            page_cursor = next_cursor
        if done:
            if top and (not newest or top >= newest):
                result.cursor = {"newest": top, "newest_uris": top_uris}
            else:
                result.cursor = {"newest": newest, "newest_uris": newest_uris}
        else:
            result.cursor = {
                "newest": newest,
                "newest_uris": newest_uris,
                "pending": {
                    "cursor": page_cursor,
                    "stop_at": stop_at,
                    "stop_uris": sorted(stop_uris),
                    "top": top,
                    "top_uris": top_uris,
                },
            }
            result.notes.append(Text(CTX, NOTE_BUDGET))
        if result.skipped:
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"count": result.skipped}))
        result.requests = self.http.requests - before
        return result

    # -- threads ------------------------------------------------------------------------

    def get_thread(self, uri: str, *, depth: int = 10, parent_height: int = 80) -> ThreadView:
        """``app.bsky.feed.getPostThread``: the post, its parents and all replies below it."""
        data = self.xrpc(
            "GET",
            "app.bsky.feed.getPostThread",
            params={"uri": uri, "depth": depth, "parentHeight": parent_height},
            allow=("NotFound",),
            per_item=True,
        )
        if data is None:
            return ThreadView(post=None)
        thread = data.get("thread") if isinstance(data, dict) else None
        if not isinstance(thread, dict) or not isinstance(thread.get("post"), dict):
            return ThreadView(post=None)  # notFoundPost / blockedPost
        view = ThreadView(post=self._thread_message(thread["post"]))
        parent = thread.get("parent")
        while isinstance(parent, dict) and isinstance(parent.get("post"), dict):
            msg = self._thread_message(parent["post"])
            if msg is not None:
                view.parents.insert(0, msg)
            parent = parent.get("parent")
        replies = thread.get("replies")
        stack = list(replies) if isinstance(replies, list) else []
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict) and isinstance(node.get("post"), dict):
                msg = self._thread_message(node["post"])
                if msg is not None:
                    view.replies.append(msg)
                replies = node.get("replies")
                if isinstance(replies, list):
                    stack.extend(replies)
        return view

    def _thread_message(self, post: dict[str, Any]) -> Message | None:
        try:
            check_item(post)
            record = post.get("record") or {}
            kind = (
                MessageKind.REPLY
                if isinstance(record.get("reply"), dict)
                else (MessageKind.MENTION)
            )
            msg = post_to_message(post, self.channel_id, kind, own_did=self.did)
        except Exception as exc:  # noqa: BLE001 - one bad post must not cost the thread
            _skip(self.host, exc)
            return None
        if msg.is_own:
            msg.kind = MessageKind.OWN_REPLY
        return msg

    def reply_refs(self, parent_uri: str) -> ReplyRef:
        """The root and parent (uri, cid) a reply to ``parent_uri`` must carry."""
        data = self.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": [parent_uri]})
        posts = data.get("posts") if isinstance(data, dict) else None
        if not isinstance(posts, list) or not posts:
            raise channel_error(Permanent, MSG_POST_GONE, uri=parent_uri)
        post = posts[0]
        try:
            cid = post["cid"]
            reply = post.get("record", {}).get("reply")
            if isinstance(reply, dict):
                root_uri, root_cid = reply["root"]["uri"], reply["root"]["cid"]
            else:
                root_uri, root_cid = parent_uri, cid
        except (KeyError, TypeError, AttributeError):
            raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.host) from None
        return ReplyRef(root_uri, root_cid, parent_uri, cid)

    # -- posting ------------------------------------------------------------------------

    def build_post_record(
        self,
        text: str,
        reply_to: ReplyRef | tuple[str, str, str, str] | None,
        rkey: str,
        *,
        langs: list[str] | None = None,
    ) -> dict[str, Any]:
        if not text.strip():
            raise channel_error(Permanent, MSG_EMPTY_POST)
        count = grapheme_count(text)
        if count > GRAPHEME_LIMIT:
            raise channel_error(Permanent, MSG_TOO_LONG, count=count, limit=GRAPHEME_LIMIT)
        if not is_tid(rkey):
            raise channel_error(Permanent, MSG_BAD_RKEY, rkey=rkey)
        record: dict[str, Any] = {
            "$type": POST_COLLECTION,
            "text": text,
            # From the key, so a retry writes the very same record.
            "createdAt": _iso_from_us(tid_microseconds(rkey)),
        }
        facets = _facets_for(text)
        if facets:
            record["facets"] = facets
        if langs:
            record["langs"] = list(langs)[:3]
        if reply_to is not None:
            ref = reply_to if isinstance(reply_to, ReplyRef) else ReplyRef(*reply_to)
            record["reply"] = {
                "root": {"uri": ref.root_uri, "cid": ref.root_cid},
                "parent": {"uri": ref.parent_uri, "cid": ref.parent_cid},
            }
        return record

    def put_post(
        self,
        text: str,
        reply_to: ReplyRef | tuple[str, str, str, str] | None,
        rkey: str,
        *,
        langs: list[str] | None = None,
    ) -> tuple[str, str]:
        """Create the post at ``rkey`` exactly once -> (AT URI, web URL).

        Raises ``InvalidSwap`` when a different post already sits at that key.
        """
        record = self.build_post_record(text, reply_to, rkey, langs=langs)
        data = self.xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            body={
                "repo": self.did,
                "collection": POST_COLLECTION,
                "rkey": rkey,
                "record": record,
                "swapRecord": None,
            },
        )
        uri = data.get("uri") if isinstance(data, dict) else None
        if not isinstance(uri, str):
            raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.host)
        return uri, post_url(self.tokens.handle or self.handle or self.did, rkey)

    def get_post(self, rkey: str) -> dict[str, Any] | None:
        """Our post at ``rkey`` (``{"uri", "cid", "value"}``), or None when there is none."""
        data = self.xrpc(
            "GET",
            "com.atproto.repo.getRecord",
            params={"repo": self.did, "collection": POST_COLLECTION, "rkey": rkey},
            allow=("RecordNotFound",),
        )
        if data is None:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("value"), dict):
            raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.host)
        return data


def _skip(where: str, exc: BaseException) -> None:
    """One malformed item: logged (the details are for the log, not the user), then skipped."""
    log.warning("skipped a malformed item from %s: %s: %s", where, type(exc).__name__, exc)


def _page(data: Any, key: str, host: str) -> tuple[list[Any], str | None]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=host)
    cursor = data.get("cursor")
    return data[key], cursor if isinstance(cursor, str) and cursor else None
