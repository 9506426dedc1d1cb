"""The `official` and `reconcile` commands: exit codes, stdout and stderr."""

from __future__ import annotations

import json

import pytest
from reconcile_builders import flow, fx_rate
from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()
B = 1e9
SENTENCE = ("Residents put 1.406 trillion yen ($13.8 billion) into overseas notes in the seven days to "
            "Nov. 23, four times the 351.5 billion yen of the prior week.")
RECORDS = [
    flow(1406 * B, "1.406 trillion yen", sentence=SENTENCE,
         converted=[{"value": 13.8e9, "currency": "USD", "text": "$13.8 billion"}]),
    flow(351.5 * B, "351.5 billion yen", start="2013-11-10", end="2013-11-16", role="comparison", sentence=SENTENCE,
         rid="t#f2"),
    flow(351.5 * B, "351.5 billion yen", side="non_resident", instrument="equity", rid="t#f3",
         sentence="Foreigners bought 351.5 billion yen of Japanese stocks."),
    flow(2 * B, "2 billion yen", source="jpx_weekly", rid="t#f4"),
    fx_rate(102.1),
]
REPORT = """\
check                match       revised      mismatch  unverifiable   total
figure                   1             1             1             1       4
converted                1             0             0             0       1
comparison               1             0             0             0       1
all                      3             1             1             1       6

worst discrepancies (1 of 1 mismatches):
  1. [figure] t#f3  inward/equity/net  period end 2013-11-23
     reported +351.5 bn yen, official +708.9 bn yen, vintage 2026-09-17
     note: off by -357.4 bn yen (-50.4%); close to the following week (week 2013-11-24..11-30) (+368.7 bn yen), \
within first-release revision; before 2014 MoF counted investment-trust certificates in long-term debt, not equity
     evidence: Foreigners bought 351.5 billion yen of Japanese stocks.
"""


@pytest.fixture
def records_file(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_cli_reconcile_table(records_file):
    res = runner.invoke(app, ["reconcile", str(records_file)])
    assert res.exit_code == 0, res.output
    assert res.stdout == REPORT
    assert res.stderr == ""


def test_cli_reconcile_jsonl_and_plot(records_file, tmp_path):
    png = tmp_path / "plot.png"
    res = runner.invoke(app, ["reconcile", str(records_file), "--format", "jsonl", "--plot", str(png)])
    assert res.exit_code == 0, res.output
    verdicts = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(v["record_id"], v["check"], v["status"]) for v in verdicts] == [
        ("t#f1", "figure", "revised"), ("t#f2", "figure", "match"), ("t#f3", "figure", "mismatch"),
        ("t#f4", "figure", "unverifiable"), ("t#f1", "converted", "match"), ("t#f1", "comparison", "match")]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert res.stderr == f"plot written to {png}\n"


@pytest.mark.parametrize(("content", "message"), [
    ('{"kind": "flow"}\nnot json\n', "records.jsonl:2: not valid JSON (Expecting value, column 1)"),
    ('[1, 2]\n', "records.jsonl:1: not a record (a JSON object with a 'kind' field)"),
])
def test_cli_reconcile_bad_records(tmp_path, content, message):
    path = tmp_path / "records.jsonl"
    path.write_text(content, encoding="utf-8")
    res = runner.invoke(app, ["reconcile", str(path)])
    assert res.exit_code == 1
    assert res.stderr == f"error: {tmp_path / message}\n"
    assert res.stdout == ""


