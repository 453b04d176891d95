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
from ..graph.parts import update_index
from ..icews import mapping as icews
from ..model.identity import Resolver
from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG, RDF
from ..model.ontology import load_graph
from ..progress import QUIET, Progress
from ..reasoning.closure import Closure, RecordFilter, join_vocabulary
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


def import_icews(
    files: list[Path], out: Path, dataset: str | None = None, progress: Progress = QUIET
) -> ImportResult:
    """Map ICEWS files into the build at ``out`` as data set ``dataset`` (replacing
    an earlier import of the same name) and close the store under the rules.

    Works on a copy of the on-disk store (a RocksDB checkpoint: hard links) in a
    staging folder: the one-atom consequences are computed in Python while the
    records are mapped and bulk-loaded at once, and only the joins run as
    queries. The staging folder replaces the build when complete. ``progress``
    hears of each stage, and of the records as they are mapped."""
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
    if name == "actor":  # id:icews/actor/ holds the actors, not records
        raise UsageError("a data set cannot be called 'actor'", hint="name it with --dataset NAME")
    graph = f"{IMPORTED_GRAPHS}{name}"
    with staged(out) as staging:
        manifest = read_manifest(out)
        t = time.monotonic()
        progress.stage("copy the store")
        link_tree(out, staging, {store.STORE_DIR, MANIFEST, REPORTS, "index"})
        previous = store.open_read_only(out)
        replacing = graph in imported_graphs(previous)
        others = [g for g in imported_graphs(previous) if g != graph]
        curated = curated_store(out) if replacing else None
        # The build holds this data set alone: the store it was first imported into
        # held the curated graphs, which the build's kg.nq holds. That store is
        # written again (a bulk load of a few thousand quads) and the data set is
        # imported into it as the first time: the same work and the same quads.
        again_first = replacing and not others and curated is not None
        if again_first:
            assert curated is not None
            store.write(staging / store.STORE_DIR, (out / "kg.nq").read_bytes())
            previous = curated
            st = ox.Store(str(staging / store.STORE_DIR))
            kept = []
            inferred = statements(st, [str(INFERRED_GRAPH)])
        elif replacing:
            # Deleting a data set's quads from the store one by one (DROP GRAPH)
            # takes minutes: a new store is bulk-loaded instead with what stays
            # (every graph but this data set's and the inferred one), the curated
            # closure (the build's kg.nq), and the data set's new facts; the
            # imported part is closed again the way a first import closes it.
            st = ox.Store(str(staging / store.STORE_DIR))
            kept = [
                g for g in previous.named_graphs() if g.value not in (graph, str(INFERRED_GRAPH))
            ]
            inferred = statements(curated, [str(INFERRED_GRAPH)]) if curated else set()
        else:
            previous.backup(str(staging / store.STORE_DIR))
            st = ox.Store(str(staging / store.STORE_DIR))
            kept = []
            inferred = statements(st, [str(INFERRED_GRAPH)])
        t = lap("copy the store (checkpoint)", t)
        ontology = load_graph()
        closure = Closure(ontology)
        resolver = Resolver.from_store(curated or previous)
        sources = [str(ASSERTED_GRAPH), *others, graph]
        existing = statements(previous, [str(ASSERTED_GRAPH), *others]) | inferred
        is_country = f" <{RDF.type}> <{KG.Country}>"
        known = {
            f.split(" ", 1)[0][1:-1].rsplit("/", 1)[-1] for f in existing if f.endswith(is_country)
        }
        rules = store_rules(ontology)
        vocabulary = join_vocabulary(rules)
        stored = RecordFilter(vocabulary)
        derived: dict[TermTriple, str] | None = None
        rounds = 0
        joinable: list[str] = []
        stale: set[str] = set()  # facts this import asserts are no longer inferred
        # Replacing: the curated closure is back, without the other imports'.
        merging = replacing and not again_first
        again = statements(previous, others) if merging else set()
        stale.update(inferred & again)  # as their own imports left them
        if merging:
            again |= statements(previous, [str(ASSERTED_GRAPH)])

        def keep(fact: str) -> bool:
            return closure.may_derive(fact)

        progress.stage("map and load records")
        with streamed_bulk_load(st, staging / ".import.nq") as load:
            for kept_graph in kept:
                text = previous.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=kept_graph)
                load.writelines(
                    f"{line[:-2]} {kept_graph} .\n"
                    for line in (text or b"").decode("utf-8").splitlines()
                    if line
                )
            load.writelines(f"{f} <{INFERRED_GRAPH}> .\n" for f in inferred - stale)

            def emit(lines: list[str], to_graph: str = graph) -> None:
                load.writelines(f"{f} <{to_graph}> .\n" for f in lines)
                if to_graph == graph:
                    stale.update(f for f in lines if f in inferred)
                if vocabulary is not None:
                    joinable.extend(f for f in lines if vocabulary.matches(f))

            _, mapper = icews.convert(files, name, resolver, closure, emit, keep, progress)
            progress.stage("close under the rules")
            mapper.finish(known)
            emit(mapper.take(keep))
            if vocabulary is not None:
                joinable.extend(f for f in existing if vocabulary.matches(f))
            assert mapper.sink is not None
            for fact in again:  # their consequences went with the inferred graph
                mapper.sink.add(*fact.split(" ", 2))
            del again
            consequences = [f for f in mapper.closure_facts(existing) if stored(f)]
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
                derived, rounds = close_joins(rules, closure, joins, stored)
                joins.unlink()
        t = lap("map records and bulk-load them; the joins in memory meanwhile", t)
        if stale:
            body = " .\n".join(stale)
            st.update(f"DELETE DATA {{ GRAPH <{INFERRED_GRAPH}> {{ {body} . }} }}")
        materializer = Materializer(
            st, rules, sorted(set(sources)), str(INFERRED_GRAPH), closure, stored=stored
        )
        if derived is not None:
            # Derived facts the joins cannot match may be in the store already.
            added = closed + len(materializer.add_new(list(derived), "joins"))
        else:
            # The new facts are most of the store: evaluate the joins in full.
            added = closed + materializer.saturate(None, closed=True)
        t = lap(
            "add what the joins derived" if derived is not None else "reason (rules in the store)",
            t,
        )
        progress.stage("flush the store")
        st.flush()
        store_quads = len(st)
        materializer_rounds = materializer.rounds
        del previous, curated
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
            "merged": len(report.merges.into),
        }
        manifest["store_quads"] = store_quads
        manifest["store_reasoner"] = "OWL RL rules in the store"
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        # The graph index the reading commands start from, of this store's version.
        # Only this data set's graph and the inferred one changed: the other parts
        # of the index come from the build's index.
        update_index(staging, st, progress, previous=out, changed={graph, str(INFERRED_GRAPH)})
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


def curated_store(out: Path) -> ox.Store | None:
    """The build's curated graphs (its kg.nq) in memory; None without kg.nq (the
    rules then derive the curated closure again, without what only HermiT adds)."""
    path = out / "kg.nq"
    if not path.is_file():
        return None
    memory = ox.Store()
    memory.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return memory


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
        **report.merges.as_json(),  # which names became one person, by which rule
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


__all__ = ["ImportResult", "import_icews", "streamed_bulk_load", "write_report"]
