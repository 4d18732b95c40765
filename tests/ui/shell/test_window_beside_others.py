"""The window beside other processes on its workspace (issue 8): it follows what they
change, and listens and sends only while no other process does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from cli_runner import cli_env
from read_workspace import read_workspace

from cmstation.core.models import MessageState
from cmstation.storage import messages, workspace_owner
from cmstation.ui.shell.workspace_change_watch import watch_workspace
from cmstation.ui.shell.workspace_owner_watch import own_workspace

HOLD = textwrap.dedent(
    """
    import sys, time
    from cmstation.storage import workspace_owner as owner
    lease = owner.try_acquire(sys.argv[1], "listen")
    print("held" if lease else "busy", flush=True)
    time.sleep(300)
    """
)


def _cli(path, *args):
    return subprocess.run(
        [sys.executable, "-m", "cmstation", "--data-dir", str(path.parent), *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
    )


def test_the_window_follows_what_another_process_changes(qtbot, window, workspace):
    watch = watch_workspace(window, interval_ms=100)
    first = window.current_message_id()
    needs_before = window._counts.needs_reply
    r = _cli(workspace["path"], "mark", "done", str(first))
    assert r.returncode == 0, r.stderr
    qtbot.waitUntil(lambda: window.message_model.row_of(first) < 0, timeout=10_000)
    qtbot.waitUntil(lambda: window._counts.needs_reply == needs_before - 1, timeout=10_000)
    assert watch.refreshes >= 1
    # a channel added elsewhere shows up in the navigation
    r = _cli(workspace["path"], "channel", "add", "manual", "--override-reason", "test")
    assert r.returncode == 0, r.stderr
    qtbot.waitUntil(lambda: len(window._channels) == 3, timeout=10_000)
    assert any(
        k[0] == "channel" and k[1] not in (workspace["mastodon"], workspace["bluesky"])
        for k in window._nav_items
    )


def test_without_outside_changes_the_window_does_not_refresh(qtbot, window):
    watch = watch_workspace(window, interval_ms=50)
    qtbot.wait(300)
    assert watch.refreshes == 0
    assert watch.poll() is False


@pytest.fixture
def listen_elsewhere(workspace):
    """Another process that holds the workspace's owner lease, as `cmstation listen` does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(workspace["path"])],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait(60)
    proc.stdout.close()


def _offline(window):
    """No keyring and no network for the window's sweeps and sends: channels that need a
    login say so without a request."""
    for c in (window.listening.controller, window.outbox.controller):
        c.secrets_provider = lambda: None


def test_the_window_reads_and_edits_while_listen_owns_the_workspace(
    qtbot, window, workspace, listen_elsewhere
):
    _offline(window)
    watch = own_workspace(window, retry_ms=100)
    assert not watch.owned
    assert watch.label.isVisible() and watch.label.text() == "Reading and editing only"
    why = watch.label.toolTip()
    assert f"'cmstation listen' (process {listen_elsewhere.pid})" in why
    assert "This window reads and edits" in why
    assert not window.listening.controller.timer.isActive()  # no sweeps on a schedule
    window.listening.sweep_now()
    assert "already listening and sending" in window.listening.sweep_label.text()
    assert window.outbox.controller.run_now() is False  # the other process sends
    # editing goes on as usual
    mid = window.current_message_id()
    window.change_state(MessageState.DONE)
    qtbot.waitUntil(
        lambda: (
            read_workspace(workspace["path"], lambda d: messages.get_message(d, mid).state)
            == MessageState.DONE
        )
    )

    with qtbot.wait_signal(watch.ownership_changed, timeout=10_000) as taken:
        os.kill(listen_elsewhere.pid, signal.SIGKILL)  # listen stops (even this way)
    assert taken.args == [True]
    assert watch.owned and not watch.label.isVisible()
    assert window.listening.controller.standby == "" and window.outbox.controller.standby == ""
    assert window.listening.controller.timer.isActive() and window.outbox.controller.active
    assert workspace_owner.current_holder(workspace["path"]).role == "window"


def test_the_window_lets_go_when_it_closes(qtbot, workspace, ui_settings):
    from cmstation.ui.shell.app import build_window

    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    _offline(w)
    watch = own_workspace(w)
    assert watch.owned
    assert workspace_owner.try_acquire(workspace["path"], "listen") is None
    w.close()
    qtbot.waitUntil(lambda: not watch.owned)
    lease = workspace_owner.try_acquire(workspace["path"], "listen")
    assert lease is not None
    lease.release()


def test_a_terminated_demo_window_removes_its_sample_copy(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = cli_env({"TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"})
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmstation", "--demo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(temp.glob("cmstation-sample-*/workspace.sqlite3-wal")):
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the sample copy never appeared"
            time.sleep(0.1)
        time.sleep(1.5)  # the window is up and reading
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    finally:
        proc.kill()
        proc.wait(60)
        proc.stderr.close()
    assert proc.returncode == 0
    assert list(temp.iterdir()) == []
