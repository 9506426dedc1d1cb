"""`FactStore`: the SQLite file that keeps articles, records, verdicts, official series and errors.

One FactStore wraps one connection in autocommit mode; every write goes through `transaction()`,
an explicit `BEGIN IMMEDIATE ... COMMIT`, so a batch of articles lands whole or not at all. The
file runs in WAL mode: readers never block the writer, and a process killed mid-batch leaves the
last committed state (SQLite rolls the unfinished transaction back on the next open).

Writing an article (`put_article`) is idempotent: the same text and date again changes nothing,
a changed text or date replaces the article's records, embeddings references and verdicts in the
caller's transaction. Reprints are linked to their canonical article through `duplicate_of`
(see `dedupe.py`), and the canonical article of a cluster is always the earliest published one
(same day: the copy with more figures), whatever order the articles arrive in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from extractor.errors import StoreError, StoreSchemaError
from extractor.store import dedupe, schema
from extractor.store.rows import INSERT_RECORD_SQL, embedding_text, record_row, text_hash

if TYPE_CHECKING:
    from extractor.ingest.article import Article
    from extractor.store.vectors import VectorIndex

DEFAULT_DB = "flowfacts.db"

# Tables whose rows make up the store's content (the rest are indexes, logs and bookkeeping).
CONTENT_TABLES = ("articles", "records", "verdicts", "embeddings", "official_series", "errors", "article_lsh")
# Columns that record when something happened rather than what: left out of `content_digest`.
_VOLATILE = {"ingested_at", "first_seen", "last_seen", "applied_at"}


@dataclass
class PutResult:
    """What `put_article` did: 'added', 'replaced', 'unchanged' or 'metadata' (only provenance changed)."""

    action: str
    article_pk: int
    records: int = 0
    duplicate_of: str | None = None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FactStore:
    """A fact database in one SQLite file (or `:memory:`).

    >>> store = FactStore(":memory:")
    >>> store.counts()["articles"]
    0
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, migrate: bool = True, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).is_file():
                    raise StoreError(f"No fact store at {self.path}; create one with `flowfacts ingest PATH --db {self.path}`.")
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            if not readonly and self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is safe in WAL mode against a killed process; only a power cut may lose the
            # last committed batch, and even then the file stays consistent.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA cache_size = -65536")
            self.conn.execute("PRAGMA temp_store = MEMORY")
            if readonly:
                todo = self._pending_readonly()
            else:
                todo = schema.pending(self.conn)
                if migrate and todo:
                    schema.migrate(self.conn)
                    todo = []
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Cannot open the fact store {self.path}: {exc}. Is it a FlowFacts database?") from exc
        if todo:
            raise StoreSchemaError(
                f"The fact store {self.path} needs migrations ({', '.join(todo)}); run `flowfacts store migrate --db {self.path}`."
            )
        self._in_tx = False
        self._vectors: VectorIndex | None = None

    def _pending_readonly(self) -> list[str]:
        exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").fetchone()
        done = [r[0] for r in self.conn.execute("SELECT name FROM _migrations")] if exists else []
        known = [name for name, _ in schema.MIGRATIONS]
        if any(name not in known for name in done):
            raise StoreSchemaError(f"The fact store {self.path} was written by a newer FlowFacts; upgrade to read it.")
        return [name for name in known if name not in done]

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls join the outer one."""
        if self._in_tx:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_tx = False
            self._vectors = None  # the semantic index reloads after any write

    # -- articles ---------------------------------------------------------------------------

    def article_states(self) -> dict[str, tuple[str, str | None, str | None]]:
        """id -> (content hash, published, extractor) of every stored article: what ingest compares against."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.conn.execute("SELECT id, content_hash, published, extractor FROM articles")}

    def put_article(
        self,
        article: Article,
        records: list[dict[str, Any]],
        *,
        vectors: dict[str, np.ndarray] | None = None,
        verdicts: list[dict[str, Any]] | None = None,
        model: str = "all-MiniLM-L6-v2",
        extractor: str | None = None,
    ) -> PutResult:
        """Store an article with its records (and their evidence vectors and verdicts).

        `vectors` maps `rows.text_hash(rows.embedding_text(record))` to a float32 vector; texts
        already in the store keep their stored vector. `extractor` names what made the records
        (`extractor_fingerprint()`); an article stored by another extractor has its records
        replaced even when its text is unchanged (None: do not compare). Must run inside `transaction()`.
        """
        if not self._in_tx:
            raise StoreError("put_article must run inside FactStore.transaction()")
        c = self.conn
        published = article.published.isoformat() if article.published else None
        old = c.execute(
            "SELECT pk, content_hash, published, extractor, title, url, outlet, source, published_basis FROM articles WHERE id = ?",
            (article.id,),
        ).fetchone()
        meta = (article.title, article.url, article.outlet, article.source, article.published_basis)
        if (old is not None and old["content_hash"] == article.content_hash and old["published"] == published
                and (extractor is None or old["extractor"] == extractor)):
            if tuple(old[k] for k in ("title", "url", "outlet", "source", "published_basis")) == meta:
                return PutResult("unchanged", old["pk"])
            c.execute(
                "UPDATE articles SET title = ?, url = ?, outlet = ?, source = ?, published_basis = ? WHERE pk = ?",
                (*meta, old["pk"]),
            )
            return PutResult("metadata", old["pk"])

        fingerprint = dedupe.Fingerprint.of(article.text)
        signature = dedupe.minhash(set(fingerprint.shingles))
        figures = " ".join(sorted(fingerprint.numbers))
        if old is not None:
            pk = old["pk"]
            self._delete_records(pk)
            c.execute("DELETE FROM article_lsh WHERE article_pk = ?", (pk,))
            c.execute(
                """UPDATE articles SET title = ?, url = ?, outlet = ?, source = ?, published_basis = ?,
                   published = ?, text = ?, content_hash = ?, minhash = ?, figures = ?, duplicate_of = NULL,
                   similarity = NULL, ingested_at = ?, extractor = ? WHERE pk = ?""",
                (*meta, published, article.text, article.content_hash, signature.tobytes(), figures, now(), extractor, pk),
            )
            action = "replaced"
        else:
            pk = c.execute(
                """INSERT INTO articles (id, title, url, outlet, source, published_basis, published, text,
                   content_hash, minhash, figures, ingested_at, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (article.id, *meta, published, article.text, article.content_hash, signature.tobytes(), figures, now(), extractor),
            ).lastrowid
            assert pk is not None
            action = "added"
        c.executemany(
            "INSERT INTO article_lsh (band, bucket, article_pk) VALUES (?, ?, ?)",
            [(b, h, pk) for b, h in dedupe.bands(signature)],
        )
        self._insert_records(pk, article, records, vectors or {}, model)
        if verdicts:
            self._insert_verdicts(verdicts)
        duplicate_of = self._link_duplicates(pk, article.id, published, fingerprint, signature)
        if action == "replaced":
            # Reprints that pointed at the old text must be checked against the new one.
            for row in c.execute("SELECT pk, id, published, text FROM articles WHERE duplicate_of = ?", (article.id,)).fetchall():
                c.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE pk = ?", (row["pk"],))
                fp = dedupe.Fingerprint.of(row["text"])
                self._link_duplicates(row["pk"], row["id"], row["published"], fp, dedupe.minhash(set(fp.shingles)))
        self.conn.execute("DELETE FROM errors WHERE article_id = ? AND stage != 'read'", (article.id,))
        return PutResult(action, pk, len(records), duplicate_of)

    def _delete_records(self, article_pk: int) -> None:
        c = self.conn
        emb = [r[0] for r in c.execute(
            "SELECT DISTINCT embedding_pk FROM records WHERE article_pk = ? AND embedding_pk IS NOT NULL", (article_pk,))]
        c.execute("DELETE FROM verdicts WHERE record_id IN (SELECT id FROM records WHERE article_pk = ?)", (article_pk,))
        c.execute("DELETE FROM records WHERE article_pk = ?", (article_pk,))
        # Embeddings are shared by identical sentences; drop only the ones nothing refers to now.
        c.executemany(
            "DELETE FROM embeddings WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM records WHERE embedding_pk = ?)",
            [(e, e) for e in emb],
        )

    def _insert_records(
        self, article_pk: int, article: Article, records: list[dict[str, Any]],
        vectors: dict[str, np.ndarray], model: str,
    ) -> None:
        c = self.conn
        params = []
        for seq, record in enumerate(records):
            if not record.get("id"):
                raise StoreError(f"{article.source}: a record of article {article.id} has no 'id'")
            record = dict(record)
            record.setdefault("article_id", article.id)
            row = record_row(record, published=article.published)
            embedding_pk = None
            if row.values["evidence"]:
                key = text_hash(embedding_text(record))
                found = c.execute("SELECT pk FROM embeddings WHERE text_hash = ?", (key,)).fetchone()
                if found is not None:
                    embedding_pk = found[0]
                elif key in vectors:
                    vec = np.asarray(vectors[key], dtype=np.float32)
                    embedding_pk = c.execute(
                        "INSERT INTO embeddings (text_hash, model, dim, vector) VALUES (?, ?, ?, ?)",
                        (key, model, int(vec.shape[0]), vec.tobytes()),
                    ).lastrowid
            params.append(row.params(article_pk=article_pk, seq=seq, embedding_pk=embedding_pk))
        try:
            c.executemany(INSERT_RECORD_SQL, params)
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"{article.source}: records of article {article.id} clash with stored ones ({exc})") from exc

    def _insert_verdicts(self, verdicts: list[dict[str, Any]]) -> None:
        c = self.conn
        seqs: dict[str, int] = {}
        primary: dict[str, str] = {}
        figure_seen: set[str] = set()
        rows = []
        for v in verdicts:
            rid = _verdict_record_id(str(v.get("record_id") or ""))
            if not rid:
                continue
            seq = seqs.get(rid, 0)
            seqs[rid] = seq + 1
            claim = str(v.get("claim") or v.get("check") or "figure")
            status = str(v.get("status") or "unverifiable")
            # A record's status is its own figure's verdict; claim checks only stand in without one.
            # A table row has one verdict per cell and takes the worst of them.
            if claim == "figure" and rid not in figure_seen:
                figure_seen.add(rid)
                primary[rid] = status
            elif claim == "table" and rid not in figure_seen:
                primary[rid] = max(primary.get(rid, status), status, key=_STATUS_RANK.index)
            elif rid not in primary:
                primary[rid] = status
            rows.append((
                rid, seq, claim, v.get("series"), v.get("series_key"), v.get("period_end"),
                _real(v.get("official_value")), _real(v.get("reported_value")), _real(v.get("difference")),
                _real(v.get("tolerance")), status, v.get("vintage"), v.get("note"),
                json.dumps(v, ensure_ascii=False, sort_keys=True, default=str),
            ))
        c.executemany(
            """INSERT INTO verdicts (record_id, seq, claim, series, series_key, period_end, official_value,
               reported_value, difference, tolerance, status, vintage, note, json)
               SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM records WHERE id = ?)""",
            [(*r, r[0]) for r in rows],
        )
        c.executemany("UPDATE records SET status = ? WHERE id = ?", [(s, rid) for rid, s in primary.items()])

    def replace_verdicts(self, verdicts: list[dict[str, Any]]) -> int:
        """Replace the verdicts of the records they name (e.g. after `reconcile --db`); returns the count stored."""
        ids = sorted({_verdict_record_id(str(v.get("record_id"))) for v in verdicts if v.get("record_id")})
        with self.transaction():
            self.conn.executemany("DELETE FROM verdicts WHERE record_id = ?", [(i,) for i in ids])
            self.conn.executemany("UPDATE records SET status = NULL WHERE id = ?", [(i,) for i in ids])
            self._insert_verdicts(verdicts)
            return int(self.conn.execute(
                "SELECT count(*) FROM verdicts WHERE record_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
            ).fetchone()[0])

    # -- near-duplicates --------------------------------------------------------------------

    def _link_duplicates(
        self, pk: int, article_id: str, published: str | None, fingerprint: dedupe.Fingerprint, signature: np.ndarray
    ) -> str | None:
        """Link the article to the cluster of its best-matching reprint; return its canonical id."""
        c = self.conn
        pairs = dedupe.bands(signature)
        values = ", ".join("(?, ?)" for _ in pairs)
        candidates = c.execute(
            f"""SELECT l.article_pk, count(*) AS n FROM article_lsh l
                JOIN (VALUES {values}) q ON l.band = q.column1 AND l.bucket = q.column2
                WHERE l.article_pk != ? GROUP BY l.article_pk ORDER BY n DESC, l.article_pk LIMIT 8""",
            [x for p in pairs for x in p] + [pk],
        ).fetchall()
        best: tuple[float, sqlite3.Row] | None = None
        for cand in candidates:
            row = c.execute(
                "SELECT pk, id, published, duplicate_of, minhash, figures FROM articles WHERE pk = ?", (cand[0],)
            ).fetchone()
            # Cheap filters first: signatures this far apart are not reprints, not even excerpts,
            # and a story printing other figures is another week's story.
            if dedupe.estimated_jaccard(signature, np.frombuffer(row["minhash"], dtype=np.uint32)) < 0.2:
                continue
            if not dedupe.figures_agree(fingerprint.numbers, set(row["figures"].split())):
                continue
            text = c.execute("SELECT text FROM articles WHERE pk = ?", (row["pk"],)).fetchone()[0]
            same, jaccard = dedupe.is_near_duplicate(fingerprint, dedupe.Fingerprint.of(text))
            if same and (best is None or (jaccard, -row["pk"]) > (best[0], -best[1]["pk"])):
                best = (jaccard, row)
        if best is None:
            return None
        jaccard, match = best
        canonical_id = match["duplicate_of"] or match["id"]
        canonical = c.execute("SELECT pk, id, published, text FROM articles WHERE id = ?", (canonical_id,)).fetchone()
        own_text = c.execute("SELECT text FROM articles WHERE pk = ?", (pk,)).fetchone()[0]
        if _canonical_key(published, own_text, article_id) < _canonical_key(canonical["published"], canonical["text"], canonical["id"]):
            # The newcomer is older: it becomes the cluster's canonical article.
            c.execute(
                "UPDATE articles SET duplicate_of = ? WHERE (id = ? OR duplicate_of = ?) AND pk != ?",
                (article_id, canonical_id, canonical_id, pk),
            )
            c.execute("UPDATE articles SET similarity = ? WHERE id = ?", (jaccard, canonical_id))
            c.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE pk = ?", (pk,))
            return None
        c.execute("UPDATE articles SET duplicate_of = ?, similarity = ? WHERE pk = ?", (canonical_id, jaccard, pk))
        return str(canonical_id)

    # -- errors -----------------------------------------------------------------------------

    def record_error(self, source: str, message: str, *, stage: str, article_id: str = "") -> None:
        """Note a failed input; the same failure again only updates `last_seen`."""
        t = now()
        self.conn.execute(
            """INSERT INTO errors (source, article_id, stage, message, first_seen, last_seen)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (source, article_id, stage) DO UPDATE SET message = excluded.message,
               last_seen = excluded.last_seen""",
            (source, article_id, stage, message, t, t),
        )

    def clear_read_errors(self, sources: Iterable[str], folders: Iterable[str] = ()) -> None:
        """Forget the read failures of files about to be read again, and of any file under `folders`
        (a file removed from an ingested folder no longer fails)."""
        self.conn.executemany("DELETE FROM errors WHERE source = ? AND stage = 'read'", [(s,) for s in sources])
        self.conn.executemany(
            "DELETE FROM errors WHERE stage = 'read' AND substr(source, 1, length(?)) = ?",
            [(f.rstrip("/") + "/",) * 2 for f in folders],
        )

    # -- official series --------------------------------------------------------------------

    def official_vintages(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT vintage FROM official_series")}

    def put_official(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert (series, direction, instrument, investor_group, metric, period_kind, start, end, value_yen,
        vintage) rows; a row already stored for the same figure and vintage is replaced."""
        cur = self.conn.executemany(
            """INSERT OR REPLACE INTO official_series (series, direction, instrument, investor_group, metric,
               period_kind, period_start, period_end, value_yen, vintage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            list(rows),
        )
        return cur.rowcount

    def refresh_term_docs(self, *, force: bool = False) -> bool:
        """Copy the record index's per-term document counts into `term_docs` for search.

        Skipped (returns False) while the record count is within TERM_DOCS_DRIFT of the count the
        copy was made at: search only uses the counts to keep its rarest words, which a few percent
        of new records do not change.
        """
        c = self.conn
        now_n = int(c.execute("SELECT count(*) FROM records").fetchone()[0])
        row = c.execute("SELECT value FROM store_meta WHERE key = 'term_docs_records'").fetchone()
        then_n = int(row[0]) if row else -1
        if not force and then_n >= 0 and abs(now_n - then_n) <= TERM_DOCS_DRIFT * max(then_n, 1):
            return False
        with self.transaction():
            c.execute("DELETE FROM term_docs")
            c.execute("INSERT INTO term_docs (term, docs) SELECT term, doc FROM records_fts_vocab")
            c.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('term_docs_records', ?)", (str(now_n),))
        return True

    # -- reading ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per content table, plus canonical (non-reprint) articles and flows."""
        out = {t: int(self.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in CONTENT_TABLES}
        out["duplicate_articles"] = int(self.conn.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0])
        out["canonical_flows"] = int(self.conn.execute("SELECT count(*) FROM flows").fetchone()[0])
        return out

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            """SELECT id, title, url, outlet, published, published_basis, source, content_hash, duplicate_of,
               similarity, ingested_at, text FROM articles WHERE id = ?""", (article_id,)).fetchone()
        return dict(row) if row else None

    def record(self, record_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT json, status FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        rec: dict[str, Any] = json.loads(row["json"])
        rec["status"] = row["status"]
        rec["verdicts"] = self.verdicts(record_id)
        return rec

    def verdicts(self, record_id: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT json FROM verdicts WHERE record_id = ? ORDER BY seq", (record_id,))]

    def records_of(self, article_id: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT r.json FROM records r JOIN articles a ON a.pk = r.article_pk WHERE a.id = ? ORDER BY r.seq",
            (article_id,))]

    def iter_records(self, *, kind: str | None = None, include_duplicates: bool = False) -> Iterator[dict[str, Any]]:
        """Every stored record dict, in article then extraction order (what `reconcile --db` reads)."""
        sql = "SELECT r.json FROM records r JOIN articles a ON a.pk = r.article_pk WHERE 1"
        params: list[Any] = []
        if kind:
            sql += " AND r.kind = ?"
            params.append(kind)
        if not include_duplicates:
            sql += " AND a.duplicate_of IS NULL"
        for row in self.conn.execute(sql + " ORDER BY a.id, r.seq", params):
            yield json.loads(row[0])

    def errors(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT source, article_id, stage, message, last_seen FROM errors ORDER BY source, article_id, stage")]

    def content_digest(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every content row, sorted, with its volatile columns (timestamps) left out.

        Two stores with equal digests hold the same facts; the crash test compares them.
        """
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in CONTENT_TABLES:
            cols = [r[1] for r in self.conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in _VOLATILE]
            rows = self.conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"').fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
        return out

    def check_integrity(self) -> list[str]:
        """Problems found by SQLite's integrity check and the FTS5 index checks; empty when sound."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        for fts in ("records_fts", "articles_fts"):
            try:
                self.conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{fts}: {exc}")
        return problems

    def vectors(self) -> VectorIndex:
        """The in-memory semantic index of every stored embedding (loaded on first use)."""
        if self._vectors is None:
            from extractor.store.vectors import VectorIndex

            self._vectors = VectorIndex.load(self.conn)
        return self._vectors


def _canonical_key(published: str | date | None, text: str, article_id: str) -> tuple[str, int, int, str]:
    """Earliest published first; on the same day the copy with more figures (reprints drop
    paragraphs; their residue adds words, not figures), then the longer text, then the id."""
    return (str(published) if published else "9999-12-31", -len(dedupe.numbers(text)), -len(text), article_id)


_STATUS_RANK = ("unverifiable", "match", "revised", "mismatch")


def _verdict_record_id(rid: str) -> str:
    """The stored record a verdict belongs to: a table cell's verdict ("…#t1/equity") is its row's."""
    head, sep, tail = rid.rpartition("#")
    return f"{head}{sep}{tail.split('/', 1)[0]}" if sep else rid


TERM_DOCS_DRIFT = 0.05  # refresh the copied term counts once the record count moves by more than this share


def _real(x: Any) -> float | None:
    if isinstance(x, bool) or x is None:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None
