"""More shapes in which news introduces a person without a rank before the name:
'his Turkish counterpart Hulusi Demirtas', 'Kenji Watanabe, Ambassador of Japan
to the Philippines', 'Defence ministers A of Indonesia and B of Australia'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import comma_title
from .bare_subject import opens_sentence, verb_after
from .context import settle
from .counterparts import listed_counterpart
from .dates import WEEKDAYS
from .deputy import deputies
from .discussed import paired_subject
from .embassy import embassy_staff
from .escorts import escorts
from .findings import NATION_LABELS, Mention, Person, span_text
from .gazetteer import PostTitle
from .groups import behalf_countries, group_countries, respective_countries
from .honored import title_before
from .led_by import delegation_heads
from .lists import countries_from_lists, record_lists
from .named_first import counterpart_after, counterpart_from, honorific_opens
from .names import is_name, word_kind
from .naval_service import naval_appositions
from .officers import officers_without_posts
from .otherside import recheck_sides
from .owned_name import owner_country
from .people import PersonRules, clean_name
from .plural_list import countries_after, plural_names
from .plural_titles import group_words, plural_title_of
from .ranked_home import ranked_from_titles
from .royal_styles import royal_names
from .royals import monarch, regnal_end
from .side_opening import side_country
from .sides import counterparts_posts
from .time_lead import after_time_lead
from .visit_hosts import met_on_visits
from .visit_side import own_visits, visited_countries
from .visits import visitors
from .who_also import countries_in_brackets, countries_in_own_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The verbs a bare name beside which is read as a person ('A met', 'received A').
_ACTS = {"MEET", "HOST", "SIGN", "VISIT"}
# Nouns of a meeting that 'with' may follow after its place ('a meeting in A with B').
_MEETING_NOUNS = {"meeting", "meetings", "talks"}


class NewsShapes(PersonRules):
    """The rules for persons introduced by a counterpart, an apposition after the
    name, or 'of COUNTRY' after it."""

    def mentions(self, doc: Doc, sent: Span) -> list[Mention]:
        self.shared_post(doc, sent)
        plural_names(self, doc, sent)  # session 16
        royal_names(self, doc, sent)  # session 17
        return super().mentions(doc, sent)

    def shared_post(self, doc: Doc, sent: Span) -> None:
        """'Armenian and Georgian Defence Ministers A and B', 'the Defence Ministers
        of Armenia and Georgia A and B': one post for each name, the countries in
        the order of the names. Read before the other rules, which would give both
        the country nearest to the title."""
        for ent in sent.ents:
            post, title_end = self.plural_post(ent), ent.end
            if post is None:
                # 'the Ministers of Defence of A and B' (round 18)
                post, title_end = plural_title_of(self.gaz, doc, sent, ent) or (None, 0)
            if post is None:
                continue
            countries, first = _countries_before(doc, sent, ent.start)
            after = title_end
            if not countries:
                countries, after = countries_after(doc, sent, title_end)
                first = ent.start
            if len(countries) < 2:
                continue
            names = _listed_names(self, doc, sent, after, len(countries))
            if names is None:
                continue
            evidence = span_text(doc[first : names[-1][1]])
            for (start, end), country in zip(names, countries, strict=True):
                name = clean_name(span_text(doc[start:end]), self.gaz.name_words)
                self.person(name, evidence, "shared post", post=post, country=country)

    def more_mentions(self, doc: Doc, sent: Span, actors: list[Mention], taken: set[int]) -> None:
        i, words = sent.start, self.gaz.name_words
        while i < sent.end:
            if i in taken or not doc[i].text[:1].isupper():
                i += 1
                continue
            end = self.name_end(doc, i, sent.end)
            name = clean_name(span_text(doc[i:end]), self.gaz.name_words) if end > i else ""
            if self.find(name) is None and monarch(
                doc, i, end, self.gaz.name_words, self.gaz.title_words
            ):
                # 'His Majesty King A': one name after a monarch's style (round 24),
                # with the reign's number ('King A VI').
                numeral = doc[end].text if regnal_end(doc, end, sent.end) > end else ""
                end += bool(numeral)
                stop, cues = self.apposition(doc, sent, end)
                person = self.person(name, span_text(doc[i:stop]), "monarch's one name", **cues)
                if numeral and not person.name.endswith(f" {numeral}"):
                    person.name = f"{person.name} {numeral}"  # 'II' is a generation's word too
                actors.append(Mention(i, end, [person]))
                taken.update(range(i, end))
                i = end
                continue
            if len(name.split()) < 2 or self.find(name) is not None:
                i = max(end, i + 1)
                continue
            found = self.introduced(doc, sent, i, end, name, actors)
            found = found or self.beside_verb(doc, sent, i, end, name)
            found = found or self.after_honorific(doc, sent, i, end, name)
            found = found or self.after_comma_title(doc, sent, i, end, name, taken)  # round 21
            found = found or self.owned(doc, sent, i, end, name)  # session 26
            if found is not None:
                person, start, stop = found
                actors.append(Mention(start, stop, [person]))
                taken.update(range(start, stop))
                i = stop
            else:
                # 'Minister of ..., African Cooperation and Expatriates Mr. A B': the
                # name an honorific inside the run opens (session 23).
                inside = range(i + 1, end)
                i = next(
                    (k for k in inside if honorific_opens(doc, k, end, words)), max(end, i + 1)
                )
        actors.sort(key=lambda a: a.start)
        record_lists(doc, actors)
        group_countries(self.gaz, doc, sent, actors)  # round 9
        behalf_countries(self.gaz, doc, sent, actors)
        respective_countries(doc, sent, actors)
        escorts(self.gaz, doc, sent, actors)  # round 10
        visitors(self.gaz, doc, sent, actors)
        own_visits(self.gaz, doc, sent, actors)  # round 18
        met_on_visits(self.gaz, doc, sent, actors)  # round 19

    def owned(
        self, doc: Doc, sent: Span, start: int, end: int, name: str
    ) -> tuple[Person, int, int] | None:
        """'Turkey's A B welcomed C': a person of the country that owns the name."""
        words, titles = self.gaz.name_words, self.gaz.title_words
        if (country := owner_country(doc, sent, start, end, words, titles)) is None:
            return None
        unlike = self.gaz.name_endings.affinity(name, country) < 0
        if unlike and self.gaz.officials.get(name) is None:
            # 'Yemen's Current Situation', 'Cambodia's Preah Vihear': words that look
            # nothing like the country's names are a place, a body or a headline's
            # (session 36; tune86: 6 such, and no person the gold holds).
            return None
        evidence = span_text(doc[start - 2 : end])
        person = self.person(name, evidence, "name after a country's possessive", country=country)
        return person, start, end

    def beside_verb(
        self, doc: Doc, sent: Span, start: int, end: int, name: str
    ) -> tuple[Person, int, int] | None:
        """A name of two to four words with no title that is the subject or the
        object of a meeting or signing verb ('A and his Togolese counterpart B
        met', 'X later received A'): a person, whose post the text does not give."""
        words = name.split()
        plain = all(
            is_name(w) and w not in self.gaz.title_words and w.lower() not in WEEKDAYS
            for w in words
        )
        tagged = any(doc[k].ent_type_ for k in range(start, end))
        if not 2 <= len(words) <= 4 or not plain or tagged:
            return None
        if any(word_kind(self.gaz.name_words, w) not in (None, "particle") for w in words):
            return None
        after = list(doc[end : min(end + 3, sent.end)])
        joined = bool(after) and after[0].lower_ == "and"
        joined = joined and any(t.lower_ in ("his", "her") for t in after[1:])
        # 'On Monday, A B received ...': a time phrase may open the sentence (round 24).
        opening = start == sent.start or after_time_lead(doc, sent, start)
        subject = opening and bool(after) and (after[0].ent_type_ in _ACTS or joined)
        # 'A B and C D discussed ...', 'A B and C D met': the second of two bare names
        # that open the sentence together (round 25).
        subject = subject or paired_subject(doc, sent, start, after, _ACTS)
        verb = doc[start - 1] if start > sent.start else None
        obj = verb is not None and verb.ent_type_ in _ACTS
        obj = obj or act_before_place(doc, sent, start)
        # 'A, vice chairman of ..., on Tuesday met with B' (session 13)
        apposed = None
        if opens_sentence(doc, sent, start):
            apposed = verb_after(doc, sent, end, _ACTS, self.gaz.title_words)
        if not (subject or obj or apposed):
            return None
        stop, cues = self.apposition(doc, sent, end) if apposed else (end, {})
        stop = max(stop, apposed or end)
        evidence = span_text(doc[start:stop])
        person = self.person(name, evidence, "name beside a meeting verb", **cues)
        return person, start, stop

    def after_honorific(
        self, doc: Doc, sent: Span, start: int, end: int, name: str
    ) -> tuple[Person, int, int] | None:
        """A name of two to four plain words that an honorific opens ('Shri A B',
        'H.E. A B') or an open head title precedes ('former Minister A B'), round
        10: a person, whatever the title before it."""
        words = name.split()
        before = doc[start - 1] if start > sent.start else None
        # 'former Minister A B': a head title the tables leave open (no post of its
        # own, round 10) right before the name.
        open_title = (
            before is not None
            and before.ent_type_ == "POST"
            and before.text[:1].isupper()
            and not self.gaz.posts[int(before.ent_id_)].post
        )
        opened = open_title or honorific_opens(doc, start, end, self.gaz.name_words)
        # A particle is no word of the most (four), and may be lower case ('A bin B', round 14).
        kinds = [word_kind(self.gaz.name_words, w) for w in words]
        plain = len([k for k in kinds if k != "particle"])
        if not (len(words) >= 2 and 1 <= plain <= 4) or not opened:
            return None
        if any(
            not (is_name(w) or k == "particle")
            or w in self.gaz.title_words
            or k not in (None, "particle")
            for w, k in zip(words, kinds, strict=True)
        ):
            return None
        nearby = self.nearby(doc, sent, start)
        post = title_before(self.gaz, doc, sent, start) if not open_title else None  # round 12
        # 'Mr A B of Grenada': the country written after the name is the person's own.
        person = self.person(
            name,
            span_text(doc[start:end]),
            "name after an honorific",
            nearby=nearby,
            post=post,
            country=self.country_after(doc, end, sent.end),
        )
        return person, start, end

    def after_comma_title(
        self, doc: Doc, sent: Span, start: int, end: int, name: str, taken: set[int]
    ) -> tuple[Person, int, int] | None:
        """'the Undersecretary of ... for Strategic Affairs, A B, received ...': a
        name between commas after a title (kg.extract.comma_title), with the post
        and country the title gives."""
        tagged = any(doc[k].ent_type_ for k in range(start, end))
        if tagged or not comma_title.plain_words(
            name.split(), self.gaz.title_words, self.gaz.name_words
        ):
            return None
        if not comma_title.holds_a_name(doc, start, end, sent.end):
            return None
        first = comma_title.title_start(doc, sent, start, taken)
        if first is None:
            return None
        cues = self.cues(doc, first, start - 1)
        evidence = span_text(doc[first:end])
        person = self.person(
            name,
            evidence,
            "title, comma and name",
            post=cues.get("post") if cues.get("post") and cues["post"].post else None,
            country=cues.get("country"),
            host=cues.get("host"),
            nearby=self.nearby(doc, sent, first),
        )
        return person, first, end

    def plural_post(self, ent: Span) -> PostTitle | None:
        """The post of a title, also of one read as a group ('the Defence
        Ministers')."""
        if ent.label_ == "POST":
            post = self.gaz.posts[int(ent.ent_id_)]
            return post if post.post else None
        if ent.label_ != "GROUP":
            return None
        ident = self.gaz.post_titles.get(" ".join(group_words(ent)).lower())
        if ident is None:
            return None
        post = self.gaz.posts[ident]
        return post if post.post else None

    def _counterpart(
        self, name: str, evidence: str, country: str | None, start: int, actors: list[Mention]
    ) -> Person:
        """The counterpart of the subject named before ``start``: with the subject's
        post (one still waiting for its country too: 'Defense Minister X met his
        Romanian counterpart Y') and the country the text gives, if any."""
        subject = next((a.persons[0] for a in actors if a.end <= start), self.subject)
        post = (subject.post or subject.pending_post) if subject is not None else None
        return self.person(
            name, evidence, "counterpart", post=post, country=country, counterpart_of=subject
        )

    def introduced(
        self, doc: Doc, sent: Span, start: int, end: int, name: str, actors: list[Mention]
    ) -> tuple[Person, int, int] | None:
        """The person a name introduces, with where the mention starts and stops."""
        before = start - 1
        if before > sent.start and doc[before].text == ",":
            before -= 1
        if before >= sent.start and doc[before].lower_ == "counterpart":
            # 'his Turkish counterpart Hulusi Demirtas': the post of the subject,
            # the country of the demonym.
            first = before
            demonym = doc[before - 1] if before > sent.start else None
            country = None
            if demonym is not None and demonym.ent_type_ in NATION_LABELS:
                # 'his US counterpart', 'his U. S. counterpart' too (round 7).
                first = before - 1
                while first > sent.start and doc[first].ent_iob_ == "I":
                    first -= 1
                country = demonym.ent_id_
            if first > sent.start and doc[first - 1].lower_ in ("his", "her", "their"):
                first -= 1
            evidence = span_text(doc[first:end])
            return self._counterpart(name, evidence, country, start, actors), first, end
        plural = listed_counterpart(self, doc, sent, start)  # session 28
        if plural is not None:  # 'his American and Japanese counterparts A and B'
            at, country = plural
            evidence = span_text(doc[at:end])
            return self._counterpart(name, evidence, country, start, actors), start, end
        found = counterpart_from(doc, sent, start, self.gaz.name_words)  # round 22
        if found is not None:  # 'his visiting counterpart from India, A B'
            evidence = span_text(doc[found[0] : end])
            return self._counterpart(name, evidence, found[1], start, actors), found[0], end
        named_first = counterpart_after(doc, sent, end)
        if named_first is not None:
            # 'A, his Ukrainian counterpart, ...': as 'his Ukrainian counterpart A'.
            stop, country = named_first
            evidence = span_text(doc[start:stop])
            return self._counterpart(name, evidence, country, start, actors), start, stop
        stop, cues = self.apposition(doc, sent, end)
        if cues.get("post") and cues.get("country"):
            person = self.person(
                name,
                span_text(doc[start:stop]),
                "name, post and country",
                post=cues["post"],
                country=cues["country"],
                host=cues.get("host"),
            )
            return person, start, stop
        # The first person named in the sentence, or one joined by 'and' to another.
        listed = all(a.end > start for a in actors) or doc[start - 1].lower_ == "and"
        # ... or the next of a list whose items are closed by commas ('attended by
        # General A, Chief of Staff, B, Under-Secretary of ..., and C').
        listed = listed or (doc[start - 1].text == "," and any(a.end == start - 1 for a in actors))
        # The apposition is closed by a comma ('A, Minister of State ..., and B'), and
        # the name has no word of a title or a date ('Defense On Tuesday').
        # ... or by 'with' ('A, the Minister of Defence with the Minister of ... B').
        closed = stop < sent.end and doc[stop].lower_ in (",", "with")
        # ... or by the full stop, for the last of a list ('..., and B, the Minister of X.').
        last = stop == sent.end - 1 and doc[stop].text == "." and doc[start - 1].lower_ == "and"
        closed = closed or last  # round 22
        plain = not any(w in self.gaz.title_words or w.lower() in WEEKDAYS for w in name.split())
        if cues.get("post") and cues["post"].post and listed and closed and plain:
            # 'A, Minister of State for Defence Affairs, and B, ... signed': a post
            # without its country, settled from the context after reading.
            person = self.person(
                name,
                span_text(doc[start:stop]),
                "name and post",
                post=cues["post"],
                nearby=side_country(sent),  # 'On the Japanese side, ...' (session 31)
            )
            return person, start, stop
        country = self.country_after(doc, end, sent.end)
        if country and before >= sent.start and doc[before].lower_ == "and":
            # 'A of Indonesia and B of Australia': B holds the post A holds.
            previous = next((a for a in reversed(actors) if a.end <= before), None)
            if previous is not None and previous.persons[0].post is not None:
                post = previous.persons[0].post
                stop = end + 2 if doc[end + 1].lower_ != "the" else end + 3
                person = self.person(
                    name, span_text(doc[start:stop]), "post and country", post=post, country=country
                )
                return person, start, stop
        return None

    def settle_countries(self) -> None:
        """Countries of posts named without one, from the article's context; persons
        named only in passing are left out (kg.extract.context)."""
        countries_in_own_clause(self.findings, self.docs)  # round 24
        countries_in_brackets(self.findings, self.docs)  # session 35
        delegation_heads(self.findings, self.docs)  # round 24
        deputies(self.findings, self.docs)  # round 24
        officers_without_posts(self.findings)
        counterparts_posts(self.findings)  # round 9
        # A listed officer's own title before the list's country (round 24).
        ranked_from_titles(self.gaz, self.findings, self.docs, listed=True)
        countries_from_lists(self.findings)  # the text's countries, then the context's
        settle(self.gaz, self.findings, self.places, visited_countries(self.gaz, self.docs))
        ranked_from_titles(self.gaz, self.findings, self.docs)  # round 11
        countries_from_lists(self.findings)
        embassy_staff(self.findings, self.docs)  # round 22
        recheck_sides(self.gaz, self.findings, self.places, self.docs)  # round 9
        naval_appositions(self.gaz, self.findings, self.docs)  # round 24


