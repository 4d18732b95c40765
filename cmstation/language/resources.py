"""Reading the data files shipped in ``cmstation/resources``."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@cache
def load_toml(relative: str) -> dict:
    with (RESOURCES / relative).open("rb") as fh:
        return tomllib.load(fh)
