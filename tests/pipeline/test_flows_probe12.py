"""Constructions the twelfth probe set showed: a passive verb after the figure is its own ("while X of Japanese
long-term bonds were purchased by non-residents", after a sentence of selling); "this year through November"
is the year to date; a figure right before a name is that fund's size; the verb of a relative clause ("which sell
funds to households") is not the figure's; and an investor type that "accounted for" a part of the total told
before went the total's way. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount


def test_the_passive_verb_after_the_figure_is_its_own() -> None:
    flows = flows_by_amount("Net selling of Japanese bills by foreigners came to 639.1 billion yen, the fifth week of "
                            "outflows, while 240.4 billion yen of Japanese long-term bonds were purchased by "
                            "non-residents.", "2009-08-27")
    assert [flows[v]["direction"] for v in (639.1e9, 240.4e9)] == ["sell", "buy"]


def test_this_year_through_a_month_is_the_year_to_date() -> None:
    flows = flows_by_amount("Foreigners bought 1.2 trillion yen of Japanese bonds in November. Their net purchases "
                            "of foreign bonds this year through November reached 18.3114 trillion yen.", "2023-12-08")
    period = flows[18.3114e12]["period"]
    assert (period["kind"], period["start"], period["end"]) == ("year_to_date", "2023-01-01", "2023-11-30")


def test_a_figure_before_a_name_is_its_size_not_a_flow() -> None:
    flows = flows_by_amount("Trust banks bought 2.1 trillion yen of foreign stocks. The buying followed the decision by "
                            "the 130 trillion yen Government Pension Investment Fund to raise its target for overseas "
                            "equities.", "2015-04-08")
    assert sorted(flows) == [2.1e12]


def test_the_verb_of_a_relative_clause_is_not_the_figures() -> None:
    flows = flows_by_amount("Japanese investors bought 6.1 trillion yen of foreign stocks in fiscal 2014. Trust banks "
                            "accounted for 2.1 trillion yen, and investment trusts, which sell funds to households, for "
                            "1.2 trillion yen.", "2015-04-08")
    assert [(flows[v]["direction"], flows[v]["investor"]["group"]) for v in (2.1e12, 1.2e12)] == [
        ("buy", "trust_banks"), ("buy", "investment_trusts")]


def test_an_investor_types_part_of_the_total_told_before_goes_its_way() -> None:
    flows = flows_by_amount("Japanese investors sold a net 3.4 trillion yen of foreign bonds in fiscal 2022, after "
                            "buying 1.2 trillion yen a year earlier. Banks accounted for 2.6 trillion yen.", "2023-04-10")
    assert flows[2.6e12]["direction"] == "sell"
