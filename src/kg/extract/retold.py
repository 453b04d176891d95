"""One signing told twice (round 17): a news story tells a signing in its lede by
the countries ('Ruritania signs a defence accord with Utopia', 'representatives
of X and Y signed a memorandum') and again further down with the signatories'
names, often in other words ('the framework agreement was signed by A and B');
or it names one signatory first and both later. Each such pair is one document:
the mention with the signatories stays, and takes the better date of the two."""

from __future__ import annotations

from .documents import NTH, kind
from .findings import Signed

# Words that name no kind of document of their own: 'the document', 'the deal',
# 'a pact', 'the accord' may stand for any document told in the article.
_ANY_KIND = {"document", "documents", "deal", "pact", "accord", ""}


def _kinds_agree(a: Signed, b: Signed) -> bool:
    ka, kb = kind(a.title), kind(b.title)
    return ka == kb or ka in _ANY_KIND or kb in _ANY_KIND


def _same_day(a: Signed, b: Signed) -> bool:
    """The same day, or a day that is only the article's on one side."""
    return a.date == b.date or not (a.dated and b.dated) or not a.date or not b.date


def _absorb(kept: Signed, told: Signed) -> None:
    """``told`` is ``kept`` again: its signatories, provisions and told day join."""
    kept.add_signatories(told.signatories)
    kept.provisions += [p for p in told.provisions if p not in kept.provisions]
    if told.dated and not kept.dated:
        kept.date, kept.dated = told.date, True
    if kept.meeting is None:
        kept.meeting = told.meeting


def _people(document: Signed) -> set[int]:
    return {id(p) for p in document.signatories}


def _told_again(first: Signed, later: Signed) -> bool:
    """Whether ``later`` (read after ``first``, in another sentence) is ``first``
    told again: the lede's document with no signatory and a named signing of that
    day; or signatories that are a part of the other's (of the same day and, when
    they are the same people, of agreeing kinds)."""
    if first.evidence == later.evidence or NTH.search(first.title) or NTH.search(later.title):
        return False  # one sentence's documents, or counted ones, are several
    if not _same_day(first, later):
        return False
    a, b = _people(first), _people(later)
    if not a:
        return bool(b)  # the lede by the countries, then the names
    if not b:
        return False  # a document with no signatory told after a named one stays
    if a == b:
        return _kinds_agree(first, later)
    return a < b or b < a


def _told_with_others(document: Signed, signed: list[Signed]) -> bool:
    """Whether the document's sentence tells other documents too ('an MoU on
    training and a defence industry agreement'): a named signing told later is
    then only the one of its own kind, not each of them."""
    return any(d is not document and d.evidence == document.evidence for d in signed)


def one_signing(signed: list[Signed]) -> list[Signed]:
    """Each signing once: of mentions of one document (``_told_again``) the one
    with the most signatories stays, with the others' signatories and told day
    (a headline and a lede by the countries may both come before the names)."""
    kept: list[Signed] = []
    for document in signed:
        same = [
            k
            for k in kept
            if _told_again(k, document)
            and (k.signatories or _kinds_agree(k, document) or not _told_with_others(k, signed))
        ]
        if not same:
            kept.append(document)
            continue
        best = max([*same, document], key=lambda d: len(d.signatories))
        for other in [*same, document]:
            if other is not best:
                _absorb(best, other)
        kept = [k for k in kept if all(k is not s for s in same) or k is best]
        if best is document:
            kept.append(document)
    return kept
