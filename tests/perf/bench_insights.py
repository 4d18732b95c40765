#!/usr/bin/env python3
"""Insights benchmark (issue 12): the time of each figure of the client report, and of the
whole report, at 100,000 and 1,000,000 messages. Figures, not assertions; not collected.

    tests/perf/bench_insights.py [--sizes 100000,1000000] [--periods 7d,30d,90d] [--rebuild]

Each workspace holds its messages spread over a year (up to 15 November 2026, so both DST
changes are in it and the 90-day report crosses October's) on three channels (Mastodon,
Bluesky, a feed) from 20,000 authors with follower counts (Bluesky's unknown). Questions and
complaints need a reply; older ones are mostly answered (by an own reply or replied_at,
after a few hours, more over weekends), a few are overdue; people answer each other's
questions, share and produce; own posts get replies. Written in bulk (storage.bench_rows)
and kept under build/bench_insights/ for the next run (--rebuild writes it again).
Europe/Amsterdam, working hours Mon-Fri 09-17.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cmstation.core.models import Channel, ChannelKind, Priority  # noqa: E402
from cmstation.core.profile import Profile  # noqa: E402
from cmstation.insights.ambassadors import ambassadors  # noqa: E402
from cmstation.insights.mastery import target_hours_for  # noqa: E402
from cmstation.insights.mastery_trend import mastery_trend  # noqa: E402
from cmstation.insights.periods import parse_period  # noqa: E402
from cmstation.insights.pyramid import pyramid  # noqa: E402
from cmstation.insights.reach import reach  # noqa: E402
from cmstation.insights.report import build_report  # noqa: E402
from cmstation.insights.responsiveness import responsiveness  # noqa: E402
from cmstation.insights.volume import volume  # noqa: E402
from cmstation.insights.workhours import working_hours_of  # noqa: E402
from cmstation.storage import bench_rows, channels, open_workspace  # noqa: E402
from cmstation.storage import insights_report as store  # noqa: E402

GEN_VERSION = 1
AMS = ZoneInfo("Europe/Amsterdam")
NOW = int(datetime(2026, 11, 15, 12, 0, tzinfo=AMS).timestamp())
SPAN = 365 * 86400
AUTHORS = 20_000
PROFILE = Profile(
    display_name="Eva",
    signoff="^Eva",
    brand_words=["Fietsje"],
    time_zone="Europe/Amsterdam",
    working_hours={"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"},
)
KINDS = (
    ["mention"] * 40 + ["reply"] * 25 + ["repost"] * 15 + ["quote"] * 5 + ["search_hit"] * 10
) + ["direct"] * 5
CHUNK = 50_000


def _reply_delay(rnd: random.Random, created: int) -> int:
    """Seconds to our first response: a few hours, longer at weekends and at night."""
    hours = rnd.lognormvariate(1.3, 1.0)
    local = datetime.fromtimestamp(created, AMS)
    if local.isoweekday() >= 6:
        hours += (8 - local.isoweekday()) * 24 - local.hour + 9
    elif local.hour >= 17 or local.hour < 9:
        hours += 8
    return int(hours * 3600)


def _message(rnd, i, t, cid, kind, authors, recent, own_posts):
    """One row of someone else's message, and our reply to it (or None)."""
    aid, followers = authors[cid][int(len(authors[cid]) * rnd.random() ** 3)]
    sentiment = rnd.choices(("positive", "neutral", "negative"), (30, 55, 15))[0]
    priority = Priority.NORMAL
    if sentiment == "negative" and rnd.random() < 0.5:
        priority = Priority.COMPLAINT
    elif rnd.random() < 0.2:
        priority = Priority.QUESTION
    elif rnd.random() < 0.1:
        priority = Priority.LOW
    parent = ""
    if kind in ("reply", "repost", "quote") and recent[cid]:
        if own_posts[cid] and rnd.random() < 0.2:
            parent = rnd.choice(own_posts[cid][-20:])
        else:
            parent = rnd.choice(recent[cid])
    if kind == "search_hit" and rnd.random() < 0.3 and recent[cid]:
        parent = rnd.choice(recent[cid])
    rid = f"{cid}-{i}"
    needs = kind != "feed_item" and (
        priority >= Priority.QUESTION or (kind in ("mention", "direct") and rnd.random() < 0.3)
    )
    age = NOW - t
    state, replied_at, own = "new", None, None
    if kind != "feed_item" and rnd.random() < 0.02:
        state = "spam"
    elif needs:
        delay = _reply_delay(rnd, t)
        if t + delay >= NOW or (age > 2 * 86400 and rnd.random() < 0.01):
            state = "needs_reply"
        elif rnd.random() < 0.9:
            state = "replied"
            if rnd.random() < 0.6:
                own = (cid, f"o{i}", None, "", "own_reply", 1, rid, parent or rid)
                own += (t + delay, t + delay, "done", "neutral", 1, None, None, 0)
            else:
                replied_at = t + delay
        else:
            state = rnd.choice(("done", "ignored"))
    elif age > 3 * 86400:
        state = rnd.choices(("done", "ignored", "new"), (60, 30, 10))[0]
    rank = 0 if not followers or followers < 10 else len(str(followers)) - 1
    row = (cid, rid, aid, f"bericht {i} over Fietsje", kind, 0, parent, parent or rid, t, t)
    row += (state, sentiment, priority, replied_at, followers, rank)
    return row, own


