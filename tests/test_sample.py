"""The sample workspace: deterministic, recent, and a realistic mix."""

from __future__ import annotations

import sqlite3

import pytest

from cmstation.compose.profile import check_context
from cmstation.core.models import MessageFilter, MessageState
from cmstation.sample import SIGNOFF, WINDOW_DAYS, build_sample_workspace
from cmstation.storage import channels, messages, open_workspace

NOW = 1_795_000_000 - 1_795_000_000 % 3600


def _dump(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("channels", "authors", "messages", "profile", "events")
        } | {
            "fts": conn.execute(
                "SELECT rowid, text, author FROM messages_fts ORDER BY rowid"
            ).fetchall()
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "workspace.sqlite3"
    build_sample_workspace(path, seed=7, now=NOW)
    db = open_workspace(path)
    yield db
    db.conn.close()


def _all(db):
    return messages.list_messages(
        db, MessageFilter(include_own=True, order="oldest"), limit=100_000
    )


def test_same_seed_and_time_give_identical_rows(tmp_path):
    a, b, c = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    build_sample_workspace(a, seed=7, now=NOW)
    build_sample_workspace(b, seed=7, now=NOW)
    build_sample_workspace(c, seed=8, now=NOW)
    assert _dump(a) == _dump(b)
    assert _dump(a)["messages"] != _dump(c)["messages"]


def test_refuses_to_overwrite_an_existing_workspace(tmp_path):
    path = tmp_path / "w.sqlite3"
    build_sample_workspace(path, now=NOW)
    with pytest.raises(FileExistsError):
        build_sample_workspace(path, now=NOW)


def test_three_channels_both_languages_a_few_hundred_messages(sample):
    kinds = sorted(str(c.kind) for c in channels.list_channels(sample))
    assert kinds == ["bluesky", "feed", "mastodon"]
    rows = _all(sample)
    assert 250 <= len(rows) <= 900
    for ch in channels.list_channels(sample):
        langs = {m.lang for m in rows if m.channel_id == ch.id}
        assert {"nl", "en"} <= langs, ch.kind
    assert all(m.author is not None and m.author.display_name for m in rows)


def test_everything_lies_in_the_30_days_before_now(sample):
    rows = _all(sample)
    assert max(m.created_at for m in rows) <= NOW
    assert min(m.created_at for m in rows) >= NOW - WINDOW_DAYS * 86_400
    assert all(m.replied_at is None or m.created_at < m.replied_at <= NOW for m in rows)


def test_threads_link_within_their_channel(sample):
    rows = _all(sample)
    by_remote = {(m.channel_id, m.remote_id): m for m in rows}
    replies = [m for m in rows if m.in_reply_to_id]
    assert len(replies) > 50
    for m in replies:
        parent = by_remote[(m.channel_id, m.in_reply_to_id)]
        assert parent.created_at <= m.created_at
        assert (m.channel_id, m.thread_root_id) in by_remote
    # a customer replying to our reply, and a customer continuing their own post
    own = {(m.channel_id, m.remote_id) for m in rows if m.is_own}
    assert any((m.channel_id, m.in_reply_to_id) in own and not m.is_own for m in replies)
    assert any(
        not m.is_own and by_remote[(m.channel_id, m.in_reply_to_id)].author.id == m.author.id
        for m in replies
    )
    # the storage layer's thread view follows the links
    follow_up = next(m for m in replies if (m.channel_id, m.in_reply_to_id) in own and not m.is_own)
    chain = messages.thread(sample, follow_up.id)
    assert len(chain) >= 3 and chain[-1].created_at >= chain[0].created_at


def test_replied_messages_have_our_signed_reply_and_its_time(sample):
    rows = _all(sample)
    replied = [m for m in rows if m.state == MessageState.REPLIED and m.channel_kind != "feed"]
    assert len(replied) >= 30
    own_by_parent: dict[tuple[int, str], list] = {}
    for m in rows:
        if m.is_own:
            own_by_parent.setdefault((m.channel_id, m.thread_root_id), []).append(m)
    for m in replied:
        ours = own_by_parent.get((m.channel_id, m.remote_id), [])
        assert ours, m.text
        assert ours[0].text.endswith(SIGNOFF)
        assert m.replied_at == ours[0].created_at


def test_the_mix_a_newcomer_needs_to_see(sample):
    rows = [m for m in _all(sample) if not m.is_own]
    states = {str(m.state) for m in rows}
    assert {"needs_reply", "replied", "done", "ignored", "spam"} <= states
    assert sum(m.state == MessageState.NEEDS_REPLY for m in rows) >= 10
    spam = [m for m in rows if m.state == MessageState.SPAM]
    assert 3 <= len(spam) <= len(rows) // 10
    complaints = [m for m in rows if str(m.sentiment) == "negative" and m.priority == 3]
    praise = [m for m in rows if str(m.sentiment) == "positive"]
    assert complaints and praise
    assert max(m.priority for m in rows) == complaints[0].priority
    assert any(str(m.kind) == "repost" for m in rows)
    assert sum(str(m.kind) == "feed_item" for m in rows) >= 10
    # texts vary: no single text makes up a large share of the inbox
    texts = [m.text for m in rows]
    assert max(texts.count(t) for t in texts) <= 6


def test_urls_look_like_each_network(sample):
    for m in _all(sample):
        if m.channel_kind == "mastodon":
            assert m.url.startswith("https://") and m.url.endswith("/" + m.remote_id)
            assert "/@" in m.url
        elif m.channel_kind == "bluesky":
            assert m.url.startswith("https://bsky.app/profile/") and "/post/" in m.url
            assert m.remote_id.startswith("at://did:plc:")
            assert m.url.rsplit("/", 1)[1] == m.remote_id.rsplit("/", 1)[1]
        else:
            assert m.url.startswith("https://") and m.remote_id == m.url


def test_search_finds_sample_content(sample):
    hits = messages.list_messages(sample, MessageFilter(search="bakfiets"), limit=50)
    assert hits and all("bakfiets" in (m.text + m.author_name).lower() for m in hits)


def test_the_profile_is_eva_signing_like_her_replies(sample):
    from cmstation.storage.profile import load_profile

    p = load_profile(sample)
    assert (p.display_name, p.role, p.signoff) == ("Eva de Vries", "webcare", SIGNOFF.strip())


def test_our_replies_pass_the_reply_checks(sample):
    from cmstation.compose.checker import check
    from cmstation.sample import PROFILE

    rows = _all(sample)
    by_remote = {(m.channel_id, m.remote_id): m for m in rows}
    own = [m for m in rows if m.is_own]
    assert own
    for m in own:
        parent = by_remote[(m.channel_id, m.in_reply_to_id)]
        ctx = check_context(PROFILE, lang=m.lang, channel=m.channel_kind, in_reply_to=parent.text)
        serious = [f for f in check(m.text, ctx) if str(f.severity) in ("warning", "error")]
        assert serious == [], (m.text, serious)


def test_the_script_writes_the_same_sample_and_refuses_to_overwrite(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_sample_workspace.py"
    out = tmp_path / "s.sqlite3"
    argv = [sys.executable, str(script), str(out), "--seed", "7", "--now", str(NOW)]
    first = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "--force" in again.stderr
    forced = subprocess.run([*argv, "--force"], capture_output=True, text=True, timeout=60)
    assert forced.returncode == 0, forced.stderr
    ref = tmp_path / "ref.sqlite3"
    build_sample_workspace(ref, seed=7, now=NOW)
    assert _dump(out) == _dump(ref)
