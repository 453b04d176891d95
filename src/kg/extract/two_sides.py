"""Session 16 (persons' countries): the other of two. In an article that names
exactly two countries, a person the rules left without a country who met or
signed with somebody of one of them is of the other ('Brigadier X, who commands
the Ruritanian army, received General A'; Freedonia named once further on: A is
Freedonian). Measured on the 345 scored real articles of sessions 14-15, before
the rule: 11 of the 12 persons it reaches hold a post of the other country by the
gold; the twelfth was on a visit to the other country, so a person the text
sends there is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import give_home
from .body_staff import serves_body

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def _met_countries(findings: Findings, person: Person) -> set[str]:
    """The countries of those the person met or signed with."""
    groups = [[*m.participants, *(p for p, _ in m.joined)] for m in findings.meetings]
    groups += [s.signatories for s in findings.signed]
    return {
        other.country
        for group in groups
        if any(p is person for p in group)
        for other in group
        if other is not person and other.country
    }


def other_of_two(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each person with no country, who met or signed only with persons of one
    of the article's two named countries, the other one; not a person the text
    sends to that other country, nor staff of an international body
    (kg.extract.body_staff)."""
    named = {c for c in findings.named_countries if c}
    if len(named) != 2:
        return
    for person in findings.persons:
        if person.country:
            continue
        met = _met_countries(findings, person)
        if len(met) != 1 or not met <= named:
            continue
        (own,) = named - met
        # The titles' scan of serves_body last: it reads every sentence again.
        if own not in person.away and not serves_body(gaz, docs, person):
            give_home(person, own)
