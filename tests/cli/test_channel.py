from __future__ import annotations

import json
import re
import urllib.request

from cli_runner import NO_KEYRING_ENV, requires_keyring, session_keyring

from cmstation.storage import events


def test_first_channel_then_the_gate_then_an_override(cli, fake_feed):
    r = cli("channel", "add", "manual", "--name", "LinkedIn")
    assert r.returncode == 0, r.stderr
    assert "Added channel 1: LinkedIn (manual)" in r.stdout

    fake_feed.add_item("Nieuwe bakfiets", "<p>Mooi ding</p>")
    r = cli("channel", "add", "feed", fake_feed.rss_url)
    assert r.returncode == 1
    assert "Master the channel you have" in r.stderr and "nothing to measure" in r.stderr
    assert "--override-reason" in r.stderr

    r = cli("channel", "add", "feed", fake_feed.rss_url, "--override-reason", "Forum watch")
    assert r.returncode == 0, r.stderr
    assert "Added channel 2: Fietsforum (feed)" in r.stdout
    db = cli.open_workspace()
    [ev] = events.recent(db, "mastery_gate_override")
    assert ev["detail"]["reason"] == "Forum watch" and ev["channel_id"] == 2
    db.conn.close()

    r = cli("channel", "list", "--json")
    rows = json.loads(r.stdout)
    assert [(c["id"], c["kind"], c["status"]) for c in rows] == [
        (1, "manual", "ok"),
        (2, "feed", "ok"),
    ]
    assert rows[0]["mastery"]["needed_reply"] == 0 and rows[0]["mastery"]["passed"] is False
    r = cli("channel", "list")
    assert "handled - of 0" in r.stdout and "Fietsforum" in r.stdout

    assert cli("channel", "add", "manual", "--override-reason", "x").returncode == 0
    r = cli("channel", "add", "manual", "--override-reason", "x")
    assert r.returncode == 1 and "the most cmstation allows (3)" in r.stderr

    r = cli("channel", "gate", "--json")
    assert json.loads(r.stdout)["cap_reached"] is True

    r = cli("channel", "remove", "3")
    assert r.returncode == 0 and "Removed channel 3" in r.stdout
    assert cli("channel", "remove", "3").returncode == 1
    assert len(json.loads(cli("channel", "list", "--json").stdout)) == 2


def test_not_a_feed_is_refused_plainly(cli, fake_feed):
    r = cli("channel", "add", "feed", fake_feed.base_url + "/nope")
    assert r.returncode == 1 and r.stderr.startswith("cmstation: ")
    assert "Traceback" not in r.stderr
    r = cli("channel", "add", "feed", "http://example.com/feed")
    assert r.returncode == 1 and "https" in r.stderr


def test_bad_sweep_interval(cli):
    r = cli("channel", "add", "manual", "--sweep-minutes", "1")
    assert r.returncode == 1 and "outside the allowed range" in r.stderr


def test_without_a_secure_keyring_nothing_is_stored(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon, env=NO_KEYRING_ENV)
    assert r.returncode == 1 and "No secure keyring" in r.stderr
    assert fake_mastodon.token not in r.stdout + r.stderr
    assert json.loads(cli("channel", "list", "--json").stdout) == []


def test_searches(cli, fake_feed):
    assert cli("channel", "add", "manual").returncode == 0
    r = cli("search", "add", "1", "#bakfiets")
    assert r.returncode == 1 and "cannot search" in r.stderr
    db = cli.open_workspace()
    db.execute(
        "INSERT INTO channels (kind, name, url, created_at) VALUES "
        "('mastodon', 'm', 'https://m.example', 0)"
    )
    db.conn.close()
    r = cli("search", "add", "2", "#bakfiets", "--exclude", "verkoop", "te koop", "--lang", "nl")
    assert r.returncode == 0, r.stderr
    assert cli("search", "add", "2", "fietsenmaker", "--lang", "Dutch!").returncode == 1
    assert cli("search", "add", "9", "x").returncode == 1
    rows = json.loads(cli("search", "list", "--json").stdout)
    assert rows == [
        {
            "id": 1,
            "name": "#bakfiets",
            "query": "#bakfiets",
            "channel_id": 2,
            "exclude_words": ["verkoop", "te", "koop"],
            "lang": "nl",
            "listen": True,
        }
    ]
    assert "#bakfiets" in cli("search", "list").stdout
    assert cli("search", "remove", "1").returncode == 0
    assert cli("search", "remove", "1").returncode == 1
    assert json.loads(cli("search", "list", "--json").stdout) == []


