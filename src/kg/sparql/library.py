"""SPARQL: the query library (``kg/queries/*.rq``), parameter binding, running a
query against a local build or a remote SPARQL endpoint, and result formats.

Parameters are bound, never pasted: each value becomes an RDF term serialised
with N-Triples escaping and is joined in as a ``VALUES`` block at the top of the
query's WHERE group, so quotes, braces or ``}`` in a value cannot change the query.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from ..errors import QueryError, UsageError
from ..model.namespaces import ID, KG, PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
DEFAULT_TIMEOUT = 60.0
"""Seconds a query may run (``kg query --timeout``)."""
ParamKind = TypingLiteral["entity", "date", "string", "integer", "property", "class"]
PARAM_KINDS: tuple[str, ...] = ("entity", "date", "string", "integer", "property", "class")


@dataclass(frozen=True)
class Param:
    name: str
    kind: ParamKind
    required: bool
    description: str
    cls: str | None = None
    """For entity parameters: the kg class the entity must belong to."""


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its header comment documents it."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+)(?::(\w+))?(?:,\s*(required|optional))?\)\s*(.*)$")


def parse_named_query(path: Path) -> NamedQuery:
    return _parse_named_query(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=128)
def _parse_named_query(path: Path, mtime_ns: int) -> NamedQuery:
    """Parsed once per process while the file is unchanged (a query is bound per call)."""
    text = path.read_text(encoding="utf-8")
    title, description, params = path.stem, "", []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "title":
            title = value.strip()
        elif key == "description":
            description = (description + " " + value.strip()).strip()
        else:
            param = _PARAM.match(value.strip())
            if not param or param.group(2) not in PARAM_KINDS:
                raise QueryError(
                    f"malformed parameter line {value!r}",
                    path=path,
                    line=number,
                    hint=f"write `# param: NAME (KIND[:CLASS], required|optional) what it is`;"
                    f" KIND is one of {', '.join(PARAM_KINDS)}",
                )
            name, kind, cls, needed, what = param.groups()
            params.append(Param(name, kind, needed == "required", what.strip(), cls))  # type: ignore[arg-type]
    return NamedQuery(path.stem, title, description, tuple(params), text, path)


def library(folder: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """The named queries, by name."""
    return {p.stem: parse_named_query(p) for p in sorted(folder.glob("*.rq"))}


def named(name: str) -> NamedQuery:
    path = QUERIES_DIR / f"{name}.rq"
    if re.fullmatch(r"[\w-]+", name) and path.is_file():
        return parse_named_query(path)
    queries = library()
    close = difflib.get_close_matches(name, list(queries), n=1, cutoff=0.5)
    raise QueryError(
        f"no query named {name!r}",
        hint=(f"did you mean {close[0]!r}? " if close else "") + "`kg queries` lists them all",
    )


# --- Results -------------------------------------------------------------------

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass
class Result:
    """The outcome of a query: solutions (SELECT), a boolean (ASK) or triples."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def values(self) -> list[tuple[str, ...]]:
        """Rows as plain strings (IRIs, lexical forms; '' for unbound)."""
        return [tuple("" if t is None else t.value for t in row) for row in self.rows]


def _term_from_json(value: dict[str, str]) -> Term:
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def result_from_json(data: bytes | str) -> Result:
    parsed = json.loads(data)
    if "boolean" in parsed:
        return Result("ask", boolean=bool(parsed["boolean"]))
    variables = list(parsed["head"].get("vars", []))
    rows = [
        [_term_from_json(b[v]) if v in b else None for v in variables]
        for b in parsed["results"]["bindings"]
    ]
    return Result("select", variables, rows)


def result_from_tsv(data: bytes) -> Result:
    """SPARQL TSV results: the terms in N-Triples syntax, parsed by Oxigraph (a
    tenth of the time of building each term from JSON in Python)."""
    solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables]
    return Result("select", variables, [list(solution) for solution in solutions])


