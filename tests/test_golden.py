"""Golden file: the asserted graph of the tiny fixture, compared as graphs."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.curation.validation import validate

GOLDEN = Path(__file__).resolve().parent / "golden" / "tiny-asserted.ttl"


def test_tiny_asserted_graph_matches_golden(tiny_data: Path) -> None:
    curated = validate(tiny_data)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        curated.asserted.serialize(GOLDEN, format="turtle")
    expected = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(curated.asserted, expected):
        _, only_built, only_golden = graph_diff(
            to_isomorphic(curated.asserted), to_isomorphic(expected)
        )
        raise AssertionError(
            f"only in build:\n{only_built.serialize(format='nt')}\n"
            f"only in golden:\n{only_golden.serialize(format='nt')}"
        )
