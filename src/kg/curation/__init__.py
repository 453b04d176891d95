"""Curation: reading curated-triples files and validating them (rules and SHACL)."""
