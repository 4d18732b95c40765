#!/usr/bin/env python3
"""Sweep benchmark: a first full sweep of 20,000 mentions over loopback, then a second one.

    tests/perf/bench_sweep.py [--mentions N] [--hashtag-hits H]

Starts the loopback Mastodon server (tests/helpers/fake_mastodon.py, the documented wire
format: 40 notifications a page, Link headers) holding N mentions (default 20,000) and H
public posts with a hashtag that a saved search listens to, then prints one JSON object:

- ``first_sweep_s``, ``first_requests``, ``first_new``, ``stored``: the first sweep with a
  page budget large enough to read everything (poll, HTML to text, triage, store);
- ``items_per_s``: stored items per second of that sweep;
- ``second_new``, ``second_requests``, ``sources``: a second sweep stores 0 new items with at
  most one request per listened source (``second_ok`` says whether both held).

The server runs in a child process (so its work does not compete with the sweep for the
GIL); ``first_sweep_cpu_s`` is the CPU time of the sweeping process alone, the rest of the
wall time is the server answering. The fake server re-sorts every list it pages, so its
share grows faster than linearly with N; a real server's would not. The rate-limit quota is
lifted for the run (a real server allows 300 requests per 5 minutes: the first sweep would
stop at the quota, and the next one continue). Figures, not assertions; not collected by
pytest.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

from fake_mastodon import FakeMastodon  # noqa: E402

from cmstation.channels.http import make_session  # noqa: E402
from cmstation.core.clock import SystemClock  # noqa: E402
from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.listening.adapters import build_adapter  # noqa: E402
from cmstation.listening.sweep import run_sweep  # noqa: E402
from cmstation.secrets import SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels, open_workspace, saved_searches  # noqa: E402

TEXTS = [
    ("nl", "<p>@eva Waarom is mijn bestelling nog steeds niet geleverd? Al {n} dagen!</p>"),
    ("nl", "<p>@eva Hoe laat zijn jullie zaterdag open? Groet, fiets nr {n}</p>"),
    ("nl", "<p>@eva Wat een fijne service, dank jullie wel! Fiets {n} rijdt als een zonnetje</p>"),
    ("en", "<p>@eva Do you also repair cargo bikes? Asking for bike {n}</p>"),
    ("en", "<p>@eva Still waiting for my refund, order {n}. This is unacceptable.</p>"),
    (
        "en",
        '<p>@eva Lovely ride along the river today on bike {n} <a href="https://x.example/p">'
        "photos</a></p>",
    ),
    (None, "<p>@eva 👍 {n}</p>"),
]


def serve(mentions: int, hashtag_hits: int) -> None:
    """Child process: fill the server, print where it is, serve until stdin closes."""
    rnd = random.Random(7)
    with FakeMastodon() as fake:
        fake.rate_limit = fake.remaining = 10**9
        people = [fake.add_account(f"klant{i}", f"Klant {i}") for i in range(500)]
        t0 = time.time() - 14 * 86400
        start = time.perf_counter()
        for n in range(mentions):
            lang, html = TEXTS[rnd.randrange(len(TEXTS))]
            fake.mention(
                rnd.choice(people), html.format(n=n), language=lang, created_at=t0 + n * 60
            )
        for n in range(hashtag_hits):
            fake.add_status(
                rnd.choice(people),
                f"<p>Mijn #bakfiets nummer {n}</p>",
                language="nl",
                created_at=t0 + n * 90,
            )
        print(
            json.dumps(
                {
                    "base_url": fake.base_url,
                    "token": fake.token,
                    "fill_s": round(time.perf_counter() - start, 2),
                }
            ),
            flush=True,
        )
        sys.stdin.read()
        print(json.dumps({"requests": len(fake.log)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=20_000)
    ap.add_argument("--hashtag-hits", type=int, default=300)
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.mentions, args.hashtag_hits)
        return
    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            "--mentions",
            str(args.mentions),
            "--hashtag-hits",
            str(args.hashtag_hits),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    server = json.loads(child.stdout.readline())
    with tempfile.TemporaryDirectory() as tmp:
        db = open_workspace(Path(tmp) / "workspace.sqlite3")
        cid = channels.add_channel(
            db,
            Channel(kind=ChannelKind.MASTODON, name="@eva", url=server["base_url"], account="eva"),
        )
        saved_searches.add_saved_search(db, "bakfiets", "#bakfiets", channel_id=cid)
        secrets = SessionOnlySecretStore()
        secrets.set(channel_key(cid, "access_token"), server["token"])
        session = make_session()
        adapter = build_adapter(channels.get_channel(db, cid), session, secrets)
        clock = SystemClock()

        cpu = time.process_time()
        start = time.perf_counter()
        first = run_sweep(db, cid, adapter, clock=clock, page_budget=100_000)
        first_s = time.perf_counter() - start
        first_cpu = time.process_time() - cpu
        stored = db.execute("SELECT count(*) FROM messages").fetchone()[0]
        by_state = dict(db.execute("SELECT state, count(*) FROM messages GROUP BY state"))

        start = time.perf_counter()
        second = run_sweep(db, cid, adapter, clock=clock, page_budget=100_000)
        second_s = time.perf_counter() - start
        sources = len(second.sources)
        db.conn.close()
        session.close()
    child.stdin.close()
    seen = json.loads(child.stdout.readline())["requests"]
    child.wait(30)
    out = {
        "mentions_on_server": args.mentions,
        "hashtag_hits_on_server": args.hashtag_hits,
        "server_fill_s": server["fill_s"],
        "first_status": first.status,
        "first_sweep_s": round(first_s, 2),
        "first_sweep_cpu_s": round(first_cpu, 2),
        "first_requests": first.requests,
        "first_new": first.new,
        "stored": stored,
        "items_per_s": round(first.new / first_s) if first_s else None,
        "items_per_cpu_s": round(first.new / first_cpu) if first_cpu else None,
        "states": by_state,
        "second_status": second.status,
        "second_sweep_s": round(second_s, 3),
        "second_new": second.new,
        "second_requests": second.requests,
        "requests_seen_by_server": seen,
        "sources": sources,
        "second_ok": second.new == 0 and second.requests <= sources,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
