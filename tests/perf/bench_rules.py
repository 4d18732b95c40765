#!/usr/bin/env python3
"""Rules and bulk-action benchmark (issue 13). Figures, not assertions; not collected.

    tests/perf/bench_rules.py [--items 20000] [--rules 50] [--messages 1000000] [--bulk 100000]

1. A first sweep of ``--items`` new mentions from an in-process adapter (poll -> triage ->
   store -> rules), once on a workspace without rules and once with ``--rules`` rules
   (keywords, words, language, mood, kind, VIP, followers, links; some "and continue"),
   each on a fresh workspace. Prints the CPU seconds of both and ``rules_overhead``, the
   share the rules add (target: under 0.20). The adapter costs nothing, so the sweep here
   is cheaper than over HTTP and the share is an upper bound.
2. A workspace of ``--messages`` messages (rows written directly, as bench_inbox's raw
   path does; the full-text index is left empty, bulk marking never touches it), then
   ``bulk.set_state_many`` on ``--bulk`` of them (target: under 3 s), its undo, and a bulk
   label and snooze of the same ids.
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
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

from listening_fakes import ListAdapter  # noqa: E402

from cmstation.core.clock import FixedClock  # noqa: E402
from cmstation.core.models import (  # noqa: E402
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageKind,
    MessageState,
)
from cmstation.core.rules import Actions, Conditions, Rule  # noqa: E402
from cmstation.listening.sweep import run_sweep  # noqa: E402
from cmstation.storage import (  # noqa: E402
    authors,
    bulk,
    change_sets,
    channels,
    labels,
    open_workspace,
    snoozes,  # noqa: E402
)
from cmstation.storage import rules as rule_store  # noqa: E402

T0 = 1_790_000_000
TEXTS = [
    ("nl", "@eva Waarom is mijn bestelling nog steeds niet geleverd? Al {n} dagen!"),
    ("nl", "@eva Hoe laat zijn jullie zaterdag open? Groet, fiets nr {n}"),
    ("nl", "@eva Wat een fijne service, dank jullie wel! Fiets {n} rijdt als een zonnetje"),
    ("en", "@eva Do you also repair cargo bikes? Asking for bike {n}"),
    ("en", "@eva Still waiting for my refund, order {n}. This is unacceptable."),
    ("en", "@eva Lovely ride along the river today on bike {n} https://x.example/p photos"),
    ("", "@eva 👍 {n}"),
]
KINDS = [MessageKind.MENTION, MessageKind.REPLY, MessageKind.QUOTE, MessageKind.DIRECT]


def _mentions(channel_id: int, n: int) -> list[Message]:
    rnd = random.Random(7)
    out = []
    for i in range(n):
        lang, text = TEXTS[rnd.randrange(len(TEXTS))]
        who = f"klant{rnd.randrange(500)}@example.org"
        out.append(
            Message(
                channel_id=channel_id,
                remote_id=str(i + 1),
                text=text.format(n=i),
                created_at=T0 + i * 60,
                kind=KINDS[rnd.randrange(len(KINDS))],
                lang=lang,
                author=Author(remote_id=who, handle=who, followers=rnd.randrange(5000)),
            )
        )
    return out


def _rules(n: int) -> list[Rule]:
    """``n`` rules like a busy inbox has: most look for words that seldom come, a few hit."""
    rnd = random.Random(3)
    vocab = [
        "garantie",
        "retour",
        "kapot",
        "lek",
        "zadel",
        "ketting",
        "remmen",
        "winkel",
        "openingstijden",
        "factuur",
        "korting",
        "warranty",
        "broken",
        "brake",
        "chain",
        "saddle",
        "invoice",
        "discount",
        "store",
        "hours",
    ]
    out = [
        Rule(
            "Refunds",
            Conditions(keywords=("refund", "geld terug")),
            Actions(labels=("refund",), priority=3, notify=True),
            and_continue=True,
        ),
        Rule(
            "Links",
            Conditions(has_link=True, min_followers=1000),
            Actions(labels=("links",)),
            and_continue=True,
        ),
        Rule("VIP", Conditions(vip=True), Actions(notify=True), and_continue=True),
        Rule(
            "Opening hours",
            Conditions(text="open zaterdag", lang=("nl",)),
            Actions(state="done", labels=("uren",)),
        ),
    ]
    while len(out) < n:
        i = len(out)
        words = rnd.sample(vocab, 2)
        cond = [
            Conditions(keywords=tuple(words)),
            Conditions(text=" ".join(words)),
            Conditions(keywords=(words[0],), sentiment=("negative",)),
            Conditions(kinds=("direct",), keywords=(words[1],)),
            Conditions(authors=(f"klant{i}@example.org",), lang=("en",)),
        ][i % 5]
        out.append(Rule(f"Rule {i}", cond, Actions(labels=(f"l{i}",)), and_continue=i % 7 == 0))
    return out[:n]


def _sweep_cpu(items: int, rules: list[Rule]) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_workspace(Path(tmp) / "workspace.sqlite3")
        cid = channels.add_channel(db, Channel(kind=ChannelKind.MASTODON, name="@eva", url="x"))
        for r in rules:
            rule_store.add_rule(db, r)
        if rules:
            for i in range(0, 500, 25):
                authors.add_vip(db, f"klant{i}@example.org")
        adapter = ListAdapter(_mentions(cid, items), page=40)
        cpu, wall = time.process_time(), time.perf_counter()
        s = run_sweep(db, cid, adapter, clock=FixedClock(T0 + items * 60), page_budget=10**6)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        labelled = db.execute("SELECT count(DISTINCT message_id) FROM message_labels").fetchone()[0]
        db.conn.close()
    assert s.new == items, s.as_dict()
    return cpu, wall, labelled


def _big_workspace(path: Path, n: int) -> None:
    db = open_workspace(path)
    cid = channels.add_channel(db, Channel(kind=ChannelKind.MASTODON, name="@eva", url="x"))
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO authors (channel_id, remote_id, handle) VALUES (?, ?, ?)",
        [(cid, f"a{i}", f"klant{i}@example.org") for i in range(20_000)],
    )
    conn.execute("DROP TRIGGER messages_fts_insert")
    rnd = random.Random(1)
    states = ["new", "needs_reply", "replied", "done", "ignored"]
    batch = []
    for i in range(n):
        batch.append(
            (
                cid,
                str(i),
                rnd.randrange(20_000) + 1,
                f"bericht {i}",
                T0 + i,
                T0 + i,
                states[i % 5],
                rnd.randrange(4),
            )
        )
        if len(batch) == 50_000:
            conn.executemany(
                "INSERT INTO messages (channel_id, remote_id, author_id, text, created_at,"
                " fetched_at, state, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            batch = []
    if batch:
        conn.executemany(
            "INSERT INTO messages (channel_id, remote_id, author_id, text, created_at,"
            " fetched_at, state, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            batch,
        )
    conn.execute("COMMIT")
    db.conn.close()


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, round(time.perf_counter() - t, 3)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=20_000)
    p.add_argument("--rules", type=int, default=50)
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--bulk", type=int, default=100_000)
    a = p.parse_args(argv)
    out: dict = {"items": a.items, "rules": a.rules}
    _sweep_cpu(300, _rules(a.rules))  # warm up: lexicons, imports, first compilations
    base_cpu, base_wall, _ = _sweep_cpu(a.items, [])
    rules_cpu, rules_wall, labelled = _sweep_cpu(a.items, _rules(a.rules))
    out |= {
        "sweep_cpu_s": round(base_cpu, 2),
        "sweep_with_rules_cpu_s": round(rules_cpu, 2),
        "sweep_wall_s": round(base_wall, 2),
        "sweep_with_rules_wall_s": round(rules_wall, 2),
        "labelled_by_rules": labelled,
        "rules_overhead": round(rules_cpu / base_cpu - 1, 3),
    }
    print(json.dumps(out), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "workspace.sqlite3"
        _, build_s = _timed(lambda: _big_workspace(path, a.messages))
        db = open_workspace(path)
        ids = random.Random(5).sample(range(1, a.messages + 1), a.bulk)
        marked, mark_s = _timed(lambda: bulk.set_state_many(db, ids, MessageState.SPAM))
        undone, undo_s = _timed(lambda: change_sets.undo(db, marked.token))
        labels.add_label(db, "spam wave")
        _, label_s = _timed(lambda: labels.label_messages(db, ids, "spam wave"))
        _, snooze_s = _timed(lambda: snoozes.snooze_messages(db, ids, T0 + 10**7))
        db.conn.close()
    out2 = {
        "messages": a.messages,
        "bulk": a.bulk,
        "build_s": build_s,
        "bulk_mark_s": mark_s,
        "bulk_marked": marked.changed,
        "bulk_undo_s": undo_s,
        "undone": undone.restored,
        "bulk_label_s": label_s,
        "bulk_snooze_s": snooze_s,
    }
    print(json.dumps(out2), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
