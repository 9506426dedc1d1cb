"""Constructions the eighteenth probe set showed: the one thing a sentence says the investors traded is its figure's
instrument however far before the figure ("Foreign investors bought Japanese stocks for a 10th consecutive week
..., lifting their net purchases over the past 10 weeks to X"); and "Securities firms" names investors, not
securities; and money "repatriated ... from foreign short-term securities" is of bills. Stories written for these
tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount


def test_the_sentences_one_instrument_however_far_before_the_figure() -> None:
    flows = flows_by_amount("Foreign investors bought Japanese stocks for a 10th consecutive week in the week ended Feb. "
                            "28, Ministry of Finance data showed on Thursday, lifting their net purchases over the past "
                            "10 weeks to 6.70 trillion yen.\nNet buying in the latest week rose to 973.9 billion yen from "
                            "399.7 billion yen in the prior week.", "2026-03-05")
    assert [flows[v]["instrument"] for v in (6.70e12, 973.9e9, 399.7e9)] == ["equity"] * 3


def test_securities_firms_are_investors_not_securities() -> None:
    flows = flows_by_amount("Banks sold a net 1.2 trillion yen of foreign bonds in June, extending their selling to an "
                            "eighth month. Securities firms were the exception, buying 728.2 billion yen.", "2022-07-08")
    assert (flows[728.2e9]["instrument"], flows[728.2e9]["direction"]) == ("long_term_debt", "buy")


def test_repatriated_from_named_securities_is_of_those() -> None:
    flows = flows_by_amount("Japanese investors sold 54.8 billion yen of foreign bonds in the week to Sept. 20. In that "
                            "week, they had also repatriated 532.7 billion yen from foreign short-term securities, the "
                            "data showed.", "2008-10-02")
    assert flows[532.7e9]["instrument"] == "short_term_debt"
