"""The ``kg`` command: parses arguments, calls the library, formats output.

Exit codes: 0 ok, 1 data problems, 2 usage errors, 3 environment problems.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import KgError, ValidationFailed


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
        "--no-reason",
        action="store_true",
        help="skip HermiT (no Java needed); only hierarchy closure and rules are inferred",
    )

    docs = sub.add_parser("docs", help="write the ontology's HTML documentation")
    docs.add_argument("-o", "--output", type=Path, default=Path("build/ontology.html"))
    return parser


def _validate(args: argparse.Namespace) -> int:
    from .validate import validate

    files = [f for f in args.files] or None
    for file in files or []:
        if not file.is_file():
            raise _usage(f"no such curated file: {file}", "check the path")
    curated = validate(args.data, files)
    facts = len(curated.resolved)
    print(f"ok: {len(curated.sources)} source(s), {facts} curated facts, no problems")
    return 0


def _usage(message: str, hint: str) -> KgError:
    from .errors import UsageError

    return UsageError(message, hint=hint)


def _build(args: argparse.Namespace) -> int:
    from .builder import build
    from .curate import display_path

    result = build(args.data, args.out, reason=not args.no_reason)
    out = display_path(result.out)
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
        f"  Facts: {result.asserted} asserted ({result.curated_lines} curated lines),"
        f" {result.inferred} inferred ({by}), {result.provenance} provenance triples"
    )
    if result.reasoner != "HermiT":
        print(
            "  Reasoning: HermiT skipped (--no-reason); facts that need OWL reasoning,"
            " such as who represents which country, are missing."
        )
    print(f"  Wrote: {', '.join(out + '/' + f for f in result.files)}")
    return 0


def _docs(args: argparse.Namespace) -> int:
    from .ontodoc import render
    from .ontology import load_graph

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(load_graph()), encoding="utf-8")
    print(f"Wrote {args.output}")
    return 0


COMMANDS = {"validate": _validate, "build": _build, "docs": _docs}


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


if __name__ == "__main__":
    sys.exit(main())
