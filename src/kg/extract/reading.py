"""A first draft of curated triples from a news article: ``kg extract``.

Deterministic and offline: spaCy's tokenizer and sentencizer on a blank English
pipeline and an EntityRuler whose phrases come from the reference tables
(countries and their demonyms, rank ladders, post titles, places and the trigger
phrases of ``data/reference/extract_phrases.csv``). Hand-written rules over those
spans find persons with rank, post and country, meetings, signed agreements,
appointments, congratulations and statements of support. Every fact carries the
words of the article that state it, and every candidate a confidence, so that
curating becomes reviewing. The draft is in the curated-triples format of
``data/curated`` and ``kg validate`` reads it.
"""

from __future__ import annotations

import functools
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..curation.reading import curated_files, display_path, read_source
from ..errors import EnvironmentProblem, UsageError
from ..model import resources
from ..model.identity import Resolver, normalise, slug
from ..model.reference import ReferenceData, rows
from ..model.reference import load as load_reference
from ..version import __version__

# English month names, whatever the machine's locale.
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {month: number for number, month in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTH = "(" + "|".join(MONTHS) + ")"
_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy-numeric"),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I),
        "dmy",
    ),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
)
_DAY_MONTH = re.compile(
    rf"\bon\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"\b(?!,?\s+\d{{4}})",
    re.I,
)
_PERIOD = re.compile(
    r"\bfor\s+(?:the\s+(?:period|years)\s+)?(\d{4})(?:\s*(?:-|\u2013|\u2014|to|and)\s*(\d{4}))?\b"
)
_DOCUMENT_WORDS = {
    "plan": "Plan",
    "programme": "Plan",
    "program": "Plan",
    "roadmap": "Plan",
    "agreement": "Agreement",
    "memorandum": "Agreement",
    "protocol": "Agreement",
    "treaty": "Agreement",
    "declaration": "Agreement",
    "accord": "Agreement",
    "contract": "Agreement",
    "documents": "Agreement",
    "document": "Agreement",
}
# Capitalised words that do not start a name.
_NOT_NAMES = {
    *("The", "A", "An", "On", "In", "At", "During", "Following", "After", "It", "This"),
    *("Armed", "Forces", "Army", "Navy", "Air", "Staff", "Ministry", "Republic"),
    *("Federation", "Council", "Security"),
}
_TRIGGERS = {
    "meet",
    "meet-between",
    "host",
    "sign",
    "sign-passive",
    "congratulate",
    "appoint",
    "appointment",
    "support",
    "support-mutual",
    "provide",
    "occasion",
    "join",
    "joined-by",
}
_ISSUE_AFTER = {"in", "on", "over", "regarding", "concerning"}
_CASED = {"COUNTRY", "DEMONYM", "RANK", "PLACE"}
_TRIGGER_LABELS = {t.upper() for t in _TRIGGERS}
_LEFT_STOP = {"with", "by", "and", "that", "who", "which", "for"}
_APPOSITION_SKIP = {
    *("the", "a", "new", "newly", "recently", "appointed", "has", "been", "was", "is", "as"),
    "who",
}
_PATRONYMIC_PARTICLES = {"oglu", "ogly", "qizi", "kyzy", "uulu"}
# Lower-case words inside names: 'Zakir Asgar oglu Hasanov', 'Abdullah bin Zayed'.
_NAME_PARTICLES = {
    "oglu",
    "ogly",
    "qizi",
    "kyzy",
    "uulu",
    "bin",
    "ibn",
    "al",
    "el",
    "de",
    "van",
    "von",
}
_FILLER = re.compile(
    r"^(?:the\s+)?(?:organi[sz]ation|conduct|holding|implementation|development)\s+of\s+", re.I
)


def article_dates(text: str, year: int | None = None) -> list[tuple[int, str, str]]:
    """(offset, ISO date, the words) of every date the text states, in order."""
    found = []
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            groups = m.groups()
            if order == "ymd":
                y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
            elif order == "dmy-numeric":
                y, mo, d = int(groups[2]), int(groups[1]), int(groups[0])
            elif order == "dmy":
                y, mo, d = int(groups[2]), MONTHS[groups[1].lower()], int(groups[0])
            else:
                y, mo, d = int(groups[2]), MONTHS[groups[0].lower()], int(groups[1])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}", m.group(0)))
    if year is not None:
        for m in _DAY_MONTH.finditer(text):
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            mo, d = MONTHS[month.lower()], int(day)
            found.append((m.start(), f"{year:04d}-{mo:02d}-{d:02d}", m.group(0)))
    return sorted(found)


@dataclass(frozen=True)
class PostTitle:
    post: str
    label: str
    ministry: str
    abroad: bool


@dataclass
class Gazetteer:
    """The reference tables, as phrases for the EntityRuler and as lookups."""

    reference: ReferenceData
    names: dict[str, str]
    posts: list[PostTitle]
    rank_use: dict[str, tuple[str, str]]
    patterns: list[dict[str, str]]

    def country_name(self, code: str) -> str:
        return self.names.get(code) or self.reference.countries[code].name

    def rank(self, label: str, country: str | None) -> str | None:
        """``rank:...`` for a rank as written, in the ladder the country uses."""
        wanted = normalise(label)
        keys = [
            r.key
            for r in self.reference.ranks.values()
            if wanted in {normalise(r.label), *(normalise(a) for a in r.aliases)}
        ]
        if not keys:
            return None
        army, navy = self.rank_use.get(country or "", self.rank_use["*"])
        for key in keys:
            if key.split(".")[0] in (army, navy):
                return f"rank:{key}"
        return f"rank:{keys[0]}"


