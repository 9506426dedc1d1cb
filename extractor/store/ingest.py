"""Batch ingestion: read inputs, extract records, embed evidence, reconcile, store, in batches.

`ingest(paths, store)` is what `flowfacts ingest` runs:

1. Read every input (files, directories, `-`, feeds, gzipped JSONL). Unreadable inputs become
   rows of the `errors` table, never exceptions.
2. Skip the articles the store already holds with the same text and date: re-ingesting is cheap
   and adds nothing.
3. Extract the rest, in `workers` processes when asked (each loads the pipeline once), keeping the
   input order so that the result never depends on scheduling.
4. Per batch of `batch_size` articles, in the main process: embed the evidence sentences the store
   lacks (one batched encoder call), reconcile the records against the official series when the
   reconciler is available, and write the batch in ONE transaction. An article whose extraction
   failed goes to `errors` and the summary; the rest of its batch is stored.

A run killed between or inside batches leaves every committed batch in place and nothing of the
unfinished one; running the same command again skips the stored articles and finishes the rest,
which ends in the same database as an uninterrupted run.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from extractor.errors import ExtractorError
from extractor.extraction import Extract, extract_in_order, pipeline_extract
from extractor.ingest.article import Article, ReadFailure, read_inputs
from extractor.store.rows import embedding_text, evidence_text, text_hash
from extractor.store.store import FactStore

DEFAULT_BATCH = 100
Encode = Callable[[Sequence[str]], np.ndarray]


@dataclass
class IngestSummary:
    """Counts of one ingest run, and the failures with their messages."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    records: int = 0
    reprints: int = 0
    batches: int = 0
    embedded: int = 0
    verdicts: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        verb = "would store" if self.dry_run else "stored"
        return (
            f"{self.read} articles read: {self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{self.failed} failed; {verb} {self.records} records ({self.reprints} more articles linked as reprints) "
            f"in {self.batches} batches, {self.seconds:.1f}s"
        )


@dataclass
class _Item:
    """An article on its way through the pipeline (or an input that failed to read)."""

    article: Article | None
    failure: ReadFailure | None = None
    skip: bool = False
    records: list[dict[str, Any]] | None = None
    error: str | None = None


class _DryRun(Exception):
    """Raised inside a batch transaction to roll it back on --dry-run."""