def _countries_before(doc: Doc, sent: Span, start: int) -> tuple[list[str], int]:
    """The demonyms listed just before a title ('Armenian and Georgian'), or the
    countries before a possessive ('Cyprus and Lebanon's', session 22)."""
    countries: list[str] = []
    i, kind = start - 1, "DEMONYM"
    if i > sent.start and doc[i].lower_ in ("'s", "\u2019s") and doc[i - 1].ent_type_ == "COUNTRY":
        i, kind = i - 1, "COUNTRY"
    while i >= sent.start:
        if doc[i].ent_type_ == kind:
            while doc[i].ent_iob_ == "I" and i > sent.start:
                i -= 1  # 'South Africa': one country of two words
            countries.insert(0, doc[i].ent_id_)
        elif doc[i].lower_ not in (",", "and") or not countries:
            break
        i -= 1
    return countries, i + 1


def _listed_names(
    rules: PersonRules, doc: Doc, sent: Span, start: int, count: int
) -> list[tuple[int, int]] | None:
    """Where ``count`` names listed from ``start`` ('A, B and C') stand, or None
    when the list has another length."""
    names: list[tuple[int, int]] = []
    i = start
    while i < sent.end and len(names) < count:
        end = rules.name_end(doc, i, sent.end)
        if end - i < 2:
            return None
        names.append((i, end))
        i = end
        if len(names) < count:
            if i < sent.end and doc[i].text == ",":
                i += 1
            if i < sent.end and doc[i].lower_ == "and":
                i += 1
    if len(names) != count or (i < sent.end and doc[i].lower_ == "and"):
        return None
    return names


def act_before_place(doc: Doc, sent: Span, start: int) -> bool:
    """Whether 'with' before the name follows a meeting's words and the place it was
    in: 'held talks in Beijing with A B, commander of ...', 'in a meeting at the
    Kremlin with A B' (session 32)."""
    k = start - 1
    if k <= sent.start or doc[k].lower_ != "with":
        return False
    j = k - 1
    while j > sent.start and doc[j].ent_type_ == "PLACE":
        j -= 1
    if j == k - 1 or doc[j].lower_ not in ("in", "at"):
        return False
    return doc[j - 1].ent_type_ in _ACTS or doc[j - 1].lower_ in _MEETING_NOUNS
