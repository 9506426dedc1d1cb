"""Which amounts are net flows, and their investor, instrument, market, direction and currency.

Every sentence here was written for these tests; the figures are made up or rounded MoF numbers.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.pipeline import extract


def _flows(text: str, published: str = "2024-06-13") -> list[dict[str, Any]]:
    return [r for r in extract(text, published=published, use_model=False) if r["kind"] == "flow"]


def _core(r: dict[str, Any]) -> tuple[Any, ...]:
    inv = r["investor"]
    return (inv["side"], inv["economy"], r["instrument"], r["market"], r["direction"], r["amount"]["value"],
            r["amount"]["currency"])


# --- restatements --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    # "more than 3 trillion" is not a rounding of the smaller 2.64 trillion: two flows
    ("Foreign investors have dumped more than 3 trillion yen of Japanese bonds over the past three weeks. "
     "Ministry of Finance data showed they sold a net 2.64 trillion yen of Japanese bonds over five weeks.",
     [3e12, 2.64e12]),
    # "nearly 3 trillion" may stand for 2.94 trillion: one flow
    ("Foreign investors have dumped nearly 3 trillion yen of Japanese bonds. "
     "Ministry of Finance data showed they sold a net 2.94 trillion yen of Japanese bonds.",
     [2.94e12]),
    # a lead in dollars restates the yen figure given with its dollar conversion later
    ("Japanese investors poured $6 billion into foreign stocks last week, finance ministry data showed.\n"
     "They bought a net 612 billion yen ($6 billion) of foreign stocks in the week to June 8.",
     [612e9]),
])
def test_restatements_are_one_flow(text: str, values: list[float]) -> None:
    assert sorted(f["amount"]["value"] for f in _flows(text)) == sorted(values)
