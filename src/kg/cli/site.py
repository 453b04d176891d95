"""The ``kg site`` command: a static site of a build."""

from __future__ import annotations

import argparse

from .common import usage_error
from .progress import terminal_progress


def site_command(args: argparse.Namespace) -> int:
    from ..site import write_site_of_build

    if args.page_size < 1:
        raise usage_error("--page-size must be at least 1", "e.g. --page-size 250")
    output = args.output or args.build / "site"
    with terminal_progress() as progress:
        result = write_site_of_build(args.build, output, args.page_size, progress)
    print(
        f"Wrote {output}: {result.pages:,} pages ({result.entities:,} entities,"
        f" {result.sources} sources), {result.bytes / 1e6:.1f} MB in {result.seconds:.1f} s;"
        f" largest file {result.largest[1]} ({result.largest[0] / 1e3:.0f} kB)."
    )
    print(f"Open {output / 'index.html'} in a browser; it needs no server and no network.")
    return 0
