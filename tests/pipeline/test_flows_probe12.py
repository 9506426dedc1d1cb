"""Constructions the twelfth probe set showed: a passive verb after the figure is its own ("while X of Japanese
long-term bonds were purchased by non-residents", after a sentence of selling), and "this year through November"
is the year to date. Stories written for these tests; figures are invented.
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
