"""Session 17 (persons not read): a monarch named after a style that is a given name
too ('Sultan', 'Emir', 'Amir': royal_styles.csv), where the text ties the style to
a country: 'the Sultan of Brunei Hassanal Bolkiah', 'The Sultan of Brunei, Sultan
Hassanal Bolkiah', 'Qatari Emir Tamim bin Hamad Al Thani', 'Brunei's Sultan A B',
'Sultan Hassanal Bolkiah from Brunei Darussalam'. The style is no post title of the
tables, since 'Sultan Kamaletdinov' and 'Abdel Emir Rashid Yarallah' are names:
made titles, the styles read the same monarchs but cut those names short and made
a headline's capitals a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS, POSSESSIVE, span_text
from .plural_list import country_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings
    from .gazetteer import Gazetteer
    from .people import PersonRules

# A sentence with fewer lower-case words is a headline (as kg.extract.comma_title).
_FEWEST_LOWER = 2


def _before(doc: Doc, sent: Span, k: int) -> tuple[str, int] | None:
    """The country a demonym or a possessive right before the style names ('Qatari
    Emir', "Brunei's Sultan"), and where it starts."""
    j = k - 1
    if j > sent.start and doc[j].text in POSSESSIVE:
        j -= 1
    if j < sent.start or doc[j].ent_type_ not in NATION_LABELS:
        return None
    start = j
    while start > sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[j].ent_id_, start


def royal_names(rules: PersonRules, doc: Doc, sent: Span) -> None:
    """Read each name after a royal style that the text ties to a country."""
    styles = rules.gaz.royal_styles
    if sum(t.text[:1].islower() for t in sent) < _FEWEST_LOWER:
        return  # a headline ('Brunei Sultan Holds Talks'): its capitals name nobody
    for k in range(sent.start, sent.end - 2):
        post = styles.get(doc[k].text)
        if post is None:
            continue
        country, first, start = None, k, k + 1
        if doc[k + 1].lower_ == "of" and (found := country_at(doc, sent, k + 2)) is not None:
            # 'the Sultan of Brunei, Sultan A B'
            country, start = found
            start += start < sent.end and doc[start].text == ","
            start += start < sent.end and doc[start].text == doc[k].text
        elif (found := _before(doc, sent, k)) is not None:
            country, first = found
        end = rules.name_end(doc, start, sent.end)
        if end - start < 2:
            continue
        stop = end
        if country is None:
            # 'Sultan A B from Brunei Darussalam'
            after = (
                country_at(doc, sent, end + 1)
                if end < sent.end and doc[end].lower_ in ("of", "from")
                else None
            )
            if after is None:
                continue
            country, stop = after
        rules.person(
            span_text(doc[start:end]),
            span_text(doc[first:stop]),
            "royal style",
            post=post,
            country=country,
        )


def unstyled(findings: Findings, gaz: Gazetteer) -> None:
    """A monarch of a royal style whose name another rule read with the style as
    its first word ('Sultan A B C', beside a meeting verb) is named without it."""
    for person in findings.persons:
        words = person.name.split()
        post = gaz.royal_styles.get(words[0]) if len(words) > 2 else None
        if post is not None and person.post is not None and person.post.post == post.post:
            person.name = " ".join(words[1:])
