"""After a session of commands that log in, sweep, fail and send, the log folder holds no
token (issue 14): the token is grepped for in every log file. The loopback server is made
to echo the token in its error answers, the way a careless proxy might, so the log has
every chance to catch it."""

from __future__ import annotations

import os
from pathlib import Path

from cli_runner import queue_reply, requires_keyring


@requires_keyring
def test_no_token_in_the_log_after_a_session(cli, fake_mastodon):
    token = fake_mastodon.token
    echo = {"error": f"Validation failed: token {token} may not post this"}
    assert cli.add_mastodon(fake_mastodon).returncode == 0
    fake_mastodon.fault("status", path="/api/v1/notifications", status=500, body=echo)
    cli("sweep")  # a server error, logged with its words
    assert cli("sweep").returncode == 0
    queue_reply(cli.workspace_path, fake_mastodon, 1)
    fake_mastodon.fault("status", method="POST", path="/api/v1/statuses", status=422, body=echo)
    r = cli("outbox", "send")
    assert "held 1" in r.stdout, r.stdout + r.stderr
    logs = [p for p in Path(os.environ["CMSTATION_LOG_DIR"]).rglob("*") if p.is_file()]
    text = "".join(p.read_text("utf-8", errors="replace") for p in logs)
    assert "outbox item" in text and "Validation failed" in text  # the session was logged
    assert token not in text
