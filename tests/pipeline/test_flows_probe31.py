"""Constructions the eightieth to eighty-third probe sets showed. Stories written for these tests; figures are
invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, flows_of, period_of


def test_the_year_through_a_month_is_a_year_to_date_ending_with_it() -> None:
    flows = flows_by_amount("Japanese banks sold a net 1.24 trillion yen of foreign bonds in November, the ministry said. "
                            "Even so, the banks remain net buyers of 8.37 trillion yen of foreign bonds for the year through "
                            "November.", "2010-12-08")
    assert period_of(flows[8.37e12]) == ("year_to_date", "2010-01-01", "2010-11-30")
    assert flows[8.37e12]["role"] == "cumulative"


def test_the_year_to_march_stays_a_fiscal_year() -> None:
    flows = flows_by_amount("Foreign investors bought a net 3.02 trillion yen of Japanese stocks in the year to March, the "
                            "ministry said.", "2010-04-08")
    assert period_of(flows[3.02e12]) == ("fiscal_year", "2009-04-01", "2010-03-31")


def test_on_top_of_another_instrument_adds_in_the_same_period() -> None:
    flows = flows_by_amount("Foreign investors sold 1.18 trillion yen of long-term Japanese bonds in July, on top of 904.6 "
                            "billion yen of short-term bills, the ministry said.", "2026-08-10")
    assert period_of(flows[904.6e9]) == ("month", "2026-07-01", "2026-07-31")
    assert (flows[904.6e9]["direction"], flows[904.6e9]["instrument"]) == ("sell", "short_term_debt")
    assert flows[904.6e9]["role"] == "headline"


def test_on_top_of_the_same_instrument_is_still_an_earlier_figure() -> None:
    flows = flows_by_amount("Foreign investors sold 1.18 trillion yen of long-term Japanese bonds in the week to July 18, "
                            "the ministry said, on top of 713.2 billion yen of Japanese bonds the week before.", "2026-07-23")
    assert period_of(flows[713.2e9]) == ("week", "2026-07-05", "2026-07-11")
    assert flows[713.2e9]["role"] == "comparison"


def test_money_pulled_into_shares_is_bought() -> None:
    flows = flows_by_amount("The reform drive pulled a net 2.64 trillion yen of foreign money into Japanese shares in the "
                            "business year that ended on March 31, Ministry of Finance data showed.", "2014-04-08")
    assert (flows[2.64e12]["direction"], flows[2.64e12]["investor"]["side"]) == ("buy", "non_resident")
    flows = flows_by_amount("Foreign investors pulled a net 318.5 billion yen out of Japanese shares last week, Ministry "
                            "of Finance data showed.", "2014-04-10")
    assert flows[318.5e9]["direction"] == "sell"


def test_most_of_a_total_in_one_month_goes_the_way_of_the_total() -> None:
    # the other months of the quarter went the other way, so the month's figure is bigger than the total
    flows = flows_by_amount("Finance ministry figures show a net 1.93 trillion yen of long-term foreign bonds bought by "
                            "residents over the July-September quarter. Almost all of it came in September, at 3.05 "
                            "trillion yen, after two months of net selling.", "2021-10-08")
    sept = flows[3.05e12]
    assert (sept["direction"], sept["investor"]["side"], sept["instrument"]) == ("buy", "resident", "long_term_debt")
    assert period_of(sept) == ("month", "2021-09-01", "2021-09-30")


def test_their_year_figure_is_that_years() -> None:
    flows = flows_by_amount("Investment trust managers bought 2.87 trillion yen of foreign stocks in 2023, the ministry "
                            "said, and 391.4 billion yen in December alone. Their 2022 figure was 3.12 trillion yen.",
                            "2024-01-11")
    assert period_of(flows[3.12e12]) == ("year", "2022-01-01", "2022-12-31")
    assert (flows[3.12e12]["direction"], flows[3.12e12]["role"]) == ("buy", "comparison")


def test_a_period_after_a_colon_opens_the_next_figures_clause() -> None:
    flows = flows_by_amount("Japanese investors sold a net 1.41 trillion yen of foreign stocks in July, the ministry said. "
                            "On the bond side, they bought 288.3 billion yen of foreign bonds, a small positive month in a "
                            "selling year: for the first seven months they've sold 2.04 trillion yen.", "2026-08-10")
    assert period_of(flows[288.3e9]) == ("month", "2026-07-01", "2026-07-31")
    assert period_of(flows[2.04e12]) == ("year_to_date", "2026-01-01", "2026-07-31")


def test_a_cue_in_brackets_about_the_investor_is_not_the_figures() -> None:
    flows = flows_by_amount("Japanese investors bought 612.9 billion yen of foreign bonds in July, the ministry said. "
                            "Investment trusts (i.e. the NISA money) bought 1.07 trillion yen of foreign stocks.", "2026-08-10")
    assert flows[1.07e12]["investor"]["group"] == "investment_trusts"
    assert flows[1.07e12]["direction"] == "buy"


def test_futures_in_a_quote_do_not_make_stocks_exchange_data() -> None:
    flows = flows_by_amount("Foreign investors sold a net 2.77 trillion yen of Japanese long-term bonds in the week through "
                            "June 18, Finance Ministry data showed. That came on top of 1.21 trillion yen of net sales in the "
                            "week before, bringing the two-week total to 3.98 trillion yen.\n\nThe Bank of Japan kept its "
                            "10-year yield target around zero at its June 17 meeting.\n\n\"The market is testing the central "
                            "bank, and futures are trading at levels that make no sense against cash,\" said a rates strategist "
                            "in Tokyo.\n\nForeigners also sold 518.2 billion yen of Japanese stocks.", "2022-06-23")
    assert flows[518.2e9]["source"]["series"] == "mof_weekly"
    assert (flows[518.2e9]["instrument"], period_of(flows[518.2e9])) == ("equity", ("week", "2022-06-12", "2022-06-18"))


def test_a_figure_said_in_words_then_digits_is_one_flow() -> None:
    flows = flows_of("Finance Ministry figures show overseas investors put a net one-point-two-four trillion yen -- 1.24 "
                     "trillion yen -- into Japanese treasury bills in the week ending May 15.", "2010-05-20")
    assert [f["amount"]["text"] for f in flows] == ["1.24 trillion yen"]
    assert (flows[0]["direction"], flows[0]["instrument"]) == ("buy", "short_term_debt")


def test_when_a_streak_began_is_not_the_figures_month() -> None:
    flows = flows_by_amount("Foreign investors pulled money out of South Korean equities in February.\n\nOffshore investors "
                            "were net sellers of 2.31 trillion won of shares on Korea's main board during the month, exchange "
                            "data showed, extending the selling that began in January.", "2021-03-05")
    assert period_of(flows[2.31e12]) == ("month", "2021-02-01", "2021-02-28")