def build(path: Path, n: int) -> float:
    """Write a workspace of ``n`` messages of others (plus our replies and posts)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    db = open_workspace(path)
    ids = [
        channels.add_channel(db, Channel(kind=k, name=k.value, url="https://x.example"))
        for k in (ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.FEED)
    ]
    rnd = random.Random(12)
    authors: dict[int, list[tuple[int, int | None]]] = {c: [] for c in ids}
    rows = []
    for a in range(AUTHORS):
        cid = ids[a % 3]
        followers = None if cid == ids[1] else int(rnd.paretovariate(1.1) * 40)
        authors[cid].append((a + 1, followers))
        rows.append((a + 1, cid, f"a{a}", f"p{a}@x.example", f"Persoon {a}", followers))
    bench_rows.insert_authors(db, rows)
    times = sorted(NOW - rnd.randrange(SPAN) for _ in range(n))
    recent: dict[int, list[str]] = {c: [] for c in ids}
    own_posts: dict[int, list[str]] = {c: [] for c in ids}
    next_post = NOW - SPAN
    chunk: list[tuple] = []
    for i, t in enumerate(times):
        while next_post < t:  # a few own posts a day on the two social channels
            for cid in ids[:2]:
                rid = f"post{next_post}-{cid}"
                own_posts[cid].append(rid)
                chunk.append(
                    (cid, rid, None, "Wat vinden jullie?", "own_post", 1, "", rid)
                    + (next_post, next_post, "done", "neutral", 1, None, None, 0)
                )
            next_post += 8 * 3600 + rnd.randrange(8 * 3600)
        cid = rnd.choices(ids, (50, 35, 15))[0]
        kind = "feed_item" if cid == ids[2] else KINDS[rnd.randrange(len(KINDS))]
        row, own = _message(rnd, i, t, cid, kind, authors, recent, own_posts)
        chunk.append(row)
        if own is not None:
            chunk.append(own)
        recent[cid].append(row[1])
        if len(recent[cid]) > 2000:
            del recent[cid][:1000]
        if len(chunk) >= CHUNK:
            bench_rows.insert_messages(db, chunk)
            chunk = []
    bench_rows.insert_messages(db, chunk)
    bench_rows.analyze(db)
    db.conn.close()
    return time.perf_counter() - started


def workspace(n: int, rebuild: bool) -> Path:
    path = ROOT / "build" / "bench_insights" / f"insights-{n}-v{GEN_VERSION}.sqlite3"
    if rebuild or not path.exists():
        print(f"building {n:,} messages ...", flush=True)
        print(f"  built in {build(path, n):.1f} s", flush=True)
    return path


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def sections(db, spec: str) -> dict[str, float]:
    """Each figure of build_report on its own, in its order (all channels)."""
    p = parse_period(spec, now=NOW, zone="Europe/Amsterdam")
    prev = p.previous()
    listed = [(c.id, c.name) for c in channels.list_channels(db)]
    wh = working_hours_of(PROFILE.working_hours)
    out = {}
    target, _ = timed(lambda: target_hours_for(db))
    _, out["responsiveness"] = timed(
        lambda: responsiveness(db, p, None, now=NOW, target_hours=target, working_hours=wh)
    )
    people, out["people"] = timed(lambda: store.people(db, None, p.start, p.end))
    before, out["people_before"] = timed(
        lambda: store.people_levels(db, None, prev.start, prev.end)
    )
    _, out["pyramid"] = timed(lambda: pyramid(people, before))
    _, out["ambassadors"] = timed(lambda: ambassadors(db, p, people, min_positive=3, min_answers=2))
    _, out["own_posts"] = timed(lambda: store.own_posts(db, None, p.start, p.end))
    _, out["volume"] = timed(lambda: volume(db, p, listed))
    _, out["reach"] = timed(lambda: reach(db, p, None))
    _, out["mastery_trend"] = timed(
        lambda: mastery_trend(db, p, None, [c for c, _ in listed], now=NOW)
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--periods", default="7d,30d,90d")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    specs = args.periods.split(",")
    for n in (int(x) for x in args.sizes.split(",")):
        path = workspace(n, args.rebuild)
        db = open_workspace(path)
        print(f"\n{n:,} messages over a year ({path.stat().st_size / 1e6:.0f} MB)")
        build_report(db, "7d", None, now=NOW, profile=PROFILE)  # warm the page cache
        whole = {}
        for spec in specs:
            _, whole[spec] = timed(
                lambda db=db, spec=spec: build_report(db, spec, None, now=NOW, profile=PROFILE)
            )
        parts = {spec: sections(db, spec) for spec in specs}
        print(f"  {'figure':<16}" + "".join(f"{s:>10}" for s in specs))
        for name in parts[specs[0]]:
            print(f"  {name:<16}" + "".join(f"{parts[s][name]:>9.3f}s" for s in specs))
        print(f"  {'build_report':<16}" + "".join(f"{whole[s]:>9.3f}s" for s in specs))
        db.conn.close()


if __name__ == "__main__":
    main()
