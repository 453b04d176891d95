"""One person for the forms of one name in an article (round 9), once it is read.

News writes a name in full once and shorter or in another order elsewhere: 'First
Middle Last' and 'First Middle', 'Surname Given Patronymic' and 'Given Surname'. The
reading matches a later mention to a person already read (kg.extract.people), but
not a shorter form read first, nor one read in another order; here such persons
become one, under the fullest form as the article writes it. A generation's suffix
('Jr.', 'III') is part of the name as written; a 'person' whose every word is one
that never names anybody ('Europe', 'Intelligence': name_stopwords.csv's kind
'common') is none. The words are data: name_stopwords.csv."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..model.identity import normalise
from .junk import drop_persons, replace_person
from .name_tails import tail_of
from .names import INITIAL, NOT_NAMES, is_name, nickname, word_kind
from .royals import styled_names
from .run_on import cut_run_on_surnames
from .spelling import alike, near_spellings, same_spelling
from .twice import one_meeting_twice

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# The most given names read before a surname written alone elsewhere.
_GIVEN = 2


def settle_names(findings: Findings, docs: list[Doc], gaz: Gazetteer) -> None:
    """Drop the persons that are no names, name in full a person read by the surname
    only, cut a name run on into another person's surname (kg.extract.run_on), make
    one person of the forms of one name, put a generation's suffix back
    on the names the article writes with one, and a king's style on his lone given
    name."""
    words = gaz.name_words
    for person in findings.persons:
        if len(person.name.split()) == 1:
            person.name = _written_in_full(person.name, docs, words, gaz.title_words)
        if len(person.name.split()) == 1:
            person.name = _written_on(person.name, docs, words, gaz.title_words)
    for person in findings.persons:
        person.name = _after_body(person.name, words)
    common = [p for p in findings.persons if _common(p.name, words) or _body_last(p.name, words)]
    if common:
        drop_persons(findings, {id(p) for p in common})
    cut_run_on_surnames(findings, gaz)  # session 38: 'Geoffrey Onyeama Blinken said'
    _merge_forms(findings, words)
    _merge_spellings(findings, words)
    _merge_nicknames(findings, docs)
    suffixes = [w for w, kind in words.items() if kind == "generation"]
    # Written in capitals too ('A B JR', round 26): the table holds one row a word
    # whatever its case, and the name reading already ends before the capitals.
    suffixes += [w.upper() for w in suffixes if w.upper() not in suffixes]
    for person in findings.persons:
        person.name = _with_generation(person.name, docs, suffixes)
    styled_names(findings, docs)  # session 37: 'King A'
    one_meeting_twice(findings, gaz)  # round 22: a meeting read under two name forms


def _written_in_full(
    name: str, docs: list[Doc], words: Mapping[str, str], title_words: frozenset[str]
) -> str:
    """The full name of a person read by the surname only, where the article writes
    the surname after given names once ('US Defense Chief Ann B. Kerr', then
    'Kerr'): the one form so written, if only one is; given names are capitalised
    words that are no entity, title word, honorific or other word of
    name_stopwords.csv, with middle initials, and not a sentence's first word unless
    an initial follows it."""
    found = set()
    for doc in docs:
        for token in doc:
            if token.text != name or token.ent_type_:
                continue
            start = token.i
            given = 0
            while start > 0 and given < _GIVEN:
                before = doc[start - 1]
                if INITIAL.match(before.text) and start - 1 > 0 and given == 0:
                    start -= 1
                    continue
                if given == 0 and _article_glued(doc, start):
                    start -= 2  # 'Haider al-Abadi' for 'Abadi' (session 31)
                    continue
                if given and _hyphen_glued(doc, start):
                    start -= 2  # 'Kassym-Jomart Tokayev': one given name (session 39)
                    continue
                initial_after = INITIAL.match(doc[start].text) is not None
                if not given_name(before, words, title_words) or (
                    before.is_sent_start and not initial_after
                ):
                    break
                start -= 1
                given += 1
            if given:
                found.add(doc[start : token.i + 1].text)
    return _fullest(found) or name


def _fullest(forms: set[str]) -> str | None:
    """The one form of a name, or the fullest where each other form is its words
    with some left out ('Barack Obama' and 'Barack Hussein Obama'; session 38); None
    where two forms tell two persons ('Ram Nath Kovind', 'Savita Kovind')."""
    if not forms:
        return None
    longest = max(forms, key=lambda f: (len(f.split()), f))
    if all(_within(form.split(), longest.split()) for form in forms):
        return longest
    return None


def _within(words: list[str], fuller: list[str]) -> bool:
    """Whether the words stand in ``fuller`` in the same order."""
    rest = iter(fuller)
    return all(word in rest for word in words)


# The Arabic article glued to a surname by a hyphen ('al-Abadi', 'el-Sisi').
_ARTICLES = frozenset({"al", "el"})


def _article_glued(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` follows an article and a hyphen, all glued."""
    return _glued_hyphen_after(doc, start) and doc[start - 2].lower_ in _ARTICLES


