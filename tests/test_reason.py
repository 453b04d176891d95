"""Two reasoning paths: HermiT (through owlready2) and OWL RL rules generated from
the ontology and run inside Oxigraph. On curated data they must agree exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.curation.validation import validate
from kg.model.namespaces import ID, KG
from kg.model.ontology import load_graph
from kg.reasoning.inference import infer, owl_rules

from .conftest import ROOT, TINY


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph()


@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_rules_infer_exactly_what_hermit_infers(ontology: Graph, data: Path) -> None:
    asserted = validate(data).asserted
    hermit = set(infer(ontology, asserted, use_hermit=True).graph)
    rules = set(infer(ontology, asserted, use_hermit=False, owl_rl=True).graph)
    assert hermit == rules
    assert (ID["zakir-hasanov"], KG.represents, ID["country/AZ"]) in rules or data == TINY
    assert len(rules) > 500


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
    plain = set(infer(ontology, asserted, use_hermit=False).graph)
    assert (ID["zakir-hasanov"], KG.represents, ID["country/AZ"]) not in plain


def test_build_with_rules_reasoner(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    assert main(["build", "--reasoner", "rules"]) == 0
    assert "Reasoning: skipped" not in capsys.readouterr().out
