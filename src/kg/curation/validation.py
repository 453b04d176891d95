"""Checks every curated file against the ontology, the reference data, the
source texts and the SHACL shapes, and reports all problems at once."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..errors import Problem, UsageError, ValidationFailed
from ..model import reference as reference_module
from ..model import resources
from ..model.namespaces import ID, Triple, bind_prefixes
from ..model.ontology import Property, Vocabulary, vocabulary
from ..model.reference import ReferenceData
from ..model.reference_tables import check_tables
from . import identity_checks, time_checks
from .quotes import variant_hint
from .reading import (
    Fact,
    Source,
    curated_files,
    display_path,
    normalise_quote,
    parse_date,
    provenance_graph,
    read_source,
    source_text,
)
from .shapes import shape_problems
from .vocab_rules import derived_properties, disjoint_pairs

if TYPE_CHECKING:
    from ..reasoning.inference import Inference

ENTITY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TYPE_PREDICATES = ("a", "type")
SAME_AS_PREDICATES = ("sameAs", "owl:sameAs", "differentFrom")
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
    warnings: list[Problem] = field(default_factory=list)
    """Problems that do not stop a build: ``kg validate --strict`` fails on them."""


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
        self.disjoint = disjoint_pairs(vocab.graph)
        self.derived = derived_properties(vocab.graph)
        self.same_as: list[tuple[URIRef, URIRef, Fact]] = []
        self.different: list[tuple[URIRef, URIRef, Fact]] = []
        self.rejected: set[tuple[str, str]] = set()

    def report(self, fact: Fact, message: str, hint: str = "") -> None:
        self.problems.append(Problem(fact.path, fact.line, message, hint))
        predicate = PREFIXED_NAMES.get(fact.predicate, fact.predicate)
        self.rejected.update(((fact.subject, predicate), (fact.path, predicate)))

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
        elif source_text is not None and normalise_quote(fact.evidence) not in source_text:
            self.report(
                fact,
                "the evidence quote is not in the source text",
                variant_hint(normalise_quote(fact.evidence), source_text)
                or "copy the quote verbatim from the article (spacing and case may differ)",
            )
        subject = self.entity(fact, fact.subject, "subject")
        if fact.predicate in TYPE_PREDICATES:
            self.type_fact(fact, subject)
            return
        if fact.predicate in SAME_AS_PREDICATES:
            self.same_as_fact(fact, subject)
            return
        if fact.predicate in self.derived:
            self.report(
                fact, f"{fact.predicate} is derived by the build", self.derived[fact.predicate]
            )
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

    def same_as_fact(self, fact: Fact, subject: tuple[URIRef, URIRef | None] | None) -> None:
        obj = self.entity(fact, fact.object, "object")
        if subject is None or obj is None:
            return
        if subject[1] is not None or obj[1] is not None:
            self.report(
                fact,
                "sameAs joins two curated ids, not reference data",
                "write the reference id (country:, rank:, place:) wherever the entity is used",
            )
            return
        self.note_reference(fact, *subject)
        self.note_reference(fact, *obj)
        if fact.predicate == "differentFrom":
            self.different.append((subject[0], obj[0], fact))
        else:
            self.same_as.append((subject[0], obj[0], fact))

    def merge_same_as(self) -> None:
        """Facts about a joined id become facts about the id it joins, before the
        checks of the whole graph (one holder, one date...) see them."""
        self.resolved = identity_checks.merge(self.resolved, self.same_as)
        for alias, keep in identity_checks.canonical(self.same_as).items():
            for cls in self.types.get(alias, set()):
                self.types[keep].add(cls)
                self.class_lines.setdefault((keep, cls), self.class_lines[(alias, cls)])

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
                    f"{fact.subject} is {_a(self._classes(s))}{self._defined_elsewhere(s, fact)},"
                    f" but {prop.name} applies to {_a(self.vocab.label(prop.domain))}",
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
                    f"{fact.object} is {_a(self._classes(o))}{self._defined_elsewhere(o, fact)},"
                    f" but the object of {prop.name} must be {_a(self.vocab.label(prop.range))}",
                    f"correct the object, or use a property whose object is {_a(self._classes(o))}",
                )

    def _defined_elsewhere(self, iri: URIRef, fact: Fact) -> str:
        """Where another file defines the entity's class: both lines are named."""
        defined = self.type_lines.get(iri)
        if defined is None or defined.path == fact.path:
            return ""
        return f" (defined at {defined.path}:{defined.line})"

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
            per_source = prop is not None and prop.single_valued_per_source
            if prop is None or not (prop.functional or prop.single_valued_per_date or per_source):
                continue
            key: tuple[object, ...] = (s, p)
            if prop.single_valued_per_date:
                key = (s, p, self.source_dates.get(fact.path))
            elif per_source:  # one value in a source; another source may disagree
                seen.setdefault((s, p, fact.path), (o, fact))
                key = (s, p, fact.path) if seen[(s, p, fact.path)][0] != o else key
            if key in seen and seen[key][0] != o:
                first_value, first = seen[key]
                when = f" on {key[2]}" if prop.single_valued_per_date else ""
                if not prop.functional and first.path != fact.path:
                    # Two sources disagree: both values stay, each with its source.
                    self.problems.append(
                        Problem(
                            fact.path,
                            fact.line,
                            f"sources disagree: {fact.subject} has {prop.name} {fact.object!r}"
                            f"{when} here and {_shown(first_value)!r} at {first.path}:{first.line}",
                            "both are kept (kg query conflicts); correct the curation if one"
                            " source was misread, otherwise the warning stays",
                            True,
                        )
                    )
                    continue
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
        checker.rejected |= source.unread
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
        text = source_text(source, data_dir, checker.problems)
        for fact in source.facts:
            checker.fact(fact, text)
    problems = checker.problems
    problems += identity_checks.warnings(
        checker.resolved, checker.same_as, checker.types, checker.different
    )
    checker.merge_same_as()
    checker.whole_graph()
    merged = checker.resolved
    problems += time_checks.warnings(merged, checker.source_dates, ref)
    asserted = bind_prefixes(Graph())
    for triple, _ in merged:
        asserted.add(triple)
    used = {t for (s, _, o), _ in merged for t in (s, o) if isinstance(t, URIRef)}
    asserted += ref.graph(used)
    provenance = Graph()
    if not any(not p.warning for p in problems):  # sources with errors lack metadata
        provenance = provenance_graph(sources, merged)
        identity_checks.record_merges(provenance, checker.same_as, sources)
    curated = Curated(sources, merged, asserted, provenance, ref)
    if shacl:
        from ..errors import KgError
        from ..reasoning.inference import infer_in_memory

        # The shapes run even when other checks failed, so that one run shows every
        # problem; lines already reported are not reported again as a missing value.
        try:
            curated.closure = infer_in_memory(asserted.serialize(format="nt", encoding="utf-8"))
        except KgError:
            if not any(not p.warning for p in problems):
                raise
        if curated.closure is not None:
            problems += shape_problems(
                asserted, merged, checker.type_lines, curated.closure, _shown, checker.rejected
            )
    if any(not p.warning for p in problems):
        return None, problems
    curated.warnings = problems
    return curated, problems


def validate(data_dir: Path, files: list[Path] | None = None, *, strict: bool = False) -> Curated:
    """Validate and return the curated data; raises ValidationFailed with all problems
    (with ``strict``, warnings too)."""
    curated, problems = check(data_dir, files)
    if curated is None or (strict and problems):
        raise ValidationFailed(problems)
    return curated
