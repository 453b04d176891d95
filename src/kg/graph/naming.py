"""Entity names for SPARQL parameters from the build's graph index.

``kg query ... --param country=Chin`` names an entity by part of a name, or in
another case than its label: the store can only answer that by reading every
label (about 100 s at ICEWS 2018 size), the node table of the index in about a
second. Whole names are looked up in the store first (``resolve_entity``), so the
index is read only when they miss.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import AmbiguousEntity
from ..sparql.endpoint import Resolver
from ..sparql.local import LocalStore
from .index import Index
from .tables import index_state


def indexed_build(endpoint: Any) -> Path | None:
    """The build behind a local endpoint when it has an index of its store's
    version; else None (a remote endpoint, a bare store folder, a missing or stale
    index: reading the store would cost more than the label query)."""
    if not isinstance(endpoint, LocalStore):
        return None
    store = Path(endpoint.path)
    if store.name != "store" or index_state(store.parent) != "current":
        return None
    return store.parent


def index_resolver(endpoint: Any) -> Resolver | None:
    """``Index.resolve`` of the build behind a local endpoint when the build has a
    current index (read on first use); else None."""
    build = indexed_build(endpoint)
    if build is None:
        return None
    index: Index | None = None

    def resolve(text: str, cls: str | None) -> str:
        nonlocal index
        if index is None:
            index = Index.open(build, save=False)
        try:
            return index.resolve(text, cls)
        except AmbiguousEntity as exc:
            # Listed by id, as the store's answer lists them.
            raise AmbiguousEntity(text.strip(), sorted(exc.candidates)) from None

    return resolve


__all__ = ["index_resolver", "indexed_build"]
