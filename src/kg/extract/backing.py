"""Round 22 (supports and congratulations): who backs whom, read the right way round.

- A congratulation told in the passive ('A, who was congratulated on his election
  by General B, ...', 'A was warmly congratulated by B'): B congratulates A, not A
  B. Passive with nobody after 'by': no congratulation drafted.
- Support owned by a named body that is no country ("NATO's support for the peacekeepers
  ... and for the relief effort in X"): no country supports, so none is drafted (a
  country named earlier in the sentence is not the supporter).
- A support told twice (the same supporter, party and issue: a paraphrase, then a
  quotation) is one support."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import POSSESSIVE, TITLE_LABELS, Congratulated, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Supported

# The auxiliaries of a passive, and how many adverbs may stand between ('was warmly').
_PASSIVE = {"was", "were", "been", "being", "is", "are", "be"}
_ADVERBS = 2
# Entity labels of an owner that speaks for a country's government: the country,
# its capital, or a post or rank of it ("the Norwegian Prime Minister's support").
_COUNTRY_LABELS = {*TITLE_LABELS, "PLACE"}


def _passive(doc: Doc, sent: Span, trigger: Span) -> bool:
    k = trigger.start - 1
    while k > sent.start and trigger.start - k <= _ADVERBS and doc[k].lower_.endswith("ly"):
        k -= 1
    return k >= sent.start and doc[k].lower_ in _PASSIVE


def congratulation(
    doc: Doc, sent: Span, trigger: Span, before: list[Mention], after: list[Mention]
) -> Congratulated | None:
    """Who congratulates whom: the person before 'congratulated' the person after
    it; in the passive, the person after 'by' the person before."""
    appointment = any(e.ent_id_ == "appointment" for e in sent.ents)
    if not _passive(doc, sent, trigger):
        return Congratulated(
            before[-1].persons[0], after[0].persons[0], span_text(sent), appointment
        )
    by = next((i for i in range(trigger.end, sent.end) if doc[i].lower_ == "by"), None)
    doers = [a for a in after if by is not None and a.start > by]
    if not doers:
        return None
    return Congratulated(doers[0].persons[0], before[-1].persons[0], span_text(sent), appointment)


def owned_elsewhere(doc: Doc, sent: Span, trigger: Span) -> bool:
    """Whether the support noun is owned by a body the text names that is no
    country: "NATO's support for ..." (not "his country's support", a country's,
    nor "the Norwegian Prime Minister's support", a post's)."""
    k = trigger.start - 1
    if k - 1 < sent.start or doc[k].text not in POSSESSIVE:
        return False
    owner = doc[k - 1]
    return owner.text[:1].isupper() and owner.ent_type_ not in _COUNTRY_LABELS


def once(supports: list[Supported]) -> list[Supported]:
    """Each support once: the same supporter, party and issue told again is one."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for item in supports:
        key = (item.supporter, item.party, item.issue.lower())
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def mutual_issue(sentence: str) -> str:
    """The issue of a support both sides give each other: the words after 'in',
    'within' or 'on' ('mutual support in the fight against terrorism')."""
    for m in re.finditer(
        r"\b(?:in|within|on)\s+((?:the\s+)?[a-z][\w\s-]*?)(?=[,.;]|\s+and\s|$)", sentence
    ):
        phrase = re.sub(r"^the\s+", "", m.group(1).strip())
        if phrase and not phrase.startswith(("all ", "every ", "each ")):
            return f"Mutual support in {phrase}"
    return "Mutual support"
