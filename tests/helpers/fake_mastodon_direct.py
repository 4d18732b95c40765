"""Private conversations, filtered notifications and quotes on the loopback Mastodon, as
documented (https://docs.joinmastodon.org/methods/conversations/,
/methods/notifications/ (policy v2, requests, ``include_filtered``), /entities/Quote/,
/methods/statuses/ (quotes revoke)).

``install(fake)`` adds the routes to a FakeMastodon and returns it. Helpers put things on the
server the way a real one would get them:

- ``direct_message(fake, account, content, in_reply_to_id=None)``: a direct status from
  ``account`` to ``fake.me`` (a mention notification too), in its conversation;
- ``filtered_mention(fake, account, content, **kw)``: a mention the notification policy
  filtered (``filtered: true``, behind a notification request) unless the account's request
  was accepted;
- ``quote_post(fake, account, content, quoted)``: a status quoting ``quoted`` (Quote
  ``{state: accepted, quoted_status}``) and the ``quote`` notification for it.

A direct status posted through ``POST /api/v1/statuses`` gets its mentions from the text
(``@user`` or ``@user@domain``) and joins its parent's conversation, or opens one.
``fake.policy_supported = False`` makes the server a 4.2 one (404 for the policy and the
requests). State: ``fake.conversations`` ({id: {...}}), ``fake.conversation_of`` ({status id:
conversation id}), ``fake.notification_requests`` ({account id: request}).
"""

from __future__ import annotations

import re
import time
from typing import Any

from fake_mastodon import FakeMastodon, _key, iso, paginate

PENDING = "pending"


def install(fake: FakeMastodon) -> FakeMastodon:
    fake.conversations = {}
    fake.conversation_of = {}
    fake.notification_requests = {}
    fake.accepted_accounts = set()
    fake.policy_supported = True
    fake.policy = {
        "for_not_following": "accept",
        "for_not_followers": "accept",
        "for_new_accounts": "filter",
        "for_private_mentions": "filter",
        "for_limited_accounts": "filter",
    }

    def route(handler, method: str, path: str, q: dict, body: dict, me: str):
        if method == "POST" and path == "/api/v1/statuses":
            status, out, headers = handler._post_status(me, body)
            if status == 200 and out.get("visibility") == "direct":
                _address(fake, out)
                _join_conversation(fake, out)
            return status, out, headers
        if method == "GET" and path == "/api/v1/conversations":
            return _conversations(handler, fake, me, q)
        m = re.fullmatch(r"/api/v1/conversations/([^/]+)/read", path)
        if method == "POST" and m:
            conv = fake.conversations.get(m.group(1))
            if conv is None or me not in conv["_participants"]:
                return 404, {"error": "Record not found"}, {}
            conv["unread"] = False
            return 200, _conversation_view(fake, conv, me), {}
        newer = ("/api/v2/notifications/policy", "/api/v1/notifications/requests")
        if path.startswith(newer) and not fake.policy_supported:
            return 404, {"error": "Record not found"}, {}  # a server before 4.3
        if method == "GET" and path == "/api/v2/notifications/policy":
            pending = [r for r in fake.notification_requests.values() if r["_state"] == PENDING]
            return (
                200,
                {
                    **fake.policy,
                    "summary": {
                        "pending_requests_count": len(pending),
                        "pending_notifications_count": sum(
                            len(r["_notifications"]) for r in pending
                        ),
                    },
                },
                {},
            )
        if method == "GET" and path == "/api/v1/notifications/requests":
            items = [
                (r["id"], _request_view(r))
                for r in fake.notification_requests.values()
                if r["_state"] == PENDING
            ]
            page, _ = paginate(items, q, default=40, maximum=80)
            ids = [i for i, _ in page]
            return 200, [r for _, r in page], handler._link(path, q, ids)
        m = re.fullmatch(r"/api/v1/notifications/requests/([^/]+)/(accept|dismiss)", path)
        if method == "POST" and m:
            req = next(
                (r for r in fake.notification_requests.values() if r["id"] == m.group(1)), None
            )
            if req is None:
                return 404, {"error": "Record not found"}, {}
            if m.group(2) == "accept":
                req["_state"] = "accepted"
                fake.accepted_accounts.add(req["account"]["id"])
                for n in req["_notifications"]:
                    n.pop("filtered", None)  # merged back into the notifications
            else:
                req["_state"] = "dismissed"
            return 200, {}, {}
        if method == "GET" and path == "/api/v1/notifications" and _needs_filtering(fake, q):
            return _notifications(handler, fake, q)
        m = re.fullmatch(r"/api/v1/statuses/([^/]+)/quotes/([^/]+)/revoke", path)
        if method == "POST" and m:
            ours, quoting = fake.statuses.get(m.group(1)), fake.statuses.get(m.group(2))
            if ours is None or quoting is None:
                return 404, {"error": "Record not found"}, {}
            if ours["account"]["id"] != me:
                return 403, {"error": "This action is not allowed"}, {}
            q_ = quoting.get("quote") or {}
            if ((q_.get("quoted_status") or {}).get("id") or q_.get("_quoted_id")) != ours["id"]:
                return 404, {"error": "Record not found"}, {}
            quoting["quote"] = {"state": "revoked", "quoted_status": None, "_quoted_id": ours["id"]}
            return 200, quoting, {}
        return None

    fake.routes.append(route)
    return fake


