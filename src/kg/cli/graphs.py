"""The commands of relationship analysis: analyze, path, neighbors, export, view."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import date_option, fact_lines, open_index, source_of, text_table, usage_error
from .progress import terminal_progress


def analyze_command(args: argparse.Namespace) -> int:
    import csv
    import json

    from ..graph.analysis import Sampling, analyze

    index, _ = open_index(source_of(args))
    tables = analyze(
        index,
        args.projection,
        args.top,
        date_option(args.start, "--from"),
        date_option(args.end, "--to"),
        Sampling(args.sample, args.seed, args.exact_up_to),
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
            print(text_table(table.columns, table.rows))
        if number < len(tables) - 1:
            print()
    return 0


def path_command(args: argparse.Namespace) -> int:
    from ..graph.analysis import paths

    index, _ = open_index(source_of(args))
    a, b = index.resolve(args.a), index.resolve(args.b)
    chains = paths(index, a, b, args.limit)
    if not chains:
        print(f"No path between {index.label(a)} and {index.label(b)}.")
        return 0
    for number, chain in enumerate(chains, start=1):
        print(f"Path {number}: {index.label(a)} to {index.label(b)} in {len(chain)} fact(s)")
        for step, fact in enumerate(chain, start=1):
            lines = fact_lines(index, fact)
            print(f"  {step}. {lines[0]}")
            print("\n".join(lines[1:]))
        print()
    return 0


def neighbors_command(args: argparse.Namespace) -> int:
    from ..graph.analysis import neighbors

    index, _ = open_index(source_of(args))
    center = index.resolve(args.entity)
    found = neighbors(index, center, args.depth)
    name = f"{index.label(center)} ({index.cls(center)})"
    lines = [f"{name}: {len(found) - 1} entities within {args.depth} hop(s)"]
    for distance, node, fact in found[1:]:
        assert fact is not None
        lines.append(f"  {distance}  {index.label(node)} ({index.cls(node) or '?'})")
        lines.append(f"       via {fact_lines(index, fact)[0]}")
    print("\n".join(lines))  # one write: a busy actor has thousands of neighbours
    return 0


def export_command(args: argparse.Namespace) -> int:
    from ..graph.analysis import export
    from ..graph.projection import project

    index, _ = open_index(source_of(args))
    graph = project(
        index, args.projection, date_option(args.start, "--from"), date_option(args.end, "--to")
    )
    output = args.output or Path("build") / f"{args.projection}.{args.format}"
    output.parent.mkdir(parents=True, exist_ok=True)
    export(graph, args.format, output)
    print(
        f"Wrote {output}: {args.projection} projection, {graph.number_of_nodes()} nodes,"
        f" {graph.number_of_edges()} edges"
    )
    return 0


def view_command(args: argparse.Namespace) -> int:
    from ..graph.analysis import paths
    from ..graph.views import write_view

    for option, value in (("--max-nodes", args.max_nodes), ("--max-edges", args.max_edges)):
        if value is not None and value < 1:
            raise usage_error(f"{option} {value} draws nothing", f"give {option} 1 or more")
    index, _ = open_index(source_of(args))
    focus = index.resolve(args.focus) if args.focus else None
    on_path: list[str] | None = None
    if args.path:
        a, b = (index.resolve(x) for x in args.path)
        on_path = sorted(
            {n for chain in paths(index, a, b, 10) for f in chain for n in (f.subject, f.object)}
        )
        if not on_path:
            raise usage_error(
                f"no path between {args.path[0]} and {args.path[1]}", "try kg neighbors"
            )
    output = args.output or Path("build") / f"view-{args.projection}.html"
    with terminal_progress() as progress:
        view = write_view(
            index,
            output,
            name=args.projection,
            start=date_option(args.start, "--from"),
            end=date_option(args.end, "--to"),
            focus=focus,
            depth=args.depth,
            path=on_path,
            min_weight=args.min_weight,
            max_nodes=args.max_nodes,
            max_edges=args.max_edges,
            progress=progress,
        )
    print(f"Wrote {output}: {view.subtitle}. Open it in a browser; it needs no network.")
    return 0
