"""The outbox worker: posts queued replies in order, exactly once, or holds them with a reason.

Exactly once rests on the delivery key chosen when the reply was queued: every attempt,
before or after a crash, sends the same key (Mastodon's Idempotency-Key, Bluesky's record
key), and an attempt whose outcome is unknown first asks the network whether the reply is
already there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.core.clock import Clock, SystemClock
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.delivery import Delivered, Deliverer, ThreadNow
from cmstation.storage import messages
from cmstation.storage import outbox as store

log = logging.getLogger(__name__)

BACKOFF_FIRST = 30
BACKOFF_MAX = 30 * 60
#: How long a request of a process that died mid-send may still reach the server (connect
#: and read timeouts and the answer's deadline, with a margin): a reply found interrupted
#: sooner than this waits, then is looked for again before it is sent again.
IN_FLIGHT_SECONDS = 120

# Reasons, stored as translatable Text so the outbox shows them in the user's language.
MSG_DELETED = QT_TRANSLATE_NOOP(
    "Outbox", "Held: the message you answered was deleted. Cancel the reply or post it elsewhere."
)
MSG_NEW_REPLY = QT_TRANSLATE_NOOP(
    "Outbox",
    "Held: a new reply arrived since you wrote this (perhaps it is already solved): {sample}",
)
MSG_NEW_REPLIES = QT_TRANSLATE_NOOP(
    "Outbox",
    "Held: {count} new replies arrived since you wrote this (perhaps it is already "
    "solved): {sample}",
)
MSG_RATE_LIMITED = QT_TRANSLATE_NOOP("Outbox", "Rate limited; will try again at {time}.")
MSG_OFFLINE = QT_TRANSLATE_NOOP("Outbox", "Offline; will try again at {time}.")
MSG_LOGIN = QT_TRANSLATE_NOOP(
    "Outbox", "Held: log in to this channel again, then release the reply. ({detail})"
)
MSG_REFUSED = QT_TRANSLATE_NOOP("Outbox", "Held: the network refused this reply: {detail}")
MSG_HELD_BY_USER = QT_TRANSLATE_NOOP("Outbox", "Held by you.")
MSG_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Outbox",
    "Waiting until {time}: an earlier attempt to send this was cut off and may still "
    "arrive. cmstation looks again before it sends.",
)
#: Holds the user may wave through after reading what changed.
STALE_CONTEXT_REASONS = (MSG_NEW_REPLY, MSG_NEW_REPLIES)


def _text(source: str, **params) -> Text:
    return Text("Outbox", source, params)


@dataclass
class OutboxRun:
    sent: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)  # requeued for later (offline, rate limit)
    offline: list[int] = field(default_factory=list)  # of those, the ones that found no network


def backoff_seconds(attempts: int) -> int:
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def _hhmm(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%H:%M")


def stale_reason(item: OutboxItem, now_thread: ThreadNow) -> Text | None:
    if not now_thread.answered_exists:
        return _text(MSG_DELETED)
    known = set(item.context.get("known_replies", []))
    new = [r for r in now_thread.reply_ids if r not in known]
    if not new:
        return None
    sample = "; ".join(now_thread.excerpts[r][:80] for r in new[:2] if now_thread.excerpts.get(r))
    if len(new) == 1:
        return _text(MSG_NEW_REPLY, sample=sample)
    return _text(MSG_NEW_REPLIES, count=len(new), sample=sample)


def process_outbox(
    db,
    deliverers: Mapping[int, Deliverer],
    *,
    clock: Clock | None = None,
    author_handles: Mapping[int, str] | None = None,
    max_items: int = 100,
    on_item: Callable[[OutboxItem, str], None] | None = None,
    in_flight_seconds: float = IN_FLIGHT_SECONDS,
) -> OutboxRun:
    """Send what may go now, for the channels that have a deliverer (by channel id).
    ``in_flight_seconds``: how long a request of a sender that died mid-send may still
    land (see IN_FLIGHT_SECONDS)."""
    clock = clock or SystemClock()
    run = OutboxRun()
    blocked: set[int] = set()  # channels that stopped (offline, rate limit, login): keep order
    for _ in range(max_items):
        allowed = set(deliverers) - blocked
        if not allowed:
            break
        item = store.claim_next(db, now=clock.now(), channel_ids=allowed)
        if item is None:
            break
        outcome = _send_one(
            db,
            item,
            deliverers[item.channel_id],
            clock,
            (author_handles or {}).get(item.channel_id, ""),
            in_flight_seconds,
        )
        if outcome == "sent":
            run.sent.append(item.id)
        elif outcome in ("held", "login"):
            run.held.append(item.id)
            if outcome == "login":  # every later reply on this channel would fail the same way
                blocked.add(item.channel_id)
        else:
            run.waiting.append(item.id)
            if outcome == "offline":
                run.offline.append(item.id)
            blocked.add(item.channel_id)
        log.info("outbox item %s on channel %s: %s", item.id, item.channel_id, outcome)
        if outcome not in ("sent",):
            now_item = store.get(db, item.id)
            if now_item is not None and now_item.reason:
                log.info("outbox item %s: %s", item.id, now_item.reason)
        if on_item:
            on_item(item, outcome)
    return run


def _send_one(
    db, item: OutboxItem, deliverer: Deliverer, clock: Clock, handle: str, in_flight: float
) -> str:
    answered = messages.get_message(db, item.message_id) if item.message_id else None
    now = clock.now()
    try:
        resumed = item.context.pop("_resumed", False)
        previous = item.context.pop("_previous_claim", None)
        if resumed or item.attempts > 1:
            done = deliverer.find_delivered(item, answered)
            if done is not None:
                return _record_sent(db, item, done, clock, handle)
            if resumed and previous is not None and now - previous < in_flight:
                # a process died while sending this: its request may still land
                retry_at = int(previous + in_flight)
                store.requeue(
                    db,
                    item.id,
                    not_before=retry_at,
                    reason=_text(MSG_INTERRUPTED, time=_hhmm(retry_at)),
                )
                return "waiting"
        if answered is not None and not item.context.get("skip_context_check"):
            reason = stale_reason(item, deliverer.thread_now(answered))
            if reason is not None:
                store.hold(db, item.id, reason)
                return "held"
        done = deliverer.deliver(item, answered)
    except RateLimited as exc:
        retry_at = int(exc.retry_at or now + backoff_seconds(item.attempts))
        store.requeue(
            db, item.id, not_before=retry_at, reason=_text(MSG_RATE_LIMITED, time=_hhmm(retry_at))
        )
        return "waiting"
    except (Offline, BadPayload):
        # Offline: nothing or an unknown outcome. BadPayload on a send: the server may have
        # taken it. Either way the same key goes again later, after a look.
        retry_at = int(now + backoff_seconds(item.attempts))
        store.requeue(
            db, item.id, not_before=retry_at, reason=_text(MSG_OFFLINE, time=_hhmm(retry_at))
        )
        return "offline"
    except NeedsLogin as exc:
        store.hold(db, item.id, _text(MSG_LOGIN, detail=str(exc)))
        return "login"
    except Permanent as exc:
        store.hold(db, item.id, _text(MSG_REFUSED, detail=str(exc)))
        return "held"
    return _record_sent(db, item, done, clock, handle)


def _record_sent(db, item: OutboxItem, done: Delivered, clock: Clock, handle: str) -> str:
    """Stores that ``item`` went out as ``done``; the outcome "sent"."""
    store.mark_sent(
        db,
        item,
        remote_id=done.remote_id,
        remote_url=done.url,
        author_handle=handle,
        thread_root_id=done.thread_root_id,
        now=clock.now(),
    )
    return "sent"
