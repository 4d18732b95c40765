"""Test doubles for the listening tests: a tiny adapter speaking the ListeningAdapter
protocol, a message builder and an in-memory secret store."""

from __future__ import annotations

import threading
from typing import Any

from cmstation.channels.base import PollResult
from cmstation.core.models import Author, Message, MessageKind

T0 = 1_790_000_000


def msg(
    channel_id: int,
    rid: str,
    text: str,
    *,
    at: int = T0,
    kind=MessageKind.MENTION,
    handle: str = "klant@example.org",
    reply_to: str = "",
    root: str = "",
    lang: str = "",
    own: bool = False,
) -> Message:
    return Message(
        channel_id=channel_id,
        remote_id=rid,
        text=text,
        created_at=at,
        kind=kind,
        author=Author(remote_id=handle, handle=handle),
        in_reply_to_id=reply_to,
        thread_root_id=root,
        lang=lang,
        is_own=own,
    )


class ListAdapter:
    """Serves a fixed list of mentions (and per-query search hits) in pages of ``page``,
    newest-id cursor like a real network; errors can be queued per call."""

    def __init__(
        self,
        mentions: list[Message] | None = None,
        searches: dict | None = None,
        page: int = 40,
        delay: float = 0.0,
    ) -> None:
        self.mentions = list(mentions or [])
        self.searches = dict(searches or {})
        self.page = page
        self.errors: list[BaseException] = []
        self.calls: list[tuple[str, dict]] = []
        self.delay = delay
        self.gate = threading.Event()
        self.gate.set()

    def _poll(self, items: list[Message], cursor: dict[str, Any], page_budget: int) -> PollResult:
        if self.errors:
            raise self.errors.pop(0)
        if self.delay:
            self.gate.wait(self.delay)
        since = int(cursor.get("since", -1))
        fresh = [m for m in items if int(m.remote_id) > since]
        fresh.sort(key=lambda m: int(m.remote_id))
        take = fresh[: self.page * max(1, page_budget)]
        requests = max(1, -(-len(take) // self.page)) if take else 1
        new_cursor = {"since": max([since, *(int(m.remote_id) for m in take)])}
        copies = [Message(**{f: getattr(m, f) for f in m.__slots__}) for m in take]
        return PollResult(messages=copies, cursor=new_cursor, requests=requests)

    def poll_mentions(self, cursor, *, page_budget):
        self.calls.append(("mentions", dict(cursor)))
        return self._poll(self.mentions, cursor, page_budget)

    def poll_search(self, query, cursor, *, page_budget):
        self.calls.append((query, dict(cursor)))
        return self._poll(self.searches.get(query, []), cursor, page_budget)


class MemorySecrets:
    """A SecretStore kept in memory (the real keyring is tested by the secrets module)."""

    persistent = False

    def __init__(self) -> None:
        self.d: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.d.get(key)

    def set(self, key: str, value: str) -> None:
        self.d[key] = value

    def delete(self, key: str) -> None:
        self.d.pop(key, None)
