"""What several commands share: reading options, opening a build, printing tables."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KgError

if TYPE_CHECKING:
    from ..graph.analysis import Link
    from ..graph.projection import Index
    from ..sparql.endpoint import Endpoint


def source_of(args: argparse.Namespace) -> str | None:
    """The build folder or endpoint URL a reading command was given (None: the last build)."""
    from ..sparql.remote import is_url

    if args.build is not None and is_url(args.build):
        raise usage_error(
            f"--build {args.build!r} is a URL", f"read an endpoint with --endpoint {args.build}"
        )
    if args.endpoint is not None and not is_url(args.endpoint):
        raise usage_error(
            f"--endpoint {args.endpoint!r} is not an http(s) URL",
            f"read a build folder with --build {args.endpoint}",
        )
    found: str | None = args.build or args.endpoint or args.store
    return found


def usage_error(message: str, hint: str) -> KgError:
    from ..errors import UsageError

    return UsageError(message, hint=hint)


def write_text(path: Path, text: str) -> None:
    """Write a whole file or nothing: a failed write leaves the old file as it was."""
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise usage_error(
            f"cannot write {path}: {exc.strerror}", "choose a writable path with -o"
        ) from exc


def date_option(value: str | None, option: str) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise usage_error(f"{option} {value!r} is not a date", f"write {option} YYYY-MM-DD")
    return value


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise usage_error(
                f"--param {pair!r} is not KEY=VALUE", "write e.g. --param person=zakir-hasanov"
            )
        params[key.strip()] = value
    return params


def open_index(store: str | None) -> tuple[Index, Endpoint]:
    from ..graph.projection import Index
    from ..sparql.endpoint import open_endpoint
    from .progress import terminal_progress

    endpoint = open_endpoint(store)
    # A stale index is rebuilt from the store: minutes at scale, shown on a terminal.
    with terminal_progress() as progress:
        index = Index.from_endpoint(endpoint, progress)
    return index, endpoint


def text_table(columns: list[str], rows: list[list[object]]) -> str:
    cells = [[f"{v:g}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = [min(w, 70) for w in widths]

    def line(values: list[str]) -> str:
        shown = [
            v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(values, widths, strict=True)
        ]
        return "  " + "  ".join(v.ljust(w) for v, w in zip(shown, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    if not cells:
        out.append("  (none)")
    return "\n".join(out)


def fact_lines(index: Index, fact: Link) -> list[str]:
    from ..model.status import FactStatus

    how = "asserted" if fact.status == FactStatus.ASSERTED else f"inferred by {fact.derived_by}"
    lines = [
        f"{index.label(fact.subject)} --{fact.predicate}--> {index.label(fact.object)}  [{how}]"
    ]
    for event in fact.grounds:
        # An imported event names its record: the file it was read from, and the line.
        files = [
            f for file in index.objects(event, "fromFile") for f in index.values(file, "sourceFile")
        ]
        numbers = index.values(event, "sourceLine")
        record = f", {files[0]}:{numbers[0]}" if files and numbers else ""
        lines.append(
            f"      event:  {index.label(event)} ({index.date(event) or 'no date'}){record}"
        )
    if fact.grounds_total > len(fact.grounds):
        lines.append(f"      ... and {fact.grounds_total - len(fact.grounds)} more events")
    for src in fact.sources:
        lines.append(f"      source: {src.title} ({src.date}), {src.file}:{src.line}")
        lines.append(f'      quote:  "{src.quote}"')
    return lines
