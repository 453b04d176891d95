"""Round 13 (persons): the host at home. A meeting has two sides, and the one
who receives a guest is usually in its own country: a participant of a placed
meeting whom the text gives no country, when every other participant with a
country is of another country than the meeting's place (and one is), is of the
place's country ('A and his Freedonian counterpart B met in Exampleton': A is
Ruritanian). Not one the text says is visiting that country, nor when another
participant without a country could be the host as well. And two of one country
meeting in another, one of whose countries is the context's guess: that one is
the host (guessed_home)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .officers import OFFICER
from .ranked_home import serves_abroad
from .sides import OFFICIAL, partner_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def give_home(person: Person, country: str) -> None:
    held = person.post is not None and bool(person.post.post)
    if not held:
        if person.pending_post is not None and person.pending_post.post:
            person.post = person.pending_post
        else:
            person.post = OFFICER if person.rank_label else OFFICIAL
    person.country = country
    person.post_evidence = person.post_evidence or person.evidence


def official(person: Person, findings: Findings) -> bool:
    """One who serves a state: ranked, holding a post, or someone's counterpart (not
    a guest's host from a company or a university)."""
    if person.rank_label or person.post is not None or person.pending_post is not None:
        return True
    return person.counterpart_of is not None or any(
        p.counterpart_of is person for p in findings.persons
    )


def hosts_at_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give the one participant of a placed meeting who has no country, when all the
    others with a country are guests from elsewhere, the place's country."""
    for meeting in findings.meetings:
        if meeting.guessed or not meeting.location_words:
            continue
        country = gaz.country_of(meeting.location)
        if country is None:
            continue
        people = list({id(p): p for p in meeting.participants}.values())
        bare = [p for p in people if not p.country]
        others = [p.country for p in people if p.country]
        if len(bare) != 1 or not others or country in others:
            continue
        person = bare[0]
        if not official(person, findings) or abroad(person):
            continue
        if country in person.away or serves_abroad(gaz, docs, person):
            continue
        give_home(person, country)


def abroad(person: Person) -> bool:
    """Whether the person holds a post abroad (an ambassador, an attaché)."""
    return any(post is not None and post.abroad for post in (person.post, person.pending_post))


def guessed_home(gaz: Gazetteer, findings: Findings) -> None:
    """Two persons of the same country meeting in another country the text names,
    where one's country is the text's and the other's is the context's guess for a
    post named without one ('Chief of the Ruritanian Army General A called on Army
    Chief General B in Exampleton'): the guessed one is the host, of the place's
    country. Not when the other serves in that country (an ambassador there)."""
    for meeting in findings.meetings:
        if meeting.guessed or not meeting.location_words:
            continue
        country = gaz.country_of(meeting.location)
        people = list({id(p): p for p in meeting.participants}.values())
        if country is None or len(people) != 2:
            continue
        first, second = people
        if first.country != second.country or first.country in (None, country):
            continue
        guessed = [p for p in people if p.pending_post is not None]
        if len(guessed) != 1:
            continue
        person = guessed[0]
        other = second if person is first else first
        if other.host == country or country in person.away or abroad(person):
            continue
        person.country = country


def kept_from(
    gaz: Gazetteer, findings: Findings, docs: list[Doc], person: Person, country: str
) -> bool:
    """Whether the article's one country is still not the person's: the text says
    the person is visiting it, the person serves abroad or in an international body,
    or the person's partners are of it."""
    return (
        country in person.away
        or abroad(person)
        or serves_abroad(gaz, docs, person)
        or country in partner_countries(gaz, findings, person)
    )
