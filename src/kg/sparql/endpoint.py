"""Where queries run: the embedded store of a build, or a remote SPARQL 1.1
endpoint (Oxigraph server, Fuseki, Virtuoso, GraphDB, QLever...)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import traceback
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from ..errors import AmbiguousEntity, EnvironmentProblem, QueryError, QueryTimeout, UsageError
from ..model.namespaces import KG, PREFIXES
from ..model.ontology import vocabulary
from .library import (
    RESOLVE,
    Param,
    Result,
    Term,
    bind,
    entity_iri,
    library,
    literal,
    named,
    query_form,
    result_from_json,
    result_from_ntriples,
    result_from_tsv,
    shorten,
    variables_of,
)

DEFAULT_TIMEOUT = 60.0


class Endpoint(Protocol):
    @property
    def description(self) -> str: ...

    def run(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result: ...


def _syntax_error(message: str) -> QueryError:
    match = re.search(r"error at (\d+):(\d+): (.*)", message, re.S)
    if match:
        line, column, what = match.groups()
        return QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {what.strip()}",
            hint="correct the query; PREFIX lines for kg, id, rdfs... are added if missing",
        )
    return QueryError(f"SPARQL syntax error: {message.strip()}", hint="correct the query")


def _answer(store: ox.Store, text: str) -> tuple[str, Any]:
    try:
        result = store.query(text, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            payload = result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        elif isinstance(result, ox.QuerySolutions):
            payload = result.serialize(format=ox.QueryResultsFormat.TSV) or b""
        else:
            payload = result.serialize(format=ox.QueryResultsFormat.JSON) or b""
        return ("ok", payload)
    except SyntaxError as exc:
        return ("syntax", str(exc))
    except Exception as exc:  # reported to the parent, which raises a typed error
        return ("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")


def serve_queries(store_path: str, conn: Connection) -> None:
    """A worker process: opens the store once, then answers queries until its
    parent closes the pipe (or kills it, at a time limit)."""
    try:
        store = ox.Store.read_only(store_path)
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        conn.close()
        return
    conn.send(("ready", b""))
    while True:
        try:
            text = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, text))


SPAWN_ABOVE = 256 << 20
"""Above this resident size, the query worker is a fresh interpreter, not a fork.

A worker forked from a process holding an in-memory Oxigraph store of 1.9M
quads (a notebook, the benchmark) ran queries three to five times slower than
one forked from the CLI (about 60 MiB). A fresh interpreter costs about 0.3 s,
once per store."""


class _Launched:
    """A worker started as ``python -m kg.sparql.worker``, with the methods of a Process."""

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self.popen = popen

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        self.popen.kill()

    def join(self) -> None:
        self.popen.wait()


def _launch(path: Path) -> tuple[_Launched, Connection]:
    # Not multiprocessing's spawn: it would run the caller's __main__ again.
    ours, theirs = socket.socketpair()
    popen = subprocess.Popen(
        [sys.executable, "-m", "kg.sparql.worker", str(path), str(theirs.fileno())],
        pass_fds=(theirs.fileno(),),
        stdin=subprocess.DEVNULL,
    )
    theirs.close()
    return _Launched(popen), Connection(ours.detach())


def resident_bytes() -> int:
    """This process's resident memory (Linux; 0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


