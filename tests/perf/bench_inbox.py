#!/usr/bin/env python3
"""Inbox benchmark: ingest, search, first rows and memory on a big workspace.

    tests/perf/bench_inbox.py [--messages N] [--batch B] [--dir DIR] [--keep] [--no-window]

Builds a workspace with N synthetic messages (default 1,000,000) and prints one JSON object:

- ``ingest_per_s``: messages/s through ``storage.messages.upsert_messages`` in sweep-sized
  batches (authors, the FTS index and the id lookups included);
- ``raw_per_s``: the same rows with plain ``sqlite3.executemany`` into the same schema (same
  triggers, so FTS too) in a fresh file, in the same batch size: the practical ceiling;
  ``ingest_ratio`` = ingest / raw (target at least 0.5);
- ``search_ms``: median and p95 of ``list_messages(db, MessageFilter(search=q), limit=200)``
  over realistic queries, rare and common (target median under 30 ms);
- ``first_rows_ms``: in a fresh process, from ``build_window(path, defer=True)`` (as
  ``run_gui`` calls it) until ``window.message_model.rowCount() > 0`` (target under 100 ms);
  ``first_rows_painted_ms`` until the list has painted once; ``window_complete_ms`` until
  the deferred parts (composer, outbox, menus, listening) are built too;
  ``window_rss_mb``: that process's peak RSS (target under 300 MB).

Figures, not assertions; not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cmstation.core.models import (  # noqa: E402
    Author,
    Message,
    MessageFilter,
    MessageKind,
    MessageState,
    Priority,
    Sentiment,
)
from cmstation.sample import load_templates  # noqa: E402
from cmstation.storage import messages as store  # noqa: E402
from cmstation.storage import open_workspace  # noqa: E402

QUERIES = [
    "lekke band",
    "accu",
    "factuur",
    "bakfiets",
    "openingstijden",
    "battery",
    "invoice",
    "Sanne",
    "remmen",
    "te lang",
    "dank",
    "fiets",
    "service",
    "Urban Arrow",
    "vanmoof",
    "onvriendelijk",
    "refund",
    "leenfiets",
    "tweedehands",
    "de spaak",
    "zaterdag open",
    "flat tyre",
    "graag een reactie",
    "Stromer accu",
    "kapot",
]


def _sentences(rng: random.Random) -> list[tuple[str, str, str]]:
    """(lang, category, text) built from the sample workspace's templates."""
    tpl = load_templates()
    out = []
    for lang in ("nl", "en"):
        slots = tpl["slots"][lang]
        for topic in tpl["topic"]:
            for body in topic[lang]:
                for _ in range(40):
                    values = {k: rng.choice(v) for k, v in slots.items()}
                    values.update(
                        name="",
                        mention="@despaak",
                        shop="De Spaak",
                        short="De Spaak",
                        staff=rng.choice(["Joost", "Mo", "Sanne"]),
                        days=rng.randint(2, 9),
                        weeks=rng.randint(2, 6),
                        pct=rng.randint(40, 70),
                        quote=60,
                        amount=90,
                        price=79,
                    )
                    opener = rng.choice(tpl["openers"][topic["category"]][lang])
                    closer = rng.choice(tpl["closers"][topic["category"]][lang])
                    out.append(
                        (lang, topic["category"], (opener + body + closer).format_map(values))
                    )
    return out


