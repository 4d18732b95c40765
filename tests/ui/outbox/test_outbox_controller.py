"""The outbox controller: runs off the GUI thread, never two at once, exactly once even when
the connection drops after the server took the post."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))

from mastodon_workspace import mastodon_workspace  # noqa: E402
from queued_replies import queue_replies_to_new_mentions  # noqa: E402
from read_workspace import read_workspace  # noqa: E402

from cmstation.core.outbox_item import OutboxState  # noqa: E402
from cmstation.outbox import outbox_pass  # noqa: E402
from cmstation.storage import open_workspace  # noqa: E402
from cmstation.storage import outbox as store  # noqa: E402
from cmstation.ui.outbox.outbox_controller import OutboxController  # noqa: E402


@pytest.fixture
def setup(tmp_path, fake):
    path = tmp_path / "workspace.sqlite3"
    cid, secrets = mastodon_workspace(path, fake)
    db = open_workspace(path)
    klant = fake.add_account("klant")
    ids = queue_replies_to_new_mentions(db, fake, cid, klant, 3, now=1_700_000_100)
    db.conn.close()
    return {"path": path, "items": ids, "secrets": secrets}


@pytest.fixture
def controller(qtbot, setup):
    c = OutboxController(setup["path"], secrets_provider=lambda: setup["secrets"])
    yield c
    c.shutdown()


def _states(path):
    return read_workspace(path, lambda db: [i.state for i in store.list_items(db)])


def test_requests_during_a_run_coalesce_and_runs_never_overlap(
    qtbot, controller, setup, fake, monkeypatch
):
    fake.fault("slow", method="POST", path="/api/v1/statuses", seconds=0.3)
    inside, most, lock = [0], [0], threading.Lock()
    original = outbox_pass.process_outbox

    def counting(*a, **kw):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        try:
            return original(*a, **kw)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(outbox_pass, "process_outbox", counting)
    finished = []
    controller.run_finished.connect(finished.append)
    for _ in range(10):
        controller.run_now()
    qtbot.waitUntil(lambda: not controller.running and len(finished) >= 1, timeout=10_000)
    assert most[0] == 1
    assert 1 <= controller.runs <= 2  # ten requests: one run, at most one more after it
    assert sorted(i for r in finished for i in r.sent) == setup["items"]
    assert _states(setup["path"]) == [OutboxState.SENT] * 3
    mine = fake.statuses_by(fake.me)
    assert sorted(s["content"] for s in mine) == [f"<p>Antwoord {i} ^Eva</p>" for i in range(3)]


def test_a_dropped_answer_is_retried_with_the_same_key_and_posts_once(
    qtbot, controller, setup, fake
):
    fake.fault("drop_after", method="POST", path="/api/v1/statuses")
    with qtbot.wait_signal(controller.run_finished, timeout=10_000) as first:
        controller.run_now()
    assert first.args[0].waiting == [setup["items"][0]]  # outcome unknown: waits, in order
    assert len(fake.statuses_by(fake.me)) == 1  # the server did take it
    db = open_workspace(setup["path"])
    store.reschedule(db, setup["items"][0], None)
    db.conn.close()
    with qtbot.wait_signal(controller.run_finished, timeout=10_000) as second:
        controller.run_now()
    assert second.args[0].sent == setup["items"]
    assert len(fake.statuses_by(fake.me)) == 3  # the first reply once, not twice


def test_offline_items_are_reported_as_offline(qtbot, controller, setup, fake):
    fake.stop()
    with qtbot.wait_signal(controller.run_finished, timeout=10_000) as run:
        controller.run_now()
    assert run.args[0].offline == [setup["items"][0]] and run.args[0].sent == []
    assert _states(setup["path"]) == [OutboxState.QUEUED] * 3


def test_nothing_queued_means_no_secret_store_is_opened(qtbot, tmp_path):
    path = tmp_path / "empty.sqlite3"
    open_workspace(path).conn.close()
    asked = []
    c = OutboxController(path, secrets_provider=lambda: asked.append(1))
    try:
        with qtbot.wait_signal(c.run_finished, timeout=5000) as run:
            c.run_now()
        assert run.args[0].sent == [] and asked == []
    finally:
        c.shutdown()
    assert not c.run_now()  # after shutdown nothing runs
