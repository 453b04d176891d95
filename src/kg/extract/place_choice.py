"""The last word on each meeting's place (session 21).

Some thirty rules place a meeting, each from one shape of text (a dateline, 'on a
visit to', 'the talks were held in', a host's premises). Where two of them could
apply, the one that ran last wins, and on the real-news gold about one meeting in
four whose participants and day are right still has the wrong place: a city for
a country the text gives alone (an agency's home dateline), a country where a
city is named ('held discussions in Ankara, Turkey'), or the wrong side.

This step weighs the rules' place against the other places the article names.
The candidates are the meeting's place, its country when it is a city, and every
city and country the article names. Each is described by the features below and
scored (``ranker.scores``) with the weights of
``data/reference/meeting_place_weights.csv`` (fitted on gold readings by
``tools/train_meeting_place.py``); the best replaces the rules' place when it
scores ``MARGIN`` more. A meeting the rules left unplaced stays so.

With no weights, nothing moves, and the shipped table holds none: fitted on
tune50, weights gained 23 of 953 places (5-fold), but they also overrode the
deliberate place rules on the shapes the rules' tests pin (a source's or an
embassy's city, a visit to a third country, an event recalled or ahead); see
docs/extract.md, session 21.

Features of a candidate place X for a meeting M placed at L (the table's names):

- ``current``: X is L; ``current_sure`` / ``current_guessed`` / ``current_dateline``:
  and M's place was read from its sentence / M itself is a guess / L is named
  only in datelines.
- ``city``: X is a city; ``capital``: X is a country's capital; ``down``: X is
  the country of the city L; ``up``: X is a city of the country L.
- ``same_country``: X lies in L's country.
- ``in_sentence``: X is named in M's sentence; ``at_in_sentence``: there, after
  'in' or 'at'; ``at_anywhere``: after 'in' or 'at' anywhere; ``to_anywhere``:
  after 'to' ('a visit to X'); ``demonym_only``: X is named only by a demonym.
- ``mentions_log``: log(1 + how often X is named); ``near``: 1 / (1 + how many
  sentences from M's X is named); ``headline``: X is named in the article's
  first two sentences; ``dateline``: X is a dateline's city; ``dateline_only``:
  named only so; ``dateline_here``: so, and the article says 'here'.
- ``participant_country``: a participant is of X's country; ``host_country``: M's
  host is; ``visited``: a participant is said to be visiting X's country;
  ``no_participant_country``: participants have countries, none of them X's.

Each feature is also given crossed with X's kind ('current|city', 'near|country').
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .findings import Findings, Meeting, span_text
from .not_there import unplace_calls
from .placenames import dated_dateline, opens_report
from .ranker import Features, scores

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

_AT = frozenset({"in", "at"})
# How much better than the rules' place another must score to replace it. On
# tune50 (5-fold over articles), 0 moved 105 meetings' places and 0.5 moved 79,
# for about the same gain (+20 and +23 right).
MARGIN = 0.5
_HERE = re.compile(r"\bhere\b", re.I)


@dataclass
class _Named:
    """How the article names one place: how often, where, and after which words."""

    count: int = 0
    sentences: set[int] = field(default_factory=set)
    at_sentences: set[int] = field(default_factory=set)
    to: bool = False
    by_name: bool = False
    dateline: int = 0


@dataclass
class PlaceEvidence:
    """The places an article names, and its sentences as ``span_text`` writes them."""

    named: dict[str, _Named]
    sentences: list[str]
    here: bool


def place_evidence(gaz: Gazetteer, docs: list[Doc]) -> PlaceEvidence:
    named: dict[str, _Named] = {}
    sentences: list[str] = []
    for n, doc in enumerate(docs):
        for sent in doc.sents:
            number = len(sentences)
            sentences.append(span_text(sent))
            for ent in sent.ents:
                if ent.label_ == "PLACE":
                    place = gaz.reference.place(ent.ent_id_)
                    if place is None:
                        continue
                    key = f"place:{ent.ent_id_}"
                elif ent.label_ in ("COUNTRY", "DEMONYM"):
                    key = f"country:{ent.ent_id_}"
                else:
                    continue
                seen = named.setdefault(key, _Named())
                seen.count += 1
                seen.sentences.add(number)
                before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if before == "the" and ent.start > 1:
                    before = doc[ent.start - 2].lower_
                if before in _AT:
                    seen.at_sentences.add(number)
                seen.to = seen.to or before == "to"
                seen.by_name = seen.by_name or ent.label_ != "DEMONYM"
                if ent.label_ == "PLACE" and (
                    (ent.start == 0 and opens_report(doc, n, ent)) or dated_dateline(doc, ent)
                ):
                    seen.dateline += 1
    text = " ".join(sentences)
    return PlaceEvidence(named, sentences, bool(_HERE.search(text)))


def _own_sentences(evidence: PlaceEvidence, meeting: Meeting) -> set[int]:
    """The sentences the meeting's evidence holds."""
    return {k for k, t in enumerate(evidence.sentences) if t and t in meeting.evidence}


