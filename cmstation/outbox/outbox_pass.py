"""One pass over the outbox as the window and ``cmstation listen`` run it: nothing to do
when nothing waits; else a deliverer per posting channel, the channels' own handles, and
:func:`cmstation.outbox.worker.process_outbox`. Qt-free: the window's OutboxController runs
it on its worker thread and turns ``on_item`` into signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmstation.core.actions import Action
from cmstation.core.clock import Clock
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.actions_worker import ActionRun, process_actions
from cmstation.outbox.deliverers import build_deliverers
from cmstation.outbox.worker import OutboxRun, process_outbox
from cmstation.storage import actions as action_store
from cmstation.storage import channels as channel_store
from cmstation.storage import outbox as store


def run_actions(
    db,
    secrets: Callable[[], Any],
    *,
    session: Any | None = None,
    clock: Clock | None = None,
    on_action: Callable[[Action, str], None] | None = None,
) -> ActionRun:
    """Send the reactions and moderation actions that may go now (likes, mutes...)."""
    if not action_store.waiting(db):
        return ActionRun()
    from cmstation.outbox.action_performers import build_performers

    performers = build_performers(db, secrets(), session)
    return process_actions(db, performers, clock=clock, on_action=on_action)


def run_pass(
    db,
    secrets: Callable[[], Any],
    *,
    session: Any | None = None,
    clock: Clock | None = None,
    on_item: Callable[[OutboxItem, str], None] | None = None,
) -> OutboxRun:
    """Send what may go now. ``secrets()`` gives the secret store, asked only when something
    waits (so an empty outbox never touches the keyring); None (no keyring): replies that
    need a login wait for one instead of the pass failing."""
    run_actions(db, secrets, session=session, clock=clock)
    if not store.list_items(db, include_done=False):
        return OutboxRun()
    deliverers = build_deliverers(db, secrets(), session)
    handles = {c.id: c.account for c in channel_store.list_channels(db) if c.account}
    return process_outbox(db, deliverers, clock=clock, author_handles=handles, on_item=on_item)
