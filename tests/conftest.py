"""Shared fixtures. Qt runs offscreen; every test gets its own workspace folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")

import pytest  # noqa: E402

from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.storage import channels, open_workspace  # noqa: E402

HELPERS = Path(__file__).resolve().parent / "helpers"
sys.path.insert(0, str(HELPERS))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test may touch the user's real workspace or settings."""
    monkeypatch.setenv("CMSTATION_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CMSTATION_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture
def db(tmp_path):
    d = open_workspace(tmp_path / "ws" / "workspace.sqlite3")
    yield d
    d.conn.close()


@pytest.fixture
def channel_id(db):
    return channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@fietsen@mastodon.nl", url="https://mastodon.nl"),
    )


@pytest.fixture
def fake_mastodon():
    """A loopback fake Mastodon server (tests/helpers/fake_mastodon.py), one per test."""
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def fake_feed():
    """A loopback feed server (tests/helpers/fake_feed.py), one per test."""
    from fake_feed import FakeFeedServer

    with FakeFeedServer() as fake:
        yield fake


@pytest.fixture
def session():
    """An HTTP session as the channels make it, with short timeouts for loopback servers."""
    from cmstation.channels.http import make_session

    s = make_session(timeout=(2.0, 2.0))
    yield s
    s.close()


# --- the real atproto reference network (owner: Bluesky; see tests/helpers/atproto_network.py)


@pytest.fixture(scope="session")
def atproto_network():
    """PLC + PDS + AppView from scripts/atproto, once per test session; skipped when the
    network is not set up (scripts/atproto/setup.sh), unless CMSTATION_REQUIRE_ATPROTO=1."""
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
