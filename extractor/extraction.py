"""Batch extraction: read inputs, run the pipeline (in one process or several), write records, collect failures."""

from __future__ import annotations

import concurrent.futures as futures
import functools
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from extractor.errors import ExtractorError
from extractor.ingest.article import Article, ReadFailure, iter_input_files, read_inputs
from extractor.output import Format, write_records

PROGRESS_THRESHOLD = 5  # show a progress bar from this many input files on

Extract = Callable[[Article], list[dict[str, Any]]]
Outcome = tuple[list[dict[str, Any]] | None, str | None]  # (records, None) or (None, error message)


def pipeline_extract(article: Article, *, use_model: bool | None = None) -> list[dict[str, Any]]:
    """The project's extractor, imported on first use (each worker process loads the pipeline once)."""
    from extractor.pipeline import extract_article

    return extract_article(article, use_model=use_model)


def safe_extract(extract: Extract, article: Article) -> Outcome:
    """`extract(article)` as dicts, or the error message naming the article: one bad article never stops a batch."""
    try:
        out = extract(article)
        return [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in out], None
    except ExtractorError as exc:
        return None, f"{article.source}: {exc}"
    except Exception as exc:  # noqa: BLE001
        return None, f"{article.source}: extraction failed ({type(exc).__name__}: {exc})"


def extract_in_order(articles: list[Article], extract: Extract, workers: int = 1) -> Iterator[Outcome]:
    """The outcome of `safe_extract` for each article, in input order whatever the scheduling.

    With `workers` > 1 the articles are extracted in that many processes (spawned, not forked: the
    parent may hold torch or SQLite state), each loading the pipeline once; the records are the same
    as in one process.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1 or len(articles) < 2:
        for article in articles:
            yield safe_extract(extract, article)
        return
    ctx = multiprocessing.get_context("spawn")
    with futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        try:
            yield from pool.map(functools.partial(safe_extract, extract), articles, chunksize=16)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


@dataclass
class ExtractSummary:
    articles: int = 0
    records: int = 0
    failures: list[ReadFailure] = field(default_factory=list)


def run_extract(paths: Iterable[str | Path], *, out: TextIO, fmt: Format = Format.jsonl, published: date | None = None,
                use_model: bool | None = None, progress: bool = True, max_mb: float = 5.0,
                workers: int = 1) -> ExtractSummary:
    """Extract records from every article under `paths` and write them to `out` in `fmt`.

    Failures (unreadable inputs, articles that make the pipeline fail) are collected, not raised:
    the rest of the batch is still processed. With `workers` > 1 the inputs are all read first and
    extracted in that many processes; the output is the same, in the same order.
    """
    from extractor.pipeline import load_pipeline

    paths = list(paths)
    load_pipeline(use_model=use_model)  # fails early (e.g. a model artifact failing its sha256 check), before any output
    summary = ExtractSummary()
    extract = functools.partial(pipeline_extract, use_model=use_model)
    items: Iterable[Article | ReadFailure] = read_inputs(paths, published=published, max_mb=max_mb)
    outcomes = None  # one process: each article is extracted as the output reaches it
    if workers > 1:
        items = list(items)
        outcomes = extract_in_order([x for x in items if isinstance(x, Article)], extract, workers)
    total = len(iter_input_files(paths))

    def records() -> Iterable[dict[str, Any]]:
        for item in _with_progress(items, total, progress and total >= PROGRESS_THRESHOLD):
            if isinstance(item, ReadFailure):
                summary.failures.append(item)
                continue
            recs, error = next(outcomes) if outcomes is not None else safe_extract(extract, item)
            if recs is None:
                summary.failures.append(ReadFailure(item.source, error or f"{item.source}: extraction failed"))
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
