"""Round 16 (persons): an article that names one country and no other. Every
official whom the text gives no country, met or not, is of that country when every
person given a country is of it too ('Defence Minister A received Chief of Army
Staff General B in the capital ... Ruritania's security'). Round 14's unmet_home
asked for an unmet person and a country named at least twice; an article about one
country's forces often names it once and has its officials meet each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import _abroad, _home, _official
from .ranked_home import serves_abroad
from .sides import partner_countries

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
    if not given <= {country}:
        return
    given_ids = {id(p) for p in findings.persons if p.country}
    for person in findings.persons:
        if person.country or not _official(person, findings):
            continue
        if _met_given(findings, person, given_ids):
            continue
        if country in person.away or _abroad(person) or serves_abroad(gaz, docs, person):
            continue
        if country in partner_countries(gaz, findings, person):
            continue
        _home(person, country)


def _met_given(findings: Findings, person: Person, given_ids: set[int]) -> bool:
    """Whether the person met one whom the text gave the country: in an article
    about one country, such a meeting is most often a visit from abroad by one whose
    country the text leaves unsaid ('General A of Ruritania received the head of
    the liaison office B')."""
    for meeting in findings.meetings:
        people = meeting.participants
        if any(p is person for p in people) and any(id(p) in given_ids for p in people):
            return True
    return False