def ingest(
    paths: Iterable[str | Path],
    store: FactStore,
    *,
    workers: int = 1,
    published: date | None = None,
    use_model: bool | None = None,
    batch_size: int = DEFAULT_BATCH,
    embed: bool = True,
    reconcile: bool = True,
    dry_run: bool = False,
    extract: Extract | None = None,
    extractor_id: str = "custom",
    encode: Encode | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Ingest articles into `store`; see the module docstring. `progress(done, total)` is called per article.

    `extract` replaces the project's extractor (tests, benchmarks), and `extractor_id` then names it
    in the store; without `extract` the store records `extractor_fingerprint()`.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    started = time.perf_counter()
    summary = IngestSummary(dry_run=dry_run)
    if extract is None:
        from extractor.pipeline import extractor_fingerprint

        extract = functools.partial(pipeline_extract, use_model=use_model)
        extractor_id = extractor_fingerprint(use_model=use_model)

    path_names = [str(p) for p in paths]
    inputs = list(read_inputs(path_names, published=published))
    sources = sorted({x.source for x in inputs})
    folders = sorted(p for p in path_names if Path(p).is_dir())
    states = store.article_states()
    items: list[_Item] = []
    for x in inputs:
        if isinstance(x, ReadFailure):
            items.append(_Item(None, failure=x))
            continue
        summary.read += 1
        when = x.published.isoformat() if x.published else None
        # Articles stored with the same text, date and extractor skip extraction; put_article still
        # refreshes their provenance. A changed extractor re-extracts them.
        items.append(_Item(x, skip=states.get(x.id) == (x.content_hash, when, extractor_id)))
        states[x.id] = (x.content_hash, when, extractor_id)  # a later copy of the same id in this run is compared to this one

    official = _load_official(store, summary, dry_run=dry_run) if reconcile else None
    encode = encode if encode is not None else (_lazy_encoder() if embed else None)
    reprints_before = store.counts()["duplicate_articles"]
    total, done = len(items), 0
    first = True
    for batch in _batches(_extracted(items, extract, workers), batch_size):
        vectors = _embed(store, batch, encode, summary) if encode is not None else {}
        verdicts = _reconcile(batch, official, summary) if official is not None else {}
        try:
            with store.transaction():
                if first:
                    store.clear_read_errors(sources, folders)
                    for item in items:
                        if item.failure is not None:
                            store.record_error(item.failure.source, item.failure.message, stage="read")
                _write(store, batch, vectors, verdicts, summary, extractor_id)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        first = False
        summary.batches += 1
        done += len(batch)
        if progress:
            progress(done, total)
    if first and not dry_run:  # nothing to extract or store: still record the read failures
        with store.transaction():
            store.clear_read_errors(sources, folders)
            for item in items:
                if item.failure is not None:
                    store.record_error(item.failure.source, item.failure.message, stage="read")
    if not dry_run:
        summary.reprints = store.counts()["duplicate_articles"] - reprints_before
        store.refresh_term_docs()
    for item in items:
        if item.failure is not None:
            summary.failed += 1
            summary.failures.append((item.failure.source, item.failure.message))
    summary.seconds = time.perf_counter() - started
    return summary


def _extracted(items: list[_Item], extract: Extract, workers: int) -> Iterator[_Item]:
    """The items in input order, with records (or an error) for those that need extracting."""
    outcomes = extract_in_order([i.article for i in items if i.article is not None and not i.skip], extract, workers)
    for item in items:
        if item.article is not None and not item.skip:
            item.records, item.error = next(outcomes)
        yield item


def _batches(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    for item in items:
        if item.article is None:
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _lazy_encoder() -> Encode:
    """An encode function that loads the encoder only when there is something to embed."""

    def encode(texts: Sequence[str]) -> np.ndarray:
        from extractor.embeddings import load_encoder

        return load_encoder().encode(texts)

    return encode


def _embed(store: FactStore, batch: list[_Item], encode: Encode, summary: IngestSummary) -> dict[str, np.ndarray]:
    """Vectors of the batch's evidence texts (rows.embedding_text) that the store does not hold yet."""
    texts: dict[str, str] = {}
    for item in batch:
        for record in item.records or []:
            if evidence_text(record):
                text = embedding_text(record)
                texts.setdefault(text_hash(text), text)
    if not texts:
        return {}
    import json

    known = {r[0] for r in store.conn.execute(
        "SELECT text_hash FROM embeddings WHERE text_hash IN (SELECT value FROM json_each(?))", (json.dumps(list(texts)),))}
    missing = [k for k in texts if k not in known]
    if not missing:
        return {}
    matrix = encode([texts[k] for k in missing])
    summary.embedded += len(missing)
    return dict(zip(missing, matrix, strict=True))


def _load_official(store: FactStore, summary: IngestSummary, *, dry_run: bool) -> Any:
    """The official series for reconciliation (also copied into the store), or None without a reconciler."""
    try:
        from extractor.reconcile import load_official
    except ImportError:
        summary.warnings.append("reconciliation skipped: the reconciler is not available in this version")
        return None
    try:
        official = load_official(None)
    except ExtractorError as exc:
        summary.warnings.append(f"reconciliation skipped: {exc}")
        return None
    if not dry_run:
        from extractor.store.series import official_rows

        rows = official_rows(official)
        if rows and not {r[-1] for r in rows} <= store.official_vintages():
            with store.transaction():
                store.put_official(rows)
    return official


def _reconcile(batch: list[_Item], official: Any, summary: IngestSummary) -> dict[str, list[dict[str, Any]]]:
    """Verdicts per article id; a reconciler failure costs that article its verdicts, not its records."""
    from extractor.reconcile import reconcile_records

    out: dict[str, list[dict[str, Any]]] = {}
    for item in batch:
        if not item.records or item.article is None:
            continue
        try:
            verdicts = reconcile_records(item.records, official)
        except Exception as exc:  # noqa: BLE001 - reconciliation is an annotation, never a reason to drop records
            summary.warnings.append(f"{item.article.source}: reconciliation failed ({type(exc).__name__}: {exc})")
            continue
        out[item.article.id] = [v.to_dict() if hasattr(v, "to_dict") else dict(v) for v in verdicts]
    return out


def _write(
    store: FactStore, batch: list[_Item], vectors: dict[str, np.ndarray],
    verdicts: dict[str, list[dict[str, Any]]], summary: IngestSummary, extractor_id: str,
) -> None:
    for item in batch:
        article = item.article
        assert article is not None
        if item.error is not None:
            store.record_error(article.source, item.error, stage="extract", article_id=article.id)
            summary.failed += 1
            summary.failures.append((article.source, item.error))
            continue
        if item.skip:
            store.put_article(article, [])  # provenance refresh only: text and date are unchanged
            summary.unchanged += 1
            continue
        result = store.put_article(article, item.records or [], vectors=vectors, verdicts=verdicts.get(article.id),
                                   extractor=extractor_id)
        if result.action == "added":
            summary.added += 1
        elif result.action == "replaced":
            summary.replaced += 1
        else:
            summary.unchanged += 1
        summary.records += result.records
        summary.verdicts += len(verdicts.get(article.id) or [])
        if result.duplicate_of is not None and summary.dry_run:
            summary.reprints += 1  # a dry run cannot count links in the store afterwards
