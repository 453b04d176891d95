"""Round 24 (ranks): the ruler's RANK entities that the words beside them undo or
join. 'General' is also an adjective and the tail of titles: before a body's
noun ('General Duties', 'General Board Committee', a page header's 'General
News') it is no rank, and the name after it no officer's. A rank written with a
hyphen and a space ('Lieutenant- General', the typesetting of some agencies) is
one rank, not the bare 'General' the ruler finds after the hyphenated word.
(kg.extract.findings calls this module, so it imports nothing of findings; the
navy's apposition is kg.extract.naval_service.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.identity import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# The one rank word that is also a common adjective before a noun.
_ADJECTIVE = "general"
# name_stopwords.csv's kinds of word that make a noun phrase, not a name.
_NOUN_KINDS = frozenset({"organisation", "common"})
# 'General Staff' is a body ('Chief of Turkish General Staff A'), though 'Staff' is
# a qualifier of a rank's own in name_stopwords.csv ('Lt-Gen. Staff A'; session 30).
_BODY = "staff"
# How many capitalised words after 'General' are looked at: a noun phrase's
# head comes soon ('General Board Committee Meeting').
_RUN = 4


def _noun_phrase(gaz: Gazetteer, doc: Doc, start: int) -> bool:
    """Whether the capitalised words from ``start`` reach a body's noun of
    name_stopwords.csv before anything else."""
    for token in doc[start : start + _RUN]:
        if not (token.is_title and token.is_alpha):
            return False
        if gaz.name_words.get(token.text) in _NOUN_KINDS:
            return True
    return False


def _spaced_rank(gaz: Gazetteer, doc: Doc, ent: Span) -> str | None:
    """The whole rank when the word before the entity is a rank word ending in
    a hyphen ('Lieutenant- General'), else None."""
    if ent.start == 0:
        return None
    before = doc[ent.start - 1]
    stem = before.text[:-1]
    if not before.text.endswith("-") or not stem.isalpha() or before.ent_type_:
        return None
    whole = f"{stem} {ent.text}"
    known = normalise(whole) in gaz.abbreviations or gaz.rank(whole, None) is not None
    return whole if known else None


def settle_ranks(gaz: Gazetteer, doc: Doc) -> None:
    """Drop a 'General' that opens a noun phrase; join a rank split by a hyphen
    and a space into one entity."""
    from spacy.tokens import Span

    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ != "RANK":
            ents.append(ent)
            continue
        body = ent.end < len(doc) and doc[ent.end].lower_ == _BODY
        if ent.text.lower() == _ADJECTIVE and (body or _noun_phrase(gaz, doc, ent.end)):
            changed = True
            continue
        whole = _spaced_rank(gaz, doc, ent)
        if whole is not None:
            span = Span(doc, ent.start - 1, ent.end, label="RANK")
            span.id_ = normalise(whole)
            ents.append(span)
            changed = True
            continue
        ents.append(ent)
    if changed:
        doc.ents = ents
