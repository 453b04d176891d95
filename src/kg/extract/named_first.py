"""A person named first and introduced by the words after the name (round 10):
'A, his Ukrainian counterpart, ...', 'A, her counterpart from Chile'."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_OWNERS = ("his", "her", "their")


def counterpart_after(doc: Doc, sent: Span, end: int) -> tuple[int, str | None] | None:
    """Where the apposition 'NAME, his [DEMONYM] counterpart' after a name ending at
    ``end`` stops, and the country of its demonym (None when it names none); None
    when no such apposition follows."""
    i = end
    if i + 2 >= sent.end or doc[i].text != "," or doc[i + 1].lower_ not in _OWNERS:
        return None
    i += 2
    country = None
    if doc[i].ent_type_ in ("DEMONYM", "COUNTRY"):
        country = doc[i].ent_id_ or None
        i += 1
        while i < sent.end and doc[i].ent_iob_ == "I":
            i += 1  # 'his U. S. counterpart'
    if i >= sent.end or doc[i].lower_ not in ("counterpart", "counterparts"):
        return None
    return i + 1, country
