"""Names in an attendee list that no rank or table title introduces (round 13,
meetings).

'The meeting was attended by the Undersecretary of the Ministry of Defence, A B,
the National Security Advisor, C D, and E F, Director of Plans': after a phrase
of attendance (extract_phrases.csv kind ``joined-by``; before one of kind
``join``: 'A, <post>, and B also attended the meeting'), the list's items are
split at commas, semicolons and 'and'. An item that is a name alone (two to six
capitalised words, no word of a table, no body or place) next to an item that
holds a post or a rank is a person: the list names posts and persons in turn.
Read before, only the first name of such a list was a person (the one with a
rank); the others, with open or unknown posts, were lost from the meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .apposed import ApposedTitles
from .findings import Mention, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Where the items of a list are split.
_SPLITS = {",", ";", "and"}
# What ends the list: a sentence's end or a clause of its own.
_ENDS = {".", "!", "?", ":", "who", "which", "where", "said", "says"}
_JOINS = {"-", "'", "\u2019"}
_TITLED = {"POST", "RANK"}
_QUOTES = {'"', "\u201c", "\u201d"}


class ListedAttendees(ApposedTitles):
    """Persons named alone between the posts of an attendee list."""

    def more_mentions(self, doc: Doc, sent: Span, actors: list[Mention], taken: set[int]) -> None:
        super().more_mentions(doc, sent, actors, taken)
        trigger = next((e for e in sent.ents if e.label_ in ("JOINED-BY", "JOIN")), None)
        if trigger is None:
            return
        if trigger.label_ == "JOINED-BY":
            items = _items(doc, trigger.end, sent.end)
        else:  # 'A, <post>, and B, <post>, also attended the meeting'
            items = _items(doc, sent.start, trigger.start)
        added = False
        for k, (start, end) in enumerate(items):
            while start < end and (doc[start].lower_ == "the" or doc[start].text in _QUOTES):
                start += 1
            while end > start and doc[end - 1].text in _QUOTES:
                end -= 1
            if not 2 <= end - start <= 8 or any(i in taken for i in range(start, end)):
                continue
            if any(a.start < end and start < a.end for a in actors):
                continue
            if any(doc[i].ent_type_ for i in range(start, end)):
                continue
            if self.name_end(doc, start, end) != end or not self._plain(doc, start, end):
                continue
            near = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)]
            if not any(_titled(doc, a, b) for a, b in near):
                continue
            name = span_text(doc[start:end])
            if len(name.split()) < 2 or self.find(name) is not None:
                continue
            person = self.person(name, span_text(sent), "name in an attendee list")
            actors.append(Mention(start, end, [person]))
            taken.update(range(start, end))
            added = True
        if added:
            actors.sort(key=lambda a: a.start)

    def _plain(self, doc: Doc, start: int, end: int) -> bool:
        """No word of a post or ministry ('Deputy Commandant', 'Defence Engagement')
        and nothing but letters, hyphens and apostrophes in each word."""
        return all(
            t.text not in self.gaz.title_words
            and (t.text in _JOINS or t.text.replace("'", "").replace("\u2019", "").isalpha())
            for t in doc[start:end]
        )


def _items(doc: Doc, start: int, limit: int) -> list[tuple[int, int]]:
    """The spans between the separators of a list, up to its end."""
    items: list[tuple[int, int]] = []
    first = start
    i = start
    while i < limit and doc[i].lower_ not in _ENDS:
        if doc[i].lower_ in _SPLITS:
            if i > first:
                items.append((first, i))
            first = i + 1
        i += 1
    if i > first:
        items.append((first, i))
    return items


def _titled(doc: Doc, start: int, end: int) -> bool:
    return any(doc[i].ent_type_ in _TITLED for i in range(start, end))
