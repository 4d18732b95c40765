"""Fixtures for the listening tests (test doubles live in tests/helpers/listening_fakes.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from listening_fakes import T0  # noqa: E402

from cmstation.core.clock import FixedClock  # noqa: E402


@pytest.fixture
def clock():
    return FixedClock(T0 + 3600)


@pytest.fixture
def fake_mastodon():
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def session():
    from cmstation.channels.http import make_session

    s = make_session(timeout=(2.0, 2.0))
    yield s
    s.close()


@pytest.fixture(scope="session")
def atproto_network(request):
    """The local atproto reference network (scripts/atproto). tests/channels/conftest.py has
    a fixture of the same name; the network listens on fixed ports, so when that one is
    already running in this session it is reused instead of starting a second."""
    import os

    defs = getattr(request.session._fixturemanager, "_arg2fixturedefs", {})
    for fd in defs.get("atproto_network", []):
        cached = getattr(fd, "cached_result", None)
        if (
            getattr(fd, "baseid", "").startswith("tests/channels")
            and cached is not None
            and cached[0] is not None
        ):
            yield cached[0]
            return
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
