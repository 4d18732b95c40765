import pytest

from cmstation.core.models import Author, Message, MessageFilter, MessageState, Priority
from cmstation.storage import messages
from cmstation.storage.search_syntax import fts_query


def _msg(channel_id, rid, text, *, author="anna", created=1_700_000_000, **kw):
    return Message(
        channel_id=channel_id,
        remote_id=rid,
        text=text,
        created_at=created,
        author=Author(remote_id=f"id-{author}", handle=f"@{author}", display_name=author.title()),
        **kw,
    )


def test_upsert_is_idempotent(db, channel_id):
    r1 = messages.upsert_messages(db, [_msg(channel_id, "1", "Mijn fiets is stuk")])
    r2 = messages.upsert_messages(db, [_msg(channel_id, "1", "Mijn fiets is stuk")])
    assert (r1.inserted, r1.updated) == (1, 0)
    assert (r2.inserted, r2.updated) == (0, 1)
    assert r1.ids == r2.ids
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM authors").fetchone()[0] == 1


def test_refetch_keeps_the_users_state_and_updates_content(db, channel_id):
    (mid,) = messages.upsert_messages(db, [_msg(channel_id, "1", "eerste versie")]).ids
    messages.set_state(db, [mid], MessageState.DONE)
    messages.upsert_messages(db, [_msg(channel_id, "1", "bewerkte versie")])
    m = messages.get_message(db, mid)
    assert m.state == MessageState.DONE
    assert m.text == "bewerkte versie"


def _search_ids(db, q):
    return set(messages.message_ids(db, MessageFilter(search=q)))


def test_fts_follows_insert_update_delete_and_author_rename(db, channel_id):
    (mid,) = messages.upsert_messages(db, [_msg(channel_id, "1", "ketting eraf gevallen")]).ids
    assert _search_ids(db, "ketting") == {mid}
    messages.upsert_messages(db, [_msg(channel_id, "1", "band lek")])
    assert _search_ids(db, "ketting") == set()
    assert _search_ids(db, "band") == {mid}
    assert _search_ids(db, "Anna") == {mid}  # author names are searchable
    messages.upsert_messages(db, [_msg(channel_id, "2", "x", author="anna")])
    db.execute("UPDATE authors SET display_name = 'Annemarie' WHERE remote_id = 'id-anna'")
    assert mid in _search_ids(db, "Annemarie")
    messages.delete_message(db, mid)
    assert _search_ids(db, "band") == set()


def test_search_ignores_accents_and_matches_prefixes(db, channel_id):
    (mid,) = messages.upsert_messages(
        db, [_msg(channel_id, "1", "Geweldige service, één dag!")]
    ).ids
    assert _search_ids(db, "een") == {mid}
    assert _search_ids(db, "gewel") == {mid}


@pytest.mark.parametrize(
    ("hostile", "found"),
    [
        # the words in it are words of the stored message: it is found
        ('fiets"', 1),
        ("AND", 1),
        ("OR OR", 1),
        ("NOT", 1),
        ("fiets*", 1),
        ("((fiets", 1),
        ("fiets)", 1),
        ("fiets AND", 1),
        ("fiets AND band", 1),
        ("-fiets", 1),
        ("^fiets", 1),
        ("band + fiets", 1),
        ("mijn:band", 1),
        # a word it does not hold: not found (operators are words, not syntax)
        ("a:b", 0),
        ("NEAR(", 0),
        ("' OR 1=1 --", 0),
        ("auto AND", 0),
        ("fiets NOT auto", 0),
        # no word at all: nothing to look for
        ('"', 0),
        ("'", 0),
        ("*", 0),
        ("(", 0),
        (")", 0),
        ("^", 0),
        ("-", 0),
        ("\\", 0),
        ("%", 0),
        ("\x00", 0),
        ("   ", 0),
        ("🚲", 0),
        ("{}[]", 0),
    ],
)
def test_hostile_search_strings_are_searches_not_errors(db, channel_id, hostile, found):
    """Any typed text is a search, never an error, and it finds the stored message exactly
    when the words it holds are the message's words."""
    (mid,) = messages.upsert_messages(db, [_msg(channel_id, "1", "mijn fiets AND band OR NOT")]).ids
    messages.upsert_messages(db, [_msg(channel_id, "2", "iets totaal nieuws")])
    f = MessageFilter(search=hostile)
    assert messages.count_messages(db, f) == found
    listed = [m.id for m in messages.list_messages(db, f)]
    assert listed == ([mid] if found else [])


