"""A foreigners' figure for Japanese stocks that is the sum of the exchange's cash-equity and derivatives
figures told right after it is the exchange's combined total, of its Monday-to-Friday week: not the ministry's
equity figure. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _row(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["instrument"], f["direction"], f["source"]["series"], f["period"]["start"], f["period"]["end"])


STORY = (
    "Japanese investors bought a net 1.41 trillion yen of long-term foreign bonds last week, Ministry of Finance "
    "data showed.\nOverseas investors were net buyers of Japanese equities for a third week, taking {total} "
    "in stocks.\nForeign investors bought cash equities and derivatives of about 214.31 billion yen and {deriv}, "
    "respectively, on a net basis last week."
)


def test_exchange_total_of_cash_and_derivatives() -> None:
    flows = flows_by_amount(STORY.format(total="252.78 billion yen", deriv="38.47 billion yen"), "2024-06-13")
    assert _row(flows[252.78e9]) == ("other", "buy", "jpx_weekly", "2024-06-03", "2024-06-07")
    assert [_row(flows[v])[0] for v in (214.31e9, 38.47e9)] == ["equity", "derivatives"]
    assert _row(flows[1.41e12])[2:] == ("mof_weekly", "2024-06-02", "2024-06-08")


def test_a_figure_that_is_not_the_sum_stays_the_ministry_figure() -> None:
    flows = flows_by_amount(STORY.format(total="412.6 billion yen", deriv="38.47 billion yen"), "2024-06-13")
    assert _row(flows[412.6e9]) == ("equity", "buy", "mof_weekly", "2024-06-02", "2024-06-08")


def test_derivatives_sold_count_against_the_total() -> None:
    story = STORY.split("\nForeign")[0].format(total="175.84 billion yen") + (
        "\nForeign investors bought 214.31 billion yen of cash equities but sold 38.47 billion yen of derivatives "
        "on a net basis last week.")
    flows = flows_by_amount(story, "2024-06-13")
    assert [_row(flows[v])[:3] for v in (214.31e9, 38.47e9)] == [("equity", "buy", "jpx_weekly"), ("derivatives", "sell", "jpx_weekly")]
    assert _row(flows[175.84e9])[:3] == ("other", "buy", "jpx_weekly")
