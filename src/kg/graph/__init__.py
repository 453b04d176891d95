"""Graphs: networkx projections, relationship analysis, paths and interactive views.

The names the command line offers as choices live here, so that parsing the command
line does not load networkx (``kg --version`` stays fast)."""

PROJECTIONS = ("full", "actors", "countries", "bipartite")
EXPORT_FORMATS = ("graphml", "gexf", "json")
