"""When "tomorrow", "next-week", a date or a time means, in a given zone and working hours."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cmstation.core.snooze import BadTime, resolve_until

AMS = ZoneInfo("Europe/Amsterdam")


def _ts(*args):
    return datetime(*args, tzinfo=AMS).timestamp()


def _local(ts):
    return datetime.fromtimestamp(ts, AMS).strftime("%a %Y-%m-%d %H:%M")


FRIDAY_EVENING = _ts(2026, 12, 4, 20, 30)  # a Friday
WEEKDAYS = {"days": [1, 2, 3, 4, 5], "start": "08:30", "end": "17:00"}


def test_tomorrow_is_the_next_working_morning():
    assert _local(resolve_until("tomorrow", now=FRIDAY_EVENING, tz=AMS)) == "Sat 2026-12-05 09:00"
    got = resolve_until("tomorrow", now=FRIDAY_EVENING, working_hours=WEEKDAYS, tz=AMS)
    assert _local(got) == "Mon 2026-12-07 08:30"


def test_next_week_is_monday_or_the_first_working_day():
    assert _local(resolve_until("next-week", now=FRIDAY_EVENING, tz=AMS)) == "Mon 2026-12-07 09:00"
    hours = {"days": [2, 3, 4], "start": "10:00"}
    got = resolve_until("next-week", now=FRIDAY_EVENING, working_hours=hours, tz=AMS)
    assert _local(got) == "Tue 2026-12-08 10:00"


def test_dates_times_and_spans():
    assert _local(resolve_until("2026-12-24", now=FRIDAY_EVENING, tz=AMS)) == "Thu 2026-12-24 09:00"
    got = resolve_until("2026-12-24T14:15", now=FRIDAY_EVENING, tz=AMS)
    assert _local(got) == "Thu 2026-12-24 14:15"
    assert resolve_until("2026-12-24T13:15:00Z", now=0, tz=AMS) == int(got)
    assert resolve_until("3h", now=FRIDAY_EVENING) == int(FRIDAY_EVENING) + 3 * 3600
    assert resolve_until("+2d", now=FRIDAY_EVENING) == int(FRIDAY_EVENING) + 2 * 86400


def test_daylight_saving_is_followed():
    saturday = _ts(2027, 3, 27, 12, 0)  # the clocks go forward that night
    got = resolve_until("tomorrow", now=saturday, tz=AMS)
    assert _local(got) == "Sun 2027-03-28 09:00"
    assert got - saturday == 20 * 3600  # one hour less than 21


@pytest.mark.parametrize("bad", ["", "soon", "2026-13-01", "tomorow"])
def test_anything_else_is_refused(bad):
    with pytest.raises(BadTime):
        resolve_until(bad, now=FRIDAY_EVENING, tz=AMS)
