"""Batch ingestion: idempotence, failures, replacement, workers, dry runs, feeds."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest
from conftest import ROOT

from extractor.store import FactStore, ingest
from extractor.store.gold import extract_from_gold

CORPUS = ROOT / "corpus" / "articles"
REPRINT_PAIRS = [
    ("c-wk-reprint-2010-09-30-bond-buying-20th-week", "c-wk-reuters_weekly-2010-09-30-bond-buying-20th-week"),
    ("c-wk-reprint-2017-12-07-overseas-shares-28-weeks", "c-wk-reuters_weekly-2017-12-07-foreign-stocks-28-weeks"),
]


@pytest.fixture
def few_articles(tmp_path):
    """Twelve corpus articles (two of them reprints of two others) copied to a folder."""
    out = tmp_path / "in"
    out.mkdir()
    names = [f"{stem}.json" for pair in REPRINT_PAIRS for stem in pair]
    names += sorted(p.name for p in CORPUS.glob("c-mo-monthly-*.json"))[:8]
    for name in names:
        shutil.copy(CORPUS / name, out / name)
    return out


def test_ingest_twice_adds_nothing(few_articles, store_path, fake_encode):
    with FactStore(store_path) as store:
        first = ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False, batch_size=5)
        counts, digest = store.counts(), store.content_digest()
        second = ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False)
        assert (first.added, first.reprints, first.batches) == (12, 2, 3)
        assert (second.added, second.replaced, second.unchanged) == (0, 0, 12)
        assert store.counts() == counts
        assert store.content_digest() == digest
        assert counts["duplicate_articles"] == 2
        assert store.check_integrity() == []


def test_ingest_failed_articles_never_stop_the_batch(few_articles, store_path, fake_encode):
    (few_articles / "empty.json").write_text("")
    (few_articles / "broken.json").write_text('{"id": "x", "text": ')
    victim = sorted(few_articles.glob("c-mo-*.json"))[0].stem

    def flaky(article):
        if article.id == victim:
            raise RuntimeError("parser exploded")
        return extract_from_gold(article)

    with FactStore(store_path) as store:
        summary = ingest([few_articles], store, extract=flaky, encode=fake_encode, reconcile=False)
        assert (summary.added, summary.failed) == (11, 3)
        errors = [(e["article_id"], e["stage"], e["message"].split(": ", 1)[1]) for e in store.errors()]
        assert errors == [
            ("", "read", "is not valid JSON: Expecting value: line 1 column 21 (char 20)"),
            (victim, "extract", "extraction failed (RuntimeError: parser exploded)"),
            ("", "read", "file is empty"),
        ]
        # Fixed inputs clear their errors on the next run; nothing is duplicated.
        (few_articles / "empty.json").unlink()
        (few_articles / "broken.json").unlink()
        summary = ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False)
        assert (summary.added, summary.failed) == (1, 0)
        assert store.errors() == []


def test_ingest_changed_article_replaces_its_records(few_articles, store_path, fake_encode):
    path = sorted(few_articles.glob("c-mo-monthly-*.json"))[0]
    with FactStore(store_path) as store:
        ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False)
        data = json.loads(path.read_text())
        data["text"] += "\nCorrection: an earlier version misstated the byline."
        data["flows"] = data["flows"][:1]
        path.write_text(json.dumps(data))
        summary = ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False)
        assert (summary.added, summary.replaced, summary.unchanged) == (0, 1, 11)
        assert [r["id"] for r in store.records_of(data["id"]) if r["kind"] == "flow"] == [f"{data['id']}#g0"]
        assert store.check_integrity() == []


def test_ingest_workers_give_the_same_database(few_articles, tmp_path, fake_encode):
    digests = []
    for workers in (1, 2):
        with FactStore(tmp_path / f"w{workers}.db") as store:
            ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False, workers=workers)
            digests.append({t: rows for t, rows in store.content_digest().items()})
    assert digests[0] == digests[1]


def test_ingest_dry_run_writes_nothing(few_articles, store_path, fake_encode):
    with FactStore(store_path) as store:
        summary = ingest([few_articles], store, extract=extract_from_gold, encode=fake_encode, reconcile=False, dry_run=True)
        assert summary.added == 12
        assert store.counts()["articles"] == 0


def test_ingest_reads_feeds_and_gzipped_jsonl(tmp_path, store_path, fake_encode):
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Kabuto Wire</title>
      <item><guid>kw-77</guid><title>Bond buying</title><link>http://example.test/77</link>
      <pubDate>Thu, 28 Nov 2013 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;Japanese investors bought a net 1.4 trillion yen of foreign bonds last week.&lt;/p&gt;</description>
      </item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss)
    with gzip.open(tmp_path / "batch.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"id": "gz-1", "text": "Foreigners sold Japanese stocks.", "published": "2013-11-28"}) + "\n")
    seen = []

    def record_ids(article):
        seen.append((article.id, article.outlet, str(article.published)))
        return []

    with FactStore(store_path) as store:
        summary = ingest([tmp_path], store, extract=record_ids, encode=fake_encode, reconcile=False)
    assert summary.added == 2
    assert sorted(seen) == [("gz-1", None, "2013-11-28"), ("kw-77", "Kabuto Wire", "2013-11-28")]


def test_ingest_changed_extractor_re_extracts_unchanged_articles(few_articles, store_path, fake_encode):
    with FactStore(store_path) as store:
        ingest([few_articles], store, extract=extract_from_gold, extractor_id="v1", encode=fake_encode, reconcile=False)
        same = ingest([few_articles], store, extract=extract_from_gold, extractor_id="v1", encode=fake_encode, reconcile=False)
        assert (same.added, same.replaced, same.records) == (0, 0, 0)
        newer = ingest([few_articles], store, extract=extract_from_gold, extractor_id="v2", encode=fake_encode, reconcile=False)
        assert newer.replaced == same.unchanged > 0
        assert {r[0] for r in store.conn.execute("SELECT extractor FROM articles")} == {"v2"}


def test_ingest_default_extractor_fingerprint_follows_the_rules():
    from extractor.pipeline import extractor_fingerprint

    first = extractor_fingerprint(use_model=False)
    assert first.startswith("rules-")
    assert first == extractor_fingerprint(use_model=False)
