"""``kg build``: validate, reason, and write a complete build folder atomically.

A build is written to a staging folder next to the output folder and swapped in
only when it is complete, so a failed or interrupted build leaves the previous
one intact. The exports are sorted, so the same input gives the same bytes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import itertools
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ..curation.reading import display_path
from ..curation.validation import Curated, validate
from ..errors import BuildLocked, UsageError
from ..graph.projection import Index
from ..graph.views import write_view
from ..model import ontodoc, resources
from ..model.namespaces import (
    ASSERTED_GRAPH,
    INFERRED_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    PREFIXES,
    PROVENANCE_GRAPH,
)
from ..model.ontology import canonical_graph
from ..reasoning import Reasoner
from ..reasoning.inference import Inference, infer, reified
from ..sparql import store
from ..version import __version__

EXPORTS = ("kg.ttl", "kg.nt", "kg.nq", "store/", "ontology.html", "graph.html", "manifest.json")


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
    reasoner: str
    seconds: float
    files: list[str] = field(default_factory=lambda: list(EXPORTS))
    imports: list[str] = field(default_factory=list)
    """Data sets in the store besides the curated files."""
    changed: tuple[int, int] | None = None
    """For an incremental build: curated facts (added, removed)."""


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    with lock_path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildLocked(
                f"another kg build is writing {display_path(out)}",
                hint="wait for it to finish, or build into another folder with --out",
            ) from exc
        yield


def recover(out: Path) -> None:
    """Finish a swap that an interruption cut between its two renames."""
    old = out.parent / f".{out.name}.old"
    if not out.exists() and old.exists():
        old.rename(out)
    elif old.exists():
        shutil.rmtree(old)


def swap(out: Path, staging: Path) -> None:
    """Put a complete staging folder in the place of ``out``."""
    old = out.parent / f".{out.name}.old"
    if out.exists():
        out.rename(old)
    staging.rename(out)
    if old.exists():
        shutil.rmtree(old)


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


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _short(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def imports_of(out: Path) -> dict[str, Any]:
    """The data sets imported into the build at ``out`` (empty if none)."""
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    imports: dict[str, Any] = manifest.get("imports", {})
    return imports


def build(
    data_dir: Path,
    out: Path,
    *,
    reasoner: Reasoner = Reasoner.HERMIT,
    full: bool = False,
) -> BuildResult:
    """Build the knowledge graph from a data folder into ``out`` (e.g. ``build/``).

    ``reasoner``: ``HERMIT`` (OWL 2 DL, needs Java) or ``RULES`` (OWL RL rules
    generated from the ontology, run inside Oxigraph; the same facts on the curated
    data, and it scales). ``NONE`` keeps only the hierarchy closure and the named
    rules.

    When ``out`` holds imported data sets (``kg import``), only the changes of the
    curated files are applied to its store (see ``update``), unless ``full``: then
    everything is rebuilt and the data sets are imported again from their files."""
    out = out.absolute()
    imports = imports_of(out)
    if imports and not full:
        from ..icews.importer import update

        result: BuildResult = update(data_dir, out)
        return result
    result = _build(data_dir, out, reasoner)
    if imports:
        from ..icews.importer import import_icews

        for name, entry in imports.items():
            files = [Path(f["path"]) for f in entry["files"]]
            missing = [str(f) for f in files if not f.is_file()]
            if missing:
                raise UsageError(
                    f"cannot import {name!r} again: {', '.join(missing)} not found",
                    hint="the curated build is done; import the data set again with"
                    f" kg import icews FILE... --dataset {name}",
                )
            import_icews(files, out, name)
        result.imports = sorted(imports)
    return result


def _build(data_dir: Path, out: Path, reasoner: Reasoner) -> BuildResult:
    started = time.monotonic()
    with build_lock(out):
        recover(out)
        curated = validate(data_dir)
        ontology = canonical_graph()
        # Validation closed the asserted facts under the bundled ontology's rules
        # (``infer_in_memory``): with the same rules, that is what ``infer`` derives.
        closure = curated.closure
        if closure is not None and closure.reasoner is reasoner:
            inference = closure
        else:
            inference = infer(ontology, curated.asserted, reasoner)
        graphs = {
            ONTOLOGY_GRAPH: nt_lines(ontology),
            ASSERTED_GRAPH: nt_lines(curated.asserted),
            INFERRED_GRAPH: nt_lines(inference.graph),
            PROVENANCE_GRAPH: nt_lines(curated.provenance, reified(inference)),
        }
        staging = out.parent / f".{out.name}.new-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
        try:
            result = write_exports(staging, graphs, curated, inference)
            swap(out, staging)
        finally:
            if staging.exists():
                shutil.rmtree(staging)
    counts = Counter(_short(how) for how in inference.derived_by.values())
    result.out = out
    result.inferred_by = dict(sorted(counts.items()))
    result.seconds = time.monotonic() - started
    return result


def write_exports(
    folder: Path,
    graphs: dict[URIRef, list[str]],
    curated: Curated,
    inference: Inference,
    *,
    write_store: bool = True,
    ontology_page: bool = True,
    extra: dict[str, Any] | None = None,
) -> BuildResult:
    """Write the exports, the view, the manifest, the store (``write_store``) and the
    ontology's page (``ontology_page``) of the curated graphs, given as their sorted
    N-Triples statements."""
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
        store.write(folder / store.STORE_DIR, data)
    if ontology_page:
        (folder / "ontology.html").write_text(ontodoc.render(canonical_graph()), encoding="utf-8")
    # The view shows the curated graphs, also when the store holds imported data.
    curated_store = ox.Store()
    curated_store.bulk_load(data, ox.RdfFormat.N_QUADS)
    quads = itertools.chain.from_iterable(
        curated_store.quads_for_pattern(None, None, None, ox.NamedNode(str(g)))
        for g in (ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH)
    )
    index = Index.from_quads((q.subject, q.predicate, q.object, q.graph_name) for q in quads)
    write_view(index, folder / "graph.html", name="full")
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
        reasoner=inference.reasoner.label,
        seconds=0.0,
    )
    manifest = {
        "kg_version": __version__,
        "reasoner": inference.reasoner.label,
        "sources": [{"id": i, "title": t, "date": d} for i, t, d in sources],
        "graphs": {str(name): len(g) for name, g in graphs.items()},
        "classes": result.class_counts,
        "inputs": {s.relpath: _sha256(s.file) for s in curated.sources},
        "ontology_sha256": _sha256(resources.ontology_file()),
        **(extra or {}),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return result
