"""The client report: every figure of issue 12 for one period and channel (or all), as
frozen data for the Insights view, the PDF, ``cmstation report`` and the exports.

``build_report(db, period, channel_id=None, *, now, profile)`` is the one entry point; the
view and ``cmstation report --json`` show exactly what it returns. ``period`` is a spec
("7d", "30d", "90d", "FROM..TO") or a Period; days and weeks are in the profile's time zone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cmstation.core.i18n import Text
from cmstation.core.profile import Profile
from cmstation.core.timezones import profile_zone_name
from cmstation.insights.ambassadors import Ambassadors, ambassadors
from cmstation.insights.mastery import target_hours_for
from cmstation.insights.mastery_trend import MasteryTrend, mastery_trend, needed_span
from cmstation.insights.maturity import Maturity, maturity
from cmstation.insights.periods import Period, parse_period
from cmstation.insights.pyramid import Pyramid, pyramid
from cmstation.insights.reach import Reach, reach
from cmstation.insights.responsiveness import Responsiveness, responsiveness
from cmstation.insights.tables import Render, Series, Table, english
from cmstation.insights.volume import Volume, volume
from cmstation.insights.workhours import working_hours_of
from cmstation.storage import channels as channel_store
from cmstation.storage import insights_report as store
from cmstation.storage import saved_searches

REPORT_VERSION = 1
#: the parts build_report reports progress for
STEPS = 8


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    previous: Period
    channel_id: int | None  # None: every channel
    channels: tuple[tuple[int, str], ...]  # the channels reported on: (id, name)
    generated_at: int
    brand: str  # the profile's face: display name and role
    signoff: str
    photo_path: str
    responsiveness: Responsiveness
    volume: Volume
    reach: Reach
    pyramid: Pyramid
    ambassadors: Ambassadors
    mastery: MasteryTrend
    maturity: Maturity

    def tables(self) -> list[Table]:
        """Every table, in the order a report shows them (names are unique file stems)."""
        return [
            *self.responsiveness.tables(),
            *self.volume.tables(),
            *self.reach.tables(),
            *self.pyramid.tables(),
            *self.ambassadors.tables(),
            *self.mastery.tables(),
            *self.maturity.tables(),
        ]

    def table(self, name: str) -> Table:
        return next(t for t in self.tables() if t.name == name)

    def series(self) -> dict[str, list[Series]]:
        """Chart series by chart: volume_by_channel, volume_by_sentiment, reach_weeks."""
        return {
            "volume_by_channel": self.volume.channel_series(),
            "volume_by_sentiment": self.volume.sentiment_series(),
            "reach_weeks": self.reach.series(),
        }

    def as_dict(self, render: Render = english) -> dict:
        return {
            "report_version": REPORT_VERSION,
            "period": self.period.as_dict(),
            "previous_period": self.previous.as_dict(),
            "channel_id": self.channel_id,
            "channels": [{"id": c, "name": n} for c, n in self.channels],
            "generated_at": self.generated_at,
            "brand": self.brand,
            "signoff": self.signoff,
            "responsiveness": self.responsiveness.as_dict(render),
            "volume": self.volume.as_dict(render),
            "reach": self.reach.as_dict(render),
            "pyramid": self.pyramid.as_dict(render),
            "ambassadors": self.ambassadors.as_dict(render),
            "mastery": self.mastery.as_dict(render),
            "maturity": self.maturity.as_dict(render),
            "tables": [t.as_dict(render) for t in self.tables()],
        }


def build_report(
    db,
    period: str | Period | None,
    channel_id: int | None = None,
    *,
    now: float,
    profile: Profile,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """All figures for ``period`` on ``channel_id`` (None: every channel). Reads only; a
    few dozen queries over covering index ranges (call it off the GUI thread).
    ``progress(done, STEPS)`` is called as each part is ready."""
    done = iter(range(1, STEPS + 1))

    def step() -> None:
        if progress is not None:
            progress(next(done), STEPS)

    now_i = int(now)
    zone = profile_zone_name(profile)
    p = period if isinstance(period, Period) else parse_period(period, now=now_i, zone=zone)
    prev = p.previous()
    listed = channel_store.list_channels(db)
    all_ids = [c.id for c in listed]
    chosen = [c for c in listed if channel_id is None or c.id == channel_id]
    ids = None if channel_id is None else (channel_id,)
    wh = working_hours_of(profile.working_hours)
    target = target_hours_for(db)
    # The needed-reply rows of the period and of the trend's windows, read once.
    span = needed_span(p, now_i)
    lo, hi = (p.start, p.end) if span is None else (min(p.start, span[0]), max(p.end, span[1] + 1))
    needed = store.response_rows(db, ids, lo, hi)
    resp = responsiveness(
        db, p, ids, now=now_i, target_hours=target, working_hours=wh, needed=needed
    )
    step()
    people = store.people(db, ids, p.start, p.end)
    step()
    pyr = pyramid(people, store.people_levels(db, ids, prev.start, prev.end))
    step()
    amb = ambassadors(
        db,
        p,
        people,
        min_positive=profile.ambassador_min_positive,
        min_answers=profile.ambassador_min_answers,
    )
    step()
    posts = store.own_posts(db, ids, p.start, p.end)
    listening = sum(
        1
        for s in saved_searches.list_saved_searches(db)
        if s.listen and (channel_id is None or s.channel_id in (None, channel_id))
    )
    brand = ", ".join(x for x in (profile.display_name.strip(), profile.role.strip()) if x)
    vol = volume(db, p, [(c.id, c.name) for c in chosen])
    step()
    rch = reach(db, p, ids)
    step()
    trend = mastery_trend(db, p, ids, all_ids, now=now_i, needed=needed)
    step()
    report = Report(
        period=p,
        previous=prev,
        channel_id=channel_id,
        channels=tuple((c.id, c.name) for c in chosen),
        generated_at=now_i,
        brand=brand,
        signoff=profile.signoff,
        photo_path=profile.photo_path,
        responsiveness=resp,
        volume=vol,
        reach=rch,
        pyramid=pyr,
        ambassadors=amb,
        mastery=trend,
        maturity=maturity(
            profile, saved_searches=listening, resp=resp, pyr=pyr, amb=amb, own_posts=posts
        ),
    )
    step()  # the maturity path, the last part
    return report


__all__ = ["Report", "Table", "Series", "Text", "build_report"]
