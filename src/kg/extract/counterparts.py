"""Session 28 (persons not read): counterparts in the plural before a list of
names. 'A and his American and Japanese counterparts B and C', 'met their Iraqi
and Egyptian counterparts, B and C', 'hosted his counterparts B of Ruritania and C
of Freedonia'. Each name is a counterpart of the subject (its post); the country
is the demonym in the same place of the list before 'counterparts', or the one
named after the name. Read before, the singular 'counterpart' alone introduced a
name, and no name of such a list was a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS
from .plural_list import listed_names, names_each_with_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .people import PersonRules

# The most tokens a list of counterparts' names may run before the name read.
_LIST = 24
_OWNERS = ("his", "her", "their")


def _demonyms(doc: Doc, sent: Span, plural: int) -> list[str]:
    """The countries of the demonyms right before 'counterparts' ('his American and
    Japanese counterparts'), in order; [] when there are none."""
    found: list[str] = []
    i = plural - 1
    while i >= sent.start:
        token = doc[i]
        if token.ent_type_ in NATION_LABELS:
            if token.ent_iob_ == "B":
                found.append(token.ent_id_)
        elif token.lower_ not in (",", "and"):
            break
        i -= 1
    return found[::-1] if i >= sent.start and doc[i].lower_ in _OWNERS else []


def listed_counterpart(
    rules: PersonRules, doc: Doc, sent: Span, start: int
) -> tuple[int, str | None] | None:
    """Where 'counterparts' stands before a list of names that holds the name at
    ``start``, and that name's country (None where the text gives none); None where
    the name is in no such list."""
    for plural in range(start - 1, max(sent.start, start - _LIST) - 1, -1):
        if doc[plural].lower_ != "counterparts":
            continue
        first = plural + 1 + (plural + 1 < sent.end and doc[plural + 1].text == ",")
        with_country, _ = names_each_with_country(rules, doc, sent, first)
        for country, (a, _b) in with_country:
            if a == start:
                return plural, country
        names = listed_names(rules, doc, sent, first)
        starts = [a for a, _ in names]
        if start not in starts:
            return None
        countries = _demonyms(doc, sent, plural)
        if len(countries) != len(names):
            return plural, None
        return plural, countries[starts.index(start)]
    return None


def met_together(doc: Doc, first: int) -> bool:
    """Whether a list of guests starting at token ``first`` follows 'counterparts'
    ('A met his counterparts B and C'): one meeting of all of them, as curators
    read it, not one with each, though each is of another country."""
    i = first - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ == "counterparts"
