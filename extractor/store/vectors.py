"""The in-memory semantic index: every stored embedding as one float32 matrix.

Embeddings are unit vectors, so a cosine similarity is a dot product and scoring the whole store
is one matrix-vector product: 200,000 x 384 floats take a few milliseconds with numpy's BLAS.
Records share an embedding when their evidence sentence is identical (reprints, repeated ledes),
so the index keeps, per record, the row of its embedding (`record_rows`), and record scores are a
gather from the embedding scores.

Filters run on numpy arrays of the records' typed columns (`mask()`), mirroring the SQL of
`Filters.where()`, so a filtered semantic search never goes back to SQLite to check candidates.

The index is read in one pass the first time a store searches by meaning, and dropped whenever
the store writes, so it never serves stale vectors.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import numpy as np

from extractor.embeddings import DIMENSION

if TYPE_CHECKING:
    from extractor.store.search import Filters


_CODED = ("kind", "side", "economy", "instrument", "direction", "role", "status", "amount_currency", "article_id")


@dataclass
class VectorIndex:
    matrix: np.ndarray  # (n_embeddings, dim) float32, unit rows
    record_pks: np.ndarray  # (n_records,) int64, sorted ascending
    record_rows: np.ndarray  # (n_records,) int64: row of each record's embedding in `matrix`
    codes: dict[str, np.ndarray] = field(default_factory=dict)  # column -> int code per record (-1 = NULL)
    vocab: dict[str, dict[str, int]] = field(default_factory=dict)  # column -> value -> code
    ref_date: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # YYYYMMDD, 0 = NULL
    amount: np.ndarray = field(default_factory=lambda: np.zeros(0))  # NaN = NULL
    duplicate: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> VectorIndex:
        rows = conn.execute("SELECT pk, vector FROM embeddings ORDER BY pk").fetchall()
        dim = len(rows[0][1]) // 4 if rows else DIMENSION
        emb_pks = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dim)
        del rows
        links = conn.execute(
            f"""SELECT r.pk, r.embedding_pk, {", ".join("r." + c for c in _CODED)}, r.ref_date, r.amount_value,
                       a.duplicate_of IS NOT NULL
                FROM records r JOIN articles a ON a.pk = r.article_pk
                WHERE r.embedding_pk IS NOT NULL ORDER BY r.pk"""
        ).fetchall()
        n = len(links)
        record_pks = np.fromiter((r[0] for r in links), dtype=np.int64, count=n)
        linked = np.fromiter((r[1] for r in links), dtype=np.int64, count=n)
        codes: dict[str, np.ndarray] = {}
        vocab: dict[str, dict[str, int]] = {}
        for i, column in enumerate(_CODED, start=2):
            values = vocab.setdefault(column, {})
            codes[column] = np.fromiter(
                (-1 if r[i] is None else values.setdefault(r[i], len(values)) for r in links), dtype=np.int32, count=n)
        j = 2 + len(_CODED)
        ref_date = np.fromiter((_day_number(r[j]) for r in links), dtype=np.int32, count=n)
        amount = np.fromiter((np.nan if r[j + 1] is None else r[j + 1] for r in links), dtype=np.float64, count=n)
        duplicate = np.fromiter((bool(r[j + 2]) for r in links), dtype=bool, count=n)
        return cls(matrix=matrix, record_pks=record_pks, record_rows=np.searchsorted(emb_pks, linked),
                   codes=codes, vocab=vocab, ref_date=ref_date, amount=amount, duplicate=duplicate)

    def __len__(self) -> int:
        return int(self.record_pks.shape[0])

    def record_scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of `query` (a unit vector) with every record's evidence, in `record_pks` order."""
        if len(self) == 0:
            return np.zeros(0, dtype=np.float32)
        return cast("np.ndarray", (self.matrix @ query.astype(np.float32))[self.record_rows])

    def scores_at(self, query: np.ndarray, positions: np.ndarray) -> np.ndarray:
        """Cosine similarity of `query` with the records at `positions` (indexes into `record_pks`)."""
        if len(positions) == 0:
            return np.zeros(0, dtype=np.float32)
        return cast("np.ndarray", self.matrix[self.record_rows[positions]] @ query.astype(np.float32))

    def scores_for(self, query: np.ndarray, pks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the given record pks that have a vector, their cosine similarity with `query`)."""
        if len(self) == 0 or len(pks) == 0:
            return pks[:0], np.zeros(0, dtype=np.float32)
        pos = np.clip(np.searchsorted(self.record_pks, pks), 0, len(self) - 1)
        found = self.record_pks[pos] == pks
        rows = self.record_rows[pos[found]]
        return pks[found], self.matrix[rows] @ query.astype(np.float32)

    def mask(self, filters: Filters) -> np.ndarray:
        """Which records pass `filters`: the same conditions as `Filters.where()`, on numpy arrays."""
        from extractor.store.search import date_bound

        keep = np.ones(len(self), dtype=bool)

        def equal(column: str, value: str) -> None:
            nonlocal keep
            code = self.vocab.get(column, {}).get(value)
            keep &= self.codes[column] == (code if code is not None else -2)

        if filters.kind != "any":
            equal("kind", filters.kind)
        for column, value in (
            ("side", filters.investor), ("economy", filters.economy.upper() if filters.economy else None),
            ("instrument", filters.instrument), ("direction", filters.direction), ("role", filters.role),
            ("amount_currency", filters.currency.upper() if filters.currency else None),
            ("article_id", filters.article_id),
        ):
            if value is not None:
                equal(column, value)
        if filters.status == "unreconciled":
            keep &= self.codes["status"] == -1
        elif filters.status is not None:
            equal("status", filters.status)
        if filters.since:
            keep &= (self.ref_date > 0) & (self.ref_date >= _day_number(date_bound(filters.since, end=False)))
        if filters.until:
            keep &= (self.ref_date > 0) & (self.ref_date <= _day_number(date_bound(filters.until, end=True)))
        with np.errstate(invalid="ignore"):
            if filters.min_amount is not None:
                keep &= self.amount >= float(filters.min_amount)
            if filters.max_amount is not None:
                keep &= self.amount <= float(filters.max_amount)
        if not filters.include_duplicates:
            keep &= ~self.duplicate
        return keep


def _day_number(iso: str | None) -> int:
    """'2013-11-23' -> 20131123; anything else -> 0 (NULL)."""
    if not iso or len(iso) < 10:
        return 0
    try:
        return int(iso[:4] + iso[5:7] + iso[8:10])
    except ValueError:
        return 0
