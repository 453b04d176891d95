"""What is read from an article (persons and the events between them), and the
reader's state while reading it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .acronyms import text_acronyms
from .commander import settle_commander
from .dates import filed_date
from .gazetteer import NATION_LABELS as NATION_LABELS
from .gazetteer import POSSESSIVE as POSSESSIVE
from .gazetteer import Gazetteer, PostTitle
from .late_dateline import city_dateline, leads_paragraph
from .placenames import (
    misspelt_places,
    named_site,
    posted_at,
    seat_city,
)
from .rank_words import settle_ranks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_CASED = {"COUNTRY", "DEMONYM", "RANK", "PLACE"}


def _cased(doc: Doc, ent: Span) -> bool:
    """Whether an entity of _CASED is written so: capitalised, or a rank of two words
    in lower case before a capitalised name ('general major A B', session 26)."""
    if ent.text[:1].isupper():
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.label_ == "RANK" and " " in ent.text and after is not None and after.is_title


def _surname_he(doc: Doc, ent: Span) -> bool:
    """'met with He Weidong, visiting vice chairman': 'He' inside a sentence and
    before a capitalised word is a surname, no pronoun (session 22)."""
    return (
        ent.label_ == "PRONOUN"
        and ent.text == "He"
        and not doc[ent.start].is_sent_start
        and doc[ent.start - 1].is_alpha
        and ent.end < len(doc)
        and doc[ent.end].is_title
        and doc[ent.end].is_alpha
    )


# The entity labels a person's title is made of ('Ruritanian Defence Minister',
# 'Chief of Staff General'), besides its small words.
TITLE_LABELS = frozenset({"POST", "RANK", *NATION_LABELS})


# Words after which a city is introduced: 'in Oslo', "Norway's capital Oslo" (round 6).
_INTRODUCING = ("in", "to", "capital")


@dataclass
class Person:
    name: str
    evidence: str
    rank_label: str | None = None
    post: PostTitle | None = None
    country: str | None = None
    host: str | None = None
    post_evidence: str = ""
    rule: str = ""
    id: str = ""
    post_id: str = ""
    pending_post: PostTitle | None = None
    """A post named without its country ('Defense Minister X'): settled after reading."""
    nearby_country: str | None = None
    """The country named last before the post in its sentence, if any."""
    mentions: int = 0
    counterpart_of: Person | None = field(default=None, repr=False, compare=False)
    """Whom the person was introduced as counterpart of ('A met his Nepalese
    counterpart X'): A is of another country than X."""
    listed_with: Person | None = field(default=None, repr=False, compare=False)
    """The first of the list of guests or hosts the person was named in ('received
    Peruvian President A, Foreign Minister B and ...'): B is on A's side (round 6)."""
    listed_among: list[Person] = field(default_factory=list, repr=False, compare=False)
    """Those listed before the person in the lists it was introduced in (round 7)."""
    away: set[str] = field(default_factory=set, repr=False, compare=False)
    """The countries the text says the person is visiting ('A, who is on an official
    visit to Kenya'): not the person's own (round 10)."""

    hosted_in: set[str] = field(default_factory=set, repr=False, compare=False)
    """The countries the text says the person was met in on a visit ('A visited
    Ruritania and met B'): the person's own (round 19, visit_hosts)."""

    visiting: bool = False
    """Named right after 'visiting' ('his visiting counterpart X'): a meeting with
    the person is not in the person's country (round 10, places)."""
    service_words: str = ""
    """The apposition after the person's first mention that names a service ('Capt
    A, head of planning, of the Ruritanian Navy'): told the navy's ladder (round 24)."""
    guessed_country: str | None = None
    """The likeliest country of one the text gives none (kg.extract.country_guess):
    drafted as a guess, read by no rule."""
    listed: int = 0
    """How many gold readings name the person in officials.csv, where the table's
    countries replaced the rules' reading (kg.extract.officials); else 0."""
    passing: int = 0
    """How many of the person's mentions name the person in passing ('the visit
    of X next week', 'merits of X'): one named only so is left out."""

    @property
    def surname(self) -> str:
        words = self.name.split()
        if len(words) > 1 and (words[-1] in REGNAL or words[-1] in _GENERATION):
            return words[-2]  # 'King A VI', 'B C Jr.': the name before the suffix
        return words[-1]

    @property
    def apparent_country(self) -> str | None:
        """The person's country, else the one named near a post still waiting for
        its country (``nearby_country``): the side the person is on, as far as the
        text tells."""
        return self.country or self.nearby_country


# A reign's number after a monarch's name ('King A VI', kg.extract.royals): part of
# the name, which tells the sovereign from a forebear of the same name.
REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
# A generation's suffix or a reign's number ends a name but is no surname (the
# common suffixes of name_stopwords.csv's generation kind, which a Person cannot read).
_GENERATION = frozenset({"Jr", "Jr.", "Sr", "Sr.", "JR", "SR"})

# A meeting's confidence when its place was read from the text; below it, the place
# (or the day) was guessed.
PLACED = 0.9


@dataclass
class Meeting:
    participants: list[Person]
    date: str
    date_words: str
    location: str
    location_words: str
    evidence: str
    confidence: float
    host: Person | None = None
    occasion: tuple[str, str] | None = None
    joined: list[tuple[Person, str]] = field(default_factory=list)
    """Who took part too ('also took part in the talks'), with the words saying so;
    not one of 'the parties' who sign."""
    id: str = ""
    past_week: bool = False
    """Reported as 'last week': dated by the article, not by the text."""
    guessed: bool = False
    """No sentence says who met: guessed from the article (kg.extract.guess)."""
    signed_together: bool = False
    """Guessed from a signing of its participants (guess.signed_together)."""
    by_call: bool = False
    """Talks held apart, by telephone or video: drafted with no place (session 23)."""
    rules_place: str | None = None
    """The place the rules gave, where kg.extract.place_choice chose another; None
    where the rules' place stands."""

    def ids(self) -> set[int]:
        """The participants' identities (persons are told apart by identity)."""
        return {id(p) for p in self.participants}

    @property
    def placed_surely(self) -> bool:
        """Whether its place is read rather than guessed: the draft says 'place from
        the sentence' (a meeting told as last week's is no less sure of its place)."""
        return self.confidence + (0.4 if self.past_week else 0) > 0.8

    @property
    def lead_only(self) -> bool:
        """Whether one participant only is read: the draft comments such a meeting
        out, a lead for the curator (a meeting needs two participants). Those who
        joined it count (session 33: 'A met the Deputy Commander ...' then 'A
        received ..., Brigadier-General B, along with ...' had left A alone)."""
        return len(self.participants) + len(self.joined) < 2


@dataclass
class Signed:
    title: str
    cls: str
    signatories: list[Person]
    date: str
    evidence: str
    confidence: float
    period: tuple[str, str] | None = None
    meeting: Meeting | None = None
    provisions: list[tuple[str, str]] = field(default_factory=list)
    id: str = ""
    parties: list[str] = field(default_factory=list)
    """The countries, where the signatories are not named ('documents were signed')."""
    dated: bool = False
    """Its day is told (its sentence's 'on Tuesday', its meeting's), not only the
    article's."""

    def add_signatories(self, people: list[Person]) -> None:
        """Those of ``people`` not signing yet sign too (the same person objects)."""
        self.signatories += [p for p in people if all(p is not q for q in self.signatories)]


@dataclass
class Supported:
    supporter: str
    party: str
    issue: str
    evidence: str
    confidence: float


@dataclass
class Congratulated:
    by: Person
    to: Person
    evidence: str
    appointment: bool


@dataclass
class Appointed:
    person: Person
    evidence: str


@dataclass
class Mention:
    """A mention of somebody in a sentence: a person, a group or a pronoun."""

    start: int
    end: int
    persons: list[Person]
    kind: str = "person"


@dataclass
class Findings:
    """What the rules read in an article: persons and the events between them."""

    persons: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    signed: list[Signed] = field(default_factory=list)
    supports: list[Supported] = field(default_factory=list)
    congratulations: list[Congratulated] = field(default_factory=list)
    appointments: list[Appointed] = field(default_factory=list)
    named_countries: list[str] = field(default_factory=list)
    """Every country the article names, once per naming (a demonym too)."""
    naval: bool = False
    """Whether the article names navies more often than armies (session 20)."""
    remote_told: set[str] = field(default_factory=set)
    """The sentences that tell of talks held apart, by telephone or video (session 23)."""


class ReaderState:
    """The article's paragraphs as spaCy documents, and what has been read so far;
    the rules for persons and for events work on it."""

    def __init__(self, gaz: Gazetteer, text: str, date: str, nlp: Language) -> None:
        self.gaz = gaz
        self.date = date
        self.year = int(date[:4])
        self.findings = Findings()
        self.subject: Person | None = None
        self.met_by_unread: list[Person] = []  # met by somebody unread (round 14)
        self.unread_calls: list[tuple[Doc, Span, list[Person], bool, set[str]]] = []  # round 20
        self.roles: list[tuple[PostTitle, str]] = []
        # Attendee lists read before any meeting was (round 11, kg.extract.early).
        self.early_joins: list[tuple[Doc, Span, list[Mention], list[Mention]]] = []
        """Posts with their country that a sentence names as its subject without a
        holder's name ('The commander of Polish special forces visited ...')."""
        parts = paragraphs(text)
        self.date = filed_date(parts, date) or date
        self.docs = list(nlp.pipe(parts))
        for doc in self.docs:
            # Names are matched without case, but 'us' is not the US, nor 'major' a rank.
            doc.ents = [e for e in doc.ents if e.label_ not in _CASED or _cased(doc, e)]
            doc.ents = [e for e in doc.ents if not _surname_he(doc, e)]
            misspelt_places(gaz, doc)
            settle_commander(gaz, doc)  # round 23: the word after it, not a hash
            settle_ranks(gaz, doc)  # round 24: an adjective, or a rank split at its hyphen
        text_acronyms(self.docs)  # round 26: 'the Ruritanian Coast Guard (RCG)'
        # Not 'Burma' of 'Burma Camp', a site (session 24).
        self.findings.named_countries = [
            e.ent_id_
            for doc in self.docs
            for e in doc.ents
            if e.label_ in NATION_LABELS and not named_site(gaz, doc, e)
        ]
        # (place, words, where: paragraph and token) of every city the article
        # introduces: in a dateline (the start of one of its first paragraphs) or
        # after 'in' or 'to'.
        self.places = [
            place
            for n, doc in enumerate(self.docs)
            for e in doc.ents
            for place in [self._introduced(n, doc, e)]
            if place is not None
        ]

    def _introduced(self, n: int, doc: Doc, e: Span) -> tuple[str, str, tuple[int, int]] | None:
        """(place, words, where) of a city the article introduces: after 'in' or
        'to', or first in one of its first paragraphs (a dateline, after the
        agency's name in brackets, perhaps); a city-state's name there is the city."""
        if e.label_ == "COUNTRY" and leads_paragraph(doc, n, e) and n < 3:
            city = next(
                (p.place for p in self.gaz.reference.places.values() if p.label == e.text.title()),
                None,
            )
            return (city, e.text, (n, e.start)) if city else None
        if e.label_ != "PLACE" or posted_at(doc, e) or seat_city(self.gaz, doc, e):
            return None  # not 'a release from the Embassy in X' (session 25)
        if city_dateline(doc, n, e) or (e.start > 0 and doc[e.start - 1].lower_ in _INTRODUCING):
            return (e.ent_id_, e.text, (n, e.start))
        return None


# A dateline before the first sentence: 'CITY, Month D, YYYY (Agency) - ',
# 'City. D Month YYYY. AGENCY/ ', 'BAKU, Azerbaijan, January 29. '.
_DATELINE = re.compile(
    r"^(?P<line>(?:\([^()]{1,60}\)\s*)?"
    r"(?:[^\s]{2,}[^\n]{0,110}?(?:\s+-{1,2}|\s*[\u2013\u2014]|[A-Z]{2,}[\w-]*/(?:\s*[-\u2013\u2014])?|(?<=\)):)"
    r"|[A-Z]{3,}[A-Z -]*,(?:\s*[A-Z][a-z]+,)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?"
    # 'ISLAMABAD, Sep 28: A met B', 'ISLAMABAD, Sep 28 :A met B' (session 27).
    r"(?:\.|\s*:)"
    # 'Male [Maldives], August 10 : A met B' (ANI's form without its name).
    r"|[A-Z][\w.' -]{1,30} \[[\w.' -]{2,40}\],? [A-Z][a-z]{2,8}\.? \d{1,2}\s*:))"
    r"(?:\s+|(?<=:)(?=[A-Z]))"
)


def split_dateline(paragraph: str) -> list[str]:
    """A paragraph that starts with a dateline, as the dateline and the rest: the
    dateline says where and when the report was filed, not where the meeting was."""
    m = _DATELINE.match(paragraph)
    if not m:
        return [paragraph]
    line = m.group("line").rstrip(" -:\u2013\u2014")
    words = re.sub(r"\([^()]*\)", "", line).split()
    # Every word of a dateline is capitalised, a number, or a month; and it names a
    # date, an agency or a city in capitals.
    if not words or any(w[:1].islower() for w in words):
        return [paragraph]
    if not re.search(r"\d|\(|/|\b[A-Z]{3,}\b", line):
        return [paragraph]
    return [line, paragraph[m.end() :]]


_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# A sentence run into the next with no space ('discussed North Korea.In the first
# such ...'), as some pages are stored: spaCy reads one sentence and 'Korea.In' as
# one word (session 28). Not 'News.Az' nor 'Civil.Ge' (a site's name: two letters
# after a capital), nor 'Maj.Gen' (three letters before the stop).
_RUN_ON = re.compile(r"\b([A-Za-z][a-z]{3,}[.!?][\"\u201d]?)([A-Z][a-z]+)\b")


# An agency's tag glued to the last stop of a paragraph ('General B.-VNA').
_TAGGED = re.compile(r"(?<=[a-z])([.!?])[-\u2013](?=[A-Z]{2,}\b)")


# A photo's caption whose credit in brackets runs into the next paragraph's first
# word, as a page's text is copied: '... at the ceremony (Photo: VNA)Vientiane (VNA) -
# ...' (session 35).
_CAPTION_RUN = re.compile(r"(\((?:Photo|Photos|Image|Video)\b[^()\n]{0,80}\))(?=[A-Z])")


def _unrun(line: str) -> str:
    """The line with a space after each stop a sentence ran on from, and before an
    agency's tag glued to a stop (session 31)."""
    return _TAGGED.sub(r"\1 -", _RUN_ON.sub(_spaced, line))


def _spaced(m: re.Match[str]) -> str:
    left, right = m.groups()
    if len(right) == 2 and left[0].isupper():
        return m.group(0)  # a site's name: 'News.Az'
    return f"{left} {right}"


_DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d\d-\d\d)$"
)
# A block that ends with no stop, before one that opens in lower case, is one
# sentence a page broke with a blank line ('This' / 'came during a meeting').
_UNENDED = re.compile(r"[^.!?:;\"\u201d)\s]\s*$")
_LOWER_START = re.compile(r"\s*[a-z]")
# A page's byline or date line under a headline or caption ('Published date:
# 11.01.2017', 'Posted on', 'Updated:'): the line above does not run on into it.
_FURNITURE = re.compile(
    r"(?:Published|Posted|Updated|Last updated|Written|Author|Date)\b[^.]{0,40}?:"
    r"|(?:Published|Posted|Updated) (?:on|at)\b"
)
# A text's last paragraph that ends in a word, with no stop after it.
_CUT_OFF = re.compile(r"\w$")


