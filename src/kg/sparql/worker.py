"""The query worker of a large process: ``python -m kg.sparql.worker STORE FD``.

``endpoint.LocalStore`` starts it instead of forking when the calling process is
large (see ``endpoint.SPAWN_ABOVE``); it answers queries on the socket FD.
"""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection

from .endpoint import serve_queries

if __name__ == "__main__":
    serve_queries(sys.argv[1], Connection(int(sys.argv[2])))
