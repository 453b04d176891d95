"""Reading events: meetings, signed documents and their provisions, appointments,
congratulations and statements of support, between the persons read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import normalise
from .dates import event_date, stated_period
from .findings import (
    Appointed,
    Congratulated,
    Findings,
    Meeting,
    Mention,
    Person,
    Signed,
    Supported,
    span_text,
)
from .gazetteer import TRIGGERS
from .people import place_in_name
from .shapes import NewsShapes

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
    "contract": "Agreement",
    "documents": "Agreement",
    "document": "Agreement",
    "letter of intent": "Agreement",
    "statement of intent": "Agreement",
}
_ISSUE_AFTER = {"in", "on", "over", "regarding", "concerning"}
_FILLER = re.compile(
    r"^(?:the\s+)?(?:organi[sz]ation|conduct|holding|implementation|development)\s+of\s+", re.I
)


class ArticleReader(NewsShapes):
    """The rules for events between the persons read: meetings, signed documents,
    appointments, congratulations and statements of support, sentence by sentence."""

    def read(self) -> Findings:
        for doc in self.docs:
            for sent in doc.sents:
                self.sentence(doc, sent)
        self.settle_countries()
        return self.findings

    def sentence(self, doc: Doc, sent: Span) -> None:
        actors = self.mentions(doc, sent)
        text = span_text(sent)
        triggers = [e for e in sent.ents if e.ent_id_ in TRIGGERS]
        for trigger in triggers:
            kind = trigger.ent_id_
            before = [a for a in actors if a.end <= trigger.start]
            after = [a for a in actors if a.start >= trigger.end]
            if kind in ("meet", "host", "visit", "meet-between"):
                self.meeting(doc, sent, trigger, before, after, text)
            elif kind == "sign":
                self.sign(doc, sent, trigger, before, text)
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
                meeting = self.findings.meetings[-1]
                joining = before[-1:] if kind == "join" else after[:1]
                for person in (p for a in joining if a.kind != "group" for p in a.persons):
                    known = [*meeting.participants, *(p for p, _ in meeting.joined)]
                    if all(p is not person for p in known):
                        meeting.joined.append((person, text))
        first = next((a for a in actors if a.kind in ("person", "reference", "pronoun")), None)
        if first is not None and len(first.persons) == 1:
            self.subject = first.persons[0]

    def meeting(
        self,
        doc: Doc,
        sent: Span,
        trigger: Span,
        before: list[Mention],
        after: list[Mention],
        text: str,
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
        for known in self.findings.meetings:
            if {id(p) for p in known.participants} == {id(p) for p in people}:
                return
        date, date_words = event_date(text, self.date) or (self.date, "")
        host = None
        if trigger.ent_id_ == "host" and before:
            host = before[-1].persons[0]
        elif trigger.ent_id_ == "visit" and after:
            host = after[0].persons[0]
        location, location_words, sure = self.location(doc, sent, people, host)
        confidence = 0.9 if sure else 0.6
        self.findings.meetings.append(
            Meeting(people, date, date_words, location, location_words, text, confidence, host)
        )

    def location(
        self, doc: Doc, sent: Span, people: list[Person], host: Person | None
    ) -> tuple[str, str, bool]:
        """The meeting's place: a city its sentence names; else a country the
        sentence puts it in ('in Georgia', 'on a visit to Belarus'), unless the
        city the article introduced (its dateline, say) lies there; else that city;
        else the host's country, a guess."""
        for ent in sent.ents:
            if ent.label_ == "PLACE" and not place_in_name(doc, ent.start, sent.end):
                return f"place:{ent.ent_id_}", span_text(sent), True
        # A city introduced after the meeting's sentence is not where it took place.
        here = (self.docs.index(doc), sent.start)
        introduced = next((p for p in self.places if p[2] <= here), None)
        places = self.gaz.reference.places
        for ent in sent.ents:
            if ent.label_ == "COUNTRY" and ent.start > sent.start:
                before = doc[ent.start - 1].lower_
                visit = before == "to" and ent.start > 1 and doc[ent.start - 2].lower_ == "visit"
                # 'currently visiting Egypt.', not 'visiting U.S. Secretary of Defense'
                after = doc[ent.end] if ent.end < sent.end else None
                visiting = before == "visiting" and (after is None or not after.text[:1].isupper())
                if before != "in" and not visit and not visiting:
                    continue
                if introduced and places[introduced[0]].country == ent.ent_id_:
                    break
                return f"country:{ent.ent_id_}", span_text(sent), True
        if introduced:
            return f"place:{introduced[0]}", introduced[1], True
        for person in [host, *people]:
            if person is not None and person.country:
                return f"country:{person.country}", span_text(sent), False
        return "", "", False

    def sign(self, doc: Doc, sent: Span, trigger: Span, before: list[Mention], text: str) -> None:
        end = sent.end
        while end > trigger.end and doc[end - 1].is_punct:
            end -= 1
        titles = _documents(span_text(doc[trigger.end : end]))
        self.add_signed(titles, [p for a in before for p in a.persons], text, 0.9)

    def sign_passive(
        self, doc: Doc, sent: Span, trigger: Span, after: list[Mention], text: str
    ) -> None:
        start = sent.start
        for i in range(trigger.start - 1, sent.start - 1, -1):
            if doc[i].text == ",":
                start = i + 1
                break
        titles = _documents(span_text(doc[start : trigger.start]))
        self.add_signed(titles, [p for a in after for p in a.persons], text, 0.85)

    def add_signed(
        self, titles: list[tuple[str, str]], signatories: list[Person], text: str, confidence: float
    ) -> None:
        if not signatories and self.findings.meetings:
            # 'A plan was signed.': by the participants of the latest meeting, less sure.
            signatories = list(self.findings.meetings[-1].participants)
            confidence = 0.6
        if not titles or not signatories:
            return
        signatories = list({id(p): p for p in signatories}.values())
        stated = event_date(text, self.date)
        signed_on = stated[0] if stated else self.date
        meeting = None
        for known in reversed(self.findings.meetings):
            if {id(p) for p in signatories} <= {id(p) for p in known.participants}:
                meeting = known
                signed_on = signed_on if stated else known.date
                break
        for title, cls in titles:
            period = stated_period(title)
            if cls == "Plan" and period is None:
                cls = "Agreement"
            self.findings.signed.append(
                Signed(title, cls, signatories, signed_on, text, confidence, period, meeting)
            )

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


def _mutual_issue(sentence: str) -> str:
    for m in re.finditer(
        r"\b(?:in|within|on)\s+((?:the\s+)?[a-z][\w\s-]*?)(?=[,.;]|\s+and\s|$)", sentence
    ):
        phrase = re.sub(r"^the\s+", "", m.group(1).strip())
        if phrase and not phrase.startswith(("all ", "every ", "each ")):
            return f"Mutual support in {phrase}"
    return "Mutual support"
