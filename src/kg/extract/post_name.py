"""Where a person's name starts after a post title (session 25 moved it out of
kg.extract.people, which had grown to its size limit): past the title's 'of [the]
COUNTRY' or, since session 25, its 'to NATO' ('Estonia's Permanent Representative to
NATO A B'), a body of international_organizations.csv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import TRIGGER_LABELS
from .names import NOT_NAMES, is_name

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Doc, Span


def name_after_post(doc: Doc, sent: Span, post: Span, bodies: Set[str]) -> int | None:
    """Where a name starts after a post title and its 'of [the] COUNTRY', if one does;
    or after its 'to NATO', a body's name (session 25)."""
    i: int = post.end
    while i < sent.end and i - post.end < 12:
        token = doc[i]
        if token.text in (".", ";", ":") or token.ent_type_ in TRIGGER_LABELS:
            return None
        if token.text == ",":
            # Not a clause after the comma ('... Affairs A B, a call took place'):
            # the name, if any, stood before it (session 27).
            clause = i + 1 < sent.end and doc[i + 1].is_lower and doc[i + 1].is_alpha
            return None if clause else i + 1
        named = doc[i - 1].ent_type_ == "COUNTRY" or doc[i - 1].text in bodies
        if named and not token.ent_type_ and is_name(token.text) and token.text not in NOT_NAMES:
            return i
        i += 1
    return None
