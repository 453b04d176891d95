"""Round 24 (ranks): a captain whose service the apposition after the name
tells ('Capt A, the Head Planning Office of the Ruritanian Maritime
Self-Defense Force') holds the navy's rank: the person's evidence stops at the
first comma, so kg.extract.sides.naval_rank reads the words kept here too."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# The lowercase words an apposition of titles is made of besides capitalised ones
# ('head of the planning section' is not: its lowercase nouns end the walk).
_APPOSITION_GLUE = frozenset({",", "of", "the", "and", "-", "'s", "\u2019s"})


def _glue(token: Token) -> bool:
    """Whether the token may stand in an apposition of titles: a capitalised word
    that opens no other person's rank, or one of the joining words."""
    if token.ent_type_ == "RANK":
        return False  # 'Capt A and Cdr B of the Navy': B's service, not A's
    return token.lower_ in _APPOSITION_GLUE or (token.is_title and token.is_alpha)


def _apposition(doc: Doc, person: Person) -> str:
    """The titles that run on after the person's evidence in its paragraph, up to
    the first word that is none (the verb: 'A, head of X, of the Y Navy paid a
    call'); '' when the evidence is not found or nothing runs on."""
    at = doc.text.find(person.evidence)
    if at < 0 or not person.evidence:
        return ""
    end = at + len(person.evidence)
    start = next((t.i for t in doc if t.idx >= end), len(doc))
    if start >= len(doc) or doc[start].text not in (",", "of"):
        return ""  # no apposition: the sentence goes on
    stop = start
    while stop < len(doc) and _glue(doc[stop]):
        stop += 1
    return doc[start:stop].text


def naval_appositions(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Keep the apposition after a ranked person's evidence when it names a navy
    (side_words.csv), so that a rank both ladders write alike is the navy's; and
    note whether the article names navies more often than armies (session 20: of
    the gold's captains in such articles, 15 were the navy's and none the army's)."""
    text = "\n".join(doc.text for doc in docs)
    findings.naval = gaz.side_count("navy", text) > gaz.side_count("army", text)
    for person in findings.persons:
        if not person.rank_label or gaz.tells_side("navy", person.evidence):
            continue
        for doc in docs:
            words = _apposition(doc, person)
            if words and gaz.tells_side("navy", words):
                person.service_words = words
                break
            if person.evidence in doc.text:
                break  # the first paragraph naming the person tells it or nothing does
