"""``cmstation listen`` also sends the outbox: a reply queued while offline goes once."""

from __future__ import annotations

import json
import signal

from cli_runner import requires_keyring, session_keyring

from cmstation.cli.listen import outbox_pass
from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageState
from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.secrets import SessionOnlySecretStore, channel_key
from cmstation.storage import channels, messages, open_workspace
from cmstation.storage import outbox as store


def _queued_reply(path, fake, channel_id=None):
    db = open_workspace(path)
    if channel_id is None:
        channel_id = channels.add_channel(
            db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url)
        )
    klant = fake.add_account("klant")
    st = fake.mention(klant, "<p>@eva waar blijft mijn fiets?</p>", language="nl")
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
    item_id = store.enqueue(
        db,
        channel_id=channel_id,
        message_id=mid,
        text="Hij staat klaar! ^Eva",
        delivery_key=new_idempotency_key(),
        context={"known_replies": []},
    )
    db.conn.close()
    return channel_id, item_id, st


def test_the_listen_outbox_pass_sends_once_and_waits_while_offline(tmp_path, fake_mastodon):
    path = tmp_path / "workspace.sqlite3"
    cid, item_id, st = _queued_reply(path, fake_mastodon)
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
    cid = json.loads(cli("channel", "list", "--json").stdout)[0]["id"]
    assert session_keyring(cli.data_dir).get(channel_key(cid, "access_token"))
    _, item_id, _ = _queued_reply(cli.data_dir / "workspace.sqlite3", fake_mastodon, cid)
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
    db = open_workspace(cli.data_dir / "workspace.sqlite3")
    assert store.get(db, item_id).state == OutboxState.SENT
    db.conn.close()
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 1
