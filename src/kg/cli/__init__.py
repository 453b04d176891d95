"""The ``kg`` command: parses arguments, calls the library, formats output.

Exit codes: 0 ok, 1 data problems, 2 usage errors, 3 environment problems.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..errors import KgError, ValidationFailed
from .data import build_command, docs_command, extract_command, import_command, validate_command
from .graphs import analyze_command, export_command, neighbors_command, path_command, view_command
from .parser import build_parser
from .site import site_command
from .sparql import queries_command, query_command, serve_command

COMMANDS = {
    "validate": validate_command,
    "build": build_command,
    "import": import_command,
    "queries": queries_command,
    "query": query_command,
    "serve": serve_command,
    "analyze": analyze_command,
    "path": path_command,
    "neighbors": neighbors_command,
    "export": export_command,
    "view": view_command,
    "site": site_command,
    "extract": extract_command,
    "docs": docs_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
