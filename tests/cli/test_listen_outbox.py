"""``cmstation listen`` also sends the outbox: a reply queued while offline goes once."""

from __future__ import annotations

import json
import signal

from cli_runner import queue_reply, requires_keyring, session_keyring

from cmstation.cli.listen import outbox_pass
from cmstation.core.outbox_item import OutboxState
from cmstation.secrets import SessionOnlySecretStore, channel_key
from cmstation.storage import open_workspace
from cmstation.storage import outbox as store


def test_the_listen_outbox_pass_sends_once_and_waits_while_offline(tmp_path, fake_mastodon):
    path = tmp_path / "workspace.sqlite3"
    cid, item_id, st = queue_reply(path, fake_mastodon)
    secrets = SessionOnlySecretStore()
    secrets.set(channel_key(cid, "access_token"), fake_mastodon.token)
    port = fake_mastodon.port
    fake_mastodon.stop()
    run = outbox_pass(path, secrets)
    assert run.waiting == [item_id] and run.sent == []
    fake_mastodon.start(port=port)
    db = open_workspace(path)
    store.reschedule(db, item_id, None)  # skip the back-off wait
    db.conn.close()
    assert outbox_pass(path, secrets).sent == [item_id]
    assert outbox_pass(path, secrets).sent == []
    mine = fake_mastodon.statuses_by(fake_mastodon.me)
    assert len(mine) == 1 and mine[0]["in_reply_to_id"] == st["id"]


@requires_keyring
def test_listen_sends_the_outbox(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon)
    assert r.returncode == 0, r.stderr
    cid = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    assert session_keyring(cli.data_dir).get(channel_key(cid, "access_token"))
    _, item_id, _ = queue_reply(cli.workspace_path, fake_mastodon, cid)
    p = cli.popen("listen")
    try:
        for _ in range(20):
            line = p.stdout.readline()
            if line.startswith("outbox:") or not line:
                break
        assert line.startswith("outbox: sent 1"), line
    finally:
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    assert p.returncode == 0 and "Traceback" not in err, err
    db = cli.open_workspace()
    assert store.get(db, item_id).state == OutboxState.SENT
    db.conn.close()
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1
