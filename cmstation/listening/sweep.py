"""One listening sweep of one channel: poll -> triage -> store -> then the cursor.

For the channel's own mentions and each of its saved searches with ``listen = 1``:

1. poll with the stored cursor (within a page budget);
2. apply the search's exclude words and language, triage every message
   (:func:`cmstation.listening.triage.triage`), link replies into threads (a reply's
   ``thread_root_id`` comes from its parent's root when the parent is stored);
3. store (idempotent upsert), and only THEN store the new cursor, so a crash in between
   never loses items (at worst they are fetched again and de-duplicated).

Network trouble never raises: it becomes the channel's status (``ok``, ``needs_login``,
``rate_limited`` with ``retry_at``, ``offline`` with an exponential, capped back-off,
``bad_payload`` when items were skipped, ``error``) with a plain-language, translatable
detail, and a ``sweep_log`` row. A rate-limited channel is not polled before ``retry_at``.
Only one sweep of a channel runs at a time (a claim in ``sweep_log``; see
:mod:`cmstation.storage.sweeps`); a second one returns at once with status ``busy``.

Progress: :func:`iter_sweep` is a generator of :class:`SweepProgress` (the window drives it
on a worker and shows it in the status bar; the CLI prints it) that returns the
:class:`SweepSummary`; :func:`run_sweep` drives it, with an optional callback.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any

from cmstation.channels.base import (
    BadPayload,
    ListeningAdapter,
    NeedsLogin,
    Offline,
    Permanent,
    PollResult,
    RateLimited,
)
from cmstation.core.clock import Clock
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Message, MessageState, Priority
from cmstation.listening import rules_pass
from cmstation.listening.triage import triage
from cmstation.storage import channels as channel_store
from cmstation.storage import messages as message_store
from cmstation.storage import saved_searches, snoozes, sweeps
from cmstation.storage.search_syntax import parse_search
from cmstation.storage.tx import transaction

log = logging.getLogger(__name__)

CTX = "ChannelStatus"

OK, NEEDS_LOGIN, RATE_LIMITED, OFFLINE, BAD_PAYLOAD, ERROR = (
    "ok",
    "needs_login",
    "rate_limited",
    "offline",
    "bad_payload",
    "error",
)
#: Not a channel status: another sweep of this channel is running.
BUSY = "busy"
#: Worst first: the status a sweep with several sources reports.
_SEVERITY = [NEEDS_LOGIN, RATE_LIMITED, OFFLINE, ERROR, BAD_PAYLOAD, OK]

#: Offline back-off: 2, 4, 8, ... minutes, at most an hour.
OFFLINE_BASE_SECONDS = 120
OFFLINE_MAX_SECONDS = 3600
#: When a server says "slow down" without saying until when.
DEFAULT_RATE_LIMIT_SECONDS = 15 * 60

MSG_OK = QT_TRANSLATE_NOOP("ChannelStatus", "Last sweep at {time}: {new} new, {updated} updated.")
MSG_NEEDS_LOGIN = QT_TRANSLATE_NOOP(
    "ChannelStatus",
    "The network no longer accepts the saved login. Listening on this channel is paused "
    "until you log in again (right-click the channel: Log in again\u2026).",
)
MSG_RATE_LIMITED = QT_TRANSLATE_NOOP(
    "ChannelStatus", "The network asked cmstation to slow down. Listening resumes at {time}."
)
MSG_RATE_LIMITED_WAIT = QT_TRANSLATE_NOOP(
    "ChannelStatus", "Still rate limited: the network is not asked again before {time}."
)
MSG_OFFLINE = QT_TRANSLATE_NOOP(
    "ChannelStatus", "Could not reach the server ({reason}). cmstation tries again at {time}."
)
MSG_BAD_PAYLOAD = QT_TRANSLATE_NOOP(
    "ChannelStatus",
    "Skipped because they were malformed: {skipped} items. The rest ({new} new) were stored.",
)
MSG_BAD_ANSWER = QT_TRANSLATE_NOOP(
    "ChannelStatus",
    "The server sent an answer cmstation cannot read ({reason}); what could be read was stored.",
)
MSG_ERROR = QT_TRANSLATE_NOOP("ChannelStatus", "The server refused the request: {reason}")
MSG_BUSY = QT_TRANSLATE_NOOP("ChannelStatus", "A sweep of this channel is already running.")
MSG_PROGRESS = QT_TRANSLATE_NOOP(
    "ChannelStatus", "Sweeping {channel}: {source} ({index} of {total})"
)
MSG_MENTIONS = QT_TRANSLATE_NOOP("ChannelStatus", "mentions")
MSG_ADAPTER_BUG = QT_TRANSLATE_NOOP(
    "ChannelStatus",
    "Something unexpected went wrong while reading {source}; the rest of the sweep went on. "
    "The details are in the log.",
)


@dataclass(frozen=True, slots=True)
class SweepProgress:
    channel_id: int
    source: str  # "mentions" or the search query
    index: int  # 1-based number of the source
    total: int
    new_so_far: int
    text: Text


@dataclass
class SourceResult:
    source: str
    search_id: int | None
    status: str = OK
    new: int = 0
    updated: int = 0
    skipped: int = 0
    filtered: int = 0  # left out by exclude words or language
    requests: int = 0
    notes: list[Text] = field(default_factory=list)
    error: str = ""
    #: the error as translatable Text (the channel error's own message), for the status
    error_text: Text | None = None
    retry_at: float | None = None


@dataclass
class SweepSummary:
    channel_id: int
    status: str
    detail: Text
    started_at: int
    finished_at: int
    new: int = 0
    updated: int = 0
    skipped: int = 0
    filtered: int = 0
    requests: int = 0
    retry_at: int | None = None
    sources: list[SourceResult] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)
    #: ids of new messages that need a reply and are complaints (for a tray notification)
    urgent_ids: list[int] = field(default_factory=list)
    #: ids of new messages an inbox rule asks to be told about that are not among those
    flagged_ids: list[int] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    #: the undo token of what the inbox rules did to this sweep's new items (None: nothing)
    rules_token: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "channel_id": self.channel_id,
            "status": self.status,
            "detail": str(self.detail),
            "new": self.new,
            "updated": self.updated,
            "skipped": self.skipped,
            "filtered": self.filtered,
            "requests": self.requests,
            "retry_at": self.retry_at,
            "notes": [str(n) for n in self.notes],
            "sources": [
                {
                    "source": s.source,
                    "search_id": s.search_id,
                    "status": s.status,
                    "new": s.new,
                    "updated": s.updated,
                    "skipped": s.skipped,
                    "filtered": s.filtered,
                    "requests": s.requests,
                    "error": s.error,
                }
                for s in self.sources
            ],
        }


def run_sweep(
    db: Any,
    channel_id: int,
    adapter: ListeningAdapter | None,
    *,
    clock: Clock,
    page_budget: int = 5,
    on_progress: Callable[[SweepProgress], None] | None = None,
    adapter_error: Exception | None = None,
) -> SweepSummary:
    """Sweep one channel; never raises for network trouble (see the module docstring).

    ``adapter_error`` lets a caller that could not build the adapter (no login in the
    keyring: ``NeedsLogin``) still record that as the channel's status.
    """
    gen = iter_sweep(
        db, channel_id, adapter, clock=clock, page_budget=page_budget, adapter_error=adapter_error
    )
    while True:
        try:
            progress = next(gen)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(progress)


def iter_sweep(
    db: Any,
    channel_id: int,
    adapter: ListeningAdapter | None,
    *,
    clock: Clock,
    page_budget: int = 5,
    adapter_error: Exception | None = None,
) -> Generator[SweepProgress, None, SweepSummary]:
    now = int(clock.now())
    channel = channel_store.get_channel(db, channel_id)
    if channel is None:
        raise ValueError(f"no channel {channel_id}")
    current = sweeps.channel_status(db, channel_id)
    if current and current.status == RATE_LIMITED and current.retry_at and now < current.retry_at:
        detail = Text(CTX, MSG_RATE_LIMITED_WAIT, {"time": _hhmm(current.retry_at)})
        return SweepSummary(channel_id, RATE_LIMITED, detail, now, now, retry_at=current.retry_at)
    sweep_id = sweeps.try_begin(db, channel_id, now=now)
    if sweep_id is None:
        return SweepSummary(channel_id, BUSY, Text(CTX, MSG_BUSY), now, now)
    snoozes.wake_due(db, now=now)  # what was snoozed until now is back (after a sleep too)
    summary = SweepSummary(channel_id, OK, Text(CTX, ""), now, now)
    try:
        if adapter_error is not None or adapter is None:
            exc = adapter_error or NeedsLogin("no adapter")
            src = SourceResult("mentions", None)
            summary.sources.append(src)
            _record_error(src, exc)
        else:
            yield from _sweep_sources(
                db, channel, adapter, summary, now=now, clock=clock, page_budget=page_budget
            )
        _conclude(db, summary, sweep_id, clock=clock)
        log.info(
            "sweep of channel %s: %s, %s new; %s",
            channel_id,
            summary.status,
            summary.new,
            summary.detail.render() if summary.detail else "",
        )
    except BaseException:
        # Our own (storage) failure: release the claim, then let it propagate.
        with transaction(db):
            sweeps.finish(
                db, sweep_id, status=ERROR, finished_at=int(clock.now()), detail="internal error"
            )
        raise
    return summary


def _sweep_sources(
    db, channel, adapter, summary: SweepSummary, *, now: int, clock: Clock, page_budget: int
) -> Generator[SweepProgress, None, None]:
    # ``label:`` terms filter the inbox; the network is asked for the rest (if any)
    searches = [
        s for s in saved_searches.listened_searches(db, channel.id) if network_query(s.query)
    ]
    extras = adapter.extra_sources() if hasattr(adapter, "extra_sources") else []
    own = [channel.account] if channel.account else []
    # (label, shown as, saved search, extra source's cursor name)
    sources: list[tuple[str, Any, Any, str]] = [
        ("mentions", MSG_MENTIONS, None, ""),
        *((name, shown, None, name) for name, shown in extras),
        *((s.query, s.query, s, "") for s in searches),
    ]
    total = len(sources)
    for index, (label, shown, search, extra) in enumerate(sources, start=1):
        yield SweepProgress(
            channel.id,
            label,
            index,
            total,
            summary.new,
            Text(
                CTX,
                MSG_PROGRESS,
                {"channel": channel.name, "index": index, "total": total, "source": shown},
            ),
        )
        src = SourceResult(label, search.id if search else None)
        summary.sources.append(src)
        try:
            if search is not None:
                cursor = saved_searches.search_cursor(db, search.id)
                query = network_query(search.query)
                result = adapter.poll_search(query, cursor, page_budget=page_budget)
            elif extra:
                cursor = channel_store.cursor_state(db, channel.id).get(extra, {})
                result = adapter.poll_extra(extra, cursor, page_budget=page_budget)
            else:
                cursor = channel_store.cursor_state(db, channel.id).get("mentions", {})
                result = adapter.poll_mentions(cursor, page_budget=page_budget)
        except (NeedsLogin, RateLimited, Offline) as exc:
            _record_error(src, exc)
            break  # the whole channel is unreachable for now: do not try the rest
        except (BadPayload, Permanent) as exc:
            _record_error(src, exc)
            continue
        except Exception as exc:  # noqa: BLE001 - an adapter bug must not stop listening
            log.exception("adapter failed on %s: %s", label, type(exc).__name__)
            # The exception's own words are for the log; the user reads a plain message.
            _record_error(src, Permanent.from_text(Text(CTX, MSG_ADAPTER_BUG, {"source": shown})))
            continue
        _store(
            db,
            channel.id,
            result,
            src,
            search,
            own,
            summary,
            now=now,
            clock=clock,
            cursor_name=extra or "mentions",
        )


def _store(
    db,
    channel_id: int,
    result: PollResult,
    src: SourceResult,
    search,
    own: list[str],
    summary: SweepSummary,
    *,
    now: int,
    clock: Clock,
    cursor_name: str = "mentions",
) -> None:
    src.requests = result.requests
    src.skipped = result.skipped
    src.notes = list(result.notes)
    msgs = list(result.messages)
    for m in msgs:
        m.channel_id = channel_id
        triage(m, own_handles=own)
    if search is not None:
        kept = [m for m in msgs if _search_keeps(m, search)]
        src.filtered = len(msgs) - len(kept)
        msgs = kept
    _link_threads(db, channel_id, msgs)
    with transaction(db):
        before = sweeps.known_parents(db, channel_id, [m.remote_id for m in msgs])
        up = message_store.upsert_messages(db, msgs, now=int(clock.now()))
        # Our replies seen on the network answer their parents (first response time).
        own_replies = [
            (m.in_reply_to_id, m.created_at) for m in msgs if m.is_own and m.in_reply_to_id
        ]
        if own_replies:
            sweeps.mark_answered_by_own_replies(db, channel_id, own_replies)
        # Only after the items are stored: the new cursor.
        if search is None:
            state = channel_store.cursor_state(db, channel_id)
            state[cursor_name] = result.cursor
            channel_store.save_cursor_state(db, channel_id, state)
        else:
            saved_searches.save_search_cursor(db, search.id, result.cursor)
    src.new, src.updated = up.inserted, up.updated
    if result.skipped:
        src.status = BAD_PAYLOAD
    fresh: list[int] = []
    for mid, m in zip(up.ids, msgs, strict=True):
        if m.remote_id in before or mid in summary.new_ids:
            continue
        summary.new_ids.append(mid)
        fresh.append(mid)
        if m.state == MessageState.NEEDS_REPLY and m.priority == Priority.COMPLAINT:
            summary.urgent_ids.append(mid)
    rules_pass.after_store(db, summary, fresh, now=int(clock.now()))
    summary.notes.extend(result.notes)


def network_query(query: str) -> str:
    """What a saved search asks the network: its text without the ``label:`` terms."""
    return parse_search(query).text if "label:" in query.lower() else query


def _search_keeps(m: Message, search) -> bool:
    """A search's language (when both it and the message have one) and exclude words."""
    if search.lang and m.lang and m.lang != search.lang:
        return False
    words = [w for w in re.split(r"[,\s]+", search.exclude_words or "") if w]
    if words:
        low = (m.text or "").lower()
        for w in words:
            if re.search(r"(?<![\w])" + re.escape(w.lower()) + r"(?![\w])", low):
                return False
    return True


