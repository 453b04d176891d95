"""Round 22 (persons): an embassy's staff named after their head of mission.

'A received Ruritanian Chargé d'Affaires in Freedonia B, and the newly appointed
Defence Attaché, Colonel C', 'Ambassador B was accompanied by Defence Attaché
Colonel C': one who holds a post abroad (an attaché, a diplomat: post_titles.csv
`abroad`) whom the text gives no country, named in a sentence after a diplomat
whose country it gives, serves in that diplomat's mission, so is of the same
country. The nearest such diplomat before the person's first mention decides;
none, no country. The context's guesses never gave such a person one: the
dateline and the host are where one serves abroad, not whose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .at_home import abroad
from .ranked_home import name_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person


def embassy_staff(findings: Findings, docs: list[Doc]) -> None:
    """Give each person serving abroad without a country the country of the
    diplomat named last before the person in the sentence of its first mention."""
    envoys = [p for p in findings.persons if p.country and abroad(p)]
    for person in findings.persons:
        if person.country or not abroad(person) or person.pending_post is None:
            continue
        country = _mission(person, envoys, docs)
        if country is not None:
            person.post = person.post or person.pending_post
            person.country = country
            person.post_evidence = person.post_evidence or person.evidence


def _mission(person: Person, envoys: list[Person], docs: list[Doc]) -> str | None:
    for doc in docs:
        for sent, start, _ in name_mentions(doc, person):
            before = [
                (first, envoy)
                for envoy in envoys
                if envoy is not person
                for other, first, end in name_mentions(doc, envoy)
                if other.start == sent.start and end <= start
            ]
            if before:
                return max(before, key=lambda found: found[0])[1].country
            return None  # the first mention alone decides
    return None
