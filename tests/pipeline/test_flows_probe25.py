"""Constructions the thirty-second to thirty-fifth probe sets showed: a figure told with the run it ends ("breaking a
two-week buying run", "ended an eight-week run of purchases, selling X") is the week's, not the run's; "in the same
week" after a dollar figure restated in yen is that figure's week; "bought X of stocks and Y of bonds, versus A and B
respectively the prior week" pairs the contrasts with the figures before them. Stories written for these tests;
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
