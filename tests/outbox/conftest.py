from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from fake_mastodon import FakeMastodon  # noqa: E402


@pytest.fixture
def fake_mastodon():
    with FakeMastodon() as fake:
        yield fake
