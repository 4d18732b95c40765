"""A workspace with one Mastodon channel ("@eva") on a fake Mastodon, and a session-only
secret store holding that channel's token (UI tests and benchmarks)."""

from __future__ import annotations

from cmstation.core.models import Channel, ChannelKind
from cmstation.secrets import SessionOnlySecretStore, channel_key
from cmstation.storage import channels, open_workspace


def mastodon_workspace(path, fake) -> tuple[int, SessionOnlySecretStore]:
    """Creates the workspace at ``path`` with one Mastodon channel on ``fake``; returns the
    channel id and a secret store with the fake's token for it."""
    db = open_workspace(path)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url)
    )
    db.conn.close()
    secrets = SessionOnlySecretStore()
    secrets.set(channel_key(cid, "access_token"), fake.token)
    return cid, secrets