@functools.lru_cache(maxsize=4)
def gazetteer(reference_folder: Path) -> Gazetteer:
    reference = load_reference(reference_folder.parent)
    patterns: list[dict[str, str]] = []

    def add(label: str, phrase: str, ident: str) -> None:
        patterns.append({"label": label, "pattern": phrase, "id": ident})

    names: dict[str, str] = {}
    for _, row in rows(reference_folder / "country_names.csv", ["name", "country"]):
        names.setdefault(row["country"], row["name"])
        add("COUNTRY", row["name"], row["country"])
    for code, country in reference.countries.items():
        for name in {country.name, country.official_name or country.name, names.get(code, "")}:
            if name and "," not in name:
                add("COUNTRY", name, code)
                if not name.lower().startswith("republic"):
                    add("COUNTRY", f"Republic of {name}", code)
    for _, row in rows(reference_folder / "demonyms.csv", ["demonym", "country"]):
        add("DEMONYM", row["demonym"], row["country"])
    for rank in reference.ranks.values():
        for label in (rank.label, *rank.aliases):
            add("RANK", label, normalise(label))
            if " " in label:
                add("RANK", label.replace(" ", "-"), normalise(label))  # Lieutenant-General
    posts: list[PostTitle] = []
    for _, row in rows(
        reference_folder / "post_titles.csv", ["title", "post", "label", "ministry", "abroad"]
    ):
        add("POST", row["title"], str(len(posts)))
        posts.append(PostTitle(row["post"], row["label"], row["ministry"], row["abroad"] == "yes"))
    for place in reference.places.values():
        for label in (place.label, *place.aliases):
            add("PLACE", label, place.place)
    for _, row in rows(reference_folder / "extract_phrases.csv", ["phrase", "kind", "comment"]):
        add(row["kind"].upper(), row["phrase"], row["kind"])
    rank_use = {
        row["country"]: (row["army"], row["navy"])
        for _, row in rows(
            reference_folder / "rank_system_use.csv", ["country", "army", "navy", "comment"]
        )
    }
    return Gazetteer(reference, names, posts, rank_use, patterns)


@functools.lru_cache(maxsize=4)
def pipeline(reference_folder: Path) -> Any:
    """A blank English spaCy pipeline: sentencizer and the gazetteer's EntityRuler."""
    try:
        import spacy
    except ImportError as exc:
        raise EnvironmentProblem(
            "kg extract needs spaCy, which is not installed",
            hint="pip install 'kg[extract]' (spaCy's rule-based parts; no model is downloaded)",
        ) from exc
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(gazetteer(reference_folder).patterns)
    return nlp


# The article as read: persons and the events between them.


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

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


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
class Actor:
    """A mention of somebody in a sentence: a person, a group or a pronoun."""

    start: int
    end: int
    persons: list[Person]
    kind: str = "person"


@dataclass
class Reading:
    persons: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    signed: list[Signed] = field(default_factory=list)
    supports: list[Supported] = field(default_factory=list)
    congratulations: list[Congratulated] = field(default_factory=list)
    appointments: list[Appointed] = field(default_factory=list)


