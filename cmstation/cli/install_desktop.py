"""``cmstation install-desktop [--uninstall]``: put cmstation in the desktop's application menu.

Copies what the package ships in ``cmstation/resources`` into the user's data folder
(``$XDG_DATA_HOME``, by default ``~/.local/share``), where desktops look for them:

    applications/cmstation.desktop                       Exec and TryExec: this cmstation
    metainfo/io.github.cmstation.cmstation.metainfo.xml  for software centres
    icons/hicolor/NxN/apps/cmstation.png                 16 to 512 pixels
    icons/hicolor/scalable/apps/cmstation.svg

``Exec`` names the command that runs now (the bundle's program, the virtual environment's
``cmstation`` script, or ``python -m cmstation``), so the menu entry starts this install even
when it is not on the PATH. ``--uninstall`` removes those files again (only those).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

from cmstation.cli.lang import tr
from cmstation.core.i18n import QT_TRANSLATE_NOOP

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
DESKTOP = RESOURCES / "desktop" / "cmstation.desktop"
METAINFO = RESOURCES / "desktop" / "io.github.cmstation.cmstation.metainfo.xml"
ICONS = RESOURCES / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: Characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`=")

MSG_INSTALLED = QT_TRANSLATE_NOOP("Cli", "Installed {path}")
MSG_REMOVED = QT_TRANSLATE_NOOP("Cli", "Removed {path}")
MSG_NOTHING = QT_TRANSLATE_NOOP("Cli", "Nothing to remove under {path}.")
MSG_EXEC = QT_TRANSLATE_NOOP("Cli", "The menu entry starts: {command}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "install-desktop",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "add cmstation to the desktop's application menu (in $XDG_DATA_HOME)"
            )
        ),
    )
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "remove the menu entry, metainfo and icons again")),
    )
    p.set_defaults(func=run)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one),
    else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_command() -> list[str]:
    """The command that starts this cmstation, as an argument list."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its own program
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.executable).absolute().with_name("cmstation")  # the venv's script
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("cmstation")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "cmstation"]


def exec_value(argv: list[str]) -> str:
    """``argv`` as an Exec value: arguments with reserved characters quoted, ``%`` doubled,
    then the backslashes escaped once more as every desktop-file string is."""
    quoted = []
    for arg in argv:
        if arg and not _RESERVED.intersection(arg):
            quoted.append(arg)
        else:
            quoted.append('"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"')
    return " ".join(quoted).replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(argv: list[str]) -> str:
    """The shipped desktop entry with Exec (and TryExec) pointing at ``argv``."""
    lines = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append("TryExec=" + argv[0].replace("\\", "\\\\"))
            lines.append("Exec=" + exec_value(argv))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def targets(base: Path) -> dict[Path, Path | None]:
    """Installed path -> the shipped file it copies (None: the desktop entry, written)."""
    out: dict[Path, Path | None] = {
        base / "applications" / DESKTOP.name: None,
        base / "metainfo" / METAINFO.name: METAINFO,
    }
    for size in ICON_SIZES:
        name = f"{size}x{size}"
        out[base / "icons" / "hicolor" / name / "apps" / "cmstation.png"] = (
            ICONS / "hicolor" / name / "apps" / "cmstation.png"
        )
    out[base / "icons" / "hicolor" / "scalable" / "apps" / "cmstation.svg"] = (
        ICONS / "cmstation.svg"
    )
    return out


def install(base: Path, argv: list[str]) -> list[Path]:
    written = []
    for path, source in targets(base).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        if source is None:
            tmp.write_text(desktop_entry(argv), encoding="utf-8")
        else:
            shutil.copyfile(source, tmp)
        tmp.chmod(0o644)
        os.replace(tmp, path)  # a desktop watching the folder never reads half a file
        written.append(path)
    return written


def uninstall(base: Path) -> list[Path]:
    removed = []
    for path in targets(base):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


def run(args: argparse.Namespace) -> int:
    base = data_home()
    if args.uninstall:
        removed = uninstall(base)
        for path in removed:
            print(tr(MSG_REMOVED, path=path))
        if not removed:
            print(tr(MSG_NOTHING, path=base))
        return 0
    argv = installed_command()
    for path in install(base, argv):
        print(tr(MSG_INSTALLED, path=path))
    print(tr(MSG_EXEC, command=" ".join(argv)))
    return 0
