"""A guessed meeting (round 5, meets2): an article about officials of two countries
that speaks of a meeting, where no rule read who met whom, drafts one meeting of its
two principal persons, at low confidence, for the curator to check."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import lone_person
from .calls import pair_calls
from .context import taking_part
from .dates import event_date
from .findings import Meeting, Person, span_text
from .lead_place import lead_place
from .not_there import by_call
from .other_name import other_participant
from .subjects import both_met_by_unread
from .told import lead_date, reported_day, told_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer
    from .meetings import MeetingRules

GUESS_CONFIDENCE = 0.4
# A relative clause that puts what the meeting brings ahead ('met to sign an accord
# that will deepen ties') does not put the meeting itself ahead (round 13).
_RELATIVE_FUTURE = re.compile(r",?\s*\b(?:that|which)\s+(?:will|shall)\b.*", re.S)
_PAST = re.compile(r"\b(?:met|held|\w+ed)\b", re.I)


# What a person is quoted as saying: words at a meeting, not the article's telling
# of one ahead ('"We will meet again soon," A said' puts nothing ahead).
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")


def _held(text: str) -> str:
    """The sentence without a relative clause that puts something ahead, where what
    stays tells of a meeting in the past tense ('met', 'held talks'); else all of it
    ('a meeting that will be held' stays ahead)."""
    kept = _RELATIVE_FUTURE.sub("", text)
    return kept if _PAST.search(kept) else text


def _of_talks_held(gaz: Gazetteer, text: str) -> bool:
    """Whether a sentence speaks of a meeting held, not of one ahead."""
    return gaz.speaks_of("meeting", text) and not gaz.speaks_of("future", _held(text))


def principal_persons(reader: MeetingRules) -> list[Person]:
    """The principal person of each of the first two countries the article's persons
    hold posts for: one who takes part in an event, else the one named most, else
    the first introduced. With one country only, a person of no country read is the
    other side ('X received Y', Y's country unsaid); where that leaves a side empty,
    the two persons named most (round 9): an empty draft helps no curator."""
    persons = [p for p in reader.findings.persons if p.mentions > p.passing or not p.mentions]
    countries: list[str | None] = list(dict.fromkeys(p.country for p in persons if p.country))
    countries = countries[:2]
    if len(countries) == 1:
        countries.append(None)
    if len(countries) < 2:
        return _named_most(persons)
    active = taking_part(reader.findings)
    chosen = []
    for country in countries:
        theirs = [p for p in persons if p.country == country and p not in chosen]
        if not theirs:
            return _named_most(persons)
        acting = [p for p in theirs if any(p is q for q in active)]
        chosen.append(max(acting or theirs, key=lambda p: p.mentions - p.passing))
    return chosen


def _named_most(persons: list[Person]) -> list[Person]:
    """Where the countries do not give two sides (none read, or both persons of one
    country), the two persons named most, those with a post or a rank first."""
    if len(persons) < 2:
        return []
    return sorted(
        persons, key=lambda p: (bool(p.post or p.rank_label), p.mentions - p.passing), reverse=True
    )[:2]


def speaking_sentence(
    reader: MeetingRules, people: list[Person], naming_only: bool = False
) -> tuple[Doc, Span] | None:
    """The first sentence that speaks of a meeting held (not one ahead, nor talks by
    telephone), one that names either person first (with naming_only, only one that
    names a person)."""
    gaz = reader.gaz
    found: list[tuple[Doc, Span]] = [
        (doc, sent)
        for doc in reader.docs
        for sent in doc.sents
        if _of_talks_held(gaz, sent.text) and not gaz.speaks_of("remote", sent.text)
    ]
    surnames = [p.surname.lower() for p in people]
    naming = [(d, s) for d, s in found if any(n in s.text.lower() for n in surnames)]
    chosen = naming if naming_only else naming or found
    return chosen[0] if chosen else None


def guess_meeting(reader: MeetingRules) -> None:
    """When the reading found no meeting, one guessed meeting of the article's two
    principal persons: dated by the day its sentence states, else by one an earlier
    sentence of its paragraph states, else by the article; placed by the rules of
    any meeting (kg.extract.meetings)."""
    pair_calls(reader)  # round 20: calls of an unnamed doer, with the visitor
    if reader.findings.meetings:
        return
    people = principal_persons(reader)
    alone = len(people) < 2
    if alone:
        # Round 13: one person read; a meeting of that person, told in a sentence
        # naming them, rather than an empty draft.
        people = lone_person(reader)
        if not people:
            return
    if both_met_by_unread(people, reader.met_by_unread):
        return  # round 14, subjects
    where = speaking_sentence(reader, people, naming_only=alone)
    if where is None:
        signed_together(reader)
    else:
        doc, sent = where
        if alone and (other := other_participant(reader, sent, people[0])) is not None:
            people = [*people, other]
        add_guessed(reader, doc, sent, people)
    if _first_told_by_call(reader):
        # 'A holds video talks with B' heads the article: the talks it goes on to tell
        # were a call, with no place (session 23).
        reader.findings.remote_told.update(m.evidence for m in reader.findings.meetings)


def _first_told_by_call(reader: MeetingRules) -> bool:
    """Whether the article's first sentence of a meeting held is of a call."""
    gaz = reader.gaz
    for doc in reader.docs:
        for sent in doc.sents:
            if _of_talks_held(gaz, sent.text):
                return gaz.speaks_of("remote", sent.text) and by_call(sent.text)
    return False


def add_guessed(reader: MeetingRules, doc: Doc, sent: Span, people: list[Person]) -> None:
    """A guessed meeting of the people, told in the sentence: dated by the day it
    states, else by one an earlier sentence of its paragraph states, else by the
    opening paragraphs, else by the article; placed by the rules of any meeting."""
    text = span_text(sent)
    stated = event_date(text, reader.date)
    if stated is not None and reported_day(reader.gaz, text, stated[1]):
        stated = None  # 'the ministry informs on Sunday': the report's day (session 25)
    stated = stated or told_date(reader.gaz, reader.docs, doc, sent, reader.date)
    # The day the opening paragraphs state (a caption's 'Aug. 15, 2018'), as for a
    # meeting read (round 10, dates).
    stated = stated or lead_date(reader.gaz, reader.docs, reader.date)
    when, date_words = stated or (reader.date, "")
    location, location_words, _ = reader.location(doc, sent, people, None)
    if location_words != text and (lead := lead_place(reader.gaz, reader.docs)):
        # Its own sentence names no place: the city the opening gives the talks, not
        # the dateline's, where the agency files (session 28).
        location, location_words = lead
    meeting = Meeting(
        people, when, date_words, location, location_words, text, GUESS_CONFIDENCE, None
    )
    meeting.guessed = True
    reader.findings.meetings.append(meeting)


def signed_together(reader: MeetingRules) -> None:
    """Session 18: an article whose signing names two signatories or more, where no
    sentence speaks of a meeting ('The agreement was signed by A and his counterpart
    B'), drafts a guessed meeting of them on the signing's day, placed by the rules
    of any meeting: most such signings are done together, and an empty draft helps
    no curator (the target asks for none). Round 18 drafted none without a sign that
    the two were together; the draft now says the meeting is a guess."""
    for signed in reader.findings.signed:
        people = list({id(p): p for p in signed.signatories}.values())
        if len(people) < 2 or not signed.date or reader.gaz.speaks_of("remote", signed.evidence):
            continue  # not one of a day untold ('last week'), nor one signed by video
        doc, sent = next(
            (
                (d, s)
                for d in reader.docs
                for s in d.sents
                if span_text(s) and span_text(s) in signed.evidence
            ),
            (reader.docs[0], reader.docs[0][:]),
        )
        location, location_words, _ = reader.location(doc, sent, people, None)
        told = signed.evidence
        meeting = Meeting(
            people, signed.date, "", location, location_words, told, GUESS_CONFIDENCE, None
        )
        meeting.guessed = meeting.signed_together = True
        reader.findings.meetings.append(meeting)
        return


# A call made to someone is by telephone ('made separate calls to A and B'); one paid
# on or to someone as a courtesy is a visit (round 23).
_CALL_TO = re.compile(r"(?<!courtesy )\bcalls? to\b", re.I)


def _ahead(gaz: Gazetteer, sentences: list[tuple[Doc, Span]], people: list[Person]) -> bool:
    """Whether a sentence that names either person tells of a meeting ahead.
    Session 22: one that names neither ('the sides will continue their dialogue')
    puts no meeting of theirs ahead; it had left three drafts of the real-news
    tuning set empty, each of whose gold has the two met."""
    for _, s in sentences:
        said = _QUOTED.sub("", s.text)
        ahead = gaz.speaks_of("meeting", said) and gaz.speaks_of("future", _held(said))
        if ahead and any(p.surname in s.text for p in people):
            return True
    return False


def last_guess(reader: MeetingRules) -> None:
    """Session 20: where the reading drafted no meeting at all, not even a guess, and
    signed nothing, a guessed meeting of the two principal persons as their
    countries are finally read (officials.csv gives some): told in the first
    sentence that names both, else either (``add_guessed``). Where the article tells
    of talks by telephone, with no place (session 23; before, none was guessed). Not
    where it tells of a meeting ahead that names either of the two, nor where the
    two seemed met by somebody unnamed: there the rules draft none on purpose."""
    if reader.findings.meetings or reader.findings.signed:
        return
    people = principal_persons(reader)
    if len(people) < 2 or both_met_by_unread(people, reader.met_by_unread):
        return
    sentences = [(d, s) for d in reader.docs for s in d.sents if span_text(s)]
    gaz = reader.gaz
    apart = [
        s.text for _, s in sentences if gaz.speaks_of("remote", s.text) or _CALL_TO.search(s.text)
    ]
    if not all(by_call(text) for text in apart):
        return  # a letter sent: no meeting at all
    # Session 35: a call told with both persons named took place, whatever visit
    # they then invite each other to ('A told B in a phone conversation ... A
    # invited B to visit Tehran').
    called = any(all(p.surname in text for p in people) for text in apart)
    if not called and _ahead(gaz, sentences, people):
        return
    naming = [
        [(d, s) for d, s in sentences if test(p.surname in s.text for p in people)]
        for test in (all, any)
    ]
    doc, sent = next(iter(naming[0] or naming[1]), sentences[0])
    add_guessed(reader, doc, sent, people)
    if apart:
        reader.findings.remote_told.update(m.evidence for m in reader.findings.meetings)
