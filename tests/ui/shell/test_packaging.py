"""The desktop entry and the AppStream metadata are well-formed and agree with each other."""

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "packaging"


def test_desktop_entry():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(PKG / "cmstation.desktop", encoding="utf-8")
    entry = cp["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "cmstation"
    assert entry["Categories"].endswith(";")
    assert "Comment[nl]" in entry


def test_metainfo_names_the_desktop_entry():
    root = ET.parse(PKG / "io.github.cmstation.cmstation.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "cmstation.desktop"
    assert root.findtext("provides/binary") == "cmstation"
    assert root.findtext("id").endswith(".cmstation")


def test_the_icon_renders(qapp):
    from PySide6.QtGui import QIcon

    from cmstation.ui.shell.app import ICON

    pixmap = QIcon(str(ICON)).pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(32, 8).name() == "#2f6fde"
    assert (PKG / "cmstation.svg").read_bytes() == ICON.read_bytes()