@requires_keyring
def test_mastodon_oauth_sweep_and_remove(cli, fake_mastodon):
    from cmstation.secrets import channel_key

    fake = fake_mastodon
    fake.mention(
        fake.add_account("klant"), "<p>@eva Waarom is mijn fiets nog niet klaar?</p>", language="nl"
    )
    p = cli.popen("channel", "add", "mastodon", "--instance", fake.base_url)
    url = ""
    for _ in range(5):
        line = p.stdout.readline()
        if "/oauth/authorize?" in line:
            url = line.strip()
            break
    assert url.startswith(fake.base_url + "/oauth/authorize?")
    page = urllib.request.urlopen(url, timeout=5).read().decode()
    code = re.search(r'value="([^"]+)"', page).group(1)
    out, err = p.communicate(code + "\n", timeout=60)
    assert p.returncode == 0, err
    assert "Added channel 1: @eva@127.0.0.1" in out
    assert session_keyring(cli.data_dir).get(channel_key(1, "access_token"))

    r = cli("sweep")
    assert r.returncode == 0, r.stderr
    assert "ok - 1 new" in r.stdout
    inbox = json.loads(cli("inbox", "--json").stdout)
    assert inbox[0]["state"] == "needs_reply"

    assert cli("channel", "remove", "1").returncode == 0
    assert session_keyring(cli.data_dir).get(channel_key(1, "access_token")) is None


@requires_keyring
def test_mastodon_with_an_existing_token(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon)
    assert r.returncode == 0, r.stderr
    assert fake_mastodon.token not in r.stdout + r.stderr
    rows = json.loads(cli("channel", "list", "--json").stdout)
    assert rows[0]["post_limit"] == 500 and rows[0]["account"].startswith("eva@")
    r = cli.add_mastodon(fake_mastodon, token="wrong")
    assert r.returncode == 1  # the gate refuses before any login
    assert cli("channel", "remove", "1").returncode == 0


@requires_keyring
def test_a_wrong_token_is_refused(cli, fake_mastodon):
    r = cli.add_mastodon(fake_mastodon, token="not-a-token")
    assert r.returncode == 1 and "Log in again" in r.stderr
    assert json.loads(cli("channel", "list", "--json").stdout) == []


@requires_keyring
def test_two_workspaces_keep_their_own_logins(tmp_path, fake_mastodon):
    """A freelancer with two clients: both workspaces have a channel 1, and neither may read
    or overwrite the other's token."""
    from cli_runner import Cli

    from cmstation.secrets import channel_key

    a, b = Cli(tmp_path / "client-a"), Cli(tmp_path / "client-b")
    token_b = fake_mastodon.issue_token(fake_mastodon.add_account("tweede")["id"])
    for cli_, token in ((a, fake_mastodon.token), (b, token_b)):
        r = cli_.add_mastodon(fake_mastodon, token)
        assert r.returncode == 0, r.stderr
    assert session_keyring(a.data_dir).get(channel_key(1, "access_token")) == fake_mastodon.token
    assert session_keyring(b.data_dir).get(channel_key(1, "access_token")) == token_b
    assert cli_("channel", "remove", "1").returncode == 0  # removes b's login only
    assert session_keyring(a.data_dir).get(channel_key(1, "access_token")) == fake_mastodon.token
    assert session_keyring(b.data_dir).get(channel_key(1, "access_token")) is None
