"""The ``kg`` command: parses arguments, calls the library, formats output.

Exit codes: 0 ok, 1 data problems, 2 usage errors, 3 environment problems.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import KgError, ValidationFailed
from .graph.analysis import EXPORT_FORMATS, Fact
from .graph.projection import PROJECTIONS, Index
from .sparql.endpoint import Endpoint
from .sparql.library import FORMATS
from .version import __version__


def add_store(command: argparse.ArgumentParser) -> None:
    """The store a reading command uses: the last build unless told otherwise."""
    command.add_argument(
        "--store", help="build folder, store folder or SPARQL endpoint URL (default: build)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="A knowledge graph of state actors, built from curated article triples.",
        epilog="Exit codes: 0 ok, 1 data problems, 2 usage errors, 3 environment problems.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = sub.add_parser("validate", help="check the curated files and report every problem")
    validate.add_argument("files", nargs="*", type=Path, help="curated files (default: all)")
    validate.add_argument("--data", type=Path, default=Path("data"), help="data folder")

    build = sub.add_parser("build", help="validate, reason and write the build folder")
    build.add_argument("--data", type=Path, default=Path("data"), help="data folder")
    build.add_argument("--out", type=Path, default=Path("build"), help="output folder")
    build.add_argument(
        "--store",
        metavar="URL",
        help="also load the build into this SPARQL 1.1 endpoint (query URL or server URL)",
    )
    build.add_argument(
        "--update-url", help="the endpoint's update URL, when it is not the sibling /update"
    )
    build.add_argument(
        "--reasoner",
        choices=("hermit", "rules"),
        default="hermit",
        help="hermit: HermiT through owlready2 (needs Java); rules: OWL RL rules from the"
        " ontology, run in Oxigraph (no Java, same facts on the curated data)",
    )
    build.add_argument(
        "--no-reason",
        action="store_true",
        help="no OWL reasoning (no Java needed); only hierarchy closure and rules are inferred",
    )

    build.add_argument(
        "--full",
        action="store_true",
        help="when the build holds imported data: rebuild everything and import them again"
        " (default: apply only the changed curated facts to the store)",
    )

    imp = sub.add_parser(
        "import",
        help="import event data (ICEWS) into the build's store",
        description="Map ICEWS records (subject, CAMEO action, object, date) into the"
        " ontology, resolve actors against the curated entities, and close the store"
        " under the rules. Importing a data set again replaces it.",
    )
    imp.add_argument("kind", choices=("icews",), help="the kind of data")
    imp.add_argument("files", nargs="+", type=Path, help="data files (.tsv)")
    imp.add_argument("--out", type=Path, default=Path("build"), help="build folder")
    imp.add_argument(
        "--dataset", help="name of the data set (default: the first file's name, e.g. icews14)"
    )

    sub.add_parser("queries", help="list the named queries of the library and their parameters")

    query = sub.add_parser(
        "query",
        help="run a named query, a SPARQL string or a .rq file",
        description="Run a query of the library by NAME, or --sparql TEXT, or --file Q.rq."
        " Parameters are bound as RDF terms, never pasted into the query.",
    )
    query.add_argument("name", nargs="?", help="a named query (see `kg queries`)")
    source = query.add_mutually_exclusive_group()
    source.add_argument("--sparql", help="the query text")
    source.add_argument("--file", type=Path, help="a file with the query")
    query.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a parameter; entities by id or label (repeatable)",
    )
    query.add_argument("--format", "-f", choices=FORMATS, default="table")
    add_store(query)
    query.add_argument(
        "--timeout", type=float, default=60.0, help="time limit in seconds (default 60)"
    )

    serve = sub.add_parser(
        "serve",
        help="serve the build as a SPARQL endpoint (Oxigraph server)",
        description="Serve the last build as a SPARQL 1.1 Protocol endpoint: queries at"
        " /query, updates at /update, a query page at /. Read-only unless --writable.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    serve.add_argument("--build", type=Path, default=Path("build"), help="build folder")
    serve.add_argument(
        "--timeout", type=int, default=30, help="query time limit in seconds (default 30)"
    )
    serve.add_argument(
        "--writable",
        action="store_true",
        help="accept updates, into a scratch copy that is discarded when the server stops",
    )

    def graph_options(command: argparse.ArgumentParser, projection: str = "actors") -> None:
        command.add_argument(
            "--projection", "-P", choices=PROJECTIONS, default=projection, help="which graph"
        )
        command.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="window start")
        command.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="window end")
        add_store(command)

    analyze = sub.add_parser(
        "analyze", help="centrality, communities, brokers, bilateral ties, per-country summary"
    )
    graph_options(analyze)
    analyze.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    analyze.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table")

    path = sub.add_parser("path", help="shortest relationship paths between two entities")
    path.add_argument("a", help="an entity id or name")
    path.add_argument("b", help="another entity id or name")
    path.add_argument("--limit", type=int, default=3, help="at most this many paths")
    add_store(path)

    near = sub.add_parser("neighbors", help="the entities around one entity (ego network)")
    near.add_argument("entity", help="an entity id or name")
    near.add_argument("--depth", type=int, default=1, help="hops (default 1)")
    add_store(near)

    export = sub.add_parser("export", help="write a projection as GraphML, GEXF or JSON")
    graph_options(export)
    export.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="graphml")
    export.add_argument("-o", "--output", type=Path, help="file (default build/PROJECTION.FORMAT)")

    view = sub.add_parser(
        "view", help="write an interactive HTML graph view (one self-contained file)"
    )
    graph_options(view, "full")
    view.add_argument("--focus", metavar="ENTITY", help="only this entity and its neighbourhood")
    view.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    view.add_argument(
        "--path", nargs=2, metavar=("A", "B"), help="only the shortest paths from A to B"
    )
    view.add_argument("-o", "--output", type=Path, help="file (default build/view-PROJECTION.html)")

    extract = sub.add_parser(
        "extract",
        help="draft curated triples from a news article (needs the 'extract' extra)",
        description="Read an article and write a first draft of its curated triples, each"
        " with its evidence and, in comments, its rule and confidence. Entities already in"
        " the data folder's curated files are reused by id.",
    )
    extract.add_argument("article", type=Path, help="the article as plain UTF-8 text")
    extract.add_argument(
        "--date", help="the article's date, YYYY-MM-DD (default: the first date the text states)"
    )
    extract.add_argument("--source-id", help="the draft's @id (default: from the file name)")
    extract.add_argument("-o", "--output", type=Path, help="write the draft here (default: stdout)")
    extract.add_argument(
        "--data", type=Path, help="data folder whose entities are reused (default: data, if any)"
    )
    extract.add_argument(
        "--eval",
        type=Path,
        metavar="GOLD",
        help="score the draft against this curated file: precision and recall per fact type",
    )

    docs = sub.add_parser("docs", help="write the ontology's HTML documentation")
    docs.add_argument("-o", "--output", type=Path, default=Path("build/ontology.html"))
    return parser


def _validate(args: argparse.Namespace) -> int:
    from .curation.validation import validate

    files = [f for f in args.files] or None
    for file in files or []:
        if not file.is_file():
            raise _usage(f"no such curated file: {file}", "check the path")
    curated = validate(args.data, files)
    facts = len(curated.resolved)
    print(f"ok: {len(curated.sources)} source(s), {facts} curated facts, no problems")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .curation.reading import display_path
    from .extract import extract
    from .extract.evaluation import TARGETED, Reading, meets_targets, score

    data = args.data
    if data is not None and not data.is_dir():
        raise _usage(f"no data folder at {data}", "pass --data DIR or leave it out")
    if data is None and Path("data", "curated").is_dir():
        data = Path("data")
    if args.eval is not None and not args.eval.is_file():
        raise _usage(f"no such gold file: {args.eval}", "give the path of a curated .tsv file")
    result = extract(
        args.article, date=args.date, source_id=args.source_id, data_dir=data, output=args.output
    )
    found = ", ".join(f"{n} {kind}" for kind, n in result.counts.items()) or "no candidates"
    if args.output is not None:
        _write_text(args.output, result.text)
        print(
            f"Wrote {display_path(args.output)}: {found}; the date {result.date} is from"
            f" {result.date_from}.",
            file=sys.stderr,
        )
    elif args.eval is None:
        sys.stdout.write(result.text)
    if args.eval is None:
        return 0
    scores = score(Reading.of(result.facts), Reading.read(args.eval))
    print(f"{'fact type':<30} {'gold':>5} {'draft':>5} {'match':>5} {'precision':>9} {'recall':>6}")
    for s in scores:
        mark = " *" if s.kind in TARGETED else ""
        print(
            f"{s.kind + mark:<30} {s.gold:>5} {s.draft:>5} {s.matched:>5}"
            f" {s.precision:>9.2f} {s.recall:>6.2f}"
        )
    for s in scores:
        for item in s.missing:
            print(f"  missed {s.kind}: {item}")
        for item in s.extra:
            print(f"  not in gold {s.kind}: {item}")
    verdict = "met" if meets_targets(scores) else "NOT met"
    print(f"* targets (precision and recall >= 0.9): {verdict}")
    return 0


def _write_text(path: Path, text: str) -> None:
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
        raise _usage(
            f"cannot write {path}: {exc.strerror}", "choose a writable path with -o"
        ) from exc


def _usage(message: str, hint: str) -> KgError:
    from .errors import UsageError

    return UsageError(message, hint=hint)


def _build(args: argparse.Namespace) -> int:
    from .builder.full import build
    from .curation.reading import display_path
    from .sparql.endpoint import is_url, remote, upload

    if args.store is not None and not is_url(args.store):
        raise _usage(
            f"--store {args.store!r} is not an http(s) URL", "e.g. --store http://127.0.0.1:7878"
        )
    result = build(
        args.data, args.out, reason=not args.no_reason, reasoner=args.reasoner, full=args.full
    )
    out = display_path(result.out)
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
    if result.reasoner not in ("HermiT", "OWL RL rules"):
        print(
            "  Reasoning: skipped (--no-reason); facts that need OWL reasoning,"
            " such as who represents which country, are missing."
        )
    print(f"  Wrote: {', '.join(out + '/' + f for f in result.files)}")
    if args.store:
        target = remote(args.store, args.update_url)
        sent = upload(target, result.out / "kg.nq")
        print(f"  Loaded {sent} triples in 4 named graphs into {target.update_url}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .curation.reading import display_path
    from .icews.importer import import_icews

    result = import_icews(args.files, args.out, args.dataset)
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
    print(f"  Inferred: {result.inferred_added:,} new facts in {result.rounds} rounds")
    print(f"  Full report: {display_path(result.out)}/imports/{result.dataset}.json")
    return 0


def _queries(args: argparse.Namespace) -> int:
    from .sparql.library import library

    for query in library().values():
        print(f"{query.name}: {query.title}")
        for param in query.params:
            need = "required" if param.required else "optional"
            print(f"    --param {param.name}=...  ({param.kind}, {need}) {param.description}")
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _usage(
                f"--param {pair!r} is not KEY=VALUE", "write e.g. --param person=zakir-hasanov"
            )
        params[key.strip()] = value
    return params


def _query(args: argparse.Namespace) -> int:
    from .sparql.endpoint import execute, open_endpoint, run_named
    from .sparql.library import render

    sources = [x for x in (args.name, args.sparql, args.file) if x is not None]
    if len(sources) != 1:
        raise _usage(
            "give exactly one of: a query NAME, --sparql TEXT or --file Q.rq",
            "`kg queries` lists the named queries",
        )
    params = _params(args.param)
    endpoint = open_endpoint(args.store)
    if args.name:
        result = run_named(endpoint, args.name, params, args.timeout)
    else:
        if args.file is not None:
            try:
                text = args.file.read_text(encoding="utf-8")
            except OSError as exc:
                raise _usage(f"cannot read {args.file}: {exc.strerror}", "check the path") from exc
        else:
            text = args.sparql
        result = execute(endpoint, text, params, None, args.timeout)
    sys.stdout.write(render(result, args.format))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import signal
    import time

    from .sparql.serve import start

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)

    server = start(args.build, args.host, args.port, args.timeout, args.writable, quiet=False)
    mode = "read-write (scratch copy)" if args.writable else "read-only"
    print(
        f"Serving {args.build}/ at {server.url}/ ({mode}, query time limit {args.timeout} s)\n"
        f"  SPARQL queries: {server.query_url}\n  Updates:        {server.update_url}\n"
        "Press Ctrl-C to stop.",
        flush=True,
    )
    try:
        while server.process.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("Stopping.", file=sys.stderr)
    finally:
        server.stop()
    return 0


def _index(store: str | None) -> tuple[Index, Endpoint]:
    from .sparql.endpoint import open_endpoint

    endpoint = open_endpoint(store)
    return Index.from_endpoint(endpoint), endpoint


def _date(value: str | None, option: str) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _usage(f"{option} {value!r} is not a date", f"write {option} YYYY-MM-DD")
    return value


def _analyze(args: argparse.Namespace) -> int:
    import csv
    import json

    from .graph.analysis import analyze

    index, _ = _index(args.store)
    tables = analyze(
        index, args.projection, args.top, _date(args.start, "--from"), _date(args.end, "--to")
    )
    if args.format == "json":
        doc = [
            {"title": t.title, "graph": t.graph, "columns": t.columns, "rows": t.rows}
            for t in tables
        ]
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    for number, table in enumerate(tables):
        if args.format == "csv":
            print(f"# {table.title}: {table.graph}")
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        else:
            print(f"{table.title}\n  graph: {table.graph}")
            print(_text_table(table.columns, table.rows))
        if number < len(tables) - 1:
            print()
    return 0


def _text_table(columns: list[str], rows: list[list[object]]) -> str:
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


def _fact_lines(index: Index, fact: Fact) -> list[str]:
    how = "asserted" if fact.status == "asserted" else f"inferred by {fact.derived_by}"
    lines = [
        f"{index.label(fact.subject)} --{fact.predicate}--> {index.label(fact.object)}  [{how}]"
    ]
    for src in fact.sources:
        lines.append(f"      source: {src.title} ({src.date}), {src.file}:{src.line}")
        lines.append(f'      quote:  "{src.quote}"')
    return lines


def _path(args: argparse.Namespace) -> int:
    from .graph.analysis import paths
    from .sparql.endpoint import resolve_entity

    index, endpoint = _index(args.store)
    a = resolve_entity(endpoint, args.a).value
    b = resolve_entity(endpoint, args.b).value
    chains = paths(index, a, b, args.limit)
    if not chains:
        print(f"No path between {index.label(a)} and {index.label(b)}.")
        return 0
    for number, chain in enumerate(chains, start=1):
        print(f"Path {number}: {index.label(a)} to {index.label(b)} in {len(chain)} fact(s)")
        for step, fact in enumerate(chain, start=1):
            lines = _fact_lines(index, fact)
            print(f"  {step}. {lines[0]}")
            print("\n".join(lines[1:]))
        print()
    return 0


def _neighbors(args: argparse.Namespace) -> int:
    from .graph.analysis import neighbors
    from .sparql.endpoint import resolve_entity

    index, endpoint = _index(args.store)
    center = resolve_entity(endpoint, args.entity).value
    found = neighbors(index, center, args.depth)
    name = f"{index.label(center)} ({index.cls(center)})"
    print(f"{name}: {len(found) - 1} entities within {args.depth} hop(s)")
    for distance, node, fact in found[1:]:
        assert fact is not None
        print(f"  {distance}  {index.label(node)} ({index.cls(node) or '?'})")
        print(f"       via {_fact_lines(index, fact)[0]}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .graph.analysis import export
    from .graph.projection import project

    index, _ = _index(args.store)
    graph = project(index, args.projection, _date(args.start, "--from"), _date(args.end, "--to"))
    output = args.output or Path("build") / f"{args.projection}.{args.format}"
    output.parent.mkdir(parents=True, exist_ok=True)
    export(graph, args.format, output)
    print(
        f"Wrote {output}: {args.projection} projection, {graph.number_of_nodes()} nodes,"
        f" {graph.number_of_edges()} edges"
    )
    return 0


def _view(args: argparse.Namespace) -> int:
    from .graph.analysis import paths
    from .graph.views import write_view
    from .sparql.endpoint import resolve_entity

    index, endpoint = _index(args.store)
    focus = resolve_entity(endpoint, args.focus).value if args.focus else None
    on_path: list[str] | None = None
    if args.path:
        a, b = (resolve_entity(endpoint, x).value for x in args.path)
        on_path = sorted(
            {n for chain in paths(index, a, b, 10) for f in chain for n in (f.subject, f.object)}
        )
        if not on_path:
            raise _usage(f"no path between {args.path[0]} and {args.path[1]}", "try kg neighbors")
    output = args.output or Path("build") / f"view-{args.projection}.html"
    view = write_view(
        index,
        output,
        name=args.projection,
        start=_date(args.start, "--from"),
        end=_date(args.end, "--to"),
        focus=focus,
        depth=args.depth,
        path=on_path,
    )
    print(f"Wrote {output}: {view.subtitle}. Open it in a browser; it needs no network.")
    return 0


def _docs(args: argparse.Namespace) -> int:
    from .model.ontodoc import render
    from .model.ontology import load_graph

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(load_graph()), encoding="utf-8")
    print(f"Wrote {args.output}")
    return 0


COMMANDS = {
    "validate": _validate,
    "build": _build,
    "import": _import,
    "queries": _queries,
    "query": _query,
    "serve": _serve,
    "analyze": _analyze,
    "path": _path,
    "neighbors": _neighbors,
    "export": _export,
    "view": _view,
    "extract": _extract,
    "docs": _docs,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ValidationFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        files = len({p.path for p in exc.problems})
        print(
            f"{len(exc.problems)} problem(s) in {files} file(s); nothing was built or changed.",
            file=sys.stderr,
        )
        return exc.exit_code
    except KgError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; the previous build is left as it was.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; say nothing more.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
