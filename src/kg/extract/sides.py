"""Round 9 (countries of persons): the post of a person the text gives a country
but no post ('his Togolese counterpart B'), and the navy's ladder for a rank that
both the army's and the navy's ladders have ('Navy Capt. B', a captain who is a
defence attaché)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import PostTitle
from .officers import OFFICER

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# The post of a person the text gives a country but no title ('his Iraqi
# counterpart B'): an official of that country.
OFFICIAL = PostTitle("official", "Official", "", False)


def counterparts_posts(findings: Findings) -> None:
    """A person with no rank whom the text gives a country but no post ('A and his
    Togolese counterpart B met') holds the post of the one whose counterpart the
    person is, if that one holds a post at home ('Defence Minister A and his
    Iraqi counterpart B'), else a generic official's post, so that the country
    the text gives is not lost for want of a title (a ranked one has the officer's
    post: kg.extract.officers)."""
    for person in findings.persons:
        held = person.post is not None and person.post.post
        waiting = person.pending_post is not None and person.pending_post.post
        if not person.country or person.rank_label or held or waiting:
            continue
        subject = person.counterpart_of
        theirs = subject.post if subject is not None else None
        if theirs is None or not theirs.post or theirs.abroad or theirs is OFFICER:
            theirs = OFFICIAL
        person.post = theirs
        person.post_evidence = person.post_evidence or person.evidence


def naval_rank(gaz: Gazetteer, person: Person, naval_article: bool = False) -> str | None:
    """``rank:...`` on the navy's ladder for a rank written alike on the army's
    ('Captain'), when the person is of the navy: a word of the navy
    (side_words.csv) stands in the person's title or beside the name ('Navy
    Capt. B', 'Captain B of the Indian Navy'), or the person holds a post abroad
    (a defence attaché or adviser), which no army captain holds, or the article
    names navies more often than armies (session 20); the last two only for a rank
    the navy's ladder puts higher; else None, and the army's ladder stands."""
    if not person.rank_label:
        return None
    key = gaz.rank(person.rank_label, person.country)
    if key is None:
        return None
    system, _, rank = key.removeprefix("rank:").partition(".")
    army, navy = gaz.rank_use.get(person.country or "", gaz.rank_use["*"])
    naval = gaz.reference.ranks.get(f"{navy}.{rank}")
    if system != army or naval is None:
        return None
    words = f"{person.evidence} {person.post_evidence} {person.service_words}"
    abroad = person.post is not None and person.post.abroad
    senior = naval.nato_level > gaz.reference.ranks[f"{system}.{rank}"].nato_level
    if gaz.tells_side("navy", words) or ((abroad or naval_article) and senior):
        return f"rank:{naval.key}"
    return None


def partners(gaz: Gazetteer, findings: Findings, person: Person) -> list[Person]:
    """Those on the other side from the person: the person's counterparts ('A and
    his Malaysian counterpart B', either way), and those the person met or signed
    with who hold the same post ('Defence Minister A held talks with Mongolian
    Defence Minister B'), since a country has one holder of a post at a time
    (not a post of several holders, multi_holder_posts.csv: deputies, advisers)."""
    found = [
        p
        for p in findings.persons
        if p is not person and (p.counterpart_of is person or person.counterpart_of is p)
    ]
    title = post_of(person)
    if title is None or title.abroad or several_holders(gaz, title.label):
        return found
    together = [m.participants for m in findings.meetings]
    together += [s.signatories for s in findings.signed]
    for group in together:
        if any(p is person for p in group):
            found += [
                p
                for p in group
                if p is not person and post_of(p) == title and all(p is not q for q in found)
            ]
    return found


def partner_countries(gaz: Gazetteer, findings: Findings, person: Person) -> set[str]:
    """The countries of the person's partners: never the person's own (round 9)."""
    return {p.country for p in partners(gaz, findings, person) if p.country}


def post_of(person: Person) -> PostTitle | None:
    post = person.post if person.post is not None and person.post.post else person.pending_post
    return post if post is not None and post.post else None


def several_holders(gaz: Gazetteer, label: str) -> bool:
    """Whether a country has several holders of the post at a time (deputies,
    advisers: multi_holder_posts.csv)."""
    return any(p.search(label) for p in gaz.reference.multi_holder)


# Words after which a city is where something happens, not the article's dateline.
_AT = {"in", "to", "at", "capital"}


def datelines(
    docs: list[Doc], places: list[tuple[str, str, tuple[int, int]]]
) -> list[tuple[str, str, tuple[int, int]]]:
    """The places the article introduces as its dateline (first in a paragraph,
    after a date or an agency's name), not those after 'in' or 'to' (round 9)."""
    return [p for p in places if p[2][1] == 0 or docs[p[2][0]][p[2][1] - 1].lower_ not in _AT]
