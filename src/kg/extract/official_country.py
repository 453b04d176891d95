"""A person officials.csv lists takes the table's countries (session 20,
kg.extract.officials): the last word on a person's country before the guess."""

from __future__ import annotations

from .findings import Findings
from .officials import Officials


def apply_listed(officials: Officials, findings: Findings) -> None:
    """Give each person the table lists the first of the table's countries where
    the rules read none of them, and no guess to staff of an international body;
    ``Person.listed`` marks whom the table changed."""
    if not officials:
        return
    for person in findings.persons:
        listed = officials.get(person.name)
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