class _Reader:
    def __init__(self, gaz: Gazetteer, text: str, date: str, nlp: Any) -> None:
        self.gaz = gaz
        self.date = date
        self.year = int(date[:4])
        self.reading = Reading()
        self.subject: Person | None = None
        self.docs = list(nlp.pipe(paragraphs(text)))
        for doc in self.docs:
            # Names are matched without case, but 'us' is not the US, nor 'major' a rank.
            doc.ents = [e for e in doc.ents if e.label_ not in _CASED or e.text[:1].isupper()]
        self.places = [
            (e.ent_id_, e.text, e.start == 0 or doc[e.start - 1].lower_ in ("in", "to"))
            for doc in self.docs
            for e in doc.ents
            if e.label_ == "PLACE"
        ]

    # Persons

    def read(self) -> Reading:
        for doc in self.docs:
            for sent in doc.sents:
                self.sentence(doc, sent)
        return self.reading

    def find(self, name: str) -> Person | None:
        key = normalise(name)
        for person in self.reading.persons:
            if normalise(person.name) == key:
                return person
        if len(key.split()) == 1:
            # A bare surname is the latest person introduced with it; it never makes a
            # second person of the same name.
            matches = [p for p in self.reading.persons if normalise(p.surname) == key]
            if matches:
                return matches[-1]
        return None

    def person(self, name: str, evidence: str, rule: str, **facts: Any) -> Person:
        name = _without_patronymic(name)
        person = self.find(name)
        if person is None:
            person = Person(name, evidence, rule=rule)
            self.reading.persons.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        if facts.get("rank_label") and not person.rank_label:
            person.rank_label = facts["rank_label"]
            person.evidence = evidence
        if facts.get("post") and not person.post and facts.get("country"):
            person.post = facts["post"]
            person.country = facts["country"]
            person.host = facts.get("host")
            person.post_evidence = evidence
        elif facts.get("country") and not person.country:
            person.country = facts["country"]
        return person

    @staticmethod
    def name_end(doc: Any, start: int, limit: int) -> int:
        end = start
        while end < limit and end - start < 5:
            token = doc[end]
            if token.ent_type_:
                break
            if _is_name(token.text) and not (end == start and token.text in _NOT_NAMES):
                end += 1
                continue
            joiner = token.text in ("-", "'", "\u2019") and not doc[end - 1].whitespace_
            joiner = joiner or token.lower_ in _NAME_PARTICLES
            if end > start and joiner and end + 1 < limit and _is_name(doc[end + 1].text):
                end += 2
                continue
            break
        return end

    def cues(self, doc: Any, start: int, end: int) -> dict[str, Any]:
        """Post, country and host named in a window of tokens."""
        found: dict[str, Any] = {}
        for ent in doc.ents:
            if ent.start < start or ent.end > end:
                continue
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if ent.label_ == "POST":
                title = self.gaz.posts[int(ent.ent_id_)]
                if not title.post:
                    first = ent.start
                    while first > start and doc[first - 1].lower_ in ("first", "deputy"):
                        first -= 1
                    title = _adhoc_post(doc, first, end) or title
                elif ent.start > start and doc[ent.start - 1].lower_ == "deputy":
                    # 'Deputy Minister of Emergency Situations': the table has the minister.
                    first = ent.start - 2 >= start and doc[ent.start - 2].lower_ == "first"
                    prefix = "First Deputy " if first else "Deputy "
                    title = PostTitle(
                        slug(prefix) + "-" + title.post,
                        prefix + title.label,
                        title.ministry,
                        title.abroad,
                    )
                found.setdefault("post", title)
            elif ent.label_ in ("COUNTRY", "DEMONYM"):
                if before in ("in", "to") and "post" in found:
                    found.setdefault("host", ent.ent_id_)
                else:
                    found.setdefault("country", ent.ent_id_)
        if any(doc[i].lower_ == "counterpart" for i in range(start, end)):
            found["counterpart"] = True
        return found

    def mentions(self, doc: Any, sent: Any) -> list[Actor]:
        actors: list[Actor] = []
        ents = list(sent.ents)
        taken: set[int] = set()
        for ent in ents:
            if ent.label_ not in ("RANK", "POST") or not doc[ent.start].text[:1].isupper():
                continue
            end = self.name_end(doc, ent.end, sent.end)
            if end == ent.end:
                continue
            name = _text(doc[ent.end : end])
            if ent.label_ == "POST":
                if ent.start > 0 and doc[ent.start - 1].ent_type_ == "RANK":
                    continue
                post = self.gaz.posts[int(ent.ent_id_)]
                person = self.find(name)
                if person is None and post.post:
                    left = self.left(doc, sent, ent.start, actors)
                    cues = self.cues(doc, left, ent.end)
                    person = self.person(
                        name,
                        _text(doc[left:end]),
                        "post title before the name",
                        post=cues.get("post", post),  # with 'Deputy' if it is written
                        country=cues.get("country"),
                    )
                if person is not None:
                    actors.append(Actor(ent.start, end, [person]))
                    taken.update(range(ent.start, end))
                continue
            left = self.left(doc, sent, ent.start, actors)
            cues = self.cues(doc, left, ent.start)
            evidence_start = left if ("post" in cues or "counterpart" in cues) else ent.start
            if "post" not in cues and "counterpart" not in cues:
                # No post: a demonym before the rank still tells the ladder
                # ('Belarusian Colonel X', 'the head of the Belarusian department, ...').
                cues = {}
                demonyms = [i for i in range(left, ent.start) if doc[i].ent_type_ == "DEMONYM"]
                if demonyms:
                    cues["country"] = doc[demonyms[-1]].ent_id_
                    evidence_start = demonyms[-1] if demonyms[-1] == ent.start - 1 else left
            right_end = end
            if "post" not in cues:
                right_end, right = self.apposition(doc, sent, end)
                if right:
                    cues.update(right)
            if cues.pop("counterpart", False) and "post" not in cues:
                subject = next((a.persons[0] for a in actors if a.kind == "person"), None)
                if subject and subject.post:
                    cues["post"] = subject.post
            evidence = _text(doc[evidence_start:right_end])
            rule = "rank and name" + (", post and country" if "post" in cues else "")
            person = self.person(
                name,
                evidence,
                rule,
                rank_label=ent.text,
                post=cues.get("post"),
                country=cues.get("country"),
                host=cues.get("host"),
            )
            # The mention covers its apposition, so a title inside it is no reference.
            actors.append(Actor(ent.start, right_end, [person]))
            taken.update(range(ent.start, right_end))
        # 'The Minister of Defence of Georgia, Levan Kapanadze' (a post, a comma, a name)
        # and 'the Minister of Defense of the Republic of Armenia Aram Hovsepyan'.
        for ent in ents:
            if ent.label_ != "POST" or ent.start in taken:
                continue
            post = self.gaz.posts[int(ent.ent_id_)]
            start = self.name_after_post(doc, sent, ent) if post.post else None
            if start is None:
                continue
            end = self.name_end(doc, start, sent.end)
            if end - start < 2 and self.find(_text(doc[start:end])) is None:
                continue
            left = self.left(doc, sent, ent.start, actors)
            cues = self.cues(doc, left, start)
            person = self.person(
                _text(doc[start:end]),
                _text(doc[left:end]),
                "post, country and name",
                post=post,
                country=cues.get("country"),
                host=cues.get("host"),
            )
            actors.append(Actor(left, end, [person]))
            taken.update(range(left, end))
        # Names of persons already introduced ("Hasanov", "Aydin and Mammadli").
        i = sent.start
        while i < sent.end:
            if i in taken or doc[i].ent_type_ or not _is_name(doc[i].text):
                i += 1
                continue
            end = self.name_end(doc, i, sent.end)
            person = self.find(_text(doc[i:end])) if end > i else None
            if person is not None:
                actors.append(Actor(i, end, [person]))
            i = max(end, i + 1)
        # References: "the minister", "the Turkish minister", "he", "the parties".
        for ent in ents:
            if any(a.start <= ent.start < a.end for a in actors):
                continue
            if ent.label_ == "POST" and not self.gaz.posts[int(ent.ent_id_)].post:
                demonym = doc[ent.start - 1] if ent.start > sent.start else None
                country = demonym.ent_id_ if demonym and demonym.ent_type_ == "DEMONYM" else None
                person = self.refer(ent.text, country)
                if person is not None:
                    actors.append(Actor(ent.start, ent.end, [person], "reference"))
            elif ent.label_ == "PRONOUN" and self.subject is not None:
                actors.append(Actor(ent.start, ent.end, [self.subject], "pronoun"))
            elif ent.label_ == "GROUP" and self.reading.meetings:
                actors.append(Actor(ent.start, ent.end, self.group(ent.text), "group"))
        return sorted(actors, key=lambda a: a.start)

    @staticmethod
    def name_after_post(doc: Any, sent: Any, post: Any) -> int | None:
        """Where a name starts after a post title and its 'of [the] COUNTRY', if one does."""
        i: int = post.end
        while i < sent.end and i - post.end < 12:
            token = doc[i]
            if token.text in (".", ";", ":") or token.ent_type_ in _TRIGGER_LABELS:
                return None
            if token.text == ",":
                return i + 1
            after_country = doc[i - 1].ent_type_ == "COUNTRY" and not token.ent_type_
            if after_country and _is_name(token.text) and token.text not in _NOT_NAMES:
                return i
            i += 1
        return None

    def left(self, doc: Any, sent: Any, start: int, actors: list[Actor]) -> int:
        """Where the words before a rank that still describe its holder begin."""
        floor = max([sent.start, *(a.end for a in actors if a.end <= start)])
        i = start - 1
        while i >= floor:
            token = doc[i]
            if token.ent_type_ in _TRIGGER_LABELS:
                break
            if token.lower_ in _LEFT_STOP and token.ent_type_ not in ("POST", "COUNTRY"):
                break
            if token.text in (",", ";", ":") and i != start - 1:
                break
            i -= 1
        start_at = i + 1
        while start_at < start and doc[start_at].is_punct:
            start_at += 1
        return start_at

    def apposition(self, doc: Any, sent: Any, end: int) -> tuple[int, dict[str, Any]]:
        """', the new military attaché of Belarus in Azerbaijan' after a name."""
        i = end
        if i < sent.end and doc[i].text == ",":
            i += 1
        while i < sent.end and doc[i].lower_ in _APPOSITION_SKIP:
            i += 1
        title = i
        while title < sent.end and doc[title].lower_ in ("first", "deputy"):
            title += 1
        if title >= sent.end or doc[title].ent_type_ != "POST":
            return end, {}
        stop = i
        while stop < sent.end and doc[stop].text not in (",", ".", ";", ")", ":"):
            if stop > i and doc[stop].ent_type_ in _TRIGGER_LABELS:
                break
            stop += 1
        cues = self.cues(doc, i, stop)
        if not cues.get("post") or not cues["post"].post:
            return end, {}
        return stop, cues

    def group(self, words: str) -> list[Person]:
        """'the parties': the latest meeting's participants; 'the ministers': the
        ministers of the latest meeting that had two."""
        if "minister" in words.lower():
            for meeting in reversed(self.reading.meetings):
                ministers = [
                    p for p in meeting.participants if p.post and "minister" in p.post.label.lower()
                ]
                if len(ministers) >= 2:
                    return ministers
        return list(self.reading.meetings[-1].participants)

    def refer(self, title: str, country: str | None) -> Person | None:
        words = normalise(title)
        candidates = [
            p
            for p in reversed(self.reading.persons)
            if p.post and words in normalise(p.post.label) and (not country or p.country == country)
        ]
        if candidates:
            return candidates[0]
        if country:
            return next((p for p in reversed(self.reading.persons) if p.country == country), None)
        return self.subject

    # Events

    def sentence(self, doc: Any, sent: Any) -> None:
        actors = self.mentions(doc, sent)
        text = _text(sent)
        triggers = [e for e in sent.ents if e.ent_id_ in _TRIGGERS]
        for trigger in triggers:
            kind = trigger.ent_id_
            before = [a for a in actors if a.end <= trigger.start]
            after = [a for a in actors if a.start >= trigger.end]
            if kind in ("meet", "host", "meet-between"):
                self.meeting(doc, sent, trigger, before, after, text)
            elif kind == "sign":
                self.sign(doc, sent, trigger, before, text)
            elif kind == "sign-passive":
                self.sign_passive(doc, sent, trigger, after, text)
            elif kind == "congratulate" and before and after:
                appointment = any(e.ent_id_ == "appointment" for e in sent.ents)
                self.reading.congratulations.append(
                    Congratulated(before[-1].persons[0], after[0].persons[0], text, appointment)
                )
            elif kind == "appoint":
                # 'X has been appointed P': the trigger may sit inside X's apposition.
                around = [a for a in actors if a.start <= trigger.start < a.end]
                appointee = (around or before)[-1:]
                person = appointee[0].persons[0] if appointee else None
                appointed = (a.person for a in self.reading.appointments)
                if person and person.post and all(p is not person for p in appointed):
                    self.reading.appointments.append(Appointed(person, text))
            elif kind in ("support", "support-mutual"):
                self.support(doc, sent, trigger, actors, text)
            elif kind == "provide" and self.reading.signed:
                self.provisions(doc, sent, trigger, text)
            elif kind == "occasion" and self.reading.meetings:
                self.occasion(doc, sent, trigger, text)
            elif kind in ("join", "joined-by") and self.reading.meetings:
                meeting = self.reading.meetings[-1]
                joining = before[-1:] if kind == "join" else after[:1]
                for person in (p for a in joining if a.kind != "group" for p in a.persons):
                    known = [*meeting.participants, *(p for p, _ in meeting.joined)]
                    if all(p is not person for p in known):
                        meeting.joined.append((person, text))
        first = next((a for a in actors if a.kind in ("person", "reference", "pronoun")), None)
        if first is not None and len(first.persons) == 1:
            self.subject = first.persons[0]

    def meeting(
        self, doc: Any, sent: Any, trigger: Any, before: list[Actor], after: list[Actor], text: str
    ) -> None:
        if trigger.ent_id_ == "meet-between" or (not before and len(after) >= 2):
            participants = [p for a in after[:3] for p in a.persons]
        elif after and before:
            participants = [*before[-1].persons, *after[0].persons]
            if (
                len(after) > 1
                and after[1].start - after[0].end <= 1
                and doc[after[0].end].lower_ == "and"
            ):
                participants += after[1].persons
        elif len(before) >= 2:
            participants = [p for a in before for p in a.persons]
        else:
            return
        people = list({id(p): p for p in participants}.values())
        if len(people) < 2:
            return
        for known in self.reading.meetings:
            if {id(p) for p in known.participants} == {id(p) for p in people}:
                return
        dates = article_dates(text, self.year)
        date, date_words = (dates[0][1], dates[0][2]) if dates else (self.date, "")
        location, location_words, sure = self.location(doc, sent, people, trigger)
        host = before[-1].persons[0] if trigger.ent_id_ == "host" else None
        confidence = 0.9 if sure else 0.6
        self.reading.meetings.append(
            Meeting(people, date, date_words, location, location_words, text, confidence, host)
        )

    def location(
        self, doc: Any, sent: Any, people: list[Person], trigger: Any
    ) -> tuple[str, str, bool]:
        for ent in sent.ents:
            if ent.label_ == "PLACE":
                return f"place:{ent.ent_id_}", _text(sent), True
        for place, words, introduced in self.places:
            if introduced:
                return f"place:{place}", words, True
        for ent in sent.ents:
            if (
                ent.label_ == "COUNTRY"
                and ent.start > sent.start
                and doc[ent.start - 1].lower_ == "in"
            ):
                return f"country:{ent.ent_id_}", _text(sent), True
        host = people[0] if trigger.ent_id_ == "host" else None
        for person in [host, *people]:
            if person is not None and person.country:
                return f"country:{person.country}", _text(sent), False
        return "", "", False

    def sign(self, doc: Any, sent: Any, trigger: Any, before: list[Actor], text: str) -> None:
        end = sent.end
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        titles = _documents(_text(doc[trigger.end : end]))
        self.add_signed(titles, [p for a in before for p in a.persons], text, 0.9)

    def sign_passive(
        self, doc: Any, sent: Any, trigger: Any, after: list[Actor], text: str
    ) -> None:
        start = sent.start
        for i in range(trigger.start - 1, sent.start - 1, -1):
            if doc[i].text == ",":
                start = i + 1
                break
        titles = _documents(_text(doc[start : trigger.start]))
        self.add_signed(titles, [p for a in after for p in a.persons], text, 0.85)

    def add_signed(
        self, titles: list[tuple[str, str]], signatories: list[Person], text: str, confidence: float
    ) -> None:
        if not signatories and self.reading.meetings:
            # 'A plan was signed.': by the participants of the latest meeting, less sure.
            signatories = list(self.reading.meetings[-1].participants)
            confidence = 0.6
        if not titles or not signatories:
            return
        signatories = list({id(p): p for p in signatories}.values())
        dates = article_dates(text, self.year)
        signed_on = dates[0][1] if dates else self.date
        meeting = None
        for known in reversed(self.reading.meetings):
            if {id(p) for p in signatories} <= {id(p) for p in known.participants}:
                meeting = known
                signed_on = signed_on if dates else known.date
                break
        for title, cls in titles:
            period = _period(title)
            if cls == "Plan" and period is None:
                cls = "Agreement"
            self.reading.signed.append(
                Signed(title, cls, signatories, signed_on, text, confidence, period, meeting)
            )

    def provisions(self, doc: Any, sent: Any, trigger: Any, text: str) -> None:
        end = sent.end
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        items = re.split(
            r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|other|joint|mutual)\s)",
            _text(doc[trigger.end : end]),
        )
        target = self.reading.signed[-1]
        for item in items:
            item = _FILLER.sub("", item.strip())
            item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.I)
            if not item or item.lower().startswith(("other", "etc")):
                continue
            target.provisions.append((item[0].upper() + item[1:], text))

    def occasion(self, doc: Any, sent: Any, trigger: Any, text: str) -> None:
        meeting = self.reading.meetings[-1]
        if meeting.occasion is not None:
            return
        stop = trigger.end
        while stop < sent.end and doc[stop].text not in (",", ".", ";"):
            stop += 1
        words = re.sub(r"^(?:a|an|the)\s+", "", _text(doc[trigger.end : stop]), flags=re.I)
        if words:
            meeting.occasion = (words[0].upper() + words[1:], text)

    def support(self, doc: Any, sent: Any, trigger: Any, actors: list[Actor], text: str) -> None:
        # A capital stands for its government ('Ankara fully supports ...').
        places = self.gaz.reference.places
        countries = [
            (e.start, places[e.ent_id_].country if e.label_ == "PLACE" else e.ent_id_)
            for e in sent.ents
            if e.label_ in ("COUNTRY", "DEMONYM", "PLACE")
        ]
        if trigger.ent_id_ == "support-mutual":
            codes = list(dict.fromkeys(c for at, c in countries if at < trigger.start))
            if len(codes) < 2:
                codes = self.meeting_countries()
            if len(codes) < 2:
                return
            issue = _mutual_issue(_text(sent))
            a, b = codes[:2]
            self.reading.supports.append(Supported(a, b, issue, text, 0.8))
            self.reading.supports.append(Supported(b, a, issue, text, 0.8))
            return
        supporters = [c for s, c in countries if s < trigger.start]
        if not supporters:
            return
        supporter = supporters[-1]
        end = sent.end
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        rest = [(s, c) for s, c in countries if s >= trigger.end]
        start = trigger.end
        if rest:
            stop = next(e.end for e in doc.ents if e.start == rest[0][0])
            party = rest[0][1]
            clause_end = next((i for i in range(stop, end) if doc[i].text in (",", ";")), end)
            if stop < end and doc[stop].lower_ in ("'s", "\u2019s"):
                # "Tajikistan's efforts to secure its border": the issue goes on.
                stop = clause_end
            elif rest[0][0] == trigger.end and stop < end and doc[stop].lower_ in _ISSUE_AFTER:
                # "supports Azerbaijan in the restoration of ...": the issue follows.
                start, stop = stop + 1, clause_end
        else:
            stop = end
            speaker = next((a.persons[0] for a in actors if a.end <= trigger.start), self.subject)
            party = speaker.country if speaker and speaker.country else ""
        if not party or party == supporter:
            return
        words = _text(doc[start:stop])
        words = re.sub(r"^(?:for|of)\s+", "", words)
        words = re.sub(r"^(?:the|its|their)\s+", "", words, flags=re.I)
        if not words:
            return
        if normalise(words) == normalise(self.gaz.country_name(party)) or len(words) < 3:
            words = f"support for {self.gaz.country_name(party)}"
        self.reading.supports.append(
            Supported(supporter, party, words[0].upper() + words[1:], text, 0.75)
        )

    def meeting_countries(self) -> list[str]:
        if not self.reading.meetings:
            return []
        return list(
            dict.fromkeys(p.country for p in self.reading.meetings[-1].participants if p.country)
        )


