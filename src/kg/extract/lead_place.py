"""Session 28 (places): the city the article's opening paragraphs give its talks,
for a meeting guessed from a later sentence. 'SEOUL, April 8 (Agency) -- The two
countries agreed ... during high-level talks in Strelsau on Monday' and only later
'The minister led her delegation; Ruritania was represented by B': no sentence
says who met, so the meeting is guessed (kg.extract.guess), and before it took the
dateline's city, where the agency files, not where the talks were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

# How many paragraphs open an article (a page's header lines, a headline, a
# dateline, the lede).
_LEAD_PARAGRAPHS = 5
# How many tokens after a word for talks the city may stand ('talks in Strelsau',
# 'a session of talks at the naval headquarters in Strelsau').
_WITHIN = 12
_TALKS = {"talks", "meeting", "meetings", "session", "consultations", "discussions"}


def lead_place(gaz: Gazetteer, docs: list[Doc]) -> tuple[str, str] | None:
    """The city (``place:ID``) after 'in' or 'at' that first follows a word for
    talks in the article's opening paragraphs, with the sentence's words; None where
    they name none so, or speak of talks to come."""
    for doc in docs[:_LEAD_PARAGRAPHS]:
        for sent in doc.sents:
            text = span_text(sent)
            if gaz.speaks_of("future", text):
                continue
            talks = [t.i for t in sent if t.lower_ in _TALKS]
            for ent in sent.ents:
                if ent.label_ != "PLACE" or ent.start == sent.start:
                    continue
                if doc[ent.start - 1].lower_ not in ("in", "at"):
                    continue
                if any(0 < ent.start - i <= _WITHIN for i in talks):
                    return f"place:{ent.ent_id_}", text
    return None
