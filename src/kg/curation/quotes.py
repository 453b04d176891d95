"""Why a quote is not in the article: the typographic variants of one character
(apostrophes, quotation marks, dashes, spaces) that a curator types differently."""

from __future__ import annotations

import unicodedata

# Characters that look alike in a text editor, each mapped to the one a keyboard types.
VARIANTS = {
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",
    "\u00a0": " ",
}


def plain(text: str) -> str:
    return "".join(VARIANTS.get(c, c) for c in text)


def _name(char: str) -> str:
    shown = "a space" if char in " \u00a0" else repr(char)
    return f"{shown} ({unicodedata.name(char, f'U+{ord(char):04X}').lower()})"


def variant_hint(quote: str, text: str) -> str | None:
    """When the quote matches the (normalised) text once look-alike characters are
    unified, say which character of the quote differs from the article's."""
    wanted = plain(quote)
    at = plain(text).find(wanted)
    if at < 0:
        return None
    found = text[at : at + len(wanted)]
    for mine, theirs in zip(quote, found, strict=False):
        if mine != theirs:
            return (
                f"the quote has {_name(mine)} where the article has {_name(theirs)};"
                f" copy the quote from the article, or type {theirs!r}"
            )
    return None
