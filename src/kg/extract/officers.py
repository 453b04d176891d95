"""Round 7: a ranked person named with a country but no post ('US Adm. X', 'his
Iranian counterpart Brigadier General X') serves in that country's armed forces;
the draft states it as a generic post, so that the country the text gives is not
lost for want of a title. The context's guesses are not used for it: a wrong
country is worse than none."""

from __future__ import annotations

import re

from .findings import Findings
from .gazetteer import PostTitle

# The post of an officer whose title the article does not give.
OFFICER = PostTitle("armed-forces-officer", "Officer of the Armed Forces", "", False)


def officers_without_posts(findings: Findings) -> None:
    """Give each ranked person whose country the text names, and who has no post
    (nor one waiting for its country, nor one of a title the tables know), the
    generic officer's post."""
    for person in findings.persons:
        waiting = person.pending_post is not None and person.pending_post.post
        # A head the tables leave open ('BDF Commander-in-Chief Field Marshal X') is
        # no post either.
        held = person.post is not None and person.post.post
        if person.rank_label and person.country and not held and not waiting:
            person.post = OFFICER
            person.post_evidence = person.post_evidence or person.evidence


def finer_rank(label: str, held: str) -> bool:
    """Whether a rank's label says more than the one a person was first read with,
    ending with all its words ('Army General' after 'General', 'Lt. Gen.' after
    'Gen.'): a headline or lead often gives the short form, and the plain 'General'
    has no place on the post-Soviet ladders (session 33)."""
    words, first = _rank_words(label), _rank_words(held)
    return len(words) > len(first) and words[-len(first) :] == first


def _rank_words(label: str) -> list[str]:
    return re.sub(r"[.\-]", " ", label.lower()).split()
