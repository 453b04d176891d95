"""Round 26 (spurious meetings): a phrase that names talks or company where no
one met in person.

- Held apart: the meeting phrase's own noun is qualified as remote, by the word
  right before it ('held a virtual meeting with B', 'held video talks with C',
  'an online meeting with D'): meeting_words.csv kind ``remote``. Round 4 reads a
  sentence with 'telephone' or 'videoconference' anywhere as a call (since
  session 23 a meeting with no place, before no meeting at all); the
  adjectives 'virtual', 'video' and 'online' are read only on the phrase itself,
  since a sentence may use them of something else ('after a year of talking
  virtually, I am glad to meet you here').
- On the trip: 'A is accompanied by B and C' in the present tense lists the
  party A travels with for the whole visit, not those at one meeting; the gold
  readings leave such a party out of the meeting unless a sentence puts them
  there ('Receiving the guests, A was accompanied by B' keeps B).
- Not retold: 'A met B.' then 'A, B and C held talks' is the meeting told again
  with one more person, C, who joins it (kg.extract.meetings). Only when the
  sentence names A and B by name: 'They were received at the airport by C',
  'the official and his counterpart co-chaired a dialogue with C' or 'they met
  C' refers to them and tells another event; C does not join, and the sentence
  drafts no meeting of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import span_text
from .ranked_home import name_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting, Person
    from .gazetteer import Gazetteer

# Words that may stand between 'is' and 'accompanied': 'is also accompanied by'.
_ADVERBS = {"also", "being", "again", "currently", "further"}
# The present tense of the passive: 'is accompanied by', 'are accompanied by'.
_PRESENT = {"is", "are"}


# Talks held apart: 'by telephone', 'a phone call', 'by video conference'; written in
# lower case ('Phone' is a given name in Myanmar).
REMOTE = {
    *("telephone", "phone", "videoconference", "video-conference", "teleconference"),
    *("telephonic", "telephonically"),  # 'in a telephonic conversation' (session 33)
    *("telephoned", "phoned"),  # 'A telephoned B' (session 39)
}
# 'via video link', 'in a video call' (session 26): 'video' alone may be a caption's.
_VIDEO_WITH = {"link", "call", "calls", "conference", "conferencing", "linkup"}


def told_apart(sent: Span) -> bool:
    """Whether a sentence tells of talks held apart: a word of REMOTE, or 'video'
    before a word of a link or call."""
    return any(
        t.text in REMOTE
        or (t.lower_ == "video" and t.i + 1 < sent.end and t.nbor(1).lower_ in _VIDEO_WITH)
        for t in sent
    )


# What makes talks held apart a call rather than a letter ('sent a letter').
_CALLED = REMOTE | {"video", "virtual", "virtually", "online", "call", "calls"}


def _words(text: str) -> set[str]:
    """The text's words, and the parts of a hyphenated one ('video-conferencing')."""
    words = {w.strip(".,;:()\u201c\u201d") for w in text.split()}
    return words | {part for w in words if "-" in w for part in w.split("-")}


def by_call(text: str) -> bool:
    """Whether a sentence of talks held apart tells of a call, not of a letter."""
    return bool(_words(text) & _CALLED)


# Talks referred back to ('During the talks with B', 'The talks between A and B
# took place ...'); not 'the talks on' nor 'the call for'.
_TOLD_BEFORE = re.compile(
    r"\bthe (?:(?:tele)?phone |video )?(?:talks|conversation|call|discussions?)\b"
    r"(?! (?:for|to|of|on|by)\b)",
    re.I,
)
# The words of a sentence that tells of talks, which such a reference points back to.
_TALK_WORDS = {
    *("talks", "talk", "conversation", "call", "discussion", "discussions", "dialogue"),
    *("spoke", "talked", "met", "meeting", "received", "hosted", "visit", "visited"),
}


def _calls_told_again(docs: list[Doc]) -> set[str]:
    """Session 35: the sentences that refer back to 'the talks', 'the
    conversation' or 'the call' right after a sentence that tells of a call (the
    last before them that tells of talks at all): 'A and B held phone talks on
    Thursday. During the talks with B, A ...' names the call's participants where
    the call's own sentence did not, and the dateline then placed the call."""
    found: set[str] = set()
    before: Span | None = None
    for sent in (s for doc in docs for s in doc.sents):
        text = span_text(sent)
        called = before is not None and told_apart(before) and by_call(span_text(before))
        if called and _TOLD_BEFORE.search(text):
            found.add(text)
        if _words(text) & _TALK_WORDS:
            before = sent
    return found


def unplace_calls(findings: Findings, docs: list[Doc]) -> None:
    """Session 23: talks held apart are drafted as meetings, as most gold readings
    since unseen27 count calls, but with no place: each side stays at home. Before,
    such a sentence drafted no meeting (round 4), and a guess from it was placed.
    Session 33: so is a meeting read elsewhere (a headline's 'hold talks') and placed
    by a guess, where one sentence tells of a call and names all its participants."""
    calls = [s.text for doc in docs for s in doc.sents if told_apart(s) and by_call(s.text)]
    told_again = _calls_told_again(docs)
    for meeting in findings.meetings:
        called = meeting.guessed and bool(_words(meeting.evidence) & REMOTE)
        surnames = [p.surname for p in meeting.participants]
        told = not meeting.placed_surely and any(all(n in c for n in surnames) for c in calls)
        again = meeting.evidence in told_again
        if meeting.evidence in findings.remote_told or called or told or again:
            meeting.location, meeting.location_words, meeting.by_call = "", "", True


def held_apart(gaz: Gazetteer, doc: Doc, trigger: Span) -> bool:
    """Whether the word right before the meeting phrase, or one of its own words,
    is of meeting_words.csv kind ``remote`` ('a virtual meeting with', 'video
    talks'; 'held a virtual meeting with', a phrase with a gap, session 27)."""
    words = list(trigger)
    if trigger.start > trigger.sent.start:
        words.insert(0, doc[trigger.start - 1])
    return any(gaz.meeting_words.get(t.lower_) == "remote" for t in words)


def on_trip(doc: Doc, trigger: Span) -> bool:
    """Whether a join phrase of accompanying stands in the present tense ('A is
    accompanied by B', 'they are also accompanied on the visit by C')."""
    if not trigger.text.lower().startswith("accompanied"):
        return False
    k = trigger.start - 1
    while k > trigger.sent.start and doc[k].lower_ in _ADVERBS:
        k -= 1
    return k >= trigger.sent.start and doc[k].lower_ in _PRESENT


def one_more(meeting: Meeting, doc: Doc, sent: Span, people: list[Person], text: str) -> Meeting:
    """The meeting, which those of the people not in it join when the sentence
    names by name each of them who is (one more person at a meeting told again)."""
    there = meeting.ids() | {id(p) for p, _ in meeting.joined}
    shared = [p for p in people if id(p) in there]
    if all(any(s.start == sent.start for s, _, _ in name_mentions(doc, p)) for p in shared):
        meeting.joined += [(p, text) for p in people if id(p) not in there]
    return meeting