def _hyphen_glued(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` ends a hyphenated name ('Jomart' of
    'Kassym-Jomart'): a hyphen glued to it and to a capitalised word before."""
    return (
        _glued_hyphen_after(doc, start)
        and doc[start - 2].is_alpha
        and doc[start - 2].text[:1].isupper()
    )


def _glued_hyphen_after(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` follows a word and a hyphen, all glued."""
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    )


def _written_on(
    name: str, docs: list[Doc], words: Mapping[str, str], title_words: frozenset[str]
) -> str:
    """The full name of a person read by the given name only, where the article writes
    a surname after it once ('PM Omar' in a headline, then 'Prime Minister Omar
    Halvard'): the one form so written, if only one is, in a sentence that is not in
    title case (a headline's next word is no surname: 'Omar Hails Ties'); the
    surname is a word as ``given_name`` reads it (round 23)."""
    found = set()
    for doc in docs:
        for token in doc:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.text != name or token.ent_type_ or after is None or not token.whitespace_:
                continue
            if given_name(after, words, title_words) and not _title_case(token.sent):
                found.add(f"{name} {_hyphenated(doc, after.i).text}")
    return found.pop() if len(found) == 1 else name


def _hyphenated(doc: Doc, i: int) -> Span:
    """The word at ``i`` with the parts glued to it by hyphens: 'Ing-wen' after
    'Tsai' is the rest of the name, not 'Ing' (session 22)."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[i:end]


def _title_case(sent: Span) -> bool:
    """Whether a sentence may be in title case, as a headline is: no word of five
    letters or more is in lower case."""
    return not any(t.is_lower and t.is_alpha and len(t.text) >= 5 for t in sent)


def given_name(token: Token, words: Mapping[str, str], title_words: frozenset[str]) -> bool:
    text = token.text
    return (
        is_name(text)
        and text.isalpha()
        and not token.ent_type_
        and text not in NOT_NAMES
        and text not in title_words
        and word_kind(words, text) is None
        and words.get(text) is None
    )


def _kinds(name: str, words: Mapping[str, str]) -> list[str | None]:
    """The name_stopwords.csv kind of each word of the name (None for a name word),
    read without its punctuation: an apostrophe after a plural."""
    return [word_kind(words, re.sub(r"[^\w-]", "", w)) for w in name.split()]


def _common(name: str, words: Mapping[str, str]) -> bool:
    kinds = _kinds(name, words)
    return bool(kinds) and all(kind == "common" for kind in kinds)


def _body_words(name: str, words: Mapping[str, str]) -> list[bool]:
    """For each word of the name, whether it is one that never names anybody, a
    body's or a place's noun (name_stopwords.csv's kinds 'common', 'organisation'
    and 'place')."""
    return [kind in ("common", "organisation", "place") for kind in _kinds(name, words)]


def _after_body(name: str, words: Mapping[str, str]) -> str:
    """The name after a body's words read into it: 'Rwanda National Police Emmanuel
    K. Gasana' names Emmanuel K. Gasana; two words of name at least must follow
    (session 22)."""
    body = _body_words(name, words)
    if not any(body):
        return name
    rest = name.split()[len(body) - body[::-1].index(True) :]
    return " ".join(rest) if sum(len(w.rstrip(".")) > 1 for w in rest) >= 2 else name


def _body_last(name: str, words: Mapping[str, str]) -> bool:
    """Whether the name ends with a word that never ends one ('Eastern Regional',
    'Youth Center', 'Naval Striking'): a body or a phrase read as a person."""
    body = _body_words(name, words)
    return bool(body) and body[-1]


def _key(name: str, words: Mapping[str, str]) -> list[str]:
    """The words that tell a name: normalised, without initials and particles."""
    return [w for w in normalise(name).split() if len(w) > 1 and word_kind(words, w) != "particle"]


def _shorter_form(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is a form of the name ``full``: its first words ('First
    Middle' of 'First Middle Last'), its first two turned round ('Given Surname' of
    'Surname Given Patronymic'), or its words in another order ('Farouk X' and 'X
    Al-Farouq'). Not its last words: 'X bin Y' is another person than 'Z bin X bin
    Y', the son."""
    if len(short) == 1 and len(full) >= 2:
        # 'Field Marshal Berhanu' of 'Birhanu Jula': a given name written alone, as
        # Ethiopian and Thai news write it (session 17).
        return same_spelling(short[0], full[0])
    if len(short) < 2 or len(short) > len(full):
        return False
    if len(short) < len(full):
        head = full[: len(short)]
        # 'First Last' of 'First Middle Last': the middle name left out (round 25).
        ends = len(short) == 2 and alike(short, [full[0], full[-1]])
        return alike(short, head) or (len(short) == 2 and alike(short, head[::-1])) or ends
    left = list(full)
    for word in short:
        match = next((w for w in left if same_spelling(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _father_turned_round(short: list[str], full: str, words: Mapping[str, str]) -> bool:
    """Whether ``short`` is the first two words of ``full`` turned round only where
    ``full``'s second word follows a particle: 'Sabah Al-Khaled Al-Sabah' names a
    father or a house by 'Al-Khaled', so 'Khaled Al-Sabah' is another person (a
    son, a cousin), not the name turned round (round 23)."""
    written = normalise(full).split()
    kept = [k for k, w in enumerate(written) if len(w) > 1 and word_kind(words, w) != "particle"]
    if len(short) != 2 or len(kept) <= 2 or alike(short, [written[k] for k in kept[:2]]):
        return False
    second = kept[1]
    return word_kind(words, written[second - 1]) == "particle"


def _fuller(person: Person, others: list[Person], words: Mapping[str, str]) -> Person | None:
    """The one other person whose name is a fuller form of the person's (or the
    same name in another order, ``_shorter_form``); None when none or several are."""
    key = _key(person.name, words)
    found = [
        other
        for other in others
        if other is not person
        and (
            (
                _shorter_form(key, _key(other.name, words))
                and not _father_turned_round(key, other.name, words)
            )
            or tail_of(person.name, other.name, words)  # round 25: 'Da Costa Villas Boas'
        )
    ]
    found = [o for o in found if len(_key(o.name, words)) > len(key)] or found
    return found[0] if len(found) == 1 else None


def _merge_forms(findings: Findings, words: Mapping[str, str]) -> None:
    """Each person whose name is a shorter form (or another order) of one other
    person's becomes that person, shortest names first."""
    order = sorted(findings.persons, key=lambda p: len(_key(p.name, words)))
    for person in order:
        if person not in findings.persons:
            continue
        fuller = _fuller(person, findings.persons, words)
        if fuller is None:
            continue
        if len(_key(fuller.name, words)) == len(_key(person.name, words)) and _before(
            person, fuller, findings.persons
        ):
            person, fuller = fuller, person
        _take_facts(fuller, person)
        replace_person(findings, person, fuller)


def _merge_spellings(findings: Findings, words: Mapping[str, str]) -> None:
    """Two persons whose names are one name spelt two ways in one word ('A Javed B',
    'A Javaid B'; round 10) become one, under the form written most, else first."""
    for person in list(findings.persons):
        if person not in findings.persons:
            continue
        key = _key(person.name, words)
        twins = [
            o
            for o in findings.persons
            if o is not person and near_spellings(key, _key(o.name, words))
        ]
        if len(twins) != 1:
            continue
        kept, other = twins[0], person
        order = findings.persons
        if (person.mentions, -order.index(person)) > (kept.mentions, -order.index(kept)):
            kept, other = person, kept
        _take_facts(kept, other)
        replace_person(findings, other, kept)


def _merge_nicknames(findings: Findings, docs: list[Doc]) -> None:
    """A person read by a nickname alone ('President Jokowi said') is the person whose
    name the article writes with it in quotes ('Joko "Jokowi" Widodo'), when one
    person is so written (session 22)."""
    written: dict[str, set[str]] = {}
    for doc in docs:
        for i in range(1, len(doc) - 3):
            if nickname(doc, i, len(doc)):
                written.setdefault(doc[i + 1].text, set()).add(
                    f"{doc[i - 1].text} {doc[i + 3].text}"
                )
    for person in list(findings.persons):
        fulls = written.get(person.name, set())
        named = [p for p in findings.persons if any(_written_as(p.name, full) for full in fulls)]
        if len(named) == 1 and named[0] is not person and person in findings.persons:
            _take_facts(named[0], person)
            replace_person(findings, person, named[0])


def _written_as(name: str, around: str) -> bool:
    """Whether a name is the one whose words stand around a nickname ('Joko Widodo'
    around 'Jokowi'): its first and last words."""
    words = name.split()
    return len(words) >= 2 and f"{words[0]} {words[-1]}" == around


def _before(one: Person, other: Person, persons: list[Person]) -> bool:
    """Whether of two forms of a name in another order ('Farouk X', 'X Al-Farouk') the
    first is kept: the one with more words as written ('Al'), else the one read
    first."""
    a, b = len(one.name.replace("-", " ").split()), len(other.name.replace("-", " ").split())
    return a > b or (a == b and persons.index(one) < persons.index(other))


def _take_facts(into: Person, other: Person) -> None:
    """What the other form's mentions told that the fuller one's did not."""
    into.rank_label = into.rank_label or other.rank_label
    if into.post is None and other.post is not None:
        into.post, into.country, into.host = other.post, other.country, other.host
        into.post_evidence = other.post_evidence
    into.country = into.country or other.country
    into.pending_post = into.pending_post or other.pending_post
    into.nearby_country = into.nearby_country or other.nearby_country
    into.away |= other.away
    into.counterpart_of = into.counterpart_of or other.counterpart_of
    into.mentions += other.mentions
    into.passing += other.passing


def _with_generation(name: str, docs: list[Doc], suffixes: list[str]) -> str:
    """The name with the generation's suffix the article writes after it ('X Jr.',
    'X, Jr.', 'X III'), if any; the suffix read as a name's end is kept as written."""
    words = normalise(name).split()
    # A surname alone ('Ruiz' in 'Marco L. Ruiz Jr.') is not the name the
    # suffix follows.
    if not suffixes or len(words) < 2 or words[-1] in {normalise(s) for s in suffixes}:
        return name
    alternatives = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    # 'A "B" C Jr.': a nickname in quotes may stand inside the name (round 23).
    written = r"\s+(?:[\"\u201c]\w+[\"\u201d]\s+)?".join(map(re.escape, name.split()))
    pattern = re.compile(rf"(?<!\w){written},?\s+({alternatives})(?!\w)")
    for doc in docs:
        found = pattern.search(doc.text)
        if found:
            return f"{name} {found.group(1)}"
    return name
