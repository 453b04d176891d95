"""kg: a knowledge graph of state actors.

The public API::

    import kg
    result = kg.build(Path("data"), Path("build"))   # validate, reason, store
    curated = kg.validate(Path("data"))               # raises kg.ValidationFailed
"""

from __future__ import annotations

__version__ = "0.1.0"

from .builder import BuildResult, build
from .errors import (
    DataError,
    EnvironmentProblem,
    KgError,
    Problem,
    ReasoningError,
    UsageError,
    ValidationFailed,
)
from .validate import Curated, check, validate

__all__ = [
    "BuildResult",
    "Curated",
    "DataError",
    "EnvironmentProblem",
    "KgError",
    "Problem",
    "ReasoningError",
    "UsageError",
    "ValidationFailed",
    "__version__",
    "build",
    "check",
    "validate",
]
