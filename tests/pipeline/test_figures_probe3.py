"""Quoted figures in constructions the third probe set showed: a second level of a pair already named
in the sentence ("near its record high of 161.95 yen"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract


def _fx(text: str) -> list[tuple[object, ...]]:
    recs = extract(text, published="2024-06-10", use_model=False)
    return [(r["value"], r.get("base"), r.get("quote")) for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate"]


FX_EXAMPLES = [
    ("The dollar bought 159.40 yen late on Monday, just short of its 34-year high of 160.20 yen set in April.",
     [(159.4, "USD", "JPY"), (160.2, "USD", "JPY")]),
    ("The dollar was at 147.05 yen, well above a September trough of 139.60 yen.", [(147.05, "USD", "JPY"), (139.6, "USD", "JPY")]),
    ("The dollar was at 147.05 yen, while Sony shares closed at 3,120 yen.", [(147.05, "USD", "JPY")]),
]


@pytest.mark.parametrize(("text", "expected"), FX_EXAMPLES, ids=[t for t, _ in FX_EXAMPLES])
def test_figures_second_level_of_a_pair(text: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(_fx(text)) == sorted(expected)
