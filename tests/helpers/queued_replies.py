"""Putting work in the outbox for tests and benchmarks: a stored message that needs a reply,
and replies queued to fresh mentions on a fake Mastodon."""

from __future__ import annotations

from cmstation.core.models import Author, Message, MessageState
from cmstation.core.outbox_item import new_idempotency_key
from cmstation.storage import messages
from cmstation.storage import outbox as store


def store_message_needing_reply(
    db, channel_id: int, *, remote_id: str, text: str, author: Author, created_at: int
) -> int:
    """Stores one incoming message in the NEEDS_REPLY state; returns its id."""
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=channel_id,
                remote_id=remote_id,
                text=text,
                created_at=created_at,
                author=author,
                state=MessageState.NEEDS_REPLY,
            )
        ],
    ).ids
    return mid


def queue_replies_to_new_mentions(
    db, fake, channel_id: int, klant: dict, count: int, *, now: int | None = None
) -> list[int]:
    """``count`` new mentions ("@eva vraag i") by ``klant`` on the fake Mastodon, each stored
    and answered ("Antwoord i ^Eva") in the outbox; returns the outbox ids. With ``now``,
    reply i is queued at ``now + i``."""
    ids = []
    for i in range(count):
        st = fake.mention(klant, f"<p>@eva vraag {i}</p>")
        mid = store_message_needing_reply(
            db,
            channel_id,
            remote_id=st["id"],
            text=f"vraag {i}",
            created_at=1_700_000_000 + i,
            author=Author(klant["id"], "@klant"),
        )
        ids.append(
            store.enqueue(
                db,
                channel_id=channel_id,
                message_id=mid,
                text=f"Antwoord {i} ^Eva",
                delivery_key=new_idempotency_key(),
                context={"known_replies": []},
                now=None if now is None else now + i,
            )
        )
    return ids
