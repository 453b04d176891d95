"""How news writes a person's title: brackets inside it ('United States (US)
Minister of Defense (Menhan)'), two posts joined by 'and', and posts the
tables do not name ('Chairman Joint Chiefs of Staff Committee')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import slug
from .gazetteer import PostTitle

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The longest bracket skipped inside a title: an abbreviation or a short gloss.
_BRACKET_WORDS = 4


def after_brackets(doc: Doc, i: int, limit: int) -> int:
    """Where the words after a short bracket at ``i`` start ('(US)', '(Menhan)');
    ``i`` when no bracket starts there."""
    if i >= limit or doc[i].text != "(":
        return i
    for j in range(i + 1, min(limit, i + _BRACKET_WORDS + 2)):
        if doc[j].text == ")":
            return j + 1 if j > i + 1 else i
        if doc[j].text in ("(", ".", ";"):
            break
    return i


def title_start(doc: Doc, start: int, head: int) -> int:
    """Where a title that ends in its head word ('Defense and Armed Forces
    Logistics Minister') begins: after the last country or demonym (and its
    "'s") between ``start`` and the head, else at ``start``."""
    first = start
    for i in range(start, head):
        if doc[i].ent_type_ in ("COUNTRY", "DEMONYM"):
            first = i + 1
            if first < head and doc[first].lower_ in ("'s", "\u2019s"):
                first += 1
    return first


def adhoc_post(doc: Doc, start: int, end: int) -> PostTitle | None:
    """A post the table does not name, from its words: 'Head of the International
    Military Cooperation Department of the Ministry of Defence of Belarus' is the
    post 'Head of ... of the Ministry of Defence' in that ministry of Belarus."""
    countries = {
        e.start: e
        for e in doc.ents
        if start <= e.start < end and e.label_ in ("COUNTRY", "DEMONYM")
    }
    words: list[str] = []
    i = start
    while i < end and doc[i].text not in (",", ";", ":", "(", ")", "."):
        if i not in countries:
            # Hyphens join without spaces: 'Commander-in-Chief'.
            glued = words and (doc[i].text == "-" or doc[i - 1].text == "-")
            if glued and not doc[i - 1].whitespace_:
                words[-1] += doc[i].text
            else:
                words.append(doc[i].text)
            i += 1
            continue
        country = countries[i]
        if words and words[-1].lower() in ("in", "to"):
            words.pop()
            break
        if country.label_ == "COUNTRY":
            # '... of the Republic of Belarus': the country is not part of the title.
            if [w.lower() for w in words[-2:]] == ["of", "the"]:
                del words[-2:]
            elif words and words[-1].lower() == "of":
                del words[-1]
        i = country.end
        if i < end and doc[i].lower_ in ("'s", "\u2019s"):
            i += 1
    title = " ".join(words)
    if len(words) < 3:
        return None
    ministry = re.search(r"\bMinistry of (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*)*", title)
    stem = ministry.group(0).replace("Defense", "Defence") if ministry else ""
    return PostTitle(slug(title)[:50].strip("-"), title, stem, False)
