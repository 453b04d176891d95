"""A country for each person the rules leave without one (session 19).

Nearly every person a curator writes down from such an article is given a country
(2,593 of the 2,637 persons of the real-news gold ``tune41``), but the rules give
none to about one drafted person in eight: the text ties them to no post or
nation. Such a person is then drafted with no country at all, which a curator
has to research anyway. This step proposes the country the article's own
evidence makes likeliest, as a low-confidence guess the draft marks as such.

The candidates are the countries the article names (by name, demonym or city),
those of the persons the person met or signed with, and the dateline's country.
Each is described by the features below, and ``ranker.best`` picks one with the
weights of ``data/reference/country_guess_weights.csv`` (fitted on gold readings
by ``tools/train_country_guess.py``). The guess sets only ``Person.guessed_country``:
no rule reads it, and a rank's ladder still follows the country the text gives.

Features of a candidate country C for a person P (the names are the table's):

- ``mentions_log``: log(1 + how often the article names C); ``mention_share``:
  that count over all namings; ``most_named`` / ``second_named``: C is named most
  / second most (ties in the order first named).
- ``in_person_sentence``: C is named in a sentence that names P's surname;
  ``within_3_words`` / ``within_8_words``: that close to it; ``of_in_person_sentence``:
  there, right after "of" or "from".
- ``in_headline``: C is named in the article's first two sentences; ``dateline``:
  C is the country of the dateline.
- ``met_with_country``: someone P met or signed with is of C; ``other_side``: P met
  or signed with someone whose country is known, and none of them is of C.
- ``hosted_in``: P was met in C on a visit; ``listed_with``: P was listed after a
  person of C. (A country P is visiting is no candidate at all.)
- ``others_of_country``: log(1 + how many other persons are of C);
  ``no_other_of_country``: other persons have countries, none of them C.
- ``as_demonym`` / ``as_city``: C is named by a demonym / through one of its cities.
- ``ranked_most_named``: P has a military rank and C is named most.
- ``name_affinity``: how much likelier C's persons are than others to have names
  ending as P's does (kg.extract.name_endings).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .body_staff import serves_body
from .findings import Findings, Person
from .name_endings import NameEndings
from .ranker import best
from .sides import partner_countries, post_of, several_holders

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

# A mention of a country: (country, sentence number, token index, how, word before).
CountryMention = tuple[str, int, int, str, str]


def country_mentions(
    gaz: Gazetteer, docs: list[Doc]
) -> tuple[list[CountryMention], list[list[str]]]:
    """Every naming of a country in the article, and each sentence's words."""
    found: list[CountryMention] = []
    sentences: list[list[str]] = []
    for doc in docs:
        for sent in doc.sents:
            number = len(sentences)
            sentences.append([t.text for t in sent])
            for ent in sent.ents:
                country = ent.ent_id_ if ent.label_ in ("COUNTRY", "DEMONYM") else ""
                if ent.label_ == "PLACE":
                    place = gaz.reference.place(ent.ent_id_)
                    country = place.country if place is not None else ""
                if country:
                    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                    found.append((country, number, ent.start - sent.start, ent.label_, before))
    return found, sentences


def dateline_country(gaz: Gazetteer, docs: list[Doc]) -> str | None:
    """The country of a place or country that opens one of the first paragraphs."""
    for doc in docs[:3]:
        first = next(iter(doc.ents), None)
        if first is None or first.start != 0:
            continue
        if first.label_ == "COUNTRY":
            return first.ent_id_
        if first.label_ == "PLACE":
            place = gaz.reference.place(first.ent_id_)
            return place.country if place is not None else None
    return None


