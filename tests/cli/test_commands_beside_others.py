"""Several processes on one workspace (issue 8): one listens and sends, the others say so
plainly; marks from the command line; ``--demo`` never touches the real workspace."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from cli_runner import cli_env, queue_reply, requires_keyring
from read_workspace import read_workspace

from cmstation.storage import events, messages, workspace_owner
from cmstation.storage import outbox as store


def _listening_window(cli):
    """The lease as the window takes it (here, in the test process)."""
    cli.open_workspace().conn.close()
    return workspace_owner.acquire(cli.workspace_path, "window")


def test_listen_sweep_and_send_say_plainly_who_already_does_it(cli):
    lease = _listening_window(cli)
    try:
        for args in (("listen",), ("sweep",), ("outbox", "send")):
            r = cli(*args, timeout=60)
            assert r.returncode == 4, (args, r.stdout, r.stderr)
            assert f"the cmstation window (process {os.getpid()})" in r.stderr, args
            assert "already listening and sending for this workspace" in r.stderr
            assert "Traceback" not in r.stderr
    finally:
        lease.release()
    r = cli("sweep")  # free again: it runs (nothing to sweep in an empty workspace)
    assert r.returncode == 0, r.stderr
    assert "Nothing to sweep" in r.stdout


def test_the_refusal_is_in_dutch_too(cli):
    lease = _listening_window(cli)
    try:
        r = cli("--lang", "nl", "listen")
    finally:
        lease.release()
    assert r.returncode == 4
    assert "het cmstation-venster (proces" in r.stderr and "luistert en verstuurt al" in r.stderr


def test_editing_beside_a_listener_is_allowed(cli, tmp_path):
    from queued_replies import store_message_needing_reply

    db = cli.open_workspace()
    from cmstation.core.models import Author, Channel, ChannelKind
    from cmstation.storage import channels

    cid = channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="Hand"))
    mid = store_message_needing_reply(
        db,
        cid,
        remote_id="m1",
        text="Waar blijft mijn fiets?",
        author=Author("k1", "@klant"),
        created_at=1_700_000_000,
    )
    db.conn.close()
    lease = workspace_owner.acquire(cli.workspace_path, "listen")
    try:
        r = cli("mark", "done", str(mid))
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == f"{mid}: done"
    finally:
        lease.release()
    state = read_workspace(cli.workspace_path, lambda d: messages.get_message(d, mid).state)
    assert state == "done"
    r = cli("mark", "ignored", str(mid), "999")
    assert r.returncode == 1 and "There is no message 999" in r.stderr
    state = read_workspace(cli.workspace_path, lambda d: messages.get_message(d, mid).state)
    assert state == "done"  # all or nothing


@requires_keyring
def test_two_senders_started_together_post_a_reply_once(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon)
    assert r.returncode == 0, r.stderr
    channel_id = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    _, item_id, _ = queue_reply(cli.workspace_path, fake_mastodon, channel_id)
    # the post takes a while, so the two passes overlap
    fake_mastodon.fault("slow", method="POST", path="/api/v1/statuses", seconds=2.0, count=5)
    procs = [cli.popen("outbox", "send") for _ in range(2)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=90)
        outs.append((p.returncode, out, err))
    codes = sorted(rc for rc, _, _ in outs)
    assert codes in ([0, 0], [0, 4]), outs
    posts = fake_mastodon.requests_to("/api/v1/statuses", "POST")
    assert len(posts) == 1, posts
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1

    def sent_events(db):
        return [
            e for e in events.recent(db, "reply_sent") if e["detail"].get("outbox_id") == item_id
        ]

    assert len(read_workspace(cli.workspace_path, sent_events)) == 1
    assert read_workspace(cli.workspace_path, lambda d: store.get(d, item_id).state) == "sent"


# --- --demo ------------------------------------------------------------------------------


def _demo(cli, tmp_path, *args, **kw):
    """``cmstation --demo ARGS`` with its own temporary folder and no --data-dir."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = cli_env({"TMPDIR": str(temp), "CMSTATION_HOME": str(cli.data_dir)})
    r = subprocess.run(
        [sys.executable, "-m", "cmstation", "--demo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        **kw,
    )
    return r, temp


def test_demo_commands_read_a_temporary_sample_and_leave_the_real_workspace_alone(cli, tmp_path):
    r, temp = _demo(cli, tmp_path, "inbox", "--json", "--limit", "500")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) > 100 and any("despaak" in m["text"].lower() for m in rows)
    r, _ = _demo(cli, tmp_path, "channel", "list", "--json")
    assert r.returncode == 0, r.stderr
    assert {c["kind"] for c in json.loads(r.stdout)} == {"mastodon", "bluesky", "feed"}
    r, _ = _demo(cli, tmp_path, "mark", "done", str(rows[0]["id"]))
    assert r.returncode == 0, r.stderr
    assert not cli.data_dir.exists()  # the real workspace was never created nor touched
    assert list(temp.iterdir()) == []  # each sample copy was removed again


def test_demo_refuses_what_would_reach_a_network(cli, tmp_path):
    for args in (("sweep",), ("listen",), ("outbox", "send")):
        r, temp = _demo(cli, tmp_path, *args)
        assert r.returncode == 2, (args, r.stderr)
        assert "The sample workspace is made up" in r.stderr
        assert "Traceback" not in r.stderr
    assert not cli.data_dir.exists()
    assert list(temp.iterdir()) == []


def test_a_terminated_demo_command_removes_its_copy(cli, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = cli_env({"TMPDIR": str(temp), "CMSTATION_HOME": str(cli.data_dir)})
    # --json output larger than a pipe holds: the command blocks writing until read
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmstation", "--demo", "inbox", "--json", "--limit", "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        first = proc.stdout.read(1)  # it got as far as printing
        assert first == b"["
        assert [p.name[:17] for p in temp.iterdir()] == ["cmstation-sample-"]
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait(60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(temp.iterdir()) == []


def test_a_copy_left_by_a_killed_process_is_removed_by_the_next(cli, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    stale = temp / "cmstation-sample-dead"
    stale.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    (stale / "owner-pid").write_text(dead.stdout.strip())
    (stale / "workspace.sqlite3").write_bytes(b"")
    r, _ = _demo(cli, tmp_path, "channel", "list")
    assert r.returncode == 0, r.stderr
    assert list(temp.iterdir()) == []
