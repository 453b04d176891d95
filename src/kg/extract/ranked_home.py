"""Round 11 (persons): the country of a ranked officer whose title the tables do
not know, or of any person whose post the context left without one, read off the
words of that title ('Maj. Gen. A, Commander of the Ruritanian Land Forces',
'Commander Ruritania Army, Lt Gen B', 'Ambassador C, Head of Ruritania's Mission'):
a country or demonym (or a force's acronym, `force_names.csv`) in the chain of
title words right after the name or right before it. Not the context's guess: a
wrong country is worse than none (round 7)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import paired_demonym
from .findings import NATION_LABELS, POSSESSIVE
from .names import DOTTED_INITIAL
from .officers import OFFICER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# Words that join the words of a title ('Chief of Staff of the Navy', 'Commandant
# National Defence College (NDC) Nigeria'); an en dash too ('UPDF Directorate
# \u2013 Legal', round 24).
_JOINERS = {"of", "the", "for", "-", "\u2013", "&", "(", ")"} | POSSESSIVE
# Capitalised words that open a clause rather than a title ('In Ruritania, General A').
_OPENERS = {"in", "at", "on", "to", "from", "with", "by", "during", "after", "before", "as"}
# How many words a title may run.
_REACH = 14
# Words before the country a person serves in, not of ("Ambassador to", "Embassy in").
_HOSTING = {"to", "in", "at"}


def _titled(gaz: Gazetteer, doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.lower_ in _JOINERS or token.ent_type_ in (*NATION_LABELS, "POST"):
        return True
    if token.ent_type_ == "RANK":
        # 'Commander of the ... Forces' is a title; a rank before a name is the next person.
        return i + 1 < len(doc) and doc[i + 1].lower_ == "of"
    if token.lower_ in _OPENERS or token.ent_type_ == "PLACE":
        return False
    if token.is_digit:
        return True  # 'Task Force 9 of the Ruritanian Navy' (round 24)
    return token.is_title or token.is_upper or token.text in gaz.title_words


def _serves_a_body(gaz: Gazetteer, doc: Doc, indices: list[int]) -> bool:
    """Whether a title names an international body ('Chairman of the EU Military
    Committee'): no country's post, whatever demonym stands before the rank."""
    text = f" {' '.join(doc[i].text for i in sorted(indices))} "
    return any(f" {body} " in text for body in gaz.bodies)


def _countries(doc: Doc, indices: list[int]) -> set[str]:
    found: set[str] = set()
    for i in indices:
        token = doc[i]
        if token.ent_type_ in NATION_LABELS and not paired_demonym(doc, i):
            found.add(token.ent_id_)
    return found


def _after(gaz: Gazetteer, doc: Doc, sent: Span, end: int) -> list[int]:
    """The words of the apposition after a name ('A, Commander of the ... Forces,'),
    up to a word that is no title's or the next rank."""
    if end >= sent.end or doc[end].text != ",":
        return []
    words: list[int] = []
    i = end + 1
    while i < min(sent.end, end + 1 + _REACH):
        if doc[i].text == ",":
            if i + 1 < sent.end and doc[i + 1].ent_type_ == "COUNTRY":
                i += 1  # 'Chief of Staff, Ruritania Ground Force'
                continue
            if i + 1 < sent.end and doc[i + 1].ent_type_ == "RANK":
                return []  # 'A, US Defence Attache, Lt Col B': B's title (round 5)
            if len(words) == 1 and doc[words[0]].ent_type_ in ("POST", "RANK"):
                i += 1  # 'A, Commander, Task Force 9 of ...': one title (round 24)
                continue
            break
        if not _titled(gaz, doc, i):
            break
        words.append(i)
        i += 1
    return words


def _before(gaz: Gazetteer, doc: Doc, sent: Span, rank: int, cross: bool = True) -> list[int]:
    """The words of the title right before a rank ('Commander Ruritania Army, Lt Gen
    A'), back to a word that is no title's (or a comma, unless `cross`)."""
    i = rank - 1
    if i >= sent.start and doc[i].text == ",":
        i -= 1
    words: list[int] = []
    crossed = False
    while i >= max(sent.start, rank - 1 - _REACH):
        if doc[i].text == ",":
            # 'Ruritania Land Forces Chief of Staff, Joint Staff, Admiral A': one
            # more comma, where the words read so far name no country (round 12).
            if not cross or crossed or not words or _countries(doc, words) or i - 1 < sent.start:
                break
            if not _titled(gaz, doc, i - 1) or doc[i - 1].ent_type_ in NATION_LABELS:
                break
            crossed = True
            i -= 1
            continue
        if not _titled(gaz, doc, i):
            break
        words.append(i)
        i -= 1
    # A title, not a country alone ('with Ruritania, General A').
    # A post the tables know counts however it is written ('US ambassador to X A', round 19).
    titled = any(
        (doc[j].is_title and doc[j].ent_type_ not in NATION_LABELS) or doc[j].ent_type_ == "POST"
        for j in words
    )
    return words if titled else []


def _named(token: Token) -> bool:
    # 'MacArthur', 'McDonald': a capital inside the word too (review 25).
    return token.text[:1].isupper() and token.is_alpha and not token.ent_type_


def _initial(token: Token) -> bool:
    """A dotted middle initial ('Harry B. Lane'), part of the name (round 12)."""
    return DOTTED_INITIAL.match(token.text) is not None


def name_mentions(doc: Doc, person: Person) -> list[tuple[Span, int, int]]:
    """Where the person's last name stands, with the rest of its name (and the rank)
    before it: (sentence, the rank's or name's first token, the token after the name).
    A hyphenated last name is several tokens ('Akufo', '-', 'Addo'; review 25)."""
    last = re.split(r"(-)", person.name.split()[-1].lower())
    found = []
    for token in doc:
        end = token.i + len(last)
        if token.lower_ != last[0] or end > len(doc) or not _named(token):
            continue
        if [t.lower_ for t in doc[token.i : end]] != last or not _named(doc[end - 1]):
            continue
        sent = token.sent
        if end > sent.end:
            continue
        i = token.i
        while i - 1 >= max(sent.start, token.i - 8) and (
            _named(doc[i - 1]) or _initial(doc[i - 1])
        ):
            i -= 1
        if i - 1 >= sent.start and doc[i - 1].ent_type_ == "RANK":
            i -= 1
            while i - 1 >= sent.start and doc[i - 1].ent_type_ == "RANK" and doc[i].ent_iob_ == "I":
                i -= 1
        found.append((sent, i, end))
    return found


def ranked_from_titles(
    gaz: Gazetteer, findings: Findings, docs: list[Doc], listed: bool = False
) -> None:
    """Give each person with no country, ranked with no post or with a post the
    context left without a country, the one country the words of its titles name,
    where all of them name the same one (and none an international body). With
    `listed`, only those named in a list after others (round 24: before the list
    gives them the country of those before them)."""
    for person in findings.persons:
        if listed and not person.listed_among:
            continue
        held = person.post is not None and person.post.post
        waiting = person.pending_post is not None and bool(person.pending_post.post)
        if not (person.rank_label or waiting) or person.country or held:
            continue
        countries: set[str] = set()
        international = False
        for doc in docs:
            for sent, rank, end in name_mentions(doc, person):
                if listed:
                    # Within the person's own item: the comma before it closes the
                    # one before, and a country served in is not the person's.
                    words = _after(gaz, doc, sent, end) + _before(gaz, doc, sent, rank, False)
                    words = [i for i in words if not _hosting(doc, i)]
                else:
                    words = _after(gaz, doc, sent, end) + _before(gaz, doc, sent, rank)
                countries |= _countries(doc, words)
                international = international or _serves_a_body(gaz, doc, words)
        if len(countries) == 1 and not international:
            person.country = countries.pop()
            person.post = person.pending_post if waiting else OFFICER
            person.post_evidence = person.post_evidence or person.evidence


def title_text(gaz: Gazetteer, docs: list[Doc], person: Person) -> str:
    """The words of the person's titles, right after and right before each mention
    (round 13: whether they name an international or combined force)."""
    texts: list[str] = []
    for doc in docs:
        for sent, rank, end in name_mentions(doc, person):
            words = _after(gaz, doc, sent, end) + _before(gaz, doc, sent, rank)
            texts.append(" ".join(doc[i].text for i in sorted(words)))
    return f" {' | '.join(texts)} "


def serves_abroad(gaz: Gazetteer, docs: list[Doc], person: Person) -> bool:
    """Whether a title of the person names an international body or a combined or
    multinational force ('Commander of the Combined Task Force', 'Chief of Staff of
    NATO's headquarters'): no country's post, whatever country the post is in."""
    return names_body(gaz, title_text(gaz, docs, person))


def names_body(gaz: Gazetteer, text: str) -> bool:
    """Whether the words (padded with spaces) name an international body or a
    combined force."""
    return any(f" {body} " in text for body in gaz.bodies) or gaz.tells_side("combined", text)


def title_countries(gaz: Gazetteer, docs: list[Doc], person: Person) -> set[str]:
    """The countries and demonyms the words of the person's titles name (round 17),
    less a host's: one after 'to', 'in' or 'at' ('Ambassador to Ruritania', 'the
    Embassy in Ruritania') is where the person serves, not whose."""
    found: set[str] = set()
    for doc in docs:
        for sent, rank, end in name_mentions(doc, person):
            start = _past_host(doc, sent, rank)
            words = _after(gaz, doc, sent, end) + _before(gaz, doc, sent, start)
            found |= _countries(doc, [i for i in words if not _hosting(doc, i)])
    return found


def _hosting(doc: Doc, i: int) -> bool:
    """Whether the country word at i follows 'to', 'in' or 'at' (and 'the'); each
    word of a country of several ('the United States') is read from its first."""
    j = i
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    j -= 1
    while j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ in _HOSTING


def _past_host(doc: Doc, sent: Span, rank: int) -> int:
    """Where the title before a name resumes past the place it serves in ('Ruritania's
    Ambassador to Caracas A': 'Ambassador'), or the name's first token."""
    i = rank - 1
    while (
        i >= sent.start and doc[i].ent_type_ in ("PLACE", *NATION_LABELS) and doc[i].ent_iob_ == "I"
    ):
        i -= 1
    if i < sent.start or doc[i].ent_type_ not in ("PLACE", *NATION_LABELS):
        return rank
    j = i - 1 if i - 1 >= sent.start and doc[i - 1].lower_ == "the" else i
    if j - 1 >= sent.start and doc[j - 1].lower_ in _HOSTING:
        return j - 1
    return rank
