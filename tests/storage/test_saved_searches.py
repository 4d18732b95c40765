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
