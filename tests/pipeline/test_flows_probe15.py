"""Constructions the fifteenth probe set showed: a period that opens a relative clause holding the figure ("capped a
fiscal year in which residents bought X"); a relative clause about the investor ("whose funds are popular in
tax-exempt NISA accounts") says nothing of the figure; "before the fiscal year closed" is a time the figure came
before, not its period; and "extending their selling streak to four weeks and X" or "it takes the run to X" is the
run's sum. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _period(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["period"]["kind"], f["period"]["start"], f["period"]["end"], f["role"])


def test_a_period_opening_a_relative_clause_is_the_figures() -> None:
    flows = flows_by_amount("Japanese investors bought a net 5.21 trillion yen of foreign bonds in March, ministry data "
                            "showed. The purchases compared with 3.56 trillion yen in February and capped a fiscal year "
                            "in which residents bought 16.23 trillion yen of overseas bonds.", "2016-04-08")
    assert _period(flows[16.23e12]) == ("fiscal_year", "2015-04-01", "2016-03-31", "cumulative")


def test_a_relative_clause_about_the_investor_is_no_cue_of_the_figure() -> None:
    flows = flows_by_amount("Investment trust management companies, whose funds are popular in tax-exempt NISA "
                            "accounts, bought 766.6 billion yen of foreign stocks in June.", "2026-07-08")
    assert (flows[766.6e9]["direction"], flows[766.6e9]["investor"]["group"]) == ("buy", "investment_trusts")


def test_before_the_fiscal_year_closed_is_not_the_figures_period() -> None:
    flows = flows_by_amount("Foreign investors sold a net 2.1 trillion yen of Japanese stocks in the week to March 28. "
                            "Japanese investors were sellers of overseas debt for a third week, offloading 945.5 billion "
                            "yen, as life insurers squared positions before the fiscal year closed on March 31. They "
                            "bought 140.6 billion yen of foreign stocks.", "2026-04-02")
    assert [_period(flows[v])[:3] for v in (945.5e9, 140.6e9)] == [("week", "2026-03-22", "2026-03-28")] * 2


def test_a_streak_extended_to_a_sum_is_the_runs_sum() -> None:
    flows = flows_by_amount("Non-residents sold 861.0 billion yen of Japanese bonds in the week to Oct. 11, extending "
                            "their selling streak to four weeks and 2.996 trillion yen.", "2008-10-16")
    assert _period(flows[2.996e12]) == ("weeks", "2008-09-14", "2008-10-11", "cumulative")
    flows = flows_by_amount("Foreigners sold a net 1.25 trillion yen of Japanese stocks last week. That is their fifth "
                            "straight week on the sell side, and it takes the run to 4.27 trillion yen.", "2018-03-29")
    assert _period(flows[4.27e12]) == ("weeks", "2018-02-18", "2018-03-24", "cumulative")


def test_a_streak_told_before_another_figure_is_not_its_run() -> None:
    flows = flows_by_amount("Japanese investors also bought 241.0 billion yen in foreign equities last week, extending "
                            "their buying streak to seven weeks, and picked up 90.0 billion yen of foreign bills.",
                            "2019-11-14")
    assert _period(flows[90.0e9])[0] == "week"
