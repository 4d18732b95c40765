"""Sends queued reactions and moderation actions, in order, or holds them with a reason.

Every action but a report is idempotent on the network (a favourite twice is one
favourite; a Bluesky like goes to the record key chosen when it was queued), so after an
unknown outcome it is simply sent again. A report cannot be looked up afterwards: one whose
first attempt was cut off is held, and the user decides whether to send it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.core.actions import Action, ActionKind
from cmstation.core.clock import Clock, SystemClock
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Message
from cmstation.outbox.worker import backoff_seconds
from cmstation.storage import actions as store
from cmstation.storage import messages

CTX = "Actions"
MSG_MAYBE_SENT = QT_TRANSLATE_NOOP(
    "Actions",
    "an earlier attempt to send this report was cut off and may have arrived; release it "
    "to send it again",
)
MSG_RATE_LIMITED = QT_TRANSLATE_NOOP("Actions", "rate limited; will try again at {time}")
MSG_OFFLINE = QT_TRANSLATE_NOOP("Actions", "offline; will try again at {time}")
MSG_LOGIN = QT_TRANSLATE_NOOP("Actions", "log in to this channel again ({detail})")
MSG_REFUSED = QT_TRANSLATE_NOOP("Actions", "the network refused it: {detail}")


class Performer(Protocol):
    def perform(self, action: Action, message: Message) -> str:
        """Do it on the network; returns what it made (a record URI, a report id) or "".
        Safe to call again for every kind but a report."""


@dataclass
class ActionRun:
    done: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)


def _hhmm(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%H:%M")


def process_actions(
    db,
    performers: Mapping[int, Performer],
    *,
    clock: Clock | None = None,
    max_items: int = 200,
    on_action: Callable[[Action, str], None] | None = None,
) -> ActionRun:
    """Send what may go now for the channels that have a performer (by channel id)."""
    clock = clock or SystemClock()
    run = ActionRun()
    blocked: set[int] = set()
    for _ in range(max_items):
        allowed = set(performers) - blocked
        if not allowed:
            break
        action = store.claim_next(db, now=clock.now(), channel_ids=allowed)
        if action is None:
            break
        outcome = _send_one(db, action, performers[action.channel_id], clock)
        if outcome == "done":
            run.done.append(action.id)
        elif outcome == "held":
            run.held.append(action.id)
        else:
            run.waiting.append(action.id)
            blocked.add(action.channel_id)  # offline or rate limited: the rest later, in order
        if on_action:
            on_action(action, outcome)
    return run


def _send_one(db, action: Action, performer: Performer, clock: Clock) -> str:
    now = clock.now()
    resumed = action.detail.pop("_resumed", False)
    if action.kind == ActionKind.REPORT and resumed and not action.detail.get("released"):
        store.hold(db, action.id, Text(CTX, MSG_MAYBE_SENT))  # a crash while it was sent
        return "held"
    message = messages.get_message(db, action.message_id)
    if message is None:  # removed from the workspace meanwhile (the row cascades)
        return "held"
    try:
        ref = performer.perform(action, message)
    except RateLimited as exc:
        retry_at = int(exc.retry_at or now + backoff_seconds(action.attempts))
        store.requeue(
            db,
            action.id,
            not_before=retry_at,
            reason=Text(CTX, MSG_RATE_LIMITED, {"time": _hhmm(retry_at)}),
        )
        return "waiting"
    except (Offline, BadPayload) as exc:
        if action.kind == ActionKind.REPORT and getattr(exc, "maybe_sent", True):
            store.hold(db, action.id, Text(CTX, MSG_MAYBE_SENT))  # it may have arrived
            return "held"
        retry_at = int(now + backoff_seconds(action.attempts))
        store.requeue(
            db,
            action.id,
            not_before=retry_at,
            reason=Text(CTX, MSG_OFFLINE, {"time": _hhmm(retry_at)}),
        )
        return "waiting"
    except NeedsLogin as exc:
        store.hold(db, action.id, Text(CTX, MSG_LOGIN, {"detail": str(exc)}))
        return "held"
    except Permanent as exc:
        detail = getattr(exc, "text", None) or str(exc)
        store.hold(db, action.id, Text(CTX, MSG_REFUSED, {"detail": detail}))
        return "held"
    store.mark_done(db, action, remote_ref=ref or "", now=clock.now())
    return "done"
