"""Checks every curated file against the ontology, the reference data, the
source texts and the SHACL shapes, and reports all problems at once."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, SH, XSD

from ..errors import Problem, UsageError, ValidationFailed
from ..model import reference as reference_module
from ..model import resources
from ..model.namespaces import ID, KG, Triple, bind_prefixes
from ..model.ontology import Property, Vocabulary, vocabulary
from ..model.reference import ReferenceData
from ..model.reference_tables import check_tables
from .reading import (
    Fact,
    Source,
    curated_files,
    display_path,
    parse_date,
    provenance_graph,
    read_source,
)

if TYPE_CHECKING:
    from ..reasoning.inference import Inference

HINT = URIRef("https://w3id.org/kg-state-actors/shapes#hint")
ENTITY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TYPE_PREDICATES = ("a", "type")
# Prefixed names curators bring from Turtle, and the local name to write instead.
PREFIXED_NAMES = {"rdf:type": "a", "rdfs:label": "label", "skos:altLabel": "altLabel"}


@dataclass
class Curated:
    """Validated curated data, resolved to RDF."""

    sources: list[Source]
    resolved: list[tuple[Triple, Fact]]
    asserted: Graph
    provenance: Graph
    reference: ReferenceData
    closure: Inference | None = None
    """What the rules derive from the asserted facts (``reasoning.inference.Inference``), when the
    SHACL check computed it; an incremental build reuses it."""


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Checker:
    def __init__(self, vocab: Vocabulary, ref: ReferenceData) -> None:
        self.vocab = vocab
        self.ref = ref
        self.problems: list[Problem] = []
        self.types: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.type_lines: dict[URIRef, Fact] = {}
        self.references: dict[URIRef, Fact] = {}
        self.resolved: list[tuple[Triple, Fact]] = []
        self.source_dates: dict[str, str] = {}
        self.class_lines: dict[tuple[URIRef, URIRef], Fact] = {}
        self.disjoint = _disjoint_pairs(vocab.graph)

    def report(self, fact: Fact, message: str, hint: str = "") -> None:
        self.problems.append(Problem(fact.path, fact.line, message, hint))

    def entity(self, fact: Fact, text: str, role: str) -> tuple[URIRef, URIRef | None] | None:
        """Resolve an entity id; returns (IRI, class for reference data or None)."""
        if not text:
            self.report(fact, f"the {role} is empty", f"write an entity id in the {role} column")
            return None
        if ":" in text:
            try:
                return self.ref.resolve(text)
            except KeyError as exc:
                self.report(fact, f"unknown reference {text!r} in the {role}", str(exc.args[0]))
                return None
        if not ENTITY_ID.match(text):
            known = self.ref.ids_for_label(text)
            if known:
                hint = f"write the reference id instead of the name: {' or '.join(known)}"
            else:
                slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "zakir-hasanov"
                hint = f"ids are lower-case words joined by hyphens, e.g. {slug}"
            self.report(fact, f"{text!r} in the {role} is not an entity id", hint)
            return None
        return ID[text], None

    def literal(self, fact: Fact, prop: Property) -> Literal | None:
        text = fact.object
        datatype = prop.datatype
        if not text:
            self.report(fact, f"the object of {prop.name} is empty", "write the value")
            return None
        if datatype == XSD.date:
            value = parse_date(text)
            if value is None:
                self.report(
                    fact,
                    f"{text!r} is not a valid calendar date in the form YYYY-MM-DD",
                    f"write the {prop.name} as YYYY-MM-DD, e.g. 2019-10-29",
                )
            return value
        if datatype == XSD.integer:
            if not re.fullmatch(r"[+-]?\d+", text):
                self.report(
                    fact,
                    f"{text!r} is not a whole number",
                    f"write the {prop.name} with digits only",
                )
                return None
            return Literal(int(text), datatype=XSD.integer)
        if datatype == XSD.anyURI:
            if not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", text):
                self.report(fact, f"{text!r} is not a URL", "write a full URL, e.g. https://...")
                return None
            return Literal(text, datatype=XSD.anyURI)
        return Literal(text)

    def fact(self, fact: Fact, source_text: str | None) -> None:
        if not fact.evidence:
            self.report(
                fact,
                "the fact has no evidence quote",
                "copy the sentence or phrase that states this fact into the evidence column",
            )
        elif source_text is not None and _normalise(fact.evidence) not in source_text:
            self.report(
                fact,
                "the evidence quote is not in the source text",
                "copy the quote verbatim from the article (spacing and case may differ)",
            )
        subject = self.entity(fact, fact.subject, "subject")
        if fact.predicate in TYPE_PREDICATES:
            self.type_fact(fact, subject)
            return
        prop = self.vocab.properties.get(fact.predicate)
        if prop is None:
            guess = PREFIXED_NAMES.get(fact.predicate) or self.vocab.suggest(
                fact.predicate, [*self.vocab.properties, "a"]
            )
            self.report(
                fact,
                f"unknown property {fact.predicate!r}",
                f"did you mean {guess!r}?"
                if guess
                else "use a property of the ontology (kg docs lists them)",
            )
            return
        obj: URIRef | Literal | None
        if prop.kind == "object":
            resolved = self.entity(fact, fact.object, "object")
            obj = resolved[0] if resolved else None
            if resolved:
                self.note_reference(fact, *resolved)
        else:
            obj = self.literal(fact, prop)
        if subject:
            self.note_reference(fact, *subject)
        if subject and obj is not None:
            self.resolved.append(((subject[0], prop.iri, obj), fact))

    def type_fact(self, fact: Fact, subject: tuple[URIRef, URIRef | None] | None) -> None:
        cls = self.vocab.classes.get(fact.object)
        if subject is not None and subject[1] is None:
            self.type_lines.setdefault(subject[0], fact)
        if cls is None:
            guess = self.vocab.suggest(fact.object, list(self.vocab.classes))
            self.report(
                fact,
                f"unknown class {fact.object!r}",
                f"did you mean {guess!r}?"
                if guess
                else f"use one of {', '.join(sorted(self.vocab.classes))}",
            )
            return
        if subject is None:
            return
        iri, ref_cls = subject
        if ref_cls is not None:
            self.report(
                fact,
                f"{fact.subject} is reference data and is already {_a(self.vocab.label(ref_cls))}",
                "delete this line; reference entities are defined in data/reference",
            )
            return
        self.types[iri].add(cls)
        self.class_lines[(iri, cls)] = fact
        self.resolved.append(((iri, RDF.type, cls), fact))

    def note_reference(self, fact: Fact, iri: URIRef, ref_cls: URIRef | None) -> None:
        if ref_cls is not None:
            self.types[iri].add(ref_cls)
        else:
            self.references.setdefault(iri, fact)

    def whole_graph(self) -> None:
        """Checks that need every file: definitions, classes, contradictions."""
        for iri, fact in sorted(self.references.items(), key=lambda kv: _order(kv[1])):
            if iri not in self.type_lines:
                local = iri[len(ID) :]
                guess = self.vocab.suggest(local, [t[len(ID) :] for t in self.type_lines])
                self.report(
                    fact,
                    f"{local!r} is used but never defined",
                    (f"did you mean {guess!r}? Otherwise add" if guess else "add")
                    + f" a line `{local}<TAB>a<TAB>CLASS<TAB>quote`",
                )
        for iri, classes in self.types.items():
            if len(classes) > 1:
                self.check_compatible(iri, classes)
        self.check_domains_and_ranges()
        self.check_single_values()
        self.check_duplicates()

    def check_compatible(self, iri: URIRef, classes: set[URIRef]) -> None:
        ordered = sorted(classes)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                sa, sb = self.vocab.superclasses(a), self.vocab.superclasses(b)
                if a not in sb and b not in sa and self._disjoint(sa, sb):
                    fact = max(self.class_lines[(iri, a)], self.class_lines[(iri, b)], key=_order)
                    self.report(
                        fact,
                        f"{iri[len(ID) :]} is declared both {self.vocab.label(a)}"
                        f" and {self.vocab.label(b)}, which exclude each other",
                        "keep one class, or use two ids for two entities",
                    )

    def _disjoint(self, sa: frozenset[URIRef], sb: frozenset[URIRef]) -> bool:
        return any(frozenset((x, y)) in self.disjoint for x in sa for y in sb)

    def check_domains_and_ranges(self) -> None:
        by_iri = {p.iri: p for p in self.vocab.properties.values()}
        for (s, p, o), fact in self.resolved:
            prop = by_iri.get(p)
            if prop is None:
                continue
            if prop.domain is not None and not self._fits(s, prop.domain):
                self.report(
                    fact,
                    f"{fact.subject} is {_a(self._classes(s))}, but {prop.name} applies"
                    f" to {_a(self.vocab.label(prop.domain))}",
                    f"correct the subject, or use a property of {_a(self._classes(s))}",
                )
            if (
                prop.kind == "object"
                and prop.range is not None
                and isinstance(o, URIRef)
                and not self._fits(o, prop.range)
            ):
                self.report(
                    fact,
                    f"{fact.object} is {_a(self._classes(o))}, but the object of"
                    f" {prop.name} must be {_a(self.vocab.label(prop.range))}",
                    f"correct the object, or use a property whose object is {_a(self._classes(o))}",
                )

    def _fits(self, iri: URIRef, cls: URIRef) -> bool:
        """Entities of unknown class were reported already; they fit anything."""
        return not self.types.get(iri) or self.vocab.is_a(self.types[iri], cls)

    def _classes(self, iri: URIRef) -> str:
        return " and ".join(sorted(self.vocab.label(c) for c in self.types[iri]))

    def check_single_values(self) -> None:
        by_iri = {p.iri: p for p in self.vocab.properties.values()}
        seen: dict[tuple[object, ...], tuple[URIRef | Literal, Fact]] = {}
        for (s, p, o), fact in self.resolved:
            prop = by_iri.get(p)
            if prop is None or not (prop.functional or prop.single_valued_per_date):
                continue
            key: tuple[object, ...] = (s, p)
            if not prop.functional:
                key = (s, p, self.source_dates.get(fact.path))
            if key in seen and seen[key][0] != o:
                first_value, first = seen[key]
                when = "" if prop.functional else f" on {key[2]}"
                self.report(
                    fact,
                    f"{fact.subject} has two values for {prop.name}{when}: {fact.object!r} here"
                    f" and {_shown(first_value)!r} at {first.path}:{first.line}",
                    "keep the value the sources support and delete the other line",
                )
            else:
                seen.setdefault(key, (o, fact))

    def check_duplicates(self) -> None:
        first: dict[tuple[str, Triple], Fact] = {}
        for triple, fact in self.resolved:
            key = (fact.path, triple)
            if key in first:
                self.report(
                    fact,
                    f"the same fact as line {first[key].line}",
                    "delete one of the two lines (a fact may repeat only in another source)",
                )
            else:
                first[key] = fact


def _disjoint_pairs(graph: Graph) -> set[frozenset[URIRef]]:
    pairs: set[frozenset[URIRef]] = set()
    for a, b in graph.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            pairs.add(frozenset((a, b)))
    for node in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        head = graph.value(node, OWL.members)
        members = [m for m in Collection(graph, head) if isinstance(m, URIRef)] if head else []
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add(frozenset((a, b)))
    return pairs


def _shown(value: URIRef | Literal) -> str:
    if isinstance(value, URIRef) and value.startswith(str(ID)):
        local = value[len(ID) :]
        for prefix in reference_module.PREFIXES:
            if local.startswith(prefix + "/"):
                return f"{prefix}:{local[len(prefix) + 1 :]}"
        return local
    return str(value)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _order(fact: Fact) -> tuple[str, int]:
    return (fact.path, fact.line)


def _source_text(source: Source, data_dir: Path, problems: list[Problem]) -> str | None:
    name = source.meta.get("text")
    if not name:
        return None
    path = data_dir / name
    try:
        return _normalise(path.read_text(encoding="utf-8"))
    except OSError:
        problems.append(
            Problem(
                source.path,
                source.meta_lines["text"],
                f"the source text {name} is not in the data folder",
                f"put the article's text at {display_path(path)} or correct @text",
            )
        )
        return None


def _shacl_problems(
    asserted: Graph,
    resolved: list[tuple[Triple, Fact]],
    types_at: dict[URIRef, Fact],
    closure: Inference,
) -> list[Problem]:
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
        inplace=True,  # ``data`` is a copy already: pyshacl need not make another
    )
    if conforms:
        return []
    assert isinstance(report, Graph)
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = str(report.value(result, SH.resultMessage) or "violates a shape")
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        fact = types_at.get(focus) if isinstance(focus, URIRef) else None
        for (s, _, o), candidate in resolved:
            if value is not None and s == focus and o == value:
                fact = candidate
        local = _shown(focus) if isinstance(focus, URIRef) else str(focus)
        prop = path[len(KG) :] if isinstance(path, URIRef) and path.startswith(str(KG)) else "..."
        hint = str(
            shapes.value(report.value(result, SH.sourceShape), HINT)
            or f"add a line `{local}<TAB>{prop}<TAB>VALUE<TAB>quote`"
        )
        if fact is None:
            problems.append(Problem("(reference data)", 0, f"{local}: {message}", hint))
        else:
            problems.append(Problem(fact.path, fact.line, f"{local}: {message}", hint))
    return problems


def check(
    data_dir: Path, files: list[Path] | None = None, *, shacl: bool = True
) -> tuple[Curated | None, list[Problem]]:
    """Validate the curated files of a data folder. Returns the resolved data
    (None when there are problems) and every problem found."""
    if not data_dir.is_dir():
        raise UsageError(
            f"no data folder at {display_path(data_dir)}",
            hint="run from the project folder or pass --data DIR",
        )
    files = files if files is not None else curated_files(data_dir)
    if not files:
        raise UsageError(
            f"no curated files (*.tsv) in {display_path(data_dir / 'curated')}",
            hint="put one curated-triples file per source there (see docs/curation.md)",
        )
    folder = resources.reference_dir(data_dir)
    table_problems = check_tables(folder, display_path(folder))
    if table_problems:
        return None, table_problems
    ref = reference_module.load(data_dir)
    checker = _Checker(vocabulary(), ref)
    sources: list[Source] = []
    ids: dict[str, Source] = {}
    for file in files:
        source, problems = read_source(file, data_dir)
        checker.problems.extend(problems)
        sources.append(source)
        if source.id in ids:
            checker.problems.append(
                Problem(
                    source.path,
                    source.meta_lines.get("id", 1),
                    f"source id {source.id!r} is also used by {ids[source.id].path}",
                    "give every source its own id",
                )
            )
        ids.setdefault(source.id, source)
        checker.source_dates[source.path] = source.meta.get("date", "")
        text = _source_text(source, data_dir, checker.problems)
        for fact in source.facts:
            checker.fact(fact, text)
    checker.whole_graph()
    problems = checker.problems
    if problems:
        return None, problems
    asserted = bind_prefixes(Graph())
    for triple, _ in checker.resolved:
        asserted.add(triple)
    used = {t for (s, _, o), _ in checker.resolved for t in (s, o) if isinstance(t, URIRef)}
    asserted += ref.graph(used)
    curated = Curated(
        sources, checker.resolved, asserted, provenance_graph(sources, checker.resolved), ref
    )
    if shacl:
        from ..reasoning.inference import infer_in_memory

        curated.closure = infer_in_memory(asserted.serialize(format="nt", encoding="utf-8"))
        problems = _shacl_problems(asserted, checker.resolved, checker.type_lines, curated.closure)
        if problems:
            return None, problems
    return curated, []


def validate(data_dir: Path, files: list[Path] | None = None) -> Curated:
    """Validate and return the curated data; raises ValidationFailed with all problems."""
    curated, problems = check(data_dir, files)
    if curated is None:
        raise ValidationFailed(problems)
    return curated
