"""Saved replies and the recent replies a new one is compared against."""

from __future__ import annotations

from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.storage import channels, messages, open_workspace
from cmstation.storage import outbox as outbox_store
from cmstation.storage import snippets as store


def test_add_list_update_use_delete(tmp_path):
    db = open_workspace(tmp_path / "ws.sqlite3")
    a = store.add_snippet(
        db, name=" Opening hours ", text="We are open {days}.", lang="en", now=100
    )
    b = store.add_snippet(db, name="bedankt", text="Dank je wel, {first_name}!", now=101)
    assert [s.name for s in store.list_snippets(db)] == ["bedankt", "Opening hours"]
    store.mark_used(db, a)
    assert [s.id for s in store.list_snippets(db)] == [a, b]  # most used first
    store.update_snippet(db, b, name="Bedankt", text="Dank je, {first_name}!", now=200)
    got = store.get_snippet(db, b)
    assert (got.name, got.text, got.created_at, got.updated_at) == (
        "Bedankt",
        "Dank je, {first_name}!",
        101,
        200,
    )
    store.delete_snippet(db, a)
    assert store.get_snippet(db, a) is None
    assert [s.id for s in store.list_snippets(db)] == [b]
    db.conn.close()


def test_recent_reply_texts_newest_first_each_once(tmp_path):
    db = open_workspace(tmp_path / "ws.sqlite3")
    ch = channels.add_channel(db, Channel(kind=ChannelKind.MASTODON, name="m"), now=1)
    other = channels.add_channel(db, Channel(kind=ChannelKind.BLUESKY, name="b"), now=1)
    messages.upsert_messages(
        db,
        [
            Message(
                channel_id=ch, remote_id="o1", text="Old own reply", created_at=10, is_own=True
            ),
            Message(channel_id=ch, remote_id="x", text="A customer", created_at=20),
            Message(channel_id=other, remote_id="o2", text="Elsewhere", created_at=30, is_own=True),
        ],
        now=40,
    )
    outbox_store.enqueue(
        db, channel_id=ch, message_id=None, text="Queued reply", delivery_key="k1", now=50
    )
    outbox_store.enqueue(
        db, channel_id=ch, message_id=None, text="Old own reply", delivery_key="k2", now=60
    )
    gone = outbox_store.enqueue(
        db, channel_id=ch, message_id=None, text="Cancelled one", delivery_key="k3", now=70
    )
    outbox_store.cancel(db, gone)
    assert store.recent_reply_texts(db, channel_id=ch) == ["Old own reply", "Queued reply"]
    assert store.recent_reply_texts(db, limit=2) == ["Old own reply", "Queued reply"]
    assert "Elsewhere" in store.recent_reply_texts(db)
    assert "A customer" not in store.recent_reply_texts(db)
    db.conn.close()
