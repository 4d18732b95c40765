"""Reactions and moderation (like, boost, mute, block, report, hide, detach a quote): the
unit of work of the action queue, sent like replies (queued, then sent, exactly once or
naturally idempotent) so they work offline too."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import ChannelKind


class ActionKind(StrEnum):
    LIKE = "like"  # Mastodon favourite, Bluesky like
    BOOST = "boost"  # Mastodon reblog, Bluesky repost
    MUTE = "mute"  # the author
    BLOCK = "block"  # the author
    REPORT = "report"  # the post, to the network's moderators
    HIDE = "hide"  # a reply under our own post (Bluesky threadgate)
    DETACH = "detach"  # a quote of our post (Mastodon revoke, Bluesky postgate)
    READ = "read"  # a private message was read here: the network marks it read too


class ActionState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # started; found so after a restart, the outcome is unknown
    DONE = "done"
    HELD = "held"  # waits for the user, with a reason
    CANCELLED = "cancelled"


#: Which actions each network can do. Mastodon has no way to hide a reply.
SUPPORTED: dict[ChannelKind, frozenset[ActionKind]] = {
    ChannelKind.MASTODON: frozenset(
        {
            ActionKind.LIKE,
            ActionKind.BOOST,
            ActionKind.MUTE,
            ActionKind.BLOCK,
            ActionKind.REPORT,
            ActionKind.DETACH,
            ActionKind.READ,
        }
    ),
    ChannelKind.BLUESKY: frozenset(ActionKind),
}
#: Actions that are taken back by an undo action (a report cannot be taken back).
UNDOABLE = frozenset(ActionKind) - {ActionKind.REPORT, ActionKind.READ}
#: Done by cmstation itself, never offered in a menu.
AUTOMATIC = frozenset({ActionKind.READ})
#: Actions about the author, not the post.
ABOUT_AUTHOR = frozenset({ActionKind.MUTE, ActionKind.BLOCK})

#: Report reasons (the network's own categories are mapped from these).
REPORT_REASONS = ("spam", "abuse", "violation", "other")

_DONE = {
    ActionKind.LIKE: QT_TRANSLATE_NOOP("Actions", "you liked this"),
    ActionKind.BOOST: QT_TRANSLATE_NOOP("Actions", "you boosted this"),
    ActionKind.MUTE: QT_TRANSLATE_NOOP("Actions", "you muted {handle}"),
    ActionKind.BLOCK: QT_TRANSLATE_NOOP("Actions", "you blocked {handle}"),
    ActionKind.REPORT: QT_TRANSLATE_NOOP("Actions", "you reported this"),
    ActionKind.HIDE: QT_TRANSLATE_NOOP("Actions", "you hid this reply"),
    ActionKind.DETACH: QT_TRANSLATE_NOOP("Actions", "you detached this quote from your post"),
    ActionKind.READ: QT_TRANSLATE_NOOP("Actions", "you read this"),
}
_UNDONE = {
    ActionKind.LIKE: QT_TRANSLATE_NOOP("Actions", "you took back your like"),
    ActionKind.BOOST: QT_TRANSLATE_NOOP("Actions", "you took back your boost"),
    ActionKind.MUTE: QT_TRANSLATE_NOOP("Actions", "you unmuted {handle}"),
    ActionKind.BLOCK: QT_TRANSLATE_NOOP("Actions", "you unblocked {handle}"),
    ActionKind.HIDE: QT_TRANSLATE_NOOP("Actions", "you showed this reply again"),
    ActionKind.DETACH: QT_TRANSLATE_NOOP("Actions", "you allowed this quote again"),
}
_WAITING = QT_TRANSLATE_NOOP("Actions", "{what} (waiting to be sent)")
_HELD = QT_TRANSLATE_NOOP("Actions", "{what} (held: {reason})")

#: The verbs, for menus and the command line.
LABELS = {
    ActionKind.LIKE: QT_TRANSLATE_NOOP("Actions", "Like"),
    ActionKind.BOOST: QT_TRANSLATE_NOOP("Actions", "Boost"),
    ActionKind.MUTE: QT_TRANSLATE_NOOP("Actions", "Mute the author"),
    ActionKind.BLOCK: QT_TRANSLATE_NOOP("Actions", "Block the author"),
    ActionKind.REPORT: QT_TRANSLATE_NOOP("Actions", "Report\u2026"),
    ActionKind.HIDE: QT_TRANSLATE_NOOP("Actions", "Hide this reply"),
    ActionKind.DETACH: QT_TRANSLATE_NOOP("Actions", "Detach this quote"),
    ActionKind.READ: QT_TRANSLATE_NOOP("Actions", "Mark read"),
}
UNDO_LABELS = {
    ActionKind.LIKE: QT_TRANSLATE_NOOP("Actions", "Take back the like"),
    ActionKind.BOOST: QT_TRANSLATE_NOOP("Actions", "Take back the boost"),
    ActionKind.MUTE: QT_TRANSLATE_NOOP("Actions", "Unmute the author"),
    ActionKind.BLOCK: QT_TRANSLATE_NOOP("Actions", "Unblock the author"),
    ActionKind.HIDE: QT_TRANSLATE_NOOP("Actions", "Show this reply again"),
    ActionKind.DETACH: QT_TRANSLATE_NOOP("Actions", "Allow this quote again"),
}


@dataclass(slots=True)
class Action:
    id: int
    message_id: int
    channel_id: int
    kind: ActionKind
    #: True: take the action back (unlike, unmute...).
    undo: bool
    #: Chosen once when queued: a Bluesky record key (TID) for records, else a unique id.
    key: str
    state: ActionState
    attempts: int
    queued_at: int
    not_before: int | None = None
    done_at: int | None = None
    #: What the network made (a like's record URI, a report id), for undoing and the log.
    remote_ref: str = ""
    #: Extra: the report reason and comment, the record key an undo removes...
    detail: dict[str, Any] = field(default_factory=dict)
    reason: Text = field(default_factory=lambda: Text("Actions", ""))

    def description(self, handle: str = "") -> Text:
        """What the conversation shows: "you liked this", "you muted @x (waiting to be sent)"."""
        source = (_UNDONE if self.undo else _DONE)[self.kind]
        what = Text("Actions", source, {"handle": handle} if "{handle}" in source else {})
        if self.state == ActionState.DONE:
            return what
        if self.state == ActionState.HELD:
            return Text("Actions", _HELD, {"what": what, "reason": self.reason})
        return Text("Actions", _WAITING, {"what": what})
