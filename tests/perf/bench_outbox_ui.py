#!/usr/bin/env python3
"""Outbox controller benchmark: replies queued against a loopback Mastodon, sent by the
window's :class:`OutboxController` (its own thread and connection), and how long the GUI
thread is blocked meanwhile.

    QT_QPA_PLATFORM=offscreen tests/perf/bench_outbox_ui.py [--replies N]

- ``first_reply_ms``: run_now() to run_finished for one reply (queue -> posted -> stored);
- ``batch``: N replies in one run: total and per reply;
- ``gui_gap_ms``: the longest gap between GUI event-loop ticks (a 5 ms timer) during the
  batch: the GUI thread stays free while the worker posts.

Prints figures, asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from fake_mastodon import FakeMastodon  # noqa: E402
from mastodon_workspace import mastodon_workspace  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from queued_replies import queue_replies_to_new_mentions  # noqa: E402

from cmstation.storage import open_workspace  # noqa: E402
from cmstation.storage import outbox as store  # noqa: E402
from cmstation.ui.outbox.outbox_controller import OutboxController  # noqa: E402


def queue(path: Path, fake: FakeMastodon, cid: int, n: int) -> None:
    db = open_workspace(path)
    klant = fake.add_account(f"klant{time.monotonic_ns()}")
    queue_replies_to_new_mentions(db, fake, cid, klant, n)
    db.conn.close()


def timed_run(ctl: OutboxController) -> tuple[float, float, object]:
    loop = QEventLoop()
    out: dict = {}
    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    def done(report) -> None:
        out["report"] = report
        loop.quit()

    ctl.run_finished.connect(done)
    t0 = time.perf_counter()
    ctl.run_now()
    loop.exec()
    took = time.perf_counter() - t0
    timer.stop()
    ctl.run_finished.disconnect(done)
    return took, gaps[0], out["report"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--replies", type=int, default=200)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp, FakeMastodon() as fake:
        path = Path(tmp) / "workspace.sqlite3"
        cid, secrets = mastodon_workspace(path, fake)
        ctl = OutboxController(path, secrets_provider=lambda: secrets)
        try:
            queue(path, fake, cid, 1)
            took, _gap, report = timed_run(ctl)
            print(f"first_reply_ms: {took * 1000:.1f} (sent {len(report.sent)})")
            queue(path, fake, cid, args.replies)
            took, gap, report = timed_run(ctl)
            print(
                f"batch: {len(report.sent)} replies in {took:.2f} s, "
                f"{took * 1000 / max(len(report.sent), 1):.1f} ms per reply"
            )
            if report.waiting:
                db = open_workspace(path)
                why = store.get(db, report.waiting[0]).reason
                db.conn.close()
                print(f"waiting: {len(report.waiting)} ({why})")
            print(f"gui_gap_ms: {gap * 1000:.1f} (longest pause of the GUI thread's 5 ms timer)")
            print(f"statuses_on_server: {len(fake.statuses_by(fake.me))}")
        finally:
            ctl.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
