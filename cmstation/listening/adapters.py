"""Build the listening adapter for a stored channel from a session and the secret store.

Secret names (``cmstation.secrets.channel_key(channel.id, NAME)``), shared with the set-up
code of each network:

* Mastodon: ``access_token`` (the OAuth access token, a plain string).
* Bluesky: ``tokens`` (``BlueskyTokens.to_json()``: access and refresh JWTs, did, handle).
  The adapter refreshes them itself and hands the new ones to ``on_bluesky_tokens``; by
  default they are written back to the secret store under the same name.
* Feeds and manual channels have no secrets.

A missing secret raises ``NeedsLogin`` (the sweep records it as the channel's status).
Manual channels are never swept: asking for their adapter raises ``Permanent``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmstation.channels.base import ListeningAdapter, NeedsLogin, Permanent
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Channel, ChannelKind

CTX = "channels"
ACCESS_TOKEN = "access_token"
BLUESKY_TOKENS = "tokens"
#: Every secret name a channel may have (removed with the channel).
SECRET_NAMES = (ACCESS_TOKEN, BLUESKY_TOKENS, "client_id", "client_secret", "app_password")
DEFAULT_PDS = "https://bsky.social"

MSG_NO_LOGIN = QT_TRANSLATE_NOOP(
    "channels", "The login for {channel} is not in the keyring. Log in again to keep listening."
)
MSG_MANUAL = QT_TRANSLATE_NOOP(
    "channels", "{channel} is filled by hand; there is nothing to sweep."
)


def new_session() -> Any:
    """The shared session kind (a requests.Session with the user agent, timeouts and
    https-only except loopback: cmstation.channels.http.make_session)."""
    from cmstation.channels.http import make_session

    return make_session()


def _needs_login(channel: Channel) -> NeedsLogin:
    return NeedsLogin.from_text(Text(CTX, MSG_NO_LOGIN, {"channel": channel.name}))


def build_adapter(
    channel: Channel,
    session: Any,
    secrets: Any,
    on_bluesky_tokens: Callable[[Any], None] | None = None,
) -> ListeningAdapter:
    """The adapter for ``channel``; ``secrets`` is a ``cmstation.secrets.SecretStore``."""
    from cmstation.secrets import channel_key

    if channel.id is None:
        raise ValueError("the channel must be stored first")
    if channel.kind == ChannelKind.MASTODON:
        from cmstation.channels.mastodon import MastodonAdapter

        token = secrets.get(channel_key(channel.id, ACCESS_TOKEN)) if secrets else None
        if not token:
            raise _needs_login(channel)
        return MastodonAdapter(session, channel.id, channel.url, token)
    if channel.kind == ChannelKind.BLUESKY:
        from cmstation.channels.bluesky import BlueskyAdapter
        from cmstation.channels.bluesky_session import BlueskyTokens

        raw = secrets.get(channel_key(channel.id, BLUESKY_TOKENS)) if secrets else None
        if not raw:
            raise _needs_login(channel)
        try:
            tokens = BlueskyTokens.from_json(raw)
        except (ValueError, KeyError, TypeError):
            raise _needs_login(channel) from None
        key = channel_key(channel.id, BLUESKY_TOKENS)

        def store_tokens(new_tokens: Any) -> None:
            secrets.set(key, new_tokens.to_json())

        return BlueskyAdapter(
            session,
            channel.id,
            channel.url or DEFAULT_PDS,
            channel.account or tokens.handle,
            tokens,
            on_bluesky_tokens or store_tokens,
        )
    if channel.kind == ChannelKind.FEED:
        from cmstation.channels.feed import FeedAdapter

        return FeedAdapter(session, channel.id, channel.url)
    raise Permanent(Text(CTX, MSG_MANUAL, {"channel": channel.name}).render())
