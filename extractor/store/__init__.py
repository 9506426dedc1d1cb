"""The fact store: SQLite schema, batch ingestion, search and the reported weekly series.

`FactStore` (store.py) holds the data; `ingest` (ingest.py) fills it; `search` (search.py) queries
it by words, meaning and fields; `weekly_series` (series.py) rebuilds a weekly series from the news.
docs/store.md documents the schema for use straight from sqlite3 or datasette.
"""

from __future__ import annotations

from extractor.store.ingest import IngestSummary, ingest
from extractor.store.search import Filters, Hit, search
from extractor.store.series import SeriesPoint, weekly_series
from extractor.store.store import DEFAULT_DB, FactStore

__all__ = [
    "DEFAULT_DB", "FactStore", "Filters", "Hit", "IngestSummary", "SeriesPoint", "ingest", "search", "weekly_series",
]
