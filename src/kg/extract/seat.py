"""Round 23 rules (places): a city named as where a meeting's source sits, not where
the meeting was, and an envoy's own country, where the envoy does not serve.

- In an attribution: 'according to the Freedonian Embassy in Strelsau', 'a
  statement made available to AGENCY in Strelsau': a word of kind `source` of
  place_words.csv before 'to', a capitalised name of up to five words, then 'in'.
  That is where the source sits, not where the meeting was (the gold policy: an
  agency's or an embassy's city places no meeting the text does not tie to it).
- An envoy ('the Ambassador of Ruritania') serves abroad: when a meeting's sentence
  names no place, the envoy's own country is not taken as its place.

A city in a title ('the Crown Prince of Abu Dhabi') was left as it was until round
25: the gold readings placed one meeting there and not another. The gold written
since unseen27 holds that a city named only in a title or a body's name is no
meeting's place (titled.py): so it is no longer where the text said which country
the visit was to ('A is in Ruritania on a visit'), which then places the meeting;
else it stays, since the guess left without it is the guest's country as often.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .placenames import building, paired, posted_at, seat_city
from .titled import titled_city
from .topics import spoken_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Person
    from .gazetteer import Gazetteer


def venue(gaz: Gazetteer, doc: Doc, ent: Span, visited: str | None = None) -> bool:
    """Whether a city of a meeting's sentence may be where it was: not a building
    named for its people, a topic's place (round 7), a source's seat (round 23) or,
    where the text said which country the visit was to (``visited``), part of a
    title (round 25), nor one of a pair of capitals (session 31)."""
    return (
        not building(doc, ent)
        and not spoken_of(gaz, doc, ent)
        and not seat_city(gaz, doc, ent)
        and not posted_at(doc, ent)  # 'stationed in Beijing' (session 24)
        and not paired(doc, ent)  # 'the Seoul-Washington alliance' (session 31)
        and not (visited and titled_city(doc, ent))
    )


def serves_abroad(person: Person) -> bool:
    """Whether the person is an envoy ('the Ambassador of Ruritania'): one who meets
    where posted, so whose own country places no meeting (round 23, places)."""
    return person.post is not None and person.post.abroad


def hosts_elsewhere(host: Person | None, country: str | None) -> bool:
    """Whether the host, at home in a country other than the city the article
    introduced (a home dateline: 'NEW DELHI - ... A called on B, Commander of the
    UAE Air Force'), received the guest at home, not in that city (session 24)."""
    return (
        host is not None
        and bool(host.country)
        and host.country != country
        and not host.visiting
        and not serves_abroad(host)
    )