# --- helpers for tests --------------------------------------------------------------------


def direct_message(
    fake: FakeMastodon, account: dict, content: str, *, in_reply_to_id: str | None = None, **kw
) -> dict:
    st = fake.add_status(
        account,
        content,
        in_reply_to_id=in_reply_to_id,
        visibility="direct",
        mentions=[fake.me],
        **kw,
    )
    _join_conversation(fake, st)
    fake.add_notification("mention", account, st)
    return st


def filtered_mention(fake: FakeMastodon, account: dict, content: str, **kw: Any) -> dict:
    """A mention from ``account`` that the policy filters (until its request is accepted)."""
    direct = kw.pop("visibility", "public") == "direct"
    st = fake.add_status(
        account, content, mentions=[fake.me], visibility="direct" if direct else "public", **kw
    )
    if direct:
        _join_conversation(fake, st)
    n = fake.add_notification("mention", account, st)
    if account["id"] not in fake.accepted_accounts:
        n["filtered"] = True
        req = fake.notification_requests.get(account["id"])
        if req is None or req["_state"] == "dismissed":
            now = iso(time.time())
            req = {
                "id": fake.new_id(),
                "created_at": now,
                "updated_at": now,
                "account": account,
                "_state": PENDING,
                "_notifications": [],
            }
            fake.notification_requests[account["id"]] = req
        req["_notifications"].append(n)
        req["updated_at"] = n["created_at"]
    return st


def quote_post(fake: FakeMastodon, account: dict, content: str, quoted: dict, **kw: Any) -> dict:
    st = fake.add_status(account, content, **kw)
    st["quote"] = {"state": "accepted", "quoted_status": quoted}
    fake.add_notification("quote", account, st)
    return st


# --- internals ----------------------------------------------------------------------------


def _address(fake: FakeMastodon, st: dict) -> None:
    """Mentions from the text, as the server parses them (``@user``, ``@user@domain``)."""
    text = re.sub(r"<[^>]+>", " ", st["content"])
    found = []
    for user, domain in re.findall(r"(?<![\w@])@(\w+)(?:@([\w.:-]+))?", text):
        acct = f"{user}@{domain}" if domain and domain != fake.domain else user
        acc = next((a for a in fake.accounts.values() if a["acct"] == acct), None)
        if acc is not None and acc not in found:
            found.append(acc)
    st["mentions"] = [
        {"id": a["id"], "username": a["username"], "url": a["url"], "acct": a["acct"]}
        for a in found
    ]


def _join_conversation(fake: FakeMastodon, st: dict) -> None:
    if st["id"] in fake.conversation_of:
        return  # an idempotent replay of the same post
    parent = st.get("in_reply_to_id")
    conv_id = fake.conversation_of.get(parent) if parent else None
    if conv_id is None:
        conv_id = fake.new_id()
        fake.conversations[conv_id] = {"id": conv_id, "unread": False, "_participants": set()}
    conv = fake.conversations[conv_id]
    conv["_participants"] |= {st["account"]["id"], *(m["id"] for m in st["mentions"])}
    conv["_last"] = st["id"]
    conv["unread"] = st["account"]["id"] != fake.me["id"]
    fake.conversation_of[st["id"]] = conv_id


def _conversation_view(fake: FakeMastodon, conv: dict, me: str) -> dict:
    return {
        "id": conv["id"],
        "unread": conv["unread"],
        "accounts": [fake.accounts[a] for a in sorted(conv["_participants"]) if a != me],
        "last_status": fake.statuses.get(conv["_last"]),
    }


def _conversations(handler, fake: FakeMastodon, me: str, q: dict):
    # Ordered and paged by the last status's id, as Mastodon does (AccountConversation).
    items = [
        (c["_last"], _conversation_view(fake, c, me))
        for c in fake.conversations.values()
        if me in c["_participants"] and c["_last"] in fake.statuses
    ]
    page, _ = paginate(items, q, default=20, maximum=40)
    ids = [i for i, _ in page]
    return 200, [c for _, c in page], handler._link("/api/v1/conversations", q, ids)


def _request_view(req: dict) -> dict:
    notes = req["_notifications"]
    last = max((n["status"] for n in notes if n.get("status")), key=lambda s: _key(s["id"]))
    return {
        "id": req["id"],
        "created_at": req["created_at"],
        "updated_at": req["updated_at"],
        "notifications_count": str(len(notes)),
        "account": req["account"],
        "last_status": last,
    }


def _needs_filtering(fake: FakeMastodon, q: dict) -> bool:
    """This module answers the notification list when anything is filtered or asked for
    (``include_filtered``, ``account_id``); otherwise the fake's own list does."""
    if "include_filtered" in q or "account_id" in q:
        return True
    return any(n.get("filtered") for n in fake.notifications)


def _notifications(handler, fake: FakeMastodon, q: dict):
    types = q.get("types[]") or []
    include = (q.get("include_filtered") or ["false"])[0] == "true"
    account = (q.get("account_id") or [""])[0]
    items = [
        (n["id"], n)
        for n in fake.notifications
        if (not types or n["type"] in types)
        and (not account or n["account"]["id"] == account)
        and (include or account or not n.get("filtered"))
    ]
    page, _ = paginate(items, q, default=40, maximum=80)
    ids = [i for i, _ in page]
    return 200, [n for _, n in page], handler._link("/api/v1/notifications", q, ids)
