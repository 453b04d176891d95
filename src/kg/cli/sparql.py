"""The commands of the query library and the SPARQL server: queries, query, serve."""

from __future__ import annotations

import argparse
import sys

from .common import parse_params, source_of, usage_error


def queries_command(args: argparse.Namespace) -> int:
    from ..sparql.library import library

    for query in library().values():
        print(f"{query.name}: {query.title}")
        for param in query.params:
            need = "required" if param.required else "optional"
            print(f"    --param {param.name}=...  ({param.kind}, {need}) {param.description}")
    return 0


def query_command(args: argparse.Namespace) -> int:
    from ..graph.naming import index_resolver
    from ..sparql.endpoint import execute, open_endpoint, run_named
    from ..sparql.library import render

    sources = [x for x in (args.name, args.sparql, args.file) if x is not None]
    if len(sources) != 1:
        raise usage_error(
            "give exactly one of: a query NAME, --sparql TEXT or --file Q.rq",
            "`kg queries` lists the named queries",
        )
    params = parse_params(args.param)
    endpoint = open_endpoint(source_of(args))
    names = index_resolver(endpoint)
    if args.name:
        result = run_named(endpoint, args.name, params, args.timeout, names)
    else:
        if args.file is not None:
            try:
                text = args.file.read_text(encoding="utf-8")
            except OSError as exc:
                raise usage_error(
                    f"cannot read {args.file}: {exc.strerror}", "check the path"
                ) from exc
        else:
            text = args.sparql
        result = execute(endpoint, text, params, None, args.timeout, names)
    sys.stdout.write(render(result, args.format))
    return 0


def serve_command(args: argparse.Namespace) -> int:
    import signal
    import time

    from ..sparql.serve import start

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
