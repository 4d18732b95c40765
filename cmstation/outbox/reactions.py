"""Asking for a reaction or a moderation action on a message: checked, then queued.

The window and ``cmstation react`` / ``cmstation moderate`` both come here. What a network
cannot do is refused with a plain reason before anything is queued; the action then goes
out with the outbox (``outbox_pass.run_pass``), offline-first.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmstation.core.actions import (
    ABOUT_AUTHOR,
    AUTOMATIC,
    REPORT_REASONS,
    SUPPORTED,
    UNDOABLE,
    Action,
    ActionKind,
)
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import ChannelKind, Message, MessageKind
from cmstation.outbox.keys import new_delivery_key
from cmstation.storage import actions as store
from cmstation.storage import channels as channel_store
from cmstation.storage import messages

CTX = "Actions"
MSG_NO_MESSAGE = QT_TRANSLATE_NOOP("Actions", "There is no message {id} in this workspace.")
MSG_UNSUPPORTED = QT_TRANSLATE_NOOP("Actions", "{network} cannot do that.")
MSG_NOT_A_NETWORK = QT_TRANSLATE_NOOP(
    "Actions", "This message came in by hand or from a feed: react to it where it was posted."
)
MSG_OWN = QT_TRANSLATE_NOOP("Actions", "That is your own post.")
MSG_HIDE_WHERE = QT_TRANSLATE_NOOP(
    "Actions", "Only replies under a post of your own can be hidden."
)
MSG_DETACH_WHERE = QT_TRANSLATE_NOOP(
    "Actions", "Only quotes of a post of your own can be detached."
)
MSG_CANNOT_UNDO = QT_TRANSLATE_NOOP("Actions", "A report cannot be taken back.")
MSG_BAD_REASON = QT_TRANSLATE_NOOP("Actions", "Unknown reason {reason}; use one of {choices}.")
MSG_PRIVATE = QT_TRANSLATE_NOOP("Actions", "A private message cannot be liked or boosted.")


class ActionRefused(CmstationError):
    """The action cannot be asked for on this message."""


def _refuse(source: str, **params) -> ActionRefused:
    return ActionRefused.from_text(Text(CTX, source, params))


@dataclass(frozen=True)
class Requested:
    #: The queued action's id, or None when it cancelled a queued opposite one.
    action_id: int | None
    kind: ActionKind
    undo: bool


def allowed(db, message: Message) -> dict[ActionKind, bool]:
    """Which actions the message offers, and whether each stands now (liked: True)."""
    channel = channel_store.get_channel(db, message.channel_id)
    if channel is None or channel.kind not in SUPPORTED or message.is_own:
        return {}
    out = {}
    for kind in SUPPORTED[ChannelKind(channel.kind)] - AUTOMATIC:
        try:
            _check(db, message, ChannelKind(channel.kind), kind)
        except ActionRefused:
            continue
        out[kind] = store.is_on(db, message.id, kind)
    return out


def _thread_root(db, message: Message) -> Message | None:
    if not message.thread_root_id or message.thread_root_id == message.remote_id:
        return None
    return messages.find_by_remote_id(db, message.channel_id, message.thread_root_id)


def _check(db, message: Message, network: ChannelKind, kind: ActionKind) -> None:
    if kind not in SUPPORTED.get(network, frozenset()):
        raise _refuse(MSG_UNSUPPORTED, network=network.value.capitalize())
    if message.is_own:
        raise _refuse(MSG_OWN)
    if message.kind == MessageKind.DIRECT and kind in (ActionKind.LIKE, ActionKind.BOOST):
        raise _refuse(MSG_PRIVATE)
    if kind == ActionKind.READ and message.kind != MessageKind.DIRECT:
        raise _refuse(MSG_UNSUPPORTED, network=network.value.capitalize())
    if kind == ActionKind.HIDE:
        root = _thread_root(db, message)
        if root is None or not root.is_own or network != ChannelKind.BLUESKY:
            raise _refuse(MSG_HIDE_WHERE)
    if kind == ActionKind.DETACH:
        quoted = (
            messages.find_by_remote_id(db, message.channel_id, message.in_reply_to_id)
            if message.kind == MessageKind.QUOTE and message.in_reply_to_id
            else None
        )
        if quoted is None or not quoted.is_own:
            raise _refuse(MSG_DETACH_WHERE)


def request(
    db,
    message_id: int,
    kind: ActionKind,
    *,
    undo: bool | None = None,
    reason: str = "other",
    comment: str = "",
    now: float | None = None,
) -> Requested:
    """Queue ``kind`` on the message. ``undo`` None toggles: like when not liked, take the
    like back when it is."""
    message = messages.get_message(db, message_id)
    if message is None:
        raise _refuse(MSG_NO_MESSAGE, id=message_id)
    channel = channel_store.get_channel(db, message.channel_id)
    if channel is None or channel.kind not in SUPPORTED:
        raise _refuse(MSG_NOT_A_NETWORK)
    network = ChannelKind(channel.kind)
    _check(db, message, network, kind)
    if undo is None:
        undo = kind in UNDOABLE and store.is_on(db, message.id, kind)
    if undo and kind not in UNDOABLE:
        raise _refuse(MSG_CANNOT_UNDO)
    detail: dict = {}
    if kind == ActionKind.REPORT:
        if reason not in REPORT_REASONS:
            raise _refuse(MSG_BAD_REASON, reason=reason, choices=", ".join(REPORT_REASONS))
        detail = {"reason": reason, "comment": comment.strip()}
    if kind in ABOUT_AUTHOR and message.author is not None:
        detail["handle"] = message.author.handle
    action_id = store.queue(
        db,
        message_id=message.id,
        channel_id=message.channel_id,
        kind=kind,
        undo=undo,
        key=new_delivery_key(network),
        detail=detail,
        now=now,
    )
    return Requested(action_id, kind, undo)


def describe(action: Action) -> Text:
    return action.description(str(action.detail.get("handle", "")))
