"""Reading meetings: who met whom, when and where, from the trigger phrases of
``extract_phrases.csv``; one meeting per event, however often it is mentioned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attend import attending, coordinated, included_unmet
from .calls import unread_call
from .counterparts import met_together
from .dates import event_date, vague_past
from .findings import NATION_LABELS, PLACED, Meeting, Mention, Person, span_text
from .guest_side import listed_guests
from .guests import each_guest, host_by_title
from .host_list import hosts
from .hostplace import another_event, retold
from .meeting_place import MeetingPlaces, in_name
from .met_object import met_object
from .near_day import meeting_date
from .not_there import held_apart, on_trip, one_more, told_apart
from .one_by_one import SEPARATE
from .pairs import apart, counterpart, distinct, untitled_guest
from .placenames import post_seat
from .several import speaker_who_met, unsaid_after
from .speakers import unsaid
from .talks import NOT_YET, TALKS
from .told import lead_date, told_date
from .unheld import unheld
from .venue import day_venue
from .who_clause import without_who_clauses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LED = {"led", "headed", "chaired"}
# 'In separate meetings, A met B, C and D': a meeting of A with each (round 6, attend).
# Words that make it one meeting with each person listed (round 11: "back-to-back").


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and not token.ent_type_ and len(token) > 1


class MeetingRules(MeetingPlaces):
    """The rules for meetings between the persons read."""

    awaiting: tuple[Doc, Span, Person] | None = None
    """A meeting whose host the last sentence named, but not its guests."""
    titled: tuple[Doc, Span, Person, str, set[str]] | None = None
    """'X met with the Norwegian Army chief': X, the country and the title's words,
    until a later sentence introduces that person."""
    titled_left = 0
    pair: tuple[Person, ...] = ()
    """The two persons a sentence last named together ('the two' refers to them)."""

    def meeting(
        self,
        doc: Doc,
        sent: Span,
        trigger: Span,
        before: list[Mention],
        after: list[Mention],
        kind: str,
    ) -> None:
        text = span_text(sent)
        named, before = before, unsaid(self.gaz, doc, before)
        after = unsaid_after(self.gaz, doc, trigger, after)
        before = speaker_who_met(self.gaz, doc, trigger, named, before)  # round 17
        if told_apart(sent) or held_apart(self.gaz, doc, trigger):
            self.findings.remote_told.add(text)  # a call: unplaced (rounds 4, 26; session 23)
        if unheld(self.gaz, doc, sent, trigger, self.date):
            return  # 'will meet B', 'met B several times' (round 22)
        if not before and kind in ("meet", "visit", "host"):  # round 9, guests
            hosted = host_by_title(self.gaz, doc, sent, trigger, self.subject, after, self.findings)
            before, after = hosted or (before, after)
            if not before and unread_call(self, doc, sent, trigger, after, kind):
                return  # 'He met A and B': not A with B (round 14); calls (round 20)
        if trigger.text.lower().startswith("a ") and any(
            t.lower_ in NOT_YET - {"to", "not"} for t in doc[sent.start : trigger.start]
        ):
            return  # 'A will pay B a courtesy call': the noun's verb is still to come
        if trigger.start > sent.start and doc[trigger.start - 1].lower_ == "delegations":
            self.delegations_met(doc, sent, trigger)
            return
        if kind in ("meet", "host") and before:
            titled = untitled_guest(doc, sent, trigger, before[-1].persons[0], after)
            if titled is not None:
                self.titled, self.titled_left = titled, 3
                return
        # 'A separately received B and C' too (session 30).
        if kind in ("meet", "host") and any(t.lower_ in SEPARATE for t in sent):
            kind = "meet-each"
        if kind == "meet-each":
            # 'hosted receptions for A and B', 'held meetings with A and B': one
            # meeting with each of those named after the phrase.
            if not after:
                return
            if before:
                firsts = _each_subject(doc, before)
            elif trigger.start == sent.start and self.subject is not None:
                firsts = [self.subject]  # 'The meetings with A and B took place' (session 26)
            else:
                return
            for first in firsts:
                host = first if "recept" in trigger.text.lower() else None
                for mention in coordinated(doc, after, forward=True):
                    for person in mention.persons:
                        self.add_meeting(doc, sent, [first, person], host, text, recent=True)
            return
        if kind == "meet-between" or (not before and len(after) >= 2):
            participants = [p for a in after[:3] for p in a.persons]
        elif distinct(together := coordinated(doc, before, forward=False)) >= 2 and not met_object(
            doc, trigger, after
        ):
            # 'A of Russia and B of Belarus met in Minsk to discuss ..., C said':
            # those before met; the person named later is no party.
            participants = [p for a in together if a.kind != "group" for p in a.persons]
        elif after and before:
            participants = [*hosts(doc, trigger, before, after), *after[0].persons]  # round 24
            run = coordinated(doc, after, forward=True)
            jointly = met_together(doc, run[0].start)  # session 28
            calls = kind == "visit" and self.gaz.speaks_of("each", trigger.text)  # round 10
            one_by_one = kind == "meet" or calls  # 'received' only a list of 3 (session 23)
            if (
                (one_by_one or (kind == "host" and len(run) > 2))
                and (
                    apart(run)
                    or (one_by_one and each_guest(doc, trigger, before, run, calls=calls))
                )
                and not jointly
            ):
                # 'A met Algerian <post> B, Qatari <post> C and Saudi <post> D': each
                # of another country, so a meeting with each (round 6, attend).
                for person in listed_guests(run):  # round 26: a list met in turn
                    host = person if calls else None
                    self.add_meeting(doc, sent, [participants[0], person], host, text)
                return
            # 'received A and <posts> B', 'hosted A, <post> B and <post> C': all those
            # listed met the host (round 6, attend: any length of list).
            listed = [p for a in run[1:] if a.kind == "person" for p in a.persons]
            participants += listed
            # Not counterparts listed together: each is of a country of their own.
            same_side = [] if jointly else listed
            for person in same_side:
                if person is not after[0].persons[0] and person.listed_with is None:
                    person.listed_with = after[0].persons[0]
        elif before and (
            partner := counterpart(doc, sent, trigger, before[-1], self.findings.persons)
        ):
            participants = [*before[-1].persons[:1], partner]
        elif len(before) >= 2:
            participants = [p for a in before for p in a.persons]
        else:
            if before and kind in ("host", "meet"):
                # 'X received the new service chiefs': the guests may be named next.
                self.awaiting = (doc, sent, before[-1].persons[0])
            return
        host = None
        if kind == "host" and before:
            host = before[-1].persons[0]
        elif kind == "visit" and after:
            host = after[0].persons[0]
        self.add_meeting(doc, sent, participants, host, text, recent=True)

    def delegations_met(self, doc: Doc, sent: Span, trigger: Span) -> None:
        """'the Norwegian and Chilean delegations met' (round 4, meets): a meeting of
        the principal persons of those countries; when the sentence is about a
        signing ('The signing ceremony took place after ...'), of the signatories of
        the document last read, on its day."""
        countries: list[str] = []
        for token in doc[max(sent.start, trigger.start - 8) : trigger.start]:
            if token.ent_type_ in NATION_LABELS and token.ent_iob_ == "B":
                countries.append(token.ent_id_)
        if len(set(countries)) != 2:
            return
        signed = self.findings.signed[-1] if self.findings.signed else None
        signing = any(t.lower_ in ("signing", "signed") for t in sent)
        if signed is not None and signing and len(signed.signatories) >= 2:
            meeting = self.add_meeting(doc, sent, signed.signatories, None, span_text(sent))
            if meeting is not None and signed.meeting is None:
                signed.meeting = meeting
                if signed.date and not event_date(span_text(sent), self.date):
                    meeting.date = signed.date
            return
        heads = []
        for country in dict.fromkeys(countries):
            theirs = [
                p
                for p in self.findings.persons
                if p.apparent_country == country and p.mentions > p.passing
            ]
            if not theirs:
                return
            heads.append(max(theirs, key=lambda p: p.mentions))
        self.add_meeting(doc, sent, heads, None, span_text(sent))

    def titled_guest(self, doc: Doc, sent: Span, actors: list[Mention]) -> None:
        """'X met with the Norwegian Army chief on Friday.' then 'Chief of the Army
        General Y arrived ...' (round 4, meets): Y, of that country and with a post
        that shares the title's words, is X's guest, in the first sentence."""
        if self.titled is None or (self.titled[1].start == sent.start and self.titled[0] is doc):
            return
        first_doc, first_sent, host, country, words = self.titled
        self.titled_left -= 1
        if self.titled_left <= 0:
            self.titled = None  # named only within the next few sentences
        for actor in actors:
            if actor.kind != "person":
                continue
            guest = actor.persons[0]
            post = guest.post or guest.pending_post
            there = guest.apparent_country
            if guest is host or post is None or there not in (None, country):
                continue  # a country still unread is settled later (kg.extract.context)
            if words <= set(post.label.lower().split()):
                self.titled = None
                self.add_meeting(first_doc, first_sent, [host, guest], None, span_text(first_sent))
                return

    def add_meeting(
        self,
        doc: Doc,
        sent: Span,
        participants: list[Person],
        host: Person | None,
        text: str,
        *,
        recent: bool = False,
    ) -> Meeting | None:
        """A meeting of the participants, unless it is one already read: the same
        persons on the same day are one meeting, however often it is mentioned
        ('A met B in Cairo. The two met on the sidelines of ...')."""
        people = list({id(p): p for p in participants}.values())
        if len(people) < 2:
            return None
        stated = meeting_date(self.gaz, text, self.date, people)
        vague = vague_past(without_who_clauses(text), self.date) if stated is None else None
        if vague == "earlier" or (vague and not recent):
            # 'met in March': an earlier event recalled; 'signed last week': a
            # signing implies a meeting only on a day the text gives.
            return None
        if stated is None and vague is None:
            stated = told_date(self.gaz, self.docs, doc, sent, self.date)
            stated = stated or lead_date(self.gaz, self.docs, self.date)
        when, date_words = stated or (self.date, "")
        ids = {id(p) for p in people}
        # 'A also held a separate meeting with B', B present at A's meeting with C: a
        # meeting of its own (session 25).
        separate = any(t.lower_ in SEPARATE for t in sent)
        for known in self.findings.meetings:
            if another_event(self, known, text, self.findings.remote_told):
                continue
            if {id(p) for p in known.participants} == ids:
                return retold(self, known, (doc, sent), people, host)
            there = {id(p) for p in known.participants} | {id(p) for p, _ in known.joined}
            if separate and not ids <= {id(p) for p in known.participants}:
                continue
            if ids <= there:
                return known
            if len(ids & there) >= 2 and known.date == when:
                # 'A met B.' then 'A, B and C held talks': C joins it (round 26: by name).
                return one_more(known, doc, sent, people, text)
        location, location_words, sure = self.location(doc, sent, people, host)
        here = (location, location_words)
        location, location_words = day_venue(self.findings.meetings, ids, when, here, self.places)
        same_day = [m for m in self.findings.meetings if m.date == when and ids & m.ids()]
        if not sure and same_day:
            # 'X received Y. Y also held meetings with A and B': where X received Y.
            location, location_words = same_day[-1].location, same_day[-1].location_words
        confidence = PLACED if sure else 0.6
        if vague:
            # 'met last week' (round 4, meets): a meeting all the same, dated by the
            # article, whose day the curator is to check.
            confidence -= 0.4
        meeting = Meeting(
            people, when, date_words, location, location_words, text, confidence, host
        )
        meeting.past_week = vague is not None
        self.findings.meetings.append(meeting)
        return meeting

    def signed_at_meeting(self, sent: Span) -> None:
        """'Norway and France signed a letter of intent.' then 'A and B met in Oslo
        to sign the agreement': those who met for it signed the document reported
        signed with no signatory; the meeting is where and when."""
        if not self.findings.signed or not self.findings.meetings:
            return
        latest, meeting = self.findings.signed[-1], self.findings.meetings[-1]
        if latest.signatories or meeting.evidence != span_text(sent):
            return  # 'met to sign' with nothing signed before is only a purpose
        latest.signatories = list(meeting.participants)
        latest.meeting = meeting
        latest.date = latest.date or meeting.date

    def delegation_heads(self, doc: Doc, sent: Span, actors: list[Mention]) -> None:
        """'a delegation headed by <posts> Tomas Aravena': the head of the
        delegation is the name that ends the clause after the phrase, however long
        the chain of posts before it. It takes part in the meeting."""
        for i in range(sent.start, sent.end - 3):
            words = (doc[i].lower_, doc[i + 1].lower_, doc[i + 2].lower_)
            if words[0] != "delegation" or words[1] not in _LED or words[2] != "by":
                continue
            start = i + 3
            if any(a.start >= start and a.start <= start + 25 for a in actors):
                continue  # the head was read already
            stop = next(
                (j for j in range(start, sent.end) if doc[j].text in (",", ";", ".", "(")),
                sent.end,
            )
            first = stop
            while first > start and _name_word(doc[first - 1]):
                first -= 1
            if stop - first < 2 or stop - first > 4 or first == start:
                continue
            if any(doc[j].text in self.gaz.title_words for j in range(first, stop)):
                continue  # 'the head of the General Staff Intelligence, ...': no name
            rank = doc[first - 1] if doc[first - 1].ent_type_ == "RANK" else None
            rank_start = rank.i if rank is not None else first
            while (
                rank is not None and rank_start > start and doc[rank_start - 1].ent_type_ == "RANK"
            ):
                rank_start -= 1
            name = span_text(doc[first:stop])
            person = self.person(
                name,
                span_text(doc[start:stop]),
                "head of a delegation",
                rank_label=span_text(doc[rank_start:first]) if rank is not None else None,
                country=self.nearby(doc, sent, first),
            )
            actors.append(Mention(first, stop, [person]))
        actors.sort(key=lambda a: a.start)

    def delegation_listed(
        self, doc: Doc, sent: Span, actors: list[Mention], waiting: tuple[Doc, Span, Person]
    ) -> None:
        """'X has received the new service chiefs on a visit.' then 'The delegation,
        led by A, includes B and C.': those the next sentence names in the delegation
        are X's guests, at the place and on the day of the first sentence."""
        if not any(t.lower_ == "delegation" for t in sent[:4]):
            return
        first_doc, first_sent, host = waiting
        guests = [p for a in actors if a.kind == "person" for p in a.persons if p is not host]
        guests = list({id(p): p for p in guests}.values())
        if not guests:
            return
        meeting = self.add_meeting(
            first_doc, first_sent, [host, guests[0]], host, span_text(first_sent)
        )
        if meeting is not None:
            meeting.joined += [(p, span_text(sent)) for p in guests[1:]]

    def join(self, doc: Doc, trigger: Span, before: list[Mention], after: list[Mention]) -> None:
        """'A and B also attended the meeting', 'Attending the meeting were A and B',
        'A, B and other officials were also present': all those listed join the
        meeting last read. 'The meeting, which took place in Warsaw, was also attended
        by ...' places a meeting whose place was only guessed (round 4, meets)."""
        if included_unmet(self.gaz, doc, trigger) or on_trip(doc, trigger):
            return  # 'including with A': no guests; 'is accompanied by B': the trip's
        meeting = self.findings.meetings[-1]
        sent = trigger.sent
        if meeting.confidence < 0.8 and any(t.lower_ in TALKS for t in sent[:3]):
            cities = [e for e in sent.ents if e.label_ == "PLACE" and not in_name(doc, sent, e)]
            # Not an attendee's seat: 'the attache at the Embassy of X in Y' (round 22).
            city = next((e for e in cities if not post_seat(doc, e)), None)
            if city is not None:
                meeting.location, meeting.location_words = f"place:{city.ent_id_}", span_text(sent)
                meeting.confidence = round(meeting.confidence + 0.3, 2)
        if trigger.ent_id_ == "joined-by":
            # 'introduced to the minister the new attaché X': the minister is there.
            there = {id(p) for p in meeting.participants}
            while after and all(id(p) in there for p in after[0].persons):
                after = after[1:]
            joining = coordinated(doc, after, forward=True)
            joining += attending(self.gaz, doc, after, forward=True)
        else:
            joining = coordinated(doc, before, forward=False)
            joining += attending(self.gaz, doc, before, forward=False)
        for person in (p for a in joining if a.kind != "group" for p in a.persons):
            known = [*meeting.participants, *(p for p, _ in meeting.joined)]
            if all(p is not person for p in known):
                meeting.joined.append((person, span_text(trigger.sent)))

    def sign_for(self, doc: Doc, sent: Span, before: list[Mention]) -> None:
        """'A signed for Nigeria while B signed for Egypt' (round 3, news-more-c): the
        person just before signs the document last mentioned on behalf of a side;
        once it has two signatories, they met at its signing ceremony, which a
        sentence just before may place ('The ceremony was held in Abuja')."""
        if not before or not self.findings.signed:
            return
        latest = self.findings.signed[-1]
        latest.signatories += [p for p in before[-1].persons if p not in latest.signatories]
        if latest.meeting is not None or len(latest.signatories) < 2:
            return
        sents = list(doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start == sent.start)
        where = sent
        if not self.placed(doc, sent) and k > 0 and "ceremony" in sents[k - 1].text.lower():
            where = sents[k - 1]
        # The sentence once: 'S S' quotes no article (session 20; invalid drafts).
        told = span_text(sent) if where is sent else span_text(where) + " " + span_text(sent)
        latest.meeting = self.add_meeting(doc, where, latest.signatories, None, told)


def _each_subject(doc: Doc, before: list[Mention]) -> list[Person]:
    """Who held the separate meetings: 'A and B held separate meetings with C' (each
    met C on his own, session 36), else the one named last before the phrase."""
    together = coordinated(doc, before, forward=False)
    if len(together) == 2 and distinct(together) == 2 and all(m.kind == "person" for m in together):
        return [m.persons[0] for m in reversed(together)]
    return [before[-1].persons[0]]
