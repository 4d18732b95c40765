"""kill -9 at random moments while sending: every queued reply and own post goes out exactly
once, and no draft that was saved is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from queued_replies import store_message_needing_reply

from cmstation.core.models import Author, Channel, ChannelKind
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.storage import channels, drafts, open_workspace
from cmstation.storage import outbox as store

CHILD = Path(__file__).with_name("outbox_child.py")
ROUNDS = int(os.environ.get("CMSTATION_KILL9_ROUNDS", "4"))
REPLIES_PER_ROUND = 8


@pytest.mark.slow
def test_kill_minus_nine_while_sending(tmp_path, fake_mastodon):
    rng = random.Random(20261123)
    path = tmp_path / "ws.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="shop", url=fake_mastodon.base_url)
    )
    klant = fake_mastodon.add_account("klant")
    fake_mastodon.rate_limit = fake_mastodon.remaining = 10**6  # many runs; no quota in the way
    # a little latency on posting widens the window in which a kill leaves the outcome unknown
    fake_mastodon.fault("slow", method="POST", path="/api/v1/statuses", seconds=0.03, count=10_000)

    expected: dict[str, str] = {}  # delivery key -> text
    saved_drafts: dict[int, str] = {}
    kills = runs = 0
    for rnd in range(ROUNDS):
        for i in range(REPLIES_PER_ROUND):
            st = fake_mastodon.mention(klant, f"<p>vraag {rnd}-{i}</p>")
            mid = store_message_needing_reply(
                db,
                cid,
                remote_id=st["id"],
                text=f"vraag {rnd}-{i}",
                created_at=1_700_000_000,
                author=Author(klant["id"], "@klant"),
            )
            key = new_idempotency_key()
            own_post = i % 4 == 3  # every fourth one a post of our own (no parent)
            text = f"{'Bericht' if own_post else 'Antwoord'} {rnd}-{i}, ^Eva"
            store.enqueue(
                db,
                channel_id=cid,
                message_id=None if own_post else mid,
                text=text,
                delivery_key=key,
                context={"known_replies": [], "skip_context_check": True},
            )
            expected[key] = text
        finished = False
        while not finished:
            runs += 1
            proc = subprocess.Popen(
                [
                    sys.executable,
                    str(CHILD),
                    str(path),
                    fake_mastodon.base_url,
                    fake_mastodon.token,
                    str(cid),
                    f"r{rnd}k{kills}",
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            first = proc.stdout.readline()  # "ready": imports done, workspace open
            # Kill at a random moment of the work that follows; every fourth run may finish,
            # so the test ends however slow a loaded machine is.
            if runs % 4:
                time.sleep(rng.uniform(0.0, 0.5))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
            out, _ = proc.communicate(timeout=120)
            out = first + out
            for line in out.splitlines():
                if line.startswith("draft "):
                    _, did, text = line.split(" ", 2)
                    saved_drafts[int(did)] = text
                assert not line.startswith("stuck"), line
            finished = "done" in out.splitlines()
            assert runs < 400, "the outbox never finished"

    posted = Counter(s["content"] for s in fake_mastodon.statuses_by(fake_mastodon.me))
    sent_texts = Counter(f"<p>{t}</p>" for t in expected.values())
    duplicates = sum(n - 1 for n in posted.values() if n > 1)
    lost = sum(1 for t in sent_texts if posted[t] == 0)
    lost_drafts = [
        d
        for d, t in saved_drafts.items()
        if (drafts.get_draft(db, d) or None) is None or drafts.get_draft(db, d).text != t
    ]
    posts = len(fake_mastodon.requests_to("/api/v1/statuses", "POST"))
    retried = sum(1 for i in store.list_items(db) if i.attempts > 1)
    print(
        f"\nkill -9 test: {runs} runs, {kills} kills, {len(expected)} replies, "
        f"{posts} POSTs, {retried} replies sent again after a kill mid-send, "
        f"{duplicates} duplicates, {lost} lost replies, {len(saved_drafts)} drafts saved, "
        f"{len(lost_drafts)} lost drafts"
    )
    assert kills >= ROUNDS, "the test never actually killed a sender"
    assert duplicates == 0
    assert lost == 0
    assert lost_drafts == []
    assert all(i.state == OutboxState.SENT for i in store.list_items(db))
    assert {i.remote_id for i in store.list_items(db)} == {
        s["id"] for s in fake_mastodon.statuses_by(fake_mastodon.me)
    }
    # the own posts are in the inbox, each the start of its thread, once
    own = db.execute(
        "SELECT count(*), count(DISTINCT remote_id) FROM messages WHERE kind = 'own_post'"
    ).fetchone()
    assert own == (ROUNDS * (REPLIES_PER_ROUND // 4),) * 2
