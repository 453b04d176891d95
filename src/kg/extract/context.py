"""The country of a post named without one ('Defence Minister X'), from the
article's context, and which persons the article names only in passing."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .findings import NATION_LABELS, POSSESSIVE, Findings, Meeting, Mention, Person, word_before
from .name_side import name_country
from .sides import partner_countries, partners
from .visit_hosts import host_country
from .visit_side import visitor_side
from .visits import at_home

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# How far from a person's mention a phrase that names somebody in passing
# ('the visit of', 'merits of', 'recently announced') may stand.
_PASSING_WINDOW = 8


def passing(doc: Doc, sent: Span, mention: Mention, actors: list[Mention]) -> bool:
    """Whether a mention names its person in passing: a phrase of kind 'passing'
    (extract_phrases.csv) stands just before it, with only persons joined by
    'and' between ('merits of X and President Y'), or just after it; one of kind
    'credit' just before it; or the mention is in the possessive ("X's message",
    round 7)."""
    if mention.end < sent.end and doc[mention.end].lower_ in POSSESSIVE:
        return True  # "President X's message", "X's announcement" (round 7)
    if _former(doc, sent, mention):
        return True
    # A photograph's credit names its photographer after it, never before (session 35).
    phrases = [e for e in sent.ents if e.label_ in ("PASSING", "CREDIT")]
    for phrase in phrases:
        # A comma ends the phrase's reach unless only titles stand between ('will
        # meet again next year, said B' names B as the speaker; session 36).
        unbroken = all(doc[i].text != "," for i in range(phrase.end, mention.start))
        near = (mention.start - phrase.end <= _PASSING_WINDOW and unbroken) or _title_chain(
            doc, phrase.end, mention.start
        )
        if phrase.end <= mention.start and near:
            between = [
                a for a in actors if phrase.end <= a.start < mention.start and a.kind == "person"
            ]
            words = {doc[i].lower_ for i in range(phrase.end, mention.start)}
            if not between or "and" in words:
                return True
        after = mention.end <= phrase.start and phrase.start - mention.end <= 2
        if after and phrase.label_ == "PASSING":
            return True
    return False


# Words a chain of titles joins ('the President, Commander-in-Chief of the Armed Forces,').
_CHAIN_WORDS = {"of", "the", "and", "in", "-", ",", "federal"}
_CHAIN_LIMIT = 30


def _title_chain(doc: Doc, start: int, end: int) -> bool:
    """Whether only titles, countries and their joiners stand between two tokens:
    'under the guidance of the President, Commander-in-Chief of the Armed Forces,
    Federal Republic of Nigeria, President X' names X right after the phrase."""
    if end - start > _CHAIN_LIMIT:
        return False
    return all(t.ent_type_ or t.is_title or t.lower_ in _CHAIN_WORDS for t in doc[start:end])


def _former(doc: Doc, sent: Span, mention: Mention) -> bool:
    """Whether the titles right before the mention open with a word of kind 'former'
    (extract_phrases.csv): 'former Defence Minister A', 'Former U.S. president, B'
    (session 34). Only titles, countries and their joiners may stand between, so
    'the former's call on President C' does not name C so."""
    floor = max(sent.start, mention.start - _CHAIN_LIMIT)
    nearest = next(
        (i for i in range(mention.start - 1, floor - 1, -1) if doc[i].ent_type_ == "FORMER"), None
    )
    return nearest is not None and _title_chain(doc, nearest + 1, mention.start)


