"""Labels: unique names without regard to case, several per message, ``label:`` in search,
bulk labelling with undo."""

import pytest

from cmstation.core.models import Author, Message, MessageFilter
from cmstation.storage import change_sets, labels, messages, saved_searches
from cmstation.storage.labels import LabelError
from cmstation.storage.search_syntax import fts_query, label_term, parse_search


def _store(db, channel_id, texts):
    msgs = [
        Message(
            channel_id=channel_id,
            remote_id=str(i),
            text=t,
            created_at=1_700_000_000 + i,
            author=Author(remote_id="a", handle="@anna"),
        )
        for i, t in enumerate(texts)
    ]
    return list(messages.upsert_messages(db, msgs).ids)


def test_names_are_unique_without_regard_to_case(db):
    labels.add_label(db, "Refund", "#ff0000")
    with pytest.raises(LabelError):
        labels.add_label(db, "refund")
    with pytest.raises(LabelError):
        labels.add_label(db, "   ")
    assert [(lb.name, lb.colour) for lb in labels.list_labels(db)] == [("Refund", "#ff0000")]
    assert labels.find_label(db, "REFUND").name == "Refund"


def test_a_message_carries_several_and_loses_them_with_the_label(db, channel_id):
    a, b = _store(db, channel_id, ["geld terug", "kapotte band"])
    labels.add_label(db, "refund")
    labels.add_label(db, "urgent")
    labels.label_messages(db, [a, b], "refund")
    labels.label_messages(db, [a], "urgent")
    assert [lb.name for lb in labels.labels_of(db, a)] == ["refund", "urgent"]
    assert {lb.name: lb.count for lb in labels.list_labels(db)} == {"refund": 2, "urgent": 1}
    assert labels.remove_label(db, "refund") == 2
    assert [lb.name for lb in labels.labels_of(db, b)] == []


def test_label_search_alone_and_with_words(db, channel_id):
    a, b, c = _store(db, channel_id, ["geld terug graag", "band lek", "geld op"])
    labels.add_label(db, "geld terug")
    labels.add_label(db, "band")
    labels.label_messages(db, [a, b], "geld terug")
    labels.label_messages(db, [b], "band")

    def ids(q):
        return set(messages.message_ids(db, MessageFilter(search=q)))

    assert ids('label:"geld terug"') == {a, b}
    assert ids('label:"GELD TERUG" geld') == {a}
    assert ids('label:"geld terug" label:band') == {b}
    assert ids("label:nothing") == set()
    assert ids("geld") == {a, c}
    page = messages.list_messages(db, MessageFilter(search="label:band"))
    assert [m.id for m in page] == [b]
    assert messages.count_messages(db, MessageFilter(search='label:"geld terug" lek')) == 1


def test_label_terms_are_filters_not_words_and_escaped():
    assert parse_search('refund label:"a ""b""" label:x zin').labels == ('a "b"', "x")
    assert parse_search('refund label:"a ""b""" label:x zin').text == "refund zin"
    assert fts_query("label:refund") == ""
    assert fts_query("label:refund fiets") == '"fiets"*'
    assert parse_search(label_term('a "b" c')).labels == ('a "b" c',)
    assert label_term("refund") == "label:refund"
    assert parse_search("mylabel:x").labels == ()  # only a whole term


def test_a_saved_search_can_hold_a_label(db, channel_id):
    a, _b = _store(db, channel_id, ["geld terug", "band lek"])
    labels.add_label(db, "refund")
    labels.label_messages(db, [a], "refund")
    sid = saved_searches.add_saved_search(db, "Refunds", "label:refund", listen=False)
    (saved,) = [s for s in saved_searches.list_saved_searches(db) if s.id == sid]
    assert messages.message_ids(db, MessageFilter(search=saved.query)) == [a]


def test_bulk_labelling_in_batches_is_undone_as_a_whole(db, channel_id):
    ids = _store(db, channel_id, [f"bericht {i}" for i in range(1200)])
    labels.add_label(db, "wave")
    labels.label_messages(db, ids[:10], "wave")
    seen = []
    result = labels.label_messages(
        db, ids, "wave", batch=500, on_progress=lambda d, t: seen.append((d, t))
    )
    assert (result.changed, result.matched) == (1190, 1200)
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert len(labels.message_ids_with(db, "wave")) == 1200
    undone = change_sets.undo(db, result.token)
    assert (undone.restored, undone.skipped) == (1190, 0)
    assert labels.message_ids_with(db, "wave") == ids[:10]  # those it did not add stay
    assert change_sets.undo(db, result.token).already_undone


def test_creating_a_missing_label_on_the_fly(db, channel_id):
    (a,) = _store(db, channel_id, ["x"])
    with pytest.raises(LabelError):
        labels.label_messages(db, [a], "nieuw")
    labels.label_messages(db, [a], "nieuw", create=True)
    assert [lb.name for lb in labels.labels_of(db, a)] == ["nieuw"]
