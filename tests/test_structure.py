"""The package's shape: no import cycles between modules or subpackages, and no
module so long that it holds more than one subject (DEVELOPERS.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "kg"
SUBPACKAGES = (
    "model",
    "curation",
    "reasoning",
    "sparql",
    "graph",
    "site",
    "builder",
    "icews",
    "extract",
)
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported_modules(name: str, path: Path) -> set[str]:
    """Every module of the package that `name` imports, at any depth of its code
    (in functions too, and under `if TYPE_CHECKING:`: a cycle of types is still a
    cycle of meaning). `from P import x` imports the module P.x when there is one,
    else P itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # Relative to the module's package (a package's __init__ is its own).
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.add(child if child in MODULES else target)
    return {module for module in found if module in MODULES and module != name}


def module_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(MODULES)
    for name, path in MODULES.items():
        graph.add_edges_from((name, target) for target in imported_modules(name, path))
    return graph


def subpackage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in SUBPACKAGES else None


def describe_cycles(graph: nx.DiGraph) -> str:
    tangles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    lines = []
    for tangle in sorted(tangles):
        cycle = nx.find_cycle(graph.subgraph(tangle))
        lines.append(" -> ".join([*(u for u, _ in cycle), cycle[0][0]]))
    return "\n".join(lines)


def test_the_import_scan_sees_the_package() -> None:
    """The scan finds relative, absolute and in-function imports, so an empty
    graph cannot pass the cycle tests by accident."""
    assert set(SUBPACKAGES) <= {subpackage(m) for m in MODULES}
    edges = set(module_graph().edges)
    assert ("kg.cli", "kg.errors") in edges
    assert any(subpackage(a) == "builder" and subpackage(b) == "reasoning" for a, b in edges)


def test_no_import_cycle_between_modules() -> None:
    graph = module_graph()
    assert nx.is_directed_acyclic_graph(graph), "import cycles:\n" + describe_cycles(graph)


def test_subpackages_form_a_dag() -> None:
    modules = module_graph()
    graph = nx.DiGraph()
    graph.add_nodes_from(SUBPACKAGES)
    crossing: dict[tuple[str, str], list[str]] = {}
    for a, b in sorted(modules.edges):
        pa, pb = subpackage(a), subpackage(b)
        if pa and pb and pa != pb:
            graph.add_edge(pa, pb)
            crossing.setdefault((pa, pb), []).append(f"{a} -> {b}")
    cycles = sorted(nx.simple_cycles(graph), key=lambda c: (len(c), c))
    report = [
        " -> ".join([*cycle, cycle[0]])
        + "".join(
            f"\n    {line}"
            for pa, pb in zip(cycle, [*cycle[1:], cycle[0]], strict=True)
            for line in crossing[pa, pb]
        )
        for cycle in cycles
    ]
    assert cycles == [], "subpackage cycles, shortest first:\n" + "\n".join(report)


def test_no_module_over_the_line_limit() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in MODULES.values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"modules over {MAX_LINES} lines: {long}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from . import errors", {"kg.errors"}),
        ("from .model import identity", {"kg.model.identity"}),
        ("from .model.identity import Resolver", {"kg.model.identity"}),
        ("import kg.sparql.store", {"kg.sparql.store"}),
        ("def f():\n    from kg.icews import mapping", {"kg.icews.mapping"}),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .api import X", {"kg.api"}),
        ("import json\nfrom rdflib import Graph", set()),
    ],
)
def test_import_scan_resolves(source: str, expected: set[str], tmp_path: Path) -> None:
    path = tmp_path / "cli.py"
    path.write_text(source)
    assert imported_modules("kg.cli", path) == expected


def test_import_scan_resolves_from_subpackages(tmp_path: Path) -> None:
    module = tmp_path / "projection.py"
    module.write_text("from ..errors import UsageError\nfrom . import views\nfrom .. import api")
    assert imported_modules("kg.graph.projection", module) == {
        "kg.errors",
        "kg.graph.views",
        "kg.api",
    }
    package = tmp_path / "__init__.py"
    package.write_text("from .views import build_view\nfrom ..sparql import library")
    assert imported_modules("kg.graph", package) == {"kg.graph.views", "kg.sparql.library"}


def test_a_cycle_is_reported() -> None:
    graph = nx.DiGraph([("kg.a", "kg.b"), ("kg.b", "kg.c"), ("kg.c", "kg.a"), ("kg.c", "kg.d")])
    assert describe_cycles(graph) == "kg.a -> kg.b -> kg.c -> kg.a"
