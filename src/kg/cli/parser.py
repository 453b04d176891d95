"""The command line's grammar: every command, its options and their help."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..graph import EXPORT_FORMATS, PROJECTIONS
from ..sparql import FORMATS
from ..version import __version__


def add_source(command: argparse.ArgumentParser) -> None:
    """What a reading command reads: the last build unless told otherwise."""
    where = command.add_mutually_exclusive_group()
    where.add_argument("--build", metavar="DIR", help="build folder (default: build)")
    where.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 endpoint instead")
    # Before 0.2 one flag took either; kept hidden for one release.
    where.add_argument("--store", help=argparse.SUPPRESS)


def add_build_folder(command: argparse.ArgumentParser, help: str = "build folder") -> None:
    """The build folder a writing command writes (one flag name across commands)."""
    command.add_argument("--build", type=Path, default=Path("build"), metavar="DIR", help=help)
    # The old name, kept hidden for one release.
    command.add_argument("--out", dest="build", type=Path, help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
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
    validate.add_argument(
        "--strict",
        action="store_true",
        help="fail on warnings too (probable duplicates, conflicts between sources, time)",
    )

    build = sub.add_parser("build", help="validate, reason and write the build folder")
    build.add_argument("--data", type=Path, default=Path("data"), help="data folder")
    add_build_folder(build, "the build folder to write (default: build)")
    build.add_argument(
        "--upload",
        metavar="URL",
        help="also load the build into this SPARQL 1.1 endpoint (query URL or server URL)",
    )
    # The old name of --upload, kept hidden for one release.
    build.add_argument("--store", dest="upload", help=argparse.SUPPRESS)
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
    build.add_argument(
        "--strict",
        action="store_true",
        help="fail on validation warnings too; nothing is built (the last build stays)",
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
    add_build_folder(imp, "the build folder to import into (default: build)")
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
    add_source(query)
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
    serve.add_argument(
        "--build", type=Path, default=Path("build"), metavar="DIR", help="build folder"
    )
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
        add_source(command)

    analyze = sub.add_parser(
        "analyze", help="centrality, communities, brokers, bilateral ties, per-country summary"
    )
    graph_options(analyze)
    analyze.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    analyze.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table")
    # Analysis at scale (issue 19): sampled betweenness, and the view's weight threshold.
    analyze.add_argument(
        "--sample",
        type=int,
        default=100,
        metavar="K",
        help="betweenness from K sampled sources above --exact-up-to nodes (default 100)",
    )
    analyze.add_argument("--seed", type=int, default=7, help="seed of the sample (default 7)")
    analyze.add_argument(
        "--exact-up-to",
        type=int,
        default=500,
        metavar="N",
        help="exact betweenness up to N nodes (default 500)",
    )

    path = sub.add_parser("path", help="shortest relationship paths between two entities")
    path.add_argument("a", help="an entity id or name")
    path.add_argument("b", help="another entity id or name")
    path.add_argument("--limit", type=int, default=3, help="at most this many paths")
    add_source(path)

    near = sub.add_parser("neighbors", help="the entities around one entity (ego network)")
    near.add_argument("entity", help="an entity id or name")
    near.add_argument("--depth", type=int, default=1, help="hops (default 1)")
    add_source(near)

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
    view.add_argument(
        "--min-weight",
        type=int,
        default=None,
        metavar="W",
        help="draw only ties of weight W or more (default: chosen so that at most"
        " 1,500 ties are drawn)",
    )
    view.add_argument(
        "--max-nodes",
        type=int,
        default=None,
        metavar="N",
        help="draw at most N nodes, the most central; the rest are summarised by class"
        " (default 400)",
    )
    view.add_argument(
        "--max-edges",
        type=int,
        default=None,
        metavar="N",
        help="draw at most N ties, the strongest (default 1,500)",
    )

    site = sub.add_parser(
        "site",
        help="write a static site of the build: a page per entity and per source, search",
        description="Write a static site (index, search, a page per entity with its facts,"
        " sources and quotes, timelines, a page per source) that opens from the file system"
        " with no server and no network. `kg build` writes one of the curated data to"
        " build/site; this command writes one of everything in the store, imports included.",
    )
    site.add_argument(
        "--build", type=Path, default=Path("build"), metavar="DIR", help="build folder"
    )
    site.add_argument("-o", "--output", type=Path, help="folder (default: BUILD/site)")
    site.add_argument(
        "--page-size",
        type=int,
        default=250,
        metavar="N",
        help="imported events per page of an entity's events table (default 250)",
    )

    extract = sub.add_parser(
        "extract",
        help="draft curated triples from a news article (needs the 'extract' extra)",
        description="Read an article and write a first draft of its curated triples, each"
        " with its evidence and, in comments, its rule and confidence. Entities already in"
        " the data folder's curated files are reused by id.",
    )
    extract.add_argument(
        "article",
        type=Path,
        nargs="+",
        help="the article as plain UTF-8 text; several articles are drafted as one batch"
        " (with -o DIR) whose ids are consistent across the drafts",
    )
    extract.add_argument(
        "--date", help="the article's date, YYYY-MM-DD (default: the first date the text states)"
    )
    extract.add_argument(
        "--dates",
        type=Path,
        metavar="CSV",
        help="each article's date: a CSV file of 'article,YYYY-MM-DD' rows, the article"
        " by file name or stem (for a batch whose articles state no year)",
    )
    extract.add_argument("--source-id", help="the draft's @id (default: from the file name)")
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write the draft here (default: stdout); for several articles, the folder"
        " in which each draft is written as SOURCE_ID.tsv",
    )
    extract.add_argument(
        "--data", type=Path, help="data folder whose entities are reused (default: data, if any)"
    )
    extract.add_argument(
        "--eval",
        type=Path,
        metavar="GOLD",
        help="score the draft against this curated file: precision and recall per fact type;"
        " for several articles, a folder holding ARTICLE_NAME.tsv for each (micro-averaged)",
    )
    extract.add_argument(
        "--min-precision",
        type=float,
        metavar="P",
        help="with --eval: exit 1 when a starred fact type's precision is below P",
    )
    extract.add_argument(
        "--min-recall",
        type=float,
        metavar="R",
        help="with --eval: exit 1 when a starred fact type's recall is below R",
    )

    docs = sub.add_parser("docs", help="write the ontology's HTML documentation")
    docs.add_argument("-o", "--output", type=Path, default=Path("build/ontology.html"))
    return parser
