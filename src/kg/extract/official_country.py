"""A person officials.csv lists takes the table's countries (session 20,
kg.extract.officials): the last word on a person's country before the guess."""

from __future__ import annotations

from .findings import Findings
from .officials import Listed, Officials
from .spelling import alike, near_spellings


def apply_listed(officials: Officials, findings: Findings) -> None:
    """Give each person the table lists the first of the table's countries where
    the rules read none of them, and no guess to staff of an international body;
    ``Person.listed`` marks whom the table changed."""
    if not officials:
        return
    for person in findings.persons:
        listed = officials.get(person.name) or _written_otherwise(officials, person.name)
        if listed is None:
            continue
        if not listed.countries:
            # Staff of an international body: no guess. A country the text gives
            # stays: such staff were their country's officers before (on tune46,
            # clearing it was right once and wrong three times).
            if not person.country:
                person.listed = listed.readings
        elif person.country not in listed.countries:
            person.country, person.listed = listed.countries[0], listed.readings


def _written_otherwise(officials: Officials, name: str) -> Listed | None:
    """The one official the table lists under a fuller form of the name ('Akufo-
    Addo' for Nana Akufo-Addo) or under a spelling one letter or two vowels away
    ('Abdelkarin' for 'Abdelkarim'; ``spelling``), where every such official has
    the same countries (session 32); else None."""
    words = officials.key(name).split()
    if not words:
        return None
    found = [
        entry
        for listed, entry in officials.with_surname(words[-1])
        if listed[-len(words) :] == words or alike(listed, words) or near_spellings(listed, words)
    ]
    return found[0] if found and len({e.countries for e in found}) == 1 else None
