"""CLI of the fact store: exit codes, stdout/stderr, formats, read-only queries."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()
RECORD = "c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds#g0"


def _db(gold_store) -> str:
    return str(gold_store.path)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_cli_search_formats(gold_store, fmt):
    res = runner.invoke(app, ["search", "net sellers of foreign bonds", "--db", _db(gold_store), "--mode", "fts",
                              "--investor", "resident", "--since", "2013-06", "--until", "2013-06", "-n", "3", "-f", fmt])
    assert res.exit_code == 0, res.output
    if fmt == "json":
        ids = [h["id"] for h in json.loads(res.stdout)]
    elif fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    elif fmt == "csv":
        ids = [row["id"] for row in csv.DictReader(io.StringIO(res.stdout))]
    else:
        ids = [line.split()[0] for line in res.stdout.splitlines()[1:]]
    assert RECORD in ids
    assert len(ids) <= 3


def test_cli_search_hostile_query_exits_cleanly(gold_store):
    before = gold_store.counts()
    res = runner.invoke(app, ["search", "'; DROP TABLE records; --\x00\"", "--db", _db(gold_store), "--mode", "fts"])
    assert res.exit_code == 0
    assert "Traceback" not in res.output
    assert gold_store.counts() == before


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "last week"], "dates are YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--min-amount", "lots"], "amounts are a number"),
    (["--instrument", "gold"], "Invalid value for '--instrument'"),
], ids=["since", "amount", "instrument"])
def test_cli_search_usage_errors_exit_2(gold_store, args, message):
    res = runner.invoke(app, ["search", "bonds", "--db", _db(gold_store), *args])
    assert res.exit_code == 2
    assert message in res.stderr


def test_cli_missing_store_exits_1(tmp_path):
    res = runner.invoke(app, ["search", "bonds", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    assert res.stderr == f"error: No fact store at {tmp_path / 'none.db'}; create one with `flowfacts ingest PATH --db {tmp_path / 'none.db'}`.\n"


def test_cli_show_record_highlights_evidence(gold_store):
    res = runner.invoke(app, ["show", RECORD, "--db", _db(gold_store)])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0] == f"record {RECORD}  (flow)"
    assert "  direction  sell" in lines
    assert "»TOKYO, June 13 (Asia Capital Review) - Japanese investors were net sellers of foreign bonds" in res.stdout


def test_cli_show_article_lists_reprints_and_json(gold_store):
    original = "c-wk-reuters_weekly-2010-09-30-bond-buying-20th-week"
    res = runner.invoke(app, ["show", original, "--db", _db(gold_store), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["article"]["reprints"] == ["c-wk-reprint-2010-09-30-bond-buying-20th-week"]
    assert [r["id"] for r in data["records"]][:1] == [f"{original}#g0"]


def test_cli_show_unknown_id_exits_1(gold_store):
    res = runner.invoke(app, ["show", "nope", "--db", _db(gold_store)])
    assert res.exit_code == 1
    assert res.stderr == f"error: no record or article with id 'nope' in {_db(gold_store)}\n"


def test_cli_series_csv_json_and_plot(gold_store, tmp_path):
    base = ["series", "--investor", "resident", "--instrument", "long_term_debt", "--from", "2013-05-26",
            "--to", "2013-06-08", "--db", _db(gold_store)]
    res = runner.invoke(app, base)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[1:] == [
        "2013-05-26,2013-06-01,-1173000000000,1.173 trln yen,-1172500000000,-500000000,,"
        "c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds#g1,c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds,2013-06-13,2",
        "2013-06-02,2013-06-08,-394200000000,394.2 bln yen,-394200000000,0,,"
        "c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds#g0,c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds,2013-06-13,1",
    ]
    assert res.stderr == "2 weeks, 2 reported in the news\n"
    png = tmp_path / "series.png"
    res = runner.invoke(app, [*base, "--format", "json", "--plot", str(png)])
    assert res.exit_code == 0, res.output
    assert [p["week_end"] for p in json.loads(res.stdout)] == ["2013-06-01", "2013-06-08"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_store_init_stats_check(tmp_path):
    db = str(tmp_path / "new.db")
    res = runner.invoke(app, ["store", "init", "--db", db])
    assert (res.exit_code, res.stderr) == (0, f"{db}: applied 0001_core_tables, 0002_full_text, 0003_views, 0004_fts_facets, 0005_article_figures, 0006_term_docs\n")
    res = runner.invoke(app, ["store", "migrate", "--db", db])
    assert (res.exit_code, res.stderr) == (0, f"{db}: schema up to date\n")
    res = runner.invoke(app, ["store", "stats", "--db", db])
    assert json.loads(res.stdout)["records"] == 0
    res = runner.invoke(app, ["store", "check", "--db", db])
    assert (res.exit_code, res.stdout) == (0, "ok\n")


def test_cli_ingest_reports_failures_and_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "f.db")
    res = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db", db, "--quiet", "--no-embed", "--no-reconcile"])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: file is empty",
        "0 articles read: 0 added, 0 replaced, 0 unchanged, 1 failed; stored 0 records (0 more articles linked as reprints) in 0 batches, "
        + res.stderr.splitlines()[-1].rsplit(", ", 1)[1],
    ]


@pytest.mark.slow
def test_cli_search_hybrid_with_real_encoder(gold_store_real):
    store, _ = gold_store_real
    res = runner.invoke(app, ["search", "foreigners dumping JGBs", "--db", str(store.path), "-f", "jsonl", "-n", "5"])
    assert res.exit_code == 0, res.output
    hits = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(hits) == 5
    # the top hit is a non-resident JGB sale; which one depends on the corpus, so only its kind is pinned
    assert (hits[0]["side"], hits[0]["instrument"], hits[0]["direction"]) == ("non_resident", "long_term_debt", "sell")
    assert sum(h["side"] == "non_resident" and h["instrument"] == "long_term_debt" for h in hits) >= 3
    # a sale told without the query's words ("pulled ... out of JGBs") is found by meaning; among the stories of its
    # own weeks (so that the test does not depend on how many other stories the corpus holds), it ranks first
    res = runner.invoke(app, ["search", "foreigners dumping JGBs", "--db", str(store.path), "-f", "jsonl", "-n", "3",
                              "--since", "2020-03-15", "--until", "2020-04-04"])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()][0] == "c-mo-feature-2020-04-02-pandemic-dash-for-cash#g2"


def test_cli_reconcile_reads_and_saves_the_store(gold_store, tmp_path):
    import shutil

    db = tmp_path / "copy.db"
    gold_store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copy(gold_store.path, db)
    res = runner.invoke(app, ["reconcile", "--db", str(db), "--format", "jsonl", "--save"])
    assert res.exit_code == 0, res.output
    verdicts = [json.loads(line) for line in res.stdout.splitlines()]
    assert verdicts
    assert {v["status"] for v in verdicts} <= {"match", "revised", "mismatch", "unverifiable"}
    assert f"{len(verdicts)} verdicts stored" in res.stderr


@pytest.mark.parametrize(("args", "code", "message"), [
    (["reconcile"], 2, "either a RECORDS file or --db"),
    (["reconcile", "x.jsonl", "--db", "x.db"], 2, "either a RECORDS file or --db"),
    (["reconcile", "x.jsonl", "--save"], 2, "--save needs --db"),
    (["reconcile", "--db", "missing.db"], 1, "no fact store at missing.db"),
])
def test_cli_reconcile_store_usage(tmp_path, monkeypatch, args, code, message):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, args)
    assert res.exit_code == code
    assert message in " ".join(res.output.split())