def test_operators_are_searched_as_words(db, channel_id):
    messages.upsert_messages(
        db, [_msg(channel_id, "1", "rock and roll"), _msg(channel_id, "2", "rock")]
    )
    assert messages.count_messages(db, MessageFilter(search="rock AND")) == 1
    assert fts_query('a"b') == '"a" "b"*'


def test_keyset_pages_cover_everything_once(db, channel_id):
    msgs = [
        _msg(
            channel_id,
            str(i),
            f"bericht {i}",
            created=1_700_000_000 + (i % 37),
            priority=[Priority.NORMAL, Priority.QUESTION, Priority.COMPLAINT][i % 3],
        )
        for i in range(250)
    ]
    messages.upsert_messages(db, msgs)
    for order in ("priority", "newest", "oldest"):
        f = MessageFilter(order=order)
        seen, after = [], None
        while True:
            page = messages.list_messages(db, f, limit=40, after=after)
            if not page:
                break
            seen.extend(m.id for m in page)
            after = page[-1]
        assert seen == messages.message_ids(db, f)
        assert len(set(seen)) == 250


def test_priority_order_puts_complaints_first(db, channel_id):
    messages.upsert_messages(
        db,
        [
            _msg(channel_id, "a", "praise", priority=Priority.NORMAL, created=3),
            _msg(channel_id, "b", "complaint", priority=Priority.COMPLAINT, created=1),
            _msg(channel_id, "c", "question", priority=Priority.QUESTION, created=2),
        ],
    )
    texts = [m.text for m in messages.list_messages(db, MessageFilter())]
    assert texts == ["complaint", "question", "praise"]


def test_filters_state_channel_sentiment_lang(db, channel_id):
    from cmstation.core.models import Channel, ChannelKind, Sentiment
    from cmstation.storage import channels

    other = channels.add_channel(
        db, Channel(kind=ChannelKind.FEED, name="blog", url="https://x/feed")
    )
    messages.upsert_messages(
        db,
        [
            _msg(
                channel_id,
                "1",
                "a",
                state=MessageState.NEEDS_REPLY,
                sentiment=Sentiment.NEGATIVE,
                lang="nl",
            ),
            _msg(channel_id, "2", "b", state=MessageState.DONE, lang="en"),
            _msg(other, "3", "c", state=MessageState.NEEDS_REPLY, lang="en"),
        ],
    )

    def texts(**kw):
        return sorted(m.text for m in messages.list_messages(db, MessageFilter(**kw)))

    assert texts(states=(MessageState.NEEDS_REPLY,)) == ["a", "c"]
    assert texts(channel_id=other) == ["c"]
    assert texts(sentiment=Sentiment.NEGATIVE) == ["a"]
    assert texts(lang="en") == ["b", "c"]


def test_thread_links_parents_and_replies(db, channel_id):
    messages.upsert_messages(
        db,
        [
            _msg(channel_id, "root", "vraag", created=1),
            _msg(
                channel_id,
                "r1",
                "antwoord",
                created=2,
                in_reply_to_id="root",
                thread_root_id="root",
            ),
            _msg(channel_id, "r2", "dank", created=3, in_reply_to_id="r1", thread_root_id="root"),
            _msg(channel_id, "other", "los", created=4),
        ],
    )
    mid = messages.find_by_remote_id(db, channel_id, "r1").id
    assert [m.remote_id for m in messages.thread(db, mid)] == ["root", "r1", "r2"]


def test_state_change_and_undo(db, channel_id):
    ids = messages.upsert_messages(
        db, [_msg(channel_id, "1", "a", state=MessageState.NEEDS_REPLY)]
    ).ids
    prev = messages.set_state(db, ids, MessageState.DONE)
    assert messages.get_message(db, ids[0]).state == MessageState.DONE
    messages.restore_states(db, prev)
    assert messages.get_message(db, ids[0]).state == MessageState.NEEDS_REPLY
    kinds = [r[0] for r in db.execute("SELECT kind FROM events ORDER BY id")]
    assert kinds == ["state_changed", "state_restored"]


def test_nav_counts(db, channel_id):
    messages.upsert_messages(
        db,
        [
            _msg(channel_id, "1", "a", state=MessageState.NEEDS_REPLY),
            _msg(channel_id, "2", "b", state=MessageState.NEEDS_REPLY, read=True),
            _msg(channel_id, "3", "c", state=MessageState.DONE),
        ],
    )
    c = messages.nav_counts(db)
    assert c.needs_reply == 2
    assert c.unread == 1
    assert c.by_channel[channel_id] == (2, 1)
