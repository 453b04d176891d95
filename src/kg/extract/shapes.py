"""More shapes in which news introduces a person without a rank before the name:
'his Turkish counterpart Hulusi Demirtas', 'Kenji Watanabe, Ambassador of Japan
to the Philippines', 'Defence ministers A of Indonesia and B of Australia'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import settle
from .dates import WEEKDAYS
from .findings import Mention, Person, span_text
from .people import PersonRules, clean_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class NewsShapes(PersonRules):
    """The rules for persons introduced by a counterpart, an apposition after the
    name, or 'of COUNTRY' after it."""

    def more_mentions(self, doc: Doc, sent: Span, actors: list[Mention], taken: set[int]) -> None:
        i = sent.start
        while i < sent.end:
            if i in taken or not doc[i].text[:1].isupper():
                i += 1
                continue
            end = self.name_end(doc, i, sent.end)
            name = clean_name(span_text(doc[i:end])) if end > i else ""
            if len(name.split()) < 2 or self.find(name) is not None:
                i = max(end, i + 1)
                continue
            found = self.introduced(doc, sent, i, end, name, actors)
            if found is not None:
                person, start, stop = found
                actors.append(Mention(start, stop, [person]))
                taken.update(range(start, stop))
                i = stop
            else:
                i = max(end, i + 1)
        actors.sort(key=lambda a: a.start)

    def introduced(
        self, doc: Doc, sent: Span, start: int, end: int, name: str, actors: list[Mention]
    ) -> tuple[Person, int, int] | None:
        """The person a name introduces, with where the mention starts and stops."""
        before = start - 1
        if before > sent.start and doc[before].text == ",":
            before -= 1
        if before >= sent.start and doc[before].lower_ == "counterpart":
            # 'his Turkish counterpart Hulusi Demirtas': the post of the subject,
            # the country of the demonym.
            first = before
            demonym = doc[before - 1] if before > sent.start else None
            country = None
            if demonym is not None and demonym.ent_type_ == "DEMONYM":
                country, first = demonym.ent_id_, before - 1
            subject = next((a.persons[0] for a in actors if a.end <= start), self.subject)
            # A subject's post still waiting for its country ('Defense Minister X met
            # his Romanian counterpart Y') is the counterpart's post too.
            post = (subject.post or subject.pending_post) if subject is not None else None
            if first > sent.start and doc[first - 1].lower_ in ("his", "her", "their"):
                first -= 1
            person = self.person(
                name, span_text(doc[first:end]), "counterpart", post=post, country=country
            )
            return person, first, end
        stop, cues = self.apposition(doc, sent, end)
        if cues.get("post") and cues.get("country"):
            person = self.person(
                name,
                span_text(doc[start:stop]),
                "name, post and country",
                post=cues["post"],
                country=cues["country"],
                host=cues.get("host"),
            )
            return person, start, stop
        # The first person named in the sentence, or one joined by 'and' to another.
        listed = all(a.end > start for a in actors) or doc[start - 1].lower_ == "and"
        # ... or the next of a list whose items are closed by commas ('attended by
        # General A, Chief of Staff, B, Under-Secretary of ..., and C').
        listed = listed or (doc[start - 1].text == "," and any(a.end == start - 1 for a in actors))
        # The apposition is closed by a comma ('A, Minister of State ..., and B'), and
        # the name has no word of a title or a date ('Defense On Tuesday').
        closed = stop < sent.end and doc[stop].text == ","
        plain = not any(w in self.gaz.title_words or w.lower() in WEEKDAYS for w in name.split())
        if cues.get("post") and cues["post"].post and listed and closed and plain:
            # 'A, Minister of State for Defence Affairs, and B, ... signed': a post
            # without its country, settled from the context after reading.
            person = self.person(
                name, span_text(doc[start:stop]), "name and post", post=cues["post"]
            )
            return person, start, stop
        country = self.country_after(doc, end, sent.end)
        if country and before >= sent.start and doc[before].lower_ == "and":
            # 'A of Indonesia and B of Australia': B holds the post A holds.
            previous = next((a for a in reversed(actors) if a.end <= before), None)
            if previous is not None and previous.persons[0].post is not None:
                post = previous.persons[0].post
                stop = end + 2 if doc[end + 1].lower_ != "the" else end + 3
                person = self.person(
                    name, span_text(doc[start:stop]), "post and country", post=post, country=country
                )
                return person, start, stop
        return None

    def settle_countries(self) -> None:
        """Countries of posts named without one, from the article's context; persons
        named only in passing are left out (kg.extract.context)."""
        settle(self.gaz, self.findings, self.places)
