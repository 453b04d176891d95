"""``kg import``: load event data sets into a build's store, and keep that store
current when curated files change, without rebuilding what did not change.

A build that holds imported data keeps them in named graphs
(``graph/imported/DATASET``) of its store; the inferred graph is closed under the
rules over the curated and imported facts together (``kg/materialize.py``).
The flat exports of the build folder (kg.ttl, kg.nt, kg.nq, graph.html) stay
the curated graphs: millions of imported facts belong in the store.

The import runs on an in-memory copy of the store (scans and joins there are
several times faster than on disk), then writes a new on-disk store with one
bulk load into a staging folder, swapped in only when complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import icews, resources, store
from .errors import UsageError
from .materialize import TMP, Closure, Materializer, infer_in_memory, store_rules
from .namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG
from .ontology import load_graph
from .resolve import Resolver

MANIFEST = "manifest.json"
REPORTS = "imports"


@dataclass
class ImportResult:
    out: Path
    dataset: str
    report: icews.ImportReport
    inferred_added: int
    rounds: int
    store_quads: int
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)
    replaced: bool = False


def read_manifest(out: Path) -> dict[str, Any]:
    path = out / MANIFEST
    if not path.is_file() or not (out / store.STORE_DIR).is_dir():
        raise UsageError(
            f"no build at {out}",
            hint="run `kg build` first; imported data join the curated knowledge graph",
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def link_tree(source: Path, target: Path, skip: set[str]) -> None:
    """Hard-link the files of a build folder (cheap, and the originals stay intact:
    kg never rewrites a file in place)."""
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.name in skip:
            continue
        if item.is_dir():
            shutil.copytree(item, target / item.name, copy_function=os.link)
        else:
            os.link(item, target / item.name)


def memory_copy(out: Path) -> ox.Store:
    disk = store.open_read_only(out)
    memory = ox.Store()
    memory.bulk_load(disk.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    return memory


def imported_graphs(st: ox.Store) -> list[str]:
    return sorted(g.value for g in st.named_graphs() if g.value.startswith(str(IMPORTED_GRAPHS)))


def write_nquads(path: Path, statements: Iterable[str], graph: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(f"{st} <{graph}> .\n" for st in statements)


def statements(st: ox.Store, graphs: Iterable[str]) -> set[str]:
    """The facts of some graphs as N-Triples statements without the final dot."""
    out: set[str] = set()
    for graph in graphs:
        text = st.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        out.update(line[:-2] for line in (text or b"").decode("utf-8").splitlines() if line)
    return out


def import_icews(files: list[Path], out: Path, dataset: str | None = None) -> ImportResult:
    """Map ICEWS files into the build at ``out`` as data set ``dataset`` (replacing
    an earlier import of the same name) and close the store under the rules.

    Works on a copy of the on-disk store (a RocksDB checkpoint: hard links) in a
    staging folder: the one-atom consequences are computed in Python while the
    records are mapped, everything is bulk-loaded, and only the joins run as
    queries. The staging folder replaces the build when complete."""
    from .builder import build_lock, recover, swap

    started = time.monotonic()
    stages: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.monotonic()
        stages[name] = now - since
        return now

    if not files:
        raise UsageError("no ICEWS files given", hint="kg import icews FILE.tsv [FILE...]")
    out = out.absolute()
    name = icews.slug(dataset) if dataset else icews.dataset_name(files)
    graph = f"{IMPORTED_GRAPHS}{name}"
    with build_lock(out):
        recover(out)
        manifest = read_manifest(out)
        staging = out.parent / f".{out.name}.new-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        try:
            t = time.monotonic()
            link_tree(out, staging, {store.STORE_DIR, MANIFEST, REPORTS})
            store.open_read_only(out).backup(str(staging / store.STORE_DIR))
            st = ox.Store(str(staging / store.STORE_DIR))
            t = lap("copy the store (checkpoint)", t)
            replacing = graph in imported_graphs(st)
            if replacing:
                st.update(f"DROP GRAPH <{graph}>")
            ontology = load_graph()
            facts, mapper = icews.convert(
                files, name, Resolver.from_store(st), None if replacing else Closure(ontology)
            )
            known = {
                row[0].value.rsplit("/", 1)[-1]
                for row in st.query(  # type: ignore[union-attr]
                    f"SELECT ?c WHERE {{ ?c a <{KG.Country}> }}", use_default_graph_as_union=True
                )
            }
            mapper.finish(known)
            t = lap("map records to RDF (and their one-atom consequences)", t)
            sources = [str(ASSERTED_GRAPH), *imported_graphs(st), graph]
            batch = staging / ".import.nq"
            write_nquads(batch, facts, graph)
            closed = 0
            # Facts this import asserts are no longer inferred.
            stale = statements(st, [str(INFERRED_GRAPH)]).intersection(facts)
            if stale:
                body = " .\n".join(stale)
                st.update(f"DELETE DATA {{ GRAPH <{INFERRED_GRAPH}> {{ {body} . }} }}")
            if not replacing:
                existing = statements(st, [*sources, str(INFERRED_GRAPH)])
                closure = mapper.closure_facts(existing)
                del existing
                with batch.open("a", encoding="utf-8") as handle:
                    handle.writelines(f"{f} <{INFERRED_GRAPH}> .\n" for f in closure)
                closed = len(closure)
                del closure
            # Free the mapped facts before the bulk load needs its memory.
            del facts
            mapper.facts = []
            mapper.sink = None
            st.bulk_load(path=str(batch), format=ox.RdfFormat.N_QUADS)
            batch.unlink()
            t = lap("bulk load", t)
            materializer = Materializer(
                st, store_rules(ontology), sorted(set(sources)), str(INFERRED_GRAPH)
            )
            if replacing:
                st.update(f"CLEAR SILENT GRAPH <{INFERRED_GRAPH}>")
                added = materializer.saturate()
            else:
                # The new facts are most of the store: evaluate the joins in full.
                added = closed + materializer.saturate(None, closed=True)
            t = lap("reason (rules in the store)", t)
            st.flush()
            store_quads = len(st)
            del st
            t = lap("flush the store", t)
            report = mapper.report
            imports = manifest.setdefault("imports", {})
            imports[name] = {
                "graph": graph,
                "files": [{"path": str(p.absolute()), "sha256": sha256(p)} for p in files],
                "records": report.records,
                "quads": report.quads,
                "events": dict(sorted(report.events.items())),
                "actors": dict(sorted(report.actors.items())),
                "unclassified_share": round(report.unclassified_share, 4),
                "resolved": len(report.resolved),
                "ambiguous": len(report.ambiguous),
            }
            manifest["store_quads"] = store_quads
            manifest["store_reasoner"] = "OWL RL rules in the store"
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
            if (out / REPORTS).is_dir():
                shutil.copytree(out / REPORTS, staging / REPORTS, copy_function=os.link)
            write_report(staging / REPORTS / f"{name}.json", report)
            swap(out, staging)
        finally:
            if staging.exists():
                shutil.rmtree(staging)
    return ImportResult(
        out=out,
        dataset=name,
        report=mapper.report,
        inferred_added=added,
        rounds=materializer.rounds,
        store_quads=store_quads,
        seconds=time.monotonic() - started,
        stages=stages,
        replaced=replacing,
    )


def write_report(path: Path, report: icews.ImportReport) -> None:
    """The full report for curators: every unclassified and ambiguous name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "dataset": report.dataset,
        "files": report.files,
        "records": report.records,
        "events": dict(sorted(report.events.items())),
        "actors": dict(sorted(report.actors.items())),
        "actor_rules": dict(sorted(report.actor_rules.items())),
        "unclassified_share": report.unclassified_share,
        "unclassified": sorted(report.unclassified),
        "unknown_actions": dict(report.unknown_actions.most_common()),
        "cameo_families": dict(sorted(report.cameo_families.items())),
        "resolved": {n: {"entity": r.entity, "how": r.how} for n, r in report.resolved.items()},
        "ambiguous": {
            n: {"candidates": list(r.candidates), "how": r.how} for n, r in report.ambiguous.items()
        },
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