def candidates(
    gaz: Gazetteer, evidence: PlaceEvidence, meeting: Meeting
) -> tuple[list[str], list[Features]]:
    """The places a placed meeting could be at, the rules' first, and their features."""
    current = meeting.location
    home = gaz.country_of(current)
    places = [current]
    if current.startswith("place:") and home:
        places.append(f"country:{home}")
    places += [p for p in evidence.named if p not in places]
    own = _own_sentences(evidence, meeting)
    countries = {p.country for p in meeting.participants if p.country}
    hosts = {meeting.host.country} if meeting.host is not None and meeting.host.country else set()
    away = {c for p in meeting.participants for c in p.away}
    rows: list[Features] = []
    for place in places:
        country = gaz.country_of(place)
        seen = evidence.named.get(place, _Named())
        is_current = place == current
        f: dict[str, float] = {}
        if is_current:
            f["current"] = 1.0
            if meeting.placed_surely:
                f["current_sure"] = 1.0
            if meeting.guessed:
                f["current_guessed"] = 1.0
            if seen.dateline and seen.dateline == seen.count:
                f["current_dateline"] = 1.0
        if place.startswith("place:"):
            f["city"] = 1.0
            if country and gaz.capitals.get(country) == place.removeprefix("place:"):
                f["capital"] = 1.0
            if current.startswith("country:") and country == home:
                f["up"] = 1.0
        elif current.startswith("place:") and country == home:
            f["down"] = 1.0
        if home and country == home:
            f["same_country"] = 1.0
        if seen.sentences & own:
            f["in_sentence"] = 1.0
        if seen.at_sentences & own:
            f["at_in_sentence"] = 1.0
        if seen.at_sentences:
            f["at_anywhere"] = 1.0
        if seen.to:
            f["to_anywhere"] = 1.0
        if seen.count and not seen.by_name:
            f["demonym_only"] = 1.0
        if seen.count:
            f["mentions_log"] = math.log1p(seen.count)
        if seen.sentences and own:
            distance = min(abs(a - b) for a in seen.sentences for b in own)
            f["near"] = 1 / (1 + distance)
        if seen.sentences & {0, 1}:
            f["headline"] = 1.0
        if seen.dateline:
            f["dateline"] = 1.0
            if seen.dateline == seen.count:
                f["dateline_only"] = 1.0
            if evidence.here:
                f["dateline_here"] = 1.0
        if country in countries:
            f["participant_country"] = 1.0
        elif countries:
            f["no_participant_country"] = 1.0
        if country in hosts:
            f["host_country"] = 1.0
        if country in away:
            f["visited"] = 1.0
        kind = "city" if place.startswith("place:") else "country"
        rows.append({**f, **{f"{name}|{kind}": value for name, value in f.items()}})
    return places, rows


def choose_places(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting's place, as the weights weigh the article's places; a call's
    none (not_there.unplace_calls)."""
    unplace_calls(findings, docs)
    weights = gaz.meeting_place_weights
    if not weights or not findings.meetings:
        return
    evidence = place_evidence(gaz, docs)
    for meeting in findings.meetings:
        if not meeting.location:
            continue  # left unplaced on purpose ('two countries named as often')
        places, rows = candidates(gaz, evidence, meeting)
        scored = scores(rows, weights)
        chosen = places[scored.index(max(scored))]
        if chosen == meeting.location or max(scored) - scored[0] < MARGIN:
            continue
        meeting.rules_place = meeting.location
        meeting.location = chosen
        told = evidence.named.get(chosen)
        if told is not None:
            # The evidence of the place: the meeting's own sentence where it names it,
            # else the sentence nearest to it that does.
            own = _own_sentences(evidence, meeting) or told.sentences
            nearest = min(told.sentences, key=lambda k: (min(abs(k - o) for o in own), k))
            meeting.location_words = evidence.sentences[nearest]
