"""The rules engine inside a store: a fixpoint of every rule, the same facts as
``infer`` with the OWL RL rules (itself tested equal to HermiT on the curated
data), incrementally too, and the one-atom rules in Python equal to the store's."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.curation.validation import validate
from kg.errors import ReasoningError
from kg.model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, KG
from kg.model.ontology import load_graph, transitive_supers
from kg.reasoning import Reasoner
from kg.reasoning.closure import Closure, join_vocabulary
from kg.reasoning.engine import MAX_ROUNDS, ONE_ATOM, Materializer, close_joins
from kg.reasoning.inference import infer
from kg.reasoning.rules import Rule, StoreRule, bundled_rules, closure_rules, store_rules

from .conftest import ROOT, TINY

ASSERTED, INFERRED = str(ASSERTED_GRAPH), str(INFERRED_GRAPH)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph()


@pytest.fixture(scope="module")
def rules(ontology: Graph) -> list[StoreRule]:
    return store_rules(ontology)


def statements(graph: Graph) -> list[str]:
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return sorted({line for line in text.splitlines() if line.strip()})


def closed_store(lines: list[str], rules: list[StoreRule]) -> ox.Store:
    store = ox.Store()
    store.bulk_load(
        ("\n".join(lines) + "\n").encode("utf-8"),
        ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(ASSERTED),
    )
    Materializer(store, rules, [ASSERTED], INFERRED).saturate()
    return store


def inferred(store: ox.Store) -> set[str]:
    return {
        str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED))
    }


@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_the_closure_is_a_fixpoint_of_every_rule(
    data: Path, ontology: Graph, rules: list[StoreRule]
) -> None:
    curated = validate(data)
    lines = statements(curated.asserted)
    store = closed_store(lines, rules)
    known = {line[:-2] for line in lines} | inferred(store)
    for rule in rules:
        # Each rule in full, not bound to new facts as the engine runs it.
        query = f"{rule.prefixes} CONSTRUCT {{ {' . '.join(rule.head)} . }} WHERE {{ {rule.body} }}"
        found = store.query(query, default_graph=[ox.NamedNode(ASSERTED), ox.NamedNode(INFERRED)])
        assert {str(triple) for triple in found} <= known, rule.name
    expected = infer(ontology, curated.asserted, Reasoner.RULES)
    assert inferred(store) == {f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in expected.graph}
    assert not set(expected.graph) & set(curated.asserted)


def test_rules_that_never_close_raise() -> None:
    counter = Rule(
        "counter",
        Path("counter.rq"),
        "counter",
        "CONSTRUCT { <urn:x> <urn:n> ?m . } WHERE { <urn:x> <urn:n> ?n . BIND(?n + 1 AS ?m) }",
    )
    store = ox.Store()
    start = ox.Literal("0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    store.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:n"), start, ox.NamedNode(ASSERTED)))
    materializer = Materializer(store, [StoreRule.parse(counter)], [ASSERTED], INFERRED)
    with pytest.raises(ReasoningError, match=f"did not reach a fixpoint in {MAX_ROUNDS} rounds"):
        materializer.saturate()
    assert materializer.rounds == MAX_ROUNDS


def test_the_hierarchy_is_closed_under_its_edges(ontology: Graph) -> None:
    for relation in (RDFS.subClassOf, RDFS.subPropertyOf):
        tree = transitive_supers(ontology, relation)
        edges = [(a, b) for a, b in ontology.subject_objects(relation) if a != b]
        named = [(a, b) for a, b in edges if isinstance(a, URIRef) and isinstance(b, URIRef)]
        assert named
        for sub, sup in named:
            assert sup in tree[sub] and tree.get(sup, frozenset()) <= tree[sub]
    closure = Closure(ontology)
    classes = transitive_supers(ontology, RDFS.subClassOf)
    assert closure.subclass == {f"<{c}>": {f"<{s}>" for s in classes[c]} for c in classes}
    pairs = " ".join(f"(<{c}> <{s}>)" for c in sorted(classes) for s in sorted(classes[c]))
    assert pairs in closure_rules(ontology)[0].query


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_adding_and_removing_facts_incrementally_equals_a_full_closure(
    data: Path, seed: int, rules: list[StoreRule]
) -> None:
    lines = statements(validate(data).asserted)
    random.seed(seed)
    later = set(random.sample(lines, 30))
    first = [line for line in lines if line not in later]
    store = closed_store(first, rules)
    delta = "urn:test:delta"
    batch = ("\n".join(sorted(later)) + "\n").encode("utf-8")
    store.bulk_load(batch, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ASSERTED))
    store.bulk_load(batch, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(delta))
    store.update(
        f"DELETE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{delta}> {{ ?s ?p ?o }} }}"
    )
    Materializer(store, rules, [ASSERTED], INFERRED).saturate(delta)
    assert inferred(store) == inferred(closed_store(lines, rules))

    store.bulk_load(batch, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(delta))
    store.update(
        f"DELETE {{ GRAPH <{ASSERTED}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{delta}> {{ ?s ?p ?o }} }}"
    )
    deleted, _ = Materializer(store, rules, [ASSERTED], INFERRED).retract(delta)
    assert deleted > 0
    assert inferred(store) == inferred(closed_store(first, rules))


def test_the_python_closure_equals_the_one_atom_rules(
    ontology: Graph, rules: list[StoreRule]
) -> None:
    lines = statements(validate(ROOT / "data").asserted)
    store = ox.Store()
    store.bulk_load(
        ("\n".join(lines) + "\n").encode("utf-8"),
        ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(ASSERTED),
    )
    one_atom = [r for r in rules if r.single_atom]
    Materializer(store, one_atom, [ASSERTED], INFERRED).saturate()
    closure = Closure(ontology)
    derived = set()
    for triple in ox.parse(("\n".join(lines) + "\n").encode("utf-8"), ox.RdfFormat.N_TRIPLES):
        s, p, o = str(triple.subject), str(triple.predicate), str(triple.object)
        derived.update(f"{a} {b} {c}" for a, b, c in closure.derive(s, p, o))
    assert derived - set(line[:-2] for line in lines) == inferred(store)


@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_closing_each_round_in_python_infers_the_same(
    data: Path, ontology: Graph, rules: list[StoreRule]
) -> None:
    lines = statements(validate(data).asserted)
    store = ox.Store()
    store.bulk_load(
        ("\n".join(lines) + "\n").encode("utf-8"),
        ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(ASSERTED),
    )
    materializer = Materializer(store, rules, [ASSERTED], INFERRED, Closure(ontology))
    materializer.saturate()
    assert materializer.derived[ONE_ATOM] > 0
    assert inferred(store) == inferred(closed_store(lines, rules))


def test_every_consequence_is_derivable(ontology: Graph) -> None:
    closure = Closure(ontology)
    lines = statements(validate(ROOT / "data").asserted)
    consequences = set()
    for triple in ox.parse(("\n".join(lines) + "\n").encode("utf-8"), ox.RdfFormat.N_TRIPLES):
        s, p, o = str(triple.subject), str(triple.predicate), str(triple.object)
        consequences.update(f"{a} {b} {c}" for a, b, c in closure.derive(s, p, o))
    assert consequences and all(closure.may_derive(c) for c in consequences)
    assert not closure.may_derive(f'<urn:x> <{RDFS.label}> "x"')


def test_the_join_vocabulary_names_what_the_joins_match(rules: list[StoreRule]) -> None:
    vocabulary = join_vocabulary(rules)
    assert vocabulary is not None
    kg = "https://w3id.org/kg-state-actors/ontology#"
    assert vocabulary.matches(f"<urn:m> <{kg}participant> <urn:p>")
    assert vocabulary.matches(f"<urn:m> <{RDF.type}> <{kg}Meeting>")
    assert not vocabulary.matches(f"<urn:m> <{RDF.type}> <{kg}Person>")
    assert not vocabulary.matches(f'<urn:m> <{RDFS.label}> "a label with spaces"')
    unbound = Rule(
        "any",
        Path("any.rq"),
        "any",
        "CONSTRUCT { ?a <urn:q> ?c . } WHERE { ?a ?p ?b . ?b ?p ?c . }",
    )
    assert join_vocabulary([*rules, StoreRule.parse(unbound)]) is None


@pytest.mark.parametrize("data", [ROOT / "data", TINY], ids=["seed", "tiny"])
def test_the_joins_on_their_vocabulary_alone_infer_the_same(
    data: Path, ontology: Graph, rules: list[StoreRule], tmp_path: Path
) -> None:
    """What the import does: the one-atom closure in Python, the joins in memory on
    the facts they can match, then only the new derived facts added."""
    lines = [line[:-2] for line in statements(validate(data).asserted)]
    closure = Closure(ontology)
    closed = set(lines)
    for triple in ox.parse("".join(f"{f} .\n" for f in lines).encode(), ox.RdfFormat.N_TRIPLES):
        s, p, o = str(triple.subject), str(triple.predicate), str(triple.object)
        closed.update(f"{a} {b} {c}" for a, b, c in closure.derive(s, p, o))
    vocabulary = join_vocabulary(rules)
    assert vocabulary is not None
    joinable = tmp_path / "joins.nt"
    joinable.write_text("".join(f"{f} .\n" for f in sorted(closed) if vocabulary.matches(f)))
    derived, rounds = close_joins(rules, closure, joinable)
    assert rounds >= 2
    joined = {f"{s} {p} {o}" for s, p, o in derived} - closed
    got = joined | (closed - set(lines))
    assert got == inferred(closed_store([f"{f} ." for f in lines], rules))


def test_the_bundled_rules_are_the_ontology_rules(rules: list[StoreRule]) -> None:
    assert bundled_rules() == rules


def test_rules_must_be_written_one_pattern_per_atom() -> None:
    rule = Rule(
        "bad",
        Path("bad.rq"),
        "bad",
        "PREFIX kg: <https://w3id.org/kg-state-actors/ontology#>\n"
        "CONSTRUCT { ?a kg:metWith ?b . } WHERE { ?m kg:participant ?a, ?b . }",
    )
    with pytest.raises(ReasoningError) as info:
        StoreRule.parse(rule)
    assert str(info.value) == (
        "bad.rq: rule bad cannot be evaluated incrementally\n"
        "    fix: write every triple pattern on its own, ended by ' .', without ';', ','"
        " or property paths"
    )


def test_a_fact_about_a_blank_node_is_removed_and_added_incrementally(
    rules: list[StoreRule],
) -> None:
    meeting = "<https://w3id.org/kg-state-actors/id/testov-fiktiv-meeting>"
    lines = [line.replace(meeting, "_:meeting") for line in statements(validate(TINY).asserted)]
    gone = [line for line in lines if line.startswith("_:meeting") and "giorgi-fiktiv" in line]
    assert len(gone) == 1

    def without_labels(store: ox.Store) -> set[str]:
        return {re.sub(r"_:\w+", "_:b", fact) for fact in inferred(store)}

    store = closed_store(lines, rules)
    participant = ox.NamedNode(KG + "participant")
    fiktiv = ox.NamedNode("https://w3id.org/kg-state-actors/id/giorgi-fiktiv")
    (quad,) = store.quads_for_pattern(None, participant, fiktiv, ox.NamedNode(ASSERTED))
    assert isinstance(quad.subject, ox.BlankNode)
    delta = ox.NamedNode("urn:test:delta")
    store.remove(quad)
    store.add(ox.Quad(quad.subject, participant, fiktiv, delta))
    deleted, _ = Materializer(store, rules, [ASSERTED], INFERRED).retract(delta.value)
    assert deleted > 0
    expected = closed_store([line for line in lines if line not in gone], rules)
    assert without_labels(store) == without_labels(expected)

    store.add(quad)
    store.add(ox.Quad(quad.subject, participant, fiktiv, delta))
    assert Materializer(store, rules, [ASSERTED], INFERRED).saturate(delta.value) > 0
    assert without_labels(store) == without_labels(closed_store(lines, rules))
