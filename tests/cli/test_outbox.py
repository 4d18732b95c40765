"""Issue 5's walk-through, headless: queue a reply with the network down, 'restart' (new
processes), bring the network back, and see the reply arrive once, in its thread."""

from __future__ import annotations

import json

from cli_runner import requires_keyring

from cmstation.core.models import Author, Message, MessageState
from cmstation.core.outbox_item import new_idempotency_key
from cmstation.storage import messages, open_workspace
from cmstation.storage import outbox as store


@requires_keyring
def test_reply_queued_offline_arrives_once_after_restart(cli, fake_mastodon):
    r = cli(
        "channel",
        "add",
        "mastodon",
        "--instance",
        fake_mastodon.base_url,
        "--token-stdin",
        stdin=fake_mastodon.token + "\n",
    )
    assert r.returncode == 0, r.stderr
    channel_id = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    klant = fake_mastodon.add_account("klant")
    st = fake_mastodon.mention(klant, "<p>@eva waar blijft mijn fiets?</p>", language="nl")

    db = open_workspace(cli.data_dir / "workspace.sqlite3")
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=channel_id,
                remote_id=st["id"],
                text="waar blijft mijn fiets?",
                created_at=1_700_000_000,
                author=Author(klant["id"], "@klant"),
                state=MessageState.NEEDS_REPLY,
            )
        ],
    ).ids
    store.enqueue(
        db,
        channel_id=channel_id,
        message_id=mid,
        text="Hij staat klaar! ^Eva",
        delivery_key=new_idempotency_key(),
        context={"known_replies": []},
    )
    db.conn.close()

    port = fake_mastodon.port
    fake_mastodon.stop()  # the train enters the tunnel
    r = cli("outbox", "send")
    assert r.returncode == 0, r.stderr
    assert "waiting 1" in r.stdout and "try again" in r.stdout
    listed = json.loads(cli("outbox", "list", "--json").stdout)
    assert [i["state"] for i in listed] == ["queued"]

    fake_mastodon.start(port=port)  # back online; a new process, as after a restart
    db = open_workspace(cli.data_dir / "workspace.sqlite3")
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


def test_outbox_commands_explain_bad_ids(cli):
    open_workspace(cli.data_dir / "workspace.sqlite3").conn.close()
    r = cli("outbox", "cancel", "999")
    assert r.returncode == 1 and "no reply 999" in r.stderr
    r = cli("outbox", "list")
    assert r.returncode == 0 and "empty" in r.stdout
    r = cli("outbox", "hold")
    assert r.returncode == 2 and "ID" in r.stderr
