"""kg: a knowledge graph of state actors.

The public API::

    import kg
    result = kg.build(Path("data"), Path("build"))   # validate, reason, store
    curated = kg.validate(Path("data"))               # raises kg.ValidationFailed
    graph = kg.load()                                  # the last build
    graph.query("meetings", person="Zakir Hasanov")    # a pandas DataFrame
"""

from __future__ import annotations

from .api import Entity, KnowledgeGraph, View, build, load, to_dataframe
from .builder.exports import BuildResult
from .curation.validation import Curated, check, validate
from .errors import (
    DataError,
    EnvironmentProblem,
    KgError,
    Problem,
    ReasoningError,
    UsageError,
    ValidationFailed,
)
from .version import __version__

__all__ = [
    "BuildResult",
    "Curated",
    "DataError",
    "Entity",
    "EnvironmentProblem",
    "KgError",
    "KnowledgeGraph",
    "Problem",
    "ReasoningError",
    "UsageError",
    "ValidationFailed",
    "View",
    "__version__",
    "build",
    "check",
    "load",
    "to_dataframe",
    "validate",
]
