"""A person officials.csv lists takes the table's countries (session 20,
kg.extract.officials): the last word on a person's country before the guess."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .officials import Listed, Officials
from .ranked_home import title_countries
from .spelling import alike, near_spellings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def apply_listed(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each person the table lists the first of the table's countries where
    the rules read none of them, and no guess to staff of an international body;
    ``Person.listed`` marks whom the table changed. One the text titles as a body's
    staff ('NATO Secretary-General A', 'EU foreign policy chief B') serves no
    country, whatever post the table knows the person from (session 34: a former
    prime minister now at NATO)."""
    officials = gaz.officials
    if not officials:
        return
    for person in findings.persons:
        listed = officials.get(person.name) or _written_otherwise(officials, person.name)
        if listed is None:
            continue
        if listed.countries and not person.country and _titled_by_body(gaz, docs, person):
            continue
        if not listed.countries:
            # Staff of an international body: no guess. A country the text gives
            # stays: such staff were their country's officers before (on tune46,
            # clearing it was right once and wrong three times).
            if not person.country:
                person.listed = listed.readings
        elif person.country not in listed.countries:
            person.country, person.listed = listed.countries[0], listed.readings


def _titled_by_body(gaz: Gazetteer, docs: list[Doc], person: Person) -> bool:
    """Whether the phrase that introduced the person opens with an international
    body's name ('NATO Secretary-General A', 'the EU foreign policy chief B') and the
    person's titles name no country. Only the opening counts: a body named anywhere
    near ('at the UN General Assembly, Foreign Minister C') is where the person went."""
    opening = person.evidence.removeprefix("the ").removeprefix("The ")
    return any(opening.startswith(f"{body} ") for body in gaz.bodies) and not title_countries(
        gaz, docs, person
    )


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