def settle(
    gaz: Gazetteer,
    findings: Findings,
    places: list[tuple[str, str, tuple[int, int]]],
    visited: set[str] | None = None,
) -> None:
    """Leave out the persons named only in passing, then give each post named
    without its country one, in this order: the country the article gives the
    person elsewhere or names just before the post; the one country whose ministry
    the post is of, where the dateline is none or that country's (round 7); the
    host country of an ambassador the person met ('Ambassador of Belarus in
    Serbia'); the country the article names most besides those of the others the
    person met (for one who met no one, only with no dateline: round 7); the
    country of the meeting's place; the country of the article's dateline."""
    active = taking_part(findings)
    findings.persons = [
        p
        for p in findings.persons
        if any(p is q for q in active) or not p.mentions or p.passing < p.mentions
    ]
    pending = [p for p in findings.persons if p.post is None and p.pending_post is not None]
    pending = [p for p in pending if p.pending_post and p.pending_post.post]
    # First what the text says of the person, so that the rules after it see the
    # countries of all whom the person met.
    for person in pending:
        own = person.apparent_country
        if own in partner_countries(gaz, findings, person):
            person.country = None  # the other side's (round 9): the context decides
        elif own:
            person.post, person.country = (
                person.pending_post,
                person.apparent_country,
            )
    first = dateline = gaz.reference.places[places[0][0]].country if places else None
    # A dateline in a country the text never names (a summit's city, the outlet's
    # office) is no home of one who took part in nothing read (round 14).
    unnamed = dateline not in findings.named_countries
    for person in pending:
        if person.post is None:
            dateline = None if unnamed and not any(p is person for p in active) else first
            # Last, 'Secretary of Defense X' in a readout with no dateline: a ministry
            # only one country has by that name (not first: Manila's 'Defense Secretary').
            ministry = person.pending_post.ministry if person.pending_post else ""
            national = gaz.national.get(ministry)
            # 'Secretary of Defense X' in a readout datelined Washington or with no
            # dateline: the one country with that ministry, before the context's
            # guess (round 7); a dateline elsewhere leaves it last (Manila's).
            ours = national if national and dateline in (None, national) else None
            guess = from_context(gaz, findings, person, dateline) or at_home(person, dateline)
            if not ours and visited:
                # Not the country of a visit's hosts to their visitor (round 18).
                guess = visitor_side(findings, person, guess, others_met(findings, person), visited)
            if guess and not ours:
                # A name that speaks far more for another named country (session 36).
                guess = name_country(gaz.name_endings, person, guess, findings.named_countries)
            # Met on a visit to a country: its host, as the text says (round 19).
            country = host_country(person) or ours or guess
            abroad = person.pending_post is not None and person.pending_post.abroad
            if country in _counterparts(gaz, findings, person) or (abroad and country == dateline):
                # 'A held talks with his Nepalese counterpart B' in Kathmandu: A is not
                # of B's country, whatever the dateline says; an ambassador or attaché
                # serves abroad, so is seldom of the country of the dateline.
                country = None
            country = country or gaz.national.get(ministry)
            if country:
                person.post, person.country = person.pending_post, country
    _unplaced_meetings(findings)


def _unplaced_meetings(findings: Findings) -> None:
    """A meeting whose sentence says nowhere where it was, now that countries are
    settled: where an earlier meeting of one of its participants was (the same
    visit: 'X received a delegation headed by Y. ... Y also held meetings with
    Z'), else where the next one was (session 24), else in the host's country ('X
    received Y'). All are guesses."""
    for k, meeting in enumerate(findings.meetings):
        if meeting.location:
            continue
        earlier = [
            m.location
            for m in findings.meetings[:k]
            if m.location and any(_in(p, m) for p in meeting.participants)
        ]
        # Else where the next one was (session 24).
        later = [
            m.location
            for m in findings.meetings[k + 1 :]
            if m.location and any(_in(p, m) for p in meeting.participants)
        ]
        host = meeting.host
        if earlier or later:
            meeting.location = earlier[-1] if earlier else later[0]
        elif host is not None and host.country:
            meeting.location = f"country:{host.country}"
        elif host is None and any(p.country for p in meeting.participants):
            # Not a visitor's country when another has one (round 10, places).
            first = sorted((p for p in meeting.participants if p.country), key=_visits)[0]
            meeting.location = f"country:{first.country}"


def _visits(person: Person) -> bool:
    return person.visiting


def from_context(
    gaz: Gazetteer, findings: Findings, person: Person, dateline: str | None = None
) -> str | None:
    mate = person.listed_with
    if mate is not None and mate.country:
        return mate.country  # 'hosted Peruvian President A, Foreign Minister B': B's too
    met = [m for m in findings.meetings if _in(person, m)]
    others = others_met(findings, person)
    # A counterpart is on the other side though no meeting was read (round 9).
    others = others or partners(gaz, findings, person)
    named = [p for p in findings.persons if p is not person and p.country]
    hosts = {p.host for p in others or named if p.host and p.post and p.post.abroad}
    abroad = person.pending_post is not None and person.pending_post.abroad
    if len(hosts) == 1 and not hosts & person.away and not abroad:
        # Not for one serving abroad too: the attaché serves where the ambassador
        # does, and is of the country they both serve (round 14).
        return hosts.pop()
    country = named_most_besides(findings, others, person.away) if others else None
    # Who met whom is surer than where: a place only from a sure meeting.
    placed = [m for m in met if m.confidence >= 0.8]
    if country is None and placed:
        country = gaz.country_of(placed[0].location)
        country = at_home(person, country)  # not where the person is visiting (round 10)
        if country and others and all(p.country == country for p in others):
            # 'A said after meeting his Polish counterpart B in Poland': the place
            # is B's country, so not A's.
            country = None
    if country is None and named and (others or not dateline):
        country = named_most_besides(findings, named, person.away)
    return country


