"""What the site shows, read from a build's store in one pass and three queries.

The :class:`~kg.graph.projection.Index` gives labels, classes, literals and links;
``queries/*.rq`` add the evidence of every fact (also of literal facts), the
sources, other names and the rules' labels. Imported events (an ICEWS record
each) get no page of their own: they are rows on the pages of the actors and
countries they involve, summarised by year and type and paged.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pyoxigraph as ox

from ..graph.projection import PATH_EXCLUDED, Evidence, Index, countries
from ..graph.tables import RDF_TYPE, RDFS_LABEL, K
from ..model.namespaces import ID
from ..model.ontology import vocabulary
from ..model.status import FactStatus

HERE = Path(__file__).parent
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
ID_PREFIX = str(ID)
SOURCE_PREFIX = ID_PREFIX + "source/"
IMPORTED_PREFIX = "imported/"
"""How the index names the graph of an imported data set (``imported/NAME``)."""
# Classes whose members are shown as text, never as pages of their own.
NO_PAGE_CLASSES = {"EventType", "Derivation"}
# Links to these from an imported event are rows of the events table, not facts.
EVENT_LINKS = ("initiator", "target", "participant", "involvesCountry", "signatory", "party")
# Predicates that place an entity in a country (for the facets and country pages).
COUNTRY_PREDICATES = ("represents", "ministryOf", "sectorOf", "postFor", "involvesCountry", "party")


@dataclass(frozen=True)
class Fact:
    """One fact about an entity, seen from it: ``direction`` "out" when the entity
    is the subject, "in" when it is the object."""

    subject: str
    predicate: str
    value: str
    literal: bool
    status: str
    direction: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.value)


@dataclass(frozen=True)
class Holding:
    """Who held which post, when: ``since``/``until`` when known, else the date
    it was reported on."""

    node: str
    holder: str
    post: str
    countries: frozenset[str]
    since: str
    until: str
    reported: str


@dataclass
class Source:
    iri: str
    kind: str
    """"article" or "dataset"."""
    title: str = ""
    date: str = ""
    publisher: str = ""
    url: str = ""
    language: str = ""
    note: str = ""
    file: str = ""
    licence: str = ""


def slug(iri: str) -> str:
    """A file name for an entity: injective (every character outside
    ``[A-Za-z0-9.-]`` becomes ``_XX``), short enough for every file system."""
    local = iri[len(ID_PREFIX) :] if iri.startswith(ID_PREFIX) else iri
    text = "".join(
        c
        if c.isascii() and (c.isalnum() or c in ".-")
        else "".join(f"_{b:02x}" for b in c.encode())
        for c in local
    )
    if text.startswith("."):
        text = "_2e" + text[1:]
    if len(text) > 120:
        text = text[:100] + "_" + hashlib.sha256(local.encode()).hexdigest()[:16]
    return text


def _group_table() -> dict[str, str]:
    with (HERE / "groups.csv").open(encoding="utf-8") as handle:
        return {row["property"]: row["group"] for row in csv.DictReader(handle)}


GROUPS = ("identity", "posts and ranks", "events", "statements", "other")
GROUP_OF = _group_table()


@dataclass
class SiteData:
    index: Index
    alt: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    rules: dict[str, str] = field(default_factory=dict)
    evidence: dict[tuple[str, str, str], list[Evidence]] = field(
        default_factory=lambda: defaultdict(list)
    )
    derived: dict[tuple[str, str, str], str] = field(default_factory=dict)
    premises: dict[tuple[str, str, str], list[tuple[str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """The facts each inferred fact rests on (as the build recorded them)."""
    sources: dict[str, Source] = field(default_factory=dict)
    rows: dict[str, str] = field(default_factory=dict)
    """The HTML row of each imported event, made once (the same on every page)."""
    event_types: dict[str, str] = field(default_factory=dict)
    """The type shown for each event (its CAMEO type or class), found once."""
    kinds: dict[str, str] = field(default_factory=dict)
    """The kind of mark of each event on timelines, found once."""
    _neighbours: dict[str, set[str]] = field(default_factory=dict)
    _years: dict[str, str] = field(default_factory=dict)
    _first_records: dict[str, tuple[str, int]] = field(default_factory=dict)
    _facts: tuple[str, list[Fact]] = ("", [])
    """The facts of the last node asked for (its table and its timeline ask)."""

    @classmethod
    def from_store(cls, path: Path) -> SiteData:
        """From a build's store folder (read only)."""
        return cls.from_ox(ox.Store.read_only(str(path)), Index.from_store(path))

    @classmethod
    def from_ox(cls, store: ox.Store, index: Index) -> SiteData:
        """From an open store and its index."""
        data = cls(index)
        for row in _select(store, "names"):
            if row["kind"] == "alt":
                data.alt[row["s"]].append(row["name"])
            else:
                data.rules[row["s"]] = row["name"]
        for names in data.alt.values():
            names.sort()
        for row in _select(store, "sources"):
            data.sources[row["source"]] = Source(
                iri=row["source"],
                kind=row["kind"],
                **{k: row.get(k, "") for k in ("title", "date", "publisher", "url", "language")},
                **{k: row.get(k, "") for k in ("note", "file", "licence")},
            )
        for row in _select(store, "evidence"):
            key = (row["s"], local(row["p"]), row["o"])
            if row.get("how"):
                data.derived[key] = row["how"]
            if row.get("src"):
                source = data.sources.get(row["src"], Source(row["src"], "article"))
                data.evidence[key].append(
                    Evidence(
                        source=row["src"],
                        title=source.title,
                        date=source.date,
                        quote=row.get("quote", ""),
                        file=row.get("file", ""),
                        line=int(row.get("line") or 0),
                    )
                )
        for found in data.evidence.values():
            found.sort(key=lambda e: (e.date, e.source, e.line))
        for row in _select(store, "premises"):
            key = (row["s"], local(row["p"]), row["o"])
            data.premises[key].append((row["ps"], local(row["pp"]), row["po"]))
        for basis in data.premises.values():
            basis.sort()
        return data

    # Which nodes are pages, which are rows.

    @cached_property
    def imported_events(self) -> set[str]:
        """Events of imported records: each links to the file it was read from."""
        iris = self.index.tables.iris
        return {iris[i] for i in self.index.rows("fromFile")[0].tolist()}

    def datasets_of(self, event: str) -> list[str]:
        """The data set of an imported event, through the file it was read from."""
        out = self.index.out
        return [d for f in out[event].get("fromFile", []) for d in out[f].get("fromDataset", [])]

    @cached_property
    def fact_datasets(self) -> tuple[dict[tuple[str, str, str], str], dict[str, set[str]]]:
        """Where imported facts come from: the data set of each fact between two
        entities that an import asserted (links with imported events left out), and
        the data sets whose records name each entity that no curated fact links
        (for its literal values and classes, which the index keeps without their
        graph; a curated entity's literal facts are curated)."""
        files = self.index.rows("fromFile")[0]  # reads the edge columns on first use
        t, iris = self.index.tables, self.index.tables.iris
        names = [
            ID_PREFIX + "dataset/" + g.removeprefix(IMPORTED_PREFIX)
            if g.startswith(IMPORTED_PREFIX)
            else ""
            for g in t.graphs
        ]
        imported = np.isin(t.graph, [i for i, n in enumerate(names) if n])
        event = np.zeros(len(iris), bool)
        event[files] = True
        curated = np.zeros(len(iris), bool)
        told = np.isin(t.graph, [i for i, g in enumerate(t.graphs) if g == "asserted"])
        curated[t.src[told]] = curated[t.dst[told]] = True
        by_fact: dict[tuple[str, str, str], str] = {}
        plain = imported & ~event[t.src] & ~event[t.dst]
        for s, p, o, g in zip(
            t.src[plain].tolist(),
            t.pred[plain].tolist(),
            t.dst[plain].tolist(),
            t.graph[plain].tolist(),
            strict=True,
        ):
            by_fact[(iris[s], t.predicates[p], iris[o])] = names[g]
        by_node: dict[str, set[str]] = defaultdict(set)
        for column in (t.src, t.dst):
            ends = np.unique(np.stack([column[imported], t.graph[imported]]), axis=1)
            for node, g in zip(ends[0].tolist(), ends[1].tolist(), strict=True):
                if not event[node] and not curated[node]:
                    by_node[iris[node]].add(names[g])
        return by_fact, by_node

    def first_record(self, node: str) -> tuple[str, int]:
        """The file and line of the first imported record that names ``node``."""
        found = self._first_records.get(node)
        if found is None:
            literals = self.index.literals
            found = min(
                (
                    (self.file_name_of(e), int(literals.get(e, {}).get("sourceLine", ["0"])[0]))
                    for e in self.events_of.get(node, [])
                ),
                default=("", 0),
            )
            self._first_records[node] = found
        return found

    def file_name_of(self, event: str) -> str:
        files = self.index.out[event].get("fromFile", [])
        return self.index.literals.get(files[0], {}).get("sourceFile", [""])[0] if files else ""

    @cached_property
    def classes(self) -> dict[str, str]:
        """The most specific class of every entity that has a page."""
        found: dict[str, str] = {}
        events = self.imported_events
        t = self.index.tables
        for node, name in zip(t.iris, t.cls, strict=True):
            if not name or name in NO_PAGE_CLASSES or name == "Dataset":
                continue
            if not node.startswith(ID_PREFIX) or node in events or node.startswith(SOURCE_PREFIX):
                continue
            found[node] = name
        return found

    @cached_property
    def hrefs(self) -> dict[str, str]:
        found = {node: f"e/{slug(node)}.html" for node in self.classes}
        found.update({node: f"s/{slug(node)}.html" for node in self.sources})
        return found

    def href(self, node: str) -> str | None:
        """The site-relative address of a node's page, or None when it has none."""
        return self.hrefs.get(node)

    def label(self, node: str) -> str:
        if node in self.sources and self.sources[node].title:
            return self.sources[node].title
        return self.index.label(node)

    # Facts.

    @cached_property
    def incoming(self) -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for s, p, o in self.index.edges:
            found[o].append((s, p))
        return found

    def facts(self, node: str) -> list[Fact]:
        """Every fact of a node except its links with imported events (those are
        the events table): what ``entity.rq`` answers, plus literal values."""
        if self._facts[0] == node:
            return self._facts[1]
        edges, events = self.index.edges, self.imported_events
        found: list[Fact] = []
        for cls in sorted(self.index.types.get(node, set())):
            found.append(Fact(node, "a", K + cls, True, self._status(node, "a", K + cls), "out"))
        if node in self.index.labels:
            value = self.index.labels[node]
            found.append(Fact(node, "label", value, True, "asserted", "out"))
        for name in self.alt.get(node, []):
            found.append(Fact(node, "altLabel", name, True, "asserted", "out"))
        for p, values in sorted(self.index.literals.get(node, {}).items()):
            for value in sorted(set(values)):
                found.append(Fact(node, p, value, True, self._status(node, p, value), "out"))
        for p, objects in sorted(self.index.out.get(node, {}).items()):
            for o in sorted(set(objects)):
                if o not in events:
                    found.append(Fact(node, p, o, False, edges[(node, p, o)].value, "out"))
        for s, p in sorted(set(self.incoming.get(node, []))):
            if s not in events:
                found.append(Fact(s, p, node, False, edges[(s, p, node)].value, "in"))
        self._facts = (node, found)
        return found

    def neighbours(self, node: str) -> set[str]:
        """The entities with pages that a fact links to ``node`` (rank ladders left out)."""
        found = self._neighbours.get(node)
        if found is None:
            pages = self.classes
            out = self.index.out.get(node, {})
            found = {o for p, objs in out.items() if p not in PATH_EXCLUDED for o in objs}
            found |= {s for s, p in self.incoming.get(node, []) if p not in PATH_EXCLUDED}
            found = {n for n in found if n in pages and n != node}
            self._neighbours[node] = found
        return found

    def _status(self, s: str, p: str, o: str) -> str:
        return (FactStatus.INFERRED if (s, p, o) in self.derived else FactStatus.ASSERTED).value

    def group(self, fact: Fact) -> str:
        return GROUP_OF.get(fact.predicate, "other")

    @cached_property
    def property_labels(self) -> dict[str, str]:
        vocab = vocabulary()
        labels = {name: vocab.label(p.iri) for name, p in vocab.properties.items()}
        labels.update({"a": "class", "label": "name", "altLabel": "other name"})
        return labels

    def rule_label(self, how: str) -> str:
        return self.rules.get(how) or how.rsplit("/", 1)[-1]

    # Events, countries, dates.

    @cached_property
    def events_of(self) -> dict[str, list[str]]:
        """For each node, the imported events it takes part in, by date."""
        found: dict[str, set[str]] = defaultdict(set)
        for event in self.imported_events:
            for role in EVENT_LINKS:
                for node in self.index.out[event].get(role, []):
                    found[node].add(event)
        dates = self.event_dates
        return {n: sorted(e, key=lambda x: (dates[x], x)) for n, e in found.items()}

    @cached_property
    def event_dates(self) -> dict[str, str]:
        """The date of each imported event ("" when it has none)."""
        return {event: self.index.date(event) or "" for event in self.imported_events}

    @cached_property
    def takes_part(self) -> dict[str, list[str]]:
        """For each imported event, the entities with pages other than countries
        that take part in it (once for each role: the neighbourhood counts them)."""
        pages, out = self.classes, self.index.out
        return {
            event: [
                other
                for role in EVENT_LINKS
                for other in out[event].get(role, [])
                if other in pages and pages[other] != "Country"
            ]
            for event in self.imported_events
        }

    @cached_property
    def countries_of(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for node, cls in self.classes.items():
            if cls == "Country":
                found[node].add(node)
            for p in COUNTRY_PREDICATES:
                for o in self.index.out.get(node, {}).get(p, []):
                    if self.index.is_a(o, "Country"):
                        found[node].add(o)
        return found

    @cached_property
    def holdings(self) -> list[Holding]:
        out, found = self.index.out, []
        for node, cls in sorted(self.classes.items()):
            if cls != "PostHolding":
                continue
            values = self.index.literals.get(node, {})
            for holder in sorted(set(out[node].get("holder", []))):
                for post in sorted(set(out[node].get("heldPost", []))) or [""]:
                    found.append(
                        Holding(
                            node,
                            holder,
                            post,
                            frozenset(self.post_countries(post)),
                            min(values.get("since", [""])),
                            max(values.get("until", [""])),
                            min(values.get("reportedOn", [""])),
                        )
                    )
        return found

    @cached_property
    def holdings_in(self) -> dict[str, list[Holding]]:
        """The holdings of posts of each country."""
        found: dict[str, list[Holding]] = defaultdict(list)
        for h in self.holdings:
            for country in h.countries:
                found[country].append(h)
        return found

    @cached_property
    def people_of(self) -> dict[str, list[str]]:
        """The people of each country, in IRI order."""
        found: dict[str, list[str]] = defaultdict(list)
        for node, cls in sorted(self.classes.items()):
            if cls == "Person":
                for country in self.countries_of.get(node, set()):
                    found[country].append(node)
        return found

    def post_countries(self, post: str) -> set[str]:
        out = self.index.out.get(post, {})
        found = {c for c in out.get("postFor", []) if self.index.is_a(c, "Country")}
        for ministry in out.get("postIn", []):
            found.update(self.countries_of.get(ministry, set()))
        return found

    @cached_property
    def ties(self) -> dict[str, dict[str, dict[str, int]]]:
        """For each country, its partners and the events with each, by year:
        meetings, agreements and statements of support (the countries projection)."""
        found: dict[str, dict[str, dict[str, int]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(int))
        )
        graph = countries(self.index)
        for a, b, edge in graph.edges(data=True):
            for event in edge["events"]:
                year = event["date"][:4] or "no date"
                found[a][b][year] += 1
                found[b][a][year] += 1
        return found

    def year(self, node: str) -> str:
        found = self._years.get(node)
        if found is None:
            date = self.index.date(node)
            found = self._years[node] = date[:4] if date and re.match(r"\d{4}", date) else ""
        return found

    def facts_from(self, source: str) -> list[tuple[Evidence, tuple[str, str, str]]]:
        """Every fact curated from a source, in file order."""
        found = [(e, key) for key, evs in self.evidence.items() for e in evs if e.source == source]
        return sorted(found, key=lambda item: (item[0].file, item[0].line, item[1]))


def local(predicate: str) -> str:
    if predicate == RDF_TYPE:
        return "a"
    if predicate == RDFS_LABEL:
        return "label"
    if predicate == SKOS_ALT:
        return "altLabel"
    return predicate[len(K) :] if predicate.startswith(K) else predicate


def _select(store: ox.Store, name: str) -> list[dict[str, str]]:
    text = (HERE / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    rows = store.query(text)
    assert isinstance(rows, ox.QuerySolutions)
    names = [v.value for v in rows.variables]
    out = []
    for row in rows:
        out.append({n: t.value for n, t in zip(names, row, strict=True) if t is not None})
    return out
