"""Who a meeting's sentence names but who takes no part (round 10, meeting
participants).

A sentence that tells a meeting often names someone besides those who met: the
head of state whose envoy or message came ('received the special envoy of
President A, former Minister B'), the government a visit is under ('the
government of President A'). Such a person is no participant (the one named
next in apposition, '..., former Minister B', is) and is named in passing: left
out of the draft unless taking part in an event. The words that name someone by
proxy are data: meeting_words.csv kind 'proxy'.

Also: one person written two ways within one meeting ('A Javed B', 'A Javaid B')
is one participant; a meeting of one person with himself is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.identity import normalise
from .findings import TITLE_LABELS
from .junk import replace_person
from .spelling import near_spellings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Mention, Person
    from .gazetteer import Gazetteer

_SMALL = {"the", "his", "her", "of", "-"}


def by_proxy(
    gaz: Gazetteer, doc: Doc, sent: Span, mention: Mention, actors: list[Mention] | None = None
) -> bool:
    """Whether the mention names the person whose envoy, message or government the
    sentence speaks of: a 'proxy' phrase (meeting_words.csv) ends before it, with
    only a title, a country and small words between (no comma: 'the envoy of the
    Secretary-General, Ambassador B' names B as the envoy). With the sentence's
    mentions given, one joined by 'and' to a person named by proxy is too ('the
    message of President A and President B'). So is a name right before a word of
    kind 'proxy-after' ('the A government', 'the A administration')."""
    after = doc[mention.end].lower_ if mention.end < sent.end else ""
    if gaz.meeting_words.get(after) == "proxy-after":
        return True  # 'the Yameen government', 'the X administration'
    proxies = [w for w, kind in gaz.meeting_words.items() if kind == "proxy"]
    i = mention.start
    while i > sent.start:
        before = " " + doc[max(sent.start, i - 4) : i].text.lower()
        if any(before.endswith(" " + w) for w in proxies):
            return True
        token = doc[i - 1]
        if token.lower_ == "and" and actors:
            joined = next((a for a in actors if a.end == i - 1 and a.kind == "person"), None)
            return joined is not None and by_proxy(gaz, doc, sent, joined, actors)
        small = token.lower_ in _SMALL or token.ent_type_ in TITLE_LABELS
        if not small and not (token.is_alpha and token.text in gaz.title_words):
            return False
        i -= 1
    return False


def present(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> list[Mention]:
    """The mentions of a meeting's sentence, less those of persons it names by proxy."""
    return [a for a in actors if a.kind != "person" or not by_proxy(gaz, doc, sent, a, actors)]


def one_person_twice(findings: Findings) -> None:
    """Two spellings of one name among one meeting's participants
    (``spelling.near_spellings``) are one person (the one named more, else the one
    read first); a meeting left with one is none."""
    for meeting in list(findings.meetings):
        people = [*meeting.participants, *(p for p, _ in meeting.joined)]
        pair = next(
            ((a, b) for k, a in enumerate(people) for b in people[k + 1 :] if _one_name(a, b)),
            None,
        )
        if pair is None or any(p not in findings.persons for p in pair):
            continue
        keep, drop = sorted(pair, key=lambda p: (-p.mentions, findings.persons.index(p)))
        keep.mentions += drop.mentions
        keep.passing += drop.passing
        replace_person(findings, drop, keep)


def _one_name(a: Person, b: Person) -> bool:
    x, y = normalise(a.name).split(), normalise(b.name).split()
    return near_spellings(x, y)
