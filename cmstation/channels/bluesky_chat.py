"""Bluesky private messages (chat.bsky.convo.*): the conversations of the account, swept into
the inbox as the source "direct", and sending a private message (a part of the Bluesky
channel; the adapter :mod:`cmstation.channels.bluesky` owns a ``BlueskyChat``).

Wire format (lexicons ``chat/bsky/convo/*.json`` of bluesky-social/atproto): every call goes
to the user's PDS with the header ``atproto-proxy: did:web:api.bsky.chat#bsky_chat``; the PDS
proxies it to the chat service. ``listConvos`` (``status`` request/accepted, ``cursor``),
``getLog`` (the account's event log: ``logCreateMessage`` and friends, each with a ``rev``;
its ``cursor`` is where the next call continues), ``getMessages`` (newest first),
``getConvo``, ``getConvoForMembers`` (get or create the 1-1 conversation), ``acceptConvo``,
``updateRead``, ``sendMessage`` (``messageInput``: text of at most 1,000 graphemes).

No access: an app password made without "allow access to your direct messages" is refused by
the PDS itself before it proxies (``packages/pds/src/pipethrough.ts``: ``InvalidRequestError(
'Bad token method', 'InvalidToken')``, HTTP 400; ``packages/pds/tests/app-passwords.test.ts``,
"restricts privileged app password actions"). The adapter raises ``NoDirectAccess`` for it
(not a session problem: the token is fine for everything else) and the sweep source answers
with a note instead of an error. So does a chat service that does not answer (5xx, a dropped
connection: the PDS answers 500 when it cannot reach ``did:web:api.bsky.chat``): the mentions
were read, and the cursor stays for the next sweep.

The sweep's cursor: ``{"log": "<getLog cursor>", "last": {convoId: remote id of the newest
message}, "backfill": ["request"|"accepted", page cursor]}``. The first sweep takes the log's
head first, then lists the conversations (requests first, so nothing addressed to the
account hides behind the budget): an unread or requested conversation with its newest page of
messages, a read one with its last message. Later sweeps read only the log after the cursor.

Ids: a conversation is the thread ``chat:<convoId>``; a message ``chat:<convoId>:<messageId>``,
answering the message before it in its conversation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from cmstation.channels.base import BadPayload, Offline, Permanent, PollResult
from cmstation.channels.bluesky_wire import facets_for, grapheme_count, parse_time, profile_url
from cmstation.channels.http import MSG_BAD_JSON, channel_error
from cmstation.channels.strict_json import check_item
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Author, Message, MessageKind

log = logging.getLogger(__name__)

CTX = "channels"
NETWORK = "Bluesky"
CHAT_PROXY = "did:web:api.bsky.chat#bsky_chat"
CHAT_HEADERS = {"atproto-proxy": CHAT_PROXY}
SOURCE = "direct"
MESSAGE_GRAPHEME_LIMIT = 1000
MESSAGE_BYTE_LIMIT = 10000
PAGE_LIMIT = 50
#: How many conversations' newest message ids the cursor keeps (for "answers the one before").
LAST_KEPT = 2000
#: (error, message) of a token that may not use the chat service.
NO_ACCESS_ERRORS = {("InvalidToken", "Bad token method"), ("InvalidToken", "Bad token scope")}

_DEFS = "chat.bsky.convo.defs#"
MESSAGE_VIEW = _DEFS + "messageView"
DELETED_VIEW = _DEFS + "deletedMessageView"
LOG_CREATE = _DEFS + "logCreateMessage"

MSG_SOURCE = QT_TRANSLATE_NOOP("channels", "private messages")
NOTE_NO_ACCESS = QT_TRANSLATE_NOOP(
    "channels",
    "This app password cannot read direct messages. Make an app password with access to "
    "direct messages to see them here.",
)
NOTE_REQUESTS = QT_TRANSLATE_NOOP(
    "channels",
    "%n message request(s) waiting: people the account does not follow wrote to it. "
    "They are in the inbox; answering one accepts it.",
    "",
    1,
)
MSG_DM_TOO_LONG = QT_TRANSLATE_NOOP(
    "channels",
    "This private message has {count} characters; Bluesky allows at most {limit}.",
)
MSG_NO_CHAT = QT_TRANSLATE_NOOP(
    "channels", "The Bluesky server {host} does not offer private messages."
)
NOTE_CHAT_OFFLINE = QT_TRANSLATE_NOOP(
    "channels",
    "Private messages could not be read this time ({reason}); the next sweep tries again.",
)
MSG_DM_EMPTY = QT_TRANSLATE_NOOP("channels", "An empty private message cannot be sent.")
MSG_NO_RECIPIENT = QT_TRANSLATE_NOOP(
    "channels",
    "There is no one to send this private message to: the answered message has no other "
    "Bluesky author.",
)
# the same sentences as the adapter's (one translation each)
NOTE_BUDGET = QT_TRANSLATE_NOOP(
    "channels", "There is more to read; the next sweep continues where this one stopped."
)
NOTE_SKIPPED = QT_TRANSLATE_NOOP(
    "channels", "%n item(s) were left out because they were malformed.", "", 1
)


class NoDirectAccess(Permanent):
    """The app password was made without access to direct messages."""


class NoChatService(Permanent):
    """The server does not offer the chat methods (``MethodNotImplemented``)."""


def lacks_chat_access(name: str, message: str) -> bool:
    """Whether an XRPC error says the token may not use the chat service."""
    return (name, message) in NO_ACCESS_ERRORS


def no_access_error() -> NoDirectAccess:
    return channel_error(NoDirectAccess, NOTE_NO_ACCESS)


def chat_root(convo_id: str) -> str:
    return f"chat:{convo_id}"


def chat_remote_id(convo_id: str, message_id: str) -> str:
    return f"chat:{convo_id}:{message_id}"


def convo_id_of(remote_id: str) -> str:
    """The conversation of ``chat:<convo>`` or ``chat:<convo>:<message>``; "" otherwise."""
    kind, _, rest = (remote_id or "").partition(":")
    return rest.partition(":")[0] if kind == "chat" else ""


def message_id_of(remote_id: str) -> str:
    kind, _, rest = (remote_id or "").partition(":")
    return rest.partition(":")[2] if kind == "chat" else ""


def check_message_text(text: str) -> None:
    """``Permanent`` when ``text`` cannot go as a chat message (empty, over 1,000 graphemes)."""
    if not text.strip():
        raise channel_error(Permanent, MSG_DM_EMPTY)
    count = grapheme_count(text)
    if count > MESSAGE_GRAPHEME_LIMIT or len(text.encode("utf-8")) > MESSAGE_BYTE_LIMIT:
        raise channel_error(Permanent, MSG_DM_TOO_LONG, count=count, limit=MESSAGE_GRAPHEME_LIMIT)


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """A message request: a conversation someone we do not follow started."""

    id: str  # the convoId
    handle: str
    display_name: str
    count: int  # its unread messages


#: How many pages of requests ``chat_requests`` reads at most.
REQUEST_PAGES = 5


def _members(convo: Any) -> dict[str, dict[str, Any]]:
    members = convo.get("members") if isinstance(convo, dict) else None
    out: dict[str, dict[str, Any]] = {}
    for m in members if isinstance(members, list) else []:
        if isinstance(m, dict) and isinstance(m.get("did"), str):
            out[m["did"]] = m
    return out


def _list(data: Any, key: str, host: str) -> tuple[list[Any], str | None]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=host)
    cursor = data.get("cursor")
    return data[key], cursor if isinstance(cursor, str) and cursor else None


class BlueskyChat:
    """The chat calls of one account, through its adapter's ``xrpc`` (session, refresh)."""

    def __init__(self, adapter: Any, *, page_limit: int = PAGE_LIMIT) -> None:
        self.adapter = adapter
        self.page_limit = page_limit

    @property
    def did(self) -> str:
        return self.adapter.did

    def _call(self, method: str, nsid: str, **kw: Any) -> Any:
        data = self.adapter.xrpc(
            method,
            f"chat.bsky.convo.{nsid}",
            headers=CHAT_HEADERS,
            allow=("MethodNotImplemented",),
            **kw,
        )
        if data is None:
            raise channel_error(NoChatService, MSG_NO_CHAT, host=self.adapter.host)
        return data

    def _one(self, data: Any, key: str) -> dict[str, Any]:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.adapter.host)
        return value

    # -- the calls ----------------------------------------------------------------------

    def list_convos(
        self, *, status: str | None = None, cursor: str | None = None, limit: int | None = None
    ) -> tuple[list[Any], str | None]:
        params: dict[str, Any] = {"limit": limit or self.page_limit}
        if status:
            params["status"] = status
        if cursor:
            params["cursor"] = cursor
        data = self._call("GET", "listConvos", params=params, per_item=True)
        return _list(data, "convos", self.adapter.host)

    def get_log(self, cursor: str | None = None) -> tuple[list[Any], str | None]:
        data = self._call("GET", "getLog", params={"cursor": cursor} if cursor else None)
        return _list(data, "logs", self.adapter.host)

    def get_messages(
        self, convo_id: str, *, cursor: str | None = None, limit: int | None = None
    ) -> tuple[list[Any], str | None]:
        """A page of a conversation's messages, newest first."""
        params: dict[str, Any] = {"convoId": convo_id, "limit": limit or self.page_limit}
        if cursor:
            params["cursor"] = cursor
        data = self._call("GET", "getMessages", params=params, per_item=True)
        return _list(data, "messages", self.adapter.host)

    def get_convo(self, convo_id: str) -> dict[str, Any]:
        return self._one(self._call("GET", "getConvo", params={"convoId": convo_id}), "convo")

    def convo_for_members(self, dids: list[str]) -> dict[str, Any]:
        """``getConvoForMembers``: the 1-1 conversation with ``dids``, made when there is none."""
        data = self._call("GET", "getConvoForMembers", params={"members": list(dids)})
        return self._one(data, "convo")

    def accept_convo(self, convo_id: str) -> str | None:
        """Moves a request to the accepted conversations; the rev, None when it already was."""
        data = self._call("POST", "acceptConvo", body={"convoId": convo_id})
        rev = data.get("rev") if isinstance(data, dict) else None
        return rev if isinstance(rev, str) else None

    def leave_convo(self, convo_id: str) -> None:
        """``leaveConvo``: how the Bluesky app rejects a request; the conversation leaves our
        list (the other side may write again, which makes a new request)."""
        self._call("POST", "leaveConvo", body={"convoId": convo_id})

    def chat_requests(self) -> list[ChatRequest]:
        """The message requests now (``listConvos`` with ``status: request``), newest first."""
        out: list[ChatRequest] = []
        cursor: str | None = None
        for _ in range(REQUEST_PAGES):
            convos, cursor = self.list_convos(status="request", cursor=cursor)
            for convo in convos:
                request = self._request_of(convo)
                if request is not None:
                    out.append(request)
            if not cursor or not convos:
                break
        return out

    def _request_of(self, convo: Any) -> ChatRequest | None:
        if not isinstance(convo, dict) or convo.get("status") != "request":
            return None
        cid = convo.get("id")
        if not isinstance(cid, str) or not cid:
            return None
        others = [m for d, m in _members(convo).items() if d != self.did]
        who = others[0] if others else {}
        handle = who.get("handle") if isinstance(who.get("handle"), str) else who.get("did", "")
        name = who.get("displayName")
        unread = convo.get("unreadCount")
        return ChatRequest(
            id=cid,
            handle=handle if isinstance(handle, str) else "",
            display_name=name if isinstance(name, str) else "",
            count=unread if isinstance(unread, int) and unread >= 0 else 0,
        )

    def update_read(self, convo_id: str, message_id: str | None = None) -> dict[str, Any]:
        """Marks the conversation read (up to ``message_id`` when given)."""
        body: dict[str, Any] = {"convoId": convo_id}
        if message_id:
            body["messageId"] = message_id
        return self._one(self._call("POST", "updateRead", body=body), "convo")

    def send_message(self, convo_id: str, text: str) -> dict[str, Any]:
        """``sendMessage`` -> the messageView. It has no idempotency key: after an unknown
        outcome look first (``find_sent``)."""
        check_message_text(text)
        message: dict[str, Any] = {"text": text}
        facets = facets_for(text)
        if facets:
            message["facets"] = facets
        data = self._call("POST", "sendMessage", body={"convoId": convo_id, "message": message})
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=self.adapter.host)
        return data

    def find_sent(
        self, convo_id: str, text: str, since: float, *, pages: int = 3
    ) -> dict[str, Any] | None:
        """Our earliest message in ``convo_id`` with ``text`` sent at or after ``since`` (unix
        seconds), looking back through at most ``pages`` pages."""
        wanted = " ".join(text.split())
        found: dict[str, Any] | None = None
        cursor: str | None = None
        for _ in range(max(1, pages)):
            items, cursor = self.get_messages(convo_id, cursor=cursor)
            older = False
            for view in items:
                try:
                    check_item(view)
                    sent = parse_time(view.get("sentAt"))
                except (ValueError, TypeError, AttributeError):
                    continue
                if sent < since:
                    older = True
                    continue
                sender = view.get("sender")
                if (
                    isinstance(sender, dict)
                    and sender.get("did") == self.did
                    and isinstance(view.get("text"), str)
                    and " ".join(view["text"].split()) == wanted
                    and isinstance(view.get("id"), str)
                ):
                    found = view  # newest first: the last one found is the earliest
            if older or not cursor or not items:
                break
        return found

    # -- wire -> core -------------------------------------------------------------------

    def to_message(
        self,
        view: Any,
        convo_id: str,
        members: dict[str, dict[str, Any]],
        previous: str = "",
    ) -> Message | None:
        """A messageView -> Message (None for a deleted or system message); ValueError when
        it is malformed."""
        if not isinstance(view, dict):
            raise ValueError("not an object")
        kind = view.get("$type", MESSAGE_VIEW)
        if kind != MESSAGE_VIEW:
            return None  # deleted, system, or something newer: nothing to read
        check_item(view)
        mid, text, sender = view.get("id"), view.get("text"), view.get("sender")
        if not isinstance(mid, str) or not mid or not isinstance(text, str):
            raise ValueError("message without id or text")
        if not isinstance(sender, dict) or not isinstance(sender.get("did"), str):
            raise ValueError("message without sender")
        if not isinstance(convo_id, str) or not convo_id:
            raise ValueError("message without conversation")
        did = sender["did"]
        profile = members.get(did) or {}
        handle = profile.get("handle") if isinstance(profile.get("handle"), str) else ""
        if not handle and did == self.did:
            handle = self.adapter.handle
        name = profile.get("displayName")
        own = did == self.did
        return Message(
            channel_id=self.adapter.channel_id,
            remote_id=chat_remote_id(convo_id, mid),
            text=text,
            created_at=parse_time(view.get("sentAt")),
            author=Author(
                remote_id=did,
                handle=handle or did,
                display_name=name if isinstance(name, str) else "",
                url=profile_url(handle or did),
            ),
            kind=MessageKind.OWN_DIRECT if own else MessageKind.DIRECT,
            thread_root_id=chat_root(convo_id),
            in_reply_to_id=previous,
            is_own=own,
        )

    # -- the sweep source ---------------------------------------------------------------

    def poll(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult:
        result = PollResult()
        before = self.adapter.http.requests
        cursor = dict(cursor) if isinstance(cursor, dict) else {}
        try:
            state = self._poll(cursor, result, max(1, page_budget))
        except (NoDirectAccess, NoChatService, Offline) as exc:
            # The mentions were read: trouble with the chat service alone (it is a service of
            # its own behind the PDS) is a note, and the cursor stays for the next sweep.
            if isinstance(exc, NoDirectAccess):
                note = Text(CTX, NOTE_NO_ACCESS)
            elif isinstance(exc, Offline):
                reason = getattr(exc, "text", None) or str(exc)
                note = Text(CTX, NOTE_CHAT_OFFLINE, {"reason": reason})
            else:
                note = exc.text
            empty = PollResult(cursor=cursor, notes=[note])
            empty.requests = self.adapter.http.requests - before
            return empty
        result.cursor = state
        if result.skipped:
            result.notes.append(Text(CTX, NOTE_SKIPPED, {"n": result.skipped}))
        result.requests = self.adapter.http.requests - before
        return result

    def _poll(self, cursor: dict[str, Any], result: PollResult, budget: int) -> dict[str, Any]:
        last = cursor.get("last") if isinstance(cursor.get("last"), dict) else {}
        last = {k: v for k, v in last.items() if isinstance(k, str) and isinstance(v, str)}
        head = cursor.get("log") if isinstance(cursor.get("log"), str) else ""
        backfill = cursor.get("backfill")
        pages = 0
        if not head:
            # the log's head first: what happens while we list is read next time
            _, head = self.get_log()
            head = head or ""
            backfill = ["request", None]
            pages += 1
        else:
            listing = isinstance(backfill, list)
            head, pages, unseen = self._read_log(head, last, result, budget, listing)
            for convo_id in unseen:  # a conversation the listing has not reached yet
                self._convo_messages(self.get_convo(convo_id), last, result, force=True)
        if isinstance(backfill, list) and len(backfill) == 2:
            backfill, used = self._backfill(backfill, last, result, max(1, budget - pages))
            pages += used
        else:
            backfill = None
        requests = self._count_requests()
        if requests:
            result.notes.append(Text(CTX, NOTE_REQUESTS, {"n": requests}))
        if len(last) > LAST_KEPT:
            last = dict(list(last.items())[-LAST_KEPT:])
        state: dict[str, Any] = {"log": head or None, "last": last}
        if backfill:
            state["backfill"] = backfill
            if Text(CTX, NOTE_BUDGET) not in result.notes:
                result.notes.append(Text(CTX, NOTE_BUDGET))
        return state

    def _read_log(
        self, head: str, last: dict[str, str], result: PollResult, budget: int, listing: bool
    ) -> tuple[str, int, list[str]]:
        """Reads the log after ``head``; -> (new head, pages, conversations never seen before
        while the first listing is still under way: their older messages are fetched)."""
        members: dict[str, dict[str, dict[str, Any]]] = {}
        unseen: list[str] = []
        pages = 0
        more = False
        while pages < budget:
            logs, nxt = self.get_log(head)
            pages += 1
            newest = head
            for event in logs:
                rev = event.get("rev") if isinstance(event, dict) else None
                if isinstance(rev, str) and rev > newest:
                    newest = rev
                convo_id = event.get("convoId") if isinstance(event, dict) else None
                if listing and isinstance(convo_id, str) and convo_id not in last:
                    if convo_id not in unseen and event.get("$type") == LOG_CREATE:
                        unseen.append(convo_id)
                    continue
                self._log_event(event, last, members, result)
            nxt = nxt or newest
            if not logs or nxt == head:
                more = False
                break
            head, more = nxt, True
        if more:
            result.notes.append(Text(CTX, NOTE_BUDGET))
        return head, pages, unseen

    def _log_event(
        self,
        event: Any,
        last: dict[str, str],
        members: dict[str, dict[str, dict[str, Any]]],
        result: PollResult,
    ) -> None:
        if not isinstance(event, dict) or event.get("$type") != LOG_CREATE:
            return  # accepts, reads, mutes, reactions...: nothing for the inbox
        try:
            convo_id = event.get("convoId")
            view = event.get("message")
            if not isinstance(convo_id, str) or not convo_id or not isinstance(view, dict):
                raise ValueError("logCreateMessage without convoId or message")
            known = members.get(convo_id)
            sender = (view.get("sender") or {}).get("did") if isinstance(view, dict) else None
            if known is None or sender not in known:
                known = dict(known or {})
                known.update(_members({"members": event.get("relatedProfiles")}))
                if sender not in known:
                    known.update(self._members_of(convo_id))
                members[convo_id] = known
            msg = self.to_message(view, convo_id, known, last.get(convo_id, ""))
        except (ValueError, TypeError, AttributeError) as exc:
            _skip(self.adapter.host, exc)
            result.skipped += 1
            return
        if msg is not None:
            result.messages.append(msg)
            last.pop(convo_id, None)
            last[convo_id] = msg.remote_id

    def _members_of(self, convo_id: str) -> dict[str, dict[str, Any]]:
        try:
            return _members(self.get_convo(convo_id))
        except (NoDirectAccess, NoChatService):
            raise
        except (Permanent, BadPayload):  # a conversation we left: keep the DIDs
            return {}

    def _backfill(
        self, backfill: list[Any], last: dict[str, str], result: PollResult, budget: int
    ) -> tuple[list[Any] | None, int]:
        status, page_cursor = backfill
        status = status if status in ("request", "accepted") else "request"
        pages = 0
        while pages < budget:
            convos, nxt = self.list_convos(status=status, cursor=page_cursor)
            pages += 1
            for convo in convos:
                if isinstance(convo, dict) and convo.get("id") in last:
                    continue  # read already (through the log, or an earlier page)
                self._convo_messages(convo, last, result)
            if nxt and convos:
                page_cursor = nxt
                continue
            if status == "request":
                status, page_cursor = "accepted", None
                continue
            return None, pages
        return [status, page_cursor], pages

    def _convo_messages(
        self, convo: Any, last: dict[str, str], result: PollResult, *, force: bool = False
    ) -> None:
        try:
            check_item(convo)
            convo_id = convo.get("id")
            if not isinstance(convo_id, str) or not convo_id:
                raise ValueError("convo without id")
            members = _members(convo)
            unread = convo.get("unreadCount")
            if (
                force
                or convo.get("status") == "request"
                or (isinstance(unread, int) and unread > 0)
            ):
                views, _ = self.get_messages(convo_id)
            else:
                views = [convo["lastMessage"]] if isinstance(convo.get("lastMessage"), dict) else []
        except (ValueError, TypeError, AttributeError) as exc:
            _skip(self.adapter.host, exc)
            result.skipped += 1
            return
        previous = ""
        newest = ""
        for view in reversed(views):  # oldest first, each answering the one before
            try:
                msg = self.to_message(view, convo_id, members, previous)
            except (ValueError, TypeError, AttributeError) as exc:
                _skip(self.adapter.host, exc)
                result.skipped += 1
                continue
            if msg is not None:
                result.messages.append(msg)
                previous = newest = msg.remote_id
        if newest and (force or convo_id not in last):
            last[convo_id] = newest

    def _count_requests(self) -> int:
        convos, _ = self.list_convos(status="request", limit=100)
        return sum(1 for c in convos if isinstance(c, dict) and c.get("status") == "request")


def _skip(where: str, exc: BaseException) -> None:
    log.warning("skipped a malformed chat item from %s: %s: %s", where, type(exc).__name__, exc)
