"""``cmstation requests``: the mentions a Mastodon server filtered, listed, accepted and
dismissed against the loopback server (real keyring)."""

from __future__ import annotations

import json

from cli_runner import requires_keyring
from fake_mastodon_direct import filtered_mention, install


@requires_keyring
def test_list_accept_and_dismiss_filtered_mentions(cli, fake_mastodon):
    install(fake_mastodon)
    assert cli.add_mastodon(fake_mastodon).returncode == 0
    nieuw = fake_mastodon.add_account("nieuw", "Nina Nieuw")
    troll = fake_mastodon.add_account("troll")
    filtered_mention(fake_mastodon, nieuw, "<p>@eva mijn bestelling is kwijt!</p>")
    filtered_mention(fake_mastodon, nieuw, "<p>@eva hallo??</p>")
    filtered_mention(fake_mastodon, troll, "<p>@eva spam spam</p>")

    r = cli("requests", "mastodon", "--json")
    assert r.returncode == 0, r.stderr
    listed = {x["handle"].split("@")[0]: x for x in json.loads(r.stdout)}
    assert set(listed) == {"nieuw", "troll"} and listed["nieuw"]["count"] == 2
    assert "Nina Nieuw" in cli("requests", "mastodon").stdout

    r = cli("requests", "mastodon", "accept", listed["nieuw"]["id"])
    assert r.returncode == 0 and "accepted" in r.stdout, r.stderr
    r = cli("requests", "mastodon", "dismiss", listed["troll"]["id"])
    assert r.returncode == 0 and "dismissed" in r.stdout
    assert json.loads(cli("requests", "mastodon", "--json").stdout) == []
    assert nieuw["id"] in fake_mastodon.accepted_accounts
    r = cli("requests", "mastodon", "accept")
    assert r.returncode == 2


def test_requests_do_not_run_on_the_sample(cli):
    r = cli("--demo", "requests", "mastodon")
    assert r.returncode == 2 and "made up" in r.stderr
