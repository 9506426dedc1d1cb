"""Quoted figures in constructions the second probe set showed: sterling crosses, translated copy's
"long-term interest rate", a yield level after a bond noun with "above", and a level named "the level"
after a sentence about a yield. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract


def _figures(text: str, measure: str) -> list[tuple[object, ...]]:
    recs = extract(text, published="2024-06-10", use_model=False)
    return [(r["value"], r.get("base"), r.get("quote")) if measure == "fx_rate" else r["value"]
            for r in recs if r["kind"] == "figure" and r["measure"] == measure]


FX_EXAMPLES = [
    ("Sterling fetched 141.62 yen in London trading on Friday.", [(141.62, "GBP", "JPY")]),
    ("The pound traded at $1.27 after the data.", [(1.27, "GBP", "USD")]),
    ("The euro was at 158.2 yen.", [(158.2, "EUR", "JPY")]),
]
YIELD_EXAMPLES = [
    ('An analyst said, "With the US long-term interest rate near 4.8%, buying foreign debt is natural."', [4.8]),
    ("Life insurers will only return to JGBs above 1.7%, a strategist said.", [1.7]),
    ("The 10-year JGB yield reached 1.62% on Tuesday. Our rates team sees 2% as the ceiling for this cycle.", [1.62, 2]),
    ("The 10-year JGB yield reached 1.62% on Tuesday. Consumer prices rose 2% in the year.", [1.62]),
    ("Hedging a dollar bond still costs more than 5%.", []),
]


@pytest.mark.parametrize(("text", "expected"), FX_EXAMPLES, ids=[t for t, _ in FX_EXAMPLES])
def test_figures_sterling_and_euro_crosses(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _figures(text, "fx_rate") == expected


@pytest.mark.parametrize(("text", "expected"), YIELD_EXAMPLES, ids=[t for t, _ in YIELD_EXAMPLES])
def test_figures_yield_levels_in_other_words(text: str, expected: list[float]) -> None:
    assert _figures(text, "yield") == expected
