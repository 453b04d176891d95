"""Reading events: meetings, signed documents and their provisions, appointments,
congratulations and statements of support, between the persons read."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from ..model.identity import normalise
from .dates import WEEKDAYS, event_date, stated_period, vague_past
from .findings import (
    Appointed,
    Congratulated,
    Findings,
    Mention,
    Person,
    Signed,
    Supported,
    span_text,
)
from .gazetteer import TRIGGERS
from .guess import guess_meeting
from .junk import drop_title_persons
from .meetings import MeetingRules, coordinated
from .pairs import arrival_country, principal_pair, the_two
from .talks import held_talks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

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
    "arrangement": "Agreement",
    "deal": "Agreement",
    "contract": "Agreement",
    "documents": "Agreement",
    "document": "Agreement",
    "letter of intent": "Agreement",
    "statement of intent": "Agreement",
}
# 'two agreements', 'three memoranda': documents counted, not named.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED = re.compile(rf"({'|'.join(_COUNTS)})\s+\w", re.I)
_NTH = re.compile(r"\((\d) of (\d)\)\Z")
# Words before 'signed' that make it an adjective or a recollection.
_RECALLED = {"with", "the", "of", "previously", "already", "earlier", "recently"}
# 'signed in March 2015', 'signed on 3 May 2019': the year of the signing.
_SIGNED_IN_YEAR = re.compile(
    r"^(?:(?:in|on|back in)\s+(?:\w+\.?\s+){0,2}?(?:\d{1,2},?\s+)?(\d{4})\b"
    r"|(?:\w+\s+){0,3}?(?:last year|a year ago|years ago)\b)",
    re.I,
)
# 'In 2013, the two ministries signed ...': a year named before the verb.
_YEAR_BEFORE = re.compile(r"\b(?:in|since|back in)\s+(?:\w+\s+)?(\d{4})\b", re.I)
_COUNTRY_LABELS = ("COUNTRY", "DEMONYM")
_REPORTING = {"said", "says", "told", "reported", "reports", "according", "announced"}
_MEETING_KINDS = ("meet", "host", "visit", "meet-between", "meet-each")
_DAY_WORDS = {*WEEKDAYS, *(m.lower() for m in calendar.month_name[1:])}
_ISSUE_AFTER = {"in", "on", "over", "regarding", "concerning"}
_FILLER = re.compile(
    r"^(?:the\s+)?(?:organi[sz]ation|conduct|holding|implementation|development)\s+of\s+", re.I
)


class ArticleReader(MeetingRules):
    """The rules for events between the persons read: meetings, signed documents,
    appointments, congratulations and statements of support, sentence by sentence."""

    def read(self) -> Findings:
        for doc in self.docs:
            for sent in doc.sents:
                self.sentence(doc, sent)
        self.settle_countries()
        drop_title_persons(self.findings, self.gaz.title_words)
        guess_meeting(self)
        self.findings.signed = _once_each(self.findings.signed)
        return self.findings

    def sentence(self, doc: Doc, sent: Span) -> None:
        actors = self.mentions(doc, sent)
        self.delegation_heads(doc, sent, actors)
        labels = {k.upper() for k in _MEETING_KINDS}
        two = the_two(doc, sent, actors, list(self.pair), self.gaz.title_words, labels)
        if two is not None:
            actors = sorted([*actors, two], key=lambda a: a.start)
        waiting, self.awaiting = self.awaiting, None
        text = span_text(sent)
        self.arrived = arrival_country(doc, sent) or self.arrived
        found = [(e.ent_id_, e) for e in sent.ents if e.ent_id_ in TRIGGERS]
        if not any(kind in _MEETING_KINDS for kind, _ in found):
            found += [("meet", span) for span in held_talks(doc, sent)]
        # Those who join a meeting join it once the sentence's meeting is read: 'A,
        # accompanied by B, received C' (round 6, attend).
        found.sort(key=lambda kt: (kt[0] in ("join", "joined-by"), kt[1].start))
        for kind, trigger in found:
            before = [a for a in actors if a.end <= trigger.start]
            after = [a for a in actors if a.start >= trigger.end]
            if kind in _MEETING_KINDS:
                # 'A, accompanied by B, received C': B goes with A, who is the host.
                aside = [t for k, t in found if k == "joined-by" and t.end <= trigger.start]
                if aside and (kept := [a for a in before if a.end <= aside[0].start]):
                    before = kept
                self.meeting(doc, sent, trigger, before, after, kind)
            elif kind == "sign":
                self.sign(doc, sent, trigger, before, after)
            elif kind == "sign-for":
                self.sign_for(doc, sent, before)
            elif kind in ("sign-passive", "sign-by"):
                self.sign_passive(doc, sent, trigger, after, text)
            elif kind == "congratulate" and before and after:
                appointment = any(e.ent_id_ == "appointment" for e in sent.ents)
                self.findings.congratulations.append(
                    Congratulated(before[-1].persons[0], after[0].persons[0], text, appointment)
                )
            elif kind == "appoint":
                # 'X has been appointed P': the trigger may sit inside X's apposition.
                around = [a for a in actors if a.start <= trigger.start < a.end]
                appointee = (around or before)[-1:]
                person = appointee[0].persons[0] if appointee else None
                appointed = (a.person for a in self.findings.appointments)
                if person and person.post and all(p is not person for p in appointed):
                    self.findings.appointments.append(Appointed(person, text))
            elif kind in ("support", "support-mutual"):
                self.support(doc, sent, trigger, actors, text)
            elif kind == "provide" and self.findings.signed:
                self.provisions(doc, sent, trigger, text)
            elif kind == "occasion" and self.findings.meetings:
                self.occasion(doc, sent, trigger, text)
            elif kind in ("join", "joined-by") and self.findings.meetings:
                self.join(doc, trigger, before, after)
            elif kind == "sign-purpose":
                self.signed_at_meeting(sent)
        if waiting is not None:
            self.delegation_listed(doc, sent, actors, waiting)
        self.titled_guest(doc, sent, actors)
        self.pair = tuple(principal_pair(actors)) or self.pair
        first = next((a for a in actors if a.kind in ("person", "reference", "pronoun")), None)
        if first is not None and len(first.persons) == 1:
            self.subject = first.persons[0]

    def sign(
        self, doc: Doc, sent: Span, trigger: Span, before: list[Mention], after: list[Mention]
    ) -> None:
        if trigger.start > sent.start and doc[trigger.start - 1].lower_ in _RECALLED:
            return  # 'under the signed agreements': no signing reported
        end = sent.end
        signers = [p for a in before for p in a.persons]
        if not signers and self.findings.meetings and doc[trigger.start - 1].ent_type_ == "POST":
            # 'Defence ministers signed ...' (round 4, meets): the participants of the
            # latest meeting whose posts are of that kind ('Minister of National Defence').
            noun = doc[trigger.start - 1].lower_
            meeting = self.findings.meetings[-1]
            held = [p for p in meeting.participants if p.post and noun[:-1] in p.post.label.lower()]
            signers = held if len(held) >= 2 and noun.endswith("s") else []
        if not signers and _said_by_signers(doc, sent, trigger) and self.findings.meetings:
            # '"Today we signed a memorandum," A said after the talks': we = the
            # participants of the meeting that A reports on.
            signers = list(self.findings.meetings[-1].participants)
        # 'A signed a memorandum with his Indian counterpart B (and C)': B signs too.
        partners = [a for a in after if doc[a.start - 1].lower_ == "with"]
        if partners:
            run = coordinated(doc, after[after.index(partners[0]) :], forward=True)
            signers += [p for a in run if a.kind != "group" for p in a.persons]
            end = partners[0].start - 1
        end = _title_end(doc, trigger.end, end)
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        titles = _documents(span_text(doc[trigger.end : end]))
        self.add_signed(doc, sent, trigger, titles, signers, 0.9)

    def sign_passive(
        self, doc: Doc, sent: Span, trigger: Span, after: list[Mention], text: str
    ) -> None:
        start = sent.start
        for i in range(trigger.start - 1, sent.start - 1, -1):
            if doc[i].text == ",":
                start = i + 1
                break
        # 'The ministry said that a memorandum ... was signed': the title starts after 'that'.
        thats = [i + 1 for i in range(start, trigger.start) if doc[i].lower_ == "that"]
        start = max([start, *thats])
        titles = _documents(span_text(doc[start : trigger.start]))
        self.add_signed(doc, sent, trigger, titles, [p for a in after for p in a.persons], 0.85)

    def add_signed(
        self,
        doc: Doc,
        sent: Span,
        trigger: Span,
        titles: list[tuple[str, str]],
        signatories: list[Person],
        confidence: float,
    ) -> None:
        text = span_text(sent)
        past = _SIGNED_IN_YEAR.match(span_text(doc[trigger.end : sent.end]))
        if not titles or (past and int(past.group(1) or 0) < self.year):
            return  # 'the memorandum signed in 2015', '... last year': recalled
        before = _YEAR_BEFORE.findall(span_text(doc[sent.start : trigger.start]))
        if before and all(int(year) < self.year for year in before):
            return  # 'Particularly in 2013, the two ministries signed ...': recalled
        signatories = list({id(p): p for p in signatories}.values())
        stated = event_date(text, self.date)
        vague = None if stated else vague_past(text, self.date)
        if vague == "earlier":
            return  # 'Last August, A signed ...': recalled
        # 'was signed last week': signed, on a day the article does not say.
        signed_on = stated[0] if stated else ("" if vague else self.date)
        meeting = None
        parties: list[str] = []
        if not signatories:
            # 'Documents were signed.': by whom is not said; at the latest meeting,
            # else between the countries the sentence names ('Peru and Ecuador signed').
            if self.findings.meetings:
                meeting = self.findings.meetings[-1]
                parties = self.meeting_countries()
            else:
                parties = list(
                    dict.fromkeys(e.ent_id_ for e in sent.ents if e.label_ in _COUNTRY_LABELS)
                )
                if len(parties) < 2:
                    return
            confidence = 0.6
        for known in reversed(self.findings.meetings):
            if meeting is None and {id(p) for p in signatories} <= {
                id(p) for p in known.participants
            }:
                meeting = known
                break
        if meeting is None and len(signatories) >= 2 and self.placed(doc, sent):
            # A signing where the signatories are, in person ('signed on May 12 by
            # A and B, who had come to Oslo'): they met.
            meeting = self.add_meeting(doc, sent, signatories, None, text)
        if meeting is not None and not stated and not vague:
            signed_on = meeting.date
        if len(titles) == 1 and titles[0][0].lower() in _DOCUMENT_WORDS and self.findings.signed:
            # 'The document was signed on May 12 by A and B': the document last
            # mentioned, signed once; its signatories and date are now told.
            latest = self.findings.signed[-1]
            if not latest.signatories:
                latest.signatories, latest.meeting = signatories, meeting
                latest.date, latest.evidence = signed_on, text
                latest.confidence = max(latest.confidence, confidence)
                cls = _documents(latest.title)[0][1] if _documents(latest.title) else latest.cls
                if cls == "Plan" and latest.period and signatories:
                    latest.cls = "Plan"
                return
            if {id(p) for p in latest.signatories} == {id(p) for p in signatories}:
                return
        for title, cls in titles:
            again = _signed_before(self.findings.signed, title)
            if again is not None:
                # 'both signed the Defense Cooperation Arrangement (DCA)', then
                # 'we have just signed a historic Defense Cooperation Arrangement'.
                again.signatories += [
                    p for p in signatories if all(p is not q for q in again.signatories)
                ]
                continue
            period = stated_period(title)
            if cls == "Plan" and (period is None or not signatories):
                cls = "Agreement"  # the shapes want a plan's period and signatories
            self.findings.signed.append(
                Signed(title, cls, signatories, signed_on, text, confidence, period, meeting)
            )
            self.findings.signed[-1].parties = parties

    def provisions(self, doc: Doc, sent: Span, trigger: Span, text: str) -> None:
        end = sent.end
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        items = re.split(
            r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|other|joint|mutual)\s)",
            span_text(doc[trigger.end : end]),
        )
        target = self.findings.signed[-1]
        for item in items:
            item = _FILLER.sub("", item.strip())
            item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.I)
            if not item or item.lower().startswith(("other", "etc")):
                continue
            target.provisions.append((item[0].upper() + item[1:], text))

    def occasion(self, doc: Doc, sent: Span, trigger: Span, text: str) -> None:
        meeting = self.findings.meetings[-1]
        if meeting.occasion is not None:
            return
        stop = trigger.end
        while stop < sent.end and doc[stop].text not in (",", ".", ";"):
            stop += 1
        words = re.sub(r"^(?:a|an|the)\s+", "", span_text(doc[trigger.end : stop]), flags=re.I)
        if words:
            meeting.occasion = (words[0].upper() + words[1:], text)

    def support(
        self, doc: Doc, sent: Span, trigger: Span, actors: list[Mention], text: str
    ) -> None:
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
            issue = _mutual_issue(span_text(sent))
            a, b = codes[:2]
            self.findings.supports.append(Supported(a, b, issue, text, 0.8))
            self.findings.supports.append(Supported(b, a, issue, text, 0.8))
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
        words = span_text(doc[start:stop])
        words = re.sub(r"^(?:for|of)\s+", "", words)
        words = re.sub(r"^(?:the|its|their)\s+", "", words, flags=re.I)
        if not words:
            return
        if normalise(words) == normalise(self.gaz.country_name(party)) or len(words) < 3:
            words = f"support for {self.gaz.country_name(party)}"
        self.findings.supports.append(
            Supported(supporter, party, words[0].upper() + words[1:], text, 0.75)
        )

    def meeting_countries(self) -> list[str]:
        if not self.findings.meetings:
            return []
        return list(
            dict.fromkeys(p.country for p in self.findings.meetings[-1].participants if p.country)
        )


def _title_end(doc: Doc, start: int, end: int) -> int:
    """Where a document's title stops: before 'in Lima', 'at the ministry', 'on
    Monday', 'on 3 May' after it."""
    for i in range(start + 1, end - 1):
        word, after = doc[i].lower_, doc[i + 1]
        if word == ",":
            clause = next((j for j in range(i + 1, end) if doc[j].text == ","), end)
            if any(doc[j].lower_ in _REPORTING for j in range(i + 1, clause)):
                return i  # ', officials said on Friday'
            continue
        if (word in ("in", "at") and after.ent_type_ == "PLACE") or (
            word == "at" and after.lower_ == "the"
        ):
            return i
        if word == "on" and (after.like_num or after.lower_ in _DAY_WORDS):
            return i
        if doc[i].ent_iob_ == "B" and doc[i].ent_id_ in ("joined-by", "occasion"):
            return i  # 'in the presence of X', 'on the sidelines of ...'
        if word == "during" and after.lower_ in ("a", "the", "their", "his", "her"):
            return i  # 'two agreements during a meeting in Astana'
    return end


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
        cls = next(
            (c for w, c in _DOCUMENT_WORDS.items() if re.search(rf"\b{_plural(w)}\b", lowered)),
            None,
        )
        if cls is None:
            continue
        title = re.sub(r"^(?:a|an|the)\s+", "", part, flags=re.I)
        title = title[0].upper() + title[1:]
        counted = _COUNTED.match(title)
        if counted is None:
            found.append((title, cls))
            continue
        # 'signed two agreements': as many documents, for the curator to name.
        n = _COUNTS[counted.group(1).lower()]
        found += [(f"{title} ({k} of {n})", cls) for k in range(1, n + 1)]
    return found


