"""``kg import``: load event data sets into a build's store, and keep that store
current when curated files change, without rebuilding what did not change.

A build that holds imported data keeps them in named graphs
(``graph/imported/DATASET``) of its store; the inferred graph is closed under the
rules over the curated and imported facts together (``kg/materialize.py``).
The flat exports of the build folder (kg.ttl, kg.nt, kg.nq, graph.html) stay
the curated graphs: millions of imported facts belong in the store.

The import works on a checkpoint of the store in a staging folder, swapped in
only when complete: the records are mapped (with the one-atom consequences of
each fact computed in Python) while a bulk load takes them in, and only the
rules' joins run as queries afterwards.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyoxigraph as ox

from ..errors import UsageError
from ..icews import mapping as icews
from ..model import resources
from ..model.identity import Resolver
from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG
from ..model.ontology import canonical_graph, load_graph
from ..reasoning.closure import Closure, close_joins, join_vocabulary
from ..reasoning.engine import TMP, Materializer, TermTriple
from ..reasoning.inference import infer_in_memory
from ..reasoning.rules import bundled_rules, store_rules
from ..sparql import store
from ..version import __version__

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


def imported_graphs(st: ox.Store) -> list[str]:
    return sorted(g.value for g in st.named_graphs() if g.value.startswith(str(IMPORTED_GRAPHS)))


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
    records are mapped and bulk-loaded at once, and only the joins run as
    queries. The staging folder replaces the build when complete."""
    from ..builder.full import build_lock, recover, swap

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
            materializer = Materializer(
                st, rules, sorted(set(sources)), str(INFERRED_GRAPH), closure
            )
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
                "add what the joins derived"
                if derived is not None
                else "reason (rules in the store)",
                t,
            )
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
        rounds=rounds or materializer.rounds,
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


def previous_statements(out: Path, manifest: dict[str, Any]) -> dict[str, list[str]]:
    """The N-Triples lines of each graph in the build's kg.nq that holds as many as
    the manifest counts, when kg.nq was written by this version of kg."""
    if manifest.get("kg_version") != __version__:
        return {}
    lines: dict[str, list[str]] = {}
    try:
        with (out / "kg.nq").open(encoding="utf-8") as handle:
            for line in handle.read().splitlines():
                statement, _, graph = line.rpartition(" <")
                lines.setdefault(graph.removesuffix("> ."), []).append(f"{statement} .")
    except (OSError, UnicodeDecodeError):
        return {}
    counts = manifest.get("graphs", {})
    return {graph: held for graph, held in lines.items() if len(held) == counts.get(graph)}


def update(data_dir: Path, out: Path) -> Any:
    """Apply the changes of the curated files to a build that holds imported data:
    only the facts that changed are removed (delete and rederive) or added (semi-
    naive), on a checkpoint of the store; the flat exports are written again."""
    from ..builder.full import build_lock, nt_lines, recover, swap, write_exports
    from ..curation.validation import validate
    from ..model.namespaces import ONTOLOGY_GRAPH, PROVENANCE_GRAPH
    from ..reasoning.inference import reified

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
        previous = previous_statements(out, manifest)
        # The ontology is unchanged (checked above): so are its lines and its page.
        ontology = previous.get(str(ONTOLOGY_GRAPH))
        rewritten = set(EXPORTS_REWRITTEN)
        if ontology is not None:
            rewritten.discard(ONTOLOGY_PAGE)
        staging = out.parent / f".{out.name}.new-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        try:
            link_tree(out, staging, {store.STORE_DIR, *rewritten})
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
                bundled_rules(),
                [str(ASSERTED_GRAPH), *imported_graphs(st)],
                str(INFERRED_GRAPH),
            )
            # Counting a store of millions of quads takes a second: count the changes.
            store_quads = manifest.get("store_quads")
            if not isinstance(store_quads, int):
                store_quads = len(st)
            if removed:
                body = " .\n".join(removed)
                st.update(f"DELETE DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ {body} . }} }}")
                gone = f"{TMP}removed-curated"
                st.update(f"INSERT DATA {{ GRAPH <{gone}> {{ {body} . }} }}")
                deleted, rederived = materializer.retract(gone)
                st.update(f"DROP SILENT GRAPH <{gone}>")
                store_quads += rederived - deleted - len(removed)
            if added:
                body = " .\n".join(added)
                fresh = f"{TMP}added-curated"
                no_longer_inferred = count_in(st, added, str(INFERRED_GRAPH))
                st.update(
                    f"DELETE DATA {{ GRAPH <{INFERRED_GRAPH}> {{ {body} . }} }};"
                    f" INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ {body} . }}"
                    f" GRAPH <{fresh}> {{ {body} . }} }}"
                )
                store_quads += len(added) - no_longer_inferred + materializer.saturate(fresh)
            provenance = nt_lines(curated.provenance, reified(inference))
            # The build's kg.nq holds what the store's provenance graph holds.
            held = previous.get(str(PROVENANCE_GRAPH))
            store_quads += replace_graph(st, PROVENANCE_GRAPH, provenance, held)
            st.flush()
            del st, materializer
            graphs = {
                ONTOLOGY_GRAPH: ontology or nt_lines(canonical_graph()),
                ASSERTED_GRAPH: nt_lines(curated.asserted),
                INFERRED_GRAPH: nt_lines(inference.graph),
                PROVENANCE_GRAPH: provenance,
            }
            extra = {
                "imports": manifest.get("imports", {}),
                "store_quads": store_quads,
                "store_reasoner": manifest.get("store_reasoner", ""),
            }
            result = write_exports(
                staging,
                graphs,
                curated,
                inference,
                write_store=False,
                ontology_page=ontology is None,
                extra=extra,
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


ONTOLOGY_PAGE = "ontology.html"
EXPORTS_REWRITTEN = ("kg.ttl", "kg.nt", "kg.nq", "graph.html", ONTOLOGY_PAGE, MANIFEST)
