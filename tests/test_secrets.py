"""Secrets: the real Secret Service (under scripts/test-session) and the "no backend" path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from read_workspace import file_bytes_elsewhere

from cmstation import secrets as sec
from cmstation.secrets import (
    KeyringSecretStore,
    NoSecureBackend,
    SessionOnlySecretStore,
    channel_key,
    is_secure_backend,
    open_secret_store,
)

HELPERS = Path(__file__).resolve().parent / "helpers"
TEST_TOKEN = "tok-c4f1e2d9-never-in-a-file-7b3a"


@pytest.fixture
def backend_restored():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A stand-in for an OS keyring (priority > 0, not plaintext) for the logic tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.values:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.values[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked(f"locked while reading {username}")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"could not store {password}")


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend: writes the secret in the clear."""


def test_channel_key():
    assert channel_key(3, "access_token") == "channel/3/access_token"
    for bad in ("", "a/b"):
        with pytest.raises(ValueError):
            channel_key(1, bad)


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring(), chainer.ChainerBackend()],
    ids=["fail", "null", "plaintext", "empty-chain"],
)
def test_insecure_backends_are_refused(backend, backend_restored):
    assert not is_secure_backend(backend)
    with pytest.raises(NoSecureBackend) as e:
        KeyringSecretStore(backend)
    assert "No secure keyring" in str(e.value) and "this session only" in str(e.value)
    keyring.set_keyring(backend)
    with pytest.raises(NoSecureBackend):
        open_secret_store()


def test_keyrings_alt_is_never_trusted():
    cls = type("Keyring", (MemoryKeyring,), {"__module__": "keyrings.alt.Gnome"})
    assert not is_secure_backend(cls())


def test_session_only_when_the_user_accepts(backend_restored, monkeypatch):
    monkeypatch.setattr(sec, "_session_store", None)
    keyring.set_keyring(fail.Keyring())
    store = open_secret_store(allow_session_only=True)
    assert isinstance(store, SessionOnlySecretStore) and store.persistent is False
    store.set(channel_key(1, "access_token"), TEST_TOKEN)
    assert open_secret_store(allow_session_only=True).get("channel/1/access_token") == TEST_TOKEN
    assert TEST_TOKEN not in repr(store)
    store.delete("channel/1/access_token")
    store.delete("channel/1/access_token")  # deleting twice is fine
    assert store.get("channel/1/access_token") is None


def test_store_logic_with_a_secure_backend(backend_restored):
    mem = MemoryKeyring()
    store = KeyringSecretStore(mem)
    assert store.persistent is True
    store.set("channel/2/access_token", TEST_TOKEN)
    assert mem.values == {("cmstation", "channel/2/access_token"): TEST_TOKEN}
    assert store.get("channel/2/access_token") == TEST_TOKEN
    store.delete("channel/2/access_token")
    store.delete("channel/2/access_token")
    assert store.get("channel/2/access_token") is None
    with pytest.raises(TypeError):
        store.set("channel/2/x", None)  # type: ignore[arg-type]


def test_a_refusing_keyring_gives_a_plain_message_without_the_secret():
    store = KeyringSecretStore(LockedKeyring())
    with pytest.raises(NoSecureBackend) as e:
        store.set("channel/1/access_token", TEST_TOKEN)
    assert "refused" in str(e.value) and TEST_TOKEN not in str(e.value)
    assert TEST_TOKEN not in repr(e.value.__cause__)
    with pytest.raises(NoSecureBackend):
        store.get("channel/1/access_token")


# --- the real Secret Service ----------------------------------------------------------


def _secret_service_reason() -> str | None:
    if os.environ.get("CMSTATION_TEST_KEYRING") != "1":
        return (
            "no private test keyring: run under scripts/test-session (make test), which "
            "starts gnome-keyring in its own D-Bus session; the user's own keyring is "
            "never used by tests"
        )
    try:
        from keyring.backends import SecretService

        kr = SecretService.Keyring()
        if kr.priority <= 0:
            return "the Secret Service backend is not usable here"
    except Exception as exc:  # no D-Bus, no daemon
        return f"no Secret Service reachable ({type(exc).__name__})"
    return None


@pytest.fixture
def real_keyring(backend_restored):
    reason = _secret_service_reason()
    if reason:
        pytest.skip(reason)
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    return keyring.get_keyring()


@pytest.mark.keyring
def test_real_secret_service_round_trip(real_keyring):
    store = open_secret_store()
    assert isinstance(store, KeyringSecretStore) and store.backend_name == "Keyring"
    key = channel_key(41, "access_token")
    store.set(key, TEST_TOKEN)
    assert KeyringSecretStore().get(key) == TEST_TOKEN  # a new store reads it back
    store.set(key, TEST_TOKEN + "-2")
    assert store.get(key) == TEST_TOKEN + "-2"
    store.delete(key)
    assert store.get(key) is None
    # gnome-keyring keeps it encrypted: the token is in no file under the test HOME.
    home = Path(os.environ["HOME"])
    store.set(key, TEST_TOKEN)
    for p in [*home.rglob("*"), *Path(os.environ.get("XDG_DATA_HOME", home)).rglob("*")]:
        if p.is_file():
            assert TEST_TOKEN.encode() not in p.read_bytes(), p
    store.delete(key)


