"""Round 26 (country): 'A met with Ruritanian Defence Minister B and Chief of
Defence General C' is told as a call on each official in turn (guests.each_guest:
one meeting with each), and C, whose title names no country, stands in one list
with B: the text gives the list the country of its first guest, as 'received B
and <post> C' gives C the country of B (round 6, ``Person.listed_with``). Only
where the guests that name a country all name that same one, and it opens the
list; it stays the context's reading of C (``context.from_context``), weaker than
any country C's own words or a visit's hosts give."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Mention, Person


def listed_guests(run: list[Mention]) -> list[Person]:
    """The guests of a list met in turn, each one with no country of its own
    listed with the first when the first names the list's one country."""
    everyone = [p for mention in run for p in mention.persons]
    people = [p for mention in run if mention.kind == "person" for p in mention.persons]
    own = {p.apparent_country for p in people} - {None}
    first = people[0] if people else None
    if first is None or len(own) != 1 or not first.apparent_country:
        return everyone
    for person in people[1:]:
        if not person.apparent_country and person.listed_with is None:
            person.listed_with = first
    return everyone
