"""Constructions the thirty-second to thirty-fifth probe sets showed: a figure told with the run it ends ("breaking a
two-week buying run", "ended an eight-week run of purchases, selling X") is the week's, not the run's; "in the same
week" after a dollar figure restated in yen is that figure's week; "bought X of stocks and Y of bonds, versus A and B
respectively the prior week" pairs the contrasts with the figures before them; a labelled total line of a list
("- 12-week total: X"); "Of that, X went into securities issued in Luxembourg"; "X of such debt"; "cross-border
securities transactions" names the statistics; "those of foreign stocks" names the next figure's securities; "Put the
two weeks together ... X leaving foreign bond markets"; the ministry's monthly investor-type data is not the exchange's;
an investor type's part ("accounted for X of the stock purchases") of a year's figure. Stories written for these tests;
figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_a_figure_told_with_the_run_it_ends_is_the_weeks() -> None:
    flows = flows_by_amount("Japanese investors bought a net 812.5 billion yen of foreign bonds in the week ended Oct. 12, "
                            "Ministry of Finance data showed.\n\nOverseas investors sold a net 402.6 billion yen of Japanese "
                            "shares, breaking a three-week buying run, and bought 95.3 billion yen of Japanese bills.\n\n"
                            "Residents also ended a six-week run of foreign stock purchases, selling a net 71.9 billion yen.\n\n"
                            "Foreigners sold 33.3 billion yen of long-term bonds, ending the five weeks of buying.",
                            "2019-10-17")
    for amount in (402.6e9, 95.3e9, 71.9e9, 33.3e9):
        assert period_of(flows[amount]) == ("week", "2019-10-06", "2019-10-12"), amount
    assert flows[402.6e9]["role"] == "headline"


def test_a_three_week_run_still_sums_its_weeks() -> None:
    flows = flows_by_amount("Overseas investors bought 402.6 billion yen of Japanese shares in the week ended Oct. 12, "
                            "taking their three-week buying run to 1.12 trillion yen.", "2019-10-17")
    assert period_of(flows[1.12e12])[0] == "weeks"


def test_the_same_week_after_a_dollar_figure_restated_in_yen() -> None:
    flows = flows_by_amount("Overseas investors sold a net $14.1 billion (2.09 trillion yen) of Japanese stocks in the week "
                            "ending Oct. 8, weekly data from the Ministry of Finance showed. Over the two weeks they have "
                            "pulled 3.12 trillion yen out, and they remain net buyers this year at 611.2 billion yen.\n\n"
                            "What about Japanese investors?\n\nThey bought a net 402.2 billion yen of foreign bonds in the "
                            "same week.", "2022-10-13")
    assert period_of(flows[402.2e9]) == ("week", "2022-10-02", "2022-10-08")


def test_contrasts_told_respectively_pair_with_the_figures_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 210.4 billion yen of foreign stocks and 655.0 billion yen of "
                            "foreign bonds in the week to May 9, versus 301.8 billion yen and 1.212 trillion yen respectively "
                            "the week before.", "2015-05-14")
    assert side_direction_instrument(flows[301.8e9]) == ("resident", "buy", "equity")
    assert side_direction_instrument(flows[1.212e12]) == ("resident", "buy", "long_term_debt")
    assert period_of(flows[301.8e9]) == ("week", "2015-04-26", "2015-05-02")


def test_a_labelled_total_line_goes_on_from_the_line_before() -> None:
    flows = flows_by_amount("Japanese investors bought foreign bonds for a 12th straight week in the week through July 9, "
                            "Ministry of Finance data showed.\n\n- Net purchases of foreign long-term bonds: 622.4 billion "
                            "yen, vs 410.3 billion yen in the prior week\n- 12-week total: 6.35 trillion yen\n- Foreign "
                            "investors' net sales of Japanese stocks: 88.1 billion yen", "2010-07-15")
    assert side_direction_instrument(flows[6.35e12]) == ("resident", "buy", "long_term_debt")
    assert period_of(flows[6.35e12])[0] == "weeks"


def test_a_part_of_the_figure_before_named_loosely() -> None:
    flows = flows_by_amount("Japanese investors bought a net 903.1 billion yen of foreign stocks in October. Of that, "
                            "611.0 billion yen went into securities issued in Luxembourg, home to many funds sold in Japan, "
                            "and 150.2 billion yen into U.S. shares.", "2015-12-08")
    assert side_direction_instrument(flows[611.0e9]) == ("resident", "buy", "equity")
    assert side_direction_instrument(flows[150.2e9]) == ("resident", "buy", "equity")


def test_such_debt_is_the_debt_named_before() -> None:
    flows = flows_by_amount("Net sales of foreign bills by Japanese investors came to 402.9 billion yen in the week ended "
                            "Oct. 11. They had been net buyers of 64.0 billion yen of such debt a week earlier.", "2008-10-16")
    assert side_direction_instrument(flows[64.0e9]) == ("resident", "buy", "short_term_debt")


def test_the_name_of_the_statistics_is_no_instrument() -> None:
    flows = flows_by_amount("Net selling of Japanese stocks by non-residents came to 211.7 billion yen last month, according "
                            "to the ministry's tally of cross-border securities transactions, against net buying of 98.4 "
                            "billion yen in July.", "2011-09-08")
    assert side_direction_instrument(flows[98.4e9]) == ("non_resident", "buy", "equity")


def test_those_of_names_the_next_figures_securities() -> None:
    flows = flows_by_amount("Japanese investors kept buying abroad. Their net purchases of foreign bonds came to 1.52 "
                            "trillion yen in June and those of foreign stocks to 240.6 billion yen.", "2012-07-09")
    assert side_direction_instrument(flows[1.52e12]) == ("resident", "buy", "long_term_debt")
    assert side_direction_instrument(flows[240.6e9]) == ("resident", "buy", "equity")


def test_money_leaving_markets_over_weeks_put_together() -> None:
    flows = flows_by_amount("Japanese investors sold a net 1.31 trillion yen of foreign long-term bonds in the week to "
                            "March 13, on top of 1.02 trillion yen the week before. Put the two weeks together and I make it "
                            "roughly $21 billion leaving foreign bond markets.", "2021-03-19")
    assert side_direction_instrument(flows[21e9]) == ("resident", "sell", "long_term_debt")
    assert period_of(flows[21e9])[0] == "weeks"


def test_the_monthly_investor_type_data_is_not_the_exchanges() -> None:
    flows = flows_by_amount("Japanese investors sold a net 1.10 trillion yen of foreign bonds in the week to March 13, "
                            "finance ministry data showed.\n\nMy guess is banks. The monthly investor-type data next week "
                            "will tell.\n\nOn the inward side, foreigners sold 312.5 billion yen of Japanese stocks.",
                            "2021-03-19")
    assert period_of(flows[312.5e9]) == ("week", "2021-03-07", "2021-03-13")


def test_an_investor_types_part_of_a_years_purchases() -> None:
    flows = flows_by_amount("Japanese investors bought 5.12 trillion yen of foreign stocks over the fiscal year that ended "
                            "in March, finance ministry data showed. In March alone they bought 402.2 billion yen.\n\nTrust "
                            "accounts, mostly pension money rebalancing after the slump, accounted for 3.90 trillion yen of "
                            "the stock purchases.", "2009-04-08")
    assert period_of(flows[3.90e12]) == ("fiscal_year", "2008-04-01", "2009-03-31")
