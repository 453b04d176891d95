"""Round 16 (persons): an article that names one country and no other. Every
official whom the text gives no country, met or not, is of that country when every
person given a country is of it too ('Defence Minister A received Chief of Army
Staff General B in the capital ... Ruritania's security'). Round 14's unmet_home
asked for an unmet person and a country named at least twice; an article about one
country's forces often names it once and has its officials meet each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import give_home, kept_from, official
from .met_side import placed_elsewhere

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def one_country_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each official without a country the one country the article names, when
    it names no other and every person given a country is of it. Not one serving
    abroad or in an international body, nor one the text says is visiting it."""
    named = set(findings.named_countries)
    if len(named) != 1:
        return
    country = next(iter(named))
    given = {p.country for p in findings.persons if p.country}
    if not given <= {country} or _placed_elsewhere(gaz, docs, country):
        return
    if placed_elsewhere(gaz, findings, country):  # a meeting placed abroad (round 22)
        return
    given_ids = {id(p) for p in findings.persons if p.country}
    for person in findings.persons:
        if person.country or not official(person, findings):
            continue
        if _met_given(findings, person, given_ids):
            continue
        if kept_from(gaz, findings, docs, person, country):
            continue
        give_home(person, country)


def _met_given(findings: Findings, person: Person, given_ids: set[int]) -> bool:
    """Whether the person met or signed with one whom the text gave the country: in an article
    about one country, such a meeting is most often a visit from abroad by one whose
    country the text leaves unsaid ('General A of Ruritania received the head of
    the liaison office B')."""
    groups = [m.participants for m in findings.meetings]
    groups += [s.signatories for s in findings.signed]
    for people in groups:
        if any(p is person for p in people) and any(id(p) in given_ids for p in people):
            return True
    return False


def _placed_elsewhere(gaz: Gazetteer, docs: list[Doc], country: str) -> bool:
    """Whether a dateline (a city opening one of the first paragraphs) is a city of
    another country: then the one country named is seldom the home of all the
    officials ('Exampleton, 5 May. Also present were General A and the Ruritanian
    attache'). A city named further on may be a summit's or a building's name."""
    for doc in docs[:3]:
        for e in doc.ents:
            if e.label_ != "PLACE" or (e.start > 0 and doc[e.start - 1].text != ")"):
                continue
            place = gaz.reference.places.get(e.ent_id_)
            if place is not None and place.country and place.country != country:
                return True
    return False
