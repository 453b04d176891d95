"""A remote SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, Virtuoso,
GraphDB, QLever...): queries, updates, and uploading a build to it."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import QueryError, QueryTimeout, UsageError
from ..progress import QUIET, Progress
from .library import DEFAULT_TIMEOUT, Result, query_form, result_from_json, result_from_ntriples
from .local import syntax_error
from .store import open_read_only


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
                raise syntax_error(detail) from exc
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


def upload(
    target: RemoteEndpoint, build_dir: Path, batch: int = 2000, progress: Progress = QUIET
) -> dict[str, int]:
    """Replace each named graph of a build's store in a remote store, by SPARQL 1.1
    Update (works with any Query+Update server): the curated graphs and the graph
    of every imported data set, streamed from the store in requests of ``batch``
    triples. Returns the triples sent per graph."""
    store = open_read_only(build_dir)
    progress.stage("upload", len(store))
    sent: dict[str, int] = {}
    for graph in sorted(store.named_graphs(), key=lambda g: g.value):
        if not isinstance(graph, ox.NamedNode):
            continue
        target.update(f"DROP SILENT GRAPH {graph}")
        # Blank nodes are scoped to one request, so their triples travel together,
        # as a template: Virtuoso refuses blank nodes in INSERT DATA.
        with_blank: list[str] = []
        chunk: list[str] = []
        count = 0
        for quad in store.quads_for_pattern(None, None, None, graph):
            line = f"{quad.subject} {quad.predicate} {quad.object} ."
            count += 1
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                with_blank.append(line)
                continue
            chunk.append(line)
            if len(chunk) == batch:
                _insert(target, graph, chunk, progress)
                chunk = []
        if chunk:
            _insert(target, graph, chunk, progress)
        if with_blank:
            body = "\n".join(with_blank)
            target.update(f"INSERT {{ GRAPH {graph} {{\n{body}\n}} }} WHERE {{}}")
            progress.advance(len(with_blank))
        sent[graph.value] = count
    return sent


def _insert(
    target: RemoteEndpoint, graph: ox.NamedNode, lines: list[str], progress: Progress
) -> None:
    body = "\n".join(lines)
    target.update(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
    progress.advance(len(lines))
