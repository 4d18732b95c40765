"""Argument types the headless commands share (kept free of heavy imports: `check` starts fast)."""

from __future__ import annotations

import argparse

from cmstation.cli.lang import tr
from cmstation.core.i18n import QT_TRANSLATE_NOOP


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr(QT_TRANSLATE_NOOP("Cli", "not a whole number: {value!r}"), value=value)
        ) from None
    if n < 1:
        raise argparse.ArgumentTypeError(
            tr(QT_TRANSLATE_NOOP("Cli", "must be at least 1: {n}"), n=n)
        )
    return n
