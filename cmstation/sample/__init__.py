"""The sample workspace: a fictional Dutch bike shop's inbox, generated deterministically.

``build_sample_workspace(path, seed=7, now=None)`` writes a complete workspace file with a
Mastodon, a Bluesky and a feed channel and a few hundred mentions from the 30 days before
``now``: complaints, questions, praise, reposts, threads, spam, some already answered by
"Eva de Vries, webcare" (signed " ^Eva"). The same seed and ``now`` give the same file
content. The texts live in ``templates.toml`` beside this file; the people and the shop in
:mod:`cmstation.sample.data`, the making up in :mod:`cmstation.sample.generator`.
Everything is made up.
"""

from __future__ import annotations

import random
from pathlib import Path

from cmstation.core.models import Channel, ChannelKind
from cmstation.sample.data import (
    DAY,
    FEED_URL,
    HOUR,
    MASTODON_INSTANCE,
    PROFILE,
    SHOP_BLUESKY,
    SHOP_MASTODON,
    SIGNOFF,
    WINDOW_DAYS,
    default_now,
    load_templates,
)
from cmstation.sample.generator import Generator
from cmstation.storage import channels, messages, open_workspace, settings
from cmstation.storage import profile as profile_store
from cmstation.storage.tx import transaction


def build_sample_workspace(path: Path, *, seed: int = 7, now: int | None = None) -> None:
    """Write the sample workspace to ``path`` (which must not exist yet, or be empty)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists; the sample is only written to a new file")
    now = default_now() if now is None else int(now)
    gen = Generator(random.Random(seed), now, load_templates())
    db = open_workspace(path)
    try:
        with transaction(db):
            made = now - (WINDOW_DAYS + 5) * DAY
            ids = {
                "mastodon": channels.add_channel(
                    db,
                    Channel(
                        kind=ChannelKind.MASTODON,
                        name=f"@{SHOP_MASTODON}@{MASTODON_INSTANCE}",
                        url=f"https://{MASTODON_INSTANCE}",
                        account=f"@{SHOP_MASTODON}@{MASTODON_INSTANCE}",
                        post_limit=500,
                    ),
                    now=made,
                ),
                "bluesky": channels.add_channel(
                    db,
                    Channel(
                        kind=ChannelKind.BLUESKY,
                        name=SHOP_BLUESKY,
                        url="https://bsky.social",
                        account=SHOP_BLUESKY,
                        post_limit=300,
                    ),
                    now=made + 9 * DAY,
                ),
                "feed": channels.add_channel(
                    db,
                    Channel(
                        kind=ChannelKind.FEED,
                        name="Web alerts: De Spaak",
                        url=FEED_URL,
                        sweep_minutes=60,
                    ),
                    now=made + 12 * DAY,
                ),
            }
            for network in ("mastodon", "bluesky", "feed"):
                msgs = gen.channel_messages(network, ids[network])
                msgs.sort(key=lambda m: (m.created_at, m.remote_id))
                messages.upsert_messages(db, msgs, now=now)
            _store_profile(db)
            settings.mark_sample(db)  # made up: the outbox holds, never reaches a network
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()


def _store_profile(db) -> None:
    profile_store.save_profile(db, PROFILE)


# ----------------------------------------------------------------------------- generation


__all__ = [
    "DAY",
    "FEED_URL",
    "HOUR",
    "MASTODON_INSTANCE",
    "PROFILE",
    "SHOP_BLUESKY",
    "SHOP_MASTODON",
    "SIGNOFF",
    "WINDOW_DAYS",
    "build_sample_workspace",
    "default_now",
    "load_templates",
]
