"""Reading articles from files, directories, stdin, HTML pages and feeds."""

from extractor.ingest.article import Article, ReadFailure, read_inputs

__all__ = ["Article", "ReadFailure", "read_inputs"]
