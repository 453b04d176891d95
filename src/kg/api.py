"""The Python API for notebooks and scripts::

import kg
graph = kg.load()                      # the last build (./build)
graph.query("meetings", person="Zakir Hasanov")
graph.query("SELECT ?p WHERE { ?p a kg:Person }")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .builder.exports import BuildResult
from .builder.full import build_curated
from .builder.manifest import imports_of
from .builder.update import update
from .errors import UsageError
from .graph.naming import index_resolver, indexed_build
from .graph.projection import Index, project
from .progress import QUIET, Progress
from .reasoning import Reasoner
from .sparql.endpoint import Endpoint, Resolver, execute, open_endpoint, resolve_entity
from .sparql.library import DEFAULT_TIMEOUT, XSD, NamedQuery, Result, library, shorten

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .site import SiteData

_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger")}
_FLOATS = {XSD + t for t in ("decimal", "double", "float")}


def to_dataframe(result: Result, *, short_iris: bool = False) -> pd.DataFrame:
    """SELECT results as a DataFrame: dates as datetimes, numbers as numbers,
    IRIs as strings (prefixed names with ``short_iris=True``)."""
    import pandas as pd

    if result.kind == "ask":
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.kind == "graph":
        rows = [(str(t.subject), str(t.predicate), str(t.object)) for t in result.triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    columns: dict[str, pd.Series] = {}
    for index, name in enumerate(result.variables):
        terms = [row[index] for row in result.rows]
        datatypes = {
            t.datatype.value for t in terms if isinstance(t, ox.Literal) and not t.language
        }
        kinds = {type(t) for t in terms if t is not None}
        values = [None if t is None else t.value for t in terms]
        if kinds == {ox.Literal} and datatypes == {XSD + "date"}:
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"))
        elif kinds == {ox.Literal} and datatypes == {XSD + "dateTime"}:
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"), utc=True)
        elif kinds == {ox.Literal} and datatypes and datatypes <= _INTEGERS:
            columns[name] = pd.Series(values, dtype="object").astype("Int64")
        elif kinds == {ox.Literal} and datatypes and datatypes <= _INTEGERS | _FLOATS:
            columns[name] = pd.to_numeric(pd.Series(values, dtype="object"))
        elif kinds == {ox.Literal} and datatypes == {XSD + "boolean"}:
            columns[name] = pd.Series([None if v is None else v == "true" for v in values]).astype(
                "boolean"
            )
        else:
            if short_iris:
                values = [
                    shorten(t.value) if isinstance(t, ox.NamedNode) else v
                    for t, v in zip(terms, values, strict=True)
                ]
            columns[name] = pd.Series(values, dtype="string")
    return pd.DataFrame(columns, columns=result.variables)


@dataclass
class Entity:
    """An entity and its facts (a DataFrame with source and quote per fact)."""

    iri: str
    label: str
    facts: pd.DataFrame

    def __repr__(self) -> str:
        return f"Entity({self.label!r}, {shorten(self.iri)}, facts={len(self.facts)})"

    def _repr_html_(self) -> str:
        from html import escape

        title = f"<h4>{escape(self.label)} <small>{escape(shorten(self.iri))}</small></h4>"
        table: str = self.facts.fillna("").to_html(index=False, escape=True)
        return title + table


@dataclass
class View:
    """A self-contained interactive HTML page of a projection."""

    html: str
    subtitle: str
    height: int = 600

    def save(self, path: str | Path) -> Path:
        """Write the page; it opens in any browser with no network."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target

    def __repr__(self) -> str:
        return f"View({self.subtitle})"

    def _repr_html_(self) -> str:
        from html import escape

        # srcdoc keeps the page whole: no file, no server, works where pyvis's
        # own notebook display stays blank (JupyterLab, VS Code).
        return (
            f'<iframe srcdoc="{escape(self.html, quote=True)}" title="{escape(self.subtitle)}"'
            f' style="width:100%;height:{self.height}px;border:1px solid #ddd"'
            ' sandbox="allow-scripts"></iframe>'
        )


