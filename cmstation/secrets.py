"""The only place that speaks to the OS keyring.

Tokens, app passwords and client secrets live in the keyring under ``channel_key(...)``
names; nothing else in cmstation stores them. When no secure keyring backend exists the
user is told so (``NoSecureBackend``) and may choose to keep the secret for this session
only (``SessionOnlySecretStore``); a secret is never written in plain text.

Never log or print a value that passes through here.
"""

from __future__ import annotations

import threading
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.redaction import redact_value

#: The keyring "service" name every secret is stored under.
SERVICE = "cmstation"

CTX = "secrets"
MSG_NO_BACKEND = QT_TRANSLATE_NOOP(
    "secrets",
    "No secure keyring is available on this computer, so cmstation cannot store the login "
    "safely. You can keep it for this session only; you will have to log in again next time.",
)
MSG_KEYRING_REFUSED = QT_TRANSLATE_NOOP(
    "secrets",
    "The keyring refused to store or read the login (it may be locked). Unlock it and try again.",
)

# Module or class names of backends that do not keep a secret safe.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_INSECURE_CLASS_WORDS = ("plaintext", "uncrypted", "unencrypted")


class NoSecureBackend(CmstationError):
    """There is no keyring that stores secrets safely (or it refused to work)."""

    def __init__(self, message: str = MSG_NO_BACKEND) -> None:
        super().__init__(message)


class SecretStore(Protocol):
    #: False when the secrets disappear when the program ends.
    persistent: bool

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


def channel_key(channel_id: int, name: str) -> str:
    """The keyring name of one secret of one channel, e.g. ``channel/3/access_token``."""
    if not name or "/" in name:
        raise ValueError(f"bad secret name {name!r}")
    return f"channel/{int(channel_id)}/{name}"


def _leaf_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    if isinstance(backend, ChainerBackend):
        return [b for sub in backend.backends for b in _leaf_backends(sub)]
    return [backend]


def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """True when the backend (all of a chain's members) keeps secrets encrypted by the OS."""
    leaves = _leaf_backends(backend)
    if not leaves:
        return False
    for b in leaves:
        cls = type(b)
        module = cls.__module__ or ""
        if module.startswith(_INSECURE_MODULE_PREFIXES):
            return False
        if any(w in cls.__name__.lower() for w in _INSECURE_CLASS_WORDS):
            return False
        try:
            if float(b.priority) <= 0:  # type: ignore[arg-type]
                return False
        except Exception:  # a backend whose priority check raises is not usable
            return False
    return True


class KeyringSecretStore:
    """Secrets in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    persistent = True

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        if not is_secure_backend(self._backend):
            raise NoSecureBackend()

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__

    @property
    def backend_id(self) -> str:
        """The backend's module and class, e.g. ``keyring.backends.SecretService.Keyring``."""
        return f"{type(self._backend).__module__}.{type(self._backend).__qualname__}"

    def get(self, key: str) -> str | None:
        try:
            value = self._backend.get_password(SERVICE, key)
        except keyring.errors.KeyringError as exc:
            raise NoSecureBackend(MSG_KEYRING_REFUSED) from _scrub(exc)
        _never_logged(value)
        return value

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret must be a str")
        _never_logged(value)
        try:
            self._backend.set_password(SERVICE, key, value)
        except keyring.errors.KeyringError as exc:
            raise NoSecureBackend(MSG_KEYRING_REFUSED) from _scrub(exc)

    def delete(self, key: str) -> None:
        try:
            self._backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            return  # already gone
        except keyring.errors.KeyringError as exc:
            raise NoSecureBackend(MSG_KEYRING_REFUSED) from _scrub(exc)


def _never_logged(value: str | None) -> None:
    """The log redacts this value wherever it would appear (cmstation.core.redaction)."""
    redact_value(value)
    # a JSON secret (Bluesky's token pair) holds its parts as values too
    if value and value.startswith("{"):
        import json

        try:
            parts = json.loads(value)
        except ValueError:
            return
        if isinstance(parts, dict):
            for part in parts.values():
                if isinstance(part, str):
                    redact_value(part)


def _scrub(exc: BaseException) -> BaseException:
    """The backend's exception without arguments that could echo a secret back."""
    return type(exc)("(details withheld)") if exc.args else exc


class SessionOnlySecretStore:
    """Secrets kept in memory for this run only: the user's choice when no keyring exists."""

    persistent = False

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret must be a str")
        _never_logged(value)
        with self._lock:
            self._values[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._values.pop(key, None)

    def __repr__(self) -> str:  # never show the values
        return f"<SessionOnlySecretStore {len(self._values)} secret(s)>"


_session_store: SessionOnlySecretStore | None = None
_session_lock = threading.Lock()


def session_store() -> SessionOnlySecretStore:
    """The one in-memory store of this process (so every caller sees the same secrets)."""
    global _session_store
    with _session_lock:
        if _session_store is None:
            _session_store = SessionOnlySecretStore()
        return _session_store


class ScopedSecretStore:
    """One workspace's view of a store: every key is prefixed with the workspace's id, so two
    workspaces (two clients of a freelancer) never read or overwrite each other's logins."""

    def __init__(self, inner: SecretStore, scope: str) -> None:
        if not scope or "/" in scope:
            raise ValueError(f"bad secret scope {scope!r}")
        self.inner = inner
        self.scope = scope
        self.persistent = getattr(inner, "persistent", True)

    def _key(self, key: str) -> str:
        return f"workspace/{self.scope}/{key}"

    def get(self, key: str) -> str | None:
        return self.inner.get(self._key(key))

    def set(self, key: str, value: str) -> None:
        self.inner.set(self._key(key), value)

    def delete(self, key: str) -> None:
        self.inner.delete(self._key(key))

    def __repr__(self) -> str:
        return f"<ScopedSecretStore {self.scope} over {self.inner!r}>"


def open_secret_store(*, allow_session_only: bool = False, scope: str = "") -> SecretStore:
    """The keyring store; or, when there is none and the user accepted it, the session store.
    With ``scope`` (the workspace id) the store holds that workspace's secrets only.

    Raises ``NoSecureBackend`` when no secure keyring exists and ``allow_session_only`` is
    False, so the caller can ask the user.
    """
    try:
        store: SecretStore = KeyringSecretStore()
    except NoSecureBackend:
        if not allow_session_only:
            raise
        store = session_store()
    return ScopedSecretStore(store, scope) if scope else store
