"""Where the bundled ontology, rules and reference data live.

From a source checkout (editable install) they are the repository's own
``ontology/`` and ``data/`` folders; a wheel carries copies under ``kg/_bundled``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_BUNDLED = _PACKAGE / "_bundled"
_REPO = _PACKAGE.parent.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[-1]


def ontology_dir() -> Path:
    return _first_existing(_BUNDLED / "ontology", _REPO / "ontology")


def ontology_file() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def rules_dir() -> Path:
    return _PACKAGE / "reasoning" / "rules"


def bundled_data_dir() -> Path:
    """The project's own data folder (curated seed and reference tables)."""
    return _first_existing(_BUNDLED / "data", _REPO / "data")


def reference_dir(data_dir: Path | None = None) -> Path:
    """``DATA/reference`` when the data folder has one, else the bundled tables."""
    if data_dir is not None and (data_dir / "reference").is_dir():
        return data_dir / "reference"
    return bundled_data_dir() / "reference"
