"""Runs of periods ("for a fifth week", "the third month in a row") and the figures they belong to.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract
from extractor.pipeline.mentions import find_mentions


def _runs(text: str) -> list[tuple[int, str]]:
    return [(m.attrs["count"], m.attrs["unit"]) for m in find_mentions(text, None).items if m.kind == "streak"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pension funds bought Treasuries for the sixth week running.", [(6, "week")]),
    ("Overseas accounts trimmed Japanese stocks for the third month in a row.", [(3, "month")]),
    ("Trust banks were net sellers for a fourth week.", [(4, "week")]),
    ("It was the fifth week of net purchases by insurers.", [(5, "week")]),
    ("That made it a second month of selling.", [(2, "month")]),
    ("Funds have sold for seven weeks running.", [(7, "week")]),
    ("Banks added Bunds for 11 consecutive weeks.", [(11, "week")]),
    ("Retail investors bought for a tenth straight session.", [(10, "session")]),
    ("Insurers bought 80 billion yen, extending their buying streak to nine weeks.", [(9, "week")]),
    ("Banks sold, extending their run of net sales to a 14th week.", [(14, "week")]),
    ("Funds sold 45 billion yen, their third week of selling.", [(3, "week")]),
    ("It was their first week of buying since March.", []),
    ("Offshore funds sold 61 billion yen, stretching net sales into a sixth week.", [(6, "week")]),
    ("It was their eighth week of net buying in nine.", []),  # not a run
    # not runs: a named week or quarter, a span, a first week
    ("Data for the second week of June showed little change.", []),
    ("Profits for the third quarter rose.", []),
    ("Over the six weeks they sold bonds.", []),
    ("It was the first week of net buying since May.", []),
    ("Banks sold for the second week since the holiday.", []),
])
def test_streaks_phrasings(text: str, expected: list[tuple[int, str]]) -> None:
    assert _runs(text) == expected


def _streaks(text: str) -> list[tuple[str, int | None]]:
    recs = extract(text, published="2023-06-15", use_model=False)
    return [(r["amount"]["text"], (r.get("streak") or {}).get("count")) for r in recs if r["kind"] == "flow"]


@pytest.mark.parametrize(("text", "expected"), [
    # the run belongs to the figure of its own clause, not to every figure of the sentence
    ("Adding 388.2 billion yen of Japanese stocks for a third week, offshore investors also bought "
     "1.115 trillion yen of bills.", [("388.2 billion yen", 3), ("1.115 trillion yen", None)]),
    ("Japanese investors sold 902.6 billion yen of foreign bonds, after buying 120.4 billion yen the week "
     "before, and bought 77.3 billion yen of foreign stocks for a sixth week.",
     [("902.6 billion yen", None), ("120.4 billion yen", None), ("77.3 billion yen", 6)]),
    ("Non-residents bought 644.0 billion yen of Japanese bonds after 95.0 billion yen the previous week, "
     "and sold stocks for a fourth week, unloading 210.9 billion yen.",
     [("644.0 billion yen", None), ("95.0 billion yen", None), ("210.9 billion yen", 4)]),
    # figures sharing one verb share the run; a running total after it covers the run
    ("Foreigners bought 512.5 billion yen of bonds and 88.1 billion yen of bills, a fifth week of purchases.",
     [("512.5 billion yen", 5), ("88.1 billion yen", 5)]),
    ("They sold a net 331.7 billion yen of Japanese shares, their eighth straight week of selling, bringing "
     "net sales since April to 2.906 trillion yen.", [("331.7 billion yen", 8), ("2.906 trillion yen", 8)]),
    # a run named in the sentence before, by the same investors
    ("Japan's life insurers sold foreign bonds for a seventh straight month in May. They shed a net "
     "804.4 billion yen, the ministry said.", [("804.4 billion yen", 7)]),
    ("Japan's life insurers sold foreign bonds for a seventh straight month in May. Foreign investors "
     "bought 804.4 billion yen of Japanese stocks.", [("804.4 billion yen", None)]),
    # a total over as many weeks as the run, moving the same way, is the run's total
    ("Foreign investors sold Japanese stocks for a sixth straight week, with net sales of 402.2 billion yen in "
     "the week to May 11. Over the six weeks they have sold 2.817 trillion yen.",
     [("402.2 billion yen", 6), ("2.817 trillion yen", 6)]),
    ("Foreign investors sold Japanese stocks for a sixth straight week, with net sales of 402.2 billion yen in "
     "the week to May 11. Over the past four weeks they have sold 2.017 trillion yen.",
     [("402.2 billion yen", 6), ("2.017 trillion yen", None)]),
    # a run the figure ends, or one that is only supposed
    ("Foreign investors sold a net 415.8 billion yen of Japanese stocks, bringing an end to 14 straight "
     "weeks of buying.", [("415.8 billion yen", None)]),
    ("Foreign investors turned net sellers of Japanese stocks after nine straight weeks of buying. "
     "They sold 230.6 billion yen.", [("230.6 billion yen", None)]),
])
def test_streaks_attach_to_their_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _streaks(text) == expected
