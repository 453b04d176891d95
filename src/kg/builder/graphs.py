"""The named graphs of a build's store as N-Triples statements: read, counted and
replaced by the import and the incremental update."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ..model.namespaces import IMPORTED_GRAPHS


def imported_graphs(st: ox.Store) -> list[str]:
    return sorted(g.value for g in st.named_graphs() if g.value.startswith(str(IMPORTED_GRAPHS)))


def statements(st: ox.Store, graphs: Iterable[str]) -> set[str]:
    """The facts of some graphs as N-Triples statements without the final dot."""
    out: set[str] = set()
    for graph in graphs:
        text = st.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        out.update(line[:-2] for line in (text or b"").decode("utf-8").splitlines() if line)
    return out


def count_in(st: ox.Store, facts: list[str], graph: str) -> int:
    """How many of ``facts`` (N-Triples statements without the dot) ``graph`` holds."""
    text = "".join(f"{fact} .\n" for fact in facts).encode("utf-8")
    name = ox.NamedNode(graph)
    return sum(
        ox.Quad(t.subject, t.predicate, t.object, name) in st
        for t in ox.parse(text, ox.RdfFormat.N_TRIPLES)
    )


def replace_graph(
    st: ox.Store, graph: str, statements: list[str], held: list[str] | None = None
) -> int:
    """Make ``graph`` hold exactly ``statements`` (N-Triples lines) by removing and
    adding only the difference; returns the change in the number of quads.
    ``held``: the lines the graph holds now, when known (else read from the store)."""
    name = ox.NamedNode(str(graph))

    def quads(lines: Iterable[str]) -> set[ox.Quad]:
        text = "\n".join(lines).encode("utf-8")
        return {
            ox.Quad(t.subject, t.predicate, t.object, name)
            for t in ox.parse(text, ox.RdfFormat.N_TRIPLES)
        }

    if held is None:
        new, old = quads(statements), set(st.quads_for_pattern(None, None, None, name))
        gone, fresh, change = old - new, new - old, len(new) - len(old)
    else:
        new_lines, old_lines = set(statements), set(held)
        gone, fresh = quads(old_lines - new_lines), quads(new_lines - old_lines)
        change = len(new_lines) - len(old_lines)
    for quad in gone:
        st.remove(quad)
    st.extend(fresh)
    return change


__all__ = ["count_in", "imported_graphs", "replace_graph", "statements"]