def _link_threads(db, channel_id: int, msgs: list[Message]) -> None:
    """A reply's thread root is its parent's root when the parent is stored (or in this
    batch); otherwise what the network said, or else the parent itself."""
    msgs.sort(key=lambda m: (m.created_at, m.remote_id))
    parents = [m.in_reply_to_id for m in msgs if m.in_reply_to_id]
    if not parents:
        for m in msgs:
            if not m.thread_root_id:
                m.thread_root_id = m.remote_id
        return
    stored = sweeps.known_parents(db, channel_id, sorted(set(parents)))
    batch: dict[str, str] = {}
    for m in msgs:
        parent = m.in_reply_to_id
        if parent:
            root = batch.get(parent, stored.get(parent))
            if root is not None:
                m.thread_root_id = root or parent
            elif not m.thread_root_id:
                m.thread_root_id = parent
        elif not m.thread_root_id:
            m.thread_root_id = m.remote_id
        batch[m.remote_id] = m.thread_root_id


def _record_error(src: SourceResult, exc: BaseException) -> None:
    src.error = str(exc)
    text = getattr(exc, "text", None)
    src.error_text = text if isinstance(text, Text) else Text(CTX, "{reason}", {"reason": str(exc)})
    if isinstance(exc, NeedsLogin):
        src.status = NEEDS_LOGIN
    elif isinstance(exc, RateLimited):
        src.status = RATE_LIMITED
        src.retry_at = exc.retry_at
    elif isinstance(exc, Offline):
        src.status = OFFLINE
    elif isinstance(exc, BadPayload):
        src.status = BAD_PAYLOAD
    else:
        src.status = ERROR


