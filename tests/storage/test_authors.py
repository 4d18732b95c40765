"""Who is this: VIPs, private notes, an author's history (also on the sample workspace)."""

import pytest

from cmstation.core.authors import is_ambassador, norm_handle
from cmstation.core.models import Author, Message, MessageKind, Sentiment
from cmstation.storage import authors, labels, messages, open_workspace

T0 = 1_790_000_000


def _m(channel_id, rid, text, *, at, author="anna", sentiment=Sentiment.NEUTRAL, **kw):
    return Message(
        channel_id=channel_id,
        remote_id=rid,
        text=text,
        created_at=at,
        sentiment=sentiment,
        author=Author(
            remote_id=f"id-{author}",
            handle=f"@{author}@fiets.nl",
            display_name=author.title(),
            followers=kw.pop("followers", None),
        ),
        **kw,
    )


def test_vips_and_notes_by_handle_and_network(db):
    authors.add_vip(db, "@Anna@fiets.nl")
    authors.add_vip(db, "anna@fiets.nl")  # the same person
    authors.add_vip(db, "bob.bsky.social", "bluesky")
    assert [(v.handle, v.network) for v in authors.list_vips(db)] == [
        ("anna@fiets.nl", ""),
        ("bob.bsky.social", "bluesky"),
    ]
    assert authors.is_vip(db, "ANNA@fiets.nl", "mastodon")
    assert authors.is_vip(db, "@bob.bsky.social", "bluesky")
    assert not authors.is_vip(db, "bob.bsky.social", "mastodon")
    assert authors.remove_vip(db, "@anna@fiets.nl") and not authors.is_vip(db, "anna@fiets.nl")
    authors.set_note(db, "@anna@fiets.nl", "Vaste klant, bakfiets uit 2021")
    authors.set_note(db, "anna@fiets.nl", "Op Mastodon vooral over onderdelen", "mastodon")
    assert authors.note_of(db, "Anna@fiets.nl") == "Vaste klant, bakfiets uit 2021"
    assert authors.note_of(db, "anna@fiets.nl", "mastodon") == "Op Mastodon vooral over onderdelen"
    assert authors.note_of(db, "anna@fiets.nl", "bluesky") == "Vaste klant, bakfiets uit 2021"
    authors.set_note(db, "anna@fiets.nl", "  ")
    assert authors.note_of(db, "anna@fiets.nl") == ""


def test_an_authors_history(db, channel_id):
    month = 31 * 86400
    ids = messages.upsert_messages(
        db,
        [
            _m(channel_id, "1", "Mijn band is lek", at=T0, sentiment=Sentiment.NEGATIVE),
            _m(
                channel_id,
                "2",
                "Top geholpen!",
                at=T0 + month,
                sentiment=Sentiment.POSITIVE,
                followers=120,
            ),
            _m(channel_id, "3", "Nog een vraag", at=T0 + month + 60),
            _m(channel_id, "9", "Iemand anders", at=T0, author="bob"),
            Message(
                channel_id=channel_id,
                remote_id="r1",
                text="Wat vervelend! ^Eva",
                created_at=T0 + 600,
                kind=MessageKind.OWN_REPLY,
                is_own=True,
                in_reply_to_id="1",
            ),
        ],
    ).ids
    labels.label_messages(db, ids[:2], "fietsband", create=True)
    authors.add_vip(db, "anna@fiets.nl")
    authors.set_note(db, "anna@fiets.nl", "Vaste klant")
    p = authors.author_profile(db, "@anna@fiets.nl")
    assert (p.display_name, p.networks, p.followers, p.vip, p.note) == (
        "Anna",
        ("mastodon",),
        120,
        True,
        "Vaste klant",
    )
    assert (p.message_count, p.first_seen, p.last_seen) == (3, T0, T0 + month + 60)
    assert [m.id for m in p.messages] == [ids[2], ids[1], ids[0]]
    assert [(r.id, r.in_reply_to_message_id) for r in p.replies] == [(ids[4], ids[0])]
    assert p.labels == {"fietsband": 2}
    assert [(s.positive, s.neutral, s.negative) for s in p.sentiment] == [(0, 0, 1), (1, 1, 0)]
    assert not p.ambassador
    assert authors.author_profile(db, "anna@fiets.nl", "bluesky") is None
    assert authors.author_profile(db, "nobody") is None
    assert authors.author_of_message(db, ids[3]).message_count == 1
    # a later sweep without a follower count keeps the one known
    messages.upsert_messages(db, [_m(channel_id, "4", "x", at=T0 + 2 * month)])
    assert authors.author_profile(db, "anna@fiets.nl").followers == 120


def test_ambassadors_speak_well_of_the_brand_more_than_once():
    assert is_ambassador(3, 0, 0) and is_ambassador(6, 4, 1)
    assert not is_ambassador(2, 9, 0)
    assert is_ambassador(2, 5, 0, min_positive=2)  # the profile's threshold
    assert norm_handle("  @Anna@Fiets.NL ") == "anna@fiets.nl"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from cmstation.sample import build_sample_workspace

    path = tmp_path_factory.mktemp("sample") / "workspace.sqlite3"
    build_sample_workspace(path, seed=7, now=1_795_000_000)
    db = open_workspace(path)
    yield db
    db.conn.close()


def test_the_author_panel_on_the_sample_workspace(sample):
    (mid, handle), *_ = sample.execute(
        "SELECT m.author_id, a.handle FROM messages m JOIN authors a ON a.id = m.author_id"
        " WHERE m.is_own = 0 GROUP BY m.author_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchall()
    p = authors.author_profile(sample, handle)
    assert p is not None and p.message_count >= 2
    assert len(p.messages) == min(p.message_count, 50)
    assert sum(s.positive + s.neutral + s.negative for s in p.sentiment) == p.message_count
    with_replies = sample.execute(
        "SELECT a.handle FROM messages r JOIN messages m ON m.channel_id = r.channel_id"
        " AND m.remote_id = r.in_reply_to_id JOIN authors a ON a.id = m.author_id"
        " WHERE r.is_own = 1 AND m.is_own = 0 LIMIT 1"
    ).fetchone()
    assert with_replies is not None
    assert authors.author_profile(sample, with_replies[0]).replies


def test_an_empty_handle_is_refused(db):
    with pytest.raises(ValueError, match="handle"):
        authors.add_vip(db, " @ ")
