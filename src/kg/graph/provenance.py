"""The provenance of curated facts, read from the store on first use: the source
and the quote of each asserted fact, and the rule behind each inferred one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..model.namespaces import KG, PROVENANCE_GRAPH

K = str(KG)
Fact = tuple[str, str, str]
PROVENANCE_QUERY = f"""
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX kg: <{K}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o ?how ?src ?title ?date ?quote ?file ?line WHERE {{
  GRAPH <{PROVENANCE_GRAPH}> {{
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER (STRSTARTS(STR(?p), STR(kg:)) && isIRI(?o))
    OPTIONAL {{ ?st kg:derivedBy ?how }}
    OPTIONAL {{
      ?st kg:hasEvidence ?ev .
      ?ev kg:quote ?quote ; kg:inSource ?src ; kg:curatedFile ?file ; kg:curatedLine ?line .
      OPTIONAL {{ ?src dcterms:title ?title ; dcterms:date ?date }}
    }}
  }}
}}"""


@dataclass(frozen=True)
class Evidence:
    """Where an asserted fact comes from: the source, and the quote at file:line."""

    source: str
    title: str
    date: str
    quote: str
    file: str
    line: int


def read_provenance(
    path: Path | ox.Store,
    sources: dict[Fact, list[Evidence]],
    derived_by: dict[Fact, str],
) -> None:
    """Join statements to their evidence and sources inside Oxigraph, in one query
    (the provenance graph holds the curated facts' provenance only); ``sources``
    is a defaultdict(list)."""
    store = path if isinstance(path, ox.Store) else ox.Store.read_only(str(path))
    rows = store.query(PROVENANCE_QUERY)
    assert isinstance(rows, ox.QuerySolutions)
    for s, p, o, how, src, title, date, quote, file, line in rows:
        key = (s.value, p.value[len(K) :], o.value)
        if how is not None:
            derived_by[key] = how.value
        if src is not None:
            sources[key].append(
                Evidence(
                    source=src.value.rsplit("/", 1)[-1],
                    title=title.value if title else "",
                    date=date.value if date else "",
                    quote=quote.value if quote else "",
                    file=file.value if file else "",
                    line=int(line.value) if line else 0,
                )
            )


__all__ = ["Evidence", "Fact", "read_provenance"]