def result_from_ntriples(data: bytes) -> Result:
    return Result("graph", triples=list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def shorten(iri: str) -> str:
    """``https://w3id.org/kg-state-actors/id/zakir-hasanov`` -> ``id:zakir-hasanov``."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best and re.fullmatch(r"[\w.-]*", iri[len(PREFIXES[best]) :]):
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return term.value


def render(result: Result, fmt: str) -> str:
    """Format a result as text: table, csv, tsv, json (SELECT/ASK); ttl, nt (graphs)."""
    if result.kind == "graph":
        if fmt not in ("ttl", "nt", "table"):
            raise UsageError(
                f"--format {fmt} is for SELECT and ASK results",
                hint="use --format ttl or nt for CONSTRUCT and DESCRIBE",
            )
        rdf = ox.RdfFormat.TURTLE if fmt in ("ttl", "table") else ox.RdfFormat.N_TRIPLES
        prefixes = PREFIXES if rdf == ox.RdfFormat.TURTLE else None
        text = ox.serialize(result.triples, format=rdf, prefixes=prefixes) or b""
        return text.decode("utf-8")
    if fmt in ("ttl", "nt"):
        raise UsageError(
            f"--format {fmt} is for CONSTRUCT and DESCRIBE results",
            hint="use table, csv, tsv or json for SELECT and ASK",
        )
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([["" if t is None else t.value for t in row] for row in result.rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    return _table(result)


def _table(result: Result) -> str:
    cells = [[_plain(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [len(v) for v in result.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    widths = [min(w, 60) for w in widths]

    def line(values: list[str]) -> str:
        clipped = [
            v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(values, widths, strict=True)
        ]
        return "  ".join(v.ljust(w) for v, w in zip(clipped, widths, strict=True)).rstrip()

    lines = [line(result.variables), line(["-" * w for w in widths])]
    lines += [line(row) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


# --- Parameter binding ----------------------------------------------------------

_SKIP = re.compile(
    r"""
      \#[^\n]*                                  # comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''             # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n]|\\.)*'                       # strings
    | "(?:[^"\\\n]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                 # IRIs
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[A-Za-z_]+")


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[int, str], ...]:
    """Braces and keywords of a query with strings, IRIs and comments skipped."""
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(text):
        skip = _SKIP.match(text, i)
        if skip:
            i = skip.end()
            continue
        char = text[i]
        if char in "{}":
            found.append((i, char))
        elif char in "?$":
            var = _WORD.match(text, i + 1)
            if var:
                found.append((i, char + var.group()))
                i = var.end()
                continue
        elif char.isalpha():
            word = _WORD.match(text, i)
            assert word is not None
            found.append((i, word.group().upper()))
            i = word.end()
            continue
        i += 1
    return tuple(found)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE."""
    for _, token in _tokens(text):
        if token in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return token
        if token in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "WITH"):
            raise QueryError(
                "this is a SPARQL update, and kg query only reads",
                hint="queries start with SELECT, ASK, CONSTRUCT or DESCRIBE",
            )
    raise QueryError(
        "not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE",
        hint="write a query such as SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    )


def variables_of(text: str) -> set[str]:
    return {t[1:] for _, t in _tokens(text) if t[0] in "?$"}


def bind(text: str, values: dict[str, Term]) -> str:
    """Join the values in as a VALUES block at the top of the WHERE group."""
    if not values:
        return text
    position = _where_group(text)
    names = " ".join(f"?{n}" for n in values)
    row = " ".join(str(t) for t in values.values())
    return f"{text[:position]} VALUES ({names}) {{ ({row}) }} {text[position:]}"


def bind_choices(text: str, name: str, terms: list[Term]) -> str:
    """Join in ``?name`` bound to each of several terms (one solution each)."""
    position = _where_group(text)
    row = " ".join(str(t) for t in terms)
    return f"{text[:position]} VALUES ?{name} {{ {row} }} {text[position:]}"


def _where_group(text: str) -> int:
    """The position just inside the query's WHERE group."""
    tokens = _tokens(text)
    form = query_form(text)
    position = None
    depth = 0
    seen_where = False
    for index, token in tokens:
        if token == "WHERE" and depth == 0:
            seen_where = True
        elif token == "{":
            if depth == 0 and (seen_where or form in ("SELECT", "ASK", "DESCRIBE")):
                position = index + 1
                break
            depth += 1
        elif token == "}":
            depth -= 1
    if position is None:
        raise QueryError(
            "cannot find the query's WHERE group to bind the parameters in",
            hint="write the query with an explicit WHERE { ... }",
        )
    return position


