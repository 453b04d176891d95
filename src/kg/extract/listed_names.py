"""An official the gold readings list, named without a title (session 29).

The rules read a person where a rank or a post title introduces the name; a name
that stands alone ('talks between Hulusi Akar and Sifet Podzic', 'Jorge Faurie
and Aloysio Nunes', a name in a list of names) was read only once the article
had introduced it with a title. Officials recur from article to article, and
``data/reference/officials.csv`` lists those the real-news gold readings name
(kg.extract.officials): a name of two words or more that the table lists is a
person wherever the text writes it, of the table's country (none for staff of an
international body). A name followed by a social-media handle ('Mohammad Ali
(@handle) 4 minutes ago') is a writer's byline, no official's (session 31)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .officials import Officials

RULE = "a listed official's name (officials.csv)"

_HANDLE = re.compile(r"\s*\(@\w")


def listed_name(officials: Officials, doc: Doc, start: int, end: int) -> tuple[str, str | None]:
    """The longest name of two words or more from ``start`` up to ``end`` that the
    table lists, with the table's first country; ("", None) where it lists none."""
    for stop in range(end, start + 1, -1):
        name = span_text(doc[start:stop])
        listed = officials.get(name)
        if listed is not None and _HANDLE.match(doc.text, doc[stop - 1].idx + len(doc[stop - 1])):
            return "", None  # a byline
        if listed is not None:
            return name, listed.countries[0] if listed.countries else None
    return "", None
