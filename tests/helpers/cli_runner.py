"""Running ``cmstation`` as a subprocess against a temporary --data-dir (CLI tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_KEYRING_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

_skip_without_keyring = pytest.mark.skipif(
    os.environ.get("CMSTATION_TEST_KEYRING") != "1",
    reason="needs the private Secret Service of scripts/test-session (make test)",
)


def requires_keyring(fn):
    return pytest.mark.keyring(_skip_without_keyring(fn))


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(
        self, *args: str, stdin: str = "", env: dict | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "cmstation", "--data-dir", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
        )

    def popen(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "cmstation", "--data-dir", str(self.data_dir), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )


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
