"""No import cycles between the package's modules, and the layers of DESIGN.md hold.

Every import counts, those inside functions too (an import moved into a function to dodge
a cycle still ties the two modules together); `if TYPE_CHECKING:` imports never run. A
cycle means modules that cannot be read, tested or moved apart: the test names it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pos_returns"

# Each layer may import only from the layers listed for it (and itself).
LAYERS = {
    "domain": set(),
    "store": {"domain"},
    "i18n": {"domain", "resources"},
    "resources": set(),
    "services": {"domain", "store", "i18n", "resources"},
    "printing": {"domain", "store", "i18n", "resources", "services"},
    "sync": {"domain", "store", "i18n", "resources", "services"},
    "ui": {"domain", "store", "i18n", "resources", "services", "printing", "sync", "bootstrap"},
    "bootstrap": {"domain", "store", "i18n", "resources", "services", "printing", "sync"},
    "bench": {
        "domain", "store", "i18n", "resources", "services", "printing", "sync", "ui", "bootstrap"
    },
    "cli": {
        "domain", "store", "i18n", "resources", "services", "printing", "sync", "ui",
        "bootstrap", "bench",
    },
}  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The package's modules `path` imports, anywhere in it."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else None
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pos_returns")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package of this module
                anchor = (package or module_name(path)).split(".")
                base = ".".join(anchor[: len(anchor) - node.level + 1] + ([base] if base else []))
            if base.startswith("pos_returns"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    return {
        name: {other for other in imports(path) if other in modules and other != name}
        for name, path in modules.items()
    }


def test_no_module_imports_itself_back_through_others() -> None:
    edges = graph()
    seen: dict[str, int] = {}  # 1: on the path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if seen.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in seen:
                visit(nxt, [*path, nxt])
        seen[node] = 2

    for start in sorted(edges):
        if start not in seen:
            visit(start, [start])
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "pos_returns"


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = sorted(
        f"{name} imports {other}"
        for name, others in graph().items()
        for other in others
        if layer(name) in LAYERS
        and layer(other) != layer(name)
        and layer(other) in LAYERS
        and layer(other) not in LAYERS[layer(name)]
    )
    assert not wrong, "\n".join(wrong)
