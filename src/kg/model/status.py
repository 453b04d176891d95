"""How the graph knows a fact: stated by a source, or derived by the reasoner."""

from __future__ import annotations

from enum import StrEnum


class FactStatus(StrEnum):
    """A fact's status, from the named graph that holds it.

    A string enum: its values are what exports, views and JSON show."""

    ASSERTED = "asserted"
    """In the asserted graph or an imported data set: a source states it."""
    INFERRED = "inferred"
    """In the inferred graph only: the rules or HermiT derived it."""
