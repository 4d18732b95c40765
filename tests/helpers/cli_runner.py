"""Running ``cmstation`` as a subprocess against a temporary --data-dir (CLI tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_KEYRING_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
#: The environment's language settings, pinned to English so a Dutch desktop does not change
#: what the tests read; a test passes its own (e.g. LANG=nl_NL.UTF-8) to see another language.
ENGLISH_ENV = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}

_skip_without_keyring = pytest.mark.skipif(
    os.environ.get("CMSTATION_TEST_KEYRING") != "1",
    reason="needs the private Secret Service of scripts/test-session (make test)",
)


def requires_keyring(fn):
    return pytest.mark.keyring(_skip_without_keyring(fn))


def cli_env(env: dict | None = None) -> dict:
    """The environment for a ``cmstation`` subprocess: ours, in English, plus ``env``."""
    return {**os.environ, **ENGLISH_ENV, **(env or {})}


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    @property
    def workspace_path(self) -> Path:
        return self.data_dir / "workspace.sqlite3"

    def open_workspace(self):
        """The workspace the commands use, opened (and created) in this process."""
        from cmstation.storage import open_workspace

        return open_workspace(self.workspace_path)

    def __call__(
        self, *args: str, stdin: str = "", env: dict | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "cmstation", "--data-dir", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=cli_env(env),
            timeout=timeout,
        )

    def popen(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "cmstation", "--data-dir", str(self.data_dir), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(env),
        )

    def add_mastodon(
        self, fake, token: str | None = None, env: dict | None = None
    ) -> subprocess.CompletedProcess:
        """``cmstation channel add mastodon --token-stdin`` against a FakeMastodon (with its
        own token unless ``token`` is given)."""
        return self(
            "channel",
            "add",
            "mastodon",
            "--instance",
            fake.base_url,
            "--token-stdin",
            stdin=(fake.token if token is None else token) + "\n",
            env=env,
        )


def queue_reply(path: Path, fake, channel_id: int | None = None) -> tuple[int, int, dict]:
    """A mention from a new account on the FakeMastodon, in the workspace at ``path`` as a
    message that needs a reply, and a reply to it queued in the outbox (on a new Mastodon
    channel unless ``channel_id`` is given). Returns (channel_id, outbox item id, status)."""
    from queued_replies import store_message_needing_reply

    from cmstation.core.models import Author, Channel, ChannelKind
    from cmstation.core.outbox_item import new_idempotency_key
    from cmstation.storage import channels, open_workspace
    from cmstation.storage import outbox as store

    db = open_workspace(path)
    try:
        if channel_id is None:
            channel_id = channels.add_channel(
                db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url)
            )
        klant = fake.add_account("klant")
        st = fake.mention(klant, "<p>@eva waar blijft mijn fiets?</p>", language="nl")
        mid = store_message_needing_reply(
            db,
            channel_id,
            remote_id=st["id"],
            text="waar blijft mijn fiets?",
            created_at=1_700_000_000,
            author=Author(klant["id"], "@klant"),
        )
        item_id = store.enqueue(
            db,
            channel_id=channel_id,
            message_id=mid,
            text="Hij staat klaar! ^Eva",
            delivery_key=new_idempotency_key(),
            context={"known_replies": []},
        )
    finally:
        db.conn.close()
    return channel_id, item_id, st


def session_keyring(data_dir=None):
    """The private Secret Service of scripts/test-session, asked directly (not through
    keyring's process-wide default, which other tests may have swapped); with ``data_dir``,
    as that workspace sees it (its secrets are scoped by the workspace id)."""
    from keyring.backends import SecretService

    from cmstation.secrets import KeyringSecretStore, ScopedSecretStore
    from cmstation.storage.settings import workspace_id_at

    store = KeyringSecretStore(SecretService.Keyring())
    if data_dir is None:
        return store
    return ScopedSecretStore(store, workspace_id_at(Path(data_dir) / "workspace.sqlite3"))
