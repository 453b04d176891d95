"""Round 24 (countries): a person's country stated in a clause of its own after
the name ('General A, who is also Ruritania's defence minister, said ...', 'B,
who serves as the Freedonian ambassador, ...'). The clause runs from ', who' to
the next comma or the sentence's end; it gives a country only where it opens
with a verb of holding a post, names one country (as 'COUNTRY's' or a demonym)
and a post after it. Read before the context's guess, which the text overrules.

Session 35: so is a country in brackets right after the name, as lists of
attachés and chiefs of defence give it ('Colonel A (France); Colonel B
(Croatia)', 'General C (Denmark)')."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .findings import NATION_LABELS, POSSESSIVE
from .ranked_home import name_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings

# The words a clause of holding a post opens with ('who is also', 'who serves as').
_HOLDS = {"is", "was", "also", "serves", "served", "as", "currently", "concurrently", "the"}
# Of those, the verbs: one must open the clause ('who the Ruritanian minister thanked'
# names the minister's country, not the person's; review 25).
_VERBS = {"is", "was", "serves", "served"}
# How many words the clause may run to its post.
_REACH = 10


def _clause_country(doc: Doc, sent: Span, end: int) -> str | None:
    """The country of ', who is also COUNTRY's POST' right after a name ending at end."""
    if end + 1 >= sent.end or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    i = end + 2
    while i < sent.end and doc[i].lower_ in _HOLDS:
        i += 1
    held = any(t.lower_ in _VERBS for t in doc[end + 2 : i])
    if not held or i >= sent.end or doc[i].ent_type_ not in NATION_LABELS:
        return None  # no verb of holding ('who met ...', 'who the ...') or no country first
    country = doc[i].ent_id_
    while i < sent.end and doc[i].ent_type_ in NATION_LABELS and doc[i].ent_id_ == country:
        i += 1
    if i < sent.end and doc[i].lower_ in POSSESSIVE:
        i += 1
    stop = min(sent.end, i + _REACH)
    post = False
    for j in range(i, stop):
        if doc[j].text in (",", ".", ";") or doc[j].ent_type_ in NATION_LABELS:
            break
        post = post or doc[j].ent_type_ == "POST"
    return country if post else None


def countries_in_own_clause(findings: Findings, docs: list[Doc]) -> None:
    """Give each person without a country the one country its ', who is also ...'
    clauses name with a post (all of them the same)."""
    _one_country(findings, docs, _clause_country)


def countries_in_brackets(findings: Findings, docs: list[Doc]) -> None:
    """Give each person without a country the one country named alone in brackets
    right after the person's name ('Colonel A B (France)')."""
    _one_country(findings, docs, _bracketed_country)


def _bracketed_country(doc: Doc, sent: Span, end: int) -> str | None:
    """The country of '(COUNTRY)' right after a name ending at end."""
    if end + 2 >= sent.end or doc[end].text != "(":
        return None
    ent = next((e for e in doc.ents if e.start == end + 1), None)
    if ent is None or ent.label_ != "COUNTRY" or ent.end >= sent.end or doc[ent.end].text != ")":
        return None
    return str(ent.ent_id_)


def _one_country(
    findings: Findings, docs: list[Doc], country_after: Callable[[Doc, Span, int], str | None]
) -> None:
    """Give each person without a country the one country that ``country_after``
    reads right after the person's mentions (all of them the same)."""
    for person in findings.persons:
        if person.country:
            continue
        found = {
            country
            for doc in docs
            for sent, _, end in name_mentions(doc, person)
            if (country := country_after(doc, sent, end))
        }
        if len(found) == 1:
            person.country = found.pop()
