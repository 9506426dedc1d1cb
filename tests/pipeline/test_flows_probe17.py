"""Constructions the seventeenth probe set showed: "bought X, having sold Y the week before" (two weeks, not the gross
two sides of one, and the perfect's period is Y's alone); buying one country's bonds "while selling" another's;
"the three weeks together add up to X"; "a second straight week of bill selling that has totalled X"; and "The life
insurers' figure was ..., well above the X of the previous year". Stories written for these tests; figures are
invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _row(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["direction"], f["instrument"], f["period"]["kind"], f["period"]["end"], f["role"])


def test_having_sold_the_week_before() -> None:
    flows = flows_by_amount("Foreign investors bought a record 1.2 trillion yen of Japanese stocks last week. Japanese "
                            "investors bought 371.4 billion yen of foreign bonds, having sold 140.1 billion yen the week "
                            "before.", "2007-07-12")
    assert _row(flows[371.4e9]) == ("buy", "long_term_debt", "week", "2007-07-07", "headline")
    assert _row(flows[140.1e9]) == ("sell", "long_term_debt", "week", "2007-06-30", "comparison")


def test_one_countrys_bonds_bought_while_anothers_are_sold() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.2 trillion yen of U.S. bonds in September. They also "
                            "bought 412.3 billion yen of French bonds and 180.4 billion yen of Australian bonds, while "
                            "selling 221.5 billion yen of British gilts.", "2015-11-09")
    assert [flows[v]["direction"] for v in (412.3e9, 180.4e9, 221.5e9)] == ["buy", "buy", "sell"]


def test_runs_summed_together_or_totalled() -> None:
    flows = flows_by_amount("Japanese investors sold a net 1.2 trillion yen of foreign bonds last week. It was their "
                            "third week of net selling in a row, and the three weeks together add up to 2.5591 trillion "
                            "yen.", "2022-02-17")
    assert _row(flows[2.5591e12])[2:4] == ("weeks", "2022-02-12")
    flows = flows_by_amount("Overseas investors sold 763.4 billion yen of Japanese equities and 2.0672 trillion yen of "
                            "short-term bills last week, a second straight week of bill selling that has totalled 3.2322 "
                            "trillion yen.", "2026-08-27")
    assert _row(flows[3.2322e12]) == ("sell", "short_term_debt", "weeks", "2026-08-22", "cumulative")


def test_the_figure_told_before_well_above_the_previous_years() -> None:
    flows = flows_by_amount("Life insurers bought a record 7.2 trillion yen of foreign bonds in fiscal 2016. The life "
                            "insurers' figure was the largest in records going back to fiscal 2005, well above the "
                            "5.524 trillion yen of the previous year.", "2017-04-10")
    assert _row(flows[5.524e12]) == ("buy", "long_term_debt", "fiscal_year", "2016-03-31", "comparison")
