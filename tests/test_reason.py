"""Two reasoning paths: HermiT (through owlready2) and OWL RL rules generated from
the ontology, both closed by the one rules engine. On curated data they must agree
exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kg.api import build
from kg.curation.validation import validate
from kg.errors import ReasoningError
from kg.model.namespaces import ID, KG
from kg.model.ontology import load_graph
from kg.reasoning import Reasoner
from kg.reasoning.engine import Materializer
from kg.reasoning.inference import infer
from kg.reasoning.rules import axioms, owl_rules

from .conftest import ROOT, TINY


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph()


def owl_consequences(ontology: Graph, asserted: Graph) -> set[tuple[Any, Any, Any]]:
    """What the inverse and chain axioms give in one step from the asserted facts
    alone: facts only OWL reasoning derives (the named rules do not)."""
    tables = axioms(ontology)
    out = set()
    for p, q in tables["inverses"]:
        for a, b in ((p, q), (q, p)):
            out |= {(o, b, s) for s, o in asserted.subject_objects(a) if isinstance(o, URIRef)}
    for p, a, b in tables["chains"]:
        for x, y in asserted.subject_objects(a):
            out |= {(x, p, z) for z in asserted.objects(y, b)}
    return out - set(asserted)


@pytest.mark.java
@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_rules_infer_exactly_what_hermit_infers(ontology: Graph, data: Path) -> None:
    asserted = validate(data).asserted
    hermit = set(infer(ontology, asserted, Reasoner.HERMIT).graph)
    rules = set(infer(ontology, asserted, Reasoner.RULES).graph)
    assert hermit == rules
    expected = owl_consequences(ontology, asserted)
    assert expected and expected <= rules
    assert not rules & set(asserted)


def test_rules_are_generated_from_the_ontology(ontology: Graph) -> None:
    rules = {rule.name: rule.query for rule in owl_rules(ontology)}
    assert set(rules) == {
        "owl-domain",
        "owl-range",
        "owl-inverse",
        "owl-symmetric",
        "owl-transitive",
        "owl-chain",
    }
    chain = f"(<{KG.represents}> <{KG.holdsPost}> <{KG.postFor}>)"
    assert chain in rules["owl-chain"]


def test_without_owl_reasoning_the_chains_are_missing(ontology: Graph) -> None:
    asserted = validate(ROOT / "data").asserted
    plain = set(infer(ontology, asserted, Reasoner.NONE).graph)
    assert (ID["zakir-hasanov"], KG.represents, ID["country/AZ"]) not in plain
    assert owl_consequences(ontology, asserted) - plain


def test_a_missing_fixpoint_raises_instead_of_stopping(ontology: Graph) -> None:
    asserted = validate(TINY).asserted
    # A round that adds nothing proves the fixpoint: one round of rules that
    # derive something cannot.
    assert infer(ontology, asserted, Reasoner.NONE).graph
    with pytest.raises(ReasoningError, match="did not reach a fixpoint in 1 rounds"):
        infer(ontology, asserted, Reasoner.NONE, max_rounds=1)


@pytest.mark.slow
def test_a_rules_build_reuses_the_closure_of_validation(
    tiny_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[Materializer] = []
    saturate = Materializer.saturate

    def counted(self: Materializer, *args: Any, **kwargs: Any) -> int:
        closed.append(self)
        return saturate(self, *args, **kwargs)

    monkeypatch.setattr(Materializer, "saturate", counted)
    build(tiny_data, tiny_data.parent / "rules", reasoner=Reasoner.RULES)
    assert len(closed) == 1  # validation's closure, for SHACL
    closed.clear()
    build(tiny_data, tiny_data.parent / "plain", reasoner=Reasoner.NONE)
    assert len(closed) == 2  # the build's own, smaller rule set besides


def test_build_with_rules_reasoner(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    assert main(["build", "--reasoner", "rules"]) == 0
    assert "Reasoning: skipped" not in capsys.readouterr().out
