"""The fact store's schema, as ordered, named migrations.

Each migration is a function that runs SQL on a connection. `migrate(conn)` applies, in order,
every migration not yet listed in the `_migrations` table, each in its own transaction together
with the row that records it, so a crash leaves the schema either before or after a migration,
never half-way. A database that lists a migration this version does not know was written by a
newer FlowFacts: `StoreSchemaError`, rather than guessing.

docs/store.md documents every table and column for people who query the file from sqlite3 or
datasette. NOTE: keep it in sync with the SQL below.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from textwrap import dedent

from extractor.errors import StoreSchemaError

Migration = Callable[[sqlite3.Connection], None]


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run several statements (no parameters) without `executescript`'s implicit COMMIT."""
    for statement in _split(dedent(sql)):
        conn.execute(statement)


def _split(sql: str) -> list[str]:
    """Split a script on `;` at the end of a line, keeping trigger bodies (BEGIN ... END;) whole."""
    out: list[str] = []
    current: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def m0001_core_tables(conn: sqlite3.Connection) -> None:
    """Articles, records, verdicts, official series, errors and embeddings."""
    _script(conn, """
        CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            url TEXT,
            outlet TEXT,
            published TEXT,
            published_basis TEXT,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            duplicate_of TEXT,
            similarity REAL,
            minhash BLOB,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

        -- Locality-sensitive-hashing buckets of each article's MinHash signature: articles that
        -- share a bucket in any band are candidate reprints of each other.
        CREATE TABLE article_lsh (
            band INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            PRIMARY KEY (band, bucket, article_pk)
        ) WITHOUT ROWID;
        CREATE INDEX article_lsh_article ON article_lsh (article_pk);

        CREATE TABLE embeddings (
            pk INTEGER PRIMARY KEY,
            text_hash TEXT NOT NULL UNIQUE,
            model TEXT NOT NULL,
            dim INTEGER NOT NULL,
            vector BLOB NOT NULL
        );

        CREATE TABLE records (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            side TEXT,
            economy TEXT,
            investor_group TEXT,
            investor_text TEXT,
            instrument TEXT,
            market TEXT,
            direction TEXT,
            amount_value REAL,
            amount_currency TEXT,
            amount_precision REAL,
            signed_value REAL,
            period_kind TEXT,
            period_start TEXT,
            period_end TEXT,
            ref_date TEXT,
            role TEXT,
            source_series TEXT,
            status TEXT,
            measure TEXT,
            subject TEXT,
            value REAL,
            unit TEXT,
            speaker TEXT,
            affiliation TEXT,
            evidence TEXT NOT NULL,
            evidence_start INTEGER,
            evidence_end INTEGER,
            summary TEXT NOT NULL,
            embedding_pk INTEGER REFERENCES embeddings (pk),
            json TEXT NOT NULL
        );
        CREATE INDEX records_article ON records (article_pk, seq);
        CREATE INDEX records_flow_filter ON records (kind, side, instrument, ref_date);
        CREATE INDEX records_kind_date ON records (kind, ref_date);
        CREATE INDEX records_economy ON records (economy, kind);
        CREATE INDEX records_status ON records (status, kind);
        CREATE INDEX records_amount ON records (kind, amount_value);
        CREATE INDEX records_embedding ON records (embedding_pk);

        CREATE TABLE verdicts (
            pk INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            claim TEXT NOT NULL,
            series TEXT,
            series_key TEXT,
            period_end TEXT,
            official_value REAL,
            reported_value REAL,
            difference REAL,
            tolerance REAL,
            status TEXT NOT NULL,
            vintage TEXT,
            note TEXT,
            json TEXT NOT NULL,
            UNIQUE (record_id, seq)
        );
        CREATE INDEX verdicts_status ON verdicts (status);

        CREATE TABLE official_series (
            series TEXT NOT NULL,
            direction TEXT NOT NULL,
            instrument TEXT NOT NULL,
            investor_group TEXT NOT NULL,
            metric TEXT NOT NULL,
            period_kind TEXT NOT NULL,
            period_start TEXT,
            period_end TEXT NOT NULL,
            value_yen INTEGER,
            vintage TEXT NOT NULL,
            PRIMARY KEY (series, direction, instrument, investor_group, metric, period_kind, period_end, vintage)
        ) WITHOUT ROWID;

        CREATE TABLE errors (
            pk INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            article_id TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL,
            message TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            UNIQUE (source, article_id, stage)
        );
    """)


def m0002_full_text(conn: sqlite3.Connection) -> None:
    """FTS5 external-content indexes over record evidence and article text, synced by triggers."""
    _script(conn, """
        CREATE VIRTUAL TABLE records_fts USING fts5 (
            evidence, summary,
            content = 'records', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
            INSERT INTO records_fts (rowid, evidence, summary) VALUES (new.pk, new.evidence, new.summary);
        END;
        CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
            INSERT INTO records_fts (records_fts, rowid, evidence, summary)
            VALUES ('delete', old.pk, old.evidence, old.summary);
        END;
        CREATE TRIGGER records_fts_update AFTER UPDATE OF evidence, summary ON records BEGIN
            INSERT INTO records_fts (records_fts, rowid, evidence, summary)
            VALUES ('delete', old.pk, old.evidence, old.summary);
            INSERT INTO records_fts (rowid, evidence, summary) VALUES (new.pk, new.evidence, new.summary);
        END;

        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text,
            content = 'articles', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;

        -- Term statistics of the record index, used to drop near-universal terms from queries.
        CREATE VIRTUAL TABLE records_fts_vocab USING fts5vocab (records_fts, 'row');
    """)


