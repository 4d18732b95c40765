"""Paging through the message list: every order and filter gives each row exactly once,
in the same order as the full id list (the pages use different query shapes)."""

from __future__ import annotations

import pytest

from cmstation.core.models import MessageFilter, MessageState
from cmstation.sample import build_sample_workspace
from cmstation.storage import messages, open_workspace

NOW = 1_795_000_000 - 1_795_000_000 % 3600
S = MessageState


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "workspace.sqlite3"
    build_sample_workspace(path, seed=3, now=NOW)
    db = open_workspace(path)
    yield db
    db.conn.close()


def _reach(m) -> int:
    from cmstation.core.models import reach_rank

    return reach_rank(m.author.followers if m.author is not None else None)


def _paged(db, f, size):
    out, after = [], None
    for _ in range(1000):
        page = messages.list_messages(db, f, limit=size, after=after)
        if not page:
            return out
        out += [m.id for m in page]
        after = page[-1]
    raise AssertionError("paging did not end")


@pytest.mark.parametrize("channel", [None, 1, 2])
@pytest.mark.parametrize("order", ["priority", "newest", "oldest"])
@pytest.mark.parametrize(
    "states", [(), (S.NEEDS_REPLY,), (S.DONE, S.REPLIED), (S.IGNORED, S.SPAM, S.NEW)]
)
def test_pages_follow_the_full_order(sample, order, states, channel):
    f = MessageFilter(states=states, order=order, channel_id=channel)
    full = messages.message_ids(sample, f)
    assert full, f
    assert _paged(sample, f, 17) == full
    rows = messages.list_messages(sample, f, limit=len(full) + 5)
    assert [m.id for m in rows] == full
    assert all(m.state in states for m in rows) if states else True
    assert all(m.channel_id == channel for m in rows) if channel else True
    if order == "priority":  # complaints first; within a priority the larger reach first
        keys = [(m.priority, _reach(m), m.created_at, m.id) for m in rows]
        assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("order", ["priority", "oldest"])
@pytest.mark.parametrize("query", ["fiets", "accu", "Sanne", "de spaak", "the"])
def test_search_pages_cover_every_match_once(sample, order, query):
    f = MessageFilter(search=query, order=order)
    full = messages.message_ids(sample, f)
    assert full, query
    assert full == sorted(full, reverse=order != "oldest")
    assert _paged(sample, f, 7) == full
    assert messages.count_messages(sample, f) == len(full)


def test_search_combines_with_other_filters(sample):
    f = MessageFilter(search="band", states=(S.REPLIED,), channel_id=1)
    rows = messages.list_messages(sample, f, limit=500)
    assert rows
    assert all(
        m.state == S.REPLIED and m.channel_id == 1 and "band" in m.text.lower() for m in rows
    )
    assert [m.id for m in rows] == messages.message_ids(sample, f)
