"""Who meets whom in a sentence (round 9, meeting participants).

A host named only by a title: 'The Turkish minister also met with <post> A as well
as <post> B', 'His Excellency met with <post> A, <post> B and <post> C', 'the
Defence minister called upon <post> D'. The title stands for the article's
principal person (the one of the most meetings read so far), who meets those
named after the phrase. Before, a title the tables could not tie to anyone left
the sentence with no host: its guests were taken to have met each other, or
nobody met. Only a clause made of a title is read so: its words are the title's
(a post, a rank, a country or its adjective, capitalised words of post titles), a
few small lower-case words ('the', 'also', 'later'), or a word of
meeting_words.csv kind 'stand-in' ('His Excellency'; 'the US delegation', the
visitor at its head). A name the tables do not know, a group ('the two leaders')
or a pronoun leaves the sentence as it was. The guests must be persons read with
a post or a rank: a junk name in the list is no guest.

Also: a host who meets a list of officials meets each in turn (each_guest); two
meeting phrases joined by 'and' share their subject (conjoined_subject); a person
past 'that' is no guest (past_that)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS, TITLE_LABELS, Mention
from .several import owned_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# Where the clause of the title begins: after a comma, a reporting verb, 'that'.
_CLAUSE_OPENERS = {",", ";", ":", "that", "--", "\u2014"}


def _clause_start(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span) -> int:
    for i in range(trigger.start - 1, sent.start - 1, -1):
        word = doc[i].lower_
        if word in _CLAUSE_OPENERS or word in gaz.reporting:
            return i + 1
    return sent.start


def principal(findings: Findings, subject: Person | None) -> Person | None:
    """Whom the article is about: the person of the most meetings read so far (of
    as many, the one the article introduced first); with no meeting read yet, the
    subject of the sentences before."""
    count: dict[int, int] = {}
    for meeting in findings.meetings:
        for person in meeting.participants:
            count[id(person)] = count.get(id(person), 0) + 1
    if not count:
        return subject
    most = max(count.values())
    return next((p for p in findings.persons if count.get(id(p)) == most), subject)


def titled_host(
    gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span, subject: Person | None
) -> Person | None:
    """The person the title before the phrase stands for: the principal person
    (see above), if the clause before the phrase is only a title (or an honorific
    standing for a name) whose country, if it names one, is that person's."""
    if subject is None:
        return None
    start = _clause_start(gaz, doc, sent, trigger)
    words = doc[start : trigger.start]
    if not len(words):
        return None
    stand_in = gaz.speaks_of("stand-in", words.text)
    honorific = {w for p, k in gaz.meeting_words.items() if k == "stand-in" for w in p.split()}
    if not stand_in and not any(t.ent_type_ == "POST" for t in words):
        return None
    for token in words:
        if token.ent_type_ in TITLE_LABELS:
            if token.ent_type_ in NATION_LABELS and token.ent_iob_ == "B":
                there = subject.apparent_country
                if there is not None and there != token.ent_id_:
                    return None  # 'the Chilean minister': not a Peruvian subject
            continue
        if owned_title(token):
            continue  # "<country>'s Defence Minister" (round 17)
        if token.ent_type_:
            return None  # a group, a pronoun, a place: not only a title
        if token.is_lower and token.is_alpha and token.lower_ not in gaz.reporting:
            continue  # 'the', 'also', 'later', 'of'
        if token.text in gaz.title_words or token.lower_ in ("the", "his", "her"):
            continue  # 'the Chief of the Defence Command'
        if stand_in and token.lower_ in honorific:
            continue  # 'His Excellency'
        return None
    return subject


def titled_guests(after: list[Mention]) -> list[Mention]:
    """The persons after the phrase that may be guests of a host named by a title:
    those read with a post or a rank."""
    return [
        a
        for a in after
        if a.kind == "person" and all(p.post or p.pending_post or p.rank_label for p in a.persons)
    ]


def host_by_title(
    gaz: Gazetteer,
    doc: Doc,
    sent: Span,
    trigger: Span,
    subject: Person | None,
    after: list[Mention],
    findings: Findings,
) -> tuple[list[Mention], list[Mention]] | None:
    """The host, as a mention before the phrase, and the guests after it, when a
    title names the host (see the module); None when the sentence is not so."""
    guests = titled_guests(after)
    if not guests:
        return None
    host = titled_host(gaz, doc, sent, trigger, principal(findings, subject))
    if host is None or any(p is host for a in guests for p in a.persons):
        return None
    return [Mention(trigger.start, trigger.start, [host], "reference")], guests


