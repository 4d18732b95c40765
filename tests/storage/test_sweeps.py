from cmstation.core.i18n import Text
from cmstation.storage import sweeps


def test_claim_is_exclusive_and_a_stale_one_is_abandoned(db, channel_id):
    first = sweeps.try_begin(db, channel_id, now=1000)
    assert first is not None
    assert sweeps.try_begin(db, channel_id, now=1010) is None
    # a crashed sweep's claim expires
    later = sweeps.try_begin(db, channel_id, now=1000 + sweeps.STALE_AFTER + 1)
    assert later is not None and later != first
    log = {e.id: e.status for e in sweeps.recent_sweeps(db, channel_id)}
    assert log == {first: "abandoned", later: "running"}
    sweeps.finish(db, later, status="offline", finished_at=2000, requests=1)
    assert sweeps.try_begin(db, channel_id, now=2001) is not None


def test_consecutive_statuses(db, channel_id):
    for i, st in enumerate(["ok", "offline", "offline", "offline"]):
        sid = sweeps.try_begin(db, channel_id, now=i * 10)
        sweeps.finish(db, sid, status=st, finished_at=i * 10 + 1)
    assert sweeps.consecutive(db, channel_id, "offline") == 3
    assert sweeps.consecutive(db, channel_id, "ok") == 0


def test_status_detail_round_trips_as_translatable_text(db, channel_id):
    text = Text("ChannelStatus", "Next try at {time}.", {"time": "14:05"})
    sweeps.set_status(db, channel_id, "offline", text, at=5, retry_at=125, last_sweep_at=4)
    st = sweeps.channel_status(db, channel_id)
    assert (st.status, st.retry_at, st.last_sweep_at, st.status_at) == ("offline", 125, 4, 5)
    assert st.detail == text and str(st.detail) == "Next try at 14:05."
    db.execute("UPDATE channels SET status_detail = 'plain words' WHERE id = ?", (channel_id,))
    assert str(sweeps.channel_status(db, channel_id).detail) == "plain words"
    [row] = sweeps.schedule_rows(db)
    assert row.channel_id == channel_id and row.status == "offline" and row.retry_at == 125


def test_last_notes_come_from_the_latest_finished_sweep_and_survive_bad_rows(db, channel_id):
    import json

    cid = channel_id
    note = Text("channels", "{count} item(s) were left out because they were malformed.")
    older = sweeps.try_begin(db, cid, now=100)
    sweeps.finish(
        db,
        older,
        status="ok",
        finished_at=101,
        detail=json.dumps({"notes": [{**note.to_dict(), "params": {"count": 2}}]}),
    )
    assert [n.params for n in sweeps.last_notes(db, cid)] == [{"count": 2}]

    newer = sweeps.try_begin(db, cid, now=200)
    assert [n.params for n in sweeps.last_notes(db, cid)] == [{"count": 2}]  # still running
    sweeps.finish(
        db, newer, status="ok", finished_at=201, detail=json.dumps({"notes": ["plain", "plain"]})
    )
    assert sweeps.last_notes(db, cid) == (Text("channels", "plain"),)  # older rows: plain text
    assert sweeps.channel_status(db, cid).notes == (Text("channels", "plain"),)

    broken = sweeps.try_begin(db, cid, now=300)
    sweeps.finish(db, broken, status="ok", finished_at=301, detail="{not json")
    assert sweeps.last_notes(db, cid) == ()
    quiet = sweeps.try_begin(db, cid, now=400)
    sweeps.finish(db, quiet, status="ok", finished_at=401)
    assert sweeps.last_notes(db, cid) == ()
