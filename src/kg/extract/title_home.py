"""Round 17 (persons' countries): the country that the words of a person's own
title name, for anyone the earlier rules left without one, ranked or not and
whatever post the title holds ("Ruritania's Ambassador to Caracas A", "US
ambassador to Astana B", "the Ruritanian Defence Ministry's Senior Assistant
Secretary, C"). Round 11's ranked_from_titles reads the same words only for ranked
officers and posts the tables know. A country after 'to', 'in' or 'at' is where
the person serves, not whose; a title that names an international body or two
countries gives none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import give_home, kept_from, official
from .ranked_home import serves_abroad, title_countries
from .visit_hosts import host_country

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings
    from .gazetteer import Gazetteer


def title_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each person without a country the one country its titles name."""
    for person in findings.persons:
        if person.country is not None:
            continue
        countries = title_countries(gaz, docs, person)
        if len(countries) != 1 and host_country(person) and official(person, findings):
            countries = {host_country(person) or ""}  # met on a visit there (round 19)
        if len(countries) != 1 or serves_abroad(gaz, docs, person):
            continue
        country = countries.pop()
        if not kept_from(gaz, findings, docs, person, country):
            give_home(person, country)
