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


# atproto_network (the real reference network) comes from tests/conftest.py: one per session.
