"""One pass over the outbox as the window and ``cmstation listen`` run it: nothing to do
when nothing waits; else a deliverer per posting channel, the channels' own handles, and
:func:`cmstation.outbox.worker.process_outbox`. Qt-free: the window's OutboxController runs
it on its worker thread and turns ``on_item`` into signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmstation.core.actions import Action, ActionState
from cmstation.core.clock import Clock
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.outbox_item import OutboxItem, OutboxState
from cmstation.outbox.actions_worker import ActionRun, process_actions
from cmstation.outbox.deliverers import build_deliverers
from cmstation.outbox.worker import OutboxRun, process_outbox
from cmstation.storage import actions as action_store
from cmstation.storage import channels as channel_store
from cmstation.storage import outbox as store
from cmstation.storage import settings

#: Why nothing leaves the sample workspace (its channels are made up).
MSG_SAMPLE = QT_TRANSLATE_NOOP(
    "Outbox",
    "Held: this is the sample workspace. Its channels are made up and cannot send; connect "
    "your own account to send replies.",
)


def run_actions(
    db,
    secrets: Callable[[], Any],
    *,
    session: Any | None = None,
    clock: Clock | None = None,
    on_action: Callable[[Action, str], None] | None = None,
) -> ActionRun:
    """Send the reactions and moderation actions that may go now (likes, mutes...)."""
    waiting = action_store.waiting(db)
    if not waiting:
        return ActionRun()
    if settings.is_sample(db):
        run = ActionRun()
        for action in waiting:
            if action.state == ActionState.QUEUED:
                action_store.hold(db, action.id, Text("Outbox", MSG_SAMPLE))
                run.held.append(action.id)
        return run
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
    items = store.list_items(db, include_done=False)
    if not items:
        return OutboxRun()
    if settings.is_sample(db):
        return _hold_in_sample(db, items, on_item)
    deliverers = build_deliverers(db, secrets(), session)
    handles = {c.id: c.account for c in channel_store.list_channels(db) if c.account}
    return process_outbox(db, deliverers, clock=clock, author_handles=handles, on_item=on_item)


def _hold_in_sample(db, items: list[OutboxItem], on_item) -> OutboxRun:
    """The sample's replies stop in its outbox, saying why, without asking for a login."""
    run = OutboxRun()
    for item in items:
        if item.state == OutboxState.QUEUED:
            store.hold(db, item.id, Text("Outbox", MSG_SAMPLE))
            run.held.append(item.id)
            if on_item is not None:
                on_item(store.get(db, item.id), "held")
    return run
