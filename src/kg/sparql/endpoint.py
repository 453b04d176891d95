"""Where queries run (the embedded store of a build, or a remote SPARQL 1.1
endpoint), and running a query there with its parameters bound as RDF terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ..errors import AmbiguousEntity, QueryError, UsageError
from ..model.namespaces import KG, PREFIXES
from ..model.ontology import vocabulary
from .library import (
    DEFAULT_TIMEOUT,
    EXACT_NAMES,
    RESOLVE,
    Param,
    Result,
    Term,
    bind,
    bind_choices,
    entity_iri,
    library,
    named,
    param_term,
    shorten,
    variables_of,
)
from .local import LocalStore
from .remote import is_url, remote


class Endpoint(Protocol):
    """Anything that runs a query: ``LocalStore`` or ``RemoteEndpoint``."""

    @property
    def description(self) -> str: ...

    def run(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result: ...


def open_endpoint(store: str | None = None, update_url: str | None = None) -> Endpoint:
    """``None`` -> the last build (build/store); a URL -> a remote endpoint;
    a folder -> a build folder or a store folder."""
    if store is not None and is_url(store):
        return remote(store, update_url)
    if store:
        path = Path(store)
    else:
        # The last build: ./build, or the build of a parent folder (notebooks/ -> ../build).
        here = Path.cwd()
        path = next(
            (p / "build" for p in (here, *here.parents) if (p / "build" / "store").is_dir()),
            Path("build"),
        )
    candidates = [path / "store", path]
    for candidate in candidates:
        if (candidate / "CURRENT").is_file():
            return LocalStore(candidate)
    if store is None:
        raise UsageError("no build found at build/", hint="run `kg build` first")
    raise UsageError(
        f"no store at {store}",
        hint="pass a build folder (with store/ inside), a store folder or an http(s) URL",
    )


# --- Running queries with parameters ------------------------------------------------


def _with_prefixes(text: str) -> tuple[str, int]:
    """Declare the project's prefixes the query does not declare itself, on one
    extra first line (so error positions can be mapped back)."""
    declared = {m.group(1) for m in re.finditer(r"(?i)PREFIX\s+([\w-]*):", text)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    if not missing:
        return text, 0
    return " ".join(missing) + "\n" + text, 1


def _run(endpoint: Endpoint, text: str, timeout: float) -> Result:
    full, offset = _with_prefixes(text)
    try:
        return endpoint.run(full, timeout)
    except QueryError as exc:
        match = re.match(
            r"SPARQL syntax error at line (\d+), column (\d+): (.*)", exc.message, re.S
        )
        if not match:
            raise
        line, column = int(match.group(1)) - offset, int(match.group(2))
        expected = " ".join(match.group(3).split())
        if len(expected) > 100:
            expected = expected[:97] + "..."
        lines = text.splitlines() or [""]
        shown = lines[min(max(line, 1), len(lines)) - 1]
        raise QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {expected}\n"
            f"    {shown}\n    {' ' * max(column - 1, 0)}^",
            hint=exc.hint,
        ) from exc


def _is_event(cls: str) -> bool:
    vocab = vocabulary()
    iri = vocab.classes.get(cls)
    return iri is not None and KG.Event in vocab.superclasses(iri)


Resolver = Callable[[str, str | None], str]
"""A name and an optional kg class to an entity's IRI, raising UsageError or
AmbiguousEntity: the build's graph index (``Index.resolve``) where it has one."""


def _spellings(text: str) -> list[Term]:
    """The name as given and in the usual cases: labels are matched exactly by the
    store's index, and "china" should find "China"."""
    forms = (text, text.title(), text.capitalize(), text.lower(), text.upper())
    return [ox.Literal(form) for form in dict.fromkeys(forms)]


