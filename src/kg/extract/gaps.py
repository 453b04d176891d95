"""Trigger phrases with a gap (round 11, meetings).

A phrase of extract_phrases.csv may hold ``...``: a gap of a few words that the
phrase's own words frame ('accompanied ... by' reads 'accompanied on the visit
by', 'attended from the Omani side by'; 'present at the ... were' reads 'present
at the ceremony were'). The gap holds one to six words, none a verb of its own
clause or a conjunction, so that the phrase never spans two clauses; a word is
of letters, or the apostrophe that ends a transliterated name (round 22)."""

from __future__ import annotations

from typing import Any

GAP = "..."
# The most words a gap holds: 'present at the call together with the chief were'.
GAP_MOST = 6
# Words a gap never holds: they open a clause of their own or join two.
_NOT_IN_GAP = ["and", "or", "but", "was", "were", "is", "are", "has", "had", "have"]
_NOT_IN_GAP += ["been", "be", "who", "which", "that", "met", "said", "says", "while"]
# A word of letters, or the apostrophe that ends a name ('at Qasr Al Shati\u2019 here
# were'; round 22).
_GAP_WORD = "^(?:[^\\W\\d_]+|['\u2019])$"


def gapped(phrase: str) -> list[dict[str, Any]] | None:
    """The token pattern of a phrase with a gap; None for a phrase without one."""
    if GAP not in phrase.split():
        return None
    pattern: list[dict[str, Any]] = []
    for word in phrase.split():
        if word == GAP:
            gap = {"TEXT": {"REGEX": _GAP_WORD}, "LOWER": {"NOT_IN": _NOT_IN_GAP}}
            pattern.append({**gap, "OP": f"{{1,{GAP_MOST}}}"})
        else:
            pattern.append({"LOWER": word.lower()})
    return pattern
