"""A name run on into the next person's surname (session 38).

A comma dropped after a name ('... with Nigerian Foreign Minister Geoffrey Onyeama
Blinken said ...') reads the surname of the article's other person into the name:
'Geoffrey Onyeama Blinken', who then meets Antony Blinken, a meeting of Blinken
with himself by the scorer's reading. The name is cut back where what is left is an
official officials.csv lists, the whole name is not, and the last word is the
surname of another person of the article: all three together, since a family shares
its surname ('Ram Nath Kovind', 'Savita Kovind') and a name can end in a word that
is someone else's surname by chance."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Findings
    from .gazetteer import Gazetteer


def cut_run_on_surnames(findings: Findings, gaz: Gazetteer) -> None:
    """Cut each name run on into another person's surname back to the official
    officials.csv lists."""
    officials = gaz.officials
    if not officials:
        return
    for person in findings.persons:
        words = person.name.split()
        if len(words) < 3:
            continue
        kept = " ".join(words[:-1])
        if officials.get(person.name) is not None or officials.get(kept) is None:
            continue
        others = (p for p in findings.persons if p is not person and p.name != person.name)
        if any(len(o.name.split()) >= 2 and o.name.split()[-1] == words[-1] for o in others):
            person.name = kept
