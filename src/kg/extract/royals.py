"""Round 24 (persons): a monarch named by one name after the style ('His Majesty
King A', 'King B, Supreme Commander of ...').
News of kingdoms and emirates names the sovereign by the given name alone, which
the rules for persons never read: they want two name words unless a rank or a
post stands before them. The style itself tells that the one word is a person's
name. Only the styles of reigning monarchs count ('Prince', 'Sheikh' and 'Crown
Prince' open names of two words or more in the same news, and one word after
them is as often a house or a title)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .findings import REGNAL
from .names import is_name, word_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings

# The styles of a reigning monarch that may stand right before a single name; both
# are honorifics of name_stopwords.csv, so a name read from them leaves them out.
STYLES = frozenset({"King", "Queen"})


def monarch(
    doc: Doc, start: int, end: int, words: Mapping[str, str], title_words: frozenset[str]
) -> bool:
    """Whether ``doc[start:end]`` is a style of STYLES and one name word after it
    (honorifics may open it: 'His Majesty King A'): a plain capitalised word that
    is no entity, no title word and no word of name_stopwords.csv, with no other
    name word after it ('King A B' is read as a name of two words)."""
    last = end - 1
    if last <= start or doc[last - 1].text not in STYLES:
        return False
    # Only honorifics before the style, and no prefix in capitals: not 'HMS Queen
    # Elizabeth', a ship (session 30).
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_upper and before.is_alpha and len(before) > 1:
        return False
    if any(word_kind(words, t.text) != "honorific" for t in doc[start : last - 1]):
        return False
    token = doc[last]
    plain = is_name(token.text) and not token.ent_type_ and token.text not in title_words
    if not plain or word_kind(words, token.text) is not None:
        return False
    return end >= len(doc) or not is_name(doc[end].text)


def regnal_end(doc: Doc, end: int, limit: int) -> int:
    """Past the reign's number right after a monarch's name ('King A VI'), if any."""
    return end + 1 if end < limit and doc[end].text in REGNAL else end


# The style a monarch's lone given name keeps (session 37): curators write 'King
# Abdullah' (ten readings of tune87 to one 'Gyanendra'), while a name with the
# reign's number or of two words or more goes without it ('Abdullah II', 'Hamad
# bin Isa Al Khalifa'); after 'Queen' and 'Emperor' they leave the style out.
KEPT_STYLE = "King"


def styled_names(findings: Findings, docs: list[Doc]) -> None:
    """Name a person read by one given name 'King A' where the article writes the
    name so, with no reign's number after it."""
    for person in findings.persons:
        name = person.name
        if len(name.split()) != 1:
            continue
        for doc in docs:
            if any(_styled_at(doc, i, name) for i in range(1, len(doc))):
                person.name = f"{KEPT_STYLE} {name}"
                break


def _styled_at(doc: Doc, i: int, name: str) -> bool:
    if doc[i].text != name or doc[i - 1].text != KEPT_STYLE:
        return False
    return i + 1 >= len(doc) or (doc[i + 1].text not in REGNAL and not is_name(doc[i + 1].text))
