"""Round 9 (countries of persons): a post's country read off the words around it
that is the country of the person's counterpart, or of one the person met who
holds the same post ('SINGAPORE: Minister for Defence A and his Malaysian
counterpart B', 'Ulaanbaatar [Mongolia] - Defence Minister A held talks with
Mongolian Defence Minister B'), is the other side's: unless the person's own
words name it, the context decides again, and a country of the other side is
never kept (a wrong country is worse than none)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import from_context
from .findings import NATION_LABELS
from .sides import datelines, partner_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def recheck_sides(
    gaz: Gazetteer,
    findings: Findings,
    places: list[tuple[str, str, tuple[int, int]]],
    docs: list[Doc],
) -> None:
    dateline = gaz.reference.places[places[0][0]].country if places else None
    _national_posts(gaz, findings, datelines(docs, places))
    for person in findings.persons:
        country = person.country
        if country is None or person.post is None or not person.post.post:
            continue
        theirs = partner_countries(gaz, findings, person)
        if country not in theirs or _names(gaz, person, country):
            continue
        person.country = None
        again = from_context(gaz, findings, person, dateline) or dateline
        person.country = again if again not in theirs else None


def _names(gaz: Gazetteer, person: Person, country: str) -> bool:
    """Whether the person's own words name the country (its name or demonym) before
    the name with no comma between: 'Mongolian Defence Minister B', not 'talks
    with the Mongolian Defence minister, A inspected ...' (a title after a
    preposition, then the sentence's subject); or after the name, as the country of
    the title that follows it: 'B, secretary of defense of the Philippines' (session
    39)."""
    words = [
        p["pattern"]
        for p in gaz.patterns
        if p["label"] in NATION_LABELS and p["id"] == country and isinstance(p["pattern"], str)
    ]
    for text in (person.evidence, person.post_evidence):
        own = text.find(person.surname)
        for word in words:
            for found in re.finditer(rf"\b{re.escape(word)}\b", text):
                name = text.find(person.surname, found.end())
                if name >= 0 and "," not in text[found.end() : name]:
                    return True
                if 0 <= own < found.start() and _OF_THE.search(text[own : found.start()]):
                    return True
    return False


# 'of' or 'of the' right before a country's name.
_OF_THE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)


def _national_posts(
    gaz: Gazetteer, findings: Findings, datelines: list[tuple[str, str, tuple[int, int]]]
) -> None:
    """A post of a ministry only one country has by that name ('Secretary of
    Defense A', national_ministries.csv) is that country's when the article has no
    dateline of its own or one there: a city named after 'in' ('met B yesterday in
    London') says where the meeting was, not whose the post is (round 9)."""
    real = gaz.reference.places[datelines[0][0]].country if datelines else None
    for person in findings.persons:
        post = person.post
        national = gaz.national.get(post.ministry) if post is not None else None
        if national is None or person.country in (None, national) or real not in (None, national):
            continue
        if national in partner_countries(gaz, findings, person):
            continue
        if _names(gaz, person, person.country):
            continue
        person.country = national
