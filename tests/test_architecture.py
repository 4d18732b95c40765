"""The house rules: Qt only in ui/, SQL only in storage/, and so on."""

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "cmstation"
NON_UI = [
    "core",
    "storage",
    "channels",
    "listening",
    "compose",
    "outbox",
    "insights",
    "cli",
    "config",
]


def test_nothing_outside_ui_imports_qt():
    mods = [f"cmstation.{n}" for n in NON_UI]
    mods += sorted(
        "cmstation." + ".".join(p.relative_to(PKG).with_suffix("").parts)
        for p in PKG.rglob("*.py")
        if p.relative_to(PKG).parts[0] != "ui" and p.name not in ("__main__.py",)
    )
    code = (
        "import importlib, sys\n"
        f"for m in {sorted(set(mods))!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _where(module: str) -> set[str]:
    return {str(p.relative_to(PKG)) for p in PKG.rglob("*.py") if module in _imports(p)}


def test_sql_only_in_storage():
    for name in ("sqlite3", "sqlite_utils"):
        assert {p for p in _where(name) if not p.startswith("storage/")} == set(), name


def test_keyring_only_in_secrets():
    assert _where("keyring") <= {"secrets.py"}


def test_requests_only_in_channels():
    assert {p for p in _where("requests") if not p.startswith("channels/")} == set()


def test_apscheduler_only_in_the_scheduler_module():
    assert _where("apscheduler") <= {"listening/scheduler.py"}


def test_qt_only_in_ui():
    assert {p for p in _where("PySide6") if not p.startswith("ui/")} == set()
