"""Persons who make a reported statement, named with their post after the name or
with an open title before it: 'X, the ministry's spokesperson, said', 'said X,
Director of ...', 'Press Secretary X told reporters'. The reporting verbs are
words of kind 'report' in extract_phrases.csv, as written; the posts are those of
post_titles.csv, open heads ('Spokesperson', 'Press Secretary') included."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import Mention, span_text
from .listed import ListedAttendees
from .names import is_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The most words of an apposition between a name and its closing comma.
_APPOSITION_WORDS = 12
_CLOSERS = (",", ".", ";", ":", "\u2014", "\u2013")


class ReportingRules(ListedAttendees):
    """A person named beside a reporting verb with a post in apposition."""

    def more_mentions(self, doc: Doc, sent: Span, actors: list[Mention], taken: set[int]) -> None:
        super().more_mentions(doc, sent, actors, taken)
        i = sent.start
        while i < sent.end:
            if i in taken or not is_name(doc[i].text) or doc[i].ent_type_:
                i += 1
                continue
            end = self.name_end(doc, i, sent.end)
            words = span_text(doc[i:end]).split() if end > i else []
            stop = self.reported(doc, sent, i, end) if 2 <= len(words) <= 4 else None
            if stop is None or self.find(span_text(doc[i:end])) is not None:
                i = max(end, i + 1)
                continue
            first, last = min(i, stop[0]), max(end, stop[1])
            cues = self.cues(doc, first, last)
            person = self.person(
                span_text(doc[i:end]),
                span_text(doc[first:last]),
                "reported statement",
                post=cues.get("post"),
                country=cues.get("country"),
            )
            actors.append(Mention(i, end, [person]))
            taken.update(range(i, end))
            i = end
        actors.sort(key=lambda a: a.start)

    def reported(self, doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int] | None:
        """Where the post that goes with a name beside a reporting verb starts and
        stops: 'X, the ministry's spokesperson, said' and 'said X, the Pentagon
        press secretary' (a post in a comma-closed apposition), or 'Press
        Secretary X said' (a post just before the name); None for another shape."""
        before = doc[start - 1] if start > sent.start else None
        if (
            before is not None
            and before.ent_type_ == "POST"
            and end < sent.end
            and doc[end].text in self.gaz.reporting
        ):
            post = next(e for e in sent.ents if e.start <= start - 1 < e.end)
            return post.start, end
        if end >= sent.end or doc[end].text != ",":
            return None
        close = end + 1
        while close < sent.end and doc[close].text not in _CLOSERS:
            if close - end > _APPOSITION_WORDS or doc[close].text in self.gaz.reporting:
                return None
            close += 1
        posts = [e for e in sent.ents if e.label_ == "POST" and end < e.start and e.end <= close]
        if not posts:
            return None
        said_after = close + 1 < sent.end and doc[close].text == ","
        said_after = said_after and doc[close + 1].text in self.gaz.reporting
        said_before = before is not None and before.text in self.gaz.reporting
        if not (said_after or said_before):
            return None
        return end + 1, close
