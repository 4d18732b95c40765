from __future__ import annotations

import json
import signal
import time

from cli_runner import NO_KEYRING_ENV


def test_sweep_a_feed_prints_a_summary(cli, fake_feed):
    fake_feed.add_item("Lekke band", "<p>Waar kan ik in Utrecht snel een band laten plakken?</p>")
    fake_feed.add_item("Nieuwe route", "<p>Mooie route langs de Vecht</p>")
    assert cli("channel", "add", "feed", fake_feed.rss_url).returncode == 0
    r = cli("sweep")
    assert r.returncode == 0, r.stderr
    assert "Fietsforum: ok - 2 new, 0 updated, 0 skipped, 1 requests" in r.stdout
    assert "Sweeping Fietsforum: mentions (1 of 1)" in r.stderr
    r = cli("sweep", "--channel", "1", "--json")
    [s] = json.loads(r.stdout)
    assert (s["status"], s["new"], s["requests"]) == ("ok", 0, 1)
    assert len(json.loads(cli("inbox", "--json").stdout)) == 2


def test_sweep_reports_trouble_with_exit_status_3(cli, fake_feed):
    assert cli("channel", "add", "feed", fake_feed.rss_url).returncode == 0
    fake_feed.fault("status", status=503)
    r = cli("sweep")
    assert r.returncode == 3 and "offline" in r.stdout and "tries again at" in r.stdout
    rows = json.loads(cli("channel", "list", "--json").stdout)
    assert rows[0]["status"] == "offline" and rows[0]["retry_at"]


def test_a_missing_login_is_a_status_not_a_crash(cli):
    assert cli("channel", "add", "manual").returncode == 0
    import sqlite3

    con = sqlite3.connect(cli.data_dir / "workspace.sqlite3")
    con.execute("DELETE FROM channels")
    con.execute(
        "INSERT INTO channels (kind, name, url, created_at) VALUES "
        "('mastodon', '@eva', 'https://m.example', 0)"
    )
    con.commit()
    con.close()
    r = cli("sweep", env=NO_KEYRING_ENV)
    assert r.returncode == 3 and "needs_login" in r.stdout and "Log in again" in r.stdout
    assert "Traceback" not in r.stderr


def test_sweep_unknown_channel_and_nothing_to_sweep(cli):
    assert cli("channel", "add", "manual").returncode == 0
    assert "Nothing to sweep" in cli("sweep").stdout
    r = cli("sweep", "--channel", "7")
    assert r.returncode == 1 and "no channel 7" in r.stderr


def test_listen_sweeps_and_stops_cleanly_on_ctrl_c(cli, fake_feed):
    fake_feed.add_item("Lekke band", "<p>Wie helpt?</p>")
    assert cli("channel", "add", "feed", fake_feed.rss_url).returncode == 0
    p = cli.popen("listen")
    try:
        line = p.stdout.readline()  # the first sweep runs at once
        assert "Fietsforum: ok - 1 new" in line
    finally:
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    assert p.returncode == 0, err
    assert "Stopped listening." in err and "Traceback" not in err
