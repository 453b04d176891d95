"""A first draft of curated triples from a news article: ``kg extract``.

Deterministic and offline: spaCy's tokenizer and sentencizer on a blank English
pipeline and an EntityRuler whose phrases come from the reference tables
(countries and their demonyms, rank ladders, post titles, places and the trigger
phrases of ``data/reference/extract_phrases.csv``). Hand-written rules over those
spans find persons with rank, post and country, meetings, signed agreements,
appointments, congratulations and statements of support. Every fact carries the
words of the article that state it, and every candidate a confidence, so that
curating becomes reviewing. The draft is in the curated-triples format of
``data/curated`` and ``kg validate`` reads it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..curation.reading import display_path
from ..errors import KgError, UsageError
from ..model import resources
from ..model.identity import slug
from ..version import __version__
from .dates import article_dates, yearless_date
from .draft import Draft, DraftWriter
from .events import ArticleReader
from .findings import Findings
from .gazetteer import load_gazetteer, pipeline
from .known import Known


def _data_folder_of(output: Path | None) -> Path:
    """The data folder a draft saved at ``output`` belongs to (``DATA/curated/x.tsv``)."""
    if output is None:
        return Path.cwd()
    folder = output.resolve().parent
    return folder.parent if folder.name == "curated" else folder


@dataclass
class Extraction:
    """What ``extract`` returns: the draft's text and what was found."""

    text: str
    source_id: str
    date: str
    date_from: str
    counts: dict[str, int]
    findings: Findings
    facts: list[tuple[str, str, str, str]]


def extract(
    article: Path,
    *,
    date: str | None = None,
    source_id: str | None = None,
    data_dir: Path | None = None,
    output: Path | None = None,
    known: Known | None = None,
    date_option: str = "--date",
) -> Extraction:
    """Read an article and return a draft of curated triples for it.

    ``data_dir`` is the data folder whose curated entities are reused by id and
    against which the draft's ``@text`` path is written; ``output`` is where the
    draft will be saved (only its location is used here). ``known`` is given by a
    batch (``extract_batch``): the curated entities and those of the drafts before.
    ``date_option`` names where ``date`` came from, in messages and the draft's note."""
    try:
        text = article.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{display_path(article)} is not UTF-8 text",
            hint="save the article as UTF-8 plain text",
        ) from exc
    except OSError as exc:
        raise UsageError(
            f"cannot read {display_path(article)}: {exc.strerror}",
            hint="give the path of the article's plain-text file",
        ) from exc
    date_words = ""
    if date is not None:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) or not article_dates(date):
            raise UsageError(f"{date_option} {date!r} is not a date", hint="write it as YYYY-MM-DD")
        date_from = date_option
        stated = [d for d in article_dates(text) if d[1] == date]
        date_words = stated[0][2] if stated else ""
    else:
        stated = article_dates(text)
        if not stated:
            day = yearless_date(text)
            if day is not None:
                line = text[: day[0]].count("\n") + 1
                raise UsageError(
                    f"{display_path(article)}:{line}: the article names the day "
                    f"{day[1]!r} but no year, so its events cannot be dated",
                    hint="pass the article's date: --date YYYY-MM-DD",
                )
            raise UsageError(
                f"{display_path(article)} states no date",
                hint="pass the article's date: --date YYYY-MM-DD",
            )
        date, date_words = stated[0][1], stated[0][2]
        line = text[: stated[0][0]].count("\n") + 1
        date_from = f"{display_path(article)}:{line}"
    if source_id is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", source_id):
        raise UsageError(
            f"--source-id {source_id!r} is not an id",
            hint="use letters, digits, '_', '.' and '-'",
        )
    known = known if known is not None else Known.from_data(data_dir)
    if source_id is None:
        # From the file name; a draft of an article already curated gets its own id.
        source_id = slug(article.stem).replace("-", "_") or "article"
        if source_id in known.sources:
            source_id += "_draft"
    folder = resources.reference_dir(data_dir)
    gaz = load_gazetteer(folder.resolve())
    findings = ArticleReader(gaz, text, date, pipeline(folder.resolve())).read()
    writer = DraftWriter(gaz, known, date, date_words)
    base = data_dir if data_dir is not None else _data_folder_of(output)
    first = next(
        (line.strip() for line in text.splitlines() if sum(w.isalpha() for w in line.split()) > 6),
        "",
    )
    header = [
        ("id", source_id),
        ("title", f"Draft: {first[:100]}" if first else f"Draft of {article.name}"),
        ("date", date),
        ("language", "en"),
        ("text", os.path.relpath(article.resolve(), base.resolve())),
        ("note", f"Drafted by kg extract {__version__}; the date is from {date_from}."),
    ]
    draft = Draft(header)
    writer.persons(draft, findings)
    writer.meetings(draft, findings)
    writer.agreements(draft, findings)
    writer.appointments(draft, findings)
    writer.supports(draft, findings)
    facts = draft.facts()
    known.add(source_id, facts)
    return Extraction(draft.text(), source_id, date, date_from, dict(draft.counts), findings, facts)


@dataclass
class Batch:
    """What ``extract_batch`` returns: the drafts made, each with the path it is to be
    saved at, and the articles that could not be drafted, each with its error."""

    drafts: list[tuple[Path, Extraction]]
    failures: list[tuple[Path, KgError]]


def read_dates(path: Path) -> dict[str, str]:
    """Per-article dates for a batch: a CSV file of ``article,date`` rows (a header
    row is allowed), the article named by its file name or stem."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"cannot read the dates file {display_path(path)}",
            hint="give a UTF-8 CSV file of 'article,date' rows",
        ) from exc
    dates: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in re.split(r"[,\t]", line)]
        if not line.strip() or line.lstrip().startswith("#") or cells[:2] == ["article", "date"]:
            continue
        if len(cells) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[1]):
            raise UsageError(
                f"expected 'article,YYYY-MM-DD', found {line.strip()!r}",
                path=display_path(path),
                line=number,
                hint="one article a line: its file name, a comma and its date",
            )
        dates[cells[0]] = cells[1]
    return dates


def extract_batch(
    articles: list[Path],
    out_dir: Path,
    *,
    date: str | None = None,
    dates: dict[str, str] | None = None,
    data_dir: Path | None = None,
) -> Batch:
    """Drafts of many articles against the same data folder, to be saved in
    ``out_dir`` as ``SOURCE_ID.tsv``. Ids are consistent across the batch: a person,
    post or ministry drafted before is reused by id, and no id is minted twice, so
    that the drafts validate alone and all together with the data folder.

    An article's date is its entry in ``dates`` (by file name or stem), else
    ``date``, else the first date its text states. An article that cannot be
    drafted (no year to date it by, unreadable) does not stop the others: it is
    listed in the result's failures."""
    dates = dates or {}
    known = Known.from_data(data_dir)
    batch = Batch([], [])
    for article in articles:
        source_id = slug(article.stem).replace("-", "_") or "article"
        base, n = source_id, 2
        while source_id in known.sources:
            source_id, n = f"{base}_{n}", n + 1
        output = out_dir / f"{source_id}.tsv"
        listed = dates.get(article.name, dates.get(article.stem))
        try:
            result = extract(
                article,
                date=listed or date,
                source_id=source_id,
                data_dir=data_dir,
                output=output,
                known=known,
                date_option="--dates" if listed else "--date",
            )
        except KgError as exc:
            batch.failures.append((article, exc))
            continue
        batch.drafts.append((output, result))
    return batch
