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