def _adhoc_post(doc: Any, start: int, end: int) -> PostTitle | None:
    """A post the table does not name, from its words: 'Head of the International
    Military Cooperation Department of the Ministry of Defence of Belarus' is the
    post 'Head of ... of the Ministry of Defence' in that ministry of Belarus."""
    countries = {
        e.start: e
        for e in doc.ents
        if start <= e.start < end and e.label_ in ("COUNTRY", "DEMONYM")
    }
    words: list[str] = []
    i = start
    while i < end and doc[i].text not in (",", ";", ":", "(", ")", "."):
        if i not in countries:
            # Hyphens join without spaces: 'Commander-in-Chief'.
            glued = words and (doc[i].text == "-" or doc[i - 1].text == "-")
            if glued and not doc[i - 1].whitespace_:
                words[-1] += doc[i].text
            else:
                words.append(doc[i].text)
            i += 1
            continue
        country = countries[i]
        if words and words[-1].lower() in ("in", "to"):
            words.pop()
            break
        if country.label_ == "COUNTRY":
            # '... of the Republic of Belarus': the country is not part of the title.
            if [w.lower() for w in words[-2:]] == ["of", "the"]:
                del words[-2:]
            elif words and words[-1].lower() == "of":
                del words[-1]
        i = country.end
        if i < end and doc[i].lower_ in ("'s", "\u2019s"):
            i += 1
    title = " ".join(words)
    if len(words) < 3:
        return None
    ministry = re.search(r"\bMinistry of (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*)*", title)
    stem = ministry.group(0).replace("Defense", "Defence") if ministry else ""
    return PostTitle(slug(title)[:50].strip("-"), title, stem, False)


