"""The spellings in which a row of rank_abbreviations.csv is matched (moved out of
kg.extract.gazetteer in session 30, which added the one with only the last dot)."""

from __future__ import annotations


def rank_spellings(abbreviation: str) -> set[str]:
    """'Lt. Gen.' is also written 'Lt. Gen', 'Lt Gen', 'Lt Gen.', 'Lt-Gen' and 'Lt.-Gen.'."""
    words = abbreviation.split()
    bare = [w.rstrip(".") for w in words]
    # The last dot is often left out ('Sen. Lieut. Gen Nguyen').
    found = {abbreviation, abbreviation.rstrip("."), " ".join(bare), "-".join(bare)}
    if len(words) > 1:
        found.add("-".join(words))
        found.add("-".join([*bare[:-1], words[-1]]))  # 'Lt-Gen.'
        found.add(" ".join([*bare[:-1], words[-1]]))  # 'Maj Gen. (r) A' (session 30)
    return found
