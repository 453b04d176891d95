"""Progress of long work (import, build, index, layout), reported to whoever asks.

The library never prints: its long functions take a ``progress`` object and tell
it which stage they are in and how far it got; the CLI passes one that draws a
bar on a terminal (``kg/cli/progress.py``), a notebook or a test may pass its
own, and the default is :data:`QUIET`, which does nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Progress(Protocol):
    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage begins (the previous one is over); ``total``: how many units
        its advances will add up to, when known."""

    def advance(self, n: int = 1) -> None:
        """``n`` more units of the current stage are done."""


class Quiet:
    """Reports nothing: the default."""

    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


QUIET: Progress = Quiet()


@dataclass
class Recorder:
    """Keeps what was reported: the stages in order, with the units each advanced
    (for tests, and for callers that report progress their own way)."""

    stages: list[tuple[str, int | None]] = field(default_factory=list)
    done: dict[str, int] = field(default_factory=dict)

    def stage(self, name: str, total: int | None = None) -> None:
        self.stages.append((name, total))
        self.done.setdefault(name, 0)

    def advance(self, n: int = 1) -> None:
        name = self.stages[-1][0] if self.stages else ""
        self.done[name] = self.done.get(name, 0) + n

    def names(self) -> list[str]:
        return [name for name, _ in self.stages]


__all__ = ["QUIET", "Progress", "Quiet", "Recorder"]
