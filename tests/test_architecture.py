"""The house rules: Qt only in ui/, SQL only in storage/, and so on; the direction of imports
between the packages; no import circles between files.

Every import counts, wherever it stands: at the top of a module, inside a function or a
method, relative or absolute, ``import a.b`` or ``from a import b``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "cmstation"

#: Which parts of cmstation each part may import ("cmstation" is the package's own
#: __init__: the version). ``ui -> services -> storage -> core``; channels only from
#: listening and outbox; nothing imports ui or cli (but the entry point, below).
#: What the two front ends (the window and the commands) may use: everything but each other.
TOP = {
    "cmstation",
    "core",
    "config",
    "logs",
    "secrets",
    "storage",
    "language",
    "compose",
    "insights",
    "listening",
    "outbox",
    "sample",
    "demo",
}
ALLOWED: dict[str, set[str]] = {
    "core": {"cmstation"},
    "config": set(),
    "logs": {"core"},
    "secrets": {"core"},
    "storage": {"core"},
    "language": {"core"},
    "channels": {"cmstation", "core"},
    "compose": {"core", "language", "storage"},
    "insights": {"core", "storage"},
    "listening": {"core", "storage", "channels", "language", "insights", "secrets", "compose"},
    "outbox": {"core", "storage", "channels", "listening", "secrets", "compose"},
    "sample": {"core", "storage", "compose", "language", "listening"},
    "demo": {"config", "sample"},
    "ui": TOP,
    "cli": TOP,
    "__main__": {"cli"},
}
#: The one way between the command line and the window: the entry point decides and calls
#: the window's composition root.
ENTRY = {("cmstation.cli", "cmstation.ui.shell.app")}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in PKG.rglob("*.py")}


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, by its full dotted name, wherever the import stands."""
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, module, path.name == "__init__.py")
            for a in node.names:
                full = f"{base}.{a.name}"
                found.add(full if full in MODULES else base)
    return found


def _internal_edges() -> dict[str, set[str]]:
    edges = {}
    for name, path in MODULES.items():
        edges[name] = {m for m in imports_of(path) if m in MODULES and m != name}
    return edges


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_imports_go_the_allowed_way():
    wrong = []
    for src, targets in _internal_edges().items():
        for dst in targets:
            a, b = _part(src), _part(dst)
            if a == b or (src, dst) in ENTRY:
                continue
            if b not in ALLOWED.get(a, set()):
                wrong.append(f"{src} -> {dst}")
    assert sorted(wrong) == []


def test_nothing_imports_the_window_or_the_command_line():
    wrong = []
    for src, targets in _internal_edges().items():
        for dst in targets:
            if (src, dst) in ENTRY:
                continue
            for part, allowed in (("ui", {"ui"}), ("cli", {"cli", "__main__"})):
                if _part(dst) == part and _part(src) not in allowed:
                    wrong.append(f"{src} -> {dst}")
    assert sorted(wrong) == []


def test_no_import_circles_between_files():
    edges = _internal_edges()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    for v in edges:
        if v not in index:
            visit(v)
    assert circles == []


def test_the_import_reader_sees_imports_inside_functions(tmp_path):
    """The checks above can fail: an import inside a function body is read, relative ones
    are resolved."""
    probe = PKG / "core" / "_probe_for_test.py"
    probe.write_text(
        "def f():\n    from cmstation.ui.shell import app\n    from ..storage import tx\n",
        encoding="utf-8",
    )
    try:
        found = imports_of(probe)
    finally:
        probe.unlink()
    assert {"cmstation.ui.shell.app", "cmstation.storage.tx"} <= found


def test_nothing_outside_ui_imports_qt():
    mods = sorted(m for m in MODULES if _part(m) not in ("ui", "__main__"))
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _where(top: str) -> set[str]:
    """The files (relative to the package) that import ``top`` or a module under it."""
    return {
        str(p.relative_to(PKG))
        for p in PKG.rglob("*.py")
        if any(m == top or m.startswith(top + ".") for m in imports_of(p))
    }


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
    for name in ("PySide6", "shiboken6"):
        assert {p for p in _where(name) if not p.startswith("ui/")} == set(), name


def test_files_stay_small():
    """A file that grows past ~600 lines is split by responsibility."""
    big = {
        str(p.relative_to(PKG)): n
        for p in PKG.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 620
    }
    assert big == {}


def test_every_part_is_known():
    """A new top-level part must get its place in ALLOWED."""
    parts = defaultdict(set)
    for m in MODULES:
        parts[_part(m)].add(m)
    assert set(parts) - set(ALLOWED) - {"cmstation"} == set()