def _without_patronymic(name: str) -> str:
    """'Zakir Asgar oglu Hasanov' is written 'Zakir Hasanov'."""
    words = name.split()
    for i, word in enumerate(words):
        if word.lower() in _PATRONYMIC_PARTICLES and 1 < i < len(words) - 1:
            return " ".join(words[: i - 1] + words[i + 1 :])
    return name


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs, with hard-wrapped lines joined again. A short line
    without final punctuation (a dateline, a title) stays a paragraph of its own,
    so that it is never read as the start of the first sentence."""
    found = []
    for block in re.split(r"\n\s*\n", text.replace("\ufeff", "")):
        current = ""
        for line in (line.strip() for line in block.splitlines()):
            if not line:
                continue
            ended = current.endswith((".", "!", "?", ":", '"', "\u201d"))
            if current and (ended or len(current.split()) < 8):
                found.append(current)
                current = line
            else:
                current = f"{current} {line}".strip()
        if current:
            found.append(current)
    return found


def _is_name(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text) and not text.isupper()


def _text(span: Any) -> str:
    return " ".join(span.text.split())


def _documents(words: str) -> list[tuple[str, str]]:
    """The titles of the documents in 'the Plan for 2020 and a memorandum on X'."""
    words = re.split(r",\s*(?:which|that|under which)\b|\s+and\s+agreed\b", words)[0]
    parts = re.split(r"\s+and\s+(?=(?:a|an|the)\s)", words)
    found = []
    for part in parts:
        part = part.strip()
        lowered = part.lower()
        if not part or lowered.startswith(("no ", "none", "nothing")):
            continue
        cls = next((c for w, c in _DOCUMENT_WORDS.items() if re.search(rf"\b{w}\b", lowered)), None)
        if cls is None:
            continue
        title = re.sub(r"^(?:a|an|the)\s+", "", part, flags=re.I)
        found.append((title[0].upper() + title[1:], cls))
    return found


def _period(title: str) -> tuple[str, str] | None:
    m = _PERIOD.search(title)
    if not m:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    if last < first:
        return None
    return f"{first}-01-01", f"{last}-12-31"


def _mutual_issue(sentence: str) -> str:
    for m in re.finditer(
        r"\b(?:in|within|on)\s+((?:the\s+)?[a-z][\w\s-]*?)(?=[,.;]|\s+and\s|$)", sentence
    ):
        phrase = re.sub(r"^the\s+", "", m.group(1).strip())
        if phrase and not phrase.startswith(("all ", "every ", "each ")):
            return f"Mutual support in {phrase}"
    return "Mutual support"


# The draft


@dataclass
class Known:
    """Entities of the knowledge graph (the curated files), reused by id."""

    resolver: Resolver
    persons: dict[str, set[str]]
    labels: dict[tuple[str, str], set[str]]
    ids: set[str]
    label_of: dict[str, str]
    sources: set[str] = field(default_factory=set)

    @classmethod
    def from_data(cls, data_dir: Path | None) -> Known:
        resolver = Resolver.empty()
        persons: dict[str, set[str]] = defaultdict(set)
        labels: dict[tuple[str, str], set[str]] = defaultdict(set)
        ids: set[str] = set()
        label_of: dict[str, str] = {}
        sources: set[str] = set()
        if data_dir is not None and (data_dir / "curated").is_dir():
            for file in curated_files(data_dir):
                source, _ = read_source(file, data_dir)
                sources.add(source.id)
                classes = {f.subject: f.object for f in source.facts if f.predicate == "a"}
                ids.update(classes)
                for fact in source.facts:
                    if fact.predicate not in ("label", "altLabel"):
                        continue
                    cls_name = classes.get(fact.subject, "")
                    if fact.predicate == "label":
                        label_of.setdefault(fact.subject, fact.object)
                    if cls_name == "Person":
                        persons[" ".join(resolver.tokens(fact.object))].add(fact.subject)
                    else:
                        labels[(cls_name, normalise(fact.object))].add(fact.subject)
        return cls(resolver, persons, labels, ids, label_of, sources)

    def person(self, name: str) -> str | None:
        found = self.persons.get(" ".join(self.resolver.tokens(name)), set())
        return next(iter(found)) if len(found) == 1 else None

    def entity(self, cls_name: str, label: str) -> str | None:
        found = self.labels.get((cls_name, normalise(label)), set())
        return next(iter(found)) if len(found) == 1 else None


@dataclass
class Draft:
    """The draft curated file, candidate by candidate."""

    header: list[tuple[str, str]]
    blocks: list[tuple[str, list[tuple[str, str, str, str]]]] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    commented: set[int] = field(default_factory=set)
    """Blocks written as comments: candidates that would not validate as they are."""

    def candidate(
        self,
        kind: str,
        comment: str,
        facts: list[tuple[str, str, str, str]],
        commented: bool = False,
    ) -> None:
        fresh = []
        for s, p, o, e in facts:
            if (s, p, o) in self.seen or not o:
                continue
            if not commented:
                self.seen.add((s, p, o))
            fresh.append((s, p, o, e))
        if fresh:
            if commented:
                self.commented.add(len(self.blocks))
            else:
                self.counts[kind] += 1
            self.blocks.append((comment, fresh))

    def facts(self) -> list[tuple[str, str, str, str]]:
        """The facts of the draft, without the commented-out candidates."""
        return [
            fact
            for number, (_, facts) in enumerate(self.blocks)
            if number not in self.commented
            for fact in facts
        ]

    def text(self) -> str:
        lines = [
            "# Draft written by kg extract: every line is a candidate for a curator to review.",
            "# Comments give each candidate's rule and confidence; delete what the article"
            " does not say.",
        ]
        lines += [f"@{k}\t{_cell(v)}" for k, v in self.header]
        lines.append("subject\tpredicate\tobject\tevidence")
        for number, (comment, facts) in enumerate(self.blocks):
            lines.append(f"# {comment}")
            prefix = "# " if number in self.commented else ""
            lines += [prefix + "\t".join(_cell(c) for c in fact) for fact in facts]
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


class _Writer:
    def __init__(self, gaz: Gazetteer, known: Known, date: str, date_words: str) -> None:
        self.gaz = gaz
        self.known = known
        self.date = date
        self.date_words = date_words
        self.used: set[str] = set()

    def new_id(self, base: str) -> str:
        base = base[:60].strip("-") or "entity"
        candidate, n = base, 2
        while candidate in self.used or candidate in self.known.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate

    def entity_id(self, cls_name: str, label: str, base: str) -> str:
        known = self.known.entity(cls_name, label)
        if known is not None:
            self.used.add(known)
            return known
        return self.new_id(base)

    def date_evidence(self, fallback: str) -> str:
        return self.date_words or fallback

    def persons(self, draft: Draft, reading: Reading) -> None:
        for person in reading.persons:
            known = self.known.person(person.name)
            person.id = known or self.new_id(slug(person.name))
            if known:
                self.used.add(known)
            label = self.known.label_of.get(known, person.name) if known else person.name
            rank = self.gaz.rank(person.rank_label, person.country) if person.rank_label else None
            facts = [
                (person.id, "a", "Person", person.evidence),
                (person.id, "label", label, person.evidence),
            ]
            if rank:
                facts.append((person.id, "hasRank", rank, person.evidence))
            confidence = 0.9 if rank else 0.7
            note = " (already in the knowledge graph)" if known else ""
            draft.candidate(
                "persons",
                f"person {person.name}{note}: {person.rule}; confidence {confidence:.2f}",
                facts,
            )
            if person.post and person.post.post and person.country:
                self.holding(draft, person)

    def holding(self, draft: Draft, person: Person) -> None:
        post = person.post
        assert post is not None and person.country is not None
        country = person.country
        evidence = person.post_evidence
        facts: list[tuple[str, str, str, str]] = []
        name = self.gaz.country_name(country)
        if post.abroad and person.host:
            label = f"{post.label} of {name} in {self.gaz.country_name(person.host)}"
            base = f"{country.lower()}-{post.post}-in-{person.host.lower()}"
        else:
            label = f"{post.label} of {name}"
            base = f"{country.lower()}-{post.post}"
        post_id = self.entity_id("Post", label, base)
        facts += [(post_id, "a", "Post", evidence), (post_id, "label", label, evidence)]
        if post.ministry:
            ministry_label = f"{post.ministry} of {name}"
            ministry_id = self.entity_id(
                "Ministry", ministry_label, f"{country.lower()}-{slug(post.ministry)}"
            )
            facts += [
                (ministry_id, "a", "Ministry", evidence),
                (ministry_id, "label", ministry_label, evidence),
                (ministry_id, "ministryOf", f"country:{country}", evidence),
                (post_id, "postIn", ministry_id, evidence),
            ]
        else:
            facts.append((post_id, "postFor", f"country:{country}", evidence))
        if post.abroad and person.host:
            facts.append((post_id, "accreditedTo", f"country:{person.host}", evidence))
        holding = self.new_id(f"{slug(person.surname)}-{post_id}")
        facts += [
            (holding, "a", "PostHolding", evidence),
            (holding, "holder", person.id, evidence),
            (holding, "heldPost", post_id, evidence),
            (holding, "reportedOn", self.date, self.date_evidence(evidence)),
        ]
        person.post_id = post_id
        draft.candidate("posts", f"{person.name} holds the post {label}; confidence 0.85", facts)

    def meetings(self, draft: Draft, reading: Reading) -> None:
        for meeting in reading.meetings:
            everyone = [*meeting.participants, *(p for p, _ in meeting.joined)]
            names = [p.name for p in everyone]
            surnames = "-".join(slug(p.surname) for p in everyone[:3])
            meeting.id = self.new_id(f"{surnames}-meeting-{meeting.date}")
            place = meeting.location
            where = ""
            if place.startswith("place:"):
                where = f" in {self.gaz.reference.places[place[6:]].label}"
            elif place.startswith("country:"):
                where = f" in {self.gaz.country_name(place[8:])}"
            label = f"Meeting of {_join(names)}{where}"
            ev = meeting.evidence
            facts = [(meeting.id, "a", "Meeting", ev), (meeting.id, "label", label, ev)]
            facts += [(meeting.id, "participant", p.id, ev) for p in meeting.participants]
            facts += [(meeting.id, "participant", p.id, said) for p, said in meeting.joined]
            facts.append((meeting.id, "date", meeting.date, meeting.date_words or ev))
            if place:
                facts.append((meeting.id, "location", place, meeting.location_words or ev))
            if meeting.host is not None:
                facts.append((meeting.id, "host", meeting.host.id, ev))
            for a in meeting.participants:
                for b in meeting.participants:
                    if a.id < b.id:
                        facts.append((a.id, "metWith", b.id, ev))
            if meeting.occasion is not None:
                words, occasion_ev = meeting.occasion
                occasion_id = self.new_id(slug(words)[:50])
                cls_name = (
                    "OrganizationMeeting"
                    if re.search(r"\b(meeting|session|summit)\b", words, re.I)
                    else "Event"
                )
                facts += [
                    (occasion_id, "a", cls_name, occasion_ev),
                    (occasion_id, "label", words, occasion_ev),
                    (meeting.id, "occasion", occasion_id, occasion_ev),
                ]
            how = "place from the sentence" if meeting.confidence > 0.8 else "place guessed"
            if not place:
                # A meeting needs a place (ontology/shapes.ttl): left for the curator.
                how = f"no place found: add `{meeting.id}<TAB>location<TAB>place:...`, uncomment"
            draft.candidate(
                "meetings",
                f"meeting of {_join(names)} ({how}); confidence {meeting.confidence:.2f}",
                facts,
                commented=not place,
            )

    def agreements(self, draft: Draft, reading: Reading) -> None:
        for signed in reading.signed:
            signed.id = self.new_id(slug(signed.title)[:50])
            ev = signed.evidence
            facts = [
                (signed.id, "a", signed.cls, ev),
                (signed.id, "label", signed.title, ev),
            ]
            facts += [(signed.id, "signatory", p.id, ev) for p in signed.signatories]
            parties = dict.fromkeys(p.country for p in signed.signatories if p.country)
            facts += [(signed.id, "party", f"country:{c}", ev) for c in parties]
            facts.append((signed.id, "signedOn", signed.date, self.date_evidence(ev)))
            if signed.meeting is not None and signed.meeting.location:
                facts.append((signed.id, "signedAt", signed.meeting.id, ev))
            if signed.period:
                facts.append((signed.id, "validFrom", signed.period[0], ev))
                facts.append((signed.id, "validUntil", signed.period[1], ev))
            for label, provision_ev in signed.provisions:
                provision = self.new_id(slug(label)[:50])
                facts += [
                    (signed.id, "hasProvision", provision, provision_ev),
                    (provision, "a", "Provision", provision_ev),
                    (provision, "label", label, provision_ev),
                ]
            signers = _join([p.name for p in signed.signatories])
            draft.candidate(
                "agreements",
                f"{signed.cls.lower()} {signed.title!r} signed by {signers};"
                f" confidence {signed.confidence:.2f}",
                facts,
            )

    def appointments(self, draft: Draft, reading: Reading) -> None:
        appointed: dict[int, str | None] = {}
        for item in reading.appointments:
            appointed[id(item.person)] = self.appointment(draft, item.person, item.evidence)
        for congratulation in reading.congratulations:
            concerns = None
            if congratulation.appointment:
                concerns = appointed.get(id(congratulation.to)) or self.appointment(
                    draft, congratulation.to, congratulation.evidence
                )
                appointed[id(congratulation.to)] = concerns
            cid = self.new_id(
                f"{slug(congratulation.by.surname)}-congratulates-{slug(congratulation.to.surname)}"
            )
            ev = congratulation.evidence
            facts = [
                (cid, "a", "Congratulation", ev),
                (
                    cid,
                    "label",
                    f"{congratulation.by.name} congratulates {congratulation.to.name}",
                    ev,
                ),
                (cid, "congratulator", congratulation.by.id, ev),
                (cid, "congratulatee", congratulation.to.id, ev),
                (cid, "date", self.date, self.date_evidence(ev)),
            ]
            if concerns:
                facts.append((cid, "concerns", concerns, ev))
            draft.candidate(
                "congratulations",
                f"{congratulation.by.name} congratulates {congratulation.to.name}; confidence 0.85",
                facts,
            )

    def appointment(self, draft: Draft, person: Person, evidence: str) -> str | None:
        post_id = person.post_id
        if not post_id:
            return None
        aid = self.new_id(f"{slug(person.surname)}-appointment")
        label = self.known.label_of.get(post_id) or next(
            (o for s, p, o, _ in draft.facts() if s == post_id and p == "label"), post_id
        )
        facts = [
            (aid, "a", "Appointment", evidence),
            (aid, "label", f"Appointment of {person.name} as {label}", evidence),
            (aid, "appointee", person.id, evidence),
            (aid, "appointedTo", post_id, evidence),
            (aid, "reportedOn", self.date, self.date_evidence(evidence)),
        ]
        draft.candidate("appointments", f"appointment of {person.name}; confidence 0.8", facts)
        return aid

    def supports(self, draft: Draft, reading: Reading) -> None:
        for item in reading.supports:
            supporter, party = (
                self.gaz.country_name(item.supporter),
                self.gaz.country_name(item.party),
            )
            topic = self.entity_id("Topic", item.issue, slug(item.issue)[:50])
            sid = self.new_id(
                f"{item.supporter.lower()}-supports-{item.party.lower()}-{slug(item.issue)[:40]}"
            )
            ev = item.evidence
            label = f"{supporter} supports {party}: {item.issue[0].lower() + item.issue[1:]}"
            facts = [
                (topic, "a", "Topic", ev),
                (topic, "label", item.issue, ev),
                (sid, "a", "Support", ev),
                (sid, "label", label, ev),
                (sid, "supporter", f"country:{item.supporter}", ev),
                (sid, "supportedParty", f"country:{item.party}", ev),
                (sid, "issue", topic, ev),
                (sid, "reportedOn", self.date, self.date_evidence(ev)),
            ]
            draft.candidate(
                "supports",
                f"{supporter} supports {party}; confidence {item.confidence:.2f}",
                facts,
            )


def _data_folder_of(output: Path | None) -> Path:
    """The data folder a draft saved at ``output`` belongs to (``DATA/curated/x.tsv``)."""
    if output is None:
        return Path.cwd()
    folder = output.resolve().parent
    return folder.parent if folder.name == "curated" else folder


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class Extraction:
    """What ``extract`` returns: the draft's text and what was found."""

    text: str
    source_id: str
    date: str
    date_from: str
    counts: dict[str, int]
    reading: Reading
    facts: list[tuple[str, str, str, str]]


