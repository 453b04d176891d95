"""Reading events: meetings, signed documents and their provisions, appointments,
congratulations and statements of support, between the persons read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import normalise
from . import apposed_signer, behalf, cosigners, it_signed, retold, signing_noun, with_partner
from .absent import one_person_twice, present
from .at_home import guessed_home, hosts_at_home
from .attend import coordinated
from .backing import congratulation, mutual_issue, owned_elsewhere
from .body_staff import body_staff
from .cosigners import aside_of
from .country_guess import guess_countries
from .credentials import presentations
from .dates import stated_period, vague_past
from .documents import DOCUMENT_WORDS, documents, once_each, signed_again, signed_before
from .during_talks import talks_found
from .early import join_early
from .event_city import place_in_cities
from .filed_home import filed_at_home
from .findings import (
    NATION_LABELS,
    POSSESSIVE,
    Appointed,
    Findings,
    Mention,
    Person,
    Signed,
    Supported,
    span_text,
)
from .gazetteer import TRIGGERS
from .guess import guess_meeting, last_guess
from .guests import conjoined_subject, past_that
from .junk import drop_title_persons, drop_unread
from .meetings import MeetingRules
from .met_side import other_side_home, unmet_home
from .name_forms import settle_names
from .nonnames import drop_common_words, drop_place_persons
from .official_country import apply_listed
from .one_by_one import split_one_by_one
from .one_country import one_country_home
from .pairs import arrival_country, principal_pair, the_two
from .place_choice import choose_places
from .recalled import recalled_signing
from .royal_styles import unstyled
from .signings import (
    between,
    date_words_end,
    dateline_end,
    named_before,
    nested,
    partner,
    signed_before_the_news,
    signed_in_a_year_before,
    title_bounds,
    told_by_countries,
    unnamed_signers,
)
from .subjects import next_subject
from .title_home import title_home
from .told import ceremony_day, reported_then_held, signing_day, signing_stated, year_before
from .travel import visit_country
from .unplaced import leaders_at_home, place_unplaced, placed_at_host, unplace_third_country
from .visited import after_reading, place_visits
from .visitors import capital_meetings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Words before 'signed' that make it an adjective or a recollection.
_RECALLED = {"with", "the", "of", "previously", "already", "earlier", "recently"}
_MEETING_KINDS = ("meet", "host", "visit", "meet-between", "meet-each")
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
        drop_place_persons(self.findings, self.gaz)  # round 15
        drop_common_words(self.findings, self.docs)  # session 37
        settle_names(self.findings, self.docs, self.gaz)
        unstyled(self.findings, self.gaz)  # session 17
        one_person_twice(self.findings)  # round 10
        guess_meeting(self)
        join_early(self)  # round 11
        place_unplaced(self.findings)  # round 12
        for meeting in self.findings.meetings:
            reported_then_held(self.gaz, meeting, self.docs, self.date)
        for signed in self.findings.signed:
            signing_day(self.gaz, signed, self.findings.meetings, self.date)
            ceremony_day(self.gaz, signed, self.docs, self.date)
        place_visits(self.gaz, self.findings, self.docs)  # round 15
        capital_meetings(self.gaz, self.findings, self.docs)  # round 10
        # Signers by side before at_home, whose guess of a host's country is weaker.
        behalf.sides_sign(self.findings)  # round 13
        behalf.per_partner(self.findings)  # round 13
        hosts_at_home(self.gaz, self.findings, self.docs)  # round 13
        guessed_home(self.gaz, self.findings)  # round 13
        other_side_home(self.gaz, self.findings, self.docs)  # round 14
        unmet_home(self.gaz, self.findings, self.docs)  # round 14
        one_country_home(self.gaz, self.findings, self.docs)  # round 16
        title_home(self.gaz, self.findings, self.docs)  # round 17
        body_staff(self.gaz, self.findings, self.docs)  # round 17
        after_reading(self.gaz, self.findings, self.docs, self.date)  # round 22
        place_in_cities(self.gaz, self.findings, self.docs, self.date)  # sessions 17, 18
        apply_listed(self.gaz, self.findings, self.docs)  # session 20
        placed_at_host(self.findings)  # session 22
        guess_countries(self.gaz, self.findings, self.docs)  # session 19
        last_guess(self)  # session 20
        choose_places(self.gaz, self.findings, self.docs)  # session 21
        unplace_third_country(self.findings)  # session 25
        split_one_by_one(self.findings, self.docs)  # session 33
        presentations(self.findings, self.docs)  # session 37
        leaders_at_home(self.findings)  # session 28
        filed_at_home(self.gaz, self.findings, self.docs)  # session 30
        once = told_by_countries(once_each(self.findings.signed))
        self.findings.signed = retold.one_signing(once)  # round 17
        drop_unread(self.findings)  # session 27
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
        # 'X, on an official visit to Norway, ...': as if arrived there (round 12).
        self.arrived = self.arrived or visit_country(self.gaz, doc, sent)
        found = [(e.ent_id_, e) for e in sent.ents if e.ent_id_ in TRIGGERS]
        if not any(kind in _MEETING_KINDS for kind, _ in found):
            found += talks_found(self.gaz, doc, sent, actors, found, self.findings.meetings)
        # Those who join a meeting join it once the sentence's meeting is read: 'A,
        # accompanied by B, received C' (round 6, attend).
        found.sort(key=lambda kt: (kt[0] in ("join", "joined-by"), kt[1].start))
        # Those the sentence names by proxy or in passing take no part (round 10).
        taking = present(self.gaz, doc, sent, actors) if found else actors
        for kind, trigger in found:
            named = taking if kind in _MEETING_KINDS or kind in ("join", "joined-by") else actors
            before = [a for a in named if a.end <= trigger.start]
            after = [a for a in named if a.start >= trigger.end]
            if kind in _MEETING_KINDS:
                # 'A, accompanied by B, received C': B goes with A, who is the host.
                aside = [t for k, t in found if k == "joined-by" and t.end <= trigger.start]
                if aside and (kept := [a for a in before if a.end <= aside[0].start]):
                    before = kept
                earlier = [t for k, t in found if k in _MEETING_KINDS and t.end <= trigger.start]
                before = conjoined_subject(self.gaz, doc, trigger, earlier, before)  # round 9
                after = past_that(self.gaz, doc, trigger, after)
                self.meeting(doc, sent, trigger, before, after, kind)
            elif kind == "sign":
                before = cosigners.active(self, doc, sent, trigger, before)  # round 11
                before = apposed_signer.first_conjunct(self, doc, sent, trigger, before)
                after = with_partner.unread(self, doc, sent, trigger, after)  # round 16
                self.sign(doc, sent, trigger, before, after)
            elif kind == "sign-for" and behalf.is_passive(doc, sent, trigger):
                self.signed_for_side(doc, sent, trigger, after)  # round 13
            elif kind == "sign-for":
                # 'A and B signed on behalf of X and Y respectively': each signs (round 7).
                for one in reversed(coordinated(doc, before, forward=False)):
                    self.sign_for(doc, sent, [one])
            elif kind in ("sign-passive", "sign-by"):
                after = cosigners.passive(self, doc, sent, trigger, after, aside_of(sent, trigger))
                self.sign_passive(doc, sent, trigger, after, text)
            elif kind == "congratulate" and before and after:  # passive: round 22
                if (told := congratulation(doc, sent, trigger, before, after)) is not None:
                    self.findings.congratulations.append(told)
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
            elif kind in ("join", "joined-by"):
                self.early_joins.append((doc, trigger, before, after))
            elif kind == "sign-purpose":
                self.signed_at_meeting(sent)
            elif kind == "sign-end" and behalf.ended(doc, sent, trigger):
                self.sign(doc, sent, trigger, before, after)  # round 13
            elif kind in ("signing-of", "sign-end"):
                self.signing_of(doc, sent, trigger, before, after)
        if any(kind.startswith("sign") for kind, _ in found):
            self.other_side(doc, sent, actors)  # round 13
        if waiting is not None:
            self.delegation_listed(doc, sent, actors, waiting)
        self.titled_guest(doc, sent, actors)
        # Separate meetings with two persons ('made separate calls on A and B') are
        # no pair that 'the two' stands for (round 23, people).
        each = any(kind == "meet-each" for kind, _ in found)
        self.pair = () if each else tuple(principal_pair(actors)) or self.pair
        met = [t for k, t in found if k in _MEETING_KINDS]
        self.subject = next_subject(actors, met, self.subject, self.met_by_unread)  # round 14

    def sign(
        self, doc: Doc, sent: Span, trigger: Span, before: list[Mention], after: list[Mention]
    ) -> None:
        if trigger.start > sent.start and doc[trigger.start - 1].lower_ in _RECALLED:
            return  # 'under the signed agreements': no signing reported
        end = sent.end
        signers = [p for a in cosigners.witnessed(doc, sent, before) for p in a.persons]
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
        if not signers:  # 'The ministers signed', 'Peru and Chile signed' (round 7)
            signers = unnamed_signers(doc, sent, trigger, self.findings.meetings, self.pair)
        # 'A signed a memorandum with his Indian counterpart B (and C)': B signs too.
        found, run = partner(doc, trigger, after), []
        if found is not None:
            run = coordinated(doc, after[after.index(found[1]) :], forward=True)
            run = nested(run, after)  # round 7
            signers += [p for a in run if a.kind != "group" for p in a.persons]
            end = found[0]
        start, end = title_bounds(doc, sent, trigger, end, run)
        while end > start and doc[end - 1].is_punct:
            end -= 1
        titles = documents(span_text(doc[start:end])) or documents(named_before(doc, sent, trigger))
        latest = self.findings.signed[-1] if self.findings.signed else None
        if not titles and signers and latest is not None and not latest.signatories:
            latest.signatories = signers  # 'A and B signed on behalf of ...' (round 7)
            return
        self.add_signed(doc, sent, trigger, titles, signers, 0.9)

    def signed_for_side(self, doc: Doc, sent: Span, trigger: Span, after: list[Mention]) -> None:
        """'The agreement was signed on behalf of X by A, and on behalf of Y by B'."""
        signers = behalf.passive_signers(doc, sent, trigger, after)
        latest = self.signed_in(sent)
        if latest is not None:
            latest.add_signatories(signers)
            return
        end = trigger.start - 1  # before 'was'
        titles = documents(span_text(doc[sent.start : end]))
        self.add_signed(doc, sent, trigger, titles, signers, 0.85)

    def other_side(self, doc: Doc, sent: Span, actors: list[Mention]) -> None:
        """'A signed X on behalf of Y, whereas B represented Z': B signs X too."""
        latest = self.signed_in(sent)
        if latest is not None and latest.signatories:
            latest.add_signatories(behalf.other_side(doc, sent, actors))

    def signed_in(self, sent: Span) -> Signed | None:
        """The document drafted last, if the sentence is its evidence."""
        latest = self.findings.signed[-1] if self.findings.signed else None
        return latest if latest is not None and latest.evidence == span_text(sent) else None

    def signing_of(self, doc: Doc, sent: Span, trigger: Span, *near: list[Mention]) -> None:
        """'at the signing of a memorandum between A and his counterpart B' (round 7)."""
        stop, named = between(doc, trigger, sent, near[1])
        run = coordinated(doc, named, forward=True) if named else []
        signers = [p for a in run for p in a.persons]  # else a noun signing (round 19):
        if (held := signing_noun.held_signers(self, doc, sent, trigger, near, signers)) is not None:
            titles = documents(span_text(doc[trigger.end : stop]))
            self.add_signed(doc, sent, trigger, titles, held, 0.8)

    def sign_passive(
        self, doc: Doc, sent: Span, trigger: Span, after: list[Mention], text: str
    ) -> None:
        start = sent.start
        for i in range(trigger.start - 1, sent.start - 1, -1):
            if doc[i].text == ",":
                start = i + 1
                break
        # 'The ministry said that a memorandum ... was signed': the title starts after 'that'.
        # '... said the agreement was signed': after the reporting verb (round 7).
        thats = [
            i + 1
            for i in range(start, trigger.start)
            if doc[i].lower_ == "that" or doc[i].text in self.gaz.reporting
        ]
        start = max([start, *thats])
        titles = documents(span_text(doc[start : trigger.start]))
        titles = titles or it_signed.before_aside(doc, sent, start, trigger)
        # 'signed by A, accompanied by B', 'in the presence of B': B does not sign (round 7).
        stop = aside_of(sent, trigger, after)
        signers = [p for a in after if a.start < stop for p in a.persons]
        if not titles and any(a.kind == "person" for a in after):  # 'It was signed by A'
            titles = it_signed.titles_before(doc, sent, trigger)  # round 16
        self.add_signed(doc, sent, trigger, titles, signers, 0.85)

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
        if trigger.start > sent.start and doc[trigger.start - 1].lower_ == "be":
            return  # 'will be signed', 'is to be signed by A and B': planned (round 7)
        if signed_before_the_news(doc, sent, trigger):
            return  # 'The visit comes weeks after X signed ...': recalled (round 7)
        if recalled_signing(self.gaz, doc, sent, trigger):
            return  # 'One day earlier, X and Y signed ...' (round 17)
        if not titles or signed_in_a_year_before(doc, sent, trigger, self.year):
            return  # 'the memorandum signed in 2015', 'In 2013, ... signed': recalled
        if behalf.recalled_at_end(doc, sent, trigger, self.year):
            return  # '... signed X in January 2015.' (round 13)
        signatories = list({id(p): p for p in signatories}.values())
        # 'signed X, signed on 1 May 1988': the second date is another document's.
        cut = date_words_end(doc, sent, trigger)
        dating = span_text(doc[dateline_end(doc, sent) : cut])  # 'OSLO, May 14 -': the report's
        stated = signing_stated(self.gaz, dating, self.date)
        vague = None if stated else vague_past(dating, self.date)
        if vague == "earlier" or (stated and stated[0] < year_before(self.date)):
            return  # recalled: 'Last August, A signed', 'signed on June 14, 1949' (session 25)
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
                    dict.fromkeys(e.ent_id_ for e in sent.ents if e.label_ in NATION_LABELS)
                )
                # Not where it retells the document just read ('The agreement was
                # signed in X on Friday'): its day and place count (session 18).
                retold = len(titles) == 1 and titles[0][0].lower() in DOCUMENT_WORDS
                if len(parties) < 2 and not (retold and self.findings.signed):
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
        if meeting is not None and not stated and not vague and cut == sent.end:
            signed_on = meeting.date
        if len(titles) == 1 and titles[0][0].lower() in DOCUMENT_WORDS and self.findings.signed:
            # 'The document was signed on May 12 by A and B': the document last
            # mentioned, signed once; its signatories and date are now told.
            latest = self.findings.signed[-1]
            if not latest.signatories:
                day = (signed_on, stated is not None, bool(stated or vague))
                signed_again(latest, signatories, meeting, text, confidence, day)
                return
            if not signatories or {id(p) for p in latest.signatories} == {
                id(p) for p in signatories
            }:
                return  # 'he said the agreement was signed to ...': the one read before
        for title, cls in titles:
            again = signed_before(self.findings.signed, title)
            if again is not None:
                # 'both signed the Defense Cooperation Arrangement (DCA)', then
                # 'we have just signed a historic Defense Cooperation Arrangement'.
                again.add_signatories(signatories)
                continue
            period = stated_period(title)
            if cls == "Plan" and (period is None or not signatories):
                cls = "Agreement"  # the shapes want a plan's period and signatories
            self.findings.signed.append(
                Signed(title, cls, signatories, signed_on, text, confidence, period, meeting)
            )
            self.findings.signed[-1].parties = parties
            self.findings.signed[-1].dated = stated is not None or signed_on != self.date

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
            if e.label_ in (*NATION_LABELS, "PLACE")
        ]
        if trigger.ent_id_ == "support-mutual":
            codes = list(dict.fromkeys(c for at, c in countries if at < trigger.start))
            if len(codes) < 2:
                codes = self.meeting_countries()
            if len(codes) < 2:
                return
            issue = mutual_issue(span_text(sent))
            a, b = codes[:2]
            self.findings.supports.append(Supported(a, b, issue, text, 0.8))
            self.findings.supports.append(Supported(b, a, issue, text, 0.8))
            return
        supporters = [c for s, c in countries if s < trigger.start]
        if not supporters or owned_elsewhere(doc, sent, trigger):  # round 22
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
            if stop < end and doc[stop].lower_ in POSSESSIVE:
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


def _said_by_signers(doc: Doc, sent: Span, trigger: Span) -> bool:
    """'we signed', 'we have signed', 'we also signed': the speakers sign."""
    i = trigger.start - 1
    while i > sent.start and doc[i].lower_ in ("also", "today", "have", "just", "jointly"):
        i -= 1
    return i >= sent.start and doc[i].lower_ == "we"
