"""Flow extraction on short articles written for these tests (figures from the MoF weekly file)."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_cases import flows_of as _flows

from extractor.pipeline import extract

WEEKLY = (
    "TOKYO, Nov 28 (Kabuto Wire) - Japanese investors bought a net 1.406 trillion yen ($13.8 billion) of "
    "foreign bonds in the week through Nov. 23, up sharply from 351.5 billion yen the week before, Ministry of "
    "Finance data showed on Thursday. It was their seventh straight week of net buying.\n"
    "Foreign investors, meanwhile, snapped up 708.9 billion yen of Japanese stocks. "
    "They have poured 13.345 trillion yen into Japanese equities so far this year. ($1 = 102.1050 yen)"
)


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    inv = r["investor"]
    return (inv["side"], inv["economy"], r["instrument"], r["market"], r["direction"], r["amount"]["value"],
            r["period"]["kind"], r["period"]["start"], r["period"]["end"], r["role"])


def test_flows_weekly_story() -> None:
    flows = _flows(WEEKLY, "2013-11-28")
    assert [_key(f) for f in flows] == [
        ("resident", "JP", "long_term_debt", "foreign", "buy", 1406000000000, "week", "2013-11-17", "2013-11-23", "headline"),
        ("resident", "JP", "long_term_debt", "foreign", "buy", 351500000000, "week", "2013-11-10", "2013-11-16", "comparison"),
        ("non_resident", "JP", "equity", "domestic", "buy", 708900000000, "week", "2013-11-17", "2013-11-23", "headline"),
        ("non_resident", "JP", "equity", "domestic", "buy", 13345000000000, "year_to_date", "2013-01-01", "2013-11-23", "cumulative"),
    ]
    assert flows[0]["converted"] == [{"value": 13800000000, "currency": "USD", "text": "$13.8 billion", "precision": 100000000}]
    assert flows[0]["source"]["series"] == "mof_weekly"


def test_flows_evidence_offsets_point_into_text() -> None:
    for f in _flows(WEEKLY, "2013-11-28"):
        ev = f["evidence"]
        assert WEEKLY[ev["start"]:ev["end"]] == ev["sentence"]
        assert f["amount"]["text"] in ev["sentence"]


def test_flows_fx_rate_is_a_figure_not_an_amount() -> None:
    recs = extract(WEEKLY, published="2013-11-28", use_model=False)
    fx = [r for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate"]
    assert [(r["value"], r["base"], r["quote"]) for r in fx] == [(102.105, "USD", "JPY")]
    assert all(r["amount"]["value"] != 1 for r in recs if r["kind"] == "flow")


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Japanese investors offloaded a net 500.2 billion yen of foreign stocks last week.", "sell"),
    ("Japanese investors dumped 500.2 billion yen of foreign stocks last week.", "sell"),
    ("Japanese investors pulled 500.2 billion yen out of foreign stocks last week.", "sell"),
    ("Japanese investors were net sellers of foreign stocks at 500.2 billion yen last week.", "sell"),
    ("Japanese investors snapped up 500.2 billion yen of foreign stocks last week.", "buy"),
    ("Japanese investors pumped 500.2 billion yen into foreign stocks last week.", "buy"),
])
def test_flows_direction_words(sentence: str, direction: str) -> None:
    (f,) = _flows(sentence, "2013-11-28")
    assert (f["direction"], f["instrument"], f["investor"]["side"]) == (direction, "equity", "resident")


@pytest.mark.parametrize("sentence", [
    "Japanese investors held 40 trillion yen of foreign bonds at the end of March.",
    "The Bank of Japan bought 1.2 trillion yen of JGBs in its regular operation on Tuesday.",
    "Life insurers are expected to buy 2 trillion yen of foreign bonds this fiscal year.",
])
def test_flows_not_flows(sentence: str) -> None:
    assert _flows(sentence, "2013-11-28") == []


def test_flows_exchange_week_runs_monday_to_friday() -> None:
    text = ("Foreigners bought a net 384.13 billion yen of Japanese cash equities in the week to Jan. 19, "
            "exchange data showed.")
    (f,) = _flows(text, "2024-01-25")
    assert (f["period"]["start"], f["period"]["end"], f["source"]["series"]) == ("2024-01-15", "2024-01-19", "jpx_weekly")


def test_flows_record_ids_are_stable() -> None:
    first = [r["id"] for r in extract(WEEKLY, published="2013-11-28", article_id="a1", use_model=False)]
    again = [r["id"] for r in extract(WEEKLY, published="2013-11-28", article_id="a1", use_model=False)]
    assert first == again
    assert len(set(first)) == len(first)


def test_flows_hard_wrapped_lines_are_one_sentence() -> None:
    text = ("TOKYO, March 14 (Kabuto Wire) - Foreign investors stepped up\n"
            "their buying of Japanese bonds last week.\n"
            "They acquired a net 1.15 trillion yen (about $7.8\n"
            "billion) of long-term Japanese bonds on a net basis last week, the\n"
            "most since April, Ministry of Finance data showed.")
    (f,) = _flows(text, "2024-03-14")
    assert (f["investor"]["side"], f["instrument"], f["market"], f["period"]["end"]) == ("non_resident", "long_term_debt", "domestic", "2024-03-09")
    assert f["converted"][0]["value"] == 7800000000


@pytest.mark.parametrize(("text", "expected"), [
    # a period after "the largest since" / "more than in" is a reference point, not the figure's period;
    # every amount of the sentence consults the same reference point
    ("Foreign investors bought 1.2 trillion yen of Japanese stocks in the week to March 9, the largest since "
     "the week to Jan. 6, and 300 billion yen of Japanese bonds.",
     [(1.2e12, [], "2024-03-09"), (300e9, [], "2024-03-09")]),
    ("Foreign investors bought 1.2 trillion yen of Japanese stocks, more than in the week to Feb. 3, and "
     "300 billion yen of Japanese bonds in the week to March 9.",
     [(1.2e12, [], "2024-03-09"), (300e9, [], "2024-03-09")]),
    # a hedged figure in brackets in another currency restates the one before it
    ("Japanese investors sold 450.2 billion yen (about $3.1 billion) of foreign bonds and 120 billion yen "
     "of foreign stocks last week.",
     [(450.2e9, ["$3.1 billion"], "2024-03-09"), (120e9, [], "2024-03-09")]),
])
def test_flows_reference_points_and_restatements(text: str, expected: list[tuple[float, list[str], str]]) -> None:
    flows = _flows(text, "2024-03-14")
    assert [(f["amount"]["value"], [c["text"] for c in f["converted"]], f["period"]["end"]) for f in flows] == expected
