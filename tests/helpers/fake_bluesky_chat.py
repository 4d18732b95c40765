"""Bluesky chat (private messages) on the loopback Bluesky PDS, following the lexicons
``chat/bsky/convo/*.json`` of bluesky-social/atproto field for field: listConvos (``status``,
``cursor``, ``limit``), getLog (``cursor``; ``logs`` of ``#logBeginConvo``,
``#logAcceptConvo``, ``#logCreateMessage`` (with ``relatedProfiles``), ``#logReadMessage``),
getMessages (newest first), getConvo, getConvoForMembers, acceptConvo (``{rev}``, ``{}`` when
already accepted), updateRead (``{convo}``), sendMessage (``messageInput`` -> ``messageView``).

``FakeChat(fake_bluesky)`` mounts the methods on a ``FakeBluesky`` (``fake.routes``), so they
share its Authorization check, its token refresh and its faults (``fake.fault("drop_after",
path="chat.bsky.convo.sendMessage")``: the message is stored, the answer lost; ``status``: a
5xx). On top of that, as the PDS does:

- a chat call without ``atproto-proxy: did:web:api.bsky.chat#bsky_chat`` is refused (400
  ``InvalidRequest`` "No service configured for ...": the PDS has no default service for it);
- ``chat.no_access = True``: the app password has no access to direct messages (400
  ``InvalidToken`` "Bad token method", as ``packages/pds/src/pipethrough.ts`` answers);
- text over 1,000 graphemes (or 10,000 bytes) is refused (400 ``InvalidRequest``);
- ``sentAt`` comes from ``chat.clock`` (set it to a test's clock).

Helpers: ``chat.person(n)`` (a profileViewBasic), ``chat.incoming(person, text, request=False)``
(a message from ``person`` to the account, in their 1-1 conversation, which is made as a
request when ``request``), ``chat.mine(convo_id)`` (the account's messages there). It also
answers ``app.bsky.feed.getPostThread`` for a notified post (no replies).
"""

from __future__ import annotations

import time
from typing import Any

import grapheme
from fake_bluesky import FakeBluesky, iso

PROXY = "did:web:api.bsky.chat#bsky_chat"
DEFS = "chat.bsky.convo.defs#"


