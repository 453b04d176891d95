"""kg: a knowledge graph of state actors.

The public API::

    import kg
    result = kg.build(Path("data"), Path("build"))   # validate, reason, store
    curated = kg.validate(Path("data"))               # raises kg.ValidationFailed
    graph = kg.load()                                  # the last build
    graph.query("meetings", person="Zakir Hasanov")    # a pandas DataFrame
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousEntity,
    BuildLocked,
    DataError,
    EnvironmentProblem,
    KgError,
    Problem,
    QueryError,
    QueryTimeout,
    ReasoningError,
    UsageError,
    ValidationFailed,
)
from .version import __version__

if TYPE_CHECKING:
    from .api import Entity, KnowledgeGraph, View, build, load, to_dataframe
    from .builder.exports import BuildResult
    from .curation.validation import Curated, check, validate
    from .reasoning import Reasoner

# The stages load rdflib, pyoxigraph, networkx and pandas: import them on first use,
# so that `import kg` and `kg --version` stay fast.
_LAZY = {
    "Entity": "kg.api",
    "KnowledgeGraph": "kg.api",
    "View": "kg.api",
    "load": "kg.api",
    "to_dataframe": "kg.api",
    "build": "kg.api",
    "BuildResult": "kg.builder.exports",
    "Reasoner": "kg.reasoning",
    "Curated": "kg.curation.validation",
    "check": "kg.curation.validation",
    "validate": "kg.curation.validation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AmbiguousEntity",
    "BuildLocked",
    "BuildResult",
    "Curated",
    "DataError",
    "Entity",
    "EnvironmentProblem",
    "KgError",
    "KnowledgeGraph",
    "Problem",
    "QueryError",
    "QueryTimeout",
    "Reasoner",
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
