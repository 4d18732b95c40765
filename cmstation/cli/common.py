"""What the headless commands share: finding and opening the workspace, finding a channel
in it, and its logins in the keyring; printing JSON, times and errors."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from cmstation import config
from cmstation.core.errors import CmstationError, WorkspaceError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Channel
from cmstation.storage import channels as channel_store
from cmstation.storage import open_workspace

MSG_NO_WORKSPACE = QT_TRANSLATE_NOOP(
    "Cli", "No workspace at {path}. Start cmstation once, or pass --data-dir DIR."
)
MSG_NO_SUCH_CHANNEL = QT_TRANSLATE_NOOP(
    "Cli", "There is no channel {id} (see: cmstation channel list)."
)


def open_existing_workspace(args: argparse.Namespace):
    """Open the workspace the arguments name; it must exist (headless commands never create one
    by accident)."""
    path = config.workspace_path(getattr(args, "data_dir", None))
    if not path.exists():
        raise WorkspaceError.from_text(Text("Cli", MSG_NO_WORKSPACE, {"path": path}))
    return open_workspace(path)


def owner_lease(args: argparse.Namespace, role: str):
    """The workspace's owner lease for a command that sweeps or sends (``role``: "listen",
    "sweep", "outbox"); ``WorkspaceBusy`` (exit status 4, one plain line) when another
    process (the window, a ``listen``) already does that work."""
    from cmstation.storage import workspace_owner

    return workspace_owner.acquire(config.workspace_path(getattr(args, "data_dir", None)), role)


def open_or_create_workspace(args: argparse.Namespace):
    return open_workspace(config.workspace_path(getattr(args, "data_dir", None)))


def existing_channel(db, channel_id: int) -> Channel:
    """The channel with this id; a clear error (exit status 1) when there is none."""
    ch = channel_store.get_channel(db, channel_id)
    if ch is None:
        raise CmstationError.from_text(Text("Cli", MSG_NO_SUCH_CHANNEL, {"id": channel_id}))
    return ch


def secrets_or_none(db):
    """This workspace's keyring store, or None without a secure backend (channels then need
    login)."""
    from cmstation.secrets import NoSecureBackend, open_secret_store
    from cmstation.storage.settings import workspace_id

    try:
        return open_secret_store(scope=workspace_id(db))
    except NoSecureBackend:
        return None


def print_json(data) -> None:
    """``--json`` output: indented, non-ASCII kept as it is, a newline at the end."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_error(text: str) -> None:
    """An error line on stderr, as ``cmstation: text`` (the way the main command says them)."""
    print(f"cmstation: {text}", file=sys.stderr)


def utc_iso(ts: int) -> str:
    """Unix seconds as the commands print them: ``2026-11-23T07:00:00Z`` (UTC)."""
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
