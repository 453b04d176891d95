"""Round 7: persons named in one list ('Lieutenant General A, Major General B and
Rear Admiral C attended', 'Mexican General A, Secretary of ..., and Admiral B,
Secretary of ...') are of one side. One of them whose country neither the text
nor the context gives takes the country all those listed before it that have
one share (a country heads a list; an item's own country is no earlier one's).
Two persons joined by a bare 'and' with a country named between ('A and
Slovenian Colonel B signed') or before a verb of meeting or signing ('Defence
Minister A and Pentagon chief B have signed'), or by 'his counterpart', are two
sides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS, Findings, Mention
from .gazetteer import TRIGGER_LABELS
from .officers import OFFICER

if TYPE_CHECKING:
    from spacy.tokens import Doc

# What may stand between two items of a list besides titles, countries and ranks.
_JOINERS = {",", ";", "and", "of", "the", "for", "in", "on", "to", "-", "(", ")", "&"}
# A verb or a preposition of meeting ends a list: 'A met B', 'A with B'.
_BREAKS = {"with", "by", "met", "meets", "received", "hosted"}
# The kinds of trigger phrase (extract_phrases.csv) whose two parties are two sides.
_TWO_PARTIES = {"sign", "sign-by", "sign-passive", "meet", "meet-between", "meet-each"}
# Words that set the next person on another side than the one before.
_SIDES = {"his", "her", "their", "counterpart", "counterparts"}


def record_lists(doc: Doc, actors: list[Mention]) -> None:
    """Note, for each person introduced in a list of persons, those listed before."""
    named = sorted((a for a in actors if a.kind == "person"), key=lambda a: a.start)
    runs: list[list[Mention]] = []
    for mention in named:
        if runs and _listed(doc, runs[-1][-1], mention):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        persons = [p for m in run for p in m.persons]
        for k, person in enumerate(persons):
            # Only those listed before: 'Group Captain A, US Defence Attaché, Colonel
            # B' names B's country, not A's.
            person.listed_among.extend(p for p in persons[:k] if p is not person)


def _listed(doc: Doc, left: Mention, right: Mention) -> bool:
    between = doc[left.end : right.start]
    if not any(t.lower_ in (",", "and", ";") for t in between):
        return False
    if any(t.lower_ in _SIDES for t in doc[left.end : right.end]):
        return False  # 'A and his counterpart B': two sides
    commas = any(t.lower_ in (",", ";") for t in between)
    own = doc[left.end : right.end]  # the words between and the next person's title
    if not commas and any(t.ent_type_ in NATION_LABELS for t in own):
        return False  # 'A and Slovenian Defence Advisor B signed': two sides
    # 'Defence Minister A and Pentagon chief B have signed', 'signed by A and B':
    # the two parties of a meeting or a signing, two sides.
    near = [*doc[max(left.start - 2, 0) : left.start], *doc[right.end : right.end + 3]]
    if not commas and any(t.ent_id_ in _TWO_PARTIES for t in near):
        return False
    return all(
        (t.ent_type_ and t.ent_type_ not in TRIGGER_LABELS)
        or t.lower_ in _JOINERS
        or (t.is_title and t.lower_ not in _BREAKS)
        for t in between
    )


def countries_from_lists(findings: Findings) -> None:
    """A person still without a country takes the one all those listed before the
    person who have one share (at least one has): for a post waiting for its
    country, or with a ranked person's generic officer's post. One the text gave a
    country already keeps it (round 9: 'Singapore and Japan ..., Prime Minister A
    and Prime Minister B said')."""
    for person in findings.persons:
        if person.post is not None or person.country or not person.listed_among:
            continue
        theirs = {p.country for p in person.listed_among if p.country}
        if len(theirs) != 1:
            continue
        waiting = person.pending_post if person.pending_post and person.pending_post.post else None
        post = waiting or (OFFICER if person.rank_label else None)
        if post is not None:
            person.post, person.country = post, theirs.pop()
            person.post_evidence = person.post_evidence or person.evidence
