"""Progress bars on a terminal (tqdm, on stderr), none when stderr is not one:
piped or captured output stays the command's own."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from ..progress import QUIET, Progress


class Bars:
    """One tqdm bar per stage; a stage without a total counts without a bar."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: Any = None

    def stage(self, name: str, total: int | None = None) -> None:
        from tqdm import tqdm

        self.close()
        self.bar = tqdm(
            total=total,
            desc=name,
            file=self.stream,
            leave=False,
            unit_scale=True,
            dynamic_ncols=True,
            # No bar between updates more often than this: millions of advances stay cheap.
            mininterval=0.2,
        )

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@contextlib.contextmanager
def terminal_progress(stream: TextIO | None = None) -> Iterator[Progress]:
    """Bars on ``stream`` (stderr) if it is a terminal; otherwise quiet."""
    stream = sys.stderr if stream is None else stream
    if not stream.isatty():
        yield QUIET
        return
    bars = Bars(stream)
    try:
        yield bars
    finally:
        bars.close()


__all__ = ["Bars", "terminal_progress"]