class FakeChat:
    def __init__(self, fake: FakeBluesky) -> None:
        self.fake = fake
        self.me = {"did": fake.did, "handle": fake.handle, "displayName": "Brand", "labels": []}
        self.profiles: dict[str, dict] = {fake.did: self.me}
        self.convos: dict[str, dict] = {}  # id -> {"members", "status", "messages", "read"}
        self.log: list[dict] = []  # the account's log, oldest first
        self.no_access = False
        self.disabled: set[str] = set()  # DIDs that take no messages (MessagesDisabled)
        self.clock = time.time
        self.log_page = 50
        self.calls: list[dict] = []  # every chat call: nsid, query, body, proxy header
        self._rev = 0
        self._ids = 0
        fake.routes.append(self._route)

    # -- state --------------------------------------------------------------------------

    def _next_rev(self) -> str:
        self._rev += 1
        return f"2222222{self._rev:06d}"

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids:09d}"

    def person(self, n: int = 1, *, handle: str = "") -> dict:
        did = f"did:plc:klant{n:019d}"
        prof = self.profiles.get(did)
        if prof is None:
            prof = {
                "did": did,
                "handle": handle or f"klant{n}.example.com",
                "displayName": f"Klant {n}",
                "labels": [],
            }
            self.profiles[did] = prof
        return prof

    def convo_with(self, did: str, *, request: bool = False) -> str:
        for cid, c in self.convos.items():
            if set(c["members"]) == {self.me["did"], did}:
                return cid
        cid = self._next_id("3kconvo")
        self.convos[cid] = {
            "members": [self.me["did"], did],
            "status": "request" if request else "accepted",
            "messages": [],  # oldest first
            "read": 0,  # how many of them the account has read
            "rev": self._next_rev(),
        }
        self._append({"$type": DEFS + "logBeginConvo", "convoId": cid})
        return cid

    def _append(self, event: dict) -> dict:
        event = {"rev": self._next_rev(), **event}
        self.log.append(event)
        return event

    def _store(self, cid: str, did: str, text: str, facets: Any = None) -> dict:
        c = self.convos[cid]
        view = {
            "$type": DEFS + "messageView",
            "id": self._next_id("3kmsg"),
            "rev": self._next_rev(),
            "text": text,
            "sender": {"did": did},
            "sentAt": iso(self.clock()),
        }
        if facets:
            view["facets"] = facets
        c["messages"].append(view)
        c["rev"] = view["rev"]
        if c.get("left") and did != self.me["did"]:  # writing again after we left: a request
            c["left"], c["status"] = False, "request"
        if did == self.me["did"]:
            c["read"] = len(c["messages"])
        self._append(
            {
                "$type": DEFS + "logCreateMessage",
                "convoId": cid,
                "message": view,
                "relatedProfiles": [self.profiles[m] for m in c["members"]],
            }
        )
        return view

    def incoming(self, person: dict, text: str, *, request: bool = False) -> tuple[str, dict]:
        """A message from ``person`` to the account: (conversation id, messageView)."""
        with self.fake._lock:
            cid = self.convo_with(person["did"], request=request)
            return cid, self._store(cid, person["did"], text)

    def delete(self, cid: str, message_id: str) -> None:
        """The sender deleted a message: it stays as a deletedMessageView."""
        c = self.convos[cid]
        for i, m in enumerate(c["messages"]):
            if m["id"] == message_id:
                c["messages"][i] = {
                    "$type": DEFS + "deletedMessageView",
                    "id": m["id"],
                    "rev": self._next_rev(),
                    "sender": m["sender"],
                    "sentAt": m["sentAt"],
                }
                self._append(
                    {
                        "$type": DEFS + "logDeleteMessage",
                        "convoId": cid,
                        "message": c["messages"][i],
                    }
                )

    def mine(self, cid: str) -> list[dict]:
        return [
            m
            for m in self.convos[cid]["messages"]
            if m["sender"]["did"] == self.me["did"] and "text" in m
        ]

    def calls_to(self, nsid: str) -> int:
        return sum(1 for c in self.calls if c["nsid"] == f"chat.bsky.convo.{nsid}")

    def convo_view(self, cid: str) -> dict:
        c = self.convos[cid]
        view = {
            "id": cid,
            "rev": c["rev"],
            "members": [self.profiles[m] for m in c["members"]],
            "muted": False,
            "status": c["status"],
            "unreadCount": sum(
                1 for m in c["messages"][c["read"] :] if m["sender"]["did"] != self.me["did"]
            ),
        }
        if c["messages"]:
            view["lastMessage"] = c["messages"][-1]
        return view

    # -- the methods --------------------------------------------------------------------

    def _route(self, handler, method: str, q: dict, body: Any) -> Any:
        if method == "app.bsky.feed.getPostThread":
            return self._thread((q.get("uri") or [""])[0], handler)
        if not method.startswith("chat.bsky."):
            return NotImplemented
        proxy = handler.headers.get("atproto-proxy", "")
        self.calls.append({"nsid": method, "query": q, "body": body, "proxy": proxy})
        if self.no_access:
            handler._error(400, "InvalidToken", "Bad token method")
            return None
        if proxy != PROXY:
            handler._error(400, "InvalidRequest", f"No service configured for {method}")
            return None
        with self.fake._lock:
            return self._answer(handler, method.removeprefix("chat.bsky.convo."), q, body)

    def _thread(self, uri: str, handler) -> Any:
        """A notified post as its thread (no replies): what the outbox's check of a public
        post asks before a "continue privately"."""
        for n in self.fake.notifications:
            if isinstance(n, dict) and n.get("uri") == uri:
                post = {k: n[k] for k in ("uri", "cid", "author", "record", "indexedAt", "labels")}
                return {"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": post}}
        handler._error(400, "NotFound", f"Post not found: {uri}")
        return None

    def _answer(self, handler, name: str, q: dict, body: Any) -> Any:
        one = lambda key, default=None: (q.get(key) or [default])[0]  # noqa: E731
        me = self.me["did"]
        if name == "listConvos":
            status = one("status")
            ids = sorted(self.convos, key=lambda c: self.convos[c]["rev"], reverse=True)
            ids = [c for c in ids if not status or self.convos[c]["status"] == status]
            ids = [c for c in ids if not self.convos[c].get("left")]
            # as the service pages: by the conversations' rev (a conversation that moves to
            # the top while someone pages is not seen twice, nor does it push others out)
            after = one("cursor")
            if after:
                ids = [c for c in ids if self.convos[c]["rev"] < after]
            page = ids[: _limit(one("limit"))]
            out = {"convos": [self.convo_view(c) for c in page]}
            if len(ids) > len(page):
                out["cursor"] = self.convos[page[-1]]["rev"]
            return out
        if name == "getLog":
            cursor = one("cursor")
            if not cursor:  # the head: where the next call starts
                return {"logs": [], "cursor": self.log[-1]["rev"]} if self.log else {"logs": []}
            logs = [e for e in self.log if e["rev"] > cursor][: self.log_page]
            return {"logs": logs, "cursor": logs[-1]["rev"]} if logs else {"logs": []}
        if name == "getConvoForMembers":
            members = [d for d in q.get("members") or [] if d != me]
            if len(members) != 1 or members[0] not in self.profiles:
                handler._error(400, "RecipientNotFound", "Recipient not found")
                return None
            if members[0] in self.disabled:
                handler._error(400, "MessagesDisabled", "recipient has disabled incoming messages")
                return None
            return {"convo": self.convo_view(self.convo_with(members[0]))}
        if name == "listConvoRequests":
            return NotImplemented
        cid = one("convoId") if body is None else (body or {}).get("convoId")
        c = self.convos.get(cid or "")
        if c is None or me not in c["members"]:
            handler._error(400, "InvalidConvo", "Convo not found")
            return None
        if name == "getConvo":
            return {"convo": self.convo_view(cid)}
        if name == "getMessages":
            newest_first = list(reversed(c["messages"]))
            page, cursor = _page(newest_first, one("cursor"), _limit(one("limit")))
            return {"messages": page, "cursor": cursor} if cursor else {"messages": page}
        if name == "acceptConvo":
            if c["status"] == "accepted":
                return {}
            c["status"] = "accepted"
            return {"rev": self._append({"$type": DEFS + "logAcceptConvo", "convoId": cid})["rev"]}
        if name == "leaveConvo":  # output {convoId, rev}; gone from our list
            c["left"] = True
            rev = self._append({"$type": DEFS + "logLeaveConvo", "convoId": cid})["rev"]
            return {"convoId": cid, "rev": rev}
        if name == "updateRead":
            upto = len(c["messages"])
            wanted = (body or {}).get("messageId")
            if wanted:
                ids = [m["id"] for m in c["messages"]]
                if wanted not in ids:
                    handler._error(400, "InvalidRequest", "Message not found")
                    return None
                upto = ids.index(wanted) + 1
            c["read"] = max(c["read"], upto)
            if c["messages"]:
                self._append(
                    {
                        "$type": DEFS + "logReadMessage",
                        "convoId": cid,
                        "message": c["messages"][upto - 1],
                    }
                )
            return {"convo": self.convo_view(cid)}
        if name == "sendMessage":
            message = (body or {}).get("message")
            text = message.get("text") if isinstance(message, dict) else None
            if not isinstance(text, str):
                handler._error(400, "InvalidRequest", 'Input/message must have the property "text"')
                return None
            if grapheme.length(text) > 1000 or len(text.encode("utf-8")) > 10000:
                handler._error(
                    400,
                    "InvalidRequest",
                    "Input/message/text must not be longer than 1000 graphemes",
                )
                return None
            return self._store(cid, me, text, message.get("facets"))
        return NotImplemented


def _limit(raw: Any) -> int:
    n = int(raw or 50)
    return max(1, min(n, 100))


def _page(items: list, cursor: str | None, limit: int) -> tuple[list, str | None]:
    start = int(cursor) if cursor and cursor.isdigit() else 0
    chunk = items[start : start + limit]
    nxt = str(start + limit) if start + limit < len(items) else None
    return chunk, nxt
