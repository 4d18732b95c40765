"""What the log must never show: the secrets this process holds, and anything shaped like a
credential. :mod:`cmstation.secrets` registers every value it hands out or stores
(:func:`redact_value`); :mod:`cmstation.logs` passes every record through :func:`redact`."""

from __future__ import annotations

import re

REDACTED = "[secret]"
_secret_values: set[str] = set()
_CREDENTIAL_SHAPES = [
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"), r"\1" + REDACTED),
    (
        re.compile(
            r"(?i)([\"']?\b(?:access_?token|refresh_?token|access_?jwt|refresh_?jwt|password|"
            r"client_secret|app_?password|code_verifier)\b[\"']?\s*[:=]\s*[\"']?)"
            r"[^\"'&\s,}]{4,}"
        ),
        r"\1" + REDACTED,
    ),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}"), REDACTED),
    (re.compile(r"(?<![\w-])[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}(?![\w-])"), REDACTED),
]


def redact_value(value: str | None) -> None:
    """Never write ``value`` (a secret this process holds) to the log."""
    if value and len(value) >= 6:
        _secret_values.add(value)


def redact(text: str) -> str:
    """``text`` with every known secret and anything shaped like a credential replaced."""
    for value in sorted(_secret_values, key=len, reverse=True):
        if value in text:
            text = text.replace(value, REDACTED)
    for pattern, repl in _CREDENTIAL_SHAPES:
        text = pattern.sub(repl, text)
    return text
