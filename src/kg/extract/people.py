"""Reading persons: names with their rank, post and country, appositions, and
references ('the minister', 'he', 'the parties') to persons already introduced."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..model.identity import normalise, slug
from . import after_names as after
from . import names, open_title
from .aside import aside
from .context import counterpart_between, not_whose, paired_demonym, passing, qualifying_country
from .findings import NATION_LABELS, Mention, Person, ReaderState, span_text, word_before
from .gazetteer import TRIGGER_LABELS, PostTitle
from .later import later_country, titles_next
from .listed_names import RULE as LISTED_RULE
from .listed_names import listed_name
from .name_first import titles_follow_names
from .names import is_name
from .officers import finer_rank
from .own_subject import own_subject
from .post_name import name_after_post
from .referents import rank_references, referent, stands_for, title_country
from .said_of import aside_or_said
from .side_opening import side_country
from .spelling import fuller_form, marked_form, same_surname
from .titles import adhoc_post, after_a_name, after_title, title_start, unheld_roles
from .visiting import visitors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LEFT_STOP = {"with", "by", "and", "that", "who", "which", "for", "while", "whereas"}
_APPOSITION_SKIP = {
    *("the", "a", "new", "newly", "recently", "appointed", "has", "been", "was", "is", "as"),
    "who",
}
# Russian patronymics: 'Kurbanov Bakhodir Nizamovich' is Bakhodir Kurbanov.
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)\Z")


class PersonRules(ReaderState):
    """The rules for persons: names with rank, post and country, and references."""

    def find(self, name: str) -> Person | None:
        name = clean_name(name, self.gaz.name_words)
        key = _without_initials(normalise(name))
        for person in self.findings.persons:
            # 'Sergei K Shoigu' is 'Sergei Shoigu'.
            if _without_initials(normalise(person.name)) == key:
                person.name = marked_form(person.name, name)  # keep the accented spelling
                return person
        key = self.bare(key)  # 'Al-Sabah' and 'Al Nuaimi' are surnames too
        if len(key.split()) == 1:
            # A bare surname is the latest person introduced with it; it never makes a
            # second person of the same name.
            matches = [p for p in self.findings.persons if self.bare(normalise(p.surname)) == key]
            # 'Alpai' then 'Alpay': one name spelt two ways.
            matches = matches or [p for p in self.findings.persons if same_surname(p, key)]
            if matches:
                return matches[-1]
        return after.by_first_word(self.findings.persons, key)

    def bare(self, key: str) -> str:
        """A normalised name without the particles that open it ('al sabah' is 'sabah')."""
        words = key.split()
        while len(words) > 1 and names.word_kind(self.gaz.name_words, words[0]) == "particle":
            words.pop(0)
        return " ".join(words)

    def person(self, name: str, evidence: str, rule: str, **facts: Any) -> Person:
        name = clean_name(name, self.gaz.name_words)
        person = self.find(name)
        if person is None:
            person = Person(name, evidence, rule=rule)
            self.findings.persons.append(person)
        else:
            person.name = fuller_form(person.name, name)
        person.counterpart_of = person.counterpart_of or facts.get("counterpart_of")
        if facts.get("post") and after.serves_a_body(facts["post"], self.gaz.bodies):
            facts = {**facts, "post": None, "country": None, "nearby": None}
        # Not the first word of the name known in full ('Gen Nakatani': 'called on Gen
        # Nakatani, Defence Minister' gives no general; session 30).
        rank = facts.get("rank_label")
        given = bool(rank) and person.name.split()[0].lower() == str(rank).lower()
        if rank and not given and (not person.rank_label or finer_rank(rank, person.rank_label)):
            person.rank_label = rank
            person.evidence = evidence
        if facts.get("post") and not person.post and facts.get("country"):
            person.post = facts["post"]
            person.country = facts["country"]
            person.host = facts.get("host")
            person.post_evidence = evidence
        elif facts.get("country") and not person.country:
            person.country = facts["country"]
        elif facts.get("post") and not person.post and not person.pending_post:
            person.pending_post = facts["post"]
            person.post_evidence = evidence
            person.nearby_country = facts.get("nearby")
        return person

    @staticmethod
    def nearby(doc: Doc, sent: Span, start: int) -> str | None:
        """The country named last before a token in its clause, within a few words
        ('a Turkish delegation headed by Deputy Defense Minister X')."""
        # ';' closes an item of a list ('X, Ambassador to the UK; Chief of Staff Y').
        bounds = (i + 1 for i in range(sent.start, start) if doc[i].text in (",", ";"))
        clause = max([sent.start, *bounds])
        found = [
            e.ent_id_
            for e in sent.ents
            if clause <= e.start
            and e.end <= start
            and start - e.end < 25
            and e.label_ in NATION_LABELS
            # 'A of the US ... called on B', '... for talks with B' (round 24): before a
            # trigger or 'with', A's side; 'Ukrainian Minister A and Pentagon chief B'.
            and not any(
                t.ent_type_ in TRIGGER_LABELS or after_a_name(t) or t.lower_ == "with"
                for t in doc[e.end : start]
            )
            # Where somebody serves, or one of a pair: not whose (session 22).
            and not not_whose(doc, e)
        ]
        return found[-1] if found else side_country(sent)  # 'On the Japanese side, ...'

    def name_end(self, doc: Doc, start: int, limit: int) -> int:
        return names.name_end(doc, start, limit, self.gaz.name_words)

    def name_start(self, doc: Doc, start: int, limit: int) -> int:
        """Past a title that runs on into a body's name (kg.extract.names)."""
        return names.past_bodies(doc, start, limit, self.gaz.name_words)

    def cues(self, doc: Doc, start: int, end: int) -> dict[str, Any]:
        """Post, country and host named in a window of tokens."""
        found: dict[str, Any] = {}
        for ent in doc.ents:
            if ent.start < start or ent.end > end:
                continue
            before = word_before(doc, ent.start)
            if ent.label_ == "POST":
                title = self.gaz.posts[int(ent.ent_id_)]
                if not title.post:
                    first = ent.start
                    while first > start and doc[first - 1].lower_ in ("first", "deputy"):
                        first -= 1
                    # 'Iran's Defense and Armed Forces Logistics Minister': the words
                    # before the head, after the country.
                    title = (
                        adhoc_post(doc, first, end)
                        or adhoc_post(doc, title_start(doc, start, ent.start), ent.end)
                        or title
                    )
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
            elif ent.label_ in NATION_LABELS:
                if before in ("in", "to") and "post" in found:
                    found.setdefault("host", ent.ent_id_)
                else:
                    found.setdefault("country", ent.ent_id_)
        qualified = qualifying_country(doc, start, end, self.gaz)
        if qualified and "post" in found:
            found["country"] = qualified
        if any(doc[i].lower_ == "counterpart" for i in range(start, end)):
            found["counterpart"] = True
        if "country" not in found and self.this_country(doc, start, end):
            found["country"] = self.this_country(doc, start, end)
        return found

    @staticmethod
    def country_after(doc: Doc, end: int, limit: int) -> str | None:
        """The country of 'NAME of [the] COUNTRY'."""
        i = end
        if i < limit and doc[i].lower_ == "of":
            i += 1
            if i < limit and doc[i].lower_ == "the":
                i += 1
            if i < limit and doc[i].ent_type_ == "COUNTRY" and doc[i].ent_iob_ == "B":
                return doc[i].ent_id_
        return None

    def this_country(self, doc: Doc, start: int, end: int) -> str | None:
        """'the Minister of Defence of this country': the country named last before."""
        words = [t.lower_ for t in doc[start:end]]
        if not any(words[i : i + 2] == ["this", "country"] for i in range(len(words) - 1)):
            return None
        before = [e for e in doc.ents if e.end <= start and e.label_ in NATION_LABELS]
        return before[-1].ent_id_ if before else None

    def more_mentions(self, doc: Doc, sent: Span, actors: list[Mention], taken: set[int]) -> None:
        """Rules for more shapes of introduction (kg.extract.shapes adds them)."""

    def mentions(self, doc: Doc, sent: Span) -> list[Mention]:
        actors: list[Mention] = []
        ents = list(sent.ents)
        taken: set[int] = set()
        given: set[int] = set()
        for ent in ents:
            # 'Defense Minister Gen Morikawa': 'Gen' is then a given name (``given``).
            if (
                ent.label_ not in ("RANK", "POST")
                or not (ent.text[:1].isupper() or open_title.lower(doc, ent, self.gaz.name_words))
                or ent.start in given
            ):
                continue
            first = self.name_start(doc, after_title(doc, ent, sent.end), sent.end)
            end = self.name_end(doc, first, sent.end)
            if end == first and ent.label_ == "POST":
                end = after.given_name_like_rank(doc, first, sent.end, self.gaz.name_words)
                end = first if end == first or self.find(doc[first + 1].text) else end
                given.update(range(first, first + (end > first)))
            if end == first:
                continue
            name = span_text(doc[first:end])
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
                        span_text(doc[left:end]),
                        "post title before the name",
                        post=cues.get("post", post),  # with 'Deputy' if it is written
                        # 'Defence ministers A of Indonesia and ...'
                        country=cues.get("country") or self.country_after(doc, end, sent.end),
                        nearby=self.nearby(doc, sent, left),
                    )
                elif person is not None and post.post:
                    near = self.nearby(doc, sent, ent.start)
                    later_country(self.gaz, doc, sent, (ent.start, end), person, post, near)
                if person is not None:
                    actors.append(Mention(ent.start, end, [person]))
                    taken.update(range(ent.start, end))
                continue
            left = self.left(doc, sent, ent.start, actors)
            cues = self.cues(doc, left, ent.start)
            evidence_start = left if ("post" in cues or "counterpart" in cues) else ent.start
            if "post" not in cues and "counterpart" not in cues:
                # No post: a demonym before the rank still tells the ladder
                # ('Belarusian Colonel X', 'the head of the Belarusian department, ...').
                cues = {}
                demonyms = [
                    i
                    for i in range(left, ent.start)
                    if (doc[i].ent_type_ == "DEMONYM" and not paired_demonym(doc, i))
                    or after.owner_country(doc, i, ent.start, self.gaz.name_words)
                ]
                if demonyms:
                    cues["country"] = doc[demonyms[-1]].ent_id_
                    # 'Commander of the US Fifth Fleet Vice Admiral X': the post too.
                    role = adhoc_post(doc, left, ent.start) if left < ent.start - 2 else None
                    cues.update({"post": role} if role else {})
                    evidence_start = demonyms[-1] if demonyms[-1] == ent.start - 1 else left
            right_end = end
            if "post" not in cues:
                right_end, right = self.apposition(doc, sent, end)
                if right:
                    cues.update(right)
                elif not cues.get("country"):
                    right_end, found, role = after.loose_apposition(
                        doc, sent, end, self.gaz.title_words
                    )
                    cues.update({"country": found, "post": role} if found else {})
            subject = None
            if cues.pop("counterpart", False):
                subject = next((a.persons[0] for a in actors if a.kind == "person"), None)
            # A subject's post still waiting for its country is the counterpart's too.
            held = (subject.post or subject.pending_post) if subject is not None else None
            if held is not None and "post" not in cues:
                cues["post"] = held
            if not cues.get("post") and not cues.get("country") and self.roles:
                # 'The commander of Polish special forces visited Tbilisi. ... Brigadier
                # General X was hosted by ...': X holds the role named before, unheld.
                cues["post"], cues["country"] = self.roles.pop()
            evidence = span_text(doc[evidence_start:right_end])
            rule = "rank and name" + (", post and country" if "post" in cues else "")
            person = self.person(
                name,
                evidence,
                rule,
                rank_label=ent.text,
                post=cues.get("post"),
                country=cues.get("country") or self.country_after(doc, end, sent.end),
                host=cues.get("host"),
                nearby=self.nearby(doc, sent, left),
                counterpart_of=subject,
            )
            # The mention covers its apposition, so a title inside it is no reference.
            actors.append(Mention(ent.start, right_end, [person]))
            taken.update(range(ent.start, right_end))
        # 'The Minister of Defence of Georgia, Levan Kapanadze' (a post, a comma, a name)
        # and 'the Minister of Defense of the Republic of Armenia Aram Hovsepyan'.
        for ent in ents:
            if ent.label_ != "POST" or ent.start in taken:
                continue
            post = self.gaz.posts[int(ent.ent_id_)]
            start = name_after_post(doc, sent, ent, self.gaz.bodies) if post.post else None
            if start is None:
                start = open_title.after_title(doc, ent.end, sent.end, self.gaz)
            if start is None:
                continue
            start = self.name_start(doc, start, sent.end)
            end = self.name_end(doc, start, sent.end)
            if end - start < 2 and self.find(span_text(doc[start:end])) is None:
                continue
            left = self.left(doc, sent, ent.start, actors)
            if counterpart_between(doc, ent.end, start, actors):
                taken.update(range(left, ent.end))
                continue
            if titles_follow_names(doc, sent, left, end, self.gaz.name_words):
                continue  # 'A, <post>, B, <post>': the post is A's (round 22)
            cues = self.cues(doc, left, start)
            # A head the table leaves open ('Chief', 'Secretary General') names the
            # post with the words after it.
            title = post if post.post else cues.get("post")
            if not (title and title.post) and not open_title.holder(start, end):
                continue
            person = self.person(
                span_text(doc[start:end]),
                span_text(doc[left:end]),
                "post, country and name",
                post=title if title and title.post else None,
                country=cues.get("country"),
                host=cues.get("host"),
            )
            actors.append(Mention(left, end, [person]))
            taken.update(range(left, end))
        self.more_mentions(doc, sent, actors, taken)
        # Names of persons already introduced ("Hasanov", "Aydin and Mammadli").
        i = sent.start
        while i < sent.end:
            if i in taken or doc[i].ent_type_ or not is_name(doc[i].text):
                i += 1
                continue
            end = self.name_end(doc, i, sent.end)
            person = self.find(span_text(doc[i:end])) if end > i else None
            if person is None:  # an official named without a title (session 29)
                # The mention keeps the whole span ('Zhang Gaoli Executive Vice
                # Premier'): the words after a listed name are its title, no name.
                name, country = listed_name(self.gaz.officials, doc, i, end)
                if name:
                    person = self.person(name, span_text(sent), LISTED_RULE, country=country)
            if person is not None:
                actors.append(Mention(i, end, [person]))
            # 'Later Reyes met ...': a capitalised word before a known name.
            i = max(end, i + 1) if person is not None else i + 1
        # References: "the minister", "the Turkish minister", "he", "the parties".
        for ent in ents:
            if any(a.start <= ent.start < a.end for a in actors):
                continue
            if ent.label_ == "POST" and stands_for(self.gaz.posts, ent):  # round 22
                person = self.refer(ent, title_country(ent, sent.start), actors)  # round 9
                if person is not None:
                    actors.append(Mention(ent.start, ent.end, [person], "reference"))
            elif ent.label_ == "PRONOUN" and (who := own_subject(doc, sent, ent, actors, self)):
                actors.append(Mention(ent.start, ent.end, [who], "pronoun"))
            elif ent.label_ == "GROUP" and self.findings.meetings:
                actors.append(Mention(ent.start, ent.end, self.group(ent.text), "group"))
        actors += rank_references(self.findings.persons, sent, actors)  # 'the admiral'
        actors += visitors(self.gaz, doc, sent, actors, self.findings.persons)  # round 23
        self.roles = unheld_roles(self.gaz.title_words, doc, sent, actors) or self.roles
        actors.sort(key=lambda a: a.start)
        named = [a for a in actors if a.kind == "person"]
        elsewhere = bool(named) and aside(self.gaz, sent)  # another time (round 18)
        proxy = [elsewhere or aside_or_said(self.gaz, doc, sent, a, actors) for a in named]
        flags = [passing(doc, sent, a, actors) or p for a, p in zip(named, proxy, strict=True)]
        for k in range(len(named) - 2, -1, -1):
            # 'President A and President B's ...': A too (mentions may overlap: session 20)
            joined = (stop := named[k].end) + 1 == named[k + 1].start and doc[stop].lower_ == "and"
            flags[k] = flags[k] or (joined and flags[k + 1])
        for actor, flag in zip(named, flags, strict=True):
            actor.persons[0].mentions += 1
            actor.persons[0].passing += flag
        return actors

    def left(self, doc: Doc, sent: Span, start: int, actors: list[Mention]) -> int:
        """Where the words before a rank that still describe its holder begin."""
        floor = max([sent.start, *(a.end for a in actors if a.end <= start)])
        # 'Deputy Minister of Defence, the Honourable Brigadier General X'
        opening = after.courtesy_start(doc, floor, start, self.gaz.name_words)
        i = start - 1
        while i >= floor:
            token = doc[i]
            if token.ent_type_ in TRIGGER_LABELS:
                break
            in_title = (
                token.lower_ == "and"
                and i > floor
                and (doc[i - 1].ent_type_ == "POST" or doc[i - 1].text in self.gaz.title_words)
            )
            if in_title and doc[i + 1].text[:1].isupper() and i + 1 < start - 1:
                # 'Minister of Defence and Military Production, General X'
                i -= 1
                continue
            if token.lower_ in _LEFT_STOP and token.ent_type_ not in ("POST", "COUNTRY"):
                break
            if token.text in ("\u2013", "\u2014", "--"):
                break  # the end of a dateline: 'Jakarta, CNBC Indonesia \u2013 ...'
            # A comma just before a rank may close its holder's post ('Minister of
            # Defence, General X'); one before a post closes another clause.
            if token.text in (",", ";", ":") and after.closes_clause(doc, i, opening, start):
                break
            i -= 1
        start_at = i + 1
        while start_at < start and doc[start_at].is_punct:
            start_at += 1
        return start_at

    def apposition(self, doc: Doc, sent: Span, end: int) -> tuple[int, dict[str, Any]]:
        """', the new military attaché of Belarus in Azerbaijan' after a name."""
        i = end
        while i < sent.end and names.word_kind(self.gaz.name_words, doc[i].text) in names.SUFFIXES:
            i += 1  # 'Commodore X HN, Director of ...'
        if i < sent.end and doc[i].text == ",":
            i += 1
        while i < sent.end and doc[i].lower_ in _APPOSITION_SKIP:
            i += 1
        title = i
        # 'the Kyrgyz defence attache in Kazakhstan', 'First Deputy Minister ...'
        # ', US Ambassador to ...', ", Russia's Defence Minister": a country too.
        while title < sent.end and (
            doc[title].lower_ in ("first", "deputy", "'s", "\u2019s")
            or doc[title].ent_type_ in NATION_LABELS
        ):
            title += 1
        if title >= sent.end or doc[title].ent_type_ != "POST":
            return end, {}
        stop = i
        while stop < sent.end and doc[stop].text not in (",", ".", ";", ")", ":"):
            if stop > i and doc[stop].ent_type_ in TRIGGER_LABELS:
                break
            if stop > i and names.apposition_ends(doc, stop, self.gaz.name_words):
                break  # '... Defence with the Minister of ... Y', '... and the Honourable B'
            if stop > title and titles_next(
                self.gaz, doc, (title, stop), self.name_end(doc, stop + 1, sent.end)
            ):
                return end, {}  # 'A, Chief of Staff Admiral B': B's title (round 10)
            stop += 1
        cues = self.cues(doc, i, stop)
        if not cues.get("post") or not cues["post"].post:
            return end, {}
        country_first = doc[i].ent_type_ == "COUNTRY"
        if country_first and stop + 1 < sent.end and doc[stop + 1].ent_type_ == "RANK":
            return end, {}  # 'A, US Defence Attaché, Colonel B': the title is B's
        return stop, cues

    def group(self, words: str) -> list[Person]:
        """'the parties': the latest meeting's participants; 'the ministers': the
        ministers of the latest meeting that had two."""
        if "minister" in words.lower():
            for meeting in reversed(self.findings.meetings):
                ministers = [
                    p for p in meeting.participants if p.post and "minister" in p.post.label.lower()
                ]
                if len(ministers) >= 2:
                    return ministers
        return list(self.findings.meetings[-1].participants)

    def refer(self, title: Span, country: str | None, actors: list[Mention]) -> Person | None:
        """'the minister', 'the Turkish minister': see kg.extract.referents."""
        return referent(self.findings.persons, self.subject, title, country, actors, self.gaz)


def clean_name(name: str, words: Mapping[str, str]) -> str:
    """The name without honorifics ('H.E. Mr. Kenji Watanabe') or patronymic."""
    return _without_patronymic(names.strip_honorifics(name, words))


def _without_patronymic(name: str) -> str:
    """'Zakir Asgar oglu Hasanov' is written 'Zakir Hasanov', 'Hasanov Zakir Asgar
    oglu' (surname first) 'Hasanov Zakir'; 'Bakhodir Nizamovich Kurbanov' is written
    'Bakhodir Kurbanov'. Round 9: 'Kurbanov Bakhodir Nizamovich' (surname first)
    stays as written, the fullest form (kg.extract.name_forms makes one person of it
    and a later 'Bakhodir Kurbanov')."""
    words = name.split()
    if len(words) == 3 and _RUSSIAN_PATRONYMIC.search(words[1]):
        return f"{words[0]} {words[2]}"
    for i, word in enumerate(words):
        if word.lower() in names.PATRONYMIC_PARTICLES and 1 < i <= len(words) - 1:
            return " ".join(words[: i - 1] + words[i + 1 :])
    return name


def _without_initials(name: str) -> str:
    return " ".join(w for w in name.split() if len(w) > 1) or name
