"""Round 18 (empty drafts): a title in the plural whose post words follow it,
'The Ministers of Defence of Norway and Chile, A and B': the group word
('the Ministers') in the singular with the words after its 'of' is a post of the
tables ('Minister of Defence'), shared by the listed names (shapes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer, PostTitle

# The longest post words read after 'of' ('of Defence', 'of National Defence').
_MOST = 4


def singular(word: str) -> str:
    """A title word in the singular ('Ministers', 'Secretaries', 'Chiefs')."""
    if word.lower().endswith("ies"):
        return word[:-3] + "y"
    if word.lower().endswith("s") and not word.lower().endswith("ss"):
        return word[:-1]
    return word


def group_words(ent: Span) -> list[str]:
    """The words of a group entity less those that count it ('the two Ministers')."""
    words = ent.text.split()
    while words and words[0].lower() in ("the", "two", "both"):
        words.pop(0)
    return words


def plural_title_of(
    gaz: Gazetteer, doc: Doc, sent: Span, ent: Span
) -> tuple[PostTitle, int] | None:
    """The post of a plural group word and the 'of' words after it ('the
    Ministers of Defence'), and where those words end; None when the singular
    title is no post of the tables."""
    if ent.label_ != "GROUP":
        return None
    words = group_words(ent)
    if not words or singular(words[-1]) == words[-1]:
        return None
    stem = " ".join([*words[:-1], singular(words[-1])]).lower()
    return post_with_of(gaz, doc, sent, stem, ent.end)


def post_with_of(
    gaz: Gazetteer, doc: Doc, sent: Span, stem: str, at: int
) -> tuple[PostTitle, int] | None:
    """The post the title words ``stem`` ('minister') make with the 'of' words from
    token ``at`` ('of National Defence'), the longest that is a post of the tables,
    and where those words end; None when no 'of' stands there or no post is made."""
    if at >= sent.end or doc[at].lower_ != "of":
        return None
    found: tuple[PostTitle, int] | None = None
    for end in range(at + 2, min(at + 2 + _MOST, sent.end + 1)):
        ident = gaz.post_titles.get(f"{stem} {span_text(doc[at:end]).lower()}")
        if ident is not None and gaz.posts[ident].post:
            found = (gaz.posts[ident], end)
    return found
