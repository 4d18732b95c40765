"""What mark_sent stores: an own post as its thread's start, a reply in its thread, and a
reply to a private message as private even when the item does not say so."""

from __future__ import annotations

from cmstation.core.models import Author, Message, MessageKind
from cmstation.storage import messages
from cmstation.storage import outbox as store


def _sent(db, channel_id, message_id, context=None, remote="out-1", root=""):
    item_id = store.enqueue(
        db,
        channel_id=channel_id,
        message_id=message_id,
        text="Dank je! ^Eva",
        delivery_key=f"k-{remote}",
        context=context or {},
    )
    store.mark_sent(
        db, store.get(db, item_id), remote_id=remote, remote_url="", thread_root_id=root
    )
    return messages.find_by_remote_id(db, channel_id, remote)


def _stored(db, channel_id, **kw):
    (mid,) = messages.upsert_messages(
        db,
        [Message(channel_id=channel_id, text="x", created_at=1, author=Author("7", "k@x"), **kw)],
    ).ids
    return mid


def test_an_own_post_starts_its_thread(db, channel_id):
    m = _sent(db, channel_id, None)
    assert (m.kind, m.is_own, m.thread_root_id, m.in_reply_to_id) == (
        MessageKind.OWN_POST,
        True,
        "out-1",
        "",
    )


def test_a_reply_joins_the_thread_of_what_it_answers(db, channel_id):
    mid = _stored(db, channel_id, remote_id="p1", thread_root_id="p0")
    m = _sent(db, channel_id, mid)
    assert (m.kind, m.thread_root_id, m.in_reply_to_id) == (MessageKind.OWN_REPLY, "p0", "p1")
    assert messages.get_message(db, mid).replied_at is not None


def test_a_reply_to_a_private_message_is_stored_as_private(db, channel_id):
    mid = _stored(db, channel_id, remote_id="d1", kind=MessageKind.DIRECT, thread_root_id="conv:3")
    m = _sent(db, channel_id, mid)  # no "private" in the item's context
    assert (m.kind, m.thread_root_id, m.in_reply_to_id) == (MessageKind.OWN_DIRECT, "conv:3", "d1")


def test_continuing_a_public_message_privately_opens_a_conversation(db, channel_id):
    mid = _stored(db, channel_id, remote_id="p2")
    m = _sent(db, channel_id, mid, {"private": True}, remote="dm-9", root="chat:c1")
    assert (m.kind, m.thread_root_id, m.in_reply_to_id) == (MessageKind.OWN_DIRECT, "chat:c1", "")
