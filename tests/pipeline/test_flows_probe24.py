"""Constructions the twenty-eighth and twenty-ninth probe sets showed: "They" after a quote does not point into
it; "The sum was small, X, but it breaks a 37-week run of net buying"; an aside "fed by the NISA accounts" gives no
non-flow cue; "the week of Nov. 4 to Nov. 7"; foreign banks are non-residents; translated "selling-over" and
"buying-over", and "The cumulative amount of the seven weeks reached X"; "bought X in the week to Feb. 20, sold Y a
week later" is no gross pair; "in the most recent week"; "a year earlier" in a sentence about a month is that month a
year before; "the three weeks come to X"; "In the preceding week the figure was X"; "net purchases of X in April and
Y in May 2005"; "The pace did ease from X"; a figure listed after a contrast is one too; the thirtieth set's "Foreign appetite", "X and Y
respectively into foreign stocks" and "A year earlier they had sold X" after a month's sentence; the thirty-first set's answer after an unlabelled
question ("HOW MUCH DID FOREIGNERS BUY?") and "the total comes to X". Stories written for these tests;
figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_they_after_a_quote_and_foreign_banks() -> None:
    flows = flows_by_amount("Overseas investors sold a net 1.8 trillion yen of Japanese bonds in the week through June "
                            "25.\n\n\"A lot of that is probably domestic banks' clients, not a view on Japan,\" said a "
                            "strategist.\n\nThey were sellers of equities too, unloading a net 140.2 billion yen of "
                            "Japanese shares.", "2016-06-30")
    assert side_direction_instrument(flows[140.2e9]) == ("non_resident", "sell", "equity")
    flows = flows_by_amount("Analysts said the selling came largely from foreign banks unwinding hedged positions. They "
                            "also sold Japanese shares for a second week, unloading 150.3 billion yen in the week "
                            "through June 25.", "2016-06-30")
    assert side_direction_instrument(flows[150.3e9]) == ("non_resident", "sell", "equity")


def test_the_sum_told_before_a_run_it_breaks() -> None:
    flows = flows_by_amount("Japanese investors dumped 801.2 billion yen of foreign bonds in the week to February 10. "
                            "Second, they also sold foreign stocks. The sum was small, 48.1 billion yen, but it breaks a "
                            "37-week run of net buying that began last May.", "2018-02-15")
    assert side_direction_instrument(flows[48.1e9]) == ("resident", "sell", "equity")


def test_an_aside_about_nisa_money() -> None:
    flows = flows_by_amount("Investment trusts, fed by the tax-free NISA savings accounts, bought 421.1 billion yen of "
                            "foreign stocks in June.", "2025-07-08")
    assert side_direction_instrument(flows[421.1e9]) == ("resident", "buy", "equity")


def test_the_week_of_two_days() -> None:
    flows = flows_by_amount("Foreign investors bought a net 802.2 billion yen of Japanese shares in cash trading in the "
                            "week of Nov. 4 to Nov. 7, exchange data showed. In the week from Oct. 27 to Oct. 31 they had "
                            "bought 431.0 billion yen.", "2014-11-13")
    assert period_of(flows[802.2e9]) == ("week", "2014-11-04", "2014-11-07")


def test_translated_selling_over_and_buying_over() -> None:
    flows = flows_by_amount("Overseas investors were net sellers of Japanese stocks in the week of August 4 to 10, by "
                            "151.1 billion yen. The selling-over amount of the preceding week was 288.2 billion yen.\n\n"
                            "Overseas investors bought over 401.5 billion yen of medium- and long-term bonds. The "
                            "cumulative amount of the seven weeks reached 2.61 trillion yen.\n\nInvestors in Japan bought "
                            "foreign bonds. The buying-over of foreign stocks was 51.0 billion yen.", "2019-08-15")
    assert side_direction_instrument(flows[288.2e9]) == ("non_resident", "sell", "equity")
    assert side_direction_instrument(flows[2.61e12]) == ("non_resident", "buy", "long_term_debt")
    assert side_direction_instrument(flows[51.0e9]) == ("resident", "buy", "equity")


def test_figures_told_in_turn_are_no_gross_pair() -> None:
    flows = flows_by_amount("Japanese investors bought 90.1 billion yen of foreign bonds in the week to March 6. "
                            "Foreigners were choppier. They bought 251.1 billion yen of JGBs in the week to Feb. 20, sold "
                            "1.012 trillion yen a week later, and came back with 580.3 billion yen of purchases in the "
                            "most recent week.", "2021-03-12")
    assert [flows[v]["direction"] for v in (251.1e9, 1.012e12, 580.3e9)] == ["buy", "sell", "buy"]
    assert period_of(flows[580.3e9]) == ("week", "2021-02-28", "2021-03-06")


def test_a_year_earlier_in_a_months_sentence_is_that_month_a_year_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.9012 trillion yen of foreign bonds in October, less than "
                            "the 2.2104 trillion yen of September but a turnaround from a year earlier, when they sold "
                            "1.1207 trillion yen, data showed.", "2010-11-11")
    assert (period_of(flows[1.1207e12]), flows[1.1207e12]["role"]) == (("month", "2009-10-01", "2009-10-31"), "comparison")


def test_the_weeks_come_to_and_the_figure_of_the_preceding_week() -> None:
    flows = flows_by_amount("Japanese investors sold 901.5 billion yen of foreign bonds in the week to March 6. Add it up "
                            "and the three weeks come to net selling of 2.702 trillion yen.", "2021-03-12")
    assert (period_of(flows[2.702e12]), flows[2.702e12]["role"]) == (("weeks", "2021-02-14", "2021-03-06"), "cumulative")
    flows = flows_by_amount("Foreigners bought 250.3 billion yen of Japanese stocks in the week ended Dec. 15, a fifth "
                            "straight week of buying. In the preceding week the figure was 99.8 billion yen.", "2012-12-20")
    f = flows[99.8e9]
    assert (side_direction_instrument(f), f["role"], period_of(f)[2]) == (("non_resident", "buy", "equity"), "comparison", "2012-12-08")


def test_a_list_of_figures_by_period_and_the_pace_before() -> None:
    flows = flows_by_amount("Non-residents sold a net 402.2 billion yen of Japanese shares last month, compared with net "
                            "purchases of 250.1 billion yen in April and 160.3 billion yen in May 2005.", "2006-06-08")
    assert [flows[v]["direction"] for v in (402.2e9, 250.1e9, 160.3e9)] == ["sell", "buy", "buy"]
    flows = flows_by_amount("Japanese investors bought 402.6 billion yen of foreign bonds in the week to Nov. 6. The pace "
                            "did ease from 501.9 billion yen in the previous week.", "2010-11-11")
    f = flows[501.9e9]
    assert (side_direction_instrument(f), f["role"]) == (("resident", "buy", "long_term_debt"), "comparison")


def test_a_figure_listed_after_a_contrast_is_a_contrast() -> None:
    flows = flows_by_amount("Japanese investors were net sellers of 602.1 billion yen of overseas debt in October. That "
                            "compared with net buying of 3.9021 trillion yen in September and net selling of 1.2011 "
                            "trillion yen in October 2017.\n\nLife insurers also sold, shedding 281.0 billion yen.",
                            "2018-11-08")
    assert flows[1.2011e12]["role"] == "comparison"
    assert period_of(flows[281.0e9]) == ("month", "2018-10-01", "2018-10-31")


def test_thirtieth_set_appetite_respectively_into_and_a_year_earlier_after_a_full_stop() -> None:
    flows = flows_by_amount("Foreign appetite for Japanese equities faded in May, with net purchases of just 30.2 billion "
                            "yen.", "2011-06-08")
    assert side_direction_instrument(flows[30.2e9]) == ("non_resident", "buy", "equity")
    flows = flows_by_amount("Banks bought 1.01 trillion yen of foreign bonds in November. Lifers and investment trusts "
                            "put 290.2 billion yen and 201.7 billion yen respectively into foreign stocks.", "2016-12-08")
    assert [flows[v]["instrument"] for v in (290.2e9, 201.7e9)] == ["equity", "equity"]
    flows = flows_by_amount("Foreign investors bought a net 1.1 trillion yen of Japanese bonds in May, up from 702.3 "
                            "billion yen in April. A year earlier they had sold 55.1 billion yen.", "2011-06-08")
    assert (period_of(flows[55.1e9]), flows[55.1e9]["role"]) == (("month", "2010-05-01", "2010-05-31"), "comparison")


def test_an_answer_after_an_unlabelled_question_and_the_total_comes_to() -> None:
    flows = flows_by_amount("Foreign investors bought Japanese shares at a record pace, data showed.\n\nHOW MUCH DID "
                            "FOREIGNERS BUY?\n\nA net 1.2102 trillion yen of Japanese equities in the week ended April 13. "
                            "It was the third week in a row of net buying. Over those three weeks the total comes to "
                            "2.05 trillion yen.", "2013-04-18")
    assert side_direction_instrument(flows[1.2102e12]) == ("non_resident", "buy", "equity")
    assert (side_direction_instrument(flows[2.05e12]), flows[2.05e12]["role"]) == (("non_resident", "buy", "equity"), "cumulative")
