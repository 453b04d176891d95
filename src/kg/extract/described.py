"""Round 22 (meetings found): a full post title standing for a person read before
('Sheikh A received the Ruritanian defence minister', 'The Freedonian Defence
Secretary also held talks with B'). Until round 21 only a title the tables leave
open ('the minister', 'the Turkish minister') was a reference; a full title with no
name after it was read as nobody, and the meeting it told was lost.

The title must be definite ('the', a demonym or 'visiting' between) and a
lower-case word or the clause's end must follow it (no name, no comma); it stands
for the latest person read with that very post (of that country, where the title
names one), never for one of those the sentence names after it and a trigger
(kg.extract.referents)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .findings import Person
    from .gazetteer import PostTitle

# What may follow the title: a lower-case word ('also', 'at', 'received') or the
# end of a clause; not a name, a comma (an apposed name may follow) nor a title.
_CLOSE = frozenset({".", ";", ":", "!", "?"})
# Words that may stand between 'the' and the title: 'the visiting Ruritanian ...'.
_BETWEEN = frozenset({"visiting", "guest", "new", "newly", "appointed"})


def stands_for(posts: list[PostTitle], ent: Span) -> bool:
    """Whether a post title stands for a person: one the tables leave open, or a
    full title in the shape of a reference (round 22)."""
    post = posts[int(ent.ent_id_)]
    if not post.post:
        return True
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and not (after.text in _CLOSE or after.is_lower):
        return False  # a name, a comma (an apposed name), a title: not a reference
    i = ent.start - 1
    while i >= 0 and (doc[i].ent_type_ in NATION_LABELS or doc[i].lower_ in _BETWEEN):
        i -= 1
    return i >= 0 and doc[i].lower_ == "the" and doc[i].ent_type_ == ""


def holder(earlier: list[Person], post: PostTitle, country: str | None) -> Person | None:
    """The latest person read with that very post (and country, if given)."""
    for person in earlier:
        held = person.post or person.pending_post  # 'Defence Minister A': country later
        if held is None or held.label != post.label:
            continue
        if not country or person.country == country:
            return person
    return None
