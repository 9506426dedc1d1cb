"""Constructions the nineteenth probe set showed: "Overseas investors, who had bought Japanese shares for seven
straight weeks, turned sellers, disposing of X" (the clause about the investors tells what they trade, not the
figure's period); in a story led by a fiscal year, investor types told later keep the year; and "March showed the
same pattern" names the month. Stories written for these tests; figures are invented.
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
