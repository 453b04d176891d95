"""Round 7: a ranked person named with no post ('US Adm. X', 'his Iranian
counterpart Brigadier General X', 'hosted General X') serves in the armed forces
of a country; the draft states it as a generic post, so that the country the
text or its context gives is not lost for want of a title."""

from __future__ import annotations

from .findings import Findings
from .gazetteer import PostTitle

# The post of an officer whose title the article does not give.
OFFICER = PostTitle("armed-forces-officer", "Officer of the Armed Forces", "", False)


def officers_without_posts(findings: Findings, *, context: bool = True) -> None:
    """Give each ranked person with no post the generic officer's post: at once
    when the text names the person's country, else waiting for the context's."""
    for person in findings.persons:
        if not person.rank_label or person.post is not None:
            continue
        if person.pending_post is not None and person.pending_post.post:
            continue
        if person.country:
            person.post = OFFICER
        elif context:
            person.pending_post = OFFICER
