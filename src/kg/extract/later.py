"""Round 10 (countries of persons): a later mention of a person that names the
country of the person's post right before its title ('Minister of Defence A
signed ...' in a headline, then 'Swedish Minister for Defence A and ...') gives a
person the first mention left without a country that country; round 9's checks
of the other side still apply when the context settles the post. A person first
named bare ('A meets the US Ambassador') takes the post of a later mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .after_names import serves_a_body
from .context import qualifying_country
from .findings import span_text
from .names import word_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Person
    from .gazetteer import Gazetteer, PostTitle


def later_country(
    gaz: Gazetteer,
    doc: Doc,
    sent: Span,
    span: tuple[int, int],
    person: Person,
    post: PostTitle,
    nearby: str | None,
) -> None:
    """Give a person known already, with no country, the one whose name or demonym
    stands right before the post title of this later mention (span: the title's
    tokens); and one with no post at all (first named bare, in a headline: 'A
    meets the US Ambassador', then 'Minister of Defense A') this mention's post,
    waiting for its country like a first mention's."""
    if person.country or (person.post is not None and person.post.post):
        return
    if serves_a_body(post, gaz.bodies):
        return  # 'the AMISOM Force Commander A': no country's post (round 6)
    start, end = span
    if person.pending_post is None and not person.rank_label:
        person.pending_post = post
        person.post_evidence = span_text(doc[start:end])
        person.nearby_country = nearby
    country = qualifying_country(doc, max(sent.start, start - 4), end, gaz)
    if country:
        person.country = country


def titles_next(gaz: Gazetteer, doc: Doc, span: tuple[int, int], name_end: int) -> bool:
    """Whether the rank at the end of an apposition's title (span: the title's
    first token and the rank) stands right after a word of the title, with no 'and'
    in it, and before a name (name_end: where that name ends): in 'General A, Chief
    of Staff Admiral B' the title is B's, not an apposition of A's (round 10); not
    'A, Secretary of Defense and Admiral B', nor after an honorific's letters ('H E')."""
    title, i = span
    if doc[i].ent_type_ != "RANK" or doc[i].ent_iob_ != "B" or name_end <= i + 1:
        return False
    words = {t.lower_ for t in doc[title:i]}
    last = doc[i - 1]
    worded = last.is_lower or (last.text.istitle() and len(last.text) > 1)
    return "and" not in words and worded and word_kind(gaz.name_words, last.text) != "particle"
