"""Fixtures for the channel tests: loopback servers that speak each network's wire format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from fake_feed import FakeFeedServer  # noqa: E402
from fake_mastodon import FakeMastodon  # noqa: E402

from cmstation.channels.http import make_session  # noqa: E402


@pytest.fixture
def session():
    s = make_session(timeout=(2.0, 2.0))
    yield s
    s.close()


@pytest.fixture
def fake_mastodon():
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def fake_feed():
    with FakeFeedServer() as fake:
        yield fake


# --- the real atproto reference network (owner: Bluesky; see tests/helpers/atproto_network.py)


@pytest.fixture(scope="session")
def atproto_network():
    """PLC + PDS + AppView from scripts/atproto, once per test session; skipped when the
    network is not set up (scripts/atproto/setup.sh), unless CMSTATION_REQUIRE_ATPROTO=1."""
    import os

    from atproto_network import AtprotoNetwork, NotSetUp

    try:
        net = AtprotoNetwork.start()
    except NotSetUp as exc:
        reason = f"the local atproto network is not set up (run scripts/atproto/setup.sh): {exc}"
        if os.environ.get("CMSTATION_REQUIRE_ATPROTO") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield net
    net.stop()
