"""Extraction: drafting curated triples from a news article, and scoring drafts."""