def test_cli_reconcile_missing_file_is_a_usage_error(tmp_path):
    res = runner.invoke(app, ["reconcile", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 2
    assert "no such file" in res.stderr


def test_cli_reconcile_bad_official_folder(records_file, tmp_path):
    res = runner.invoke(app, ["reconcile", str(records_file), "--official", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stderr == f"error: {tmp_path}: holds no MoF files (week.csv, montha1.csv, monthb2-4.csv)\n"


def test_cli_official_show():
    res = runner.invoke(app, ["official", "show", "-s", "outward/long_term_debt/net", "-s", "inward/equity/net",
                              "--from", "2013-11-10", "--to", "2013-11-23"])
    assert res.exit_code == 0, res.output
    assert res.stdout == (
        "period_start  period_end  mof_weekly:outward/long_term_debt/net  mof_weekly:inward/equity/net\n"
        "2013-11-10    2013-11-16                                   3515                         12951\n"
        "2013-11-17    2013-11-23                                  14101                          7089\n")


@pytest.mark.parametrize(("fmt", "expected"), [
    ("csv", "period_start,period_end,mof_weekly:outward/long_term_debt/net\n2013-11-17,2013-11-23,14101\n"),
    ("json", '[\n {\n  "series": "mof_weekly",\n  "series_key": "outward/long_term_debt/net",\n'
             '  "period_start": "2013-11-17",\n  "period_end": "2013-11-23",\n  "value": 14101,\n'
             '  "value_yen": 1410100000000,\n  "vintage": "2026-09-17"\n }\n]\n'),
])
def test_cli_official_show_formats(fmt, expected):
    res = runner.invoke(app, ["official", "show", "-s", "outward/long_term_debt/net", "--from", "2013-11-23",
                              "--to", "2013-11-23", "--format", fmt])
    assert res.exit_code == 0, res.output
    assert res.stdout == expected


@pytest.mark.parametrize(("args", "message"), [
    (["-s", "outward/equity"], "is not [SERIES:]DIRECTION/INSTRUMENT/METRIC[/GROUP]"),
    (["-s", "outward/equity/net", "--from", "23 Nov"], "not a date: '23 Nov'"),
])
def test_cli_official_show_usage_errors(args, message):
    res = runner.invoke(app, ["official", "show", *args])
    assert res.exit_code == 2
    squeezed = "".join(ch for ch in res.stderr if ch not in "│ \n")  # the usage box wraps long messages
    assert message.replace(" ", "") in squeezed


def test_cli_official_load(official_dir):
    res = runner.invoke(app, ["official", "load", str(official_dir / "mof-week.csv")])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[1].split()[1:] == ["week", "2026-09-17", "2005-01-02", "2026-09-12", "24904"]
    assert res.stderr == "1 files, 24904 figures, vintages: 2026-09-17\n"


def test_cli_official_load_malformed(tmp_path, official_dir):
    bad = tmp_path / "week.csv"
    bad.write_bytes((official_dir / "mof-week.csv").read_bytes().replace(b'"14,101 "', b'"14,1O1 "'))
    res = runner.invoke(app, ["official", "load", str(bad)])
    assert res.exit_code == 1
    assert res.stderr == (f"error: {bad}, row 478, column 6: cell '\"14,1O1 \"' is not a number"
                          .replace("'\"14,1O1 \"'", "'14,1O1 '") + " (outward long_term_debt net)\n")
    assert res.stdout == ""


def test_cli_official_revisions():
    res = runner.invoke(app, ["official", "revisions", "--net-only"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0] == ("series,direction,instrument,investor_group,metric,period_end,old_vintage,new_vintage,"
                        "old,new,change,first_release")
    assert "mof_weekly,outward,long_term_debt,all,net,2026-08-08,2026-08-14,2026-09-17,16294,15408,-886,True" in lines
    assert res.stderr == "9 changed figures\n"


def test_cli_official_fetch(mof_server, tmp_path):
    res = runner.invoke(app, ["official", "fetch", "--dest", str(tmp_path / "off"), "--base-url", mof_server,
                              "--timeout", "5"])
    assert res.exit_code == 0, res.output
    assert [line.split()[0] for line in res.stdout.splitlines()] == [
        str(tmp_path / "off" / name) for name in ("mof-week.csv", "mof-montha1.csv", "mof-monthb2.csv",
                                                   "mof-monthb3.csv", "mof-monthb4.csv")]


def test_cli_official_fetch_offline(refused_url, tmp_path):
    res = runner.invoke(app, ["official", "fetch", "--dest", str(tmp_path / "off"), "--base-url", refused_url,
                              "--timeout", "1"])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"error: {refused_url}week.csv: cannot reach 127.0.0.1:")
    assert "are you offline?" in res.stderr
