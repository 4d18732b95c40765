"""The soak test's "window": the Qt-free services the window's controllers run, in a process
of their own. While it holds the owner lease it sweeps what is due and sends the outbox,
as the window does; all the time it edits, as a person in the window does: it marks
messages ignored and queues replies. After each durable step it prints a line (the
acknowledgement the soak test checks): ``mark ID`` and ``queued ITEM_ID``.

Usage: soak_window.py WORKSPACE PLAN.json TAG
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from cmstation.core.clock import SystemClock
from cmstation.core.models import MessageState
from cmstation.core.outbox_item import new_idempotency_key
from cmstation.listening import adapters as factory
from cmstation.listening import scheduler
from cmstation.outbox.deliverers import build_deliverers
from cmstation.outbox.worker import process_outbox
from cmstation.secrets import open_secret_store
from cmstation.storage import messages, open_workspace, settings, workspace_owner
from cmstation.storage import outbox as store


def main() -> int:
    path, plan_file, tag = sys.argv[1:4]
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    rng = random.Random(tag)
    db = open_workspace(path)
    secrets = open_secret_store(scope=settings.workspace_id(db))
    clock = SystemClock()
    lease = None
    marks = list(plan["window_marks"])
    taken = {i.message_id for i in store.list_items(db)}  # queued before a restart
    replies = [r for r in plan["replies"] if r[0] not in taken]
    rng.shuffle(marks)
    rng.shuffle(replies)
    print("ready", flush=True)
    while True:
        if lease is None:
            lease = workspace_owner.try_acquire(path, "window")
            if lease is not None:
                print("owner", flush=True)
        if lease is not None:
            for cid in scheduler.due_channels(db, clock.now()):
                scheduler.sweep_channel(
                    db,
                    cid,
                    build_adapter=lambda _db, ch: factory.build_adapter(
                        ch, factory.new_session(), secrets
                    ),
                    clock=clock,
                    page_budget=2,
                )
            process_outbox(db, build_deliverers(db, secrets), max_items=3)
        if marks and rng.random() < 0.5:
            mid = marks.pop()
            messages.set_state(db, [mid], MessageState.IGNORED)
            print(f"mark {mid}", flush=True)
        if replies and rng.random() < 0.5:
            mid, channel_id, text = replies.pop()
            item = store.enqueue(
                db,
                channel_id=channel_id,
                message_id=mid,
                text=f"{text} ({tag})",
                delivery_key=new_idempotency_key(),
                context={"known_replies": []},
            )
            print(f"queued {item}", flush=True)
        time.sleep(0.05)


if __name__ == "__main__":
    raise SystemExit(main())