@dataclass
class KnowledgeGraph:
    """A built knowledge graph: the embedded store of a build, or a SPARQL endpoint."""

    endpoint: Endpoint
    timeout: float = DEFAULT_TIMEOUT
    _index: Index | None = field(default=None, repr=False)
    _site: SiteData | None = field(default=None, repr=False)

    def run(self, name_or_sparql: str, **params: object) -> Result:
        """Run a named query or SPARQL text; the raw result."""
        queries = library()
        text = {k: str(v) for k, v in params.items()}
        if name_or_sparql in queries:
            query = queries[name_or_sparql]
            return execute(
                self.endpoint, query.text, text, query.params, self.timeout, self._names()
            )
        return execute(self.endpoint, name_or_sparql, text, None, self.timeout, self._names())

    def query(
        self, name_or_sparql: str, *, short_iris: bool = False, **params: object
    ) -> pd.DataFrame:
        """Run a named query (see :meth:`queries`) or SPARQL text and return a DataFrame.

        Parameters are bound, never pasted: ``graph.query("meetings", person="Hasanov")``.
        Entity parameters take an id or a label. The kg, id, rdfs... prefixes are
        declared for you in SPARQL text.
        """
        return to_dataframe(self.run(name_or_sparql, **params), short_iris=short_iris)

    def queries(self) -> dict[str, NamedQuery]:
        """The named queries of the library, with their titles and parameters."""
        return library()

    def resolve(self, name_or_id: str, cls: str | None = None) -> str:
        """The IRI of an entity given by id or label (raises if ambiguous): from the
        build's index when it has a current one (a scan of its node table), else by
        a query (a store of ten million quads takes seconds to search by label)."""
        if self._index is not None or indexed_build(self.endpoint) is not None:
            return self.index().resolve(name_or_id, cls)
        return resolve_entity(self.endpoint, name_or_id, cls, self.timeout).value

    def _names(self) -> Resolver | None:
        """Names resolved from the index this graph has read, else the build's."""
        if self._index is not None:
            return self._index.resolve
        return index_resolver(self.endpoint)

    def index(self) -> Index:
        """The index the projections are made from: the build's index files
        (``build/index``, written by the build and the import), or one pass over the
        store when they are missing or of another version of it."""
        if self._index is None:
            self._index = Index.from_endpoint(self.endpoint)
        return self._index

    def project(
        self, name: str = "actors", start: str | None = None, end: str | None = None
    ) -> nx.Graph:
        """A networkx projection: ``full`` (typed MultiDiGraph), ``actors`` (person to
        person), ``countries`` or ``bipartite``; ``start``/``end`` (YYYY-MM-DD) keep only
        events in that window. Nodes carry ``label``; weighted edges carry ``weight``."""
        return project(self.index(), name, start, end)

    def entity(self, name_or_id: str, cls: str | None = None) -> Entity:
        """One entity with everything known about it, each fact with its source and
        quote; shows as a table in Jupyter."""
        iri = self.resolve(name_or_id, cls)
        facts = self.query("entity", entity=iri)
        label = self.query("SELECT ?l WHERE { ?e rdfs:label ?l } LIMIT 1", e=f"<{iri}>")
        name = str(label["l"].iloc[0]) if len(label) else shorten(iri)
        return Entity(iri, name, facts)

    def view(
        self,
        projection: str = "full",
        *,
        focus: str | None = None,
        depth: int = 1,
        start: str | None = None,
        end: str | None = None,
        height: int = 600,
    ) -> View:
        """An interactive graph view; shows inline in Jupyter, VS Code and classic
        Notebook (as a self-contained iframe), and ``.save(path)`` writes the page."""
        from .graph.views import build_view, render_html

        center = self.resolve(focus) if focus else None
        data = build_view(self.index(), projection, start, end, focus=center, depth=depth)
        return View(render_html(data), data.subtitle, height)

    def page(self, name_or_id: str, height: int = 600) -> View:
        """The entity's page of the static site (facts grouped by meaning, each with
        its source and quote; the timeline), shown inline in a notebook."""
        from .site import SiteData
        from .site.inline import inline_page
        from .sparql.local import LocalStore

        if not isinstance(self.endpoint, LocalStore):
            raise UsageError(
                "entity pages are made from a local build",
                hint="kg.load() with a build folder, or open build/site in a browser",
            )
        if self._site is None:
            self._site = SiteData.from_store(self.endpoint.path)
        node = self.resolve(name_or_id)
        if node not in self._site.classes:
            raise UsageError(f"{name_or_id} has no page", hint="try kg.load().entity(...)")
        return View(inline_page(self._site, node), self._site.label(node), height)

    def count(self, cls: str) -> int:
        """How many entities are of a kg class (inferred members included)."""
        frame = self.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a kg:{cls} }}")
        return int(frame["n"].iloc[0])

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f"<code>{escape(repr(self))}</code> at <code>{escape(self.endpoint.description)}</code>"
        )

    def __repr__(self) -> str:
        # One query, not one per figure: a repr is evaluated often in notebooks.
        row = self.run(
            "SELECT"
            " (COUNT(DISTINCT ?person) AS ?persons) (COUNT(DISTINCT ?meeting) AS ?meetings)"
            " (COUNT(DISTINCT ?plan) AS ?plans) (COUNT(?o) AS ?triples) WHERE {"
            " { ?person a kg:Person } UNION { ?meeting a kg:Meeting } UNION { ?plan a kg:Plan }"
            " UNION { GRAPH ?g { ?s ?p ?o } } }"
        ).values()[0]
        persons, meetings, plans, triples = (int(v or 0) for v in row)
        return (
            f"KnowledgeGraph(persons={persons}, meetings={meetings}, plans={plans},"
            f" triples={triples})"
        )


