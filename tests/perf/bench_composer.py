#!/usr/bin/env python3
"""Composer benchmark: what typing a reply costs on the GUI thread, and the draft write.

    QT_QPA_PLATFORM=offscreen tests/perf/bench_composer.py [--keys N]

On a fresh sample workspace, with the composer on the most urgent complaint:
- ``draft_write``: one ``drafts.save_draft`` (an upsert; WAL, synchronous=NORMAL), 500 times;
- ``per_key``: one key typed into the reply (text edit, underline refresh, counter,
  draft scheduling);
- ``check_cycle``: the whole debounced check on the GUI thread (analyse with 30 recent
  replies, underlines, findings list, gauge, counter), after every key of a Dutch reply;
- ``key_to_findings``: from the last key to the findings shown (the debounce included).

Prints figures, asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

REPLY = (
    "Wat vervelend dat je zo bent ontvangen, dat hoort echt niet. Wij excuseren ons voor het "
    "ongemak!! Kun je ons je adres en telefoonnummer sturen? Dan bellen we je morgen. "
)


def figures(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(
        f"{name:16s} n={len(ms):4d}  median {statistics.median(ms):7.3f} ms"
        f"  p99 {p99:7.3f} ms  max {ms[-1]:7.3f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=20, help="keys for key_to_findings")
    args = ap.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841
    from cmstation.sample import build_sample_workspace
    from cmstation.storage import drafts, open_workspace
    from cmstation.ui.shell.app import build_window

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws.sqlite3"
        build_sample_workspace(path)

        db = open_workspace(path)
        mid = db.execute("SELECT id FROM messages WHERE is_own = 0 LIMIT 1").fetchone()[0]
        ms = []
        for i in range(500):
            t = time.perf_counter()
            drafts.save_draft(db, message_id=mid, channel_id=1, text=REPLY + str(i), cursor=i)
            ms.append((time.perf_counter() - t) * 1000)
        drafts.delete_draft(db, drafts.draft_for_message(db, mid).id)
        db.conn.close()
        figures("draft_write", ms)

        w = build_window(
            path, settings=QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        )
        w.resize(1400, 900)
        w.show()
        c = w.composer
        while c.message is None:
            QTest.qWait(10)
        QTest.qWait(300)  # the worker warms the rule patterns
        c.edit.setFocus()
        keys, checks = [], []
        for ch in REPLY:
            t = time.perf_counter()
            QTest.keyClick(c.edit, ch)
            keys.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            c.run_check()
            checks.append((time.perf_counter() - t) * 1000)
        figures("per_key", keys)
        figures("check_cycle", checks)
        print(
            f"{'':16s} (analyse alone, last: {c.last_check_ms:.3f} ms;"
            f" {len(c._recent_replies)} recent replies compared)"
        )

        lat = []
        for _ in range(args.keys):
            done: list[float] = []
            c.checked.connect(lambda done=done: done.append(time.perf_counter()))
            QTest.keyClick(c.edit, "a")
            t = time.perf_counter()
            while not done:
                QTest.qWait(1)
            c.checked.disconnect()
            lat.append((done[0] - t) * 1000)
        figures("key_to_findings", lat)
        w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
