"""Issue 5's walk-through, headless: queue a reply with the network down, 'restart' (new
processes), bring the network back, and see the reply arrive once, in its thread."""

from __future__ import annotations

import json

from cli_runner import queue_reply, requires_keyring

from cmstation.storage import outbox as store


@requires_keyring
def test_reply_queued_offline_arrives_once_after_restart(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon)
    assert r.returncode == 0, r.stderr
    channel_id = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    _, _, st = queue_reply(cli.workspace_path, fake_mastodon, channel_id)

    port = fake_mastodon.port
    fake_mastodon.stop()  # the train enters the tunnel
    r = cli("outbox", "send")
    assert r.returncode == 0, r.stderr
    assert "waiting 1" in r.stdout and "try again" in r.stdout
    listed = json.loads(cli("outbox", "list", "--json").stdout)
    assert [i["state"] for i in listed] == ["queued"]
    # at once again: the retry is not due yet, and that is said, with when it goes
    r = cli("outbox", "send")
    assert "waiting 1" in r.stdout and "goes at" in r.stdout, r.stdout
    assert "goes at" in cli("outbox", "list").stdout

    fake_mastodon.start(port=port)  # back online; a new process, as after a restart
    db = cli.open_workspace()
    store.reschedule(db, listed[0]["id"], None)  # skip the back-off wait
    db.conn.close()
    r = cli("outbox", "send")
    assert "sent 1" in r.stdout, r.stdout + r.stderr
    r = cli("outbox", "send")
    assert "sent 0" in r.stdout
    mine = fake_mastodon.statuses_by(fake_mastodon.me)
    assert len(mine) == 1 and mine[0]["in_reply_to_id"] == st["id"]
    inbox = json.loads(cli("inbox", "--json", "--state", "replied").stdout)
    assert [m["text"] for m in inbox] == ["waar blijft mijn fiets?"]
    # the list shows every reply, sent ones too; --state filters
    assert [i["state"] for i in json.loads(cli("outbox", "list", "--json").stdout)] == ["sent"]
    assert json.loads(cli("outbox", "list", "--json", "--state", "queued").stdout) == []
    both = cli("outbox", "list", "--json", "--state", "queued", "--state", "sent").stdout
    assert len(json.loads(both)) == 1


def test_outbox_commands_explain_bad_ids(cli):
    cli.open_workspace().conn.close()
    r = cli("outbox", "cancel", "999")
    assert r.returncode == 1 and "no reply 999" in r.stderr
    r = cli("outbox", "list")
    assert r.returncode == 0 and "empty" in r.stdout
    r = cli("outbox", "hold")
    assert r.returncode == 2 and "ID" in r.stderr