@dataclass
class LocalStore:
    """The read-only embedded store of a build. Queries run in a worker process
    that keeps the store open, so a query past its time limit can be stopped for
    real (the worker is killed, and the next query starts a new one)."""

    path: Path
    _worker: Any = field(default=None, repr=False, compare=False)
    _conn: Any = field(default=None, repr=False, compare=False)
    _opened: tuple[int, int] | None = field(default=None, repr=False, compare=False)
    _asked: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    """ASK answers (does this entity exist?) of the store the worker has open."""

    @property
    def description(self) -> str:
        return str(self.path)

    def _identity(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return (info.st_ino, info.st_dev)

    def close(self) -> None:
        if self._worker is not None:
            if self._worker.is_alive():
                self._worker.kill()
            self._worker.join()
            self._conn.close()
        self._worker = self._conn = self._opened = None
        self._asked.clear()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def _start(self) -> None:
        process: Any
        if resident_bytes() > SPAWN_ABOVE:
            process, parent = _launch(self.path)
        else:
            context = multiprocessing.get_context("fork")
            parent, child = context.Pipe(duplex=True)
            process = context.Process(
                target=serve_queries, args=(str(self.path), child), daemon=True
            )
            process.start()
            child.close()
        self._worker, self._conn, self._opened = process, parent, self._identity()
        try:
            status, payload = parent.recv()
        except EOFError as exc:
            self.close()
            raise EnvironmentProblem("the query worker died", hint="run the query again") from exc
        if status == "error":
            self.close()
            first = str(payload).splitlines()[0]
            raise UsageError(f"cannot open the store {self.path}: {first}", hint="run kg build")

    def run(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
        form = query_form(text)
        if self._worker is not None and (
            not self._worker.is_alive() or self._identity() != self._opened
        ):
            self.close()  # dead, or the build was replaced since it opened the store
        if form == "ASK" and text in self._asked:
            return Result("ask", boolean=self._asked[text])
        if self._worker is None:
            self._start()
        try:
            self._conn.send(text)
            if not self._conn.poll(timeout):
                self.close()
                raise QueryTimeout(
                    f"the query ran past its time limit of {timeout:g} s and was stopped",
                    hint="make it more specific (fewer unbound patterns, a LIMIT)"
                    " or allow more time with --timeout",
                )
            status, payload = self._conn.recv()
        except (EOFError, BrokenPipeError) as exc:
            self.close()
            raise EnvironmentProblem("the query worker died", hint="run the query again") from exc
        if status == "syntax":
            raise _syntax_error(payload)
        if status == "error":
            first = payload.splitlines()[0]
            raise QueryError(f"the query failed: {first}", hint="check the query")
        if form in ("CONSTRUCT", "DESCRIBE"):
            return result_from_ntriples(payload)
        if form == "SELECT":
            return result_from_tsv(payload)
        result = result_from_json(payload)
        if form == "ASK":
            # A parameter's entity is looked up before each query; the build does not
            # change under an open worker (a replaced store restarts it).
            self._asked[text] = bool(result.boolean)
        return result


@dataclass
class RemoteEndpoint:
    """A SPARQL 1.1 Protocol endpoint: queries to ``query_url``, updates to ``update_url``."""

    query_url: str
    update_url: str

    @property
    def description(self) -> str:
        return self.query_url

    def _post(self, url: str, field: str, text: str, accept: str, timeout: float) -> bytes:
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        request = urllib.request.Request(url, data=data, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body: bytes = response.read()
                return body
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()
            if exc.code == 400 and "error at" in detail:
                raise _syntax_error(detail) from exc
            if exc.code in (401, 403, 405):
                raise UsageError(
                    f"{url} refused the request (HTTP {exc.code}): {detail[:200]}",
                    hint="the endpoint is read-only or needs credentials",
                ) from exc
            raise QueryError(
                f"{url} answered HTTP {exc.code}: {detail[:300]}", hint="check the query"
            ) from exc
        except TimeoutError as exc:
            raise QueryTimeout(
                f"{url} did not answer within {timeout:g} s",
                hint="make the query more specific or allow more time with --timeout",
            ) from exc
        except urllib.error.URLError as exc:
            raise UsageError(
                f"cannot reach the SPARQL endpoint {url}: {exc.reason}",
                hint="check the URL and that the server is running",
            ) from exc

    def run(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
        form = query_form(text)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return result_from_ntriples(
                self._post(self.query_url, "query", text, "application/n-triples", timeout)
            )
        body = self._post(self.query_url, "query", text, "application/sparql-results+json", timeout)
        return result_from_json(body)

    def update(self, text: str, timeout: float = 600.0) -> None:
        self._post(self.update_url, "update", text, "*/*", timeout)


def remote(url: str, update_url: str | None = None) -> RemoteEndpoint:
    """An endpoint from a URL. A bare server URL gets Oxigraph's /query and /update;
    a URL ending in /query gets the sibling /update; any other URL is used for both."""
    parsed = urllib.parse.urlparse(url)
    if parsed.path in ("", "/"):
        base = url.rstrip("/")
        return RemoteEndpoint(base + "/query", update_url or base + "/update")
    if parsed.path.endswith("/query"):
        return RemoteEndpoint(url, update_url or url[: -len("query")] + "update")
    return RemoteEndpoint(url, update_url or url)


def is_url(text: str) -> bool:
    return bool(re.match(r"^https?://", text))


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


def resolve_entity(
    endpoint: Endpoint, text: str, cls: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> ox.NamedNode:
    """An id (``zakir-hasanov``, ``country:AZ``, an IRI) or a label ("Zakir Hasanov",
    "Hasanov") to the entity's IRI, optionally of one kg class.
    Raises AmbiguousEntity or QueryError."""
    iri = entity_iri(text.strip())
    if iri is not None:
        exists = _run(endpoint, f"ASK {{ {iri} ?p ?o }}", timeout)
        if exists.boolean:
            return iri
    values: dict[str, Term] = {"text": ox.Literal(text.strip())}
    if cls:
        values["cls"] = ox.NamedNode(str(KG[cls]))
    found = _run(endpoint, bind(RESOLVE, values), timeout)
    entities: dict[str, tuple[str, str, bool]] = {}
    for entity, label, entity_cls, name in found.rows:
        assert entity is not None and label is not None
        is_exact = name is not None and name.value.casefold() == text.strip().casefold()
        short_cls = shorten(entity_cls.value).removeprefix("kg:") if entity_cls else "?"
        _, _, was_exact = entities.get(entity.value, ("", "", False))
        entities[entity.value] = (label.value, short_cls, was_exact or is_exact)
    exact = {k: v for k, v in entities.items() if v[2]}
    candidates = exact or entities
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


def _guess_term(name: str, value: str) -> Term:
    """A value for an ad-hoc query: <iri> or prefix:local -> IRI, a date -> xsd:date,
    anything else -> a plain string."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    iri = entity_iri(value) if ":" in value else None
    if iri is not None:
        return iri
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return literal("date", name, value)
    return ox.Literal(value)


def bind_values(
    endpoint: Endpoint,
    params: dict[str, str],
    declared: tuple[Param, ...] | None,
    variables: set[str],
    timeout: float,
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
            values[param.name] = resolve_entity(endpoint, raw, param.cls, timeout)
        else:
            values[param.name] = literal(param.kind, param.name, raw)
    return values


def execute(
    endpoint: Endpoint,
    text: str,
    params: dict[str, str] | None = None,
    declared: tuple[Param, ...] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Result:
    """Run a query with its parameters bound."""
    values = bind_values(endpoint, params or {}, declared, variables_of(text), timeout)
    return _run(endpoint, bind(text, values), timeout)


def run_named(
    endpoint: Endpoint,
    name: str,
    params: dict[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Result:
    query = named(name)
    return execute(endpoint, query.text, params, query.params, timeout)


def upload(target: RemoteEndpoint, nquads: Path, batch: int = 5000) -> int:
    """Replace each named graph of a build in a remote store, by SPARQL 1.1 Update
    (works with any Query+Update server). Returns the number of triples sent."""
    graphs: dict[str, list[str]] = {}
    for line in nquads.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        body, _, graph = line.rstrip(" .").rpartition(" <")
        graphs.setdefault(graph.rstrip(">"), []).append(body + " .")
    sent = 0
    for graph, lines in graphs.items():
        target.update(f"DROP SILENT GRAPH <{graph}>")
        # Blank nodes are scoped to one request, so their triples travel together.
        with_blank = [t for t in lines if "_:" in t]
        plain = [t for t in lines if "_:" not in t]
        chunks = [with_blank] if with_blank else []
        chunks += [plain[i : i + batch] for i in range(0, len(plain), batch)]
        for chunk in chunks:
            target.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(chunk) + "\n} }")
            sent += len(chunk)
    return sent
