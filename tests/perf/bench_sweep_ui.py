#!/usr/bin/env python3
"""Window responsiveness during "Sweep now": N mentions from the loopback Mastodon server.

    tests/perf/bench_sweep_ui.py [--mentions N]

Builds the real window (offscreen) over a temporary workspace with one Mastodon channel on
tests/helpers/fake_mastodon.py holding N mentions (default 2,000), presses Sweep now and
prints one JSON object:

- ``sweep_s``: from the trigger to ``sweep_finished``;
- ``list_shown_s``: from the trigger until the message list shows all N rows' total;
- ``max_gui_gap_ms`` / ``p99_gui_gap_ms``: the largest and 99th-percentile gap between ticks
  of a 5 ms QTimer on the GUI thread while the sweep ran (what a user would feel as a
  freeze: the sweep runs on its own thread, the list reloads on the task worker);
- ``stored``: the messages in the workspace afterwards.

Figures, not assertions; not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from fake_mastodon import FakeMastodon  # noqa: E402
from mastodon_workspace import mastodon_workspace  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cmstation.storage import messages, open_workspace  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=2000)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="cmstation-bench-"))
    with FakeMastodon() as fake:
        fake.rate_limit = fake.remaining = 10**9
        people = [fake.add_account(f"klant{i}", f"Klant {i}") for i in range(50)]
        for i in range(args.mentions):
            fake.mention(people[i % 50], f"<p>@eva Vraag {i}: hebben jullie een bakfiets?</p>")
        path = tmp / "workspace.sqlite3"
        _cid, store = mastodon_workspace(path, fake)
        w = build_window(path, settings=QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
        w.listening.controller.secrets_provider = lambda: store
        w.listening.controller.page_budget = 10**6
        w.show()
        w.select_view(("view", "all"))

        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        marks: dict[str, float] = {}
        w.listening.controller.sweep_finished.connect(
            lambda _s: marks.setdefault("done", time.perf_counter())
        )
        start = time.perf_counter()
        timer.start()
        w.listening.sweep_now()
        deadline = start + 600
        while time.perf_counter() < deadline:
            app.processEvents()
            if "done" in marks and w.message_model.total == args.mentions:
                marks.setdefault("listed", time.perf_counter())
                break
            time.sleep(0.001)
        timer.stop()
        db = open_workspace(path)
        stored = messages.count_messages(db, messages.MessageFilter())
        db.conn.close()
        gaps.sort()
        out = {
            "mentions": args.mentions,
            "sweep_s": round(marks.get("done", float("nan")) - start, 2),
            "list_shown_s": round(marks.get("listed", float("nan")) - start, 2),
            "max_gui_gap_ms": round(gaps[-1], 1) if gaps else None,
            "p99_gui_gap_ms": round(gaps[int(len(gaps) * 0.99)], 1) if gaps else None,
            "stored": stored,
        }
        w.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
