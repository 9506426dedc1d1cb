"""Rules for constructions the eighth probe set (a sample of ordinary feed copy) showed: a share figure of
exchange data in a story that names the cash-plus-futures total elsewhere; revisions told in the passive or
"to X from the Y it initially reported"; "turned net buyers at X after two weeks of selling"; "for the year to
X" as this year's running total; "in the same week" after a year to date; "a first half in which"; "over the
half"; "for a total of X in that period" after a streak; "equity and debt markets"; the subject of a relative clause after the figure ("the X of foreign bonds that
Japanese investors bought"); and the levels of a cross
rate and of the euro in dollars.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount as _by_amount
from pipeline_cases import flows_of as _flows
from pipeline_cases import period_rows as _rows

from extractor.pipeline import extract


def test_shares_of_exchange_data_are_cash_when_the_combined_total_is_named_apart() -> None:
    text = ("Overseas investors were net sellers of Japanese shares for a second week, offloading 213.5 billion yen worth "
            "in the week to May 17, data from the Tokyo Stock Exchange showed. They sold a net 402.6 billion yen of "
            "index futures, bringing their combined net sales in cash and futures to 616.1 billion yen.")
    got = _by_amount(text, "2024-05-23")
    assert got[213.5e9]["instrument"] == "equity"
    assert got[616.1e9]["instrument"] == "other"


def test_revisions_in_the_passive_and_from_what_it_initially_reported() -> None:
    rows = _rows("Japanese investors bought 1.1372 trillion yen of foreign bonds in the week to Aug. 10, ministry data "
                 "showed. The figure for the week before was revised down to 1.5408 trillion yen from 1.6294 trillion yen. "
                 "The ministry revised the previous week's stock figure to 927.4 billion yen from the 963.5 billion yen "
                 "it initially reported.", "2024-08-15")
    assert sorted(rows) == sorted([(1137200000000, "week", "2024-08-04", "2024-08-10", "headline"),
                                   (1540800000000, "week", "2024-07-28", "2024-08-03", "comparison"),
                                   (1629400000000, "week", "2024-07-28", "2024-08-03", "other"),
                                   (927400000000, "week", "2024-07-28", "2024-08-03", "comparison"),
                                   (963500000000, "week", "2024-07-28", "2024-08-03", "other")])


def test_turned_buyers_after_selling_and_the_years_running_total() -> None:
    text = ("Foreign investors turned net buyers of Japanese stocks at 622.4 billion yen in the week to Aug. 10 after two "
            "weeks of selling, lifting their cumulative net purchases for the year to 9.8922 trillion yen, finance "
            "ministry data showed.")
    got = _by_amount(text, "2024-08-15")
    assert got[622.4e9]["direction"] == "buy"
    assert (got[9.8922e12]["period"]["kind"], got[9.8922e12]["period"]["end"]) == ("year_to_date", "2024-08-10")


def test_the_same_week_after_a_year_to_date_and_a_total_in_that_period() -> None:
    rows = _rows("Foreign investors sold a record 1.0923 trillion yen of Japanese stocks in the week ended March 16, finance "
                 "ministry data showed. So far in 2024 they have sold 1.975 trillion yen. Overseas investors bought "
                 "481.2 billion yen of Japanese long-term debt in the same week. They bought a net 588.9 billion yen of "
                 "JGBs, the fourth straight week of net buying, for a total of 3.694 trillion yen in that period.",
                 "2024-03-21")
    assert (481200000000, "week", "2024-03-10", "2024-03-16", "headline") in rows
    assert (3694000000000, "weeks", "2024-02-18", "2024-03-16", "cumulative") in rows


def test_a_first_half_in_which_and_over_the_half() -> None:
    rows = _rows("Japan's banks bought a net 1.7487 trillion yen of foreign bonds in June, finance ministry data showed, "
                 "capping a first half in which they bought 10.0272 trillion yen. Life insurers were net sellers of 52.3 "
                 "billion yen of foreign bonds in June and of 1.5265 trillion yen over the half.", "2024-07-08")
    assert (10027200000000, "year_to_date", "2024-01-01", "2024-06-30", "cumulative") in rows
    assert (1526500000000, "year_to_date", "2024-01-01", "2024-06-30", "cumulative") in rows


def test_equity_and_debt_markets_are_securities() -> None:
    text = "Foreign portfolio investors withdrew $15.9 billion from Indian equity and debt markets in March."
    assert [f["instrument"] for f in _flows(text, "2024-04-01")] == ["securities"]


def test_a_cross_rate_level_it_moved_from_and_the_euro_in_dollars() -> None:
    recs = extract("The euro traded at 98.85 yen on Friday, down from about 108 yen in early April. The euro jumped to "
                   "around 1.09 dollars on Monday.", published="2024-04-26", use_model=False)
    got = sorted((r["value"], r["base"], r["quote"]) for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate")
    assert got == [(1.09, "EUR", "USD"), (98.85, "EUR", "JPY"), (108, "EUR", "JPY")]


def test_the_subject_of_a_relative_clause_after_the_figure_is_its_investor() -> None:
    text = ("Japan's banks bought a net 1.7487 trillion yen of foreign bonds in June, finance ministry data showed. Banks "
            "accounted for more than two-thirds of the 14.6316 trillion yen of foreign bonds that Japanese investors "
            "bought in the first half.")
    assert _by_amount(text, "2024-07-08")[14.6316e12]["investor"]["group"] == "all"
