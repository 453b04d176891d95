"""Reading curated-triples files (one per source article) and turning validated
facts into RDF: the asserted graph and its provenance.

The format is documented in docs/curation.md: ``@field<TAB>value`` lines for the
source's metadata, a header row ``subject predicate object evidence``, then one
fact per line, tab-separated. Lines starting with ``#`` and blank lines are ignored.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from ..errors import Problem
from ..model.namespaces import EVIDENCE, KG, SOURCE, Triple, reification

HEADER = ("subject", "predicate", "object", "evidence")
SOURCE_FIELDS = ("id", "title", "publisher", "date", "language", "url", "text", "note")
REQUIRED_FIELDS = ("id", "title", "date", "language")
SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Fact:
    """One curated line, as written."""

    path: str
    line: int
    subject: str
    predicate: str
    object: str
    evidence: str


@dataclass
class Source:
    """One curated file: the source's metadata and its facts."""

    path: str
    file: Path
    relpath: str
    meta: dict[str, str] = field(default_factory=dict)
    meta_lines: dict[str, int] = field(default_factory=dict)
    header_line: int = 0
    misspelt: set[str] = field(default_factory=set)
    facts: list[Fact] = field(default_factory=list)
    unread: set[tuple[str, str]] = field(default_factory=set)
    """(subject, predicate) of lines that could not be read: what they state is unknown,
    so the shapes do not report it as missing."""

    @property
    def id(self) -> str:
        return self.meta.get("id") or self.file.stem

    @property
    def iri(self) -> URIRef:
        return SOURCE[self.id]


def display_path(path: Path) -> str:
    """The path as a user should see it: relative to the working folder if inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def curated_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "curated").rglob("*.tsv"))


def _cell(text: str) -> str:
    text = text.strip()
    # Spreadsheets quote cells that contain quotes when they export TSV.
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return text


def read_source(file: Path, data_dir: Path) -> tuple[Source, list[Problem]]:
    """Parse one curated file. Problems of form are returned, not raised."""
    path = display_path(file)
    try:
        relpath = str(file.resolve().relative_to(data_dir.resolve()))
    except ValueError:
        relpath = file.name
    source = Source(path=path, file=file, relpath=relpath)
    problems: list[Problem] = []
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = file.read_bytes()[: exc.start].count(b"\n") + 1
        return source, [
            Problem(path, line, "the file is not valid UTF-8", "save the file as UTF-8 text")
        ]
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [_cell(c) for c in raw.split("\t")]
        if cells[0].startswith("@"):
            _read_meta(source, number, cells, problems)
            continue
        if not source.header_line:
            if tuple(c.lower() for c in cells) == HEADER:
                source.header_line = number
                continue
            problems.append(
                Problem(
                    path,
                    number,
                    "expected the header row `subject<TAB>predicate<TAB>object<TAB>evidence`"
                    " before the first fact",
                    "add the header row after the @ lines of the source metadata",
                )
            )
            source.header_line = number  # report the missing header once
        while len(cells) > len(HEADER) and cells[-1] == "":
            cells.pop()  # spreadsheets pad rows with empty cells
        if len(cells) != len(HEADER):
            problems.append(
                Problem(
                    path,
                    number,
                    f"expected 4 tab-separated columns (subject, predicate, object, evidence),"
                    f" found {len(cells)}",
                    "separate the columns with single tabs; a quote may not contain a tab",
                )
            )
            source.unread.add((cells[0], cells[1] if len(cells) > 1 else ""))
            continue
        source.facts.append(Fact(path, number, *cells))
    _check_meta(source, problems)
    return source, problems


def _read_meta(source: Source, number: int, cells: list[str], problems: list[Problem]) -> None:
    key = cells[0][1:]
    value = cells[1] if len(cells) > 1 else ""
    if source.header_line:
        problems.append(
            Problem(
                source.path,
                number,
                f"source field @{key} after the header row",
                "move the @ lines above the header row",
            )
        )
        return
    if key not in SOURCE_FIELDS:
        close = difflib.get_close_matches(key, SOURCE_FIELDS, n=1)
        guess = f"did you mean @{close[0]}? " if close else ""
        source.misspelt.update(close)
        problems.append(
            Problem(
                source.path,
                number,
                f"unknown source field @{key}",
                f"{guess}known fields: {', '.join('@' + f for f in SOURCE_FIELDS)}",
            )
        )
        return
    if key in source.meta_lines:
        problems.append(
            Problem(
                source.path,
                number,
                f"source field @{key} given twice (first on line {source.meta_lines[key]})",
                "keep one of the two lines",
            )
        )
        return
    source.meta[key] = value
    source.meta_lines[key] = number


def _check_meta(source: Source, problems: list[Problem]) -> None:
    where = source.header_line or 1
    for key in REQUIRED_FIELDS:
        if not source.meta.get(key) and key not in source.misspelt:
            problems.append(
                Problem(
                    source.path,
                    source.meta_lines.get(key, where),
                    f"the source has no @{key}",
                    f"add a line `@{key}<TAB>{_META_EXAMPLE[key]}` above the header row",
                )
            )
    if "id" in source.meta and source.meta["id"] and not SOURCE_ID.match(source.meta["id"]):
        problems.append(
            Problem(
                source.path,
                source.meta_lines["id"],
                f"source id {source.meta['id']!r} has characters other than letters,"
                " digits, '.', '_' and '-'",
                "use the file name without .tsv as the id",
            )
        )
    date = source.meta.get("date")
    if date and parse_date(date) is None:
        problems.append(
            Problem(
                source.path,
                source.meta_lines["date"],
                f"source date {date!r} is not a valid calendar date in the form YYYY-MM-DD",
                "write the publication date as YYYY-MM-DD, e.g. 2019-10-29",
            )
        )


_META_EXAMPLE = {
    "id": "the file name without .tsv",
    "title": "the article's headline",
    "date": "YYYY-MM-DD",
    "language": "en",
}


def parse_date(text: str) -> Literal | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return Literal(text, datatype=XSD.date)


def evidence_iri(source: Source, line: int) -> URIRef:
    return EVIDENCE[f"{source.id}/L{line}"]


def source_graph(source: Source) -> Graph:
    """The article's metadata as RDF."""
    g = Graph()
    iri = source.iri
    meta = source.meta
    g.add((iri, RDF.type, KG.Article))
    g.add((iri, RDFS.label, Literal(meta["title"])))
    g.add((iri, DCTERMS.title, Literal(meta["title"])))
    g.add((iri, DCTERMS.date, Literal(meta["date"], datatype=XSD.date)))
    g.add((iri, DCTERMS.language, Literal(meta["language"])))
    g.add((iri, KG.curatedFile, Literal(source.relpath)))
    if meta.get("publisher"):
        g.add((iri, DCTERMS.publisher, Literal(meta["publisher"])))
    if meta.get("url"):
        g.add((iri, KG.url, Literal(meta["url"], datatype=XSD.anyURI)))
    if meta.get("text"):
        g.add((iri, KG.sourceText, Literal(meta["text"])))
    if meta.get("note"):
        g.add((iri, RDFS.comment, Literal(meta["note"])))
    return g


