"""Batch extraction: read inputs, run the pipeline, write records, collect failures."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from extractor.ingest.article import Article, ReadFailure, iter_input_files, read_inputs
from extractor.output import Format, write_records

PROGRESS_THRESHOLD = 5  # show a progress bar from this many input files on


@dataclass
class ExtractSummary:
    articles: int = 0
    records: int = 0
    failures: list[ReadFailure] = field(default_factory=list)


def run_extract(paths: Iterable[str | Path], *, out: TextIO, fmt: Format = Format.jsonl, published: date | None = None,
                use_model: bool | None = None, progress: bool = True, max_mb: float = 5.0) -> ExtractSummary:
    """Extract records from every article under `paths` and write them to `out` in `fmt`.

    Failures (unreadable inputs, articles that make the pipeline fail) are collected, not raised:
    the rest of the batch is still processed.
    """
    from extractor.pipeline import extract_article, load_pipeline

    paths = list(paths)
    nlp = load_pipeline(use_model=use_model)
    summary = ExtractSummary()
    items = read_inputs(paths, published=published, max_mb=max_mb)
    total = len(iter_input_files(paths))

    def records() -> Iterable[dict[str, Any]]:
        for item in _with_progress(items, total, progress and total >= PROGRESS_THRESHOLD):
            if isinstance(item, ReadFailure):
                summary.failures.append(item)
                continue
            try:
                recs = extract_article(item, nlp=nlp)
            except Exception as exc:  # one bad article must not stop a batch; report it by name
                summary.failures.append(ReadFailure(item.source, f"{item.source}: extraction failed ({type(exc).__name__}: {exc})"))
                continue
            summary.articles += 1
            summary.records += len(recs)
            yield from recs

    write_records(records(), fmt, out)
    return summary


def _with_progress(items: Iterable[Article | ReadFailure], total: int, show: bool) -> Iterable[Article | ReadFailure]:
    if not show:
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("extract", total=total)
        last_source = None
        for item in items:
            yield item
            if item.source != last_source:
                bar.advance(task)
                last_source = item.source
