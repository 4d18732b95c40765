from cmstation.core.models import Author, Message
from cmstation.storage import drafts, messages


def test_one_draft_per_message_restored_exactly(db, channel_id):
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=channel_id,
                remote_id="1",
                text="x",
                created_at=1,
                author=Author("a", "@a"),
            )
        ],
    ).ids
    d1 = drafts.save_draft(
        db, message_id=mid, channel_id=channel_id, text="Hoi", cursor=3, lang="nl", now=10
    )
    d2 = drafts.save_draft(
        db, message_id=mid, channel_id=channel_id, text="Hoi Kees,\n", cursor=9, lang="nl", now=20
    )
    assert d1 == d2
    d = drafts.draft_for_message(db, mid)
    assert (d.text, d.cursor, d.lang, d.created_at, d.updated_at) == (
        "Hoi Kees,\n",
        9,
        "nl",
        10,
        20,
    )
    assert drafts.message_ids_with_drafts(db) == {mid}
    assert [x.id for x in drafts.list_drafts(db)] == [d1]
