"""Reasoning: which reasoner a build runs (``Reasoner``), the rules (``rules``),
the engine that closes a store under them (``engine``), the one-atom rules in
Python (``closure``), HermiT (``hermit``) and what a build derives (``inference``)."""

from __future__ import annotations

import enum


class Reasoner(enum.Enum):
    """What derives the facts of a build besides the hierarchy closure and the
    named rules in ``kg/rules``. The value is the label in the manifest and output."""

    HERMIT = "HermiT"
    """OWL 2 DL through HermiT (needs Java); the rules close over its entailments."""
    RULES = "OWL RL rules"
    """OWL RL rules generated from the ontology, run inside Oxigraph."""
    NONE = "rules only"
    """No OWL reasoning (``kg build --no-reason``)."""

    @property
    def label(self) -> str:
        return str(self.value)


__all__ = ["Reasoner"]
