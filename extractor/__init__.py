"""FlowFacts: capital-flow facts from financial news.

Public API: `extract`, `extract_article`, `load_pipeline`, `read_inputs`, `Article`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from extractor.ingest import Article, ReadFailure, read_inputs

__all__ = ["Article", "ReadFailure", "__version__", "read_inputs"]
