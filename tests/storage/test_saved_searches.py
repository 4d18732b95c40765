from cmstation.storage import saved_searches


def test_saved_searches_round_trip(db, channel_id):
    a = saved_searches.add_saved_search(db, "Fietsenmaker", "fietsenmaker", now=1)
    b = saved_searches.add_saved_search(
        db, "#bakfiets", "#bakfiets", channel_id=channel_id, lang="nl", listen=False, now=2
    )
    found = saved_searches.list_saved_searches(db)
    assert [s.id for s in found] == [b, a]  # ordered by name
    assert found[0].channel_id == channel_id and found[0].lang == "nl" and not found[0].listen
    saved_searches.remove_saved_search(db, a)
    assert [s.id for s in saved_searches.list_saved_searches(db)] == [b]


def test_update_saved_search_changes_it_and_resets_the_cursor_when_listening_terms_change(
    db, channel_id
):
    sid = saved_searches.add_saved_search(db, "Bakfiets", "#bakfiets", channel_id=channel_id, now=1)
    saved_searches.save_search_cursor(db, sid, {"since_id": "42"})

    renamed = saved_searches.update_saved_search(
        db, sid, name="Cargo bikes", query="#bakfiets", channel_id=channel_id
    )
    assert renamed is not None and renamed.name == "Cargo bikes"
    assert saved_searches.search_cursor(db, sid) == {"since_id": "42"}  # a name is no term

    changed = saved_searches.update_saved_search(
        db,
        sid,
        name="Cargo bikes",
        query="bakfiets",
        channel_id=channel_id,
        exclude_words="te koop",
        lang="nl",
    )
    assert changed == saved_searches.SavedSearch(
        sid, "Cargo bikes", "bakfiets", channel_id, "te koop", "nl", True
    )
    assert saved_searches.search_cursor(db, sid) == {}
    assert saved_searches.list_saved_searches(db) == [changed]


def test_update_saved_search_stop_listening_resets_the_cursor(db, channel_id):
    sid = saved_searches.add_saved_search(db, "q", "q", channel_id=channel_id, now=1)
    saved_searches.save_search_cursor(db, sid, {"cursor": "abc"})
    stopped = saved_searches.update_saved_search(db, sid, name="q", query="q", listen=False)
    assert stopped is not None and stopped.channel_id is None and not stopped.listen
    assert saved_searches.search_cursor(db, sid) == {}
    assert saved_searches.listened_searches(db, channel_id) == []


def test_update_saved_search_missing_is_none(db):
    assert saved_searches.update_saved_search(db, 999, name="x", query="x") is None
