"""Several processes on one workspace, killed at random (issue 8).

- a "window" (tests/helpers/soak_window.py: the Qt-free services behind the window's
  controllers): sweeps and sends while it holds the owner lease, and all the time marks
  messages ignored and queues replies, as a person in the window does;
- ``cmstation listen`` against the loopback Mastodon, the outbox tried every second;
- command-line writes from this test: ``cmstation mark done`` and ``outbox hold|release``.

Round after round one of the long-running processes is killed with SIGKILL and started
again, and now and then a command is killed mid-flight. At the end the workspace must pass
``PRAGMA integrity_check``, every acknowledged change must be in the file, and every queued
reply must be on the server exactly once (0 lost, 0 duplicated), with one ``reply_sent``
each. The figures are printed. ``CMSTATION_SOAK_ROUNDS`` sets the rounds (default 6; a long
run by hand: ``CMSTATION_SOAK_ROUNDS=200 make test PYTEST_ARGS=tests/soak -s``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from cli_runner import Cli, cli_env, requires_keyring
from queued_replies import store_message_needing_reply
from read_workspace import read_workspace

from cmstation.core.models import Author, MessageState
from cmstation.storage import events, messages, open_workspace
from cmstation.storage import outbox as store

ROUNDS = int(os.environ.get("CMSTATION_SOAK_ROUNDS", "6"))
WINDOW = Path(__file__).resolve().parents[1] / "helpers" / "soak_window.py"
PER_SET = 40


class Proc:
    """A long-running child whose stdout lines are collected on a thread."""

    def __init__(self, name: str, argv: list[str], env: dict) -> None:
        self.name = name
        self.argv = argv
        self.env = env
        self.lines: list[str] = []
        self.starts = 0
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.starts += 1
        self.proc = subprocess.Popen(
            self.argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        threading.Thread(target=self._read, args=(self.proc,), daemon=True).start()

    def _read(self, proc: subprocess.Popen) -> None:
        for line in proc.stdout:
            self.lines.append(line.strip())
        proc.stdout.close()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(60)

    def acknowledged(self, word: str) -> list[int]:
        return [int(x.split()[1]) for x in list(self.lines) if x.startswith(word + " ")]


def _prepare(cli: Cli, fake, tmp_path: Path) -> tuple[int, dict]:
    r = cli.add_mastodon(fake)
    assert r.returncode == 0, r.stderr
    channel_id = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    db = open_workspace(cli.workspace_path)
    ids: list[int] = []
    remote: dict[int, str] = {}
    klant = fake.add_account("klant")
    try:
        for i in range(3 * PER_SET):
            st = fake.mention(klant, f"<p>@eva vraag {i}: waar blijft mijn fiets?</p>")
            mid = store_message_needing_reply(
                db,
                channel_id,
                remote_id=st["id"],
                text=f"vraag {i}: waar blijft mijn fiets?",
                created_at=int(time.time()) - 3600,
                author=Author(klant["id"], "@klant"),
            )
            ids.append(mid)
            remote[mid] = st["id"]
    finally:
        db.conn.close()
    plan = {
        "cli_marks": ids[:PER_SET],
        "window_marks": ids[PER_SET : 2 * PER_SET],
        "replies": [[mid, channel_id, f"Antwoord op {mid}, ^Eva"] for mid in ids[2 * PER_SET :]],
    }
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    return channel_id, plan


@pytest.mark.slow
@requires_keyring
def test_soak_several_processes_with_kill_minus_nine(tmp_path, fake_mastodon):
    rng = random.Random(20261202)
    cli = Cli(tmp_path / "ws")
    fake_mastodon.rate_limit = fake_mastodon.remaining = 10**6
    # a little latency on posting widens the window in which a kill leaves the outcome unknown
    fake_mastodon.fault("slow", method="POST", path="/api/v1/statuses", seconds=0.3, count=10**6)
    # The server forgets Idempotency-Keys (a real one keeps them for an hour), so any second
    # POST of a reply shows as a duplicate status: recovery after a kill must find the reply
    # in the thread (find_delivered), and two senders at once would be caught.
    fake_mastodon.idempotency = _Forgetful()
    _, plan = _prepare(cli, fake_mastodon, tmp_path)
    env = cli_env()
    window = Proc(
        "window",
        [sys.executable, str(WINDOW), str(cli.workspace_path), str(tmp_path / "plan.json"), "w"],
        env,
    )
    listen = Proc(
        "listen",
        [
            sys.executable,
            "-m",
            "cmstation",
            "--data-dir",
            str(cli.data_dir),
            "listen",
            "--outbox-seconds",
            "1",
        ],
        env,
    )
    figures = Counter()
    cli_marked: list[int] = []
    to_mark = list(plan["cli_marks"])
    try:
        for p in (listen, window):
            p.start()
        for _ in range(ROUNDS):
            figures["rounds"] += 1
            for _ in range(3):  # command-line writes beside them
                figures["cli writes"] += 1
                queued = [i.id for i in read_workspace(cli.workspace_path, store.list_items)]
                if to_mark and (rng.random() < 0.6 or not queued):
                    mid = to_mark.pop()
                    args = ("mark", "done", str(mid))
                else:
                    mid = rng.choice(queued)
                    args = ("outbox", rng.choice(["hold", "release"]), str(mid))
                proc = cli.popen(*args)
                if rng.random() < 0.15:  # killed mid-flight: not acknowledged
                    time.sleep(rng.uniform(0.05, 0.4))
                    proc.kill()
                    figures["commands killed"] += 1
                out, _err = proc.communicate(timeout=60)
                if proc.returncode == 0 and args[0] == "mark":
                    assert out.strip() == f"{mid}: done"
                    cli_marked.append(mid)
            victim = rng.choice([window, listen])
            time.sleep(rng.uniform(0.1, 0.8))
            victim.kill()
            figures[f"{victim.name} killed"] += 1
            victim.start()
        time.sleep(1.0)
    finally:
        for p in (window, listen):
            p.kill()

    # --- the end: what was acknowledged is there, every reply goes once ------------------
    assert (
        read_workspace(
            cli.workspace_path, lambda d: d.execute("PRAGMA integrity_check").fetchone()[0]
        )
        == "ok"
    )
    window_marked = window.acknowledged("mark")
    queued_ack = window.acknowledged("queued")
    figures["writes acknowledged"] = len(cli_marked) + len(window_marked) + len(queued_ack)

    def states(db):
        return {m: messages.get_message(db, m).state for m in cli_marked + window_marked}

    got = read_workspace(cli.workspace_path, states)
    lost_marks = [m for m in cli_marked if got[m] != MessageState.DONE]
    lost_marks += [m for m in window_marked if got[m] != MessageState.IGNORED]

    # hand the outbox to one last sender: release what the commands held, send what waits
    db = open_workspace(cli.workspace_path)
    try:
        for item in store.list_items(db, include_done=False):
            if item.state == "held":
                store.release(db, item.id)
            store.reschedule(db, item.id, None)
    finally:
        db.conn.close()
    for _ in range(5):
        r = cli("outbox", "send")
        assert r.returncode == 0, r.stdout + r.stderr
        pending = read_workspace(
            cli.workspace_path, lambda d: store.list_items(d, include_done=False)
        )
        if not pending:
            break
        db = open_workspace(cli.workspace_path)
        for item in pending:
            store.reschedule(db, item.id, None)
        db.conn.close()
    items = read_workspace(cli.workspace_path, store.list_items)
    posted = Counter(_plain(s["content"]) for s in fake_mastodon.statuses_by(fake_mastodon.me))
    sent_events = Counter(
        e["detail"].get("outbox_id")
        for e in read_workspace(cli.workspace_path, lambda d: events.recent(d, "reply_sent", 10**6))
    )
    posts_per_key = Counter(
        r["headers"].get("Idempotency-Key")
        for r in fake_mastodon.requests_to("/api/v1/statuses", "POST")
    )
    by_id = {i.id: i for i in items}
    lost = [i for i in queued_ack if i not in by_id or by_id[i].state != "sent"]
    lost += [i.id for i in items if i.state != "sent"]
    duplicated = [i.id for i in items if posted[i.text] > 1 or sent_events[i.id] > 1]
    missing_on_server = [i.id for i in items if posted[i.text] == 0]
    figures["replies queued"] = len(items)
    figures["replies acknowledged"] = len(queued_ack)
    figures["replies sent"] = sum(1 for i in items if i.state == "sent")
    figures["re-POSTs (same key)"] = sum(n - 1 for n in posts_per_key.values() if n > 1)
    figures["lost"] = len(set(lost)) + len(lost_marks) + len(missing_on_server)
    figures["duplicated"] = len(duplicated)
    print("\nsoak:", ", ".join(f"{k} {v}" for k, v in sorted(figures.items())))
    assert window.starts > 1 or listen.starts > 1
    assert len(items) > 0 and len(cli_marked) > 0 and len(window_marked) > 0
    assert lost_marks == []
    assert sorted(set(lost)) == [] and missing_on_server == []
    assert duplicated == []


class _Forgetful(dict):
    """An idempotency table that never finds a key."""

    def __contains__(self, key) -> bool:
        return False


def _plain(content: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", content.replace("<br>", "\n")))
