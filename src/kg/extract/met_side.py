"""Round 14 (countries): the other side of a meeting, and an article about one
country. A participant whom the text
gives no country and no post to settle (a rank and a name, 'General A met
Freedonian General B'), who met only persons whose countries the text gives, is of
the country the article names most besides theirs, when one stands out (the
context's rule for a post named without its country, round 7, which such a
person never reached)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import abroad, give_home, kept_from, official
from .context import named_most_besides, others_met

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings
    from .gazetteer import Gazetteer


def other_side_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each participant of a meeting who has no country, when every other
    participant has one, the country the article names most besides theirs."""
    for person in findings.persons:
        if person.country or not official(person, findings) or abroad(person):
            continue
        others = others_met(findings, person)
        if not others or any(not p.country for p in others):
            continue
        country = named_most_besides(findings, others, person.away)
        if country is None or kept_from(gaz, findings, docs, person, country):
            continue
        give_home(person, country)


def unmet_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """An official who met no one and whom the text gives no country, in an article
    about one country's forces: the country the article names most stands out
    (round 7's test), and every person given a country is of it. Not one serving
    abroad; not a country the text says the person is visiting; not where the text
    places a meeting in another country (round 22)."""
    met = {id(p) for m in findings.meetings for p in m.participants}
    country = named_most_besides(findings, [])
    given = {p.country for p in findings.persons if p.country}
    if country is None or not given <= {country} or placed_elsewhere(gaz, findings, country):
        return
    for person in findings.persons:
        if person.country or id(person) in met or not official(person, findings):
            continue
        if kept_from(gaz, findings, docs, person, country):
            continue
        give_home(person, country)


def placed_elsewhere(gaz: Gazetteer, findings: Findings, country: str) -> bool:
    """Whether the text places a meeting in another country (round 22): the one
    country it names most is then a guest's ('A received General B, the Commander
    of the Ruritanian ...; attending were C and D'), and those who met no one are
    as likely the hosts' staff."""
    where = {gaz.country_of(m.location) for m in findings.meetings if m.location_words}
    return bool(where - {country, None})