def load(store: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> KnowledgeGraph:
    """Open a built knowledge graph: ``None`` for ./build, a build or store folder,
    or the URL of a SPARQL endpoint."""
    return KnowledgeGraph(open_endpoint(None if store is None else str(store)), timeout)


def build(
    data_dir: Path,
    out: Path,
    *,
    reasoner: Reasoner = Reasoner.HERMIT,
    full: bool = False,
    strict: bool = False,
    progress: Progress = QUIET,
) -> BuildResult:
    """Build the knowledge graph from a data folder into ``out`` (e.g. ``build/``).

    ``reasoner``: ``HERMIT`` (OWL 2 DL, needs Java) or ``RULES`` (OWL RL rules
    generated from the ontology, run inside Oxigraph; the same facts on the curated
    data, and it scales). ``NONE`` keeps only the hierarchy closure and the named
    rules.

    When ``out`` holds imported data sets (``kg import``), only the changes of the
    curated files are applied to its store (see ``kg.builder.update``), unless
    ``full``: then everything is rebuilt and the data sets are imported again from
    their files. ``progress`` hears of each stage (``kg.progress``).

    Validation warnings do not stop the build; they are in ``BuildResult.warnings``.
    With ``strict`` they do: ``ValidationFailed`` is raised and ``out`` is unchanged."""
    # Imported here, not at the top: most commands never import, and the ICEWS
    # mapping's tables and pycountry would slow every ``import kg``.
    from .icews.importer import import_icews

    out = out.absolute()
    imports = imports_of(out)
    if imports and not full:
        return update(data_dir, out, progress, strict=strict)
    result = build_curated(data_dir, out, reasoner, progress, strict=strict)
    for name, entry in imports.items():
        files = [Path(f["path"]) for f in entry["files"]]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise UsageError(
                f"cannot import {name!r} again: {', '.join(missing)} not found",
                hint="the curated build is done; import the data set again with"
                f" kg import icews FILE... --dataset {name}",
            )
        import_icews(files, out, name, progress)
    if imports:
        result.imports = sorted(imports)
    return result
