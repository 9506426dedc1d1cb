"""Constructions the twenty-first and twenty-third probe sets showed: "In all, X flowed back into Japan" (a
repatriation of all securities); "net bought stocks ... and net sold bonds, at X and Y, respectively" (the nth verb
and its securities are the nth figure's); "Counting short-term paper, Japanese money has gone abroad ..., with X
leaving" (a total of all securities); "I would not read much into the X they put into bills" (no forecast);
"Domestic side:" and "our pensions" name Japanese investors; "the six-week damage" is a run; "X of the securities"
are the securities named before; a sentence may open with a long period before its pronoun and still take the
instrument of the sentence before; "Sales of U.S. bonds came to X, while investors bought Y of French bonds" is no
gross pair; "the second-largest sale on record after September's X" is September's; "December alone accounting
for" names a month; and "the 10 weeks of this calendar year" is the year to date. Stories written for these
tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_money_that_flowed_back_into_japan_is_a_repatriation_of_all_securities() -> None:
    flows = flows_by_amount("Japanese investors sold a net 402.6 billion yen of foreign short-term debt in the week to "
                            "Sept. 20 and 31.2 billion yen of foreign bonds. In all, 433.8 billion yen flowed back into "
                            "Japan.", "2008-09-25")
    assert side_direction_instrument(flows[433.8e9]) == ("resident", "sell", "securities")


def test_verbs_told_respectively() -> None:
    flows = flows_by_amount("Foreign investors net sold 901.2 billion yen of Japanese bills in the week ending Saturday. "
                            "They net bought Japanese stocks for the second straight week and net sold medium- to "
                            "long-term bonds, at 98.7 billion yen and 141.0 billion yen, respectively.", "2009-04-16")
    assert side_direction_instrument(flows[98.7e9]) == ("non_resident", "buy", "equity")
    assert side_direction_instrument(flows[141.0e9]) == ("non_resident", "sell", "long_term_debt")


def test_counting_short_term_paper_money_gone_abroad_is_all_securities() -> None:
    flows = flows_by_amount("Japanese investors bought 488.1 billion yen of foreign stocks in the week ended Aug. 29. "
                            "Counting short-term paper, Japanese money has now gone abroad for ten weeks in a row, with "
                            "1.183 trillion yen leaving in the latest week.", "2015-09-03")
    assert side_direction_instrument(flows[1.183e12]) == ("resident", "buy", "securities")


def test_a_writers_would_is_no_forecast_of_a_figure_with_its_own_verb() -> None:
    flows = flows_by_amount("In the week to March 21 overseas accounts dumped 2.1 trillion yen of Japanese bonds. I "
                            "would not read much into the 811.0 billion yen they put into bills.", "2020-03-26")
    assert side_direction_instrument(flows[811.0e9]) == ("non_resident", "buy", "short_term_debt")


def test_a_notes_domestic_side_names_japanese_investors() -> None:
    flows = flows_by_amount("In the week to March 21 overseas accounts dumped 2.1 trillion yen of Japanese bonds and "
                            "1.2 trillion yen of stocks, which takes the six-week damage to 3.9 trillion yen.\n\n"
                            "Domestic side: our pensions kept nibbling at foreign equities, 301.5 billion yen. Foreign "
                            "bond selling slowed to 48.0 billion yen from 707.7 billion yen.", "2020-03-26")
    assert side_direction_instrument(flows[301.5e9]) == ("resident", "buy", "equity")
    assert [side_direction_instrument(flows[v]) for v in (48.0e9, 707.7e9)] == [("resident", "sell", "long_term_debt")] * 2
    assert (flows[3.9e12]["period"]["kind"], flows[3.9e12]["role"]) == ("weeks", "cumulative")


def test_the_securities_named_again() -> None:
    flows = flows_by_amount("Overseas investors, meanwhile, have kept selling Japanese government bonds. They offloaded "
                            "502.2 billion yen of the securities last week, up from 99.9 billion yen in the prior week.",
                            "2009-07-02")
    assert [flows[v]["instrument"] for v in (502.2e9, 99.9e9)] == ["long_term_debt"] * 2


def test_a_long_opening_period_before_the_pronoun() -> None:
    flows = flows_by_amount("Q: What did the data show?\nA: Overseas investors bought Japanese equities for a sixth "
                            "week running. In the week ended May 8, which was shortened by the Golden Week holidays, they "
                            "were net buyers of 120.3 billion yen.", "2021-05-13")
    assert side_direction_instrument(flows[120.3e9]) == ("non_resident", "buy", "equity")


def test_sales_of_one_countrys_bonds_and_purchases_of_anothers_are_no_gross_pair() -> None:
    flows = flows_by_amount("Japanese investors sold 402.2 billion yen of foreign bonds in April. Sales of U.S. bonds "
                            "came to 917.1 billion yen, the breakdown showed, while investors bought 255.5 billion yen of "
                            "French bonds.", "2019-06-10")
    assert [flows[v]["direction"] for v in (917.1e9, 255.5e9)] == ["sell", "buy"]


def test_a_possessive_month_after_a_superlative() -> None:
    flows = flows_by_amount("Foreign investors dumped 4.1202 trillion yen of Japanese long-term bonds in December, the "
                            "second-largest monthly sale on record after September's 5.0311 trillion yen.", "2023-01-11")
    assert period_of(flows[5.0311e12]) == ("month", "2022-09-01", "2022-09-30")


def test_a_month_alone_accounting_for_part() -> None:
    flows = flows_by_amount("Japanese investors bought 2.8812 trillion yen of foreign stocks in 2022, with December "
                            "alone accounting for 40% of that, at 1.1525 trillion yen.", "2023-01-11")
    assert period_of(flows[1.1525e12]) == ("month", "2022-12-01", "2022-12-31")


def test_the_weeks_of_this_calendar_year_are_the_year_to_date() -> None:
    flows = flows_by_amount("Foreign investors bought 301.1 billion yen of Japanese stocks in the week to March 7, "
                            "lifting net purchases in the 10 weeks of this calendar year to 5.12 trillion yen.", "2026-03-12")
    assert period_of(flows[5.12e12]) == ("year_to_date", "2026-01-01", "2026-03-07")