def _joined_blocks(blocks: list[str]) -> list[str]:
    """The text's blocks, with a sentence broken by a blank line joined again
    (session 27)."""
    joined: list[str] = []
    for block in blocks:
        if joined and _UNENDED.search(joined[-1]) and _LOWER_START.match(block):
            joined[-1] = f"{joined[-1].rstrip()} {block.strip()}"
        else:
            joined.append(block)
    return joined


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs, with hard-wrapped lines joined again. A short line
    without final punctuation (a dateline, a title) stays a paragraph of its own,
    so that it is never read as the start of the first sentence."""
    found = []
    text = _CAPTION_RUN.sub("\\1\n\n", text.replace("\ufeff", ""))
    for block in _joined_blocks(re.split(r"\n\s*\n", text)):
        current = ""
        # A run of spaces inside a line ('had a meeting  with') is one space, or
        # spaCy makes a token of it and no trigger phrase matches (session 27).
        for line in (_unrun(_SPACES.sub(" ", line)).strip() for line in block.splitlines()):
            if not line:
                continue
            ended = current.endswith((".", "!", "?", ":", '"', "\u201d"))
            # A line of a date alone ('Aug 10, 2024'), and the line after it, open
            # paragraphs of their own: not a headline's words run on (session 27).
            alone = bool(_DATE_LINE.match(line) or _DATE_LINE.match(current))
            # So does a dateline's line under a headline of eight words or more
            # ('Chisinau, 27 January /AGENCY/ - A received B'), or the dateline
            # is read as words of the headline (session 28).
            alone = alone or len(split_dateline(line)) == 2
            alone = alone or bool(_FURNITURE.match(line))
            if current and (ended or alone or len(current.split()) < 8):
                found.append(current)
                current = line
            else:
                current = f"{current} {line}".strip()
        if current:
            found.append(current)
    found = [p for p in found if not _LINK.match(p)]  # a link to another story
    if found and _CUT_OFF.search(found[-1]) and len(found[-1].split()) >= 8:
        # A text cut off inside a sentence ('... with Vice President Wan') may end
        # inside a word too: the last word is dropped, not read as a whole name
        # (session 27).
        found[-1] = found[-1].rsplit(maxsplit=1)[0]
    # A page's own date marker ('date 2022-04-19 Navy Chief ...', as stored pages
    # open) is a line of its own, not the first sentence's day (session 24).
    first = 0
    if found and (marker := _DATE_MARKER.match(found[0])):
        found[:1] = [marker.group(1), found[0][marker.end() :]]
        first = 1
    # Only the first paragraphs (after the marker) can start with a dateline.
    return [
        part
        for n, p in enumerate(found)
        for part in (split_dateline(p) if first <= n < first + 3 else [p])
    ]


# A news site's link to another of its stories, inside the page ('Also Read | A
# meets B'): another story's people and meetings, not this one's (session 36).
_LINK = re.compile(r"(?:also read|read also|read more|see also)\s*[:|]", re.I)
_DATE_MARKER = re.compile(r"(date \d{4}-\d{2}-\d{2})\s+(?=\S)")


def span_text(span: Span) -> str:
    return " ".join(span.text.split())


def last_told(texts: list[str], meeting: Meeting) -> int | None:
    """The index of the last of the sentences (as ``span_text`` writes them) that
    the meeting's evidence holds; None when it holds none."""
    own = [k for k, t in enumerate(texts) if t and t in meeting.evidence]
    return own[-1] if own else None


def word_before(doc: Doc, i: int) -> str:
    """The word before token ``i``, past an article: 'in' for 'in the Republic of
    Serbia'."""
    j = i - 1
    if j > 0 and doc[j].lower_ == "the":
        j -= 1
    return doc[j].lower_ if j >= 0 else ""
