"""Fixtures for the channel tests: loopback servers that speak each network's wire format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from cmstation.channels.http import make_session  # noqa: E402


@pytest.fixture
def session():
    s = make_session(timeout=(2.0, 2.0))
    yield s
    s.close()


# The atproto_network fixture (the real reference network) lives in tests/conftest.py,
# so every package's tests share one network per session.
