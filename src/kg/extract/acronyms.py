"""Round 26 (country): an acronym the article itself defines after a national
body's name ('the Ruritanian Coast Guard (RCG)', 'National Defence College
Freedonia (NDC-F)') reads, wherever the article uses it again, as that country's
demonym, as the acronyms of `force_names.csv` do ('the RCG spokesman, Captain
A'). Real news names a force or a college in full once and by its acronym after,
often in the very title that tells its officer's country. Only a name that
names one country, and only an acronym the tables do not already read: a body of
two countries ('the Ruritania-Freedonia Joint Commission (JC)') or none (an
international one) gives no country, since a wrong country is worse than none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import NATION_LABELS, POSSESSIVE

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc


# An acronym as written: capitals, digits and inner hyphens ('NDC-K', 'JMSDF').
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
# Lower-case words that join the words of a body's name ('Chief of the Defence
# Forces', 'Army and Navy'); the possessive too ('Uganda People's Defence Force').
_JOINERS = {"of", "the", "for", "and", "&", "-", "'", "\u2019"} | POSSESSIVE
# Words of a body of many countries, whatever demonym its name holds ('the
# Community of Portuguese Language Countries (CPLP)'): no country's body.
_MANY = {"countries", "nations", "states", "community", "international", "multinational"}
_MANY |= {"regional", "language", "speaking"}
# How many words a body's name may run before its acronym.
_REACH = 10
# Words before a body's premises: 'at the RCG headquarters', 'in the RCG HQ'.
_AT = {"in", "at", "to", "inside"}
# How many tokens an acronym may take ('NDC', '-', 'K').
_LONGEST = 3


def _name_country(doc: Doc, start: int) -> str | None:
    """The one country named in the body's name that ends before token ``start``
    (the opening bracket), or None when it names none or more than one."""
    countries: set[str] = set()
    body = False
    i = start - 1
    while i >= 0 and start - i <= _REACH:
        token = doc[i]
        if token.ent_type_ in NATION_LABELS:
            countries.add(token.ent_id_)
        elif token.lower_ in _MANY:
            return None
        elif token.is_title or token.is_upper:
            body = True
        elif token.lower_ not in _JOINERS:
            break
        if token.is_sent_start:
            break
        i -= 1
    # A body's own words too: a country alone before a bracket is a dateline's
    # agency ('Ruritania (AFP)'), no body of that country.
    return next(iter(countries)) if len(countries) == 1 and body else None


def _defined(doc: Doc) -> Iterator[tuple[tuple[str, ...], str | None]]:
    """The acronyms the paragraph defines, each with its body's country (None
    where its name names none or several)."""
    for open_ in (t for t in doc if t.text == "("):
        close = next(
            (t.i for t in doc[open_.i + 1 : open_.i + 2 + _LONGEST] if t.text == ")"), None
        )
        if close is None or close == open_.i + 1:
            continue
        words = doc[open_.i + 1 : close]
        key = tuple(t.text for t in words)
        if len("".join(key)) < 2 or not _ACRONYM.fullmatch("".join(key)):
            continue
        if any(t.ent_type_ for t in words):
            continue  # the tables read it already ('UPDF', a country's code)
        yield key, _name_country(doc, open_.i)


def text_acronyms(docs: list[Doc]) -> None:
    """Mark each use of an acronym the article defines as its country's demonym,
    in any paragraph: a press release defines it once and uses it after."""
    defined: dict[tuple[str, ...], str | None] = {}
    for doc in docs:
        for key, country in _defined(doc):
            # One acronym for bodies of two countries (or of none) gives none.
            defined[key] = country if defined.get(key, country) == country else None
    known = {key: country for key, country in defined.items() if country is not None}
    for doc in docs:
        _mark(doc, known)


def _mark(doc: Doc, defined: dict[tuple[str, ...], str]) -> None:
    if not defined:
        return
    from spacy.tokens import Span  # spaCy is imported where it is used (gazetteer.pipeline)

    spans = list(doc.ents)
    busy = {t.i for t in doc if t.ent_type_}
    for key, country in defined.items():
        size = len(key)
        for i in range(len(doc) - size + 1):
            if tuple(t.text for t in doc[i : i + size]) != key:
                continue
            if busy & set(range(i, i + size)) or _placed(doc, i):
                continue
            spans.append(Span(doc, i, i + size, label="DEMONYM", span_id=country))
            busy |= set(range(i, i + size))
    doc.ents = sorted(spans, key=lambda s: s.start)


def _placed(doc: Doc, i: int) -> bool:
    """Whether the acronym at i follows 'in', 'at' or 'to' (and 'the'): it names
    where someone is ('during his stay in the RCG headquarters, General A'), not
    whose officer a title makes him, as a country there does (ranked_home)."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ in _AT