def _add_mastodon_channel_from_stdin(home: Path, env: dict) -> subprocess.CompletedProcess:
    """Runs `cmstation channel add mastodon --token-stdin` on the workspace folder ``home``
    with ``env``, against a loopback fake Mastodon that accepts TEST_TOKEN, feeding it
    TEST_TOKEN on stdin."""
    sys.path.insert(0, str(HELPERS))
    from cli_runner import Cli
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as fake:
        fake.tokens[TEST_TOKEN] = fake.me["id"]
        return Cli(home).add_mastodon(fake, token=TEST_TOKEN, env=env)


@pytest.mark.keyring
def test_channel_add_puts_the_token_only_in_the_keyring(real_keyring, tmp_path):
    """`cmstation channel add mastodon --token-stdin` against the loopback server: the token
    ends up in the keyring and nowhere in the workspace folder or the program's output."""
    home = tmp_path / "cmhome"
    env = dict(os.environ, CMSTATION_HOME=str(home))
    out = _add_mastodon_channel_from_stdin(home, env)
    assert out.returncode == 0, out.stderr
    assert TEST_TOKEN not in out.stdout and TEST_TOKEN not in out.stderr
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name.startswith("workspace") for p in files)
    for p in files:  # the database, its WAL and any log (read by a child: see the helper)
        assert TEST_TOKEN.encode() not in file_bytes_elsewhere(p), p
    from cmstation.storage.settings import workspace_id_at

    scope = workspace_id_at(home / "workspace.sqlite3")
    store = open_secret_store(scope=scope)
    stored = [store.get(channel_key(i, "access_token")) for i in range(1, 4)]
    assert TEST_TOKEN in stored
    # under the workspace's own scope only
    assert TEST_TOKEN not in [
        open_secret_store().get(channel_key(i, "access_token")) for i in range(1, 4)
    ]
    for i in range(1, 4):
        store.delete(channel_key(i, "access_token"))


def test_channel_add_without_a_keyring_stores_nothing(tmp_path):
    """No Secret Service at all: the command refuses plainly and no token lands anywhere."""
    home = tmp_path / "cmhome"
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(
        CMSTATION_HOME=str(home),
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    out = _add_mastodon_channel_from_stdin(home, env)
    assert out.returncode != 0
    assert "keyring" in out.stderr.lower()
    assert TEST_TOKEN not in out.stdout + out.stderr
    for p in (p for p in home.rglob("*") if p.is_file()):
        assert TEST_TOKEN.encode() not in file_bytes_elsewhere(p), p


# --- scripts/test-session ---------------------------------------------------------------

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "test-session"


def test_test_session_without_dbus_runs_the_command_with_a_note(tmp_path):
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path)}  # no dbus-run-session, no gnome-keyring
    out = subprocess.run(
        ["/bin/bash", str(SCRIPT), sys.executable, "-c", "import sys; print('ran'); sys.exit(3)"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 3 and out.stdout.strip() == "ran"
    assert "keyring tests will skip" in out.stderr


def test_test_session_gives_a_private_unlocked_keyring(tmp_path):
    import shutil

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip(
            "dbus-run-session or gnome-keyring-daemon not installed "
            "(Debian: dbus, gnome-keyring; see scripts/debian-packages.txt)"
        )
    code = (
        "import os, sys, keyring\n"
        "from cmstation.secrets import open_secret_store\n"
        "s = open_secret_store(); s.set('channel/9/x', 'v'); assert s.get('channel/9/x') == 'v'\n"
        "print(os.environ['HOME'], os.environ['CMSTATION_TEST_KEYRING'])\n"
        "sys.exit(5)\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "CMSTATION_TEST_KEYRING")
    }
    out = subprocess.run(
        [str(SCRIPT), sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 5, out.stderr
    home, flag = out.stdout.split()
    assert flag == "1" and home != os.environ.get("HOME") and "cmstation-test-session" in home
    assert not Path(home).exists()  # the throwaway folders are gone afterwards


def test_a_scoped_store_keeps_workspaces_apart():
    from cmstation.secrets import ScopedSecretStore, SessionOnlySecretStore, channel_key

    inner = SessionOnlySecretStore()
    a, b = ScopedSecretStore(inner, "aaaa"), ScopedSecretStore(inner, "bbbb")
    a.set(channel_key(1, "access_token"), "token-a")
    assert b.get(channel_key(1, "access_token")) is None
    b.set(channel_key(1, "access_token"), "token-b")
    assert a.get(channel_key(1, "access_token")) == "token-a"
    a.delete(channel_key(1, "access_token"))
    assert b.get(channel_key(1, "access_token")) == "token-b"
    with pytest.raises(ValueError):
        ScopedSecretStore(inner, "")
