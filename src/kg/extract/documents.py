"""Signed documents as articles name them: the titles after 'signed', the kind of
document a title names, where a title stops, and one document for a signing told
twice (moved out of kg.extract.events, which was near its size limit)."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from ..model.identity import normalise
from .dates import WEEKDAYS
from .findings import Signed

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Meeting, Person

DOCUMENT_WORDS = {
    "plan": "Plan",
    "programme": "Plan",
    "program": "Plan",
    "roadmap": "Plan",
    "agreement": "Agreement",
    "memorandum": "Agreement",
    "protocol": "Agreement",
    "treaty": "Agreement",
    "declaration": "Agreement",
    "accord": "Agreement",
    "arrangement": "Agreement",
    "deal": "Agreement",
    "pact": "Agreement",
    "contract": "Agreement",
    "documents": "Agreement",
    "document": "Agreement",
    "letter of intent": "Agreement",
    "statement of intent": "Agreement",
    # Round 7: 'signed the MoU', 'a Defence Cooperation Framework',
    # 'the Ministers signed Intention Letter'.
    "mou": "Agreement",
    "framework": "Agreement",
    "letter of intention": "Agreement",
    "intention letter": "Agreement",
    # Round 22: 'the signing of the Exchange of Letters (EoL)', a diplomatic form.
    "exchange of letter": "Agreement",
    "exchange of notes": "Agreement",
    # Session 17: 'signed the handover certificate', 'signed the minutes of the
    # talks', 'signed a Statement of Partnership'.
    "certificate": "Agreement",
    "minutes": "Agreement",
    "statement of partnership": "Agreement",
    # Session 32: 'held talks and signed a joint statement on ...', 'signed a
    # statement to deepen ties': a statement two sides sign is a document.
    "statement": "Agreement",
}
# 'two agreements', 'three memoranda': documents counted, not named.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Up to a dozen, and in figures ('Eight memoranda were signed', '12 agreements';
# session 24: the gold counts each document).
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNTS |= {str(n): n for n in range(2, 13)}
_COUNTED = re.compile(rf"({'|'.join(_COUNTS)})\s+\w", re.I)
NTH = re.compile(r"\((\d{1,2}) of (\d{1,2})\)\Z")
_REPORTING = {"said", "says", "told", "reported", "reports", "according", "announced"}
_DAY_WORDS = {*WEEKDAYS, *(m.lower() for m in calendar.month_name[1:])}


def title_end(doc: Doc, start: int, end: int) -> int:
    """Where a document's title stops: before 'in Lima', 'at the ministry', 'on
    Monday', 'on 3 May' after it."""
    for i in range(start + 1, end - 1):
        word, after = doc[i].lower_, doc[i + 1]
        if word == ",":
            clause = next((j for j in range(i + 1, end) if doc[j].text == ","), end)
            if any(doc[j].lower_ in _REPORTING for j in range(i + 1, clause)):
                return i  # ', officials said on Friday'
            continue
        if (word in ("in", "at") and after.ent_type_ == "PLACE") or (
            word == "at" and after.lower_ == "the"
        ):
            return i
        if word == "on" and (after.like_num or after.lower_ in _DAY_WORDS):
            return i
        if doc[i].ent_iob_ == "B" and doc[i].ent_id_ in ("joined-by", "occasion"):
            return i  # 'in the presence of X', 'on the sidelines of ...'
        if word == "during" and after.lower_ in ("a", "the", "their", "his", "her"):
            return i  # 'two agreements during a meeting in Astana'
    return end


def documents(words: str) -> list[tuple[str, str]]:
    """The titles of the documents in 'the Plan for 2020 and a memorandum on X'."""
    words = re.split(r",\s*(?:which|that|under which)\b|\s+and\s+agreed\b", words)[0]
    # 'signed within the framework of the visit': no framework signed (round 7).
    words = re.sub(r"\b(?:within|in|under)\s+the\s+framework\s+of\b", "", words, flags=re.I)
    # '..., as well as an agreement on ...' (session 17) lists a document too.
    parts = re.split(r",?\s+(?:and|as well as)\s+(?=(?:a|an|the)\s)", words)
    found = []
    for part in parts:
        part = part.strip()
        lowered = part.lower()
        # 'whether they signed any agreement': no document signed (round 22).
        if not part or lowered.startswith(("no ", "none", "nothing", "any ")):
            continue
        cls = next(
            (c for w, c in DOCUMENT_WORDS.items() if re.search(rf"\b{_plural(w)}\b", lowered)),
            None,
        )
        if cls is None:
            continue
        title = re.sub(r"^(?:a|an|the)\s+", "", part, flags=re.I)
        title = title[0].upper() + title[1:]
        counted = _COUNTED.match(title)
        if counted is None:
            found.append((title, cls))
            continue
        # 'signed two agreements': as many documents, for the curator to name.
        n = _COUNTS[counted.group(1).lower()]
        found += [(f"{title} ({k} of {n})", cls) for k in range(1, n + 1)]
    return found


