from cmstation.core.profile import Profile
from cmstation.storage.profile import load_profile, peek_profile, save_profile


def test_empty_workspace_has_an_empty_profile(db):
    assert load_profile(db) == Profile()


def test_profile_round_trips(db, tmp_path):
    p = Profile(
        display_name="Eva de Vries",
        role="webcare",
        signoff="^Eva",
        register="u",
        working_hours={"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"},
        response_target_hours=4,
        brand_words=["Fietsplaats"],
        banned_phrases=["geen zorgen"],
        signoff_per_channel={"bluesky": "– Eva"},
    )
    save_profile(db, p)
    assert load_profile(db) == p
    p.signoff = "^EvdV"
    save_profile(db, p)
    assert load_profile(db).signoff == "^EvdV"
    assert peek_profile(tmp_path / "ws" / "workspace.sqlite3") == p


def test_peek_never_fails(tmp_path):
    assert peek_profile(tmp_path / "missing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    assert peek_profile(junk) is None
