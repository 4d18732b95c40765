"""kill -9 at random moments while sending private replies (replies in a conversation and
"continue privately" from a public mention): each goes out once, as a direct status, even
though the server forgets every Idempotency-Key between runs (as it does after an hour), so
only looking for it on the network can prevent a second one."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from fake_mastodon_direct import direct_message, install

from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageKind, MessageState
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.storage import channels, messages, open_workspace
from cmstation.storage import outbox as store

CHILD = Path(__file__).with_name("outbox_child.py")
ROUNDS = 3
PER_ROUND = 6


def _incoming(db, cid, fake, klant, rnd: int, i: int) -> int:
    if i % 2:
        st = direct_message(fake, klant, f"<p>@eva privé {rnd}-{i}</p>")
        kind, root = MessageKind.DIRECT, f"conv:{fake.conversation_of[st['id']]}"
    else:
        st = fake.mention(klant, f"<p>@eva openbaar {rnd}-{i}</p>")
        kind, root = MessageKind.MENTION, st["id"]
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=st["id"],
                text=f"vraag {rnd}-{i}",
                created_at=int(time.time()),
                author=Author(klant["id"], f"klant@{fake.domain}"),
                kind=kind,
                thread_root_id=root,
                state=MessageState.NEEDS_REPLY,
            )
        ],
    ).ids
    return mid


@pytest.mark.slow
def test_kill_minus_nine_while_sending_private_replies(tmp_path, fake_mastodon):
    fake = install(fake_mastodon)
    rng = random.Random(20261202)
    path = tmp_path / "ws.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url, account="eva")
    )
    klant = fake.add_account("klant")
    fake.rate_limit = fake.remaining = 10**6
    fake.fault("slow", method="POST", path="/api/v1/statuses", seconds=0.03, count=10_000)

    expected: dict[str, str] = {}  # delivery key -> text as the user wrote it
    kills = runs = 0
    for rnd in range(ROUNDS):
        for i in range(PER_ROUND):
            mid = _incoming(db, cid, fake, klant, rnd, i)
            key = new_idempotency_key()
            text = f"Antwoord {rnd}-{i}, ^Eva"
            store.enqueue(
                db,
                channel_id=cid,
                message_id=mid,
                text=text,
                delivery_key=key,
                context={"known_replies": [], "skip_context_check": True, "private": True},
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
                    fake.base_url,
                    fake.token,
                    str(cid),
                    f"r{rnd}k{kills}",
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            first = proc.stdout.readline()
            if runs % 4:
                time.sleep(rng.uniform(0.0, 0.5))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
            out, _ = proc.communicate(timeout=120)
            out = first + out
            for line in out.splitlines():
                assert not line.startswith("stuck"), line
            finished = "done" in out.splitlines()
            fake.idempotency.clear()  # the next run cannot lean on the key
            assert runs < 400, "the outbox never finished"

    mine = fake.statuses_by(fake.me)
    posted = Counter(s["content"] for s in mine)
    wanted = Counter(f"<p>@klant {t}</p>" for t in expected.values())
    print(f"\nkill -9 (private): {runs} runs, {kills} kills, {len(mine)} statuses")
    assert kills >= ROUNDS, "the test never actually killed a sender"
    assert posted == wanted  # each once, addressed to the customer, none lost
    assert all(s["visibility"] == "direct" for s in mine)
    assert all(i.state == OutboxState.SENT for i in store.list_items(db))
    assert {i.remote_id for i in store.list_items(db)} == {s["id"] for s in mine}
