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


# Each layer imports only from the ones above it (DESIGN.md): the lower layers may not.
BELOW = {
    "store": ("pos_returns.services", "pos_returns.sync", "pos_returns.printing", "pos_returns.ui"),
    "services": ("pos_returns.sync", "pos_returns.printing", "pos_returns.ui", "PySide6"),
    "printing": ("pos_returns.sync", "pos_returns.ui"),
}


def test_each_layer_imports_only_the_layers_above_it() -> None:
    package = DOMAIN.parent
    for layer, forbidden in BELOW.items():
        files = sorted((package / layer).rglob("*.py"))
        assert files, layer
        for path in files:
            for name in imported_modules(path):
                assert not name.startswith(forbidden), f"{layer}/{path.name} imports {name}"


def test_the_services_load_no_printer_or_pdf_library() -> None:
    code = (
        "import sys, pos_returns.services.returns, pos_returns.services.receipts, "
        "pos_returns.services.print_jobs\n"
        "print(','.join(m for m in ('PySide6', 'reportlab', 'escpos', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
