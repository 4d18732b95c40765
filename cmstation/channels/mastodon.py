"""Mastodon: mention notifications, hashtag timelines and status search; posting replies.

Wire format: https://docs.joinmastodon.org/entities/ (Status, Account, Notification) and
the REST methods under /api/v1 and /api/v2. Lists come newest first and page with ``Link``
headers (``rel="next"`` = older, ``rel="prev"`` = newer) and ``max_id``/``since_id``/``min_id``.

Cursor for one source: ``{"min_id": "<newest id seen>"}``. The first poll reads the newest
page and older pages within the budget; later polls ask ``min_id=<stored>`` (the items just
after it, oldest first page) and walk newer pages, so nothing between two sweeps is missed
even when the page budget runs out (the next sweep continues where this one stopped).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from cmstation.channels.base import BadPayload, Offline, Permanent, PollResult, RateLimited
from cmstation.channels.http import MSG_BAD_JSON, HttpClient, channel_error, normalise_base_url
from cmstation.channels.mastodon_direct import MastodonExtras

# The wire format lives beside this module (shared with mastodon_direct); these names stay
# importable from here.
from cmstation.channels.mastodon_wire import (  # noqa: F401
    MAX_ID_LENGTH,
    _skip,
    account_to_author,
    id_key,
    list_id,
    newest_id,
    parse_link_header,
    parse_time,
    status_to_message,
)
from cmstation.channels.strict_json import check_item
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Message, MessageKind

NETWORK = "Mastodon"
PAGE_LIMIT = 40  # the most Mastodon returns per page for these lists
CTX = "channels"

NOTE_NO_FULL_TEXT = QT_TRANSLATE_NOOP(
    "channels",
    "{host} found nothing for \u201c{query}\u201d. Many Mastodon servers have no full-text "
    "search and only find posts you wrote, favourited or were mentioned in; follow a hashtag "
    "(#word) instead to be sure to see new posts.",
)
NOTE_SEARCH_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "channels",
    "{host} does not offer search for posts (it answered: {detail}). Follow a hashtag "
    "(#word) instead.",
)
NOTE_BUDGET = QT_TRANSLATE_NOOP(
    "channels", "There is more to read; the next sweep continues where this one stopped."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "%n item(s) were left out because they were malformed.", "", 1
)
MSG_EMPTY_HASHTAG = QT_TRANSLATE_NOOP(
    "channels", "\u201c{query}\u201d is not a hashtag one can follow."
)


def _host(base_url: str) -> str:
    return urlsplit(base_url).netloc


class MastodonAdapter(MastodonExtras):
    """Listening and posting for one Mastodon account (``access_token`` handed in). Private
    conversations, filtered mentions and quotes: ``MastodonExtras`` (mastodon_direct)."""

    def __init__(
        self,
        session: requests.Session,
        channel_id: int,
        base_url: str,
        access_token: str,
        *,
        clock: Callable[[], float] = time.time,
        own_acct: str = "",
    ) -> None:
        """``own_acct`` (e.g. ``eva@mastodon.nl``, as stored in ``Channel.account``) marks the
        account's own posts ``is_own`` (and its replies ``own_reply``) when they turn up."""
        self.channel_id = channel_id
        self.own_acct = own_acct.lstrip("@").lower()
        self.base_url = normalise_base_url(base_url)
        self.host = _host(self.base_url)
        self._token = access_token
        self.http = HttpClient(session, network=NETWORK, clock=clock)

    def __repr__(self) -> str:  # never show the token
        return f"<MastodonAdapter {self.base_url} channel {self.channel_id}>"

    # --- plumbing ----------------------------------------------------------------------

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if extra:
            h.update(extra)
        return h

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _mark_own(self, msg: Message) -> Message:
        if self.own_acct and msg.author and msg.author.handle.lower() == self.own_acct:
            msg.is_own = True
            if msg.kind == MessageKind.DIRECT:
                msg.kind = MessageKind.OWN_DIRECT
            elif msg.in_reply_to_id:
                msg.kind = MessageKind.OWN_REPLY
        return msg

    def _bad(self) -> BadPayload:
        return channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.host)

    def _get(
        self, url: str, params: Any = None, *, per_item: bool = False
    ) -> tuple[Any, requests.Response]:
        """GET JSON; ``per_item`` for lists (an item holding a number out of range is marked
        and skipped below, the rest of the page is kept)."""
        return self.http.get_json(url, params=params, headers=self._headers(), per_item=per_item)

    # --- listening ---------------------------------------------------------------------

    def poll_mentions(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        params = [("types[]", "mention"), ("limit", str(PAGE_LIMIT))]
        return self._poll_list(
            self._url("/api/v1/notifications"),
            params,
            cursor,
            page_budget=page_budget,
            unwrap=_notification_status,
            kind=MessageKind.MENTION,
        )

    def poll_search(self, query: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        q = query.strip()
        if q.startswith("#"):
            tag = q[1:].split()[0] if q[1:].split() else ""
            tag = tag.strip("#")
            if not tag:
                raise Permanent(Text(CTX, MSG_EMPTY_HASHTAG, {"query": query}).render())
            return self._poll_list(
                self._url("/api/v1/timelines/tag/" + quote(tag, safe="")),
                [("limit", str(PAGE_LIMIT))],
                cursor,
                page_budget=page_budget,
                unwrap=_plain_status,
                kind=MessageKind.SEARCH_HIT,
            )
        return self._poll_search_statuses(q, cursor, page_budget=page_budget)

    def _poll_list(
        self,
        url: str,
        params: list[tuple[str, str]],
        cursor: dict[str, Any],
        *,
        page_budget: int,
        unwrap: Callable[[Any], Any],
        kind: MessageKind,
    ) -> PollResult:
        result = PollResult(cursor=dict(cursor))
        start_requests = self.http.requests
        stored_min = str(cursor.get("min_id") or "")
        seen: dict[str, Message] = {}
        all_ids: list[str] = []
        if stored_min:
            # Catching up: the items right after stored_min, then newer pages (rel="prev").
            next_url: str | None = url
            next_params: Any = [*params, ("min_id", stored_min)]
            direction = "prev"
        else:
            next_url, next_params, direction = url, params, "next"
        pages = 0
        complete = interrupted = False
        while next_url is not None and pages < max(1, page_budget):
            try:
                data, resp = self._get(next_url, next_params, per_item=True)
            except (RateLimited, Offline) as exc:
                if pages == 0:
                    raise
                # Keep what the earlier pages gave; the cursor lets the next sweep continue.
                result.notes.append(exc.text or Text(CTX, str(exc)))
                interrupted = True
                break
            pages += 1
            if not isinstance(data, list):
                raise self._bad()
            page_ids: list[str] = []
            for item in data:
                item_id = list_id(item.get("id")) if isinstance(item, dict) else ""
                if item_id:
                    page_ids.append(item_id)
                try:
                    check_item(item)
                    status = unwrap(item)
                    if status is None:
                        continue  # not a status (e.g. a reblog wrapper): nothing to keep
                    msg = status_to_message(
                        status, channel_id=self.channel_id, host=self.host, kind=kind
                    )
                except Exception as exc:  # noqa: BLE001 - one bad item must not cost the page
                    _skip(self.host, exc)
                    result.skipped += 1
                    continue
                seen.setdefault(msg.remote_id, self._mark_own(msg))
            all_ids.extend(page_ids)
            if len(data) < PAGE_LIMIT or not data:
                complete = True
                break
            link = parse_link_header(resp.headers.get("Link")).get(direction)
            if not link:
                complete = True
                break
            next_url, next_params = link, None
            if self.http.blocked_until(self.host) is not None:
                interrupted = True  # the quota is used up; the rest waits for the next sweep
                break
        # The list position (notification ids for mentions, status ids otherwise).
        newest = newest_id(all_ids + ([stored_min] if stored_min else []))
        if newest:
            result.cursor["min_id"] = newest
        if not complete and stored_min and not interrupted:
            # Catching up ran out of pages; the next sweep continues. (On a first poll the
            # older history beyond the budget is left behind on purpose.)
            result.notes.append(Text(CTX, NOTE_BUDGET))
        return self._finish_poll(result, seen, start_requests)

    def _poll_search_statuses(
        self, query: str, cursor: dict[str, Any], *, page_budget: int
    ) -> PollResult:
        result = PollResult(cursor=dict(cursor))
        start_requests = self.http.requests
        stored_min = str(cursor.get("min_id") or "")
        seen: dict[str, Message] = {}
        offset = 0
        pages = 0
        url = self._url("/api/v2/search")
        while pages < max(1, page_budget):
            params: list[tuple[str, str]] = [
                ("q", query),
                ("type", "statuses"),
                ("resolve", "false"),
                ("limit", str(PAGE_LIMIT)),
                ("offset", str(offset)),
            ]
            if stored_min:
                params.append(("min_id", stored_min))
            try:
                data, _resp = self._get(url, params, per_item=True)
            except Permanent as exc:
                if pages == 0:
                    result.notes.append(
                        Text(CTX, NOTE_SEARCH_UNSUPPORTED, {"host": self.host, "detail": str(exc)})
                    )
                    result.requests = self.http.requests - start_requests
                    return result
                raise
            pages += 1
            statuses = data.get("statuses") if isinstance(data, dict) else None
            if not isinstance(statuses, list):
                raise self._bad()
            new_here = 0
            for status in statuses:
                try:
                    check_item(status)
                    msg = status_to_message(
                        status,
                        channel_id=self.channel_id,
                        host=self.host,
                        kind=MessageKind.SEARCH_HIT,
                    )
                except Exception as exc:  # noqa: BLE001 - one bad item must not cost the page
                    _skip(self.host, exc)
                    result.skipped += 1
                    continue
                if stored_min and id_key(msg.remote_id) <= id_key(stored_min):
                    continue  # a server that ignores min_id: already seen
                if msg.remote_id not in seen:
                    seen[msg.remote_id] = self._mark_own(msg)
                    new_here += 1
            if len(statuses) < PAGE_LIMIT or new_here == 0:
                break
            offset += len(statuses)
            if self.http.blocked_until(self.host) is not None:
                break
        newest = newest_id([*seen, *([stored_min] if stored_min else [])])
        if newest:
            result.cursor["min_id"] = newest
        if not seen and not stored_min and not result.skipped:
            result.notes.append(Text(CTX, NOTE_NO_FULL_TEXT, {"host": self.host, "query": query}))
        return self._finish_poll(result, seen, start_requests)

    def _finish_poll(
        self, result: PollResult, seen: dict[str, Message], start_requests: int
    ) -> PollResult:
        """The end of a list or search poll: the messages oldest first, the requests it made,
        and a note when items had to be skipped."""
        result.messages = sorted(seen.values(), key=lambda m: (m.created_at, id_key(m.remote_id)))
        result.requests = self.http.requests - start_requests
        if result.skipped:
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"n": result.skipped}))
        return result

    # --- posting and threads -----------------------------------------------------------

    def post_status(
        self,
        text: str,
        in_reply_to_id: str | None,
        idempotency_key: str,
        *,
        visibility: str | None = None,
    ) -> tuple[str, str]:
        """Publish ``text`` (as a reply when ``in_reply_to_id``); returns (id, url).

        The same ``idempotency_key`` on a retry makes the server answer with the status it
        already created instead of posting twice (Mastodon keeps keys for an hour).

        A reply to a followers-only or direct post stays that private: unless ``visibility``
        is given, the parent's visibility is looked up first (one GET) and used when it is
        ``private`` or ``direct``, so a private conversation is never answered in public.
        """
        body: dict[str, Any] = {"status": text}
        if in_reply_to_id:
            body["in_reply_to_id"] = str(in_reply_to_id)
            if visibility is None:
                parent, _ = self._get(
                    self._url("/api/v1/statuses/" + quote(str(in_reply_to_id), safe=""))
                )
                pv = parent.get("visibility") if isinstance(parent, dict) else None
                if pv in ("private", "direct"):
                    visibility = pv
        if visibility:
            body["visibility"] = visibility
        resp = self.http.request(
            "POST",
            self._url("/api/v1/statuses"),
            json=body,
            headers=self._headers({"Idempotency-Key": idempotency_key}),
        )
        data = self.http.json(resp)
        if not isinstance(data, dict) or data.get("id") in (None, ""):
            raise self._bad()
        return str(data["id"]), str(data.get("url") or data.get("uri") or "")

    def get_status(self, status_id: str) -> Message:
        """One status (``Permanent`` when it was deleted: 404)."""
        data, _ = self._get(self._url("/api/v1/statuses/" + quote(str(status_id), safe="")))
        try:
            return status_to_message(
                data, channel_id=self.channel_id, host=self.host, kind=MessageKind.MENTION
            )
        except Exception as exc:  # noqa: BLE001 - a malformed status is a bad answer
            _skip(self.host, exc)
            raise self._bad() from None

    def get_context(self, status_id: str) -> tuple[list[Message], list[Message]]:
        """(ancestors, descendants) of a status, each oldest first; malformed ones left out."""
        data, _ = self._get(
            self._url("/api/v1/statuses/" + quote(str(status_id), safe="") + "/context"),
            per_item=True,
        )
        if not isinstance(data, dict):
            raise self._bad()
        out: list[list[Message]] = []
        for key in ("ancestors", "descendants"):
            msgs = []
            statuses = data.get(key)
            for st in statuses if isinstance(statuses, list) else []:
                try:
                    check_item(st)
                    msgs.append(
                        status_to_message(
                            st, channel_id=self.channel_id, host=self.host, kind=MessageKind.REPLY
                        )
                    )
                except Exception as exc:  # noqa: BLE001 - one bad item must not cost the thread
                    _skip(self.host, exc)
                    continue
            out.append(msgs)
        ancestors, descendants = out
        root = ancestors[0].remote_id if ancestors else str(status_id)
        for m in ancestors + descendants:
            m.thread_root_id = root
        return ancestors, descendants

    def verify_credentials(self) -> dict[str, Any]:
        data, _ = self._get(self._url("/api/v1/accounts/verify_credentials"))
        if not isinstance(data, dict):
            raise self._bad()
        return data


def _notification_status(item: Any) -> Any:
    if not isinstance(item, dict):
        raise ValueError("notification is not an object")
    if item.get("type") not in ("mention", None):
        return None  # the filter should prevent this; other kinds are not listened to
    status = item.get("status")
    if not isinstance(status, dict):
        raise ValueError("mention without status")
    return status


def _plain_status(item: Any) -> Any:
    if isinstance(item, dict) and isinstance(item.get("reblog"), dict):
        return None  # a boost: the original is what matters, and it has its own id
    return item
