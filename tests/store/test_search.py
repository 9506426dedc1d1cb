"""Search mechanics: hostile queries, FTS5 syntax, filters, fusion, argument checks."""

from __future__ import annotations

import re

import pytest
from conftest import _hashed_bag_of_words

from extractor.errors import SettingsError
from extractor.store.search import Filters, date_bound, fts_expression, parse_amount, search, search_sql

MODES = ("fts", "semantic", "hybrid")

# fmt: off
HOSTILE = [
    '"', '""', "'", '"net sellers', "net sellers\"", "bonds AND", "OR", "NOT NOT", "NEAR(", "NEAR(bonds stocks, -1)",
    "*", "bon**", "^", "evidence:", "nosuchcolumn:bonds", "records_fts MATCH 'x'", "(((", ")", "{bonds}",
    "'; DROP TABLE records; --", "1 OR 1=1", ") UNION SELECT * FROM articles --", "%' OR '1'='1",
    "x" * 10_000, "bonds " * 2_000, "\x00\x01\x02 bonds \x1b[31m\x7f", "\ud800 lone surrogate", "\u202e\u200b",
    "🚀📉 yen", "", "   ", "-", "+", "a:b:c", "\\", "NULL", "?", "?1", ":name", "@x",
]
# fmt: on


@pytest.mark.parametrize("query", HOSTILE, ids=[repr(q[:20]) for q in HOSTILE])
def test_search_hostile_queries_never_raise_or_write(gold_store, query):
    before = gold_store.conn.total_changes
    digest = gold_store.counts()
    for mode in MODES:
        hits = search(gold_store, query, mode=mode, limit=5, encode=_hashed_bag_of_words)
        assert len(hits) <= 5
    assert gold_store.conn.total_changes == before
    assert gold_store.counts() == digest


@pytest.mark.parametrize(("query", "pattern"), [
    ('"straight week"', r"straight week"),
    ("repatriat*", r"repatriat"),
    ('"net sale" OR "net sales"', r"net sale"),
], ids=["phrase", "prefix", "or"])
def test_search_fts_syntax_is_honoured(gold_store, query, pattern):
    hits = search(gold_store, query, mode="fts", limit=50)
    assert hits
    assert all(re.search(pattern, h.evidence, re.I) for h in hits)


@pytest.mark.parametrize(("text", "expected"), [
    ("foreigners dumping JGBs", '"foreigners" OR "dumping" OR "jgbs"'),
    ('"unbalanced quote', '"unbalanced" OR "quote"'),
    ("the of and", None),
    ('"net sellers"', '"net sellers"'),
], ids=["plain", "broken-syntax", "stopwords", "phrase"])
def test_search_fts_expression(fresh_store, text, expected):
    assert fts_expression(fresh_store.conn, text) == expected


FILTERS = [
    Filters(investor="resident", instrument="long_term_debt", direction="sell"),
    Filters(investor="non_resident", since="2013", until="2013-06"),
    Filters(economy="jp", min_amount=1e12, max_amount=2e12),
    Filters(kind="figure"),
    Filters(kind="statement"),
    Filters(kind="any", since="2020-03", until="2020-03"),
    Filters(include_duplicates=True, instrument="equity", direction="buy"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_search_filters_list_exactly_the_matching_records(gold_store, filters):
    where, params = filters.where()
    expected = {r[0] for r in gold_store.conn.execute(
        f"SELECT r.id FROM records r JOIN articles a ON a.pk = r.article_pk WHERE {where}", params)}
    listed = {h.id for h in search(gold_store, "", filters, limit=10_000)}
    assert expected
    assert listed == expected
    for mode in MODES:  # ranked searches return only records the filters allow
        hits = search(gold_store, "Japanese investors bonds", filters, mode=mode, limit=20, encode=_hashed_bag_of_words)
        assert {h.id for h in hits} <= expected


@pytest.mark.parametrize("filters", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_search_vector_mask_equals_sql_filters(gold_store, filters):
    where, params = filters.where()
    expected = {r[0] for r in gold_store.conn.execute(
        f"SELECT r.pk FROM records r JOIN articles a ON a.pk = r.article_pk WHERE {where} AND r.embedding_pk IS NOT NULL",
        params)}
    index = gold_store.vectors()
    assert set(index.record_pks[index.mask(filters)].tolist()) == expected


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2013", "2014", ["xfy2013", "xfy2014"]),
    ("2013-11", "2014-01-15", ["xfm201311", "xfm201312", "xfm201401"]),
    ("2013", None, []),
    ("1900", "2013", []),
], ids=["years", "months", "open-ended", "too-long"])
def test_search_date_facets(since, until, expected):
    expr = Filters(kind="any", since=since, until=until).facet_expression()
    assert expr == (f"facets : ({' OR '.join(expected)})" if expected else None)


def test_search_excludes_reprints_by_default(gold_store):
    reprint_records = {r[0] for r in gold_store.conn.execute(
        "SELECT r.id FROM records r JOIN articles a ON a.pk = r.article_pk WHERE a.duplicate_of IS NOT NULL")}
    assert reprint_records
    hits = search(gold_store, "foreign investors bought Japanese stocks", mode="fts", limit=500)
    assert not {h.id for h in hits} & reprint_records


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2013", False, "2013-01-01"), ("2013", True, "2013-12-31"), ("2012-02", True, "2012-02-29"),
    ("2013-11-23", True, "2013-11-23"),
], ids=["year-start", "year-end", "leap-month", "day"])
def test_search_date_bound(value, end, expected):
    assert date_bound(value, end=end) == expected