__all__ = ["ImportResult", "import_icews", "read_manifest"]


def update(data_dir: Path, out: Path) -> Any:
    """Apply the changes of the curated files to a build that holds imported data:
    only the facts that changed are removed (delete and rederive) or added (semi-
    naive), on a checkpoint of the store; the flat exports are written again."""
    from rdflib import Graph
    from rdflib.compare import to_canonical_graph

    from .builder import build_lock, recover, swap, write_exports
    from .namespaces import ONTOLOGY_GRAPH, PROVENANCE_GRAPH
    from .reason import reified
    from .validate import validate

    started = time.monotonic()
    with build_lock(out):
        recover(out)
        manifest = read_manifest(out)
        if manifest.get("ontology_sha256") != sha256(resources.ontology_file()):
            raise UsageError(
                "the ontology changed since this build's data were imported",
                hint="rebuild everything and import again: kg build --full",
            )
        curated = validate(data_dir)
        asserted_nt = curated.asserted.serialize(format="nt", encoding="utf-8")
        inference = curated.closure or infer_in_memory(asserted_nt)
        staging = out.parent / f".{out.name}.new-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        try:
            link_tree(out, staging, {store.STORE_DIR, *EXPORTS_REWRITTEN})
            store.open_read_only(out).backup(str(staging / store.STORE_DIR))
            st = ox.Store(str(staging / store.STORE_DIR))
            new_store = ox.Store()
            new_store.bulk_load(
                asserted_nt, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ASSERTED_GRAPH))
            )
            new = statements(new_store, [str(ASSERTED_GRAPH)])
            old = statements(st, [str(ASSERTED_GRAPH)])
            removed, added = sorted(old - new), sorted(new - old)
            materializer = Materializer(
                st,
                store_rules(load_graph()),
                [str(ASSERTED_GRAPH), *imported_graphs(st)],
                str(INFERRED_GRAPH),
            )
            if removed:
                body = " .\n".join(removed)
                st.update(f"DELETE DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ {body} . }} }}")
                gone = f"{TMP}removed-curated"
                st.update(f"INSERT DATA {{ GRAPH <{gone}> {{ {body} . }} }}")
                materializer.retract(gone)
                st.update(f"DROP SILENT GRAPH <{gone}>")
            if added:
                body = " .\n".join(added)
                fresh = f"{TMP}added-curated"
                st.update(
                    f"DELETE DATA {{ GRAPH <{INFERRED_GRAPH}> {{ {body} . }} }};"
                    f" INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ {body} . }}"
                    f" GRAPH <{fresh}> {{ {body} . }} }}"
                )
                materializer.saturate(fresh)
            provenance = Graph()
            provenance += curated.provenance
            provenance += reified(inference)
            st.update(f"DROP SILENT GRAPH <{PROVENANCE_GRAPH}>")
            st.bulk_load(
                provenance.serialize(format="nt", encoding="utf-8"),
                ox.RdfFormat.N_TRIPLES,
                to_graph=ox.NamedNode(str(PROVENANCE_GRAPH)),
            )
            st.flush()
            store_quads = len(st)
            del st
            graphs = {
                ONTOLOGY_GRAPH: to_canonical_graph(load_graph()),
                ASSERTED_GRAPH: curated.asserted,
                INFERRED_GRAPH: inference.graph,
                PROVENANCE_GRAPH: provenance,
            }
            extra = {
                "imports": manifest.get("imports", {}),
                "store_quads": store_quads,
                "store_reasoner": manifest.get("store_reasoner", ""),
            }
            result = write_exports(
                staging, graphs, curated, inference.reasoner, write_store=False, extra=extra
            )
            swap(out, staging)
        finally:
            if staging.exists():
                shutil.rmtree(staging)
    counts: dict[str, int] = {}
    for how in inference.derived_by.values():
        key = str(how).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        counts[key] = counts.get(key, 0) + 1
    result.out = out
    result.inferred_by = dict(sorted(counts.items()))
    result.imports = sorted(manifest.get("imports", {}))
    result.changed = (len(added), len(removed))
    result.seconds = time.monotonic() - started
    return result


EXPORTS_REWRITTEN = ("kg.ttl", "kg.nt", "kg.nq", "graph.html", "ontology.html", MANIFEST)
