"""Schema migrations: ordered, named, recorded in _migrations, each in its own transaction."""

from __future__ import annotations

import sqlite3

import pytest

from extractor.errors import StoreSchemaError
from extractor.store import FactStore, schema

TABLES = ["_migrations", "article_lsh", "articles", "embeddings", "errors", "official_series", "records", "store_meta",
          "term_docs", "verdicts"]
VIEWS = ["canonical_records", "flow_verdicts", "flows"]


def _names(conn: sqlite3.Connection, kind: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
        (kind,))]


def test_schema_migrate_creates_tables_views_and_records_names(store_path):
    conn = sqlite3.connect(store_path, isolation_level=None)
    ran = schema.migrate(conn)
    assert ran == ["0001_core_tables", "0002_full_text", "0003_views", "0004_fts_facets", "0005_article_figures",
                   "0006_term_docs"]
    assert _names(conn, "table") == TABLES
    assert _names(conn, "view") == VIEWS
    assert schema.applied(conn) == ran
    assert schema.migrate(conn) == []  # idempotent


def test_schema_failed_migration_leaves_nothing_behind(store_path, monkeypatch):
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("0099_broken", broken)])
    conn = sqlite3.connect(store_path, isolation_level=None)
    with pytest.raises(RuntimeError, match="boom"):
        schema.migrate(conn)
    assert schema.applied(conn) == [name for name, _ in schema.MIGRATIONS[:-1]]
    assert "half_done" not in _names(conn, "table")


def test_schema_newer_database_is_refused(store_path):
    FactStore(store_path).close()
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('9999_future', 'x')")
    conn.close()
    with pytest.raises(StoreSchemaError, match="9999_future"):
        FactStore(store_path)


@pytest.mark.parametrize("content", [b"not a database at all, just text" * 100, b"\x00" * 4096], ids=["text", "zeros"])
def test_schema_non_database_file_is_a_clear_error(store_path, content):
    from extractor.errors import StoreError

    store_path.write_bytes(content)
    with pytest.raises(StoreError, match="Cannot open the fact store"):
        FactStore(store_path)


def test_schema_upgrade_backfills_facets_and_figures(store_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    conn = sqlite3.connect(store_path, isolation_level=None)
    schema.migrate(conn)
    conn.execute("""INSERT INTO articles (pk, id, source, text, content_hash, ingested_at)
                    VALUES (1, 'a', 'a.json', 'Japanese investors sold 1.2 trillion yen of bonds on Nov. 23.', 'h', 't')""")
    conn.execute("""INSERT INTO records (id, article_pk, article_id, seq, kind, side, instrument, direction, ref_date,
                    evidence, summary, json) VALUES ('a#f1', 1, 'a', 0, 'flow', 'resident', 'long_term_debt', 'sell',
                    '2013-11-23', 'Japanese investors sold 1.2 trillion yen of bonds.', 'sold', '{}')""")
    conn.close()
    monkeypatch.undo()
    with FactStore(store_path) as store:
        assert [tuple(r) for r in store.conn.execute("SELECT facets FROM records")] == [
            ("xfkindflow xfsideresident xfinstlongtermdebt xfdirsell xfy2013 xfm201311",)]
        assert [tuple(r) for r in store.conn.execute("SELECT figures FROM articles")] == [("1.2 23",)]
        hits = store.conn.execute(
            "SELECT rowid FROM records_fts WHERE records_fts MATCH 'bonds AND facets : xfm201311'").fetchall()
        assert [r[0] for r in hits] == [1]
        assert store.check_integrity() == []
