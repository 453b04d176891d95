"""The embedded store of a build, queried through a worker process that keeps it
open, so that a query past its time limit can be stopped for real."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import EnvironmentProblem, QueryError, QueryTimeout, UsageError
from .library import (
    DEFAULT_TIMEOUT,
    Result,
    query_form,
    result_from_json,
    result_from_ntriples,
    result_from_tsv,
)
from .worker import serve_queries


def syntax_error(message: str) -> QueryError:
    match = re.search(r"error at (\d+):(\d+): (.*)", message, re.S)
    if match:
        line, column, what = match.groups()
        return QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {what.strip()}",
            hint="correct the query; PREFIX lines for kg, id, rdfs... are added if missing",
        )
    return QueryError(f"SPARQL syntax error: {message.strip()}", hint="correct the query")


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
            raise syntax_error(payload)
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