def _conclude(db, summary: SweepSummary, sweep_id: int, *, clock: Clock) -> None:
    end = int(clock.now())
    summary.finished_at = end
    for s in summary.sources:
        summary.new += s.new
        summary.updated += s.updated
        summary.skipped += s.skipped
        summary.filtered += s.filtered
        summary.requests += s.requests
    statuses = [s.status for s in summary.sources] or [OK]
    status = min(statuses, key=_SEVERITY.index)
    worst = next(s for s in summary.sources if s.status == status) if summary.sources else None
    retry_at: int | None = None
    # the worst source's error in the user's language (a sentence of its own)
    reason = (worst.error_text or worst.error) if worst else ""
    if status == OK:
        detail = Text(
            CTX,
            MSG_OK,
            {"time": _hhmm(summary.started_at), "new": summary.new, "updated": summary.updated},
        )
    elif status == NEEDS_LOGIN:
        detail = Text(CTX, MSG_NEEDS_LOGIN)
    elif status == RATE_LIMITED:
        ra = worst.retry_at if worst else None
        retry_at = int(ra) if ra and ra > end else end + DEFAULT_RATE_LIMIT_SECONDS
        detail = Text(CTX, MSG_RATE_LIMITED, {"time": _hhmm(retry_at)})
    elif status == OFFLINE:
        failures = sweeps.consecutive(db, summary.channel_id, OFFLINE) + 1
        delay = min(OFFLINE_BASE_SECONDS * 2 ** (failures - 1), OFFLINE_MAX_SECONDS)
        retry_at = end + delay
        detail = Text(CTX, MSG_OFFLINE, {"reason": reason, "time": _hhmm(retry_at)})
    elif status == BAD_PAYLOAD:
        if summary.skipped:
            detail = Text(CTX, MSG_BAD_PAYLOAD, {"skipped": summary.skipped, "new": summary.new})
        else:
            detail = Text(CTX, MSG_BAD_ANSWER, {"reason": reason})
    elif isinstance(reason, Text) and reason.source:
        detail = reason  # the channel's own plain sentence ("... refused the request ...")
    else:
        detail = Text(CTX, MSG_ERROR, {"reason": reason})
    summary.status, summary.detail, summary.retry_at = status, detail, retry_at
    log_detail = json.dumps(
        {
            "detail": str(detail),
            "notes": [n.to_dict() for n in summary.notes],
            "sources": [
                {"source": s.source, "status": s.status, "new": s.new, "error": s.error}
                for s in summary.sources
            ],
        },
        ensure_ascii=False,
    )
    with transaction(db):
        sweeps.finish(
            db,
            sweep_id,
            status=status,
            finished_at=end,
            new=summary.new,
            updated=summary.updated,
            skipped=summary.skipped,
            requests=summary.requests,
            detail=log_detail,
        )
        sweeps.set_status(
            db,
            summary.channel_id,
            status,
            detail,
            at=end,
            retry_at=retry_at,
            last_sweep_at=summary.started_at,
        )


def _hhmm(ts: float) -> str:
    return time.strftime("%H:%M", time.localtime(ts))


def summarize(summaries: Iterable[SweepSummary]) -> str:
    return "; ".join(f"channel {s.channel_id}: {s.status} ({s.new} new)" for s in summaries)
