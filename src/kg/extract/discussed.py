"""'A and B discussed the ties' (round 25): two persons named together as the
subject of 'discussed', in a sentence with no verb of meeting, met, as 'A and B
held talks' says. Not 'A said he discussed ...' (one person), nor a pair of one
country, nor a pair of whom either already met somebody else in the article: 'A
met B and C. The embassy said A and C discussed ...' retells that meeting.

Also the second of two bare names that open a sentence before such a verb ('A B
and C D discussed', 'A B and C D met'): a person, as the first one is; round 4's
rule read only a name that opens the sentence itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attend import coordinated
from .dates import WEEKDAYS
from .names import is_name
from .pairs import distinct
from .time_lead import after_time_lead

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

    from .findings import Meeting, Mention

_VERBS = {"discussed"}
# Words that may stand between the pair and the verb: 'A and B on Thursday also
# discussed', 'A and B "discussed ...', 'A and B have discussed'.
_BETWEEN = {"also", "on", "today", "yesterday", "have", "had", "jointly", '"', "\u201c"}


def _gap(tokens: list[Token]) -> bool:
    return len(tokens) <= 3 and all(t.lower_ in _BETWEEN or t.lower_ in WEEKDAYS for t in tokens)


def discussed(
    doc: Doc, sent: Span, actors: list[Mention], meetings: list[Meeting]
) -> list[tuple[str, Span]]:
    """A meeting trigger on 'discussed' whose subject is two persons named together
    ('A and B', 'A and his counterpart B') not known to be of one country (either
    country may be unread), neither met before."""
    for token in sent:
        if token.lower_ not in _VERBS:
            continue
        before = [a for a in actors if a.end <= token.i and a.kind == "person"]
        if not before or not _gap(list(doc[before[-1].end : token.i])):
            continue
        run = coordinated(doc, before, forward=False)
        if len(run) != 2 or distinct(run) != 2:
            continue
        if not any(t.lower_ == "and" for t in doc[run[0].end : run[1].start]):
            continue
        people = [p for m in run for p in m.persons]
        countries = {p.apparent_country for p in people}
        if len(countries) == 1 and None not in countries:
            continue  # two of one country: no meeting of two sides
        met = {id(p) for m in meetings if len(m.participants) >= 2 for p in m.participants}
        if any(id(p) in met for p in people):
            continue  # the pair's meeting was told already, with others
        return [("meet", doc[token.i : token.i + 1])]
    return []


def paired_subject(
    doc: Doc, sent: Span, start: int, after: list[Token], acts: Collection[str]
) -> bool:
    """Whether the name at ``start`` is the second of 'A B and C D' that opens the
    sentence (a time phrase may come first), right before a verb of meeting or
    'discussed'."""
    if not after or not (after[0].ent_type_ in acts or after[0].lower_ in _VERBS):
        return False
    if start - 1 <= sent.start or doc[start - 1].lower_ != "and":
        return False
    for begin in range(sent.start, start - 1):
        if begin == sent.start or after_time_lead(doc, sent, begin):
            words = list(doc[begin : start - 1])
            if 2 <= len(words) <= 4 and all(is_name(t.text) and not t.ent_type_ for t in words):
                return True
    return False
