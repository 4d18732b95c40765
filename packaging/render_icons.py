"""Render the app icon (cmstation/resources/icons/cmstation.svg) to the PNG sizes desktops
look for in the hicolor theme, under cmstation/resources/icons/hicolor/NxN/apps/.

The PNGs are committed: the wheel ships them as package data and `cmstation install-desktop`
copies them, and neither building a wheel nor that command may need Qt or a display (Qt
lives in cmstation/ui only). Run this after changing the SVG:

    .venv/bin/python packaging/render_icons.py          # writes the PNGs
    .venv/bin/python packaging/render_icons.py --check  # exit 1 when one is missing or stale

tests/ui/shell/test_packaging.py checks that the committed PNGs match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "cmstation" / "resources" / "icons" / "cmstation.svg"
HICOLOR = ROOT / "cmstation" / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Largest mean difference per channel (0-255) between a committed PNG and a fresh render
#: (another Qt version may antialias a little differently).
TOLERANCE = 2.0


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / "cmstation.png"


def render(size: int):
    """The SVG rendered into a transparent size x size QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def difference(a, b) -> float:
    """Mean absolute difference per channel between two same-size images (inf otherwise)."""
    from PySide6.QtGui import QImage

    if a.size() != b.size():
        return float("inf")
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    da, db = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(da, db, strict=True)) / len(da)


def stale() -> list[str]:
    """The PNGs that are missing or do not match the SVG."""
    from PySide6.QtGui import QImage

    bad = []
    for size in SIZES:
        have = QImage(str(png_path(size)))
        if have.isNull() or difference(have, render(size)) > TOLERANCE:
            bad.append(str(png_path(size).relative_to(ROOT)))
    return bad


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    if "--check" in argv:
        bad = stale()
        for path in bad:
            print(f"render_icons: {path} is missing or stale", file=sys.stderr)
        return 1 if bad else 0
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"render_icons: cannot write {path}")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