def param_term(kind: str, name: str, value: str) -> Term:
    """A parameter value as an RDF term, checked against its kind."""
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(
                f"parameter {name}={value!r} is not a date",
                hint=f"write it as {name}=YYYY-MM-DD",
            )
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(
                f"parameter {name}={value!r} is not a whole number", hint="digits only"
            )
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if kind == "property":
        local = value.split(":", 1)[1] if value.startswith("kg:") else value
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", local):
            raise QueryError(
                f"parameter {name}={value!r} is not a property name", hint="e.g. hasRank"
            )
        if local in ("label", "type", "a"):
            return ox.NamedNode(
                "http://www.w3.org/2000/01/rdf-schema#label"
                if local == "label"
                else "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
            )
        return ox.NamedNode(str(KG[local]))
    if kind == "class":
        return _class_term(name, value)
    return ox.Literal(value)


def _class_term(name: str, value: str) -> ox.NamedNode:
    """A kg class by local name (``Person``, ``kg:Person``) as its IRI: bound as a
    term, a query finds the class's members through the store's index."""
    from ..model.ontology import vocabulary

    classes = vocabulary().classes
    local = value.removeprefix("kg:")
    if local not in classes:
        close = difflib.get_close_matches(local, sorted(classes), n=3, cutoff=0.6)
        raise QueryError(
            f"parameter {name}={value!r} is not a class of the ontology",
            hint=(f"did you mean {', '.join(close)}? " if close else "")
            + "the classes are in the ontology's documentation (`kg docs`): Person, Country...",
        )
    return ox.NamedNode(str(classes[local]))


def entity_iri(text: str) -> ox.NamedNode | None:
    """The IRI for an id such as ``zakir-hasanov``, ``icews/actor/ilham-aliyev``,
    ``id:icews/actor/ilham-aliyev``, ``country:AZ`` or a full IRI (``<IRI>`` too)."""
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if re.fullmatch(r"https?://\S+", text):
        return ox.NamedNode(text)
    prefix, sep, local = text.partition(":")
    # Imported entities have paths for ids (icews/actor/...): slashes are allowed.
    if sep and prefix in PREFIXES and re.fullmatch(r"[\w.-]+(?:/[\w.-]+)*", local):
        return ox.NamedNode(PREFIXES[prefix] + local)
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*", text):
        return ox.NamedNode(str(ID[text]))
    return None


EXACT_NAMES = """
SELECT DISTINCT ?entity ?label ?class ?name WHERE {
  ?entity rdfs:label|skos:altLabel ?name .
  FILTER (isIRI(?entity) && STRSTARTS(STR(?entity), STR(id:)))
  FILTER (!BOUND(?cls) || EXISTS { ?entity a ?cls })
  ?entity rdfs:label ?label .
  OPTIONAL { GRAPH <https://w3id.org/kg-state-actors/graph/asserted> { ?entity a ?class } }
}
ORDER BY ?entity ?class
"""
"""Entities with a label or alternative label that is the given name, bound as
``?name`` (a few spellings of it): a look-up in the store's object index, where
RESOLVE below reads every label in the store."""

RESOLVE = """
SELECT DISTINCT ?entity ?label ?class ?name WHERE {
  ?entity rdfs:label|skos:altLabel ?name .
  FILTER (isIRI(?entity) && STRSTARTS(STR(?entity), STR(id:)))
  FILTER (!BOUND(?cls) || EXISTS { ?entity a ?cls })
  FILTER (STRSTARTS(LCASE(STR(?name)), LCASE(STR(?text)))
          || CONTAINS(LCASE(STR(?name)), CONCAT(" ", LCASE(STR(?text)))))
  ?entity rdfs:label ?label .
  OPTIONAL { GRAPH <https://w3id.org/kg-state-actors/graph/asserted> { ?entity a ?class } }
}
ORDER BY ?entity ?class
"""
