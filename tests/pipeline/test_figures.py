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
    # the quote currency as a symbol or code before the rate, and a pound base
    ("(US$1 = ¥139.85)", [(139.85, "JPY")]),
    ("($1 = JPY 147.2)", [(147.2, "JPY")]),
    ("(1 pound = 188.40 yen)", [(188.4, "JPY")]),
    ("(US$1 = 139.85)", []),  # no quote currency: not a conversion line
    # a pair code before the rate, "per US dollar", and "the pair" in a sentence that names a yen pair
    ("USD/JPY 148.10 in early Asian trade.", [(148.1, "JPY")]),
    ("The Japanese currency changed hands at 109.35 per US dollar.", [(109.35, "JPY")]),
    ("Exporters sold into USD/JPY rallies, which kept the pair capped near 133.40 all week.", [(133.4, "JPY")]),
    ("The pair rose to 133.40.", []),
    # the level a rate moved from, in the same pair; the euro against the yen
    ("The yen firmed to 144.35 per dollar, from about 147.90 a week earlier.", [(144.35, "JPY"), (147.9, "JPY")]),
    ("The won firmed to 1,371.5 per dollar from 1,388.2 on Monday.", [(1371.5, "KRW"), (1388.2, "KRW")]),
    ("The euro fetched 162.35 yen late in Tokyo.", [(162.35, "JPY")]),
    ("Exports rose from 42 in the year to March.", []),
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
    # tenor shorthand of desk notes, and a second tenor that leaves out the instrument
    ("* UST 2y ended at 3.71% (-3bp); 10yr at 4.25%.", [(3.71, "2024-07-11"), (4.25, "2024-07-11")]),
    ("What it means for us: 10s closed at 0.835%, US 10s are at 2.48%.", [(0.835, "2024-07-11"), (2.48, "2024-07-11")]),
    ("Growth in the 1990s averaged 1.5 percent.", []),
])
def test_figures_yields(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text, "yield") == expected


@pytest.mark.parametrize(("text", "measure", "expected"), [
    # the case-insensitive figure patterns run on lowercased text; values and subjects come out as printed
    ("The Nikkei share average closed at 38,512.45 on Tuesday.", "index_level", [(38512.45, "Nikkei share average")]),
    ("THE TOPIX ENDED AT 2,701.3.", "index_level", [(2701.3, "TOPIX")]),
    ("Bank shares Fell 2.5 percent.", "percent_change", [(-2.5, None)]),
    ("Foreigners held 31.8 PERCENT OF Japanese Shares, data showed.", "share", [(31.8, "Japanese Shares")]),
    ("The 10-year JGB yield ROSE TO 1.085 PERCENT.", "yield", [(1.085, "10-year")]),
    # "İ" lowercases to two characters: the original text is searched instead
    ("İstanbul's index rose 1.2 percent while the Topix closed at 2,650.", "index_level", [(2650.0, "Topix")]),
])
def test_figures_subjects_as_printed(text: str, measure: str, expected: list[tuple[float, str | None]]) -> None:
    recs = extract(text, published="2024-07-11", use_model=False)
    assert [(r["value"], r["subject"]) for r in recs if r["kind"] == "figure" and r["measure"] == measure] == expected
