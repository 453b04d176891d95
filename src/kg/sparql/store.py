"""The embedded Oxigraph store of a build (``build/store``).

One writer per folder, ever: a store is written once, inside a staging folder,
before the build is swapped into place; afterwards it is only opened read-only.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import UsageError

STORE_DIR = "store"


def write(path: Path, nquads: bytes) -> None:
    """Create a new store at ``path`` holding the given N-Quads."""
    store = ox.Store(str(path))
    store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store


def open_read_only(build_dir: Path) -> ox.Store:
    """Open the store of a finished build for reading."""
    path = build_dir / STORE_DIR
    if not path.is_dir():
        raise UsageError(
            f"no built store at {path}",
            hint="run `kg build` first (or pass the folder of another build)",
        )
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise UsageError(
            f"cannot open the store at {path}: {exc}",
            hint="rebuild it with `kg build`",
        ) from exc
