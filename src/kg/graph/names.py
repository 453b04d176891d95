"""Entities by name: every label and altLabel of the node table in one Arrow
column, searched by scans (exact, case-insensitive; the start of a word; close
names for a hint) without a dictionary of half a million names."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model.namespaces import ID
from ..sparql.library import entity_iri, shorten
from .columns import Strings
from .tables import Tables

CLOSE_NAMES = 5
"""Close names a hint offers for a name no entity has."""
CLOSE_CANDIDATES = 20_000
"""Names compared with difflib at most (those sharing a word with the name)."""


def id_name(iri: str) -> str:
    """The name by which commands take an entity: ``id:icews/actor/x`` (with the
    slashes of imported ids, which SPARQL's prefixed names do not allow)."""
    base = str(ID)
    return f"id:{iri[len(base) :]}" if iri.startswith(base) else shorten(iri)


@dataclass(frozen=True)
class Names:
    """Every name (labels, then other names) in lower case and as written, with
    the id of its node."""

    lower: Any
    written: Any
    owners: npt.NDArray[np.int32]

    @classmethod
    def of(cls, tables: Tables) -> Names:
        import pyarrow as pa
        import pyarrow.compute as pc

        labels = tables.labels
        arrow = labels.arrow if isinstance(labels, Strings) else pa.array(list(labels), pa.string())
        written = pa.concat_arrays(
            [arrow.cast(pa.string()), pa.array(tables.alt_name, pa.string())]
        )
        owners = np.concatenate(
            [np.arange(len(arrow), dtype=np.int32), tables.alt_node.astype(np.int32)]
        )
        return cls(pc.utf8_lower(written), written, owners)

    def _owners(self, mask: Any) -> list[int]:
        """The distinct ids of the nodes whose names ``mask`` selects, in id order."""
        rows = np.flatnonzero(mask.fill_null(False).to_numpy(zero_copy_only=False))
        found: list[int] = np.unique(self.owners[rows]).tolist()
        return found

    def exact(self, text: str) -> list[int]:
        import pyarrow.compute as pc

        needle = text.lower()
        return self._owners(pc.equal(self.lower, needle)) if needle else []

    def starting(self, text: str) -> list[int]:
        """The nodes with a name that starts with ``text`` or has a word that does."""
        import pyarrow.compute as pc

        needle = text.lower()
        if not needle:
            return []
        lower = self.lower
        return self._owners(
            pc.or_(pc.starts_with(lower, needle), pc.match_substring(lower, f" {needle}"))
        )

    def close(self, text: str, n: int = CLOSE_NAMES) -> list[tuple[str, int]]:
        """Names like ``text`` (for an id: its last part, dashes as spaces) as written,
        each with its node's id: among the names that share a word with it."""
        import pyarrow.compute as pc

        iri = entity_iri(text)
        wanted = iri.value.rstrip("/").rsplit("/", 1)[-1].replace("-", " ") if iri else text
        wanted = wanted.lower()
        # The longest words (each a scan of every name).
        words = sorted((w for w in re.split(r"[\W_]+", wanted) if len(w) >= 3), key=len)[-2:]
        if not words or not len(self.lower):
            return []
        mask = pc.match_substring(self.lower, words[0])
        for word in words[1:]:
            mask = pc.or_(mask, pc.match_substring(self.lower, word))
        rows = np.flatnonzero(mask.fill_null(False).to_numpy(zero_copy_only=False))
        rows = rows[:CLOSE_CANDIDATES]
        first: dict[str, int] = {}
        for name, row in zip(self.lower.take(rows).to_pylist(), rows.tolist(), strict=True):
            first.setdefault(name, row)
        close = difflib.get_close_matches(wanted, list(first), n=n, cutoff=0.5)
        return [(self.written[first[c]].as_py(), int(self.owners[first[c]])) for c in close]


__all__ = ["CLOSE_NAMES", "Names", "id_name"]
