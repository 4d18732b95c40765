from __future__ import annotations

import threading

from listening_fakes import T0, ListAdapter, msg

from cmstation.channels.base import NeedsLogin
from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening import scheduler
from cmstation.listening.scheduler import ListenService, due_channels, is_due
from cmstation.storage import channels
from cmstation.storage.sweeps import ScheduleRow


def row(**kw):
    base = dict(
        channel_id=1,
        kind="mastodon",
        enabled=True,
        sweep_minutes=15,
        status="ok",
        retry_at=None,
        last_sweep_at=T0,
    )
    base.update(kw)
    return ScheduleRow(**base)


def test_is_due_from_stored_state():
    assert is_due(row(last_sweep_at=None), T0)
    assert not is_due(row(), T0 + 14 * 60)
    assert is_due(row(), T0 + 15 * 60)
    assert not is_due(row(enabled=False), T0 + 3600)
    assert not is_due(row(kind="manual", last_sweep_at=None), T0)
    # intervals are clamped to 5..240 minutes
    assert is_due(row(sweep_minutes=1), T0 + 5 * 60) and not is_due(row(sweep_minutes=1), T0 + 299)
    assert not is_due(row(sweep_minutes=10_000), T0 + 239 * 60)
    assert is_due(row(sweep_minutes=10_000), T0 + 240 * 60)
    # never before retry_at; once it has passed after a rate limit, at once
    assert not is_due(row(status="rate_limited", retry_at=T0 + 3600), T0 + 3599)
    assert is_due(row(status="rate_limited", retry_at=T0 + 600), T0 + 600)
    assert is_due(row(status="offline", retry_at=T0 + 120), T0 + 120)


def test_a_channel_that_needs_a_login_is_not_due_until_the_user_logs_in_again():
    gone = row(status="needs_login", retry_at=None)
    assert not is_due(gone, T0 + 15 * 60)
    assert not is_due(gone, T0 + 30 * 86400)  # however long it waits
    assert not is_due(row(status="needs_login", last_sweep_at=None), T0)
    # a fresh login sets the status back to ok with retry_at at the login: due at once,
    # although the interval since the last (refused) sweep has not passed
    relogged = row(status="ok", retry_at=T0 + 60)
    assert not is_due(relogged, T0 + 59)
    assert is_due(relogged, T0 + 60)
    assert not is_due(row(status="ok"), T0 + 60)  # without it: the interval rules


def _service(tmp_path, db, adapters, clock):
    def build(_db, channel):
        return adapters[channel.id]

    return ListenService(tmp_path / "ws" / "workspace.sqlite3", build, clock=clock)


def test_after_a_sleep_of_eight_hours_each_channel_sweeps_exactly_once(db, tmp_path):
    clock = FixedClock(T0)
    ids = [
        channels.add_channel(
            db, Channel(kind=ChannelKind.MASTODON, name=f"c{i}", url="https://m.example")
        )
        for i in range(2)
    ]
    manual = channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="hand"))
    adapters = {i: ListAdapter([msg(i, "1", "hallo")]) for i in ids}
    svc = _service(tmp_path, db, adapters, clock)
    first = svc.tick()
    assert sorted(s.channel_id for s in first) == ids and manual not in due_channels(db, T0)
    assert svc.tick() == []  # nothing due a moment later
    clock.advance(8 * 3600)  # the laptop slept; every missed tick fires late
    swept = [s for _ in range(8 * 60) for s in svc.tick()]  # one tick per missed minute
    assert sorted(s.channel_id for s in swept) == ids
    assert all(len(a.calls) == 2 for a in adapters.values())
    clock.advance(15 * 60)
    assert sorted(s.channel_id for s in svc.tick()) == ids


def test_a_missing_login_is_recorded_and_not_polled_until_the_user_logs_in(
    db, channel_id, tmp_path
):
    clock = FixedClock(T0)
    built: list[int] = []

    def build(_db, channel):
        built.append(channel.id)
        raise NeedsLogin("no token in the keyring")

    svc = ListenService(tmp_path / "ws" / "workspace.sqlite3", build, clock=clock)
    [s] = svc.tick()
    assert s.status == "needs_login"
    for _ in range(3):
        clock.advance(15 * 60)
        assert svc.tick() == []  # the network would only refuse again
    clock.advance(24 * 3600)
    assert svc.tick() == [] and built == [channel_id]
    assert due_channels(db, clock.now()) == []


def test_concurrent_ticks_run_one_sweep_per_channel(db, channel_id, tmp_path):
    clock = FixedClock(T0)
    a = ListAdapter([msg(channel_id, "1", "hallo")], delay=10)
    a.gate.clear()
    svc = _service(tmp_path, db, {channel_id: a}, clock)
    out = []
    threads = [threading.Thread(target=lambda: out.extend(svc.tick())) for _ in range(2)]
    threads[0].start()
    for _ in range(500):
        if a.calls:
            break
        threading.Event().wait(0.01)
    threads[1].start()
    threads[1].join(10)
    a.gate.set()
    threads[0].join(10)
    assert sorted(s.status for s in out) == ["busy", "ok"]
    assert len(a.calls) == 1


def test_the_background_scheduler_keeps_one_job_per_channel(db, channel_id, tmp_path):
    clock = FixedClock(T0)
    a = ListAdapter([msg(channel_id, "1", "hallo")])
    others = ListAdapter()
    done = threading.Event()

    def build(_db, ch):
        return a if ch.id == channel_id else others

    svc = ListenService(
        tmp_path / "ws" / "workspace.sqlite3",
        build,
        clock=clock,
        jitter_seconds=0,
        on_summary=lambda s: done.set(),
    )
    svc.start()
    try:
        assert done.wait(10), "the first sweep did not run"
        assert svc.job_ids == ["reconcile", f"sweep-{channel_id}"]
        second = channels.add_channel(
            db, Channel(kind=ChannelKind.FEED, name="blog", url="https://blog.example/feed")
        )
        channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="hand"))
        svc.reconcile()
        assert svc.job_ids == ["reconcile", f"sweep-{channel_id}", f"sweep-{second}"]
        channels.remove_channel(db, second)
        svc.reconcile()
        assert svc.job_ids == ["reconcile", f"sweep-{channel_id}"]
        channels.update_channel(db, channel_id, enabled=0)  # paused: no job
        svc.reconcile()
        assert svc.job_ids == ["reconcile"]
        channels.update_channel(db, channel_id, enabled=1)  # resumed: the job is back
        svc.reconcile()
        assert svc.job_ids == ["reconcile", f"sweep-{channel_id}"]
    finally:
        svc.shutdown()
    assert svc.job_ids == []
    assert len(a.calls) == 1


def test_interval_bounds():
    assert scheduler.interval_seconds(None) == 15 * 60
    assert scheduler.interval_seconds(2) == 5 * 60
    assert scheduler.interval_seconds(60) == 3600
    assert scheduler.interval_seconds(1000) == 240 * 60
