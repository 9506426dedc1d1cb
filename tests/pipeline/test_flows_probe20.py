"""Constructions the twentieth to twenty-second probe sets showed: another market's "this week" is the week of
the story; "the biggest buyers of any group over the year, with purchases of X" is X's year (a superlative of
investors, not a reference point); "Japanese money market instruments" names securities, not investors; "bond
positions" names bonds; a central bank named in a relative clause about a period is no operation of the figure;
"bought X and Y of U.S. and French bonds, respectively, while they sold Z" tells no gross pair; "that takes the
five-week run to X" is the run of the figure before; and in a Q&A the question tells the answer's investors,
direction and month. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of


def test_another_markets_this_week_is_the_week_of_the_story() -> None:
    flows = flows_by_amount("SEOUL, June 21 - Foreign investors sold a net 1.52 trillion won of South Korean shares this "
                            "week, exchange data showed. In Taiwan, offshore funds unloaded T$18.4 billion of local stocks "
                            "over the week, after selling T$9.1 billion the previous week.", "2013-06-21")
    assert period_of(flows[1.52e12]) == ("week", "2013-06-17", "2013-06-21")
    assert period_of(flows[18.4e9])[2] == "2013-06-21"
    assert period_of(flows[9.1e9])[2] == "2013-06-14"


def test_a_japanese_figure_this_week_is_still_the_latest_data() -> None:
    flows = flows_by_amount("Foreign investors sold a net 412.0 billion yen of Japanese stocks this week, "
                            "finance ministry data showed on Thursday.", "2013-06-20")
    assert period_of(flows[412.0e9]) == ("week", "2013-06-09", "2013-06-15")


def test_the_biggest_buyers_over_the_year_bought_in_that_year() -> None:
    flows = flows_by_amount("Japanese life insurers bought a net 1.52 trillion yen of foreign bonds in the fiscal year "
                            "that ended on March 31, ministry data showed. In March alone they bought 201.3 billion yen. "
                            "Investment trusts were the biggest buyers of any investor group over the year, with net "
                            "purchases of 2.874 trillion yen.", "2010-04-08")
    assert period_of(flows[2.874e12]) == ("fiscal_year", "2009-04-01", "2010-03-31")
    assert period_of(flows[201.3e9]) == ("month", "2010-03-01", "2010-03-31")


def test_money_market_instruments_are_securities_not_investors() -> None:
    flows = flows_by_amount("Overseas investors sold a net 402.5 billion yen of Japanese money market instruments in "
                            "the week to March 3, while remaining buyers of longer-dated bonds with purchases of 118.2 "
                            "billion yen.", "2007-03-08")
    f = flows[118.2e9]
    assert (f["investor"]["side"], f["instrument"], f["direction"]) == ("non_resident", "long_term_debt", "buy")


def test_bond_positions_name_the_bonds() -> None:
    flows = flows_by_amount("Overseas investors added to their Japanese government bond positions for a sixth straight "
                            "week in the week to May 28, buying a net 377.2 billion yen, data showed.", "2005-06-02")
    assert flows[377.2e9]["instrument"] == "long_term_debt"


def test_a_central_bank_in_a_clause_about_the_period_runs_no_operation() -> None:
    flows = flows_by_amount("Non-residents sold a net 98.1 billion yen of Japanese bonds in the week ended Saturday, a "
                            "sixth straight week of selling. Over the six weeks, which straddle the BOJ's widening of its "
                            "yield band, their net sales came to 8.41 trillion yen.", "2023-01-26")
    f = flows[8.41e12]
    assert (f["direction"], f["role"], f["period"]["kind"]) == ("sell", "cumulative", "weeks")


def test_figures_told_respectively_are_no_gross_pair() -> None:
    flows = flows_by_amount("Japanese investors bought 1.2113 trillion yen and 201.6 billion yen of U.S. and French "
                            "bonds, respectively, in September, while they sold 88.4 billion yen of British gilts.",
                            "2018-11-08")
    assert [flows[v]["direction"] for v in (1.2113e12, 201.6e9, 88.4e9)] == ["buy", "buy", "sell"]


def test_that_takes_the_run_to_a_total() -> None:
    flows = flows_by_amount("Japanese investors bought a net 611.0 billion yen of foreign bonds in the week to May 27, "
                            "a fifth straight week of buying. By my count that takes the five-week run to 2.95 trillion "
                            "yen.", "2017-06-01")
    f = flows[2.95e12]
    assert (f["investor"]["side"], f["instrument"], f["direction"], f["role"]) == ("resident", "long_term_debt", "buy", "cumulative")
    assert period_of(f) == ("weeks", "2017-04-23", "2017-05-27")


def test_a_question_tells_the_answer_who_and_when() -> None:
    flows = flows_by_amount("Q&A: Who bought foreign bonds in 2019\n\n"
                            "Q: How much did Japanese investors buy?\n"
                            "A: A net 12.4012 trillion yen of long-term foreign bonds over the calendar year.\n\n"
                            "Q: And in December?\n"
                            "A: The picture was mixed. Life insurers sold a net 310.2 billion yen of foreign bonds, "
                            "while banks bought 402.8 billion yen.", "2020-01-10")
    f = flows[12.4012e12]
    assert (f["investor"]["side"], f["direction"], f["period"]["kind"], f["period"]["end"]) == ("resident", "buy", "year", "2019-12-31")
    assert [period_of(flows[v]) for v in (310.2e9, 402.8e9)] == [("month", "2019-12-01", "2019-12-31")] * 2
