"""A Bluesky channel swept against the real atproto reference network (PDS + AppView).

Skipped when scripts/atproto/setup.sh has not run (CI runs it; CMSTATION_REQUIRE_ATPROTO=1
turns the skip into a failure).
"""

from __future__ import annotations

import pytest
from cli_runner import Cli, requires_keyring, session_keyring
from listening_fakes import MemorySecrets

from cmstation.channels.bluesky_session import BlueskyTokens, create_session
from cmstation.core.clock import SystemClock
from cmstation.core.models import Channel, ChannelKind, MessageFilter, MessageKind, MessageState
from cmstation.listening.adapters import build_adapter
from cmstation.listening.sweep import run_sweep
from cmstation.secrets import channel_key
from cmstation.storage import channels, messages, saved_searches

pytestmark = pytest.mark.atproto


def _all(db):
    return messages.list_messages(db, MessageFilter(include_own=True, order="oldest"), limit=1000)


def test_mentions_search_hits_and_threads(db, atproto_network, session):
    from atproto_network import expired_copy, wait_for

    net = atproto_network
    shop = net.create_account("shop")
    klant = net.create_account("klant")
    tokens = create_session(session, net.pds, shop["handle"], net.app_password(shop))
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.BLUESKY, name="shop", url=net.pds, account=shop["handle"])
    )
    secrets = MemorySecrets()
    secrets.set(channel_key(cid, "tokens"), tokens.to_json())
    word = f"bakfiets{cid}x{shop['did'][-6:]}"
    saved_searches.add_saved_search(db, word, word, channel_id=cid)

    question = net.post(
        klant,
        f"@{shop['handle']} waarom is mijn fiets nog steeds niet klaar?",
        mention=shop,
        langs=["nl"],
    )
    ours = net.post(shop, "Morgen! ^Eva", reply_to=question)
    net.wait_indexed(klant, ours)  # the customer saw our answer before thanking us
    follow_up = net.post(klant, "Top, dank je wel!", reply_to=ours, root=question, langs=["nl"])
    net.post(klant, f"Mijn nieuwe {word} is geweldig", langs=["nl"])

    adapter = build_adapter(channels.get_channel(db, cid), session, secrets)
    wait_for(lambda: len(adapter.poll_search(word, {}, page_budget=1).messages) >= 1)
    wait_for(lambda: len(adapter.poll_mentions({}, page_budget=1).messages) >= 2)

    s = run_sweep(db, cid, adapter, clock=SystemClock())
    assert s.status == "ok", s.detail
    by_uri = {m.remote_id: m for m in _all(db)}
    q = by_uri[question["uri"]]
    assert q.state == MessageState.NEEDS_REPLY and q.lang == "nl"
    reply = by_uri[follow_up["uri"]]
    assert reply.kind == MessageKind.REPLY and reply.thread_root_id == question["uri"]
    hits = [m for m in by_uri.values() if word in m.text]
    assert len(hits) == 1 and hits[0].state == MessageState.NEW
    assert [m.remote_id for m in messages.thread(db, q.id)][0] == question["uri"]

    again = run_sweep(db, cid, adapter, clock=SystemClock())
    assert again.status == "ok" and again.new == 0

    # An expired access token is refreshed once and the new tokens go back to the store.
    stale = BlueskyTokens.from_json(secrets.get(channel_key(cid, "tokens")))
    stale.access_jwt = expired_copy(stale.access_jwt)
    secrets.set(channel_key(cid, "tokens"), stale.to_json())
    adapter = build_adapter(channels.get_channel(db, cid), session, secrets)
    third = run_sweep(db, cid, adapter, clock=SystemClock())
    assert third.status == "ok", third.detail
    assert (
        BlueskyTokens.from_json(secrets.get(channel_key(cid, "tokens"))).access_jwt
        != stale.access_jwt
    )


@requires_keyring
def test_cli_adds_a_bluesky_account_and_sweeps_it(atproto_network, tmp_path):
    import json
    import time

    net = atproto_network
    shop = net.create_account("winkel")
    klant = net.create_account("klant")
    cli = Cli(tmp_path / "cmdata")
    r = cli(
        "channel",
        "add",
        "bluesky",
        "--handle",
        shop["handle"],
        "--pds",
        net.pds,
        stdin=net.app_password(shop) + "\n",
    )
    assert r.returncode == 0, r.stderr
    assert "app password" in r.stderr and f"@{shop['handle']}" in r.stdout
    assert session_keyring(cli.data_dir).get(channel_key(1, "tokens"))

    post = net.post(klant, f"@{shop['handle']} hoe laat gaan jullie open?", mention=shop)
    inbox = []
    for _ in range(40):  # the AppView indexes the post shortly after the write
        r = cli("sweep")
        assert r.returncode == 0, r.stdout + r.stderr
        inbox = json.loads(cli("inbox", "--json").stdout)
        if inbox:
            break
        time.sleep(0.25)
    assert [m["state"] for m in inbox] == ["needs_reply"]
    assert "hoe laat" in inbox[0]["text"] and post["uri"].rsplit("/", 1)[1] in inbox[0]["url"]

    assert cli("channel", "remove", "1").returncode == 0
    assert session_keyring(cli.data_dir).get(channel_key(1, "tokens")) is None