def m0003_views(conn: sqlite3.Connection) -> None:
    """Convenience views for sqlite3 and datasette users: canonical flows, verdicts per flow."""
    _script(conn, """
        CREATE VIEW canonical_records AS
            SELECT r.* FROM records r JOIN articles a ON a.pk = r.article_pk
            WHERE a.duplicate_of IS NULL;
        CREATE VIEW flows AS
            SELECT r.id, r.article_id, a.published, a.outlet, r.side, r.economy, r.investor_group,
                   r.investor_text, r.instrument, r.market, r.direction, r.amount_value,
                   r.amount_currency, r.signed_value, r.period_kind, r.period_start, r.period_end,
                   r.role, r.source_series, r.status, r.evidence
            FROM records r JOIN articles a ON a.pk = r.article_pk
            WHERE r.kind = 'flow' AND a.duplicate_of IS NULL;
        CREATE VIEW flow_verdicts AS
            SELECT r.id AS record_id, r.article_id, r.side, r.instrument, r.direction, r.amount_value,
                   r.period_kind, r.period_end AS reported_period_end, v.claim, v.series, v.series_key,
                   v.official_value, v.reported_value, v.difference, v.tolerance, v.status, v.note
            FROM verdicts v JOIN records r ON r.id = v.record_id;
    """)


def m0004_fts_facets(conn: sqlite3.Connection) -> None:
    """Filter facets as index tokens: records get a `facets` column, indexed by `records_fts`.

    A filtered full-text search then lets FTS5 rank only the records that can pass the filters,
    instead of ranking every match and filtering afterwards. Existing rows are backfilled and the
    index is rebuilt.
    """
    from extractor.store.rows import facets

    conn.execute("ALTER TABLE records ADD COLUMN facets TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT pk, kind, side, economy, instrument, direction, ref_date FROM records").fetchall()
    names = ("kind", "side", "economy", "instrument", "direction", "ref_date")
    conn.executemany("UPDATE records SET facets = ? WHERE pk = ?",
                     [(facets(dict(zip(names, r[1:], strict=True))), r[0]) for r in rows])
    _script(conn, """
        DROP TRIGGER records_fts_insert;
        DROP TRIGGER records_fts_delete;
        DROP TRIGGER records_fts_update;
        DROP TABLE records_fts_vocab;
        DROP TABLE records_fts;
        CREATE VIRTUAL TABLE records_fts USING fts5 (
            evidence, summary, facets,
            content = 'records', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
            INSERT INTO records_fts (rowid, evidence, summary, facets)
            VALUES (new.pk, new.evidence, new.summary, new.facets);
        END;
        CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
            INSERT INTO records_fts (records_fts, rowid, evidence, summary, facets)
            VALUES ('delete', old.pk, old.evidence, old.summary, old.facets);
        END;
        CREATE TRIGGER records_fts_update AFTER UPDATE OF evidence, summary, facets ON records BEGIN
            INSERT INTO records_fts (records_fts, rowid, evidence, summary, facets)
            VALUES ('delete', old.pk, old.evidence, old.summary, old.facets);
            INSERT INTO records_fts (rowid, evidence, summary, facets) VALUES (new.pk, new.evidence, new.summary, new.facets);
        END;
        CREATE VIRTUAL TABLE records_fts_vocab USING fts5vocab (records_fts, 'row');
        INSERT INTO records_fts (records_fts) VALUES ('rebuild');
    """)


def m0005_article_figures(conn: sqlite3.Connection) -> None:
    """The figures an article prints (`articles.figures`), so the reprint check can reject
    another week's story of the same template without reading and shingling its text."""
    from extractor.store.dedupe import numbers

    conn.execute("ALTER TABLE articles ADD COLUMN figures TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT pk, text FROM articles").fetchall()
    conn.executemany("UPDATE articles SET figures = ? WHERE pk = ?", [(" ".join(sorted(numbers(t))), pk) for pk, t in rows])


def m0006_term_docs(conn: sqlite3.Connection) -> None:
    """A plain copy of the record index's per-term document counts, a key-value table of store facts,
    and `articles.extractor`: the fingerprint of the extractor that made an article's records.

    Reading a count from `records_fts_vocab` walks the term's whole doclist (about 15 ms for a
    common term in a 300,000-record store), which a search cannot afford for every query word;
    `FactStore.refresh_term_docs()` copies the counts here after an ingest (under a second).
    """
    _script(conn, """
        ALTER TABLE articles ADD COLUMN extractor TEXT;
        CREATE TABLE term_docs (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """)
    conn.execute("INSERT INTO term_docs (term, docs) SELECT term, doc FROM records_fts_vocab")
    conn.execute("INSERT INTO store_meta (key, value) SELECT 'term_docs_records', count(*) FROM records")


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_core_tables", m0001_core_tables),
    ("0002_full_text", m0002_full_text),
    ("0003_views", m0003_views),
    ("0004_fts_facets", m0004_fts_facets),
    ("0005_article_figures", m0005_article_figures),
    ("0006_term_docs", m0006_term_docs),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied, in the order they ran."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def pending(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations `migrate` would run; raises if the database is newer than the code."""
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreSchemaError(
            f"The database has migrations this FlowFacts does not know ({', '.join(unknown)}); it was "
            "written by a newer version. Upgrade FlowFacts or use another --db file."
        )
    return [name for name in known if name not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending migration, each in its own transaction; return the names applied.

    `conn` must be in autocommit mode (`isolation_level=None`) so that the explicit BEGIN/COMMIT
    here are the only transaction boundaries.
    """
    todo = pending(conn)
    ran: list[str] = []
    for name, fn in MIGRATIONS:
        if name not in todo:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check inside the write lock: another process may have migrated meanwhile.
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            fn(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(name)
    return ran