def _plural(word: str) -> str:
    """A document word and its plural ('agreements', 'memoranda', 'memorandums')."""
    if word.endswith("um"):
        return rf"{word[:-2]}(?:um|a|ums)"
    return rf"{word}s?" if not word.endswith("s") else word


def _mutual_issue(sentence: str) -> str:
    for m in re.finditer(
        r"\b(?:in|within|on)\s+((?:the\s+)?[a-z][\w\s-]*?)(?=[,.;]|\s+and\s|$)", sentence
    ):
        phrase = re.sub(r"^the\s+", "", m.group(1).strip())
        if phrase and not phrase.startswith(("all ", "every ", "each ")):
            return f"Mutual support in {phrase}"
    return "Mutual support"


def _said_by_signers(doc: Doc, sent: Span, trigger: Span) -> bool:
    """'we signed', 'we have signed', 'we also signed': the speakers sign."""
    i = trigger.start - 1
    while i > sent.start and doc[i].lower_ in ("also", "today", "have", "just", "jointly"):
        i -= 1
    return i >= sent.start and doc[i].lower_ == "we"


def _kind(title: str) -> str:
    """The kind of document a title names: the document word it names first."""
    lowered = title.lower()
    found = [(m.start(), w) for w in _DOCUMENT_WORDS if (m := re.search(rf"\b{w}\b", lowered))]
    return min(found)[1] if found else ""


