"""Round 24 rules (meetings): a list of hosts before 'met with' ('Ruritanian
Defence Minister A and Chief of the General Staff B met with Freedonian Minister
C'): each of those listed met the guest, not only the last one named before the
phrase. Until round 24 a phrase with a person after it took only the nearest
person before it; a list before a phrase with no one after it ('A and B met') has
been one meeting of all since round 3.

Taken only where the list is one side: two or more persons of one country (or of
none read; 'Chief of the General Staff B' after 'Ruritanian Minister A'), read
right before the phrase, and one guest of another country after it. A list of
persons of several countries, or of a guest of the hosts' own country, is left to
the older rules (one of them may be a speaker or another meeting's person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attend import coordinated
from .pairs import distinct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person

# How many words may stand between the last host and the phrase ('A and B also
# met with C', 'A and B on Friday met with C').
_GAP = 3


def hosts(doc: Doc, trigger: Span, before: list[Mention], after: list[Mention]) -> list[Person]:
    """Who met the guest after the phrase: every person of a one-country list right
    before it, else the person nearest before it."""
    nearest = before[-1].persons
    together = coordinated(doc, before, forward=False)
    if len(together) < 2 or distinct(together) < 2 or any(m.kind != "person" for m in together):
        return nearest
    gap = doc[before[-1].end : trigger.start]
    # A comma right after the last host closes its title's apposition ('A and <post>,
    # <rank> B, met with C'; session 24), unlike a clause's.
    closing = gap[1:] if len(gap) and gap[0].text == "," else gap
    if len(gap) > _GAP or any(t.text in (",", ";") for t in closing):
        return nearest  # 'A and B, who arrived on Monday, met with C': not a plain list
    listed = [p for m in together for p in m.persons]
    countries = {p.country for p in listed} - {None}
    guests = coordinated(doc, after, forward=True)
    theirs = {p.country for m in guests for p in m.persons} - {None}
    if distinct(guests) != 1 and (len(theirs) != 1 or theirs & countries):
        return nearest  # several guests: of one other country (session 24)
    # The guest may be a group or pronoun read to nobody ('met with them').
    guest = after[0].persons[0].country if after[0].persons else None
    # One side all the same (session 24); a guest whose country is not read is met by
    # the whole one-country list (session 25: 'A and B met in Split with C').
    if len(countries) > 1 or guest in countries:
        return nearest
    return list({id(p): p for p in listed}.values())
