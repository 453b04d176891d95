"""Who reports a meeting is not at it (round 7): 'A met B today, chief spokesperson
C said.', 'C said the secretary met with B'. A name right before a reporting verb
(extract_phrases.csv, kind 'report') or right after one at the end of its clause
('..., said C.') is the speaker and takes no part in the meeting its sentence
tells. Round 23 (people): a pronoun standing for the speaker ('"..." he said
of the visit') is the speaker too, not a participant the pronoun stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Mention
    from .gazetteer import Gazetteer


def unsaid(gaz: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less the persons who say what the sentence tells."""

    def speaks(m: Mention) -> bool:
        if m.kind not in ("person", "pronoun"):
            return False
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        # 'said C.' ends its clause; 'said A met B' is A's meeting.
        return after in gaz.reporting or (before in gaz.reporting and after in ("", ".", ","))

    return [m for m in mentions if not speaks(m)]
