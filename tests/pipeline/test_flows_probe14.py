"""Constructions the fourteenth probe set showed: investors "who had bought X a week earlier" and "turned sellers,
unloading Y" report two weeks, not the gross two sides of one; and "That's the biggest amount since 2005, and
compares with Y a week earlier" is the figure told before, in the week before, as "Over the 10 weeks the total
reached Y" is its sum over the run; and "their biggest weekly purchase this year" names no year to date. Stories
written for these tests; figures are invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _row(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["direction"], f["investor"]["side"], f["instrument"], f["period"]["end"], f["role"])


def test_a_week_earlier_in_a_relative_clause_is_not_the_gross_other_side() -> None:
    flows = flows_by_amount("Japanese investors sold a net 602.1 billion yen of foreign stocks last week. Foreign "
                            "investors, who had bought 422.8 billion yen of Japanese stocks a week earlier, turned "
                            "sellers, unloading 1.193 trillion yen, the most since September.", "2020-11-27")
    assert _row(flows[422.8e9]) == ("buy", "non_resident", "equity", "2020-11-14", "comparison")
    assert _row(flows[1.193e12]) == ("sell", "non_resident", "equity", "2020-11-21", "headline")


def test_that_compares_with_is_the_figure_told_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.2 trillion yen of foreign bonds in the week ended "
                            "Sept. 8. That's the biggest amount since the week ended Oct. 8, 2005, and compares with "
                            "140.1 billion yen a week earlier.", "2007-09-13")
    assert _row(flows[140.1e9]) == ("buy", "resident", "long_term_debt", "2007-09-01", "comparison")


def test_the_total_reached_over_a_run_is_the_figures_told_before() -> None:
    flows = flows_by_amount("Japanese investors bought foreign stocks for the 10th week running, ministry data showed. "
                            "Net purchases of overseas equities came to 223.6 billion yen in the week ending Saturday, "
                            "Aug. 23, compared with 257.7 billion yen the prior week. Over the 10 weeks the total "
                            "reached 1.43 trillion yen.", "2014-08-28")
    assert _row(flows[1.43e12]) == ("buy", "resident", "equity", "2014-08-23", "cumulative")
    assert flows[1.43e12]["period"]["kind"] == "weeks"


def test_this_year_closing_a_superlative_is_not_the_figures_period() -> None:
    flows = flows_by_amount("Foreigners sold 1.1 trillion yen of Japanese stocks in the week to Oct. 10. Individual "
                            "investors, on the other hand, bought a net 618.3 billion yen, their biggest weekly purchase "
                            "this year.", "2008-10-16")
    assert flows[618.3e9]["period"]["kind"] == "week"
