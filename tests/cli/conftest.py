"""Fixtures for the CLI tests (the runner lives in tests/helpers/cli_runner.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from cli_runner import Cli  # noqa: E402


@pytest.fixture
def cli(tmp_path):
    return Cli(tmp_path / "cmdata")
