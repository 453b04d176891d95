"""The columns of the graph index as read from Parquet: string columns kept as
Arrow arrays until a command reads them whole, and dictionary-encoded columns as
numbers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int32]


class Strings(Sequence[str]):
    """A string column of the node table as read from Parquet: a value by position
    is looked up in the Arrow array; the Python list is made on first iteration
    (a projection reads every value, a path a few)."""

    def __init__(self, column: Any) -> None:
        import pyarrow as pa

        self.arrow: Any = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        self._list: list[str] | None = None

    def __len__(self) -> int:
        return len(self.arrow)

    def __getitem__(self, i: Any) -> Any:
        if self._list is not None or isinstance(i, slice):
            return self.tolist()[i]
        return self.arrow[int(i)].as_py() or ""

    def __iter__(self) -> Iterator[str]:
        return iter(self.tolist())

    def tolist(self) -> list[str]:
        if self._list is None:
            import pyarrow as pa

            if pa.types.is_dictionary(self.arrow.type):
                self._list = dictionary_strings(self.arrow)
            else:
                self._list = [v or "" for v in self.arrow.to_pylist()]
        return self._list

    def codes(self) -> tuple[list[str], IntArray]:
        """The distinct values and each row's number (a dictionary column's own)."""
        return dictionary_codes(self.arrow)


def as_list(values: Sequence[str]) -> list[str]:
    """A node column as a Python list (for loops over every node: indexing a
    ``Strings`` costs a method call per value)."""
    return values.tolist() if isinstance(values, Strings) else list(values)


def dictionary_strings(column: Any) -> list[str]:
    """A dictionary-encoded column as Python strings that share one object per value."""
    names, codes = dictionary_codes(column)
    return [names[c] for c in codes.tolist()]


def dictionary_codes(column: Any, names: list[str] | None = None) -> tuple[list[str], IntArray]:
    """The values and codes of a (dictionary-encoded) column, as one array."""
    import pyarrow as pa

    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    dictionary: list[str] = list(names or [])
    position = {n: i for i, n in enumerate(dictionary)}
    parts: list[IntArray] = []
    for chunk in chunks:
        if not pa.types.is_dictionary(chunk.type):
            chunk = chunk.dictionary_encode()
        local = chunk.dictionary.to_pylist()
        remap = np.asarray([position.setdefault(v, len(position)) for v in local] or [0], np.int32)
        for v in local:
            if v not in dictionary:
                dictionary.append(v)
        codes = chunk.indices.to_numpy(zero_copy_only=False).astype(np.int32)
        parts.append(remap[codes] if len(codes) else codes)
    joined = np.concatenate(parts) if parts else np.zeros(0, np.int32)
    return dictionary, joined.astype(np.int32)


__all__ = ["IntArray", "Strings", "as_list", "dictionary_codes", "dictionary_strings"]