class CountryEvidence:
    """What the article says that bears on the countries of its persons."""

    def __init__(
        self,
        gaz: Gazetteer,
        findings: Findings,
        docs: list[Doc],
        name_endings: NameEndings | None = None,
    ) -> None:
        self.gaz = gaz
        self.name_endings = name_endings if name_endings is not None else gaz.name_endings
        self.findings = findings
        self.mentions, self.sentences = country_mentions(gaz, docs)
        self.dateline = dateline_country(gaz, docs)
        self.counts = Counter(m[0] for m in self.mentions)
        self.order = [c for c, _ in self.counts.most_common()]

    def candidates(self, person: Person) -> list[str]:
        found = set(self.counts) | set(self.partners(person))
        if self.dateline:
            found.add(self.dateline)
        return sorted(found - self.not_theirs(person))

    def not_theirs(self, person: Person) -> set[str]:
        """The countries the text rules out, as the rules read it: one the person is
        visiting, a counterpart's, that of another holder of the person's post (a
        country has one president), and for one serving abroad (an ambassador) the
        host's and those of the officials met."""
        ruled_out = set(person.away) | partner_countries(self.gaz, self.findings, person)
        title = post_of(person)
        if title is None:
            return ruled_out
        if title.abroad:
            return ruled_out | {c for c in (person.host, *self.partners(person)) if c}
        if not several_holders(self.gaz, title.label):
            ruled_out |= {
                p.country
                for p in self.findings.persons
                if p is not person and p.country and post_of(p) == title
            }
        return ruled_out

    def met(self, person: Person) -> list[Person]:
        """Those the person met or signed with."""
        events = [m.participants for m in self.findings.meetings] + [
            s.signatories for s in self.findings.signed
        ]
        return [
            other
            for people in events
            if any(p is person for p in people)
            for other in people
            if other is not person
        ]

    def partners(self, person: Person) -> list[str]:
        """The countries of those the person met or signed with, as far as known."""
        return [c for other in self.met(person) if (c := other.apparent_country)]

    def scored(self, person: Person) -> tuple[list[str], list[dict[str, float]]]:
        """The person's candidate countries and the features of each."""
        candidates = self.candidates(person)
        about = _AboutPerson(
            spots=[
                (n, i)
                for n, words in enumerate(self.sentences)
                for i, word in enumerate(words)
                if word == person.surname
            ],
            partners=self.partners(person),
            others=[p.country for p in self.findings.persons if p is not person and p.country],
        )
        return candidates, [self._features(person, about, c) for c in candidates]

    def _features(self, person: Person, about: _AboutPerson, country: str) -> dict[str, float]:
        f: dict[str, float] = {}
        count = self.counts.get(country, 0)
        f["mentions_log"] = math.log1p(count)
        if self.order:
            f["mention_share"] = count / sum(self.counts.values())
            if self.order[0] == country:
                f["most_named"] = 1.0
            elif self.order[1:2] == [country]:
                f["second_named"] = 1.0
        own = [m for m in self.mentions if m[0] == country]
        near = [abs(m[2] - i) for m in own for n, i in about.spots if n == m[1]]
        if near:
            f["in_person_sentence"] = 1.0
            if min(near) <= 3:
                f["within_3_words"] = 1.0
            elif min(near) <= 8:
                f["within_8_words"] = 1.0
        sentences_of_person = {n for n, _ in about.spots}
        if any(m[4] in ("of", "from") and m[1] in sentences_of_person for m in own):
            f["of_in_person_sentence"] = 1.0
        if any(m[1] <= 1 for m in own):
            f["in_headline"] = 1.0
        if self.dateline == country:
            f["dateline"] = 1.0
        if about.partners:
            f["met_with_country" if country in about.partners else "other_side"] = 1.0
        if country in person.hosted_in:
            f["hosted_in"] = 1.0
        if person.listed_with is not None and person.listed_with.country == country:
            f["listed_with"] = 1.0
        if about.others:
            f["others_of_country"] = math.log1p(about.others.count(country))
            if country not in about.others:
                f["no_other_of_country"] = 1.0
        if any(m[3] == "DEMONYM" for m in own):
            f["as_demonym"] = 1.0
        if any(m[3] == "PLACE" for m in own):
            f["as_city"] = 1.0
        if person.rank_label and f.get("most_named"):
            f["ranked_most_named"] = 1.0
        if self.name_endings:
            f["name_affinity"] = self.name_endings.affinity(person.name, country)
        return f


@dataclass
class _AboutPerson:
    """What the features of every candidate of one person share."""

    spots: list[tuple[int, int]]
    """Where the person's surname stands: (sentence number, word index)."""
    partners: list[str]
    others: list[str]
    """The countries of the other persons."""


def unplaced(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> list[Person]:
    """The persons the rules gave no country (and no post, or one still waiting for
    its country), less those whose titles name an international body or a combined
    force and no country, and those officials.csv lists with none: such a person
    serves none."""
    return [
        p
        for p in findings.persons
        if not p.country and not p.post and not p.listed and not serves_body(gaz, docs, p)
    ]


def guess_countries(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Give each person without a country the likeliest one, as a guess."""
    people = unplaced(gaz, findings, docs)
    if not people or not gaz.country_guess_weights:
        return
    evidence = CountryEvidence(gaz, findings, docs)
    for person in people:
        candidates, features = evidence.scored(person)
        person.guessed_country = best(candidates, features, gaz.country_guess_weights)