def extract(
    article: Path,
    *,
    date: str | None = None,
    source_id: str | None = None,
    data_dir: Path | None = None,
    output: Path | None = None,
) -> Extraction:
    """Read an article and return a draft of curated triples for it.

    ``data_dir`` is the data folder whose curated entities are reused by id and
    against which the draft's ``@text`` path is written; ``output`` is where the
    draft will be saved (only its location is used here)."""
    try:
        text = article.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{display_path(article)} is not UTF-8 text",
            hint="save the article as UTF-8 plain text",
        ) from exc
    except OSError as exc:
        raise UsageError(
            f"cannot read {display_path(article)}: {exc.strerror}",
            hint="give the path of the article's plain-text file",
        ) from exc
    date_words = ""
    if date is not None:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) or not article_dates(date):
            raise UsageError(f"--date {date!r} is not a date", hint="write it as YYYY-MM-DD")
        date_from = "--date"
        stated = [d for d in article_dates(text) if d[1] == date]
        date_words = stated[0][2] if stated else ""
    else:
        stated = article_dates(text)
        if not stated:
            raise UsageError(
                f"{display_path(article)} states no date",
                hint="pass the article's date: --date YYYY-MM-DD",
            )
        date, date_words = stated[0][1], stated[0][2]
        line = text[: stated[0][0]].count("\n") + 1
        date_from = f"{display_path(article)}:{line}"
    if source_id is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", source_id):
        raise UsageError(
            f"--source-id {source_id!r} is not an id",
            hint="use letters, digits, '_', '.' and '-'",
        )
    known = Known.from_data(data_dir)
    if source_id is None:
        # From the file name; a draft of an article already curated gets its own id.
        source_id = slug(article.stem).replace("-", "_") or "article"
        if source_id in known.sources:
            source_id += "_draft"
    folder = resources.reference_dir(data_dir)
    gaz = gazetteer(folder.resolve())
    reading = _Reader(gaz, text, date, pipeline(folder.resolve())).read()
    writer = _Writer(gaz, known, date, date_words)
    base = data_dir if data_dir is not None else _data_folder_of(output)
    first = next(
        (line.strip() for line in text.splitlines() if sum(w.isalpha() for w in line.split()) > 6),
        "",
    )
    header = [
        ("id", source_id),
        ("title", f"Draft: {first[:100]}" if first else f"Draft of {article.name}"),
        ("date", date),
        ("language", "en"),
        ("text", os.path.relpath(article.resolve(), base.resolve())),
        ("note", f"Drafted by kg extract {__version__}; the date is from {date_from}."),
    ]
    draft = Draft(header)
    writer.persons(draft, reading)
    writer.meetings(draft, reading)
    writer.agreements(draft, reading)
    writer.appointments(draft, reading)
    writer.supports(draft, reading)
    return Extraction(
        draft.text(), source_id, date, date_from, dict(draft.counts), reading, draft.facts()
    )


__all__ = ["Extraction", "Gazetteer", "Reading", "article_dates", "extract", "gazetteer"]
