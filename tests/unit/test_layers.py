"""DESIGN.md's layers: the domain is plain Python."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pos_returns.domain

DOMAIN = Path(pos_returns.domain.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_domain_imports_only_the_standard_library_and_itself() -> None:
    files = sorted(DOMAIN.glob("*.py"))
    assert len(files) > 5
    for path in files:
        for name in imported_modules(path):
            top = name.split(".")[0]
            allowed = top in sys.stdlib_module_names or name.startswith("pos_returns.domain")
            assert allowed, f"{path.name} imports {name}"


def test_importing_the_domain_loads_no_framework() -> None:
    code = (
        "import sys, pos_returns.domain.decision, pos_returns.domain.formats, "
        "pos_returns.domain.wording\n"
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'reportlab', 'escpos', 'babel', 'psycopg')"
        " if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
