"""Secrets never reach the log file (issue 14): the values the secret store handed out and
anything shaped like a credential are redacted from every record, traceback included."""

from __future__ import annotations

import logging

import pytest

from cmstation import logs
from cmstation.secrets import SessionOnlySecretStore

TOKEN = "zK9vQm2LrT7wXy4NpB6s"  # what a Mastodon access token looks like


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CMSTATION_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(logs, "_configured", None)
    root = logging.getLogger("cmstation")
    before = list(root.handlers)
    path = logs.setup()
    yield path
    for h in root.handlers[len(before) :]:
        h.close()
        root.removeHandler(h)


def _written(path) -> str:
    for h in logging.getLogger("cmstation").handlers:
        h.flush()
    return path.read_text("utf-8")


def test_a_stored_secret_is_redacted_wherever_it_appears(log_file):
    store = SessionOnlySecretStore()
    store.set("channel/1/access_token", TOKEN)
    log = logging.getLogger("cmstation.test")
    log.warning("request failed with token %s in it", TOKEN)
    try:
        raise RuntimeError(f"the server echoed {TOKEN}")
    except RuntimeError:
        log.exception("a failure")
    text = _written(log_file)
    assert TOKEN not in text
    assert text.count(logs.REDACTED) >= 2 and "the server echoed" in text


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: Bearer 8f3kQ0pLxZ2mN7vB",
        '{"accessJwt": "eyJhbGciOiJFUzI1NiJ9.eyJzY29wZSI6ImNvbSJ9.c2lnbmF0dXJlMTIz"}',
        "app password abcd-efgh-ijkl-mnop was refused",
        "POST /oauth/token client_secret=Sh0uldN3verB3Seen&grant_type=authorization_code",
    ],
)
def test_credential_shapes_are_redacted(log_file, line):
    logging.getLogger("cmstation.test").error(line)
    text = _written(log_file)
    secret = line.split()[-1] if "Bearer" in line else ""
    assert logs.REDACTED in text
    for part in (
        "8f3kQ0pLxZ2mN7vB",
        "c2lnbmF0dXJlMTIz",
        "abcd-efgh-ijkl-mnop",
        "Sh0uldN3verB3Seen",
    ):
        assert part not in text
    assert secret == "" or secret not in text


def test_ordinary_words_and_numbers_stay(log_file):
    line = "status code 404 for order 12345 of 123e4567-e89b-12d3-a456-426614174000"
    logging.getLogger("cmstation.test").error(line)
    assert line in _written(log_file)