def resolve_entity(
    endpoint: Endpoint,
    text: str,
    cls: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    names: Resolver | None = None,
) -> ox.NamedNode:
    """An id (``zakir-hasanov``, ``country:AZ``, an IRI) or a label ("Zakir Hasanov",
    "Hasanov") to the entity's IRI, optionally of one kg class.

    A whole name is looked up as a bound label (no scan); part of a name, or a name
    in unusual case, goes to ``names`` (the build's graph index) when given, else
    to a query over every label (a remote endpoint).
    Raises AmbiguousEntity, or QueryError for a name that no entity has."""
    text = text.strip()
    iri = entity_iri(text)
    if iri is not None:
        exists = _run(endpoint, f"ASK {{ {iri} ?p ?o }}", timeout)
        if exists.boolean:
            return iri
    values: dict[str, Term] = {}
    if cls:
        values["cls"] = ox.NamedNode(str(KG[cls]))
    exact = bind_choices(bind(EXACT_NAMES, values), "name", _spellings(text))
    entities = _candidates(_run(endpoint, exact, timeout), text)
    if not entities and names is not None:
        return ox.NamedNode(names(text, cls))
    if not entities:
        values["text"] = ox.Literal(text)
        entities = _candidates(_run(endpoint, bind(RESOLVE, values), timeout), text)
    exact_only = {k: v for k, v in entities.items() if v[2]}
    candidates = exact_only or entities
    if not cls:
        # Event labels describe events by the names in them ("Meeting of Zakir
        # Hasanov and ..."); a bare name means the person, place or body.
        named = {k: v for k, v in candidates.items() if not _is_event(v[1])}
        candidates = named or candidates
    if len(candidates) == 1:
        return ox.NamedNode(next(iter(candidates)))
    if not candidates:
        of_class = f" of class {cls}" if cls else ""
        raise QueryError(
            f"no entity{of_class} has the id or name {text!r}",
            hint="check the spelling; `kg query entities` lists entities with their labels",
        )
    raise AmbiguousEntity(
        text, [(shorten(k), label, cls) for k, (label, cls, _) in sorted(candidates.items())]
    )


def _candidates(found: Result, text: str) -> dict[str, tuple[str, str, bool]]:
    """Entity -> (label, class, whether a name of it is the text, in any case)."""
    entities: dict[str, tuple[str, str, bool]] = {}
    for entity, label, entity_cls, name in found.rows:
        assert entity is not None and label is not None
        is_exact = name is not None and name.value.casefold() == text.casefold()
        short_cls = shorten(entity_cls.value).removeprefix("kg:") if entity_cls else "?"
        _, _, was_exact = entities.get(entity.value, ("", "", False))
        entities[entity.value] = (label.value, short_cls, was_exact or is_exact)
    return entities


def _guess_term(name: str, value: str) -> Term:
    """A value for an ad-hoc query: <iri> or prefix:local -> IRI, a date -> xsd:date,
    anything else -> a plain string."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    iri = entity_iri(value) if ":" in value else None
    if iri is not None:
        return iri
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return param_term("date", name, value)
    return ox.Literal(value)


def bind_values(
    endpoint: Endpoint,
    params: dict[str, str],
    declared: tuple[Param, ...] | None,
    variables: set[str],
    timeout: float,
    names: Resolver | None = None,
) -> dict[str, Term]:
    """Check and convert the parameters of a query to RDF terms."""
    values: dict[str, Term] = {}
    if declared is None:
        for name, value in params.items():
            if name not in variables:
                raise QueryError(
                    f"the query has no variable ?{name} to bind",
                    hint="parameters bind variables of the query: use ?NAME in it",
                )
            values[name] = _guess_term(name, value)
        return values
    by_name = {p.name: p for p in declared}
    for name in params:
        if name not in by_name:
            takes = ", ".join(by_name) or "no parameters"
            others = [q.name for q in library().values() if name in {p.name for p in q.params}]
            elsewhere = f"; {name} is taken by: {', '.join(others)}" if others else ""
            raise QueryError(
                f"unknown parameter {name!r}", hint=f"this query takes: {takes}{elsewhere}"
            )
    for param in declared:
        if param.name not in params:
            if param.required:
                raise QueryError(
                    f"missing parameter {param.name!r} ({param.description})",
                    hint=f"add --param {param.name}=VALUE",
                )
            continue
        raw = params[param.name]
        if param.kind == "entity":
            values[param.name] = resolve_entity(endpoint, raw, param.cls, timeout, names)
        else:
            values[param.name] = param_term(param.kind, param.name, raw)
    return values


def execute(
    endpoint: Endpoint,
    text: str,
    params: dict[str, str] | None = None,
    declared: tuple[Param, ...] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    names: Resolver | None = None,
) -> Result:
    """Run a query with its parameters bound (entity names through ``names`` when
    a whole name is not a label: see ``resolve_entity``)."""
    values = bind_values(endpoint, params or {}, declared, variables_of(text), timeout, names)
    return _run(endpoint, bind(text, values), timeout)


def run_named(
    endpoint: Endpoint,
    name: str,
    params: dict[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    names: Resolver | None = None,
) -> Result:
    query = named(name)
    return execute(endpoint, query.text, params, query.params, timeout, names)
