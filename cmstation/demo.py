"""Temporary copies of the sample workspace (``--demo``), for the window and the commands.

Each copy is generated afresh into a folder of its own under the system's temporary
directory and removed when the process ends: normally, on an exception, on Ctrl+C and on
SIGTERM (:func:`remove_on_sigterm`). A process killed outright (kill -9) cannot clean up,
so a new copy first removes the folders of processes that are gone (each folder names its
process in a small ``owner-pid`` file, never in the workspace file itself).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import tempfile
from pathlib import Path

from cmstation import config

PREFIX = "cmstation-sample-"
PID_FILE = "owner-pid"

_folders: list[Path] = []


def sample_copy() -> Path:
    """Generate the sample workspace into a new temporary folder; its workspace path."""
    from cmstation.sample import build_sample_workspace

    remove_abandoned()
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / PID_FILE).write_text(str(os.getpid()), encoding="ascii")
    if not _folders:
        atexit.register(cleanup)
    _folders.append(folder)
    path = folder / config.WORKSPACE_FILE
    build_sample_workspace(path)
    return path


def is_sample_copy(data_dir: str | os.PathLike | None) -> bool:
    return data_dir is not None and Path(data_dir) in _folders


def cleanup() -> None:
    """Remove this process's sample copies (their connections must be closed by now)."""
    while _folders:
        shutil.rmtree(_folders.pop(), ignore_errors=True)


def remove_abandoned(temp_dir: str | None = None) -> list[Path]:
    """Remove sample folders whose process no longer runs; the folders removed."""
    removed = []
    base = Path(temp_dir or tempfile.gettempdir())
    for folder in base.glob(PREFIX + "*"):
        try:
            pid = int((folder / PID_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue  # not ours to judge (an older copy, or being made right now)
        if pid == os.getpid() or _alive(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def remove_on_sigterm() -> None:
    """SIGTERM ends the process through SystemExit, so ``finally`` blocks close the
    workspace and the atexit hook removes the copies (the default action would skip both).
    A handler already installed by the program is left alone."""
    with contextlib.suppress(ValueError):  # not the main thread: nothing to install
        if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            signal.signal(signal.SIGTERM, _exit_on_sigterm)


def _exit_on_sigterm(signum, _frame) -> None:
    raise SystemExit(128 + signum)
