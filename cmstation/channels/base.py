"""What every channel adapter speaks: the errors it may raise and the shape of a poll.

An adapter turns a network's wire format into core types and its trouble into one of the
errors below; it never touches the database (the sweep stores what it returns) and never
reads the keyring (credentials are handed in).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from cmstation.core.errors import CmstationError
from cmstation.core.i18n import Text
from cmstation.core.models import Message


class ChannelError(CmstationError):
    """Base of the few ways a network can fail us."""


class NeedsLogin(ChannelError):
    """Credentials missing, expired or revoked: the user must log in again."""


class RateLimited(ChannelError):
    def __init__(self, message: str, retry_at: float | None) -> None:
        super().__init__(message)
        self.retry_at = retry_at  # unix seconds, or None when the server did not say


class Offline(ChannelError):
    """No connection, timeout, dropped connection, 5xx: try again later."""

    #: False when the request certainly never reached the server (no connection could be
    #: made): an action that cannot be looked up afterwards may then simply go again.
    maybe_sent: bool = True


class BadPayload(ChannelError):
    """The server answered something we cannot read (the whole answer, not one item)."""


class Permanent(ChannelError):
    """The request can never succeed as it is (404, 422, unsupported feature...)."""


@dataclass
class PollResult:
    """What one listening source gave in one sweep."""

    messages: list[Message] = field(default_factory=list)
    #: The cursor state to store after the messages are stored (since-ids, cursors, ETags).
    cursor: dict[str, Any] = field(default_factory=dict)
    skipped: int = 0  # items that were malformed and left out; the rest are kept
    requests: int = 0
    #: Plain-language notes for the user (e.g. "this server has no full-text search"),
    #: translatable: the window shows them in the user's language.
    notes: list[Text] = field(default_factory=list)


class ListeningAdapter(Protocol):
    def poll_mentions(self, cursor: dict[str, Any], *, page_budget: int) -> PollResult: ...

    def poll_search(
        self, query: str, cursor: dict[str, Any], *, page_budget: int
    ) -> PollResult: ...


class ExtraSources(Protocol):
    """Optional for an adapter: sources a sweep reads after the mentions and before the
    saved searches (private messages, mentions the server filtered). Each has a name (the
    key of its cursor in the channel's cursor state) and a translatable label."""

    def extra_sources(self) -> list[tuple[str, Text]]: ...

    def poll_extra(self, name: str, cursor: dict[str, Any], *, page_budget: int) -> PollResult: ...
