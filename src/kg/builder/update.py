"""The incremental build: apply the changes of the curated files to a build whose
store holds imported data sets, without importing them again.

Only the curated facts that changed are removed (delete and rederive) or added
(semi-naive) in a checkpoint of the store, in one build transaction
(``transaction.staged``); the flat exports of the curated graphs are written
again.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from ..curation.validation import validate
from ..errors import UsageError
from ..model import resources
from ..model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH
from ..model.ontology import canonical_graph
from ..progress import QUIET, Progress
from ..reasoning.engine import TMP, Materializer
from ..reasoning.inference import infer_in_memory, reified
from ..reasoning.rules import bundled_rules
from ..sparql import store
from .exports import BuildResult, nt_lines, short, write_exports
from .graphs import count_in, imported_graphs, replace_graph, statements
from .manifest import MANIFEST, link_tree, previous_statements, read_manifest, sha256
from .transaction import staged

ONTOLOGY_PAGE = "ontology.html"
EXPORTS_REWRITTEN = (
    "kg.ttl",
    "kg.nt",
    "kg.nq",
    "graph.html",
    "index",
    "site",
    ONTOLOGY_PAGE,
    MANIFEST,
)
"""The files an update writes again; it links the others from the build."""


def update(
    data_dir: Path, out: Path, progress: Progress = QUIET, *, strict: bool = False
) -> BuildResult:
    """Apply the changes of the curated files to a build that holds imported data:
    only the facts that changed are removed (delete and rederive) or added (semi-
    naive), on a checkpoint of the store; the flat exports are written again."""
    started = time.monotonic()
    with staged(out) as staging:
        manifest = read_manifest(out)
        if manifest.get("ontology_sha256") != sha256(resources.ontology_file()):
            raise UsageError(
                "the ontology changed since this build's data were imported",
                hint="rebuild everything and import again: kg build --full",
            )
        progress.stage("validate the curated files")
        curated = validate(data_dir, strict=strict)
        asserted_nt = curated.asserted.serialize(format="nt", encoding="utf-8")
        inference = curated.closure or infer_in_memory(asserted_nt)
        previous = previous_statements(out, manifest)
        # The ontology is unchanged (checked above): so are its lines and its page.
        ontology = previous.get(str(ONTOLOGY_GRAPH))
        rewritten = set(EXPORTS_REWRITTEN)
        if ontology is not None:
            rewritten.discard(ONTOLOGY_PAGE)
        progress.stage("apply the changes to the store")
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
            progress=progress,
            previous=out,
        )
    counts = Counter(short(how) for how in inference.derived_by.values())
    result.out = out
    result.warnings = curated.warnings
    result.inferred_by = dict(sorted(counts.items()))
    result.imports = sorted(manifest.get("imports", {}))
    result.changed = (len(added), len(removed))
    result.seconds = time.monotonic() - started
    return result


__all__ = ["update"]