@pytest.mark.parametrize("value", ["13", "2013-13", "2013-02-30", "yesterday", "2013/01"])
def test_search_date_bound_rejects(value):
    with pytest.raises(SettingsError, match="YYYY"):
        date_bound(value, end=False)


@pytest.mark.parametrize(("text", "expected"), [("500bn", 5e11), ("1.2 trillion", 1.2e12), ("1,000", 1000.0), ("3 mln", 3e6)])
def test_search_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["lots", "5 zillion", "-1", ""])
def test_search_parse_amount_rejects(text):
    with pytest.raises(SettingsError, match="amounts are"):
        parse_amount(text)


@pytest.mark.parametrize(("kwargs", "message"), [({"mode": "magic"}, "mode must be"), ({"limit": 0}, "limit must be")])
def test_search_bad_arguments(fresh_store, kwargs, message):
    with pytest.raises(SettingsError, match=message):
        search(fresh_store, "bonds", **kwargs)


def test_search_term_counts_come_from_the_refreshed_copy(tmp_path, fake_encode):
    """The copied counts equal the live FTS5 vocabulary, and a refresh waits for 5% more records."""
    from extractor.ingest.article import Article
    from extractor.store import FactStore

    store = FactStore(tmp_path / "t.db")
    sentence = "Foreign investors dumped a net 120 billion yen of Japanese stocks in the week."

    def put(n: int) -> None:
        rec = {"kind": "flow", "id": f"a{n}#f1", "article_id": f"a{n}", "direction": "sell",
               "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}
        with store.transaction():
            store.put_article(Article(id=f"a{n}", text=f"{sentence} ({n})", source=f"a{n}.json"), [rec])

    put(0)
    assert store.refresh_term_docs()
    live = dict(tuple(r) for r in store.conn.execute("SELECT term, doc FROM records_fts_vocab"))
    assert dict(tuple(r) for r in store.conn.execute("SELECT term, docs FROM term_docs")) == live
    assert live["dump"] == 1
    assert not store.refresh_term_docs()  # nothing changed
    put(1)  # 1 -> 2 records: more than 5%
    assert store.refresh_term_docs()
    assert store.conn.execute("SELECT docs FROM term_docs WHERE term = 'dump'").fetchone()[0] == 2
    store.close()


def test_search_fts_joins_from_the_index_outwards(gold_store):
    """The plan starts at the FTS5 match (not a filter index that would re-run the match per row)."""
    sql = search_sql(Filters(investor="resident", instrument="long_term_debt", since="2010", until="2012"), fts=True)
    plan = [tuple(r) for r in gold_store.conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                      ['"sellers"', "flow", "resident", "long_term_debt", "2010-01-01", "2012-12-31", 20])]
    assert "records_fts" in plan[0][3]


def test_search_ranks_only_the_newest_matches_beyond_the_budget(gold_store, monkeypatch):
    """With more matches than RANK_BUDGET, bm25 ranks the newest RANK_BUDGET of them (a bounded cost)."""
    import importlib

    module = importlib.import_module("extractor.store.search")
    everything = fts_expression(gold_store.conn, "yen")
    matches = [r[0] for r in gold_store.conn.execute(
        "SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid DESC", (everything,))]
    assert len(matches) > 20
    monkeypatch.setattr(module, "RANK_BUDGET", 10)
    assert module._rank_window(gold_store.conn, everything) == matches[9]
    window = {r[0] for r in gold_store.conn.execute("SELECT pk FROM records WHERE pk >= ?", (matches[9],))}
    everywhere = Filters(kind="any", include_duplicates=True)
    ranked = module.fts_ranked(gold_store, "yen", everywhere, limit=5)
    assert len(ranked) == 5
    assert set(ranked) <= window
    # asked for more than the window holds: every match is ranked instead, so none is missed
    assert len(module.fts_ranked(gold_store, "yen", everywhere, limit=len(matches))) == len(matches)