def _tail_vocab(rng: random.Random, n: int = 30_000) -> list[str]:
    syll = [
        "ka",
        "ro",
        "mi",
        "ne",
        "fiet",
        "wiel",
        "ter",
        "van",
        "sto",
        "la",
        "ben",
        "ding",
        "pel",
        "hu",
        "zo",
        "mer",
        "ik",
        "ste",
        "op",
        "ja",
        "tri",
        "gel",
        "ax",
        "oor",
    ]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syll) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Synth:
    """Deterministic synthetic messages: template sentences plus a Zipf-ish tail of words."""

    def __init__(self, seed: int = 1, n_authors: int = 60_000) -> None:
        self.rng = rng = random.Random(seed)
        self.sentences = _sentences(rng)
        vocab = _tail_vocab(rng)
        self.vocab = vocab
        self.cum = []
        total = 0.0
        for i in range(len(vocab)):
            total += 1.0 / (i + 1)
            self.cum.append(total)
        firsts = [
            "Sanne",
            "Bram",
            "Fleur",
            "Joris",
            "Emily",
            "James",
            "Priya",
            "Tom",
            "Noor",
            "Daan",
            "Lotte",
            "Ruben",
            "Iris",
            "Sem",
            "Hannah",
            "Lucas",
            "Mei",
            "Liam",
        ]
        lasts = [
            "de Jong",
            "van Dijk",
            "Bakker",
            "Visser",
            "Carter",
            "Shah",
            "Weber",
            "Smit",
            "Mulder",
            "Bos",
            "Vos",
            "Chen",
            "Murphy",
            "Patel",
            "Kok",
            "Jansen",
        ]
        self.authors: list[tuple[int, Author]] = []
        for i in range(n_authors):
            ch = 1 + i % 3
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            handle = f"{name.split()[0].lower()}{i}"
            self.authors.append((ch, Author(remote_id=f"a{i}", handle=handle, display_name=name)))
        self.now = 1_795_000_000

    def batch(self, start: int, size: int) -> list[Message]:
        rng = self.rng
        out = []
        for i in range(start, start + size):
            ch, author = self.authors[rng.randrange(len(self.authors)) // 3 * 3 + (i % 3)]
            lang, category, text = rng.choice(self.sentences)
            tail = rng.choices(self.vocab, cum_weights=self.cum, k=rng.randint(2, 10))
            text = text + " " + " ".join(tail)
            pri = {"complaint": Priority.COMPLAINT, "question": Priority.QUESTION}.get(
                category, Priority.NORMAL
            )
            sent = {"complaint": Sentiment.NEGATIVE, "praise": Sentiment.POSITIVE}.get(
                category, Sentiment.NEUTRAL
            )
            r = rng.random()
            state = (
                MessageState.NEEDS_REPLY
                if r < 0.05
                else MessageState.NEW
                if r < 0.15
                else MessageState.REPLIED
                if r < 0.35
                else MessageState.DONE
            )
            created = self.now - 3 * 365 * 86_400 + i * 90 + rng.randrange(90)
            rid = str(10**17 + i)
            reply_to = str(10**17 + i - rng.randint(1, 50)) if r > 0.9 and i > 60 else ""
            out.append(
                Message(
                    channel_id=ch,
                    remote_id=rid,
                    text=text,
                    created_at=created,
                    author=author,
                    url=f"https://mastodon.example/@{author.handle}/{rid}",
                    lang=lang,
                    kind=MessageKind.REPLY if reply_to else MessageKind.MENTION,
                    in_reply_to_id=reply_to,
                    thread_root_id=reply_to,
                    state=state,
                    sentiment=sent,
                    priority=pri,
                    fetched_at=created + 60,
                    read=state != MessageState.NEW,
                )
            )
        return out


def _channels(db) -> None:
    from cmstation.core.models import Channel, ChannelKind
    from cmstation.storage import channels

    for kind, name in (
        (ChannelKind.MASTODON, "@bench@mastodon.example"),
        (ChannelKind.BLUESKY, "bench.bsky.social"),
        (ChannelKind.FEED, "Bench feed"),
    ):
        channels.add_channel(db, Channel(kind=kind, name=name), now=1_700_000_000)


def ingest(n: int, batch: int, path: Path, raw_path: Path) -> dict:
    synth = Synth()
    db = open_workspace(path)
    _channels(db)
    raw_db = open_workspace(raw_path)  # the same schema, triggers included
    _channels(raw_db)
    raw = raw_db.conn
    raw_author_ids: dict[tuple[int, str], int] = {}
    t_store = t_raw = 0.0
    done = 0
    while done < n:
        size = min(batch, n - done)
        msgs = synth.batch(done, size)
        t0 = time.perf_counter()
        store.upsert_messages(db, msgs, now=synth.now)
        t1 = time.perf_counter()
        # the ceiling: the same rows, plain executemany, one transaction per batch
        raw.execute("BEGIN")
        new_authors = []
        for m in msgs:
            key = (m.channel_id, m.author.remote_id)
            if key not in raw_author_ids:
                raw_author_ids[key] = len(raw_author_ids) + 1
                new_authors.append(
                    (
                        raw_author_ids[key],
                        m.channel_id,
                        m.author.remote_id,
                        m.author.handle,
                        m.author.display_name,
                        m.author.url,
                    )
                )
        raw.executemany(
            "INSERT INTO authors (id, channel_id, remote_id, handle, display_name, url)"
            " VALUES (?,?,?,?,?,?)",
            new_authors,
        )
        raw.executemany(
            f"INSERT INTO messages ({store.MESSAGE_ROW_COLUMNS})"
            f" VALUES ({store.MESSAGE_ROW_PLACEHOLDERS})",
            [
                store.message_row(
                    m, raw_author_ids[(m.channel_id, m.author.remote_id)], m.fetched_at
                )
                for m in msgs
            ],
        )
        raw.execute("COMMIT")
        t2 = time.perf_counter()
        t_store += t1 - t0
        t_raw += t2 - t1
        done += size
        if done % (batch * 200) == 0:
            print(
                f"  ingested {done:,} (storage {done / t_store:,.0f}/s, raw {done / t_raw:,.0f}/s)",
                file=sys.stderr,
                flush=True,
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA optimize")
    db.conn.close()
    raw_db.conn.close()
    return {
        "ingest_per_s": round(n / t_store),
        "raw_per_s": round(n / t_raw),
        "ingest_ratio": round((n / t_store) / (n / t_raw), 3),
        "ingest_seconds": round(t_store, 1),
        "raw_seconds": round(t_raw, 1),
    }


def search(path: Path, repeats: int = 5) -> dict:
    db = open_workspace(path)
    times: list[float] = []
    cpu: list[float] = []  # this process's CPU time: what the query costs on an idle machine
    per_query: dict[str, float] = {}
    hits: dict[str, int] = {}
    for q in QUERIES:  # warm the cache once, as a user who has the window open would have
        store.list_messages(db, MessageFilter(search=q), limit=200)
    for q in QUERIES:
        qt = []
        for _ in range(repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            rows = store.list_messages(db, MessageFilter(search=q), limit=200)
            qt.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        hits[q] = len(rows)
        per_query[q] = round(statistics.median(qt), 2)
        times.extend(qt)
    times.sort()
    other = {}
    for name, fn in (
        ("nav_counts", lambda: store.nav_counts(db)),
        (
            "count_needs_reply",
            lambda: store.count_messages(db, MessageFilter(states=(MessageState.NEEDS_REPLY,))),
        ),
        ("count_search_common", lambda: store.count_messages(db, MessageFilter(search="de spaak"))),
        ("page_all_priority", lambda: store.list_messages(db, MessageFilter(), limit=200)),
        (
            "page_done_and_replied",
            lambda: store.list_messages(
                db, MessageFilter(states=(MessageState.DONE, MessageState.REPLIED)), limit=200
            ),
        ),
    ):
        fn()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        other[name] = {
            "wall": round((time.perf_counter() - t0) * 1000, 1),
            "cpu": round((time.process_time() - c0) * 1000, 1),
        }
    slowest = sorted(per_query.items(), key=lambda kv: -kv[1])[:5]
    db.conn.close()
    return {
        "search_ms_median": round(statistics.median(times), 2),
        "search_ms_p95": round(times[int(len(times) * 0.95) - 1], 2),
        "search_cpu_ms_median": round(statistics.median(cpu), 2),
        "search_cpu_ms_p95": round(sorted(cpu)[int(len(cpu) * 0.95) - 1], 2),
        "search_slowest_ms": dict(slowest),
        "search_queries": len(QUERIES),
        "other_queries_ms": other,
    }


_WINDOW_CHILD = r"""
import inspect, json, sys, time
from pathlib import Path
t_start = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from cmstation.ui.shell.app import build_window
app = QApplication(sys.argv[:1])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)


class PaintWatch(QObject):
    at = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


# as run_gui builds it: the list and its first page first, the rest after the first paint
defer = {"defer": True} if "defer" in inspect.signature(build_window).parameters else {}
t0 = time.perf_counter()
window = build_window(Path(sys.argv[1]), settings=settings, **defer)
t_built = time.perf_counter()
watch = PaintWatch()
window.table.viewport().installEventFilter(watch)
window.show()
deadline = t0 + 60
while window.message_model.rowCount() == 0 and time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.0005)
t1 = time.perf_counter()
rows = window.message_model.rowCount()
while watch.at is None and time.perf_counter() < t1 + 5:
    app.processEvents()
    time.sleep(0.0005)
t_painted = watch.at
while not getattr(window, "is_ready", True) and time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.0005)
t_complete = time.perf_counter()
for _ in range(50):  # let the rest of the window settle, so peak RSS includes it
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"first_rows_ms": round((t1 - t0) * 1000, 1), "rows": rows,
                  "build_window_ms": round((t_built - t0) * 1000, 1),
                  "rows_after_build_ms": round((t1 - t_built) * 1000, 1),
                  "painted_ms": None if t_painted is None else round((t_painted - t0) * 1000, 1),
                  "complete_ms": round((t_complete - t0) * 1000, 1),
                  "startup_to_rows_ms": round((t1 - t_start) * 1000, 1)}))
window.close()
"""

_PAGE_CHILD = r"""
import json, sys, time
from pathlib import Path
from cmstation.core.models import MessageFilter, MessageState
from cmstation.storage import open_workspace
from cmstation.storage import messages as store
t0 = time.perf_counter()
db = open_workspace(Path(sys.argv[1]))
rows = store.list_messages(db, MessageFilter(states=(MessageState.NEEDS_REPLY,)), limit=200)
t1 = time.perf_counter()
print(json.dumps({"first_rows_ms": round((t1 - t0) * 1000, 1), "rows": len(rows)}))
"""


def _run_child(code: str, args: list[str]) -> tuple[dict, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {err.strip()[-800:]}")
    rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
    return json.loads(out.strip().splitlines()[-1]), rss_mb


def first_rows(path: Path, tmp: Path, use_window: bool) -> dict:
    if use_window:
        try:
            import cmstation.ui.shell.app as app_mod

            use_window = hasattr(app_mod, "build_window")
        except Exception:  # noqa: BLE001 - no UI yet: measure the storage page instead
            use_window = False
    if use_window:
        result, rss = _run_child(_WINDOW_CHILD, [str(path), str(tmp / "bench-settings.ini")])
        return {
            "first_rows_ms": result["first_rows_ms"],
            "first_rows_measured": "window",
            "first_rows_count": result["rows"],
            "first_rows_split_ms": {
                "build_window": result["build_window_ms"],
                "then_rows": result["rows_after_build_ms"],
            },
            "first_rows_painted_ms": result.get("painted_ms"),
            "window_complete_ms": result.get("complete_ms"),
            "window_process_to_rows_ms": result["startup_to_rows_ms"],
            "window_rss_mb": round(rss, 1),
        }
    result, rss = _run_child(_PAGE_CHILD, [str(path)])
    return {
        "first_rows_ms": result["first_rows_ms"],
        "first_rows_measured": "storage page (list_messages limit=200), no window",
        "first_rows_count": result["rows"],
        "page_process_rss_mb": round(rss, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument(
        "--batch",
        type=int,
        default=200,
        help="messages per upsert call (a sweep stores a page or a few at a time)",
    )
    p.add_argument("--dir", type=Path, help="where to build (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the workspace files")
    p.add_argument(
        "--reuse",
        action="store_true",
        help="skip ingest when --dir already holds a workspace of that size",
    )
    p.add_argument("--no-window", action="store_true", help="measure the storage page only")
    args = p.parse_args(argv)

    tmp = Path(args.dir or tempfile.mkdtemp(prefix="cmstation-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    path, raw_path = tmp / "workspace.sqlite3", tmp / "raw.sqlite3"
    result: dict = {
        "messages": args.messages,
        "batch": args.batch,
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 1) for x in os.getloadavg()],
    }
    if args.reuse and path.exists():
        result["ingest"] = "reused"
    else:
        for f in (path, raw_path):
            for suffix in ("", "-wal", "-shm"):
                Path(str(f) + suffix).unlink(missing_ok=True)
        result.update(ingest(args.messages, args.batch, path, raw_path))
    result["workspace_mb"] = round(path.stat().st_size / 2**20, 1)
    result.update(search(path))
    result.update(first_rows(path, tmp, not args.no_window))
    result["targets_met"] = {
        "ingest_ratio>=0.5": result.get("ingest_ratio", 1) >= 0.5,
        "search_median<30ms": result["search_ms_median"] < 30,
        "first_rows<100ms": result["first_rows_ms"] < 100,
        "rss<300MB": result.get("window_rss_mb", result.get("page_process_rss_mb", 0)) < 300,
    }
    result["load_average_at_end"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))
    if not args.keep and not args.dir:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
