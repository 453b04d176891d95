"""The query worker: a process that opens a build's store once and answers
queries until its parent closes the pipe (or kills it, at a time limit).

``LocalStore`` forks it, or starts it as ``python -m kg.sparql.worker STORE FD``
when the calling process is large (see ``local.SPAWN_ABOVE``)."""

from __future__ import annotations

import sys
import traceback
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox


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


if __name__ == "__main__":
    serve_queries(sys.argv[1], Connection(int(sys.argv[2])))
