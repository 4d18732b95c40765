"""Every figure of the client report, exactly, on a workspace with known times
(tests/insights/report_workspace.py): Europe/Amsterdam, working hours Mon-Fri 09-17, a
complaint answered over the weekend of the DST change (Sunday 29 March 2026)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from report_workspace import AMS, NOW, PERIOD, PROFILE, at, build

from cmstation.insights.export import report_json, write_all_csv
from cmstation.insights.periods import BadPeriod, parse_period
from cmstation.insights.report import build_report
from cmstation.insights.workhours import working_hours_of, working_seconds


@pytest.fixture
def report(db, channel_id):
    ids = build(db, channel_id)
    return build_report(db, PERIOD, None, now=NOW, profile=PROFILE), ids


def test_the_period_is_in_local_days():
    p = parse_period(PERIOD, now=NOW, zone="Europe/Amsterdam")
    assert (p.start, p.end, p.days) == (at(3, 23, 0), at(4, 6, 0), 14)
    assert p.end - p.start == 14 * 86400 - 3600  # the DST change's 23-hour day
    assert [w for w, _ in p.weeks()] == ["2026-W13", "2026-W14"]
    prev = p.previous()
    assert (prev.first_day, prev.last_day, prev.start, prev.end) == (
        date(2026, 3, 9),
        date(2026, 3, 22),
        at(3, 9, 0),
        at(3, 23, 0),
    )
    seven = parse_period("7d", now=NOW, zone="Europe/Amsterdam")
    assert (seven.first_day, seven.start, seven.end) == (date(2026, 3, 31), at(3, 31, 0), NOW)
    for bad in ("8d", "2026-04-05..2026-04-01", "2026-02-30..2026-03-01", "2020-01-01..2026-01-01"):
        with pytest.raises(BadPeriod):
            parse_period(bad, now=NOW, zone="Europe/Amsterdam")


def test_working_hours_across_weekends_and_both_dst_changes():
    wh = working_hours_of(PROFILE.working_hours)
    # Friday 16:00 CET -> Monday 10:00 CEST: 65 wall-clock hours, 2 working hours
    assert (
        at(3, 30, 10) - at(3, 27, 16),
        working_seconds(at(3, 27, 16), at(3, 30, 10), wh, AMS),
    ) == (65 * 3600, 2 * 3600)
    # October: Friday 23rd 16:00 CEST -> Monday 26th 10:00 CET: 67 hours, 2 working hours
    a = int(datetime(2026, 10, 23, 16, tzinfo=AMS).timestamp())
    b = int(datetime(2026, 10, 26, 10, tzinfo=AMS).timestamp())
    assert (b - a, working_seconds(a, b, wh, AMS)) == (67 * 3600, 2 * 3600)
    # a Saturday message answered on Saturday: no working time at all
    assert working_seconds(at(3, 28, 11), at(3, 28, 15), wh, AMS) == 0
    # a night shift over the spring-forward night is an hour short
    night = working_hours_of({"days": [6], "start": "22:00", "end": "06:00"})
    assert working_seconds(at(3, 28, 20), at(3, 29, 12), night, AMS) == 7 * 3600
    assert working_hours_of({}).assumed and not wh.assumed


def test_responsiveness(report):
    r = report[0].responsiveness
    o = r.overall
    assert (o.needed, o.answered, o.handled, o.answered_share) == (5, 4, 4, 0.8)
    # wall clock 2, 65, 6, 13.5 h; working 2, 2, 6, 0.5 h
    assert (o.median_hours, o.p90_hours) == (9.75, 65.0)
    assert (o.median_working_hours, o.p90_working_hours) == (2.0, 6.0)
    assert o.meets(24) is True and r.target_hours == 24
    c = r.complaints
    assert (c.needed, c.answered, c.median_hours, c.median_working_hours) == (2, 1, 65.0, 2.0)
    assert c.meets(24) is False
    assert (r.backlog, r.oldest_waiting_hours) == (1, 216.0)
    assert (r.complaints_backlog, r.oldest_complaint_hours) == (1, 216.0)
    w13, w14 = r.weeks
    assert (
        w13.week,
        w13.all.needed,
        w13.all.answered,
        w13.all.median_hours,
        w13.all.p90_hours,
        w13.all.median_working_hours,
    ) == ("2026-W13", 3, 2, 33.5, 65.0, 2.0)
    assert (
        w14.week,
        w14.all.needed,
        w14.all.median_hours,
        w14.all.p90_hours,
        w14.all.median_working_hours,
        w14.all.p90_working_hours,
    ) == (
        "2026-W14",
        2,
        9.75,
        13.5,
        3.25,
        6.0,
    )
    assert (w13.complaints.needed, w13.complaints.answered, w14.complaints.needed) == (2, 1, 0)


def test_volume_per_local_day(report):
    v = report[0].volume
    assert v.total == 11
    by_sent = {s.name: dict(s.points) for s in v.sentiment_series()}
    assert sum(by_sent["sentiment:positive"].values()) == 5
    assert sum(by_sent["sentiment:negative"].values()) == 2
    assert sum(by_sent["sentiment:neutral"].values()) == 4
    # gijs wrote at 00:30 on Monday 30 March, local time (22:30 UTC on the 29th)
    assert by_sent["sentiment:positive"][date(2026, 3, 30)] == 1
    assert by_sent["sentiment:positive"][date(2026, 3, 29)] == 0
    assert by_sent["sentiment:negative"][date(2026, 3, 28)] == 1
    (chan,) = v.channel_series()
    assert [n for _, n in chan.points] == [0, 1, 0, 0, 1, 2, 0, 1, 1, 1, 2, 1, 1, 0]


def test_reach(report, channel_id):
    rep, ids = report
    w13, w14 = rep.reach.weeks
    assert (
        w13.positive_mentions,
        w13.positive_reach,
        w13.negative_mentions,
        w13.negative_reach,
        w13.unknown_reach,
    ) == (1, 100, 2, 50_012, 0)
    assert (
        w14.positive_mentions,
        w14.positive_reach,
        w14.negative_mentions,
        w14.negative_reach,
        w14.unknown_reach,
    ) == (4, 2200, 0, 0, 2)
    assert [(c.message_id, c.reach) for c in rep.reach.top_complaints] == [
        (ids["B"], 50_000),
        (ids["C"], 12),
    ]


def test_pyramid_levels_of_known_people(report):
    p = report[0].pyramid
    got = {
        lv.level: (lv.people, lv.actions, lv.previous_people, lv.trend, lv.members)
        for lv in p.levels
    }
    assert got == {
        "curating": (1, 2, 0, 1, ("erik",)),
        "producing": (1, 1, 0, 1, ("hanna",)),
        "commenting": (5, 9, 1, 4, ("anna", "bram", "cor", "dirk", "gijs")),
        "sharing": (1, 1, 1, 0, ("fenna",)),
        "watching": (None, None, None, None, ()),
    }
    assert str(p.level("sharing").hint) == "Make content easy to share."


def test_ambassadors(report):
    rep, ids = report
    a = rep.ambassadors
    assert [
        (x.handle, x.positive, x.answers, x.replied_by_us, x.last_message_id) for x in a.people
    ] == [("anna", 3, 0, 1, ids["F"]), ("erik", 0, 2, 0, ids["e2"])]
    assert [h.message_id for h in a.people[0].history] == [ids["A"], ids["D"], ids["F"]]
    assert a.engaged == 1


def test_thresholds_are_the_profiles(db, channel_id):
    build(db, channel_id)
    from dataclasses import replace

    strict = replace(PROFILE, ambassador_min_positive=4, ambassador_min_answers=3)
    rep = build_report(db, PERIOD, None, now=NOW, profile=strict)
    assert rep.ambassadors.people == ()


def test_mastery_and_maturity(report):
    rep = report[0]
    m = rep.mastery
    assert [(w.week, w.figures.needed_reply, w.figures.handled) for w in m.weeks] == [
        ("2026-W13", 3, 2),
        ("2026-W14", 5, 4),
    ]
    assert m.add_channel_advisable is False and m.now.handled_share == 0.8
    steps = rep.maturity.steps
    assert [s.reached for s in steps] == [True, False, True, True]
    assert rep.maturity.current == 1
    assert str(steps[1].shows) == (
        "Answered 4 of 5 that needed a reply; median first response 9.75 h (target 24 h)"
    )


def test_one_channel_only(db, channel_id):
    from cmstation.core.models import Channel, ChannelKind
    from cmstation.storage import channels

    build(db, channel_id)
    other = channels.add_channel(
        db, Channel(kind=ChannelKind.FEED, name="Blog", url="https://b.nl/f")
    )
    rep = build_report(db, PERIOD, other, now=NOW, profile=PROFILE)
    assert rep.volume.total == 0 and rep.responsiveness.overall.needed == 0
    assert rep.channels == ((other, "Blog"),)


def test_json_and_csv_hold_every_table(report, tmp_path):
    rep = report[0]
    data = json.loads(report_json(rep))
    assert data["responsiveness"]["overall"]["median_working_hours"] == 2.0
    names = [t["name"] for t in data["tables"]]
    assert names == [
        "responsiveness_weeks",
        "volume_by_channel",
        "volume_by_sentiment",
        "reach_weeks",
        "reach_top_complaints",
        "pyramid",
        "ambassadors",
        "ambassador_history",
        "mastery_weeks",
        "maturity",
    ]
    files = write_all_csv(rep, tmp_path / "csv")
    assert [f.stem for f in files] == names
    lines = (tmp_path / "csv" / "responsiveness_weeks.csv").read_text().splitlines()
    assert lines[0].startswith("week,needed_reply,answered,answered_share,median_hours")
    assert lines[1].startswith("2026-W13,3,2,0.6667,33.5,65.0,2.0,2.0,24.0,false,2,1,65.0,2.0")
