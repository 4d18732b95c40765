"""The steps of setting up a channel, shared by the set-up dialog and ``cmstation channel add``.

Each network step takes a ``requests.Session`` (from ``factory.new_session()``) (and the user's input) and returns a
:class:`PreparedChannel`: the :class:`~cmstation.core.models.Channel` to store plus the one
secret it needs (name and value for :func:`cmstation.secrets.channel_key`). Nothing is
stored until :func:`store_prepared`, which adds the channel through
:func:`cmstation.listening.channel_setup.add_channel` (the gate and the cap) and then puts
the secret in the secret store; when the secret cannot be stored the channel is taken out
again, so there is never a channel without its login.

Qt-free: the window runs these off the GUI thread; the CLI runs them directly.
Never log or print a secret that passes through here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from cmstation.core.clock import Clock, SystemClock
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.listening import adapters as factory
from cmstation.listening import channel_setup
from cmstation.storage import channels as channel_store
from cmstation.storage.tx import transaction


@dataclass(slots=True)
class PreparedChannel:
    channel: Channel
    secret_name: str = ""
    secret_value: str = field(default="", repr=False)

    @property
    def needs_secret(self) -> bool:
        return bool(self.secret_name)


@dataclass(slots=True)
class MastodonLogin:
    """Half-way through the out-of-band OAuth flow: the browser shows the user a code."""

    base_url: str
    registration: object = field(repr=False)
    verifier: str = field(repr=False)
    authorize_url: str = ""


def _name(name: str, default: str) -> str:
    return (name or "").strip() or default


def begin_mastodon(session: Any, instance: str) -> MastodonLogin:
    """Register cmstation with the instance and build the authorize address (PKCE)."""
    from cmstation.channels import mastodon_auth as auth
    from cmstation.channels.http import normalise_base_url

    base = normalise_base_url(instance)
    reg = auth.register_app(session, base)
    verifier, challenge = auth.make_pkce()
    return MastodonLogin(base, reg, verifier, auth.authorize_url(reg, challenge))


def finish_mastodon(
    session: Any,
    login: MastodonLogin,
    code: str,
    *,
    name: str = "",
    sweep_minutes: int = 15,
) -> PreparedChannel:
    """Exchange the pasted code for a token, then verify it and read the post limit."""
    from cmstation.channels import mastodon_auth as auth

    token = auth.exchange_code(session, login.registration, code.strip(), login.verifier)
    return mastodon_with_token(
        session, login.base_url, token, name=name, sweep_minutes=sweep_minutes
    )


def mastodon_with_token(
    session: Any,
    base_url: str,
    token: str,
    *,
    name: str = "",
    sweep_minutes: int = 15,
) -> PreparedChannel:
    """A Mastodon channel for an access token (verified; the instance's post limit read)."""
    from cmstation.channels import mastodon_auth as auth
    from cmstation.channels.http import normalise_base_url

    base = normalise_base_url(base_url)
    account = auth.verify_credentials(session, base, token)
    host = base.split("://", 1)[1]
    acct = account["acct"] if "@" in account["acct"] else f"{account['acct']}@{host}"
    limit = auth.instance_post_limit(session, base)
    ch = Channel(
        kind=ChannelKind.MASTODON,
        name=_name(name, f"@{acct}"),
        url=base,
        account=acct,
        post_limit=limit,
        sweep_minutes=sweep_minutes,
    )
    return PreparedChannel(ch, factory.ACCESS_TOKEN, token)


def login_bluesky(
    session: Any,
    pds_url: str,
    handle: str,
    app_password: str,
    *,
    name: str = "",
    sweep_minutes: int = 15,
) -> PreparedChannel:
    """Log in once with an app password; the session tokens are the channel's secret."""
    from cmstation.channels.bluesky_session import create_session
    from cmstation.channels.http import normalise_base_url

    pds = normalise_base_url(pds_url or factory.DEFAULT_PDS)
    handle = handle.strip().lstrip("@")
    tokens = create_session(session, pds, handle, app_password)
    ch = Channel(
        kind=ChannelKind.BLUESKY,
        name=_name(name, f"@{tokens.handle or handle}"),
        url=pds,
        account=tokens.handle or handle,
        post_limit=300,
        sweep_minutes=sweep_minutes,
    )
    return PreparedChannel(ch, factory.BLUESKY_TOKENS, tokens.to_json())


def prepare_feed(
    session: Any, url: str, *, name: str = "", sweep_minutes: int = 15
) -> PreparedChannel:
    """Fetch the feed once: it must be RSS or Atom; its title names the channel."""
    from cmstation.channels.feed import validate_feed
    from cmstation.channels.http import check_url

    checked = check_url(url.strip())
    title = validate_feed(session, checked)
    ch = Channel(
        kind=ChannelKind.FEED,
        name=_name(name, title or checked),
        url=checked,
        sweep_minutes=sweep_minutes,
    )
    return PreparedChannel(ch)


def prepare_manual(*, name: str = "", sweep_minutes: int = 15) -> PreparedChannel:
    default = channel_setup.default_kind_name(ChannelKind.MANUAL)
    return PreparedChannel(
        Channel(kind=ChannelKind.MANUAL, name=_name(name, default), sweep_minutes=sweep_minutes)
    )


def store_prepared(
    db,
    prepared: PreparedChannel,
    secrets=None,
    *,
    override_reason: str | None = None,
    clock: Clock,
) -> int:
    """Add the channel (gate and cap apply) and store its secret; returns the channel id.

    Raises ``GateNotMet`` / ``ChannelLimitReached`` from ``add_channel``, and the secret
    store's error (e.g. ``NoSecureBackend``) after taking the channel out again.
    """
    if prepared.needs_secret and secrets is None:
        raise CmstationError("no secret store was given for a channel that needs a login")
    cid = channel_setup.add_channel(
        db, prepared.channel, override_reason=override_reason, clock=clock
    )
    if prepared.needs_secret:
        from cmstation.secrets import channel_key

        try:
            secrets.set(channel_key(cid, prepared.secret_name), prepared.secret_value)
        except Exception:
            channel_store.remove_channel(db, cid)  # no channel without its login
            raise
    return cid


def store_manual_item(db, message: Message, *, clock: Clock) -> tuple[int, bool]:
    """Triage and store a pasted item; returns (message id, True when it was new)."""
    from cmstation.listening.triage import triage
    from cmstation.storage import messages as message_store

    triage(message)
    if not message.thread_root_id:
        message.thread_root_id = message.remote_id
    result = message_store.upsert_messages(db, [message], now=int(clock.now()))
    return result.ids[0], bool(result.inserted)


MSG_NO_CHANNEL = QT_TRANSLATE_NOOP("channels", "There is no channel {id}.")
MSG_OTHER_ACCOUNT = QT_TRANSLATE_NOOP(
    "channels",
    "You logged in as {got}, but this channel listens for {want}. Log in with that account, "
    "or add the other one as a new channel.",
)


MSG_LOGGED_IN_AGAIN = QT_TRANSLATE_NOOP(
    "ChannelStatus", "Logged in again at {time}. Listening resumes with the next sweep."
)


def store_relogin(
    db, channel_id: int, prepared: PreparedChannel, secrets, *, clock: Clock | None = None
) -> None:
    """A fresh login for an existing channel (after "needs login"): same account only.

    The new secret replaces the old one. A channel that needed a login is set back to
    ``ok`` with ``retry_at`` at the time of the login, so the scheduler sweeps it at once
    (see :func:`cmstation.listening.scheduler.is_due`); the sweep then sets its status.
    """
    from cmstation.listening.sweep import NEEDS_LOGIN, OK
    from cmstation.secrets import channel_key
    from cmstation.storage import sweeps

    current = channel_store.get_channel(db, channel_id)
    if current is None:
        raise CmstationError.from_text(Text("channels", MSG_NO_CHANNEL, {"id": channel_id}))
    got, want = prepared.channel.account, current.account
    if want and got and got.lower() != want.lower():
        raise CmstationError.from_text(
            Text("channels", MSG_OTHER_ACCOUNT, {"got": got, "want": want})
        )
    if prepared.needs_secret:
        secrets.set(channel_key(channel_id, prepared.secret_name), prepared.secret_value)
    with transaction(db):
        if prepared.channel.post_limit and prepared.channel.post_limit != current.post_limit:
            channel_store.update_channel(db, channel_id, post_limit=prepared.channel.post_limit)
        status = sweeps.channel_status(db, channel_id)
        if status is not None and status.status == NEEDS_LOGIN:
            now = int((clock or SystemClock()).now())
            detail = Text("ChannelStatus", MSG_LOGGED_IN_AGAIN, {"time": _hhmm(now)})
            sweeps.set_status(db, channel_id, OK, detail, at=now, retry_at=now)


def _hhmm(ts: float) -> str:
    return time.strftime("%H:%M", time.localtime(ts))


#: The longest channel name the settings accept (the navigation has little room).
MAX_NAME_LENGTH = 80

MSG_NAME_EMPTY = QT_TRANSLATE_NOOP("channels", "Give the channel a name.")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "channels", "A channel name can be at most {max} characters long (this one has {n})."
)


