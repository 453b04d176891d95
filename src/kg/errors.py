"""Typed errors. Library code raises these; only the CLI prints and exits.

Exit codes: 0 ok, 1 data problems, 2 usage errors, 3 environment problems
(such as no Java for the reasoner). Each class's base gives its exit code::

    KgError
    ├── DataError (1)            the curated data or another input is wrong
    │   ├── ValidationFailed     every problem found, each at path:line
    │   └── ReasoningError       inconsistent with the ontology; a rule that cannot run
    ├── UsageError (2)           bad option, missing build, bad query
    │   ├── QueryError           syntax error, unknown query or parameter
    │   ├── QueryTimeout         past the time limit
    │   └── AmbiguousEntity      a name that fits several entities
    └── EnvironmentProblem (3)   something the machine lacks
        └── BuildLocked          another process writes the same build
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in the data, located at ``path:line``."""

    path: str
    line: int
    message: str
    hint: str = ""
    warning: bool = False
    """A warning (a probable duplicate, a conflict between sources) does not stop a build;
    ``kg validate --strict`` fails on it."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {'warning: ' if self.warning else ''}{self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


class KgError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1

    def __init__(
        self, message: str, *, path: str | Path | None = None, line: int = 0, hint: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


class DataError(KgError):
    """The curated data or another input file is wrong (exit 1)."""


class ValidationFailed(DataError):
    """Validation found problems; all of them are in ``problems``."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.message))
        super().__init__(f"{len(self.problems)} problem(s) in the curated data")


class ReasoningError(DataError):
    """The reasoner found the ontology plus data inconsistent (exit 1)."""


class UsageError(KgError):
    """The command was called wrongly: bad option, missing build, bad query (exit 2)."""

    exit_code = 2


class QueryError(UsageError):
    """A query that cannot run: syntax error, unknown name or parameter (exit 2)."""


class QueryTimeout(UsageError):
    """The query ran past its time limit (exit 2: change the query or the limit)."""


class AmbiguousEntity(UsageError):
    """A name matched more than one entity (exit 2: name one of them by id)."""

    def __init__(self, text: str, candidates: list[tuple[str, str, str]]) -> None:
        listed = "; ".join(f"{i} ({label}, {cls})" for i, label, cls in candidates)
        super().__init__(
            f"{text!r} matches {len(candidates)} entities: {listed}",
            hint="pass one of these ids, or more of the name",
        )
        self.candidates = candidates


class EnvironmentProblem(KgError):
    """Something the machine lacks, such as Java for HermiT (exit 3)."""

    exit_code = 3


class BuildLocked(EnvironmentProblem):
    """Another build is writing to the same output folder (exit 3: wait, or use another)."""
