"""Quoted figures in constructions the fourth probe set showed: bare dollar/yen levels in strategy copy
(targets, stops, levels to test or break) where the sentence or the one before names the pair, the
US-dollar price of the Australian dollar, and the Singapore dollar per US dollar. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract


def _fx(text: str) -> list[tuple[object, ...]]:
    recs = extract(text, published="2024-06-10", use_model=False)
    return [(r["value"], r.get("base"), r.get("quote")) for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate"]


FX_EXAMPLES = [
    ("We are long USD versus JPY, aiming for a target of 152 with a stop-loss at 143.50.",
     [(152, "USD", "JPY"), (143.5, "USD", "JPY")]),
    ("Exporters keep selling USD/JPY rallies. I would sell strength toward 118.40 and buy back below 114.",
     [(118.4, "USD", "JPY"), (114, "USD", "JPY")]),
    ("The dollar sank to 139.10 yen in early Asian trade before clawing back above 141.",
     [(139.1, "USD", "JPY"), (141, "USD", "JPY")]),
    ("We stay long dollar-yen. Exports rose to 104 in the index and imports fell to 96.", []),
    ("Dollar-yen has been calm. The tankan index rose to 12 and the Nikkei held near 33,000.", []),
    ("Real money kept buying. A break below 127 would change that.", []),
    ("The Australian dollar fetched 0.7125 US dollars in late Sydney trade.", [(0.7125, "AUD", "USD")]),
    ("The New Zealand dollar bought 0.5930 U.S. dollars, while the Aussie bought 0.6580 U.S. dollars.",
     [(0.593, "NZD", "USD"), (0.658, "AUD", "USD")]),
    ("The Singapore dollar traded at 1.3415 per U.S. dollar on Friday.", [(1.3415, "USD", "SGD")]),
    ("Investors bought 3.2 billion U.S. dollars of Australian bonds.", []),
]


@pytest.mark.parametrize(("text", "expected"), FX_EXAMPLES, ids=[t for t, _ in FX_EXAMPLES])
def test_figures_strategy_levels_and_dollar_bloc_pairs(text: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(_fx(text), key=str) == sorted(expected, key=str)


def _yields(text: str) -> list[float]:
    recs = extract(text, published="2024-06-10", use_model=False)
    return sorted(r["value"] for r in recs if r["kind"] == "figure" and r["measure"] == "yield")


CAP_EXAMPLES = [
    ("Traders expect the BOJ to lift its 0.75% cap at the March meeting.", [0.75]),
    ("The Bank of Japan left the 1 percent ceiling in place and trimmed bond buying.", [1.0]),
    ("Regulators kept a 10% cap on single-stock exposure for funds.", []),
]


@pytest.mark.parametrize(("text", "expected"), CAP_EXAMPLES, ids=[t for t, _ in CAP_EXAMPLES])
def test_figures_yield_cap_of_yield_curve_control(text: str, expected: list[float]) -> None:
    assert _yields(text) == expected
