"""``cmstation reply / post / react / moderate / dm list`` as subprocesses, then ``outbox
send`` against the loopback Mastodon (with favourites, boosts, mutes, reports), in the real
keyring of scripts/test-session."""

from __future__ import annotations

import json

from cli_runner import requires_keyring
from fake_mastodon_actions import install
from queued_replies import store_message_needing_reply

from cmstation.core.models import Author, Message, MessageKind


def _mention(cli, fake, text="waar blijft mijn fiets?"):
    klant = fake.add_account("klant", "Kees Klant")
    st = fake.mention(klant, f"<p>@eva {text}</p>", language="nl")
    db = cli.open_workspace()
    try:
        channel_id = db.execute("SELECT id FROM channels").fetchone()[0]
        mid = store_message_needing_reply(
            db,
            channel_id,
            remote_id=st["id"],
            text=text,
            created_at=1_700_000_000,
            author=Author(klant["id"], "klant@127.0.0.1"),
        )
    finally:
        db.conn.close()
    return channel_id, mid, st, klant


@requires_keyring
def test_reply_post_react_and_moderate_from_the_command_line(cli, fake_mastodon):
    install(fake_mastodon)
    assert cli.add_mastodon(fake_mastodon).returncode == 0
    channel_id, mid, st, klant = _mention(cli, fake_mastodon)

    # an error-level finding (over the limit) refuses the reply; --force queues it anyway
    r = cli("reply", str(mid), "Wat vervelend! " + "Echt. " * 120 + "^Eva")
    assert r.returncode == 1 and "too_long" in r.stdout and "--force" in r.stderr
    r = cli("reply", str(mid), "-", stdin="Wat vervelend, Kees! Ik zoek het voor je uit. ^Eva")
    assert r.returncode == 0, r.stderr
    assert "Queued as outbox item" in r.stdout

    r = cli("post", "mastodon", "Vanaf vandaag repareren we ook op zaterdag. Tot dan! ^Eva")
    assert r.returncode == 0, r.stderr
    r = cli("post", str(channel_id), "Buy now! Limited offer in our shop! ^Eva", "--json")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and out["outbox_id"] is None
    assert any(f["category"] == "sales_push" and f["severity"] == "error" for f in out["findings"])

    assert (
        cli("react", str(mid), "like").stdout.strip()
        == f"{mid}: you liked this (waiting to be sent)"
    )
    r = cli("moderate", str(mid), "mute")
    assert "you muted klant@127.0.0.1" in r.stdout
    r = cli("moderate", str(mid), "report", "--reason", "spam", "--comment", "bot")
    assert r.returncode == 0 and "you reported this" in r.stdout
    r = cli("moderate", str(mid), "hide")
    assert r.returncode == 1 and "Mastodon cannot do that" in r.stderr

    r = cli("outbox", "send")
    assert r.returncode == 0, r.stderr
    assert "sent 2" in r.stdout, r.stdout
    mine = fake_mastodon.statuses_by(fake_mastodon.me)
    replies = [s for s in mine if s["in_reply_to_id"] == st["id"]]
    posts = [s for s in mine if s["in_reply_to_id"] is None]
    assert len(replies) == 1 and len(posts) == 1
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}
    assert fake_mastodon.mutes[fake_mastodon.me["id"]] == {klant["id"]}
    (report,) = fake_mastodon.reports
    assert report["category"] == "spam" and report["comment"] == "bot"
    # the own post is in the inbox as the start of its thread
    db = cli.open_workspace()
    try:
        row = db.execute(
            "SELECT kind, is_own, thread_root_id, remote_id FROM messages WHERE remote_id = ?",
            (posts[0]["id"],),
        ).fetchone()
    finally:
        db.conn.close()
    assert row == ("own_post", 1, posts[0]["id"], posts[0]["id"])
    # a second send sends nothing again
    assert "sent 0" in cli("outbox", "send").stdout
    assert len(fake_mastodon.statuses_by(fake_mastodon.me)) == 2 and len(fake_mastodon.reports) == 1


def test_dm_list_shows_private_conversations(cli):
    db = cli.open_workspace()
    try:
        from cmstation.core.models import Channel, ChannelKind
        from cmstation.storage import channels, messages

        cid = channels.add_channel(db, Channel(kind=ChannelKind.MASTODON, name="@eva"))
        messages.upsert_messages(
            db,
            [
                Message(
                    channel_id=cid,
                    remote_id="d1",
                    text="Mijn ordernummer is 1234",
                    created_at=1_700_000_000,
                    kind=MessageKind.DIRECT,
                    thread_root_id="conv:1",
                    author=Author("7", "kees@example.nl", "Kees"),
                ),
                Message(
                    channel_id=cid,
                    remote_id="d2",
                    text="Dank je, ik kijk het na. ^Eva",
                    created_at=1_700_000_100,
                    kind=MessageKind.OWN_DIRECT,
                    is_own=True,
                    thread_root_id="conv:1",
                ),
                Message(
                    channel_id=cid,
                    remote_id="p1",
                    text="a public mention",
                    created_at=1_700_000_200,
                    author=Author("8", "anna@example.nl"),
                ),
            ],
        )
    finally:
        db.conn.close()
    listed = json.loads(cli("dm", "list", "--json").stdout)
    assert [(c["thread"], c["with"], c["from_us"]) for c in listed] == [
        ("conv:1", "kees@example.nl", True)
    ]
    assert "kees@example.nl" in cli("dm", "list").stdout