def provenance_graph(sources: list[Source], resolved: list[tuple[Triple, Fact]]) -> Graph:
    """Sources, evidence quotes, and one reified statement per asserted triple."""
    g = Graph()
    by_path = {s.path: s for s in sources}
    for source in sources:
        g += source_graph(source)
    for triple, fact in resolved:
        add_provenance(g, triple, fact, by_path[fact.path])
    return g


def add_provenance(g: Graph, triple: Triple, fact: Fact, source: Source) -> None:
    """The asserted statement of ``triple`` and its evidence: the quote of ``fact``
    at its line of ``source``."""
    evidence = evidence_iri(source, fact.line)
    g.add((evidence, RDF.type, KG.Evidence))
    g.add((evidence, KG.quote, Literal(fact.evidence)))
    g.add((evidence, KG.inSource, source.iri))
    g.add((evidence, KG.curatedFile, Literal(source.relpath)))
    g.add((evidence, KG.curatedLine, Literal(fact.line, datatype=XSD.integer)))
    statement, described = reification(triple)
    for t in described:
        g.add(t)
    g.add((statement, RDF.type, KG.AssertedStatement))
    g.add((statement, KG.hasEvidence, evidence))


def normalise_quote(text: str) -> str:
    """Spacing and case do not distinguish a quote from the article's words."""
    return " ".join(text.split()).casefold()


def source_text(source: Source, data_dir: Path, problems: list[Problem]) -> str | None:
    """The article's text as quotes are compared with it (``normalise_quote``), or
    None when the source names no text; a missing file is reported in ``problems``."""
    name = source.meta.get("text")
    if not name:
        return None
    path = data_dir / name
    try:
        return normalise_quote(path.read_text(encoding="utf-8"))
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
