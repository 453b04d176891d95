"""Extraction: drafting curated triples from a news article (``kg extract``), and
scoring drafts against gold readings (``evaluation``).

spaCy is imported only when an article is read, never by importing this package.
"""

from .dates import article_dates
from .extraction import Batch, Extraction, extract, extract_batch, read_dates
from .findings import Findings
from .gazetteer import Gazetteer, load_gazetteer, pipeline

__all__ = [
    "Batch",
    "Extraction",
    "Findings",
    "Gazetteer",
    "article_dates",
    "extract",
    "extract_batch",
    "load_gazetteer",
    "pipeline",
    "read_dates",
]
