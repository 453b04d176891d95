"""Round 25 rule (date and place): a city named only inside a title or a body's name
('the Crown Prince of Strelsau', 'the Governor of Strelsau', 'the University of
Strelsau') is no meeting's place, the convention of the gold written since
unseen27 (bench/realnews/README.md): the title says whom, not where. It is read so
only where the text said which country the visit was to (seat.venue): there that
country places the meeting, while without it the guess left is as often the
guest's country as the host's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Capitalised words before 'of' that make the city's name a place's own ('the Port
# of Tema', 'the City of Strelsau'), not a title's.
_PLACE_NOUNS = {"port", "city", "town", "harbour", "harbor", "municipality", "district"}


def titled_city(doc: Doc, ent: Span) -> bool:
    """Whether the city stands right after 'of' after a capitalised word that is no
    entity or a post's title ('Crown Prince of', 'Mayor of', 'Governor of'), not a
    sentence's first word."""
    i = ent.start - 2
    if i < 1 or doc[i + 1].lower_ != "of":
        return False
    word = doc[i]
    return (
        word.is_alpha
        and word.is_title
        and word.ent_type_ in ("", "POST")  # 'Governor of' is a post's title too
        and word.lower_ not in _PLACE_NOUNS
        and not word.is_sent_start
    )