def same_side(one: Person, other: Person) -> bool:
    first = one.listed_with or one
    return first is (other.listed_with or other)


def _counterparts(gaz: Gazetteer, findings: Findings, person: Person) -> set[str]:
    """The countries of those named as the person's counterparts."""
    named = {p.country for p in findings.persons if p.counterpart_of is person and p.country}
    return named | partner_countries(gaz, findings, person)  # and same posts met (round 9)


def others_met(findings: Findings, person: Person) -> list[Person]:
    """Those the person met, in the order read; not those named in one list with the
    person, who are on the person's side."""
    return [
        p
        for m in findings.meetings
        if _in(person, m)
        for p in m.participants
        if p is not person and not same_side(p, person)
    ]


def _in(person: Person, meeting: Meeting) -> bool:
    return any(p is person for p in meeting.participants)


def named_most_besides(
    findings: Findings, others: list[Person], away: set[str] | None = None
) -> str | None:
    """The country the article names most often besides those of the persons met,
    when one stands out (named at least twice, and at least twice as often as the
    next: round 7): 'Khattak ... met the Defence Minister of Belarus' in an
    article that names Pakistan most after Belarus."""
    theirs = {p.country for p in others}
    if None in theirs:
        return None
    counts = Counter(c for c in findings.named_countries if c not in theirs | (away or set()))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]):
        return None
    return ranked[0][0]


def taking_part(findings: Findings) -> list[Person]:
    """The persons of the events read: they are never left out."""
    found: list[Person] = []
    for meeting in findings.meetings:
        found += meeting.participants
        found += [p for p, _ in meeting.joined]
        if meeting.host is not None:
            found.append(meeting.host)
    for signed in findings.signed:
        found += signed.signatories
    for congratulated in findings.congratulations:
        found += [congratulated.by, congratulated.to]
    found += [a.person for a in findings.appointments]
    return found


def paired_demonym(doc: Doc, i: int) -> bool:
    """A demonym joined by a hyphen to another ('Algerian-Russian cooperation'):
    it names a relation between two countries, not whose a person is."""
    before = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].ent_type_ == "DEMONYM"
    after = i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].ent_type_ == "DEMONYM"
    return before or after


def not_whose(doc: Doc, ent: Span) -> bool:
    """Whether a country named before a title tells where its holder serves
    ('Ambassador to the United Kingdom') or is one of two joined by 'and' ('the
    ties between Romania and Slovakia ... Defence Minister A', session 22):
    either way not the holder's own."""
    if word_before(doc, ent.start) in ("to", "in"):
        return True
    before = ent.start >= 2 and doc[ent.start - 1].lower_ == "and"
    after = ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and"
    return (before and doc[ent.start - 2].ent_type_ in NATION_LABELS) or (
        after and doc[ent.end + 1].ent_type_ in NATION_LABELS
    )


def qualifying_country(doc: Doc, start: int, end: int, gaz: Gazetteer | None = None) -> str | None:
    """The country whose demonym or name (with "'s"), or a place of which (round 7),
    stands right before the last post title in a window ('... in Hanoi Vietnamese
    Minister of National Defence', "Türkiye's Chief of Staff", 'Pentagon Press
    Secretary'): that post's country, whatever is named earlier."""
    posts = [e for e in doc.ents if start <= e.start and e.end <= end and e.label_ == "POST"]
    if not posts:
        return None
    i = posts[-1].start - 1
    while i >= start and doc[i].lower_ in ("deputy", "first", "acting"):
        i -= 1
    if i > start and doc[i].lower_ in POSSESSIVE:
        i -= 1
    if i >= start and doc[i].ent_type_ == "PLACE" and gaz is not None:
        # 'Pentagon Press Secretary', 'chief Pentagon spokesperson' (round 7): the
        # country of the place whose name qualifies the title.
        place = gaz.reference.places.get(doc[i].ent_id_)
        return place.country if place is not None and place.country else None
    if i < start or doc[i].ent_type_ not in NATION_LABELS or paired_demonym(doc, i):
        return None
    return doc[i].ent_id_ or None


def counterpart_between(doc: Doc, start: int, end: int, actors: list[Mention]) -> bool:
    """Whether 'counterpart' or another person's mention stands between a post and
    a name after it: 'Iranian Defense Minister A and his Iraqi counterpart, B'
    gives the post and its country to A, not to B."""
    if any(doc[i].lower_ == "counterpart" for i in range(start, end)):
        return True
    return any(start <= a.start < end for a in actors if a.kind == "person")