# Words that may stand between 'and' and a second verb of the same subject.
_SECOND_VERB = {"also", "later", "then", "subsequently"}


def conjoined_subject(
    gaz: Gazetteer, doc: Doc, trigger: Span, earlier: list[Span], before: list[Mention]
) -> list[Mention]:
    """'A had an audience with King B and met with C': the second phrase's subject
    is the first one's, A, not B. ``earlier`` are the meeting phrases before this
    one in the sentence; the mentions before the phrase are kept when no 'and'
    joins the two verbs, or a clause of its own opens between them ('B, who
    met with C')."""
    i = trigger.start - 1
    while i > 0 and doc[i].lower_ in _SECOND_VERB:
        i -= 1
    if doc[i].lower_ != "and":
        return before
    first = next((t for t in reversed(earlier) if t.end <= i), None)
    if first is None or gaz.speaks_of("list-end", doc[first.end : i].text):
        return before
    kept = [a for a in before if a.end <= first.start]
    return kept or before


# Words before the phrase that make it a purpose or a plan ('travelled to Riga to
# meet with A and B'): the list is of those the visit was for, met together.
_PLANNED = {"to", "will", "would", "shall", "may", "could", "might"}


def each_guest(
    doc: Doc, trigger: Span, before: list[Mention], run: list[Mention], *, calls: bool = False
) -> bool:
    """'A met with <post> B and <post> C', 'He also met <post> B and <post> C': one
    meeting of A with each guest (the way such visits are told: a call on each
    official in turn), when one person is the subject, the phrase is no purpose
    ('to meet with'), the guests are a list ('B and C', 'B, C and D') and each a
    person read with a post or a rank. After a call ('called on', ``calls``: round 10)
    commas alone make the list ('called on A, <post>, B, <post>, C, <post>')."""
    if len(run) < 2 or len(titled_guests(run)) != len(run):
        return False
    if trigger.start > 0 and doc[trigger.start - 1].lower_ in _PLANNED:
        return False
    if not calls and _one_meeting(trigger):
        return False  # 'had a bilateral meeting with A and B': one meeting (round 22)
    if not calls and not (
        any(t.lower_ in ("and", "well") for t in doc[run[-2].end : run[-1].start])
        or _list_goes_on(doc, run[-1].end)
    ):
        return False  # 'Before he met B, C received ...': no list
    subject = before[-1]
    if subject.kind == "group" or len(subject.persons) != 1:
        return False
    if any(t.lower_ == "and" for t in doc[subject.end : trigger.start]):
        return False  # 'A, and <post> B met with C and D': the list met them together
    others = [a for a in before[:-1] if a.kind == "person"]
    return not others or not any(t.lower_ == "and" for t in doc[others[-1].end : subject.start])


def _list_goes_on(doc: Doc, end: int) -> bool:
    """Whether a list of guests goes on past its last person to an 'and' ('met
    President B, Prime Minister C, the Army chief and other senior officials';
    session 33): a comma, then an 'and' within a few words, the sentence going on."""
    sent_end = doc[end - 1].sent.end if end > 0 else end
    after = doc[end : min(end + _LIST_TAIL, sent_end)]
    return len(after) > 1 and after[0].text == "," and any(t.lower_ == "and" for t in after)


# How many words after the last person a list's closing 'and' may stand.
_LIST_TAIL = 6


def _one_meeting(trigger: Span) -> bool:
    """Whether the phrase tells one meeting by a noun in the singular: 'held a
    meeting with', 'had a bilateral meeting with'."""
    words = [t.lower_ for t in trigger]
    return any(w in ("a", "an") for w in words) and "meeting" in words


def past_that(gaz: Gazetteer, doc: Doc, trigger: Span, after: list[Mention]) -> list[Mention]:
    """'told the guests at the meeting that ... President B's visit ...':
    a person named only past 'that' or a reporting verb after the phrase is in a
    clause of its own, not its guest."""
    if not after:
        return after
    between = doc[trigger.end : after[0].start]
    if any(t.lower_ == "that" or t.lower_ in gaz.reporting for t in between):
        return []
    return after
