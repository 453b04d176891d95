"""Round 23 (people): 'the visiting admiral', 'the visiting dignitary', 'the
visiting Secretary of State for Defence' with no name after it stands for the
visitor read before.

News reports name the visitor once and then by role: '"The visiting admiral was
welcomed by Vice Admiral B," he said', 'Minister C had received the visiting
Secretary of State for Defence'. Until round 22 a rank or a plain noun after
'the visiting' was read as nobody (and a full post title only when the visitor was
read with that very post), so the meeting went to the host and whoever else the
sentence named. 'The visiting <title>' stands for the latest person read before
the sentence, not named in it, whose rank or post has the title's words ('admiral':
'Admiral A'; 'Secretary of State for Defence': 'State Secretary for Defence A'),
of the country a demonym names ('the visiting Ruritanian admiral'); a plain noun
('dignitary', 'guest', of meeting_words.csv kind visitor) stands for the latest
person read of another country than the first person the sentence names. A name,
a comma or a title right after the words is not this shape ('the visiting
admiral, A B': A B is named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.identity import normalise
from .findings import NATION_LABELS, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Person
    from .gazetteer import Gazetteer

# What may follow the title: a lower-case word or the end of a clause.
_CLOSE = frozenset({".", ";", ":", "!", "?", "'", '"', "\u2019", "\u201d"})
# Words too common to tell two posts apart.
_GENERIC = frozenset({"of", "the", "for", "and", "chief", "head", "general"})


def visitors(
    gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention], persons: list[Person]
) -> list[Mention]:
    """Mentions of the visitor for each 'the visiting <title>' of the sentence that
    no mention covers."""
    found: list[Mention] = []
    named = {id(p) for a in actors for p in a.persons}
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ != "the" or doc[i + 1].lower_ != "visiting":
            continue
        k, country = i + 2, None
        while k < sent.end and doc[k].ent_type_ in NATION_LABELS:
            country, k = doc[k].ent_id_, k + 1
        if k >= sent.end or any(a.start <= k < a.end for a in actors):
            continue
        end, words, plain = _title(gaz, doc, k)
        if end is None:
            continue
        after = doc[end] if end < sent.end else None
        if after is not None and not (after.text in _CLOSE or after.is_lower):
            continue  # 'the visiting admiral, A B' or 'the visiting admiral A': named
        host = next((p for a in actors if a.start < i or a.start >= end for p in a.persons), None)
        person = _visitor(gaz, persons, named, (words, plain), country, host)
        if person is not None:
            found.append(Mention(i, end, [person], "reference"))
    return found


def _title(gaz: Gazetteer, doc: Doc, k: int) -> tuple[int | None, set[str], bool]:
    """Where the title after 'the visiting' ends, its distinctive words, and whether
    it is a plain noun ('dignitary')."""
    token = doc[k]
    if token.ent_type_ in ("RANK", "POST"):
        # doc.ents, not sent.ents: an entity may run past the sentence's end.
        ent = next(e for e in doc.ents if e.start <= k < e.end)
        words = set(normalise(ent.text).split()) - _GENERIC
        if token.ent_type_ == "RANK":
            words = _rank_words(gaz, ent.text)
        return (ent.end, words, False) if words else (None, set(), False)
    if token.is_lower and gaz.rank(token.text, None) is not None:
        return k + 1, _rank_words(gaz, token.text), False  # lower case: no entity here
    if gaz.meeting_words.get(token.lower_) == "visitor":
        return k + 1, set(), True
    return None, set(), False


def _rank_words(gaz: Gazetteer, written: str) -> set[str]:
    """The words of a rank's label, however it is written ('Adm.': admiral)."""
    key = gaz.rank(written, None)
    return set(key.rpartition(".")[2].split("-")) if key else set()


def _visitor(
    gaz: Gazetteer,
    persons: list[Person],
    named: set[int],
    title: tuple[set[str], bool],
    country: str | None,
    host: Person | None,
) -> Person | None:
    """The latest person read before whom the title fits."""
    words, plain = title
    home = host.apparent_country if host is not None else None
    for person in reversed(persons):
        if id(person) in named:
            continue
        there = person.apparent_country
        if country and there != country:
            continue
        if plain:
            if home and there and there != home:
                return person
            continue
        held = person.post or person.pending_post
        own = _rank_words(gaz, person.rank_label) if person.rank_label else set()
        own |= set(normalise(held.label).split()) if held is not None else set()
        if words <= own:
            return person
    return None
