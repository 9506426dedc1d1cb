"""Quoted figures on sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract


def _figures(text: str, measure: str) -> list[tuple[float, str | None]]:
    recs = extract(text, published="2024-07-11", use_model=False)
    return [(r["value"], r.get("quote")) if measure == "fx_rate" else (r["value"], r["date"])
            for r in recs if r["kind"] == "figure" and r["measure"] == measure]


@pytest.mark.parametrize(("text", "expected"), [
    ("($1 = 161.55 yen)", [(161.55, "JPY")]),
    ("The dollar traded at 161.55 yen on Wednesday.", [(161.55, "JPY")]),
    ("The yen stood at 151.20 per dollar in late trade.", [(151.2, "JPY")]),
    ("The won ended the month at 1,331.9 per dollar.", [(1331.9, "KRW")]),
    ("The euro traded at $1.0855 in London.", [(1.0855, "USD")]),
    ("Foreigners sold a net 1.6707 trillion yen of Japanese stocks in fiscal 2019.", []),
    ("The dollar fell 2 percent against the yen.", []),
])
def test_figures_fx_rates(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text, "fx_rate") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 10-year JGB yield rose to 1.085 percent on Tuesday.", [(1.085, "2024-07-09")]),
    ("Yields on benchmark 10-year U.S. Treasuries touched a two-month high of 4.512 percent on July 3.", [(4.512, "2024-07-03")]),
    ("The 10-year yield was at minus 0.055 percent.", [(-0.055, "2024-07-11")]),
    ("U.S. three-month bills stood around 5.3 percent.", [(5.3, "2024-07-11")]),
    ("The 10-year JGB yield rose 8 basis points this week.", []),
    ("Banks held 40 percent of their bond portfolios in Treasuries.", []),
])
def test_figures_yields(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text, "yield") == expected
