"""Constructions the nineteenth probe set showed: "Overseas investors, who had bought Japanese shares for seven
straight weeks, turned sellers, disposing of X" (the clause about the investors tells what they trade, not the
figure's period); in a story led by a fiscal year, investor types told later keep the year; and "March showed the
same pattern" names the month; "out of Japanese stocks, bonds and short-term securities" is of all securities; and
the agent of a passive may follow an aside ("was bought in the week, the most since December 2007, by foreign
investors"). Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _row(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["direction"], f["instrument"], f["period"]["kind"], f["period"]["end"], f["role"])


def test_the_clause_about_the_investors_tells_the_instrument_not_the_period() -> None:
    flows = flows_by_amount("Japanese investors sold foreign bonds for a fifth week in the week to March 3. Overseas "
                            "investors, who had bought Japanese shares for seven straight weeks, turned sellers, "
                            "disposing of a net 20.0 billion yen.", "2007-03-08")
    assert _row(flows[20.0e9]) == ("sell", "equity", "week", "2007-03-03", "headline")


def test_a_fiscal_year_story_by_investor_type() -> None:
    flows = flows_by_amount(
        "Trust bank accounts bought a net 4.70 trillion yen of foreign stocks in the fiscal year that ended on March 31, "
        "finance ministry data showed. Investment trust management companies added another 4.29 trillion yen of foreign "
        "shares over the year. They accounted for 44 percent of all net foreign stock buying in the year.\n"
        "Banks and life insurers bought 4.51 trillion yen and 1.78 trillion yen of foreign long-term bonds, "
        "respectively.\nMarch showed the same pattern: the trust accounts bought 850.1 billion yen of overseas stocks.",
        "2015-04-08")
    assert [_row(flows[v])[2:4] for v in (4.51e12, 1.78e12)] == [("fiscal_year", "2015-03-31")] * 2
    assert _row(flows[850.1e9])[2:] == ("month", "2015-03-31", "headline")


def test_a_figure_out_of_a_list_of_securities_is_of_all_securities() -> None:
    flows = flows_by_amount("Overseas investors pulled a record 1.92 trillion yen out of Japanese stocks, bonds and "
                            "short-term securities last week, ministry data showed. Investment trusts bought 642.1 "
                            "billion yen of foreign stocks, while securities firms bought 546.2 billion yen of foreign "
                            "bonds.", "2008-10-03")
    assert [flows[v]["instrument"] for v in (1.92e12, 642.1e9, 546.2e9)] == ["securities", "equity", "long_term_debt"]


def test_the_agent_of_a_passive_past_an_aside() -> None:
    flows = flows_by_amount("Japanese investors sold 1.2 trillion yen of foreign bonds last week. A net 1.8992 trillion "
                            "yen of Japanese short-term bills was bought in the week, the most since December 2007, by "
                            "foreign investors seeking the relative safety of the yen.", "2010-05-13")
    assert (flows[1.8992e12]["investor"]["side"], flows[1.8992e12]["instrument"]) == ("non_resident", "short_term_debt")
