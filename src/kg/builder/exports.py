"""The files of a build folder: the sorted exports of the curated graphs (the
same input gives the same bytes), the store, the view, the ontology's page and
the manifest."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ..curation.validation import Curated
from ..errors import Problem
from ..graph.parts import update_index
from ..graph.projection import Index
from ..graph.views import write_view
from ..model import ontodoc, resources
from ..model.namespaces import (
    ASSERTED_GRAPH,
    INFERRED_GRAPH,
    KG,
    PREFIXES,
    PROVENANCE_GRAPH,
)
from ..model.ontology import canonical_graph
from ..progress import QUIET, Progress
from ..reasoning import Reasoner
from ..reasoning.inference import Inference
from ..site import SiteData, write_site
from ..sparql import store
from ..version import __version__
from .manifest import sha256

SITE_DIR = "site"
EXPORTS = (
    "kg.ttl",
    "kg.nt",
    "kg.nq",
    "store/",
    "index/",
    "ontology.html",
    "graph.html",
    f"{SITE_DIR}/",
    "manifest.json",
)


@dataclass
class BuildResult:
    out: Path
    sources: list[tuple[str, str, str]]
    curated_lines: int
    class_counts: dict[str, int]
    asserted: int
    inferred: int
    inferred_by: dict[str, int]
    provenance: int
    reasoner: Reasoner
    seconds: float
    files: list[str] = field(default_factory=lambda: list(EXPORTS))
    imports: list[str] = field(default_factory=list)
    """Data sets in the store besides the curated files."""
    changed: tuple[int, int] | None = None
    """For an incremental build: curated facts (added, removed)."""
    warnings: list[Problem] = field(default_factory=list)
    """The validation's warnings: they did not stop this build (``strict`` makes them)."""


def nt_lines(*graphs: Graph) -> list[str]:
    """The sorted, distinct N-Triples statements of the union of ``graphs`` (each
    serialized on its own: copying one rdflib graph into another costs more)."""
    lines: set[str] = set()
    for graph in graphs:
        text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        lines.update(line for line in text.splitlines() if line.strip())
    return sorted(lines)


def _nquads(graphs: dict[URIRef, list[str]]) -> list[str]:
    lines = []
    for name, statements in graphs.items():
        for line in statements:
            lines.append(f"{line[:-1].rstrip()} <{name}> .")
    return sorted(lines)


def short(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def write_exports(
    folder: Path,
    graphs: dict[URIRef, list[str]],
    curated: Curated,
    inference: Inference,
    *,
    write_store: bool = True,
    ontology_page: bool = True,
    extra: dict[str, Any] | None = None,
    progress: Progress = QUIET,
    previous: Path | None = None,
) -> BuildResult:
    """Write the exports, the view, the manifest, the store (``write_store``) and the
    ontology's page (``ontology_page``) of the curated graphs, given as their sorted
    N-Triples statements. ``previous``: the build an update started from, whose
    index parts of the imported graphs stay (the update changes the others)."""
    progress.stage("write the exports")
    nquads = _nquads(graphs)
    (folder / "kg.nq").write_text("\n".join(nquads) + "\n", encoding="utf-8")
    union = sorted({line.rsplit(" <", 1)[0] + " ." for line in nquads})
    flat = "\n".join(union) + "\n"
    (folder / "kg.nt").write_text(flat, encoding="utf-8")
    # Oxigraph's Turtle writer: 10 times faster than rdflib's on a build, and the
    # sorted input keeps each subject's facts together.
    turtle = ox.serialize(
        ox.parse(flat.encode("utf-8"), ox.RdfFormat.N_TRIPLES),
        format=ox.RdfFormat.TURTLE,
        prefixes=PREFIXES,
    )
    # It writes the prefixes in hash order; write them in ours (byte-identical builds).
    body = [
        ln for ln in (turtle or b"").decode("utf-8").splitlines() if not ln.startswith("@prefix")
    ]
    header = [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES.items()]
    (folder / "kg.ttl").write_text("\n".join([*header, "", *body]) + "\n", encoding="utf-8")
    data = ("\n".join(nquads) + "\n").encode("utf-8")
    if write_store:
        progress.stage("write the store")
        store.write(folder / store.STORE_DIR, data)
    if ontology_page:
        (folder / "ontology.html").write_text(ontodoc.render(canonical_graph()), encoding="utf-8")
    # The view shows the curated graphs, also when the store holds imported data.
    curated_store = ox.Store()
    curated_store.bulk_load(data, ox.RdfFormat.N_QUADS)
    index = Index.from_memory(curated_store)
    write_view(index, folder / "graph.html", name="full", progress=progress)
    progress.stage("write the site")
    write_site(SiteData.from_ox(curated_store, index), folder / SITE_DIR)
    known = set(curated.asserted) | set(inference.graph)
    class_counts = Counter(
        str(o)[len(KG) :]
        for s, p, o in known
        if p == RDF.type and isinstance(o, URIRef) and o.startswith(str(KG))
    )
    sources = [(s.id, s.meta.get("title", ""), s.meta.get("date", "")) for s in curated.sources]
    result = BuildResult(
        out=folder,
        sources=sources,
        curated_lines=len(curated.resolved),
        class_counts=dict(sorted(class_counts.items())),
        asserted=len(graphs[ASSERTED_GRAPH]),
        inferred=len(graphs[INFERRED_GRAPH]),
        inferred_by={},
        provenance=len(graphs[PROVENANCE_GRAPH]),
        reasoner=inference.reasoner,
        seconds=0.0,
    )
    manifest = {
        "kg_version": __version__,
        "reasoner": inference.reasoner.label,
        "sources": [{"id": i, "title": t, "date": d} for i, t, d in sources],
        "graphs": {str(name): len(g) for name, g in graphs.items()},
        "classes": result.class_counts,
        "inputs": {s.relpath: sha256(s.file) for s in curated.sources},
        "ontology_sha256": sha256(resources.ontology_file()),
        **(extra or {}),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    # The graph index of the store, of this manifest's version (``graph/tables.py``).
    changed = {str(ASSERTED_GRAPH), str(INFERRED_GRAPH), str(PROVENANCE_GRAPH)}
    update_index(folder, progress=progress, previous=previous, changed=changed)
    return result


__all__ = ["EXPORTS", "BuildResult", "nt_lines", "short", "write_exports"]