def _once_each(signed: list[Signed]) -> list[Signed]:
    """One document for a signing told twice in other words: 'A and B signed a
    memorandum on space flights', then 'a memorandum on cooperation in space ...
    The document, signed by A and B': the same kind of document, the same
    signatories, the same day. Documents of different kinds stay apart."""
    kept: list[Signed] = []
    for document in signed:
        people = {id(p) for p in document.signatories}
        counted = _NTH.search(document.title)
        same = next(
            (
                k
                for k in kept
                if k.date == document.date
                and _kind(k.title) == _kind(document.title)
                and k.evidence != document.evidence
                and (
                    (people and {id(p) for p in k.signatories} == people)
                    # 'A and B signed two agreements.' then 'Two agreements were
                    # signed: X and Y': the same two, counted again.
                    or (
                        not people
                        and counted is not None
                        and (nth := _NTH.search(k.title)) is not None
                        and nth.group(0) == counted.group(0)
                    )
                )
            ),
            None,
        )
        if same is None:
            kept.append(document)
        else:
            same.provisions += document.provisions
    return kept


def _signed_before(signed: list[Signed], title: str) -> Signed | None:
    """The document read before that a title names again: the earlier title (without
    its bracketed abbreviation), of two words or more, within the new one."""
    words = normalise(title)
    for earlier in reversed(signed):
        if _NTH.search(earlier.title) and _NTH.search(title):
            continue  # 'two agreements': the first and the second are two
        core = normalise(earlier.title.split("(")[0])
        if len(core.split()) >= 2 and f" {core} " in f" {words} ":
            return earlier
    return None
