"""The outbox: queued replies, their states, and the bookkeeping of a successful send."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.i18n import Text
from cmstation.core.models import PRIVATE_KINDS, Message, MessageKind, MessageState
from cmstation.core.outbox_item import EDITABLE_STATES, OutboxItem, OutboxState
from cmstation.storage import events, messages
from cmstation.storage.tx import transaction

_COLS = (
    "id, message_id, channel_id, text, lang, delivery_key, state, reason, attempts, not_before,"
    " queued_at, sent_at, remote_id, remote_url, context"
)


def _row(r) -> OutboxItem:
    reason = Text.from_json(r[7], "Outbox")
    return OutboxItem(
        id=r[0],
        message_id=r[1],
        channel_id=r[2],
        text=r[3],
        lang=r[4],
        delivery_key=r[5],
        state=OutboxState(r[6]),
        reason=reason.render(),
        attempts=r[8],
        not_before=r[9],
        queued_at=r[10],
        sent_at=r[11],
        remote_id=r[12],
        remote_url=r[13],
        context=json.loads(r[14] or "{}"),
        reason_text=reason,
    )


def _reason(reason: Text | str) -> str:
    """Reasons are stored as translatable Text (JSON), so the UI can show them in Dutch."""
    return (reason if isinstance(reason, Text) else Text("Outbox", reason)).to_json()


def enqueue(
    db: sqlite_utils.Database,
    *,
    channel_id: int,
    message_id: int | None,
    text: str,
    delivery_key: str,
    lang: str = "",
    not_before: int | None = None,
    context: dict[str, Any] | None = None,
    draft_id: int | None = None,
    now: float | None = None,
) -> int:
    """Queue a reply; the draft it came from is removed in the same transaction,
    so the text is always in exactly one of the two places."""
    at = seconds_now(now)
    with transaction(db):
        cur = db.execute(
            "INSERT INTO outbox (message_id, channel_id, text, lang, delivery_key, state,"
            " not_before, queued_at, context) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
            (
                message_id,
                channel_id,
                text,
                lang,
                delivery_key,
                not_before,
                at,
                json.dumps(context or {}),
            ),
        )
        if draft_id is not None:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        events.record(
            db,
            "reply_queued",
            channel_id=channel_id,
            message_id=message_id,
            at=at,
            detail={"outbox_id": cur.lastrowid},
        )
    return cur.lastrowid


def get(db: sqlite_utils.Database, item_id: int) -> OutboxItem | None:
    r = db.execute(f"SELECT {_COLS} FROM outbox WHERE id = ?", (item_id,)).fetchone()
    return _row(r) if r else None


def list_items(db: sqlite_utils.Database, *, include_done: bool = True) -> list[OutboxItem]:
    sql = f"SELECT {_COLS} FROM outbox"
    if not include_done:
        sql += " WHERE state NOT IN ('sent', 'cancelled')"
    return [_row(r) for r in db.execute(sql + " ORDER BY queued_at, id")]


def claim_next(
    db: sqlite_utils.Database, *, now: float | None = None, channel_ids: set[int] | None = None
) -> OutboxItem | None:
    """Take the oldest item that may go now and mark it ``sending`` (the claim, with its
    time, in one transaction: only one process sends a workspace's outbox, see
    storage.workspace_owner, and within it one pass at a time).

    Items found in ``sending`` (a crash mid-send) come first: their outcome is unknown, and
    the deliverer must find out before sending again (``context["_resumed"]``, with the
    time the interrupted attempt began in ``context["_previous_claim"]``). Order is the
    order queued.
    """
    at = seconds_now(now)
    with transaction(db):
        rows = db.execute(
            f"SELECT {_COLS} FROM outbox WHERE state IN ('sending', 'queued')"
            " AND (not_before IS NULL OR not_before <= ?)"
            " ORDER BY state = 'sending' DESC, queued_at, id",
            (at,),
        ).fetchall()
        for r in rows:
            item = _row(r)
            if channel_ids is not None and item.channel_id not in channel_ids:
                continue
            if item.state == OutboxState.QUEUED and _earlier_pending(db, item, at):
                continue  # keep per-channel order: an older reply is still waiting
            db.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                " context = json_set(coalesce(context, '{}'), '$._claimed_at', ?) WHERE id = ?",
                (at, item.id),
            )
            item.attempts += 1
            item.context["_resumed"] = item.state == OutboxState.SENDING
            # when the attempt before this one began (a crash mid-send: its request may
            # still be on its way to the server)
            item.context["_previous_claim"] = item.context.get("_claimed_at")
            item.context["_claimed_at"] = at
            return item
    return None


def _earlier_pending(db: sqlite_utils.Database, item: OutboxItem, at: int) -> bool:
    r = db.execute(
        "SELECT 1 FROM outbox WHERE channel_id = ? AND state IN ('queued','sending')"
        " AND (queued_at < ? OR (queued_at = ? AND id < ?))"
        " AND (not_before IS NULL OR not_before <= ?) LIMIT 1",
        (item.channel_id, item.queued_at, item.queued_at, item.id, at),
    ).fetchone()
    return r is not None


def requeue(
    db: sqlite_utils.Database, item_id: int, *, not_before: int | None, reason: Text | str
) -> None:
    db.execute(
        "UPDATE outbox SET state = 'queued', not_before = ?, reason = ? WHERE id = ?",
        (not_before, _reason(reason), item_id),
    )


def hold(db: sqlite_utils.Database, item_id: int, reason: Text | str) -> None:
    db.execute(
        "UPDATE outbox SET state = 'held', reason = ? WHERE id = ? AND state != 'sent'",
        (_reason(reason), item_id),
    )


def release(
    db: sqlite_utils.Database,
    item_id: int,
    *,
    now: float | None = None,
    refresh_context: dict[str, Any] | None = None,
) -> None:
    """The user says a held reply may go (after looking at what changed)."""
    sets = "state = 'queued', reason = ''"
    params: list = []
    if refresh_context is not None:
        sets += ", context = ?"
        params.append(json.dumps(refresh_context))
    db.execute(
        f"UPDATE outbox SET {sets} WHERE id = ? AND state IN ('held','failed')", [*params, item_id]
    )


def cancel(db: sqlite_utils.Database, item_id: int) -> bool:
    cur = db.execute(
        "UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state IN ('queued','held','failed')",
        (item_id,),
    )
    return cur.rowcount == 1


def edit_text(db: sqlite_utils.Database, item_id: int, text: str) -> bool:
    marks = ",".join(f"'{s}'" for s in sorted(EDITABLE_STATES))
    cur = db.execute(
        f"UPDATE outbox SET text = ? WHERE id = ? AND state IN ({marks})", (text, item_id)
    )
    return cur.rowcount == 1


def reschedule(db: sqlite_utils.Database, item_id: int, not_before: int | None) -> None:
    db.execute(
        "UPDATE outbox SET not_before = ? WHERE id = ? AND state != 'sent'", (not_before, item_id)
    )


def mark_failed(db: sqlite_utils.Database, item_id: int, reason: Text | str) -> None:
    db.execute(
        "UPDATE outbox SET state = 'failed', reason = ? WHERE id = ?", (_reason(reason), item_id)
    )


def mark_sent(
    db: sqlite_utils.Database,
    item: OutboxItem,
    *,
    remote_id: str,
    remote_url: str,
    author_handle: str = "",
    thread_root_id: str = "",
    now: float | None = None,
) -> None:
    """Record a delivered reply: outbox row, the reply in its thread, the answered message
    ``replied``, and the first-response time for insights. One transaction, once: a reply
    already recorded as sent is left as it is (no second ``reply_sent`` event).

    An own post (no answered message) is stored as the start of its thread, so the replies
    it gets are found. A private message (``context["private"]``) is stored as private, in
    its conversation (``thread_root_id``, from the network)."""
    at = seconds_now(now)
    with transaction(db):
        cur = db.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, remote_id = ?, remote_url = ?,"
            " reason = '' WHERE id = ? AND state != 'sent'",
            (at, remote_id, remote_url, item.id),
        )
        if cur.rowcount == 0:
            return  # recorded already (by an earlier attempt): the thread and the log once
        answered = messages.get_message(db, item.message_id) if item.message_id else None
        # a reply to a private message is private, whatever the item says
        private = bool(item.context.get("private")) or (
            answered is not None and answered.kind in PRIVATE_KINDS
        )
        if answered is None:
            kind = MessageKind.OWN_DIRECT if private else MessageKind.OWN_POST
            _store_own(db, item, remote_id, remote_url, at, kind, thread_root_id or remote_id)
            events.record(
                db,
                "dm_sent" if private else "post_sent",
                channel_id=item.channel_id,
                at=at,
                detail={"outbox_id": item.id, "remote_id": remote_id},
            )
            return
        if private:
            same = answered.kind in PRIVATE_KINDS
            root = thread_root_id or (answered.thread_root_id if same else "") or remote_id
            in_reply_to = answered.remote_id if same else ""
        else:
            root = answered.thread_root_id or answered.remote_id
            in_reply_to = answered.remote_id
        kind = MessageKind.OWN_DIRECT if private else MessageKind.OWN_REPLY
        _store_own(db, item, remote_id, remote_url, at, kind, root, in_reply_to)
        first = answered.replied_at is None
        db.execute(
            "UPDATE messages SET state = 'replied', read = 1,"
            " replied_at = coalesce(replied_at, ?) WHERE id = ?",
            (at, answered.id),
        )
        events.record(
            db,
            "reply_sent",
            channel_id=item.channel_id,
            message_id=answered.id,
            at=at,
            detail={
                "outbox_id": item.id,
                "remote_id": remote_id,
                "private": private,
                "first_response_seconds": (at - answered.created_at) if first else None,
            },
        )


def _store_own(
    db,
    item: OutboxItem,
    remote_id: str,
    url: str,
    at: int,
    kind: MessageKind,
    root: str,
    in_reply_to: str = "",
) -> None:
    """What we sent, in its thread: a reply, a private message, or an own post (the start
    of its thread when it answers nothing)."""
    messages.upsert_messages(
        db,
        [
            Message(
                channel_id=item.channel_id,
                remote_id=remote_id,
                text=item.text,
                created_at=at,
                url=url,
                lang=item.lang,
                kind=kind,
                is_own=True,
                in_reply_to_id=in_reply_to,
                thread_root_id=root,
                state=MessageState.DONE,
                read=True,
                fetched_at=at,
            )
        ],
        now=at,
    )
