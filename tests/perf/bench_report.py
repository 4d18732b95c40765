#!/usr/bin/env python3
"""Client report benchmark (issue 12). Figures, not assertions; not collected.

    tests/perf/bench_report.py [--messages 100000] [--days 90]

A workspace of ``--messages`` messages from others over ``--days`` days on three channels
(5,000 authors with follower counts, every kind, sentiment and state; a third of those that
needed a reply answered by an own reply, a third by replied_at), rows written directly.
Then ``build_report`` for 7d, 30d and 90d (Europe/Amsterdam, working hours Mon-Fri 9-17),
and each section of the 90-day report on its own. Prints seconds as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.core.profile import Profile  # noqa: E402
from cmstation.insights import ambassadors, mastery_trend, pyramid, reach, responsiveness  # noqa: E402
from cmstation.insights import volume as volume_mod  # noqa: E402
from cmstation.insights.periods import parse_period  # noqa: E402
from cmstation.insights.report import build_report  # noqa: E402
from cmstation.insights.workhours import working_hours_of  # noqa: E402
from cmstation.storage import channels, open_workspace  # noqa: E402
from cmstation.storage import insights_report as store  # noqa: E402

KINDS = ["mention"] * 5 + ["reply"] * 3 + ["repost", "quote", "search_hit", "feed_item"]
STATES = ["needs_reply", "replied", "replied", "done", "ignored", "new"]
SENTIMENTS = ["positive", "neutral", "neutral", "negative"]
PROFILE = Profile(
    display_name="Eva",
    signoff="^Eva",
    brand_words=["Fietsje"],
    time_zone="Europe/Amsterdam",
    working_hours={"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"},
)


def build(path: Path, n: int, days: int, now: int) -> None:
    db = open_workspace(path)
    ids = [
        channels.add_channel(db, Channel(kind=k, name=f"{k}", url="https://x.example"))
        for k in (ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.FEED)
    ]
    rnd = random.Random(12)
    conn = db.conn
    conn.execute("BEGIN")
    authors = []
    for a in range(5000):
        cid = ids[a % 3]
        followers = None if a % 7 == 0 else int(rnd.paretovariate(1.2) * 50)
        authors.append((a + 1, cid, f"a{a}", f"p{a}@x.example", followers))
    conn.executemany(
        "INSERT INTO authors (id, channel_id, remote_id, handle, followers) VALUES (?,?,?,?,?)",
        authors,
    )
    rows, own = [], []
    span = days * 86400
    for i in range(n):
        aid, cid, _, _, followers = authors[rnd.randrange(5000)]
        created = now - rnd.randrange(span)
        kind = KINDS[i % len(KINDS)]
        state = STATES[rnd.randrange(len(STATES))]
        reply_to = f"m{rnd.randrange(max(1, i))}" if kind == "reply" and i else ""
        replied_at = None
        if state == "replied" and i % 2:
            replied_at = created + rnd.randrange(3 * 86400)
        elif state == "replied":
            own.append((cid, f"r{i}", f"m{i}", created + rnd.randrange(3 * 86400)))
        rows.append(
            (
                cid,
                f"m{i}",
                aid,
                f"bericht {i}",
                kind,
                reply_to,
                reply_to or f"m{i}",
                created,
                created,
                state,
                SENTIMENTS[rnd.randrange(4)],
                rnd.randrange(4),
                replied_at,
                followers,
                0 if not followers or followers < 10 else len(str(followers)) - 1,
            )
        )
    conn.executemany(
        "INSERT INTO messages (channel_id, remote_id, author_id, text, kind, in_reply_to_id,"
        " thread_root_id, created_at, fetched_at, state, sentiment, priority, replied_at,"
        " author_followers, reach_rank) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO messages (channel_id, remote_id, kind, is_own, in_reply_to_id,"
        " thread_root_id, created_at, fetched_at, state) VALUES (?,?,'own_reply',1,?,?,?,?,'done')",
        [(c, r, p, p, t, t) for c, r, p, t in own],
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, round(time.perf_counter() - t, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=90)
    args = ap.parse_args()
    now = 1_790_000_000
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "workspace.sqlite3"
        _, t_build = timed(lambda: build(path, args.messages, args.days, now))
        db = open_workspace(path)
        out = {"messages": args.messages, "days": args.days, "build_workspace_s": t_build}
        for spec in ("7d", "30d", "90d"):
            rep, t = timed(lambda spec=spec: build_report(db, spec, None, now=now, profile=PROFILE))
            out[f"build_report_{spec}_s"] = t
        out["report_90d"] = {
            "needed_reply": rep.responsiveness.overall.needed,
            "median_hours": rep.responsiveness.overall.median_hours,
            "median_working_hours": rep.responsiveness.overall.median_working_hours,
            "volume": rep.volume.total,
            "ambassadors": len(rep.ambassadors.people),
            "pyramid": {lv.level: lv.people for lv in rep.pyramid.levels},
        }
        p = parse_period("90d", now=now, zone="Europe/Amsterdam")
        wh = working_hours_of(PROFILE.working_hours)
        sections = {
            "responsiveness": lambda: responsiveness.responsiveness(
                db, p, None, now=now, target_hours=24, working_hours=wh
            ),
            "volume": lambda: volume_mod.volume(db, p, [(1, "a"), (2, "b"), (3, "c")]),
            "reach": lambda: reach.reach(db, p, None),
            "people_sql": lambda: store.people(db, None, p.start, p.end),
            "pyramid": lambda: pyramid.pyramid(store.people(db, None, p.start, p.end), []),
            "ambassadors": lambda: ambassadors.ambassadors(
                db, p, store.people(db, None, p.start, p.end), min_positive=3, min_answers=2
            ),
            "mastery_trend": lambda: mastery_trend.mastery_trend(db, p, None, [1, 2, 3], now=now),
            "own_posts": lambda: store.own_posts(db, None, p.start, p.end),
        }
        out["sections_90d_s"] = {k: timed(fn)[1] for k, fn in sections.items()}
        db.conn.close()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
