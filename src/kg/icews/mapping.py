"""Map ICEWS event records into the ontology, as N-Quads for one named graph.

An ICEWS record is (source actor, CAMEO action, target actor, date). Everything
that decides how a record is modelled is a table in ``data/reference``:

- ``cameo.csv``: CAMEO codes, their labels and the spellings data sets use;
- ``icews_actions.csv``: which class an action becomes and the actors' roles
  (longest matching code prefix wins);
- ``icews_sectors.csv``, ``ministry_kinds.csv``: which sector actors are ministries;
- ``country_names.csv``: country spellings ISO 3166 does not know;
- ``international_organizations.csv``, ``icews_name_rules.csv``: named actors.

The module builds N-Quads text directly (no rdflib terms): it is the hot loop of
an import of 100,000s of records.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pycountry

from ..curation.reading import display_path
from ..errors import DataError
from ..model import identity as resolve
from ..model.identity import Resolution, Resolver
from ..model.namespaces import COUNTRY, ID, KG, RDF, RDFS, SKOS, XSD
from ..model.reference import USER_ASSIGNED_COUNTRIES, Country
from ..progress import QUIET, Progress
from ..reasoning.closure import Closure, ClosureSink
from .actors import Actor, Classifier
from .cameo import Cameo
from .merge import MergePlan, plan
from .reading import COMPRESSED, NAMED_COLUMNS, RAW_COLUMNS, Record, file_stem, read

CAMEO = ID["cameo/"]
ACTOR = ID["icews/actor/"]
DATASET = ID["dataset/"]


def slug(text: str) -> str:
    return resolve.slug(text) or "actor"


def literal(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


# --- The mapping ---------------------------------------------------------------------


@dataclass
class ImportReport:
    dataset: str
    files: list[str] = field(default_factory=list)
    records: int = 0
    quads: int = 0
    events: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    actor_rules: Counter[str] = field(default_factory=Counter)
    unclassified: list[str] = field(default_factory=list)
    unknown_actions: Counter[str] = field(default_factory=Counter)
    cameo_families: Counter[str] = field(default_factory=Counter)
    resolved: dict[str, Resolution] = field(default_factory=dict)
    ambiguous: dict[str, Resolution] = field(default_factory=dict)
    merges: MergePlan = field(default_factory=MergePlan)

    @property
    def actor_count(self) -> int:
        return sum(self.actors.values())

    @property
    def unclassified_share(self) -> float:
        return len(self.unclassified) / self.actor_count if self.actor_count else 0.0


_TYPE, _LABEL = f"<{RDF.type}>", f"<{RDFS.label}>"
_DATE_TYPE, _INTEGER_TYPE = f"<{XSD.date}>", f"<{XSD.integer}>"


class Mapper:
    """Turns records into N-Quads lines for ``graph/imported/DATASET``."""

    def __init__(
        self, dataset: str, resolver: Resolver, licence: str = "", closure: Closure | None = None
    ) -> None:
        self.dataset = dataset
        self.closure = closure
        self.sink = ClosureSink(closure) if closure is not None else None
        self.cameo = Cameo()
        self.classifier = Classifier()
        self.resolver = resolver
        self.licence = licence
        self.report = ImportReport(dataset)
        self._actors: dict[str, tuple[str, Actor]] = {}
        self._actor_iris: dict[str, str] = {}
        self._codes: set[str] = set()
        self._countries: set[str] = set()
        self._files: set[str] = set()
        self.facts: list[str] = []
        """Mapped facts as N-Triples statements without the final dot."""
        self._taken = 0
        self._dropped = 0

    def take(self, keep: Callable[[str], bool] | None = None) -> list[str]:
        """The facts mapped since the last call (to stream them to a loader). With
        ``keep``, only the facts it accepts stay in ``facts`` afterwards (to save
        memory: ``closure_facts`` needs only those that may be consequences)."""
        new = self.facts[self._taken :]
        if keep is not None:
            del self.facts[self._taken :]
            self.facts.extend(f for f in new if keep(f))
            self._dropped += self._taken + len(new) - len(self.facts)
        self._taken = len(self.facts)
        return new

    @cached_property
    def _kg(self) -> dict[str, str]:
        return {
            name: f"<{KG[name]}>"
            for name in [
                "Meeting",
                "Interaction",
                "Agreement",
                "Support",
                "participant",
                "host",
                "initiator",
                "target",
                "supporter",
                "supportedParty",
                "party",
                "date",
                "signedOn",
                "eventType",
                "cameoCode",
                "involvesCountry",
                "fromDataset",
                "fromFile",
                "sourceFile",
                "sourceLine",
                "Person",
                "Ministry",
                "SectorActor",
                "InternationalOrganization",
                "Organization",
                "Agent",
                "Country",
                "ministryOf",
                "sectorOf",
                "sector",
                "sourceName",
                "classifiedBy",
                "EventType",
                "Dataset",
                "licence",
                "isoAlpha2",
                "isoAlpha3",
            ]
        }

    def _quad(self, s: str, p: str, o: str) -> None:
        self.facts.append(f"{s} {p} {o}")
        if self.sink is not None:
            self.sink.add(s, p, o)

    def closure_facts(self, known: set[str]) -> list[str]:
        """The one-atom consequences of the mapped facts that are neither mapped
        facts nor ``known``, as N-Triples statements without the final dot."""
        if self.sink is None:
            return []
        mapped = set(self.facts)
        return [f for f in self.sink.statements() if f not in mapped and f not in known]

    def actor(self, name: str) -> tuple[str, Actor]:
        """The IRI (in N-Triples form) and classification of an actor name."""
        known = self._actors.get(name)
        if known is not None:
            return known
        merge = self.report.merges.into.get(name)
        if merge is not None:  # another spelling of a person: its entity (kg.icews.merge)
            known = self._actors[name] = self.actor(merge.kept)
            for triple in self.report.merges.statements(merge, known[0], self.dataset):
                self._quad(*triple)
            return known
        actor = self.classifier.classify(name)
        k = self._kg
        if actor.cls == "Country" and actor.country:
            iri = f"<{COUNTRY}{actor.country}>"
            self._countries.add(actor.country)
        else:
            resolution = self.resolver.resolve(actor)
            if resolution.entity is not None:
                iri = f"<{resolution.entity}>"
                self.report.resolved[name] = resolution
            else:
                if resolution.candidates:
                    self.report.ambiguous[name] = resolution
                iri = self._new_actor_iri(name)
                self._quad(iri, f"<{RDF.type}>", k[actor.cls])
                self._quad(iri, f"<{RDFS.label}>", literal(name))
                self._quad(iri, k["classifiedBy"], literal(actor.rule))
                if actor.country and actor.cls == "Ministry":
                    self._quad(iri, k["ministryOf"], f"<{COUNTRY}{actor.country}>")
                elif actor.country:
                    self._quad(iri, k["sectorOf"], f"<{COUNTRY}{actor.country}>")
                if actor.sector and actor.cls == "SectorActor":
                    self._quad(iri, k["sector"], literal(actor.sector))
                if actor.country:
                    self._countries.add(actor.country)
            self._quad(iri, k["sourceName"], literal(name))
        self.report.actors[actor.cls] += 1
        self.report.actor_rules[actor.rule] += 1
        if actor.cls == "Agent":
            self.report.unclassified.append(name)
        self._actors[name] = (iri, actor)
        return iri, actor

    def _new_actor_iri(self, name: str) -> str:
        base = slug(name)
        iri = f"<{ACTOR}{base}>"
        if self._actor_iris.setdefault(iri, name) != name:
            # Two names with one slug ('Bank (X)' and 'Bank [X]'): keep both apart.
            digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
            iri = f"<{ACTOR}{base}-{digest}>"
            self._actor_iris[iri] = name
        return iri

    def add(self, record: Record, file_name: str, file_key: str) -> None:
        k = self._kg
        code = self.cameo.code(record.relation)
        action = self.cameo.action(code)
        if code is None:
            self.report.unknown_actions[record.relation] += 1
        else:
            self._codes.add(code)
            self.report.cameo_families[code[:2]] += 1
        subject, s_actor = self.actor(record.subject)
        obj, o_actor = self.actor(record.object)
        event = f"<{ID}icews/{self.dataset}/{file_key}-{record.line}>"
        quad = self._quad
        quad(event, _TYPE, k[action.cls])
        quad(
            event,
            _LABEL,
            literal(f"{record.subject}: {record.relation}: {record.object} ({record.date})"),
        )
        quad(event, k[action.subject_role], subject)
        quad(event, k[action.object_role], obj)
        if action.host == "subject":
            quad(event, k["host"], subject)
        elif action.host == "object":
            quad(event, k["host"], obj)
        quad(event, k[action.date_property], f'"{record.date}"^^{_DATE_TYPE}')
        if code is not None:
            # The code is the type's skos:notation: not repeated on each event.
            quad(event, k["eventType"], f"<{CAMEO}{code}>")
        if action.cls != "Agreement":  # agreements are not events: no involvesCountry
            for actor in (s_actor, o_actor):
                if actor.country:
                    quad(event, k["involvesCountry"], f"<{COUNTRY}{actor.country}>")
        # The event is its record: the file (which names the data set) and the line.
        quad(event, k["fromFile"], self.file_node(file_name, file_key))
        quad(event, k["sourceLine"], f'"{record.line}"^^{_INTEGER_TYPE}')
        self.report.events[action.cls] += 1
        self.report.records += 1

    def file_node(self, file_name: str, file_key: str) -> str:
        """The IRI of a data file (a part of the data set), described once."""
        iri = f"<{DATASET}{self.dataset}/{file_key}>"
        if iri not in self._files:
            self._files.add(iri)
            k = self._kg
            self._quad(iri, _TYPE, k["Dataset"])
            self._quad(iri, _LABEL, literal(file_name))
            self._quad(iri, k["sourceFile"], literal(file_name))
            self._quad(iri, k["fromDataset"], f"<{DATASET}{self.dataset}>")
        return iri

    def finish(self, countries_known: set[str]) -> list[str]:
        """Add the CAMEO types, the countries not yet in the graph and the data set."""
        k = self._kg
        for code in sorted(self._with_broader(self._codes)):
            iri = f"<{CAMEO}{code}>"
            self._quad(iri, f"<{RDF.type}>", k["EventType"])
            self._quad(iri, f"<{RDFS.label}>", literal(self.cameo.labels[code]))
            self._quad(iri, f"<{SKOS.notation}>", literal(code))
            parent = self.cameo.broader(code)
            if parent:
                self._quad(iri, f"<{SKOS.broader}>", f"<{CAMEO}{parent}>")
        for code in sorted(self._countries - countries_known):
            country = pycountry.countries.get(alpha_2=code)
            iri = f"<{COUNTRY}{code}>"
            self._quad(iri, f"<{RDF.type}>", k["Country"])
            named = USER_ASSIGNED_COUNTRIES.get(code)  # Kosovo, XK
            if country is not None:
                name = getattr(country, "common_name", None) or country.name
                named = Country(country.alpha_2, country.alpha_3, name, None)
            if named is not None:
                self._quad(iri, f"<{RDFS.label}>", literal(named.name))
                self._quad(iri, k["isoAlpha2"], literal(named.alpha2))
                self._quad(iri, k["isoAlpha3"], literal(named.alpha3))
        dataset = f"<{DATASET}{self.dataset}>"
        self._quad(dataset, f"<{RDF.type}>", k["Dataset"])
        self._quad(dataset, f"<{RDFS.label}>", literal(self.dataset))
        if self.licence:
            self._quad(dataset, k["licence"], literal(self.licence))
        self.report.quads = self._dropped + len(self.facts)
        return self.facts

    def _with_broader(self, codes: set[str]) -> set[str]:
        out = set()
        for code in codes:
            current: str | None = code
            while current:
                out.add(current)
                current = self.cameo.broader(current)
        return out


GENERIC_STEMS = {"named_quadruples", "train", "valid", "test", "events", "data"}


def dataset_name(files: list[Path]) -> str:
    """A data set's default name: the first file's name, or its folder's when the
    file name says nothing (``icews14/named_quadruples.tsv`` is ``icews14``)."""
    first = files[0].absolute()
    stem = file_stem(first)
    return slug(first.parent.name if stem.casefold() in GENERIC_STEMS else stem)


def file_key(path: Path) -> str:
    """A short, stable part of event IRIs naming the file they come from."""
    return slug(file_stem(path))


def licence_text(files: list[Path]) -> str:
    """The SOURCE.txt next to the data files, if there is one (kept as attribution)."""
    for path in files:
        source = path.parent / "SOURCE.txt"
        if source.is_file():
            with contextlib.suppress(OSError):
                return source.read_text(encoding="utf-8").strip()
    return ""


EMIT_EVERY = 5000


def convert(
    files: list[Path],
    dataset: str,
    resolver: Resolver,
    closure: Closure | None = None,
    emit: Callable[[list[str]], object] | None = None,
    keep: Callable[[str], bool] | None = None,
    progress: Progress = QUIET,
) -> tuple[list[str], Mapper]:
    """Map the records of ``files``; ``emit`` is given the new facts every
    ``EMIT_EVERY`` records (the rest stay for ``Mapper.take`` after ``finish``),
    and only those that ``keep`` accepts stay in ``Mapper.facts``; ``progress``
    advances by the records mapped."""
    mapper = Mapper(dataset, resolver, licence_text(files), closure)
    keys: set[str] = set()
    batches: list[tuple[Path, str, list[Record]]] = []
    for path in files:
        key = file_key(path)
        if key in keys:
            raise DataError(
                f"two files named {path.stem!r} in one import",
                path=path,
                hint="import them as separate data sets (--dataset NAME) or rename one",
            )
        keys.add(key)
        mapper.report.files.append(display_path(path))
        batches.append((path, key, list(read(path))))
    # Which person names are one person is decided before a record is mapped.
    records = (record for _, _, batch in batches for record in batch)
    mapper.report.merges = plan(records, mapper.classifier, resolver)
    for path, key, batch in batches:
        for record in batch:
            mapper.add(record, path.name, key)
            if mapper.report.records % EMIT_EVERY == 0:
                if emit is not None:
                    emit(mapper.take(keep))
                progress.advance(EMIT_EVERY)
    progress.advance(mapper.report.records % EMIT_EVERY)
    return mapper.facts, mapper


__all__ = [
    "COMPRESSED",
    "NAMED_COLUMNS",
    "RAW_COLUMNS",
    "ImportReport",
    "Mapper",
    "Record",
    "convert",
    "dataset_name",
    "read",
]
