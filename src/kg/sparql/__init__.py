"""SPARQL: the store, the named-query library, endpoints, the query worker and the server."""
