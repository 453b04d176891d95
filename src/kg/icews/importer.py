"""``kg import``: load event data sets into a build's store (``kg build`` keeps
that store current when curated files change: ``kg/builder/update.py``).

A build that holds imported data keeps them in named graphs
(``graph/imported/DATASET``) of its store; the inferred graph is closed under the
rules over the curated and imported facts together (``kg/reasoning/engine.py``).
The flat exports of the build folder (kg.ttl, kg.nt, kg.nq, graph.html) stay
the curated graphs: millions of imported facts belong in the store.

The import works on a checkpoint of the store in the staging folder of a build
transaction (``kg/builder/transaction.py``), swapped in only when complete: the
records are mapped (with the one-atom consequences of each fact computed in
Python) while a bulk load takes them in, and only the rules' joins run as
queries afterwards.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from ..builder.graphs import imported_graphs, statements
from ..builder.manifest import MANIFEST, link_tree, read_manifest, sha256
from ..builder.transaction import staged
from ..errors import UsageError
from ..graph.tables import write_index
from ..icews import mapping as icews
from ..model.identity import Resolver
from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG
from ..model.ontology import load_graph
from ..reasoning.closure import Closure, join_vocabulary
from ..reasoning.engine import Materializer, TermTriple, close_joins
from ..reasoning.rules import store_rules
from ..sparql import store

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


@contextlib.contextmanager
def streamed_bulk_load(st: ox.Store, pipe: Path) -> Iterator[TextIO]:
    """Bulk-load into ``st`` the N-Quads written to the yielded file while they are
    written: the loader (which releases the GIL) reads a named pipe in a thread,
    so mapping and loading share the two cores. Where there are no named pipes,
    the file is written first and loaded after."""
    if not hasattr(os, "mkfifo"):
        with pipe.open("w", encoding="utf-8") as file:
            yield file
        st.bulk_load(path=str(pipe), format=ox.RdfFormat.N_QUADS)
        pipe.unlink()
        return
    os.mkfifo(pipe)
    failure: list[BaseException] = []

    def load() -> None:
        try:
            st.bulk_load(path=str(pipe), format=ox.RdfFormat.N_QUADS)
        except BaseException as error:  # re-raised in the calling thread
            failure.append(error)

    loader = threading.Thread(target=load, name="kg-bulk-load", daemon=True)
    loader.start()
    try:
        handle = _open_pipe(pipe, loader)
        if handle is not None:
            try:
                with handle:
                    yield handle
            except BrokenPipeError:
                loader.join()  # the loader stopped reading: say why
                if not failure:
                    raise
        else:
            with open(os.devnull, "w", encoding="utf-8") as nowhere:
                yield nowhere
    finally:
        loader.join()
        pipe.unlink(missing_ok=True)
    if failure:
        raise failure[0]


def _open_pipe(pipe: Path, loader: threading.Thread) -> TextIO | None:
    """The pipe's writing end, once the loader reads it (None if the loader ended
    first: a blocking open would wait for a reader for ever)."""
    while True:
        try:
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            if error.errno != errno.ENXIO:
                raise
            if not loader.is_alive():
                return None
            time.sleep(0.002)
            continue
        os.set_blocking(fd, True)
        return open(fd, "w", encoding="utf-8", buffering=1 << 20)


def import_icews(files: list[Path], out: Path, dataset: str | None = None) -> ImportResult:
    """Map ICEWS files into the build at ``out`` as data set ``dataset`` (replacing
    an earlier import of the same name) and close the store under the rules.

    Works on a copy of the on-disk store (a RocksDB checkpoint: hard links) in a
    staging folder: the one-atom consequences are computed in Python while the
    records are mapped and bulk-loaded at once, and only the joins run as
    queries. The staging folder replaces the build when complete."""
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
    with staged(out) as staging:
        manifest = read_manifest(out)
        t = time.monotonic()
        link_tree(out, staging, {store.STORE_DIR, MANIFEST, REPORTS, "index"})
        store.open_read_only(out).backup(str(staging / store.STORE_DIR))
        st = ox.Store(str(staging / store.STORE_DIR))
        t = lap("copy the store (checkpoint)", t)
        replacing = graph in imported_graphs(st)
        if replacing:
            st.update(f"DROP GRAPH <{graph}>")
        ontology = load_graph()
        closure = Closure(ontology)
        resolver = Resolver.from_store(st)
        known = {
            row[0].value.rsplit("/", 1)[-1]
            for row in st.query(  # type: ignore[union-attr]
                f"SELECT ?c WHERE {{ ?c a <{KG.Country}> }}", use_default_graph_as_union=True
            )
        }
        sources = [str(ASSERTED_GRAPH), *imported_graphs(st), graph]
        inferred = statements(st, [str(INFERRED_GRAPH)])
        existing = set() if replacing else statements(st, sources) | inferred
        closed = 0
        rules = store_rules(ontology)
        vocabulary = None if replacing else join_vocabulary(rules)
        derived: dict[TermTriple, str] | None = None
        rounds = 0
        joinable: list[str] = []
        stale: set[str] = set()  # facts this import asserts are no longer inferred

        def keep(fact: str) -> bool:
            return not replacing and closure.may_derive(fact)

        with streamed_bulk_load(st, staging / ".import.nq") as load:

            def emit(lines: list[str], to_graph: str = graph) -> None:
                load.writelines(f"{f} <{to_graph}> .\n" for f in lines)
                if to_graph == graph:
                    stale.update(f for f in lines if f in inferred)
                if vocabulary is not None:
                    joinable.extend(f for f in lines if vocabulary.matches(f))

            _, mapper = icews.convert(
                files, name, resolver, None if replacing else closure, emit, keep
            )
            mapper.finish(known)
            emit(mapper.take(keep))
            if vocabulary is not None:
                joinable.extend(f for f in existing if vocabulary.matches(f))
            if not replacing:
                consequences = mapper.closure_facts(existing)
                mapper.sink = None
                closed = len(consequences)
                emit(consequences, str(INFERRED_GRAPH))
                del consequences
            load.close()
            del existing
            mapper.facts = []
            if vocabulary is not None:
                # While the loader works, the joins run in memory on the facts
                # that they can match (a small part of the store).
                joins = staging / ".joins.nt"
                with joins.open("w", encoding="utf-8") as handle:
                    handle.writelines(f"{f} .\n" for f in joinable)
                del joinable[:]
                derived, rounds = close_joins(rules, closure, joins)
                joins.unlink()
        t = lap("map records and bulk-load them; the joins in memory meanwhile", t)
        if stale:
            body = " .\n".join(stale)
            st.update(f"DELETE DATA {{ GRAPH <{INFERRED_GRAPH}> {{ {body} . }} }}")
        materializer = Materializer(st, rules, sorted(set(sources)), str(INFERRED_GRAPH), closure)
        if replacing:
            st.update(f"CLEAR SILENT GRAPH <{INFERRED_GRAPH}>")
            added = materializer.saturate()
        elif derived is not None:
            # Derived facts the joins cannot match may be in the store already.
            added = closed + len(materializer.add_new(list(derived), "joins"))
        else:
            # The new facts are most of the store: evaluate the joins in full.
            added = closed + materializer.saturate(None, closed=True)
        t = lap(
            "add what the joins derived" if derived is not None else "reason (rules in the store)",
            t,
        )
        st.flush()
        store_quads = len(st)
        materializer_rounds = materializer.rounds
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
        # The graph index the reading commands start from, of this store's version.
        write_index(staging, st)
        del st, materializer
        t = lap("write the graph index", t)
        if (out / REPORTS).is_dir():
            shutil.copytree(out / REPORTS, staging / REPORTS, copy_function=os.link)
        write_report(staging / REPORTS / f"{name}.json", report)
    return ImportResult(
        out=out,
        dataset=name,
        report=mapper.report,
        inferred_added=added,
        rounds=rounds or materializer_rounds,
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


__all__ = ["ImportResult", "import_icews", "streamed_bulk_load", "write_report"]
