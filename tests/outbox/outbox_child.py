"""A process that drafts and sends replies until its outbox is empty; the kill -9 test
kills it at random moments. Prints a line after each durable step it wants checked."""

from __future__ import annotations

import sys
import time

from cmstation.channels.http import make_session
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.outbox.mastodon_delivery import MastodonDeliverer
from cmstation.outbox.worker import process_outbox
from cmstation.storage import drafts, open_workspace
from cmstation.storage import outbox as store


def main() -> int:
    path, base_url, token, channel_id, tag = sys.argv[1:6]
    cid = int(channel_id)
    db = open_workspace(path)
    session = make_session(timeout=(2.0, 2.0))
    deliverers = {cid: MastodonDeliverer(MastodonAdapter(session, cid, base_url, token))}
    print("ready", flush=True)
    # typing a draft: every save is durable once the call returns
    for i in range(20):
        did = drafts.save_draft(db, message_id=None, channel_id=cid, text=f"{tag} draft {i}")
        print(f"draft {did} {tag} draft {i}", flush=True)
    for _ in range(200):
        # posting takes 0.03 s here: a request cut off by a kill has landed within a second
        run = process_outbox(db, deliverers, max_items=1, in_flight_seconds=1.0)
        pending = [i for i in store.list_items(db, include_done=False)]
        if not pending:
            print("done", flush=True)
            return 0
        if all(i.state != "queued" and i.state != "sending" for i in pending):
            print("stuck " + ",".join(f"{i.id}:{i.state}:{i.reason}" for i in pending), flush=True)
            return 3
        if not (run.sent or run.held):
            time.sleep(0.05)  # what waits, waits for a moment
    return 4


if __name__ == "__main__":
    raise SystemExit(main())
