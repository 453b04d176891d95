"""The closed-world rules of ``ontology/shapes.ttl`` (SHACL), run with pyshacl over the
curated facts and what the rules derive from them. Shapes of severity sh:Warning (a
meeting whose place the source does not state) give warnings, not errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from ..errors import Problem
from ..model import resources
from ..model.namespaces import KG, Triple
from .reading import Fact

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..reasoning.inference import Inference

HINT = URIRef("https://w3id.org/kg-state-actors/shapes#hint")


def shape_problems(
    asserted: Graph,
    resolved: list[tuple[Triple, Fact]],
    types_at: dict[URIRef, Fact],
    closure: Inference,
    shown: Callable[[URIRef], str],
    rejected: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> list[Problem]:
    """Every shape result at the line that defines the focus node (or states the value).
    ``rejected`` holds (subject, property) of lines reported already: a meeting whose
    place was an unknown place is not also 'a meeting without a place'."""
    import pyshacl

    from ..model.ontology import load_graph

    shapes = Graph().parse(resources.shapes_file(), format="turtle")
    # The shapes see the facts with what the rules derive from them (a superset of
    # RDFS entailment, and ten times faster than pyshacl's own pre-inference).
    data = Graph()
    data += asserted
    data += closure.graph
    conforms, report, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=load_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=True,  # ``data`` is a copy already: pyshacl need not make another
    )
    assert isinstance(report, Graph)
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = str(report.value(result, SH.resultMessage) or "violates a shape")
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        warning = report.value(result, SH.resultSeverity) == SH.Warning
        fact = types_at.get(focus) if isinstance(focus, URIRef) else None
        for (s, _, o), candidate in resolved:
            if value is not None and s == focus and o == value:
                fact = candidate
        local = shown(focus) if isinstance(focus, URIRef) else str(focus)
        prop = path[len(KG) :] if isinstance(path, URIRef) and path.startswith(str(KG)) else "..."
        if path == RDFS.label:
            prop = "label"
        if fact is None and rejected:
            continue  # an entity used but never defined: reported as such
        if (local, prop) in rejected or (fact is not None and (fact.path, prop) in rejected):
            continue
        hint = str(
            shapes.value(report.value(result, SH.sourceShape), HINT)
            or f"add a line `{local}<TAB>{prop}<TAB>VALUE<TAB>quote`"
        )
        if fact is None:
            problems.append(Problem("(reference data)", 0, f"{local}: {message}", hint, warning))
        else:
            problems.append(Problem(fact.path, fact.line, f"{local}: {message}", hint, warning))
    del conforms  # warnings leave it True with allow_warnings; the results tell
    return problems
