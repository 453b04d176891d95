"""The commands that read curated data and write builds: validate, build, import,
extract, docs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import KgError, Problem
from .common import usage_error, write_text
from .progress import terminal_progress


def print_warnings(warnings: list[Problem], summary: str = "") -> None:
    """Each warning at its ``path:line`` with its fix, on stderr, then ``summary``
    (with the count) when there are any."""
    for warning in sorted(warnings, key=lambda p: (p.path, p.line, p.message)):
        print(warning, file=sys.stderr)
    if warnings and summary:
        print(
            f"{len(warnings)} warning(s) in {len({w.path for w in warnings})} file(s); {summary}",
            file=sys.stderr,
        )


def validate_command(args: argparse.Namespace) -> int:
    from ..curation.validation import validate

    files = [f for f in args.files] or None
    for file in files or []:
        if not file.is_file():
            raise usage_error(f"no such curated file: {file}", "check the path")
    curated = validate(args.data, files, strict=args.strict)
    facts = len(curated.resolved)
    print_warnings(curated.warnings)
    found = f"{len(curated.warnings)} warning(s)" if curated.warnings else "no problems"
    print(f"ok: {len(curated.sources)} source(s), {facts} curated facts, {found}")
    return 0


def extract_command(args: argparse.Namespace) -> int:
    from ..curation.reading import display_path
    from ..extract import extract, extract_batch, read_dates
    from ..extract.evaluation import Reading, combined, report_lines, score, unmet

    data = args.data
    if data is not None and not data.is_dir():
        raise usage_error(f"no data folder at {data}", "pass --data DIR or leave it out")
    if data is None and Path("data", "curated").is_dir():
        data = Path("data")
    batch = len(args.article) > 1
    targets = args.min_precision is not None or args.min_recall is not None
    if targets and args.eval is None:
        raise usage_error("--min-precision and --min-recall need --eval GOLD", "add --eval GOLD")
    if batch and args.source_id is not None:
        raise usage_error("--source-id names one draft", "leave it out for several articles")
    if batch and args.output is None and args.eval is None:
        raise usage_error("several articles need -o DIR, the folder for their drafts", "add -o DIR")
    if batch and args.output is not None and args.output.is_file():
        raise usage_error(f"{args.output} is a file", "give a folder for the drafts: -o DIR")
    golds: list[Path] = []
    if args.eval is not None:
        golds = [
            args.eval / f"{a.stem}.tsv" if args.eval.is_dir() else args.eval for a in args.article
        ]
        if batch and not args.eval.is_dir():
            raise usage_error(
                "several articles need --eval DIR", "give a folder with ARTICLE_NAME.tsv each"
            )
        for gold in golds:
            if not gold.is_file():
                raise usage_error(
                    f"no such gold file: {gold}", "give the path of a curated .tsv file"
                )
    if args.dates is not None and args.date is not None:
        raise usage_error("--date and --dates both give dates", "keep one of them")
    failures: list[tuple[Path, KgError]] = []
    if batch or (args.output is not None and args.output.is_dir() and args.source_id is None):
        out_dir = args.output if args.output is not None else Path(".")
        dates = read_dates(args.dates) if args.dates is not None else None
        drafted = extract_batch(args.article, out_dir, date=args.date, dates=dates, data_dir=data)
        results, failures = drafted.drafts, drafted.failures
    else:
        if args.dates is not None:
            date = read_dates(args.dates)
            args.date = date.get(args.article[0].name, date.get(args.article[0].stem))
        output = args.output
        one = extract(
            args.article[0],
            date=args.date,
            source_id=args.source_id,
            data_dir=data,
            output=output,
        )
        results = [(output, one)] if output is not None else [(Path("-"), one)]
    for path, result in results:
        found = ", ".join(f"{n} {kind}" for kind, n in result.counts.items()) or "no candidates"
        if args.output is not None:
            write_text(path, result.text)
            print(
                f"Wrote {display_path(path)}: {found}; the date {result.date} is from"
                f" {result.date_from}.",
                file=sys.stderr,
            )
        elif args.eval is None:
            sys.stdout.write(result.text)
    for _, error in failures:
        print(f"kg extract: not drafted: {error}", file=sys.stderr)
    if failures:
        print(
            f"{len(failures)} of {len(args.article)} articles not drafted; the others were.",
            file=sys.stderr,
        )
    failed_code = max((error.exit_code for _, error in failures), default=0)
    if args.eval is None:
        return failed_code
    # An article that could not be drafted is scored as an empty draft.
    facts: dict[Path, list[tuple[str, str, str, str]]] = {a: [] for a, _ in failures}
    facts.update(
        (article, result.facts)
        for article, (_, result) in zip(
            [a for a in args.article if a not in facts], results, strict=True
        )
    )
    runs = [
        (article.name, score(Reading.of(facts[article]), Reading.read(gold)))
        for article, gold in zip(args.article, golds, strict=True)
    ]
    scores = runs[0][1] if not batch else combined(runs)
    if batch:
        print(f"{len(runs)} articles, micro-averaged:")
    print("\n".join(report_lines(scores)))
    missed = unmet(scores, args.min_precision, args.min_recall)
    for line in missed:
        print(f"target not met: {line}")
    return max(failed_code, 1 if missed else 0)


def build_command(args: argparse.Namespace) -> int:
    from ..api import build
    from ..curation.reading import display_path
    from ..reasoning import Reasoner
    from ..sparql.remote import is_url, remote, upload

    if args.upload is not None and not is_url(args.upload):
        raise usage_error(
            f"--upload {args.upload!r} is not an http(s) URL",
            "e.g. --upload http://127.0.0.1:7878",
        )
    reasoner = Reasoner.NONE if args.no_reason else Reasoner[args.reasoner.upper()]
    with terminal_progress() as progress:
        result = build(
            args.data,
            args.build,
            reasoner=reasoner,
            full=args.full,
            strict=args.strict,
            progress=progress,
        )
    out = display_path(result.out)
    print_warnings(
        result.warnings, "built anyway (kg build --strict fails on them; kg validate lists them)"
    )
    if result.changed is not None:
        added, removed = result.changed
        print(
            f"Updated {out}/ in {result.seconds:.1f} s: {added} curated fact(s) added and"
            f" {removed} removed in the store that also holds {', '.join(result.imports)};"
            " the imported data were not rebuilt (kg build --full does that)."
        )
    print(f"Built {out}/ in {result.seconds:.1f} s from {len(result.sources)} source(s).")
    print("  Sources:")
    for source_id, title, date in result.sources:
        print(f"    {source_id}  {date}  {title}")
    print("  Entities per class (asserted and inferred types):")
    width = max(len(c) for c in result.class_counts)
    for cls, n in result.class_counts.items():
        print(f"    {cls:<{width}}  {n:>5}")
    by = ", ".join(f"{how} {n}" for how, n in result.inferred_by.items())
    print(
        f"  Facts: {result.asserted} asserted (from {result.curated_lines} curated facts),"
        f" {result.inferred} inferred ({by}), {result.provenance} provenance triples"
    )
    if result.reasoner is Reasoner.NONE:
        print(
            "  Reasoning: skipped (--no-reason); facts that need OWL reasoning,"
            " such as who represents which country, are missing."
        )
    print(f"  Wrote: {', '.join(out + '/' + f for f in result.files)}")
    if args.upload:
        target = remote(args.upload, args.update_url)
        with terminal_progress() as progress:
            sent = upload(target, result.out, progress=progress)
        print(
            f"  Loaded {sum(sent.values())} triples in {len(sent)} named graphs"
            f" into {target.update_url}"
        )
    return 0


def import_command(args: argparse.Namespace) -> int:
    from ..curation.reading import display_path
    from ..icews.importer import import_icews

    with terminal_progress() as progress:
        result = import_icews(args.files, args.build, args.dataset, progress)
    report = result.report

    def counts(counter: dict[str, int]) -> str:
        return ", ".join(f"{k} {v:,}" for k, v in sorted(counter.items(), key=lambda x: -x[1]))

    verb = "Replaced" if result.replaced else "Imported"
    print(
        f"{verb} data set {result.dataset!r} in {display_path(result.out)}/ in"
        f" {result.seconds:.1f} s: {report.records:,} records from {len(report.files)} file(s),"
        f" {report.quads:,} facts; the store now holds {result.store_quads:,} quads."
    )
    print(f"  Events: {counts(report.events)}")
    print(f"  Actors ({report.actor_count:,}): {counts(report.actors)}")
    unclassified = len(report.unclassified)
    print(
        f"  Unclassified actors (kg:Agent): {unclassified:,}"
        f" ({100 * report.unclassified_share:.1f}%)"
        + (f", e.g. {', '.join(sorted(report.unclassified)[:5])}" if unclassified else "")
    )
    if report.unknown_actions:
        unknown = counts(report.unknown_actions)
        print(f"  Actions not in the CAMEO table (kept as kg:Interaction): {unknown}")
    print(f"  Resolved to curated entities: {len(report.resolved)}")
    for name, res in sorted(report.resolved.items()):
        print(f"    {name} -> {res.entity.rsplit('/', 1)[-1] if res.entity else ''} (by {res.how})")
    if report.ambiguous:
        print(f"  Ambiguous, not merged ({len(report.ambiguous)}): declare an alias to decide")
        for name, res in sorted(report.ambiguous.items()):
            candidates = ", ".join(c.rsplit("/", 1)[-1] for c in res.candidates)
            print(f"    {name} -> {candidates} (by {res.how})")
    by_rule = ", ".join(f"{rule}: {n}" for rule, n in report.merges.by_rule().items())
    print(
        f"  Spellings of one person merged: {len(report.merges.into)} (kg query merges)"
        + (f" [{by_rule}]" if by_rule else "")
        + f"; kept apart (not corroborated by the data): {len(report.merges.kept_apart)}"
    )
    print(f"  Inferred: {result.inferred_added:,} new facts in {result.rounds} rounds")
    print(f"  Full report: {display_path(result.out)}/imports/{result.dataset}.json")
    return 0


def docs_command(args: argparse.Namespace) -> int:
    from ..model.ontodoc import render
    from ..model.ontology import load_graph

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(load_graph()), encoding="utf-8")
    print(f"Wrote {args.output}")
    return 0
