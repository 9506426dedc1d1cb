"""FactStore writes: idempotent articles, atomic replacement, reprint links, verdicts, errors."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.ingest.article import Article
from extractor.store import FactStore
from extractor.store.rows import embedding_text, text_hash

TEXT = (
    "TOKYO, Nov 28 (Kabuto Wire) - Japanese investors bought a net 1.406 trillion yen of foreign bonds in the "
    "week through Nov. 23, Ministry of Finance data showed on Thursday, their seventh straight week of buying. "
    "They had bought 351.5 billion yen the week before. Foreign investors sold a net 120.4 billion yen of "
    "Japanese stocks, after buying 88.1 billion yen, while they bought 410.0 billion yen of short-term bills."
)
REPRINT = "Japan investors keep buying foreign bonds\nAdvertisement\n" + TEXT.replace("TOKYO, Nov 28 (Kabuto Wire) - ", "") + "\nRead more"


def flow(article_id: str, n: int, sentence: str, *, value: float = 1.406e12, direction: str = "buy") -> dict:
    start = TEXT.find(sentence)
    return {
        "kind": "flow", "id": f"{article_id}#f{n}", "article_id": article_id,
        "investor": {"side": "resident", "economy": "JP", "text": "Japanese investors", "group": "all"},
        "instrument": "long_term_debt", "market": "foreign", "direction": direction,
        "amount": {"value": value, "currency": "JPY", "text": "1.406 trillion yen", "precision": 1e9},
        "period": {"kind": "week", "start": "2013-11-17", "end": "2013-11-23", "text": "the week through Nov. 23"},
        "role": "headline", "source": {"text": "Ministry of Finance data", "series": "mof_weekly"},
        "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
    }


SENTENCE = TEXT[: TEXT.index(" They had")]


def put(store: FactStore, article: Article, records: list[dict], encode=None, verdicts=None):
    vectors = {}
    if encode is not None:
        texts = [embedding_text(r) for r in records]
        vectors = dict(zip([text_hash(t) for t in texts], encode(texts), strict=True))
    with store.transaction():
        return store.put_article(article, records, vectors=vectors, verdicts=verdicts)


def article(aid: str = "kw-1", text: str = TEXT, published: date | None = date(2013, 11, 28)) -> Article:
    return Article(id=aid, text=text, published=published, source=f"{aid}.json", outlet="Kabuto Wire")


def rows(store: FactStore, sql: str) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql)]


def test_store_put_article_is_idempotent(fresh_store, fake_encode):
    first = put(fresh_store, article(), [flow("kw-1", 1, SENTENCE)], fake_encode)
    again = put(fresh_store, article(), [flow("kw-1", 1, SENTENCE)], fake_encode)
    assert (first.action, again.action) == ("added", "unchanged")
    assert rows(fresh_store, "SELECT id, kind, side, instrument, direction, amount_value, signed_value, period_end, ref_date FROM records") == [
        ("kw-1#f1", "flow", "resident", "long_term_debt", "buy", 1.406e12, 1.406e12, "2013-11-23", "2013-11-23"),
    ]
    assert fresh_store.counts()["embeddings"] == 1


def test_store_changed_article_replaces_records(fresh_store, fake_encode):
    put(fresh_store, article(), [flow("kw-1", 1, SENTENCE), flow("kw-1", 2, SENTENCE, value=3.515e11)], fake_encode)
    changed = article(text=TEXT + " Updated.")
    result = put(fresh_store, changed, [flow("kw-1", 1, SENTENCE, value=1.5e12, direction="sell")], fake_encode)
    assert result.action == "replaced"
    assert rows(fresh_store, "SELECT id, direction, signed_value FROM records") == [("kw-1#f1", "sell", -1.5e12)]
    assert rows(fresh_store, "SELECT id, content_hash = ? FROM articles".replace("?", repr(changed.content_hash))) == [("kw-1", 1)]
    assert fresh_store.check_integrity() == []
    # The old embedding is gone with the records that used it; the new one is there.
    assert fresh_store.counts()["embeddings"] == 1


def test_store_failed_replacement_keeps_old_records(fresh_store):
    put(fresh_store, article(), [flow("kw-1", 1, SENTENCE)])
    bad = [flow("kw-1", 1, SENTENCE), flow("kw-1", 1, SENTENCE)]  # duplicate record id
    with pytest.raises(Exception, match="clash"):
        put(fresh_store, article(text=TEXT + " Updated."), bad)
    assert rows(fresh_store, "SELECT id, amount_value FROM records") == [("kw-1#f1", 1.406e12)]
    assert rows(fresh_store, "SELECT content_hash FROM articles") == [(article().content_hash,)]


@pytest.mark.parametrize("order", [("orig", "reprint"), ("reprint", "orig")], ids=["original-first", "reprint-first"])
def test_store_reprint_linked_to_earliest_article(fresh_store, order):
    arts = {
        "orig": article("kw-1", TEXT, date(2013, 11, 28)),
        "reprint": article("pmd-7", REPRINT, date(2013, 11, 29)),
    }
    for name in order:
        put(fresh_store, arts[name], [flow(arts[name].id, 1, SENTENCE)])
    assert rows(fresh_store, "SELECT id, duplicate_of FROM articles ORDER BY id") == [("kw-1", None), ("pmd-7", "kw-1")]
    assert rows(fresh_store, "SELECT id FROM flows") == [("kw-1#f1",)]
    assert fresh_store.counts()["canonical_flows"] == 1


def test_store_verdicts_set_record_status(fresh_store):
    verdicts = [
        {"record_id": "kw-1#f1", "claim": "figure", "series": "mof_weekly", "series_key": "outward/long_term_debt/net",
         "official_value": 1410100000000, "reported_value": 1406000000000, "difference": -4100000000,
         "status": "revised", "note": None},
        {"record_id": "kw-1#f1", "claim": "streak", "status": "match"},
        {"record_id": "kw-1#nope", "status": "match"},  # names no stored record: dropped
    ]
    put(fresh_store, article(), [flow("kw-1", 1, SENTENCE)], verdicts=verdicts)
    assert rows(fresh_store, "SELECT record_id, seq, claim, status FROM verdicts ORDER BY seq") == [
        ("kw-1#f1", 0, "figure", "revised"), ("kw-1#f1", 1, "streak", "match"),
    ]
    assert rows(fresh_store, "SELECT status FROM records") == [("revised",)]
    assert fresh_store.replace_verdicts([{"record_id": "kw-1#f1", "status": "match"}]) == 1
    assert rows(fresh_store, "SELECT status FROM records") == [("match",)]


def test_store_table_cell_verdicts_belong_to_their_row(fresh_store):
    row = {"kind": "table_row", "id": "kw-1#t1", "article_id": "kw-1", "evidence": {"sentence": "", "start": 0, "end": 1}}
    verdicts = [
        {"record_id": "kw-1#t1/equity", "check": "table", "status": "match"},
        {"record_id": "kw-1#t1/long_term_debt", "check": "table", "status": "mismatch"},
        {"record_id": "kw-1#t1/short_term_debt", "check": "table", "status": "revised"},
    ]
    put(fresh_store, article(), [row], verdicts=verdicts)
    assert rows(fresh_store, "SELECT record_id, seq, status FROM verdicts ORDER BY seq") == [
        ("kw-1#t1", 0, "match"), ("kw-1#t1", 1, "mismatch"), ("kw-1#t1", 2, "revised"),
    ]
    assert rows(fresh_store, "SELECT status FROM records") == [("mismatch",)]  # the worst cell
    assert fresh_store.replace_verdicts(verdicts[:1]) == 1
    assert rows(fresh_store, "SELECT status FROM records") == [("match",)]


def test_store_errors_upsert(fresh_store):
    with fresh_store.transaction():
        fresh_store.record_error("a.json", "a.json: file is empty", stage="read")
        fresh_store.record_error("a.json", "a.json: file is empty", stage="read")
        fresh_store.record_error("b.json", "b.json: boom", stage="extract", article_id="b")
    assert rows(fresh_store, "SELECT source, article_id, stage, message FROM errors ORDER BY source") == [
        ("a.json", "", "read", "a.json: file is empty"), ("b.json", "b", "extract", "b.json: boom"),
    ]
    put(fresh_store, article("b", TEXT), [])  # b succeeds now: its error is cleared
    assert rows(fresh_store, "SELECT source FROM errors") == [("a.json",)]


def test_store_put_article_needs_a_transaction(fresh_store):
    from extractor.errors import StoreError

    with pytest.raises(StoreError, match="transaction"):
        fresh_store.put_article(article(), [])


def test_store_readonly_refuses_missing_file(tmp_path):
    from extractor.errors import StoreError

    with pytest.raises(StoreError, match="No fact store at"):
        FactStore(tmp_path / "absent.db", readonly=True)
