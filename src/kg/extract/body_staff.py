"""Round 17 (persons' countries): one whose title names an international body or
a combined force ('President of the Military Committee of NATO, Admiral A',
'Director General of the European Union Military Staff, General B', 'Commander of
the Combined Task Force, Commodore C') serves no country. The earlier rules guess
such a person's country from the context (the host's, the dateline's, a rank read
as a national force's officer); a wrong country is worse than none, so the guess
is undone unless the words of the person's own titles name a country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ranked_home import names_body, title_countries, title_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def serves_body(gaz: Gazetteer, docs: list[Doc], person: Person) -> bool:
    """Whether the person's titles name an international body or a combined force
    and no country."""
    # The titles read around each mention, and the phrase that introduced the
    # person ('the Director General of the European Union Military Staff, ...').
    text = f"{title_text(gaz, docs, person)} {person.evidence} {person.post_evidence} "
    return names_body(gaz, text) and not title_countries(gaz, docs, person)


def body_staff(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Undo the country of each person whose titles name an international body or
    a combined force and no country."""
    for person in findings.persons:
        if person.country is not None and serves_body(gaz, docs, person):
            person.country = None
            person.post = None  # drafted as the country's post ('us-armed-forces-officer')
