"""SPARQL: the store, the named-query library, endpoints, the query worker and the server.

The result formats live here, so that parsing the command line does not load
pyoxigraph (``kg --version`` stays fast)."""

FORMATS = ("table", "csv", "tsv", "json", "ttl", "nt")
