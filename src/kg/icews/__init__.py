"""ICEWS: mapping event records into the ontology and importing them into a build."""
