"""``kg serve``: the built store as a SPARQL 1.1 Protocol endpoint, served by the
real Oxigraph server (``pip install oxigraph``).

The server never opens the build's own store folder: it serves a snapshot
(``Store.backup``, hard links on the same disk), so a new ``kg build`` can swap
the build folder while the server runs, and no second process ever writes to a
folder the server reads.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import EnvironmentProblem, UsageError
from .store import STORE_DIR


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise EnvironmentProblem(
            "the Oxigraph server is not installed",
            hint="pip install oxigraph (it is a dependency of kg: reinstall with `make build`)",
        )
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _sweep(parent: Path, name: str) -> None:
    """Remove snapshots left by servers that were killed."""
    for folder in parent.glob(f".{name}.serve-*"):
        pid = folder.name.split("serve-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)


def _die_with_parent() -> None:
    """In the server process: be killed when kg dies, even by SIGKILL (Linux)."""
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def snapshot(build_dir: Path) -> Path:
    """A private copy of the build's store, next to the build folder."""
    _sweep(build_dir.absolute().parent, build_dir.name)
    source = build_dir / STORE_DIR
    if not (source / "CURRENT").is_file():
        raise UsageError(f"no built store at {source}", hint="run `kg build` first")
    target = build_dir.absolute().parent / f".{build_dir.name}.serve-{os.getpid()}-{time.time_ns()}"
    ox.Store.read_only(str(source)).backup(str(target))
    return target


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    folder: Path

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def _wait_ready(server: Server, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    probe = server.query_url + "?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise EnvironmentProblem(
                f"the Oxigraph server stopped at once (exit {server.process.returncode})",
                hint="is the port already in use? try another --port",
            )
        with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=2):
            return
        time.sleep(0.1)
    server.stop()
    raise EnvironmentProblem("the Oxigraph server did not start in time", hint="try again")


def start(
    build_dir: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: int = 30,
    writable: bool = False,
    *,
    quiet: bool = True,
) -> Server:
    """Start the Oxigraph server over a snapshot of the build; returns once it answers."""
    folder = snapshot(build_dir)
    mode = "serve" if writable else "serve-read-only"
    command = [
        oxigraph_binary(),
        mode,
        "--location",
        str(folder),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout_s),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        preexec_fn=_die_with_parent,
    )
    shown_host = f"[{host}]" if ":" in host else host
    server = Server(f"http://{shown_host}:{port}", process, folder)
    try:
        _wait_ready(server, 20)
    except BaseException:
        server.stop()
        raise
    return server
