"""Mastodon beyond the plain mentions: private conversations, mentions the server filtered,
and quotes of our posts. A mixin of ``MastodonAdapter`` (the sweep's extra sources, see
``ExtraSources`` in channels/base.py) plus the few writes that go with them.

Wire format, from the documentation:

- Conversations, https://docs.joinmastodon.org/methods/conversations/: ``GET
  /api/v1/conversations`` lists ``{id, unread, accounts, last_status}`` (``accounts`` are the
  participants other than us), ordered by the last status and paged with ``Link`` headers
  whose ``max_id``/``min_id`` are *last-status* ids, so the cursor is the newest last-status
  id seen. ``POST /api/v1/conversations/:id/read`` marks one read. A message of a
  conversation is stored in the thread ``conv:<conversation id>``; its earlier messages come
  from the last status's context (a few look-ups per sweep).
- Filtered notifications (Mastodon 4.3), https://docs.joinmastodon.org/methods/notifications/:
  ``GET /api/v2/notifications/policy`` (``for_not_following``, ``for_not_followers``,
  ``for_new_accounts``, ``for_private_mentions``, ``for_limited_accounts`` and ``summary``
  with ``pending_requests_count`` / ``pending_notifications_count``); the filtered mentions
  themselves are read from ``GET /api/v1/notifications?include_filtered=true`` (one list and
  one cursor, not one request per notification request), keeping the items marked
  ``filtered: true`` (the others come with the plain mentions). ``POST
  /api/v1/notifications/requests/:id/accept`` and ``/dismiss`` settle a request. A server
  before 4.3 answers 404 for the policy: the source is then empty, without a word, and is
  asked again a day later (an upgrade).
- Quotes (Mastodon 4.5): a ``quote`` notification's status is the quoting post; its ``quote``
  is a Quote ``{state, quoted_status}`` (or, nested, a ShallowQuote ``{state,
  quoted_status_id}``). It is stored as a QUOTE whose ``in_reply_to_id`` is the quoted post
  (our post, so the quote joins that post's thread in the inbox, and revoking knows which
  post of ours it quotes), also when the quoting post is itself a reply (its own parent is
  then not kept). ``quoted_update`` (a post we quoted was
  edited) carries our own quote, not a message to answer, and is not listened to. ``POST
  /api/v1/statuses/:id/quotes/:quoting_status_id/revoke`` withdraws a quote's permission.
  Quotes are read with the filtered mentions (both need 4.3 or later; on an older server the
  source costs one request a day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from cmstation.channels.base import Offline, Permanent, PollResult, RateLimited
from cmstation.channels.http import MSG_NOT_FOUND
from cmstation.channels.mastodon_wire import (
    _skip,
    account_to_author,
    id_key,
    list_id,
    newest_id,
    parse_link_header,
    status_to_message,
)
from cmstation.channels.strict_json import check_item
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Author, Message, MessageKind

CTX = "channels"
SOURCE_DIRECT = "direct"
SOURCE_REQUESTS = "requests"
#: The thread of a private conversation: ``conv:<conversation id>``.
CONVERSATION_PREFIX = "conv:"
CONVERSATION_LIMIT = 40  # the most /api/v1/conversations gives per page
NOTIFICATION_LIMIT = 40
#: Contexts looked up per sweep for the earlier messages of changed conversations.
CONTEXT_LOOKUPS = 10
#: How long a server without the endpoint (404) is left alone before it is asked again.
RECHECK_SECONDS = 24 * 3600

LABEL_DIRECT = QT_TRANSLATE_NOOP("channels", "private messages")
LABEL_REQUESTS = QT_TRANSLATE_NOOP("channels", "filtered mentions and quotes")
NOTE_FILTERED = QT_TRANSLATE_NOOP(
    "channels",
    "The server filtered notifications from %n account(s), such as people you don't "
    "follow or brand-new accounts; their mentions are in your inbox. Accept or dismiss them.",
    "",
    1,
)
NOTE_BUDGET = QT_TRANSLATE_NOOP(
    "channels", "There is more to read; the next sweep continues where this one stopped."
)


def conversation_thread(conversation_id: str) -> str:
    return CONVERSATION_PREFIX + str(conversation_id)


def conversation_id_of(thread_root_id: str) -> str:
    """The conversation id in a ``conv:<id>`` thread root; "" for any other thread."""
    root = thread_root_id or ""
    return root[len(CONVERSATION_PREFIX) :] if root.startswith(CONVERSATION_PREFIX) else ""


@dataclass(frozen=True, slots=True)
class NotificationRequest:
    """One account whose notifications the server holds back (accept or dismiss it)."""

    id: str
    author: Author
    notifications_count: int
    last_status_id: str = ""


# A Mastodon mention: @user or @user@domain (dots inside, not at the end: "@klant." is
# "@klant" and a full stop); not inside a word or a link.
_MENTION = r"(?<![\w@/])@\w+(?:[\w.-]*\w)?(?:@[\w-]+(?:[.:][\w-]+)*)?"
_LEADING_MENTIONS = re.compile(rf"^\s*(?:{_MENTION}[\s,:]*)+")


def address_direct(text: str, handle: str, host: str) -> str:
    """``text`` for a direct status to ``handle`` (``user@domain``, ``@user``): Mastodon
    delivers a direct status to the accounts it mentions, so the recipient's ``@acct``
    opens it unless the text already mentions them (``@user`` for an account on ``host``)."""
    acct = handle.strip().lstrip("@")
    if not acct:
        return text
    user, _, domain = acct.partition("@")
    short = f"@{user}" if not domain or domain.lower() == host.lower() else f"@{acct}"
    forms = {f"@{acct}".lower(), short.lower()}
    named = {m.lower() for m in re.findall(_MENTION, text)}
    if forms & named:
        return text
    return f"{short} {text}"


def strip_mentions(text: str) -> str:
    """``text`` without the mentions that open it."""
    return _LEADING_MENTIONS.sub("", text)


def _is_not_found(exc: Permanent) -> bool:
    text = getattr(exc, "text", None)
    return text is not None and text.source == MSG_NOT_FOUND


def quoted_status_id(status: Any) -> str:
    """The id of the post a status quotes (Quote or ShallowQuote, any state that names it),
    or ""."""
    q = status.get("quote") if isinstance(status, dict) else None
    if not isinstance(q, dict):
        return ""
    inner = q.get("quoted_status")
    if isinstance(inner, dict):
        return list_id(inner.get("id"))
    return list_id(q.get("quoted_status_id"))


def _filtered_mention(item: Any) -> Any:
    if not isinstance(item, dict):
        raise ValueError("notification is not an object")
    if item.get("type") != "mention" or item.get("filtered") is not True:
        return None  # not filtered: the plain mention poll has it
    status = item.get("status")
    if not isinstance(status, dict):
        raise ValueError("mention without status")
    return status


class MastodonExtras:
    """Mixed into ``MastodonAdapter`` (uses its ``_get``, ``_url``, ``http``, ``_poll_list``,
    ``_mark_own``, ``get_context``...)."""

    # --- the sweep's extra sources -------------------------------------------------------

    def extra_sources(self) -> list[tuple[str, Text]]:
        return [
            (SOURCE_DIRECT, Text(CTX, LABEL_DIRECT)),
            (SOURCE_REQUESTS, Text(CTX, LABEL_REQUESTS)),
        ]

    def poll_extra(self, name: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        if name == SOURCE_DIRECT:
            return self.poll_conversations(cursor, page_budget=page_budget)
        if name == SOURCE_REQUESTS:
            return self.poll_filtered(cursor, page_budget=page_budget)
        raise ValueError(f"no source {name!r}")

    def _resting(self, cursor: dict[str, Any]) -> bool:
        """The server lacked the endpoint at the last look, less than a day ago."""
        at = cursor.get("unsupported_at")
        return isinstance(at, (int, float)) and self.http.clock() - at < RECHECK_SECONDS

    def _unsupported(self, start_requests: int) -> PollResult:
        return PollResult(
            cursor={"unsupported_at": int(self.http.clock())},
            requests=self.http.requests - start_requests,
        )

    # --- private conversations -----------------------------------------------------------

    def poll_conversations(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        """New and changed private conversations; cursor ``{"min_id": <last status id>}``."""
        if self._resting(cursor):
            return PollResult(cursor=dict(cursor))
        start_requests = self.http.requests
        result = PollResult(cursor={k: v for k, v in cursor.items() if k != "unsupported_at"})
        stored_min = str(cursor.get("min_id") or "")
        url: str | None = self._url("/api/v1/conversations")
        params: Any = [("limit", str(CONVERSATION_LIMIT))]
        direction = "next"
        if stored_min:
            params, direction = [*params, ("min_id", stored_min)], "prev"
        seen: dict[str, Message] = {}
        positions: list[str] = []
        lookups = [CONTEXT_LOOKUPS]
        pages = 0
        complete = interrupted = False
        while url is not None and pages < max(1, page_budget):
            try:
                data, resp = self._get(url, params, per_item=True)
            except Permanent as exc:
                if pages == 0 and _is_not_found(exc):
                    return self._unsupported(start_requests)
                raise
            except (RateLimited, Offline) as exc:
                if pages == 0:
                    raise
                result.notes.append(exc.text or Text(CTX, str(exc)))
                interrupted = True
                break
            pages += 1
            if not isinstance(data, list):
                raise self._bad()
            for conv in data:
                try:
                    check_item(conv)
                    position = self._take_conversation(conv, seen, lookups)
                except (RateLimited, Offline):
                    raise
                except Exception as exc:  # noqa: BLE001 - one bad item must not cost the page
                    _skip(self.host, exc)
                    result.skipped += 1
                    continue
                if position:
                    positions.append(position)
            if len(data) < CONVERSATION_LIMIT:
                complete = True
                break
            url = parse_link_header(resp.headers.get("Link")).get(direction)
            params = None
            if url is None:
                complete = True
            elif self.http.blocked_until(self.host) is not None:
                interrupted = True
                break
        newest = newest_id(positions + ([stored_min] if stored_min else []))
        if newest:
            result.cursor["min_id"] = newest
        if not complete and stored_min and not interrupted:
            result.notes.append(Text(CTX, NOTE_BUDGET))
        return self._finish_poll(result, seen, start_requests)

    def _take_conversation(self, conv: Any, seen: dict[str, Message], lookups: list[int]) -> str:
        """One Conversation's messages into ``seen``; returns its position (the last status
        id), "" when it has no last status."""
        if not isinstance(conv, dict):
            raise ValueError("conversation is not an object")
        conv_id = list_id(conv.get("id"))
        if not conv_id:
            raise ValueError("conversation without id")
        accounts = conv.get("accounts")
        if not isinstance(accounts, list):
            raise ValueError("conversation without accounts")
        others = {str(a.get("id")) for a in accounts if isinstance(a, dict)}
        last = conv.get("last_status")
        if last is None:
            return ""
        msg = status_to_message(
            last, channel_id=self.channel_id, host=self.host, kind=MessageKind.MENTION
        )
        thread = conversation_thread(conv_id)
        msgs = [msg]
        if msg.in_reply_to_id and lookups[0] > 0 and self.http.blocked_until(self.host) is None:
            lookups[0] -= 1
            try:
                ancestors, _ = self.get_context(msg.remote_id)
            except Permanent:
                ancestors = []  # deleted meanwhile: the last status is still worth keeping
            msgs = [m for m in ancestors if m.kind == MessageKind.DIRECT] + msgs
        for m in msgs:
            m.kind = MessageKind.DIRECT
            m.thread_root_id = thread
            m.read = conv.get("unread") is False
            if m.author is not None and m.author.remote_id not in others:
                m.is_own, m.kind = True, MessageKind.OWN_DIRECT  # only we are not "accounts"
            seen.setdefault(m.remote_id, self._mark_own(m))
        return msg.remote_id

    def mark_conversation_read(self, conversation_id: str) -> None:
        """``POST /api/v1/conversations/:id/read`` (needs the ``write:conversations`` scope)."""
        self._post("/api/v1/conversations/" + quote(str(conversation_id), safe="") + "/read")

    # --- filtered mentions and quotes ----------------------------------------------------

    def notification_policy(self) -> dict[str, Any] | None:
        """The v2 NotificationPolicy, or None on a server before 4.3 (404)."""
        try:
            data, _ = self._get(self._url("/api/v2/notifications/policy"))
        except Permanent as exc:
            if _is_not_found(exc):
                return None
            raise
        if not isinstance(data, dict):
            raise self._bad()
        return data

    def poll_filtered(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        """Mentions the server filtered, and quotes of our posts. Cursor ``{"filtered":
        {"min_id"}, "quotes": {"min_id"}}`` (notification ids)."""
        if self._resting(cursor):
            return PollResult(cursor=dict(cursor))
        start_requests = self.http.requests
        policy = self.notification_policy()
        if policy is None:
            return self._unsupported(start_requests)
        url = self._url("/api/v1/notifications")
        filtered = self._poll_list(
            url,
            [
                ("types[]", "mention"),
                ("include_filtered", "true"),
                ("limit", str(NOTIFICATION_LIMIT)),
            ],
            dict(cursor.get("filtered") or {}),
            page_budget=page_budget,
            unwrap=_filtered_mention,
            kind=MessageKind.MENTION,
        )
        quoted: dict[str, str] = {}

        def quote_status(item: Any) -> Any:
            if not isinstance(item, dict):
                raise ValueError("notification is not an object")
            if item.get("type") != "quote":
                return None
            status = item.get("status")
            if not isinstance(status, dict):
                raise ValueError("quote without status")
            quoted[list_id(status.get("id"))] = quoted_status_id(status)
            return status

        quotes = self._poll_list(
            url,
            [
                ("types[]", "quote"),
                ("include_filtered", "true"),
                ("limit", str(NOTIFICATION_LIMIT)),
            ],
            dict(cursor.get("quotes") or {}),
            page_budget=page_budget,
            unwrap=quote_status,
            kind=MessageKind.QUOTE,
        )
        for m in quotes.messages:
            target = quoted.get(m.remote_id, "")
            if target:  # what a quote answers is the post it quotes (ours)
                m.in_reply_to_id = m.thread_root_id = target
        result = PollResult(
            messages=sorted(
                {m.remote_id: m for m in filtered.messages + quotes.messages}.values(),
                key=lambda m: (m.created_at, id_key(m.remote_id)),
            ),
            cursor={"filtered": filtered.cursor, "quotes": quotes.cursor},
            skipped=filtered.skipped + quotes.skipped,
            requests=self.http.requests - start_requests,
        )
        for note in filtered.notes + quotes.notes:
            if note not in result.notes:
                result.notes.append(note)
        pending = _pending_requests(policy)
        if pending:
            result.notes.append(Text(CTX, NOTE_FILTERED, {"n": pending}))
        return result

    def notification_requests(self, *, limit: int = 40) -> list[NotificationRequest]:
        """The newest notification requests (``GET /api/v1/notifications/requests``); [] on a
        server before 4.3."""
        try:
            data, _ = self._get(
                self._url("/api/v1/notifications/requests"),
                [("limit", str(limit))],
                per_item=True,
            )
        except Permanent as exc:
            if _is_not_found(exc):
                return []
            raise
        if not isinstance(data, list):
            raise self._bad()
        out = []
        for item in data:
            try:
                check_item(item)
                rid = list_id(item.get("id"))
                if not rid:
                    raise ValueError("request without id")
                count = item.get("notifications_count")  # a string in the documentation
                last = item.get("last_status")
                out.append(
                    NotificationRequest(
                        id=rid,
                        author=account_to_author(item.get("account"), self.host),
                        notifications_count=int(count) if count not in (None, "") else 0,
                        last_status_id=list_id(last.get("id")) if isinstance(last, dict) else "",
                    )
                )
            except Exception as exc:  # noqa: BLE001 - one bad item must not cost the list
                _skip(self.host, exc)
        return out

    def accept_request(self, request_id: str) -> None:
        """Let this account's notifications through, now and later (``write:notifications``)."""
        self._post(_request_path(request_id, "accept"))

    def dismiss_request(self, request_id: str) -> None:
        """Hide this request: it no longer counts as pending (``write:notifications``)."""
        self._post(_request_path(request_id, "dismiss"))

    def revoke_quote(self, our_status_id: str, quoting_status_id: str) -> str:
        """Withdraw the permission to quote our status; returns the quote's state now
        (``revoked`` when it worked)."""
        data = self._post(
            "/api/v1/statuses/"
            + quote(str(our_status_id), safe="")
            + "/quotes/"
            + quote(str(quoting_status_id), safe="")
            + "/revoke"
        )
        q = data.get("quote") if isinstance(data, dict) else None
        state = q.get("state") if isinstance(q, dict) else None
        return state if isinstance(state, str) else ""

    def status_mentions(self, status_id: str) -> list[str]:
        """The accounts a status mentions (``user@domain``), in order: the people a direct
        status went to."""
        data, _ = self._get(self._url("/api/v1/statuses/" + quote(str(status_id), safe="")))
        mentions = data.get("mentions") if isinstance(data, dict) else None
        if not isinstance(mentions, list):
            raise self._bad()
        out = []
        for m in mentions:
            acct = m.get("acct") if isinstance(m, dict) else None
            if isinstance(acct, str) and acct:
                out.append(acct if "@" in acct else f"{acct}@{self.host}")
        return out

    def own_statuses(self, account_id: str, *, limit: int = 40) -> list[Message]:
        """Our newest statuses, direct ones included (``GET /api/v1/accounts/:id/statuses``:
        the author sees all of their own), newest first; malformed ones left out."""
        data, _ = self._get(
            self._url("/api/v1/accounts/" + quote(str(account_id), safe="") + "/statuses"),
            [("limit", str(limit))],
            per_item=True,
        )
        if not isinstance(data, list):
            raise self._bad()
        out = []
        for st in data:
            try:
                check_item(st)
                msg = status_to_message(
                    st, channel_id=self.channel_id, host=self.host, kind=MessageKind.MENTION
                )
            except Exception as exc:  # noqa: BLE001 - one bad item must not cost the list
                _skip(self.host, exc)
                continue
            msg.is_own = True
            out.append(msg)
        return out

    def _post(self, path: str) -> Any:
        resp = self.http.request("POST", self._url(path), headers=self._headers())
        return self.http.json(resp) if resp.content else {}


def _request_path(request_id: str, verb: str) -> str:
    return "/api/v1/notifications/requests/" + quote(str(request_id), safe="") + "/" + verb


def _pending_requests(policy: dict[str, Any]) -> int:
    summary = policy.get("summary")
    count = summary.get("pending_requests_count") if isinstance(summary, dict) else None
    if isinstance(count, bool) or not isinstance(count, (int, str)):
        return 0
    try:
        return max(int(count), 0)
    except ValueError:
        return 0