def document_word(word: str) -> bool:
    """Whether the one word is a document's noun ('memorandum', 'agreements')."""
    return any(" " not in w and re.fullmatch(_plural(w), word, re.I) for w in DOCUMENT_WORDS)


def _plural(word: str) -> str:
    """A document word and its plural ('agreements', 'memoranda', 'memorandums')."""
    if word.endswith("um"):
        return rf"{word[:-2]}(?:um|a|ums)"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return rf"{word[:-1]}(?:y|ies)"  # 'treaties' (session 32)
    return rf"{word}s?" if not word.endswith("s") else word


def kind(title: str) -> str:
    """The kind of document a title names: the document word it names first."""
    lowered = title.lower()
    # Plurals name their kind too ('two memoranda', 'the MoUs'; round 22).
    words = [(w, _plural(w)) for w in DOCUMENT_WORDS]
    found = [(m.start(), w) for w, p in words if (m := re.search(rf"\b{p}\b", lowered))]
    first = min(found)[1] if found else ""
    return "memorandum" if first == "mou" else first  # 'the MoU': a memorandum


def kinds(text: str) -> set[str]:
    """The kinds of document a text names ('the EoL to amend the MoU': two)."""
    lowered = text.lower()
    found = {w for w in DOCUMENT_WORDS if re.search(rf"\b{_plural(w)}\b", lowered)}
    return {"memorandum" if w == "mou" else w for w in found}


def once_each(signed: list[Signed]) -> list[Signed]:
    """One document for a signing told twice in other words: 'A and B signed a
    memorandum on space flights', then 'a memorandum on cooperation in space ...
    The document, signed by A and B': the same kind of document, the same
    signatories, the same day. Documents of different kinds stay apart."""
    kept: list[Signed] = []
    for document in signed:
        people = {id(p) for p in document.signatories}
        counted = NTH.search(document.title)
        same = next(
            (
                k
                for k in kept
                # A date that is only the article's may be told again with the day
                # (round 7): 'A and B have signed a memorandum' then '... The
                # document, signed by A and B' after the meeting of Tuesday.
                if (k.date == document.date or (people and not (k.dated and document.dated)))
                and kind(k.title) == kind(document.title)
                and k.evidence != document.evidence
                and (
                    (people and {id(p) for p in k.signatories} == people)
                    # 'A and B signed two agreements.' then 'Two agreements were
                    # signed: X and Y': the same two, counted again.
                    # Or 'X and Y signed two memoranda' by the countries, then 'A and
                    # B signed the two MoUs': the same two, now with names (round 22).
                    or (
                        (not people or not k.signatories)
                        and counted is not None
                        and (nth := NTH.search(k.title)) is not None
                        and nth.group(0) == counted.group(0)
                    )
                )
            ),
            None,
        )
        if same is None:
            kept.append(document)
        else:
            same.add_signatories(document.signatories)
            same.meeting = same.meeting or document.meeting
            same.provisions += document.provisions
            if document.dated and not same.dated:
                same.date, same.dated = document.date, True
    return kept


def signed_before(signed: list[Signed], title: str) -> Signed | None:
    """The document read before that a title names again: the earlier title (without
    its bracketed abbreviation), of two words or more, within the new one."""
    words = normalise(title)
    for earlier in reversed(signed):
        if NTH.search(earlier.title) and NTH.search(title):
            continue  # 'two agreements': the first and the second are two
        core = normalise(earlier.title.split("(")[0])
        if len(core.split()) >= 2 and f" {core} " in f" {words} ":
            return earlier
    return None


def signed_again(
    latest: Signed,
    signatories: list[Person],
    meeting: Meeting | None,
    text: str,
    confidence: float,
    day: tuple[str, bool, bool],
) -> None:
    """'The document was signed on May 12 by A and B': the document last mentioned,
    signed once; its signatories are now told. ``day``: the day this sentence dates
    the signing by, whether it states it and whether it tells one at all ('last
    week'); the day of the first telling stays where this one tells none ('Last
    Friday, X signed a deal ...' then 'The agreement was signed by A and B'; session
    17)."""
    latest.signatories, latest.meeting = signatories, meeting
    latest.evidence = text
    signed_on, stated, told = day
    if told or not latest.dated:
        latest.date, latest.dated = signed_on, stated
    latest.confidence = max(latest.confidence, confidence)
    cls = documents(latest.title)[0][1] if documents(latest.title) else latest.cls
    if cls == "Plan" and latest.period and signatories:
        latest.cls = "Plan"
