"""Round 22 (spurious meetings): a meeting phrase that tells of a meeting not held
in the story's own time drafts no meeting.

- Ahead: the words right before the phrase put its verb ahead ('A will meet B',
  'A is also scheduled to meet with B', 'A is supposed to meet C', 'A is due to
  meet D'): meeting_words.csv's kinds ``future`` ('will', 'plans to', 'is
  scheduled to') and ``ahead`` ('scheduled to', 'supposed to', 'due to', 'is
  to'), read as the phrase that ends right before the meeting phrase, past a few
  adverbs ('also', 'later'). A sentence that names the story's own day ('A will
  meet B later today') is of the story's time, as round 18 has it
  (kg.extract.aside).
- Not held: the words right before the phrase deny it ('could not meet with B for
  health reasons', 'was unable to meet C'): meeting_words.csv kind ``denied``
  (session 33).
- Recalled: the words before the phrase set it in an earlier year ('During his
  visit in 2021, A also called on B', told in 2022), or the phrase's clause tells
  of meetings over and over (meeting_words.csv kind ``habitual``: 'A has met his
  counterpart several times', 'C has repeatedly met D'). A year after the phrase
  is another event's ('the first meeting since he took office in 2019')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import MONTH_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# Adverbs that may stand between the words that put a verb ahead and the verb:
# 'will also meet', 'is scheduled to later meet', 'will be meeting'.
_BETWEEN = {"also", "later", "then", "soon", "separately", "reportedly", "first", "be"}
_BETWEEN |= {"jointly", "personally", "officially", "again", "each", "both", "further"}
# And the words of a meeting held as a noun: 'will also hold a bilateral meeting
# with B' is ahead as 'will meet B' is (session 32).
_BETWEEN |= {"hold", "have", "a", "an", "bilateral", "separate", "formal", "official"}
_KINDS = ("future", "ahead", "denied")
# The longest phrase of those kinds, in words ('is scheduled to').
_LONGEST = 3
# The story's own day: 'A will meet B later today' is now (as in kg.extract.aside).
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
# 'in 2021', 'during his visit in 2021', 'in early March 2021', 'during the 2021
# visit': a year after 'in' or 'during' and words of a time only, so that 'in line
# with the 2019 pact' (the pact's year) sets no meeting in 2019.
_TIME_WORDS = rf"(?:the|his|her|their|its|a|an|early|late|mid|{MONTH_PATTERN})"
_IN_YEAR = re.compile(
    rf"\b(?:in|during)\s+(?:{_TIME_WORDS}\s+){{0,3}}?(?P<year>(?:19|20)\d\d)\b", re.I
)
# How many words before the meeting phrase may tell that it was over and over: the
# longest phrase of kind habitual ('on several occasions').
_HABITUAL_BEFORE = 3
# A relative clause of its own ('B, who took office in 2019,') tells of its subject.
_OWN_CLAUSE = re.compile(r"\b(?:who|which|whose)\b[^,]*", re.I)


def _kind_before(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span) -> str | None:
    """The kind of ``_KINDS`` of the longest phrase that ends right before the
    meeting phrase, past the adverbs of ``_BETWEEN``; None where none does."""
    end = trigger.start
    while end > sent.start and doc[end - 1].lower_ in _BETWEEN:
        end -= 1
    for size in range(_LONGEST, 0, -1):
        if end - size < sent.start:
            continue
        kind = gaz.meeting_words.get(" ".join(t.lower_ for t in doc[end - size : end]))
        if kind in _KINDS:
            return kind
    return None


def recalled(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span, date: str) -> bool:
    """Whether the words before the meeting phrase (less relative clauses) name a
    year before the story's, or the phrase itself is told as over and over (a word
    of meeting_words.csv kind ``habitual`` right before it, or after it in its
    clause up to a comma)."""
    lead = _OWN_CLAUSE.sub("", doc[sent.start : trigger.start].text)
    if any(int(m.group("year")) < int(date[:4]) for m in _IN_YEAR.finditer(lead)):
        return True
    # Before the phrase, only the words right before it are its own ('has repeatedly
    # met', 'has on several occasions met'), not another verb's ('repeatedly stressed
    # ... when he met B'); after it, its clause up to a comma ('met B several times').
    start = max(sent.start, trigger.start - _HABITUAL_BEFORE)
    end = trigger.end
    while end < sent.end and doc[end].text != ",":
        end += 1
    return gaz.speaks_of("habitual", doc[start : trigger.start].text) or gaz.speaks_of(
        "habitual", doc[trigger.end : end].text
    )


def ahead_verb(gaz: Gazetteer, text: str) -> bool:
    """Whether the text puts a meeting verb ahead with a phrase of kind ``ahead``
    ('is also scheduled to meet B', 'is supposed to visit C'): for the persons a
    sentence names in passing (kg.extract.aside), which reads the kind ``future``
    but not 'to meet' ('agreed to meet')."""
    words = [w for w, kind in gaz.meeting_words.items() if kind == "ahead"]
    if not words:
        return False
    between = "|".join(sorted(_BETWEEN))
    phrase = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = rf"\b(?:{phrase})\s+(?:(?:{between})\s+)*(?:meet|visit|call on)\b"
    return re.search(pattern, text, re.I) is not None


def unheld(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span, date: str) -> bool:
    """Whether the meeting phrase tells of a meeting ahead (the words right before
    it are of kind ``future`` or ``ahead``, in a sentence that does not name the
    story's own day), denied (kind ``denied``) or recalled."""
    kind = _kind_before(gaz, doc, sent, trigger)
    ahead = kind in ("future", "ahead") and not _TODAY.search(sent.text)
    return ahead or kind == "denied" or recalled(gaz, doc, sent, trigger, date)
