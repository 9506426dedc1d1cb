from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()
STORY = {"id": "s1", "published": "2013-04-25", "text": (
    "Japanese investors sold a net 862.6 billion yen ($8.7 billion) of foreign bonds in the week ended April 20, "
    "the Ministry of Finance said.")}


def test_cli_extract_jsonl(tmp_path: Path) -> None:
    (tmp_path / "s1.json").write_text(json.dumps(STORY), encoding="utf-8")
    res = runner.invoke(app, ["extract", str(tmp_path / "s1.json"), "--no-model"])
    assert res.exit_code == 0, res.output
    (flow,) = [json.loads(line) for line in res.stdout.splitlines() if json.loads(line)["kind"] == "flow"]
    assert (flow["id"], flow["direction"], flow["amount"]["value"], flow["period"]["end"]) == ("s1#f1", "sell", 862600000000, "2013-04-20")


def test_cli_extract_csv_and_output_file(tmp_path: Path) -> None:
    (tmp_path / "s1.json").write_text(json.dumps(STORY), encoding="utf-8")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["extract", str(tmp_path / "s1.json"), "--format", "csv", "-o", str(out), "--no-model"])
    assert res.exit_code == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"kind", "id", "amount.value", "period.end", "investor.side"} <= set(header)


def test_cli_extract_bad_input_exit_1_and_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "s1.json").write_text(json.dumps(STORY), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(tmp_path), "--no-model"])
    assert res.exit_code == 1
    assert f"error: {tmp_path / 'empty.txt'}: file is empty" in res.stderr
    assert "1 of 2 inputs failed" in res.stderr
    assert any(json.loads(line)["kind"] == "flow" for line in res.stdout.splitlines())


def test_cli_extract_workers_give_the_same_output_and_failures(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "articles"
    for path in sorted(corpus.glob("c-wk-*.json"))[:8]:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c-wk-0-empty.txt").write_text("", encoding="utf-8")  # sorts among the articles
    (tmp_path / "zz-latin1.txt").write_bytes("Investoren kauften f\xfcr 1 Mrd. Yen".encode("latin-1"))
    runs = [runner.invoke(app, ["extract", str(tmp_path), "--no-model", "-q", *extra]) for extra in ([], ["--workers", "2"])]
    assert [r.exit_code for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr
    assert "2 of 10 inputs failed" in runs[1].stderr
    assert len({json.loads(line)["article_id"] for line in runs[1].stdout.splitlines()}) == 8


def test_cli_usage_error_exit_2(tmp_path: Path) -> None:
    res = runner.invoke(app, ["extract", str(tmp_path), "--published", "yesterday"])
    assert res.exit_code == 2
    assert "not a date: 'yesterday'" in res.stderr


def test_cli_eval_scores_own_corpus_slice(tmp_path: Path) -> None:
    gold = {**STORY, "flows": [{"investor_side": "japan", "instrument": "bonds", "market": "foreign", "direction": "sell",
                                "amount": 862600000000, "currency": "JPY", "period_kind": "week", "period_end": "2013-04-20",
                                "as_written": "862.6 billion yen", "usd_equivalent": 8700000000, "role": "headline"}]}
    (tmp_path / "s1.json").write_text(json.dumps(gold), encoding="utf-8")
    res = runner.invoke(app, ["eval", str(tmp_path), "--no-model", "--json"])
    assert res.exit_code == 0, res.output
    metrics = json.loads(res.stdout.splitlines()[0])
    assert (metrics["full_f1"], metrics["converted_acc"]) == (1.0, 1.0)
