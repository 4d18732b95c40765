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

import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from cmstation.channels.base import (
    BadPayload,
    NeedsLogin,
    Permanent,
    PollResult,
)
from cmstation.channels.bluesky_chat import (
    MSG_SOURCE,
    SOURCE,
    BlueskyChat,
    ChatRequest,
    lacks_chat_access,
    no_access_error,
)
from cmstation.channels.bluesky_session import (
    NETWORK,
    BlueskyTokens,
    rejected,
    tokens_from,
    xrpc_error,
)
from cmstation.channels.bluesky_wire import (
    POST_COLLECTION,
    ReplyRef,
    ThreadView,
    facets_for,
    grapheme_count,
    is_tid,
    iso_from_us,
    post_to_message,
    post_url,
    tid_microseconds,
)
from cmstation.channels.http import (
    MSG_BAD_JSON,
    HttpClient,
    channel_error,
    normalise_base_url,
)
from cmstation.channels.strict_json import check_item
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Message, MessageKind

log = logging.getLogger(__name__)

CTX = "channels"
GRAPHEME_LIMIT = 300
PAGE_LIMIT = 50  # notifications: up to 100; searchPosts: up to 100; 50 keeps pages small
#: The notification reasons cmstation listens to.
LISTENED_REASONS = {
    "mention": MessageKind.MENTION,
    "reply": MessageKind.REPLY,
    "quote": MessageKind.QUOTE,
}

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
MSG_POST_GONE = QT_TRANSLATE_NOOP("channels", "The Bluesky post {uri} no longer exists.")
NOTE_BUDGET = QT_TRANSLATE_NOOP(
    "channels", "There is more to read; the next sweep continues where this one stopped."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "%n item(s) were left out because they were malformed.", "", 1
)


class InvalidSwap(Permanent):
    """putRecord with ``swapRecord: null`` found a different record at that key."""


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
        self.chat = BlueskyChat(self, page_limit=page_limit)  # private messages

    def __repr__(self) -> str:  # never show a token
        return f"BlueskyAdapter(channel_id={self.channel_id}, handle={self.handle!r}, pds={self.base!r})"

    @property
    def did(self) -> str:
        return self.tokens.did

    # -- XRPC with token refresh --------------------------------------------------------

    def _send(
        self,
        method: str,
        nsid: str,
        token: str | None,
        params: Any,
        body: Any,
        app_view: bool,
        extra: dict[str, str] | None = None,
    ) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if app_view and self.appview_proxy:
            headers["atproto-proxy"] = self.appview_proxy
        headers.update(extra or {})  # e.g. the chat service's atproto-proxy
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
        headers: dict[str, str] | None = None,
    ) -> Any:
        """Call ``nsid``; returns the JSON answer, or ``None`` when the answer is an error in
        ``allow`` (e.g. RecordNotFound, MethodNotImplemented). Refreshes the session once when
        the token expired.
        ``per_item``: a list answer whose items may be skipped one by one (an item holding a
        number out of range is marked, see ``strict_json.loads_json``), not refused as a whole.
        ``headers``: sent as well (they win over the AppView's ``atproto-proxy``)."""
        app_view = nsid.startswith(("app.bsky.", "chat.bsky."))
        token = self.tokens.access_jwt if auth else None
        resp = self._send(method, nsid, token, params, body, app_view, headers)
        if auth and self._token_trouble(resp):
            self.refresh(used_access=token)
            resp = self._send(method, nsid, self.tokens.access_jwt, params, body, app_view, headers)
            if self._token_trouble(resp):
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
        if resp.status_code == 501:
            name, message = xrpc_error(resp)
            if name != "MethodNotImplemented":
                self.http.check_response(resp)  # any other 501: a server problem (Offline)
            if name in allow:
                return None
            raise rejected(self.http, resp, name, message)  # this server lacks the method
        if resp.status_code in (400, 401):
            name, message = xrpc_error(resp)
            if name in allow:
                return None
            if lacks_chat_access(name, message):  # an app password without chat access
                raise no_access_error()
            if name == "InvalidSwap":
                raise channel_error(
                    InvalidSwap, MSG_INVALID_SWAP, rkey=(body or {}).get("rkey", "")
                )
            if resp.status_code == 401:
                raise channel_error(NeedsLogin, MSG_SESSION_EXPIRED, handle=self.handle)
            raise rejected(self.http, resp, name, message)
        return self.http.json(resp, per_item=per_item)

    @staticmethod
    def _token_trouble(resp: requests.Response) -> bool:
        if resp.status_code == 401:
            return True
        if resp.status_code == 400:
            name, message = xrpc_error(resp)
            return name in ("ExpiredToken", "InvalidToken") and not lacks_chat_access(name, message)
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
                new = tokens_from(self.http.json(resp), self.tokens.handle)
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
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"n": result.skipped}))
        result.requests = self.http.requests - before
        return result

    # -- private messages (cmstation.channels.bluesky_chat) ------------------------------

    def extra_sources(self) -> list[tuple[str, Text]]:
        return [(SOURCE, Text(CTX, MSG_SOURCE))]

    def poll_extra(self, name: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        if name != SOURCE:
            return PollResult(cursor=cursor)
        return self.chat.poll(cursor, page_budget=page_budget)

    def chat_requests(self) -> list[ChatRequest]:
        """Message requests (for :mod:`cmstation.listening.requests`)."""
        return self.chat.chat_requests()

    def accept_chat_request(self, convo_id: str) -> None:
        self.chat.accept_convo(convo_id)

    def dismiss_chat_request(self, convo_id: str) -> None:
        self.chat.leave_convo(convo_id)

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
            "createdAt": iso_from_us(tid_microseconds(rkey)),
        }
        facets = facets_for(text)
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
