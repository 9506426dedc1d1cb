"""The in-memory semantic index: every stored embedding as one float32 matrix.

Embeddings are unit vectors, so a cosine similarity is a dot product and scoring the whole store
is one matrix-vector product: 200,000 x 384 floats take a few milliseconds with numpy's BLAS.
Records share an embedding when their evidence sentence is identical (reprints, repeated ledes),
so the index keeps, per record, the row of its embedding (`record_rows`), and record scores are a
gather from the embedding scores.

The matrix is read from the `embeddings` table in one pass the first time a store searches by
meaning, and dropped whenever the store writes, so it never serves stale vectors.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from extractor.embeddings import DIMENSION


@dataclass
class VectorIndex:
    matrix: np.ndarray  # (n_embeddings, dim) float32, unit rows
    record_pks: np.ndarray  # (n_records,) int64, sorted ascending
    record_rows: np.ndarray  # (n_records,) int64: row of each record's embedding in `matrix`

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> VectorIndex:
        rows = conn.execute("SELECT pk, vector FROM embeddings ORDER BY pk").fetchall()
        dim = len(rows[0][1]) // 4 if rows else DIMENSION
        emb_pks = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dim)
        links = conn.execute(
            "SELECT pk, embedding_pk FROM records WHERE embedding_pk IS NOT NULL ORDER BY pk"
        ).fetchall()
        record_pks = np.fromiter((r[0] for r in links), dtype=np.int64, count=len(links))
        linked = np.fromiter((r[1] for r in links), dtype=np.int64, count=len(links))
        record_rows = np.searchsorted(emb_pks, linked)
        return cls(matrix=matrix, record_pks=record_pks, record_rows=record_rows)

    def __len__(self) -> int:
        return int(self.record_pks.shape[0])

    def record_scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of `query` (a unit vector) with every record's evidence, in `record_pks` order."""
        if len(self) == 0:
            return np.zeros(0, dtype=np.float32)
        return (self.matrix @ query.astype(np.float32))[self.record_rows]

    def scores_for(self, query: np.ndarray, pks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(pks that have an embedding, their scores) for a subset of record pks."""
        pos = np.searchsorted(self.record_pks, pks)
        pos = np.clip(pos, 0, max(len(self) - 1, 0))
        ok = (len(self) > 0) & (self.record_pks[pos] == pks) if len(self) else np.zeros(len(pks), dtype=bool)
        rows = self.record_rows[pos[ok]]
        return pks[ok], self.matrix[rows] @ query.astype(np.float32)