@dataclass(frozen=True, slots=True)
class ChannelSettings:
    """What the channel settings change: name, sweep interval (None for manual channels,
    which are never swept) and whether listening is paused (``channels.enabled``)."""

    name: str
    sweep_minutes: int | None
    paused: bool


def check_settings(
    kind: ChannelKind, name: str, sweep_minutes: int | None
) -> tuple[str, int | None]:
    """The cleaned name and interval; raises ``CmstationError`` (with translatable text)."""
    clean = " ".join((name or "").split())
    if not clean:
        raise CmstationError.from_text(Text("channels", MSG_NAME_EMPTY))
    if len(clean) > MAX_NAME_LENGTH:
        raise CmstationError.from_text(
            Text("channels", MSG_NAME_TOO_LONG, {"max": MAX_NAME_LENGTH, "n": len(clean)})
        )
    if kind == ChannelKind.MANUAL:
        return clean, None
    low, high = channel_setup.MIN_SWEEP_MINUTES, channel_setup.MAX_SWEEP_MINUTES
    if sweep_minutes is None or not low <= int(sweep_minutes) <= high:
        raise CmstationError.from_text(
            Text(
                channel_setup.CTX,
                channel_setup.MSG_BAD_MINUTES,
                {"minutes": sweep_minutes, "min": low, "max": high},
            )
        )
    return clean, int(sweep_minutes)


def save_settings(db, channel_id: int, settings: ChannelSettings) -> Channel:
    """Check and store a channel's settings; returns the stored channel.

    The scheduler decides from stored state, so the next tick uses the new interval, and a
    paused channel is never swept (see :mod:`cmstation.listening.scheduler`).
    """
    current = channel_store.get_channel(db, channel_id)
    if current is None:
        raise CmstationError.from_text(Text("channels", MSG_NO_CHANNEL, {"id": channel_id}))
    name, minutes = check_settings(current.kind, settings.name, settings.sweep_minutes)
    fields: dict[str, Any] = {"name": name}
    if current.kind != ChannelKind.MANUAL:
        fields["sweep_minutes"] = minutes
        fields["enabled"] = int(not settings.paused)
    with transaction(db):
        channel_store.update_channel(db, channel_id, **fields)
    return channel_store.get_channel(db, channel_id)
