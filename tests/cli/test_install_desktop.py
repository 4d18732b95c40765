"""``cmstation install-desktop``: the menu entry, metainfo and icons under $XDG_DATA_HOME,
Exec pointing at this install, and ``--uninstall`` removing exactly those files."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import cli_env

from cmstation.cli import install_desktop

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _run(data_home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cmstation", "install-desktop", *args],
        capture_output=True,
        text=True,
        env=cli_env({"XDG_DATA_HOME": str(data_home)}),
        timeout=60,
    )


def _entry(path: Path):
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return cp["Desktop Entry"]


def _files(base: Path) -> set[str]:
    return {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}


def test_installs_the_entry_the_metainfo_and_the_icons(tmp_path):
    base = tmp_path / "data"
    out = _run(base)
    assert out.returncode == 0, out.stderr
    assert _files(base) == {
        "applications/cmstation.desktop",
        "metainfo/io.github.cmstation.cmstation.metainfo.xml",
        "icons/hicolor/scalable/apps/cmstation.svg",
        *(f"icons/hicolor/{n}x{n}/apps/cmstation.png" for n in SIZES),
    }
    assert out.stdout.count("Installed ") == len(SIZES) + 3
    shipped = Path(install_desktop.__file__).resolve().parents[1] / "resources"
    assert (base / "metainfo" / "io.github.cmstation.cmstation.metainfo.xml").read_bytes() == (
        shipped / "desktop" / "io.github.cmstation.cmstation.metainfo.xml"
    ).read_bytes()
    assert (base / "icons/hicolor/48x48/apps/cmstation.png").read_bytes() == (
        shipped / "icons/hicolor/48x48/apps/cmstation.png"
    ).read_bytes()


def test_exec_points_at_the_installed_command(tmp_path):
    base = tmp_path / "data"
    assert _run(base).returncode == 0
    entry = _entry(base / "applications" / "cmstation.desktop")
    command = Path(sys.executable).absolute().with_name("cmstation")
    assert command.is_file(), "the test venv has the cmstation script"
    assert entry["Exec"] == str(command) == entry["TryExec"]
    assert "%" not in entry["Exec"]
    assert entry["Icon"] == "cmstation"


def test_the_installed_entry_validates(tmp_path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    base = tmp_path / "data"
    assert _run(base).returncode == 0
    out = subprocess.run(
        [tool, str(base / "applications" / "cmstation.desktop")], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_uninstall_removes_those_files_and_nothing_else(tmp_path):
    base = tmp_path / "data"
    other = base / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert _run(base).returncode == 0
    out = _run(base, "--uninstall")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Removed ") == len(SIZES) + 3
    assert _files(base) == {"applications/other.desktop"}
    again = _run(base, "--uninstall")
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_a_relative_xdg_data_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert install_desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert install_desktop.data_home() == tmp_path / ".local" / "share"


def test_exec_quotes_what_the_spec_reserves():
    assert install_desktop.exec_value(["/opt/cm/bin/cmstation"]) == "/opt/cm/bin/cmstation"
    # a space quotes the argument; "$" is escaped inside the quotes, "%" doubled, and every
    # backslash escaped once more as in any desktop-file string
    assert (
        install_desktop.exec_value(["/home/a b/100%/$x/cmstation", "-m"])
        == '"/home/a b/100%%/\\\\$x/cmstation" -m'
    )


def test_the_entry_for_a_path_with_a_space_validates_and_reads_back(tmp_path):
    path = "/home/eva de vries/.venv/bin/cmstation"
    text = install_desktop.desktop_entry([path])
    desktop = tmp_path / "cmstation.desktop"
    desktop.write_text(text, encoding="utf-8")
    entry = _entry(desktop)
    assert entry["Exec"] == f'"{path}"'
    assert entry["TryExec"] == path
    tool = shutil.which("desktop-file-validate")
    if tool is not None:
        out = subprocess.run([tool, str(desktop)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
