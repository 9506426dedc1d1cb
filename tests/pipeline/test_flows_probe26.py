"""Constructions the thirty-fourth and thirty-fifth probe sets showed: translated "acquisition surplus" and
"disposition surplus"; a flash in capitals, a line a sentence, with "VS X BLN PREV WEEK" and "PREV WEEK:"; residents'
"net outflow into foreign securities"; a lede that dates the week ("data covering April 1-7"); "in the last days of the
old fiscal year"; a sentence about a month before its figures ("March itself was a month of ..."); "some 63 percent
of the total"; "the most since fiscal 2013"; "over a calendar year"; "close to the X bought in 2007"; a figure's own
verb after it ("the X that was sold", "X flowed into"); investors based in a region; a cue across a semicolon; "At X,
net purchases of ... by ... slowed"; "respectively" for the figures before it only; "also" with a monthly run; "the
44 weeks of 2012 so far"; "that has become routine since January"; and two of the `dd-` set left as found before:
"The cumulative amount of the seven weeks reached X" and "over the same five months", and two of the `z-` set: "Add
up the five weeks ... and I get X" and "accounted for X of net buying of foreign equities", and two of the `bb-` set: a figure told with an investor type's
month ("which left Japanese investors as a whole with Y") and "most of that came from pension money". Stories written for these tests; figures are
invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_translated_acquisition_and_disposition_surplus() -> None:
    flows = flows_by_amount("Non-residents' transactions in Japanese stocks for the week of June 5 to 11 showed a "
                            "disposition surplus (net selling) of 210.4 billion yen.\n\nRegarding medium- and long-term "
                            "bonds, non-residents recorded an acquisition surplus (net buying) of 61.3 billion yen.",
                            "2011-06-16")
    assert side_direction_instrument(flows[210.4e9]) == ("non_resident", "sell", "equity")
    assert side_direction_instrument(flows[61.3e9]) == ("non_resident", "buy", "long_term_debt")
    assert period_of(flows[61.3e9]) == ("week", "2011-06-05", "2011-06-11")


def test_a_flash_in_capitals_is_read_a_line_at_a_time() -> None:
    flows = flows_by_amount("JAPAN INVESTORS BUY NET 903.2 BLN YEN FOREIGN BONDS IN WEEK TO MAY 14 -MOF\n"
                            "PREV WEEK: JAPAN INVESTORS SOLD NET 120.4 BLN YEN FOREIGN BONDS (REVISED)\n"
                            "FOREIGN INVESTORS BUY NET 88.6 BLN YEN JAPANESE STOCKS VS 301.7 BLN PREV WEEK -MOF\n"
                            "FOREIGN INVESTORS SELL NET 55.5 BLN YEN JAPANESE BONDS, 3RD STRAIGHT WEEK OF SELLING\n"
                            "JAPAN RESIDENTS' NET OUTFLOW INTO FOREIGN SECURITIES TOTALS 1,004.1 BLN YEN -MOF",
                            "2005-05-19")
    assert period_of(flows[120.4e9]) == ("week", "2005-05-01", "2005-05-07")
    assert side_direction_instrument(flows[301.7e9]) == ("non_resident", "buy", "equity")
    assert period_of(flows[301.7e9]) == ("week", "2005-05-01", "2005-05-07")
    assert period_of(flows[55.5e9]) == ("week", "2005-05-08", "2005-05-14")
    assert side_direction_instrument(flows[1004.1e9]) == ("resident", "buy", "securities")


def test_a_lede_dates_the_week_of_the_answers() -> None:
    flows = flows_by_amount("The finance ministry on Thursday released its weekly flow data covering April 1-7, the first "
                            "week of the new fiscal year. Here is what it showed.\n\nQ: Did Japanese investors sell foreign "
                            "bonds?\nA: They did. They sold a net 1.21 trillion yen of foreign bonds in the week. A week "
                            "earlier, in the last days of the old fiscal year, they had bought 402.4 billion yen.",
                            "2012-04-12")
    assert period_of(flows[1.21e12]) == ("week", "2012-04-01", "2012-04-07")
    assert period_of(flows[402.4e9]) == ("week", "2012-03-25", "2012-03-31")


def test_a_sentence_about_the_month_before_its_figures() -> None:
    flows = flows_by_amount("Japanese banks bought a net 5.12 trillion yen of foreign bonds in the fiscal year ended March "
                            "31, ministry data showed.\n\nMarch itself was a month of year-end tidying. Banks sold 1.02 "
                            "trillion yen of foreign bonds and life insurers sold 301.5 billion yen.", "2024-04-08")
    assert period_of(flows[1.02e12]) == ("month", "2024-03-01", "2024-03-31")
    assert period_of(flows[301.5e9]) == ("month", "2024-03-01", "2024-03-31")


def test_a_share_of_the_total_names_its_total() -> None:
    flows = flows_by_amount("Non-residents sold a net 2.00 trillion yen of Japanese stocks in August, though they remained "
                            "net buyers of 3.10 trillion yen for the first eight months of the year.\n\nUK-based investors "
                            "were the largest sellers, dumping a net 1.20 trillion yen, some 60 percent of the total.",
                            "2015-10-08")
    assert period_of(flows[1.20e12]) == ("month", "2015-08-01", "2015-08-31")


def test_the_most_since_a_fiscal_year_is_a_fiscal_years_figure() -> None:
    flows = flows_by_amount("Japanese life insurers sold a net 3.1 trillion yen of foreign bonds in the fiscal year ended "
                            "March 31, finance ministry data showed. In March itself they sold 402.9 billion yen.\n\n"
                            "Non-residents bought 4.05 trillion yen of Japanese stocks, the most since fiscal 2013.",
                            "2024-04-08")
    assert period_of(flows[4.05e12]) == ("fiscal_year", "2023-04-01", "2024-03-31")


def test_a_calendar_years_figures_told_in_january() -> None:
    flows = flows_by_amount("Non-resident investors sold Japanese equities over a calendar year for the first time, "
                            "dumping 3.12 trillion yen worth, ministry figures showed. December alone saw them sell 402.3 "
                            "billion yen.\n\nJapanese investors bought 4.41 trillion yen of foreign stocks last year.\n\n"
                            "Their appetite for foreign bonds held steady: net purchases came to 2.22 trillion yen, close "
                            "to the 2.30 trillion yen bought in 2007.", "2009-01-09")
    assert period_of(flows[3.12e12]) == ("year", "2008-01-01", "2008-12-31")
    assert period_of(flows[2.22e12]) == ("year", "2008-01-01", "2008-12-31")


def test_a_figures_own_verb_after_it() -> None:
    flows = flows_by_amount("Long-term foreign bonds drew 137.7 billion yen of net buying by Japanese investors in the week "
                            "ended May 9, a turnaround from the 502.1 billion yen that was sold in the week ended May 2.\n\n"
                            "Non-residents sold 30.3 billion yen of Japanese long-term bonds, while 171.1 billion yen "
                            "flowed into short-term bills.", "2020-05-14")
    assert side_direction_instrument(flows[502.1e9]) == ("resident", "sell", "long_term_debt")
    assert side_direction_instrument(flows[171.1e9]) == ("non_resident", "buy", "short_term_debt")


def test_investors_based_in_a_region_and_a_cue_across_a_semicolon() -> None:
    flows = flows_by_amount("In September Japanese investors bought 2.6 trillion yen of foreign bonds. On the inward side, "
                            "investors based in Europe, including Britain, sold a net 640.2 billion yen of Japanese stocks.",
                            "2021-11-09")
    assert side_direction_instrument(flows[640.2e9]) == ("non_resident", "sell", "equity")
    flows = flows_by_amount("In the week to Feb. 5, Japanese investors bought 164.7 billion yen of foreign stocks. I read "
                            "the equity buying as the usual money from new fund launches; it was well down on the 390.7 billion yen of the "
                            "week before.", "2022-02-10")
    assert side_direction_instrument(flows[390.7e9]) == ("resident", "buy", "equity")


def test_a_figure_before_its_subject() -> None:
    flows = flows_by_amount("Japanese investors sold foreign bonds in October.\n\nAt 303.5 billion yen, net purchases of "
                            "foreign stocks by Japanese investment trusts slowed in October from 459.1 billion yen in "
                            "September.", "2025-11-10")
    assert side_direction_instrument(flows[303.5e9]) == ("resident", "buy", "equity")
    assert flows[303.5e9]["investor"]["group"] == "investment_trusts"


def test_respectively_for_the_figures_before_it() -> None:
    flows = flows_by_amount("Pension money in trust accounts went into foreign bonds and foreign equities, at 93.2 billion "
                            "yen and 142.3 billion yen respectively, and investment trusts bought 50.3 billion yen of "
                            "overseas debt in June.", "2019-07-08")
    assert side_direction_instrument(flows[142.3e9]) == ("resident", "buy", "equity")
    assert side_direction_instrument(flows[93.2e9]) == ("resident", "buy", "long_term_debt")


def test_also_with_a_monthly_run_and_the_weeks_of_the_year_so_far() -> None:
    flows = flows_by_amount("Life insurers were net buyers of 810.6 billion yen of foreign bonds in June, finance ministry "
                            "data showed.\n\nIn the April-June quarter their net purchases totalled 1.2923 trillion yen.\n\n"
                            "The insurers also added 64.6 billion yen of foreign stocks, a 35th consecutive month of net "
                            "buying.", "2019-07-08")
    assert period_of(flows[64.6e9]) == ("month", "2019-06-01", "2019-06-30")
    flows = flows_by_amount("Japanese investors bought 120.3 billion yen of foreign bonds in the week to Nov. 3. That brings "
                            "purchases in the 44 weeks of 2012 so far to 9.418 trillion yen.", "2012-11-08")
    assert period_of(flows[9.418e12]) == ("year_to_date", "2012-01-01", "2012-11-03")


def test_a_period_of_a_relative_clause_after_the_figure() -> None:
    flows = flows_by_amount("Japanese investors sold 402.2 billion yen of foreign bonds in the week ended Feb. 24. They "
                            "bought 125.9 billion yen of foreign stocks, the steady kind of buying that has become routine "
                            "since January.", "2024-02-29")
    assert period_of(flows[125.9e9]) == ("week", "2024-02-18", "2024-02-24")


def test_the_amount_of_the_seven_weeks_and_the_same_five_months() -> None:
    flows = flows_by_amount("Overseas investors bought 301.5 billion yen of medium- and long-term bonds in the week of "
                            "August 4 to 10. The cumulative amount of the seven weeks reached 1.61 trillion yen.",
                            "2019-08-15")
    assert period_of(flows[1.61e12])[0] == "weeks"
    flows = flows_by_amount("Investment trusts bought a net 597.0 billion yen of foreign stocks in May, finance ministry "
                            "data showed. From January through May the total reached 3.163 trillion yen.\n\nFor all "
                            "Japanese investors taken together, foreign stocks saw net selling of 435.0 billion yen over "
                            "the same five months.", "2024-06-14")
    assert period_of(flows[435.0e9]) == ("year_to_date", "2024-01-01", "2024-05-31")


def test_add_up_the_weeks_and_an_investor_types_part_without_a_determiner() -> None:
    flows = flows_by_amount("Foreigners bought 1.21 trillion yen of Japanese stocks in the week to Nov. 1. Add up the five "
                            "weeks since the leadership vote and I get 5.15 trillion yen.", "2025-11-07")
    assert period_of(flows[5.15e12])[0] == "weeks"
    flows = flows_by_amount("Japanese investors bought 3.02 trillion yen of foreign stocks in the fiscal year that ended in "
                            "March, finance ministry data showed. In March alone they bought 210.3 billion yen.\n\n"
                            "Investment trusts accounted for 1.4359 trillion yen of net buying of foreign equities.",
                            "2019-04-08")
    assert period_of(flows[1.4359e12]) == ("fiscal_year", "2018-04-01", "2019-03-31")


def test_a_figure_told_with_an_investor_types_month_and_most_of_that_came_from() -> None:
    flows = flows_by_amount("Japanese investment trusts bought a net 842.6 billion yen of foreign stocks in July, ministry "
                            "data showed on Monday.\n\nPension money went the other way, with trust accounts selling a net "
                            "648.8 billion yen, which left Japanese investors as a whole with net purchases of just 109.5 "
                            "billion yen.\n\nIn the week to Aug. 1, Japanese investors were net sellers of 176.4 billion yen "
                            "of foreign stocks.", "2026-08-10")
    assert period_of(flows[109.5e9]) == ("month", "2026-07-01", "2026-07-31")
    flows = flows_by_amount("Foreigners sold Japanese equities in 2008; in 2007 they had bought 2.1419 trillion yen.\n\n"
                            "Japanese investors bought a net 4.1186 trillion yen of foreign stocks during the year, and most "
                            "of that came from pension money: trust accounts accounted for 3.2757 trillion yen.",
                            "2009-01-09")
    assert period_of(flows[3.2757e12]) == ("year", "2008-01-01", "2008-12-31")
