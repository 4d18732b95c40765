"""scripts/screenshot.sh opens the demo in a real X11 window (Xvfb) and saves a PNG."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian: xvfb)")
def test_screenshot_script_saves_the_demo_window(tmp_path):
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PY"] = sys.executable
    done = subprocess.run(
        [str(ROOT / "scripts" / "screenshot.sh"), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    assert len(colours) > 30
