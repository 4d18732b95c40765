"""A tiny in-test adapter speaking the ListeningAdapter protocol, and message builders."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from cmstation.channels.base import PollResult  # noqa: E402
from cmstation.core.clock import FixedClock  # noqa: E402
from cmstation.core.models import Author, Message, MessageKind  # noqa: E402

T0 = 1_790_000_000


def msg(channel_id: int, rid: str, text: str, *, at: int = T0, kind=MessageKind.MENTION,
        handle: str = "klant@example.org", reply_to: str = "", root: str = "", lang: str = "",
        own: bool = False) -> Message:
    return Message(
        channel_id=channel_id, remote_id=rid, text=text, created_at=at, kind=kind,
        author=Author(remote_id=handle, handle=handle), in_reply_to_id=reply_to,
        thread_root_id=root, lang=lang, is_own=own,
    )


class ListAdapter:
    """Serves a fixed list of mentions (and per-query search hits) in pages of ``page``,
    newest-id cursor like a real network; errors can be queued per call."""

    def __init__(self, mentions: list[Message] | None = None, searches: dict | None = None,
                 page: int = 40, delay: float = 0.0) -> None:
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


@pytest.fixture
def clock():
    return FixedClock(T0 + 3600)


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


@pytest.fixture
def fake_mastodon():
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def session():
    from cmstation.channels.http import make_session

    s = make_session(timeout=(2.0, 2.0))
    yield s
    s.close()


@pytest.fixture(scope="session")
def atproto_network(request):
    """The local atproto reference network (scripts/atproto). tests/channels/conftest.py has
    a fixture of the same name; the network listens on fixed ports, so when that one is
    already running in this session it is reused instead of starting a second."""
    import os

    defs = getattr(request.session._fixturemanager, "_arg2fixturedefs", {})
    for fd in defs.get("atproto_network", []):
        cached = getattr(fd, "cached_result", None)
        if (getattr(fd, "baseid", "").startswith("tests/channels") and cached is not None
                and cached[0] is not None):
            yield cached[0]
            return
    from atproto_network import AtprotoNetwork, NotSetUp

    try:
        net = AtprotoNetwork.start()
    except NotSetUp as exc:
        reason = f"the local atproto network is not set up (run scripts/atproto/setup.sh): {exc}"
        if os.environ.get("CMSTATION_REQUIRE_ATPROTO") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield net
    net.stop()
