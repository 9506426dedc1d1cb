"""Constructions the fifty-sixth to fifty-ninth probe sets showed. Stories written for these tests; figures are
invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, flows_of, period_of


def test_a_figure_after_a_year_before_told_without_a_contrast_word_keeps_the_wraps_year() -> None:
    # "about a third of the X they had put in the year before" names an earlier year; the next figure, with no period
    # of its own, is still the fiscal year's
    flows = flows_by_amount("Japanese life insurers bought a net 2.31 trillion yen of foreign bonds in the fiscal year that "
                            "ended in March, the Ministry of Finance said on Monday.\n\nBanks bought 1.05 trillion yen in "
                            "fiscal 2020, about a third of the 3.12 trillion yen they had put in the year before.\n\nPension "
                            "money through trust accounts added 1.87 trillion yen of foreign stocks.\n\nIn March alone, "
                            "banks sold 402.6 billion yen.", "2021-04-08")
    assert period_of(flows[1.87e12]) == ("fiscal_year", "2020-04-01", "2021-03-31")
    assert period_of(flows[3.12e12]) == ("fiscal_year", "2019-04-01", "2020-03-31")
    assert period_of(flows[402.6e9]) == ("month", "2021-03-01", "2021-03-31")


def test_an_instrument_naming_a_market_event_is_not_what_was_traded() -> None:
    # "during a global equity slide" says when they sold, not that they sold foreign equities
    flows = flows_by_amount("Foreign investors bought a net 1.21 trillion yen of Japanese shares in March, the ministry said, "
                            "after they sold a net 640.2 billion yen in February during a global equity slide.", "2016-04-08")
    assert (flows[640.2e9]["instrument"], flows[640.2e9]["market"]) == ("equity", "domestic")


def test_the_same_month_of_a_year_is_the_storys_month_in_that_year() -> None:
    flows = flows_by_amount("Foreign investors bought a net 812.5 billion yen of Japanese stocks in May, a turnaround from the "
                            "same month of 2016, when they sold a net 503.9 billion yen.\n\nJapanese investors bought 1.02 "
                            "trillion yen of foreign bonds in May, against 455.1 billion yen in the same month last year.",
                            "2018-06-08")
    assert period_of(flows[503.9e9]) == ("month", "2016-05-01", "2016-05-31")
    assert period_of(flows[455.1e9]) == ("month", "2017-05-01", "2017-05-31")
    assert flows[503.9e9]["role"] == flows[455.1e9]["role"] == "comparison"
    assert period_of(flows[1.02e12]) == ("month", "2018-05-01", "2018-05-31")


def test_trading_days_to_a_date_are_the_exchange_week() -> None:
    flows = flows_by_amount("In the five trading days to June 13, foreigners bought a net 372.4 billion yen of cash shares on "
                            "the Tokyo and Nagoya exchanges, after selling 175.3 billion yen in the week to June 6.",
                            "2025-06-19")
    assert period_of(flows[372.4e9]) == ("week", "2025-06-09", "2025-06-13")
    assert period_of(flows[175.3e9]) == ("week", "2025-06-02", "2025-06-06")


def test_a_figure_the_latest_followed_in_the_next_sentence_is_the_week_before() -> None:
    flows = flows_by_amount("Japanese investors bought 675.1 billion yen of foreign bonds in the week to July 11, the ministry "
                            "said. Foreigners sold 51.5 billion yen of Japanese stocks. Their stock selling was the first in "
                            "two weeks and followed net buying of 83.6 billion yen.", "2009-07-16")
    assert period_of(flows[83.6e9]) == ("week", "2009-06-28", "2009-07-04")
    assert flows[83.6e9]["role"] == "comparison"
    assert period_of(flows[51.5e9]) == ("week", "2009-07-05", "2009-07-11")


def test_followed_with_is_the_next_in_a_ranking_not_a_contrast() -> None:
    flows = flows_by_amount("Banks bought a net 1.91 trillion yen of foreign bonds in March, the ministry said. Investment trust "
                            "management companies followed with an acquisition excess of 425.1 billion yen.", "2006-04-10")
    assert period_of(flows[425.1e9]) == ("month", "2006-03-01", "2006-03-31")
    assert flows[425.1e9]["role"] == "headline"


def test_up_from_a_figure_with_no_period_after_a_fiscal_years_figure_is_the_fiscal_year_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 4.03 trillion yen of foreign long-term bonds in fiscal 2017, the "
                            "ministry said on Monday.\n\nInvestment trusts bought 4.67 trillion yen of foreign stocks over the "
                            "year, up from just 460.0 billion yen.", "2018-04-09")
    assert period_of(flows[4.67e12]) == ("fiscal_year", "2017-04-01", "2018-03-31")
    assert period_of(flows[460.0e9]) == ("fiscal_year", "2016-04-01", "2017-03-31")
    assert flows[460.0e9]["role"] == "comparison"


def test_a_figure_told_in_the_past_perfect_lends_no_period_to_the_next_investor() -> None:
    flows = flows_by_amount("Japanese banks sold a net 1.598 trillion yen of foreign bonds in February, the ministry said on "
                            "Monday.\n\nIn January, the banks had bought 1.197 trillion yen.\n\nLife insurers were also net "
                            "sellers, shedding 305.3 billion yen of foreign bonds after sales of 89.5 billion yen in January.",
                            "2021-03-08")
    assert period_of(flows[305.3e9]) == ("month", "2021-02-01", "2021-02-28")
    assert period_of(flows[89.5e9]) == ("month", "2021-01-01", "2021-01-31")


def test_a_months_figure_matched_keeps_its_month_to_itself() -> None:
    flows = flows_by_amount("Japanese investors sold 1.1676 trillion yen of foreign bonds in July, almost exactly matching May's "
                            "1.1695 trillion yen, and cut their holdings of foreign stocks with net sales of 192.9 billion "
                            "yen.", "2021-08-10")
    assert period_of(flows[192.9e9]) == ("month", "2021-07-01", "2021-07-31")
    assert period_of(flows[1.1695e12]) == ("month", "2021-05-01", "2021-05-31")
    assert flows[1.1695e12]["role"] == "comparison"


def test_a_run_that_adds_up_to_and_since_the_run_started_are_the_runs_sums() -> None:
    flows = flows_by_amount("Foreigners bought a net 369.5 billion yen of Japanese stocks in the week to Oct. 28, the 23rd "
                            "straight week of buying, a run that adds up to 6.20 trillion yen.", "2017-11-02")
    assert period_of(flows[6.20e12])[0::2] == ("weeks", "2017-10-28")
    assert flows[6.20e12]["role"] == "cumulative"
    flows = flows_by_amount("Japanese investors bought 1.2 trillion yen of foreign bonds in the week to Aug. 28, their 16th "
                            "straight week of buying. Since the run started in mid-May, Japanese investors have bought 15.64 "
                            "trillion yen of foreign bonds.", "2010-09-02")
    assert period_of(flows[15.64e12])[0::2] == ("weeks", "2010-08-28")


def test_the_first_week_of_the_month_is_the_latest_datas_month() -> None:
    flows = flows_by_amount("Foreigners bought a net 422.8 billion yen of Japanese stocks in the week through Nov. 14, the "
                            "ministry said on Thursday. That followed 484.5 billion yen of buying in the first week of the "
                            "month, for a two-week haul of 907.3 billion yen.", "2020-11-19")
    assert period_of(flows[484.5e9]) == ("week", "2020-11-01", "2020-11-07")
    assert period_of(flows[907.3e9]) == ("weeks", "2020-11-01", "2020-11-14")


def test_money_taken_out_over_those_weeks_is_sold_over_the_run() -> None:
    flows = flows_by_amount("Foreigners sold 51.5 billion yen of Japanese stocks in the week to Feb. 13. Add it up and they "
                            "have taken 2.83 trillion yen out over those six weeks.", "2016-02-21")
    assert flows[2.83e12]["direction"] == "sell"
    assert period_of(flows[2.83e12]) == ("weeks", "2016-01-03", "2016-02-13")


def test_cut_an_amount_of_bonds_and_a_year_told_with_across() -> None:
    flows = flows_by_amount("Life insurers sold 2.2 trillion yen of foreign bonds in December. Banks were also heavy sellers. "
                            "They cut 1.0207 trillion yen of foreign bonds in December, and across 2022 banks and trust banks "
                            "sold 12.70 trillion yen and 769.7 billion yen of overseas debt, respectively.", "2023-01-12")
    assert flows[1.0207e12]["direction"] == "sell"
    assert period_of(flows[1.0207e12]) == ("month", "2022-12-01", "2022-12-31")
    assert period_of(flows[12.70e12]) == period_of(flows[769.7e9]) == ("year", "2022-01-01", "2022-12-31")


def test_a_central_bank_in_an_aside_opened_by_with_is_context() -> None:
    flows = flows_by_amount("Japan's banks bought a net 4.7607 trillion yen of foreign long-term bonds in September, the ministry "
                            "said. In September last year, with the Federal Reserve still raising rates aggressively, they had "
                            "sold 800.3 billion yen.", "2023-10-10")
    assert flows[800.3e9]["direction"] == "sell"
    assert period_of(flows[800.3e9]) == ("month", "2022-09-01", "2022-09-30")


def test_a_month_alone_accounting_for_part_of_the_quarter_is_the_quarters_flow() -> None:
    flows = flows_by_amount("Foreign investors bought a net 5.30 trillion yen of Japanese long-term bonds in the July-September "
                            "quarter. September alone accounted for 2.4198 trillion yen, the data showed on Wednesday.",
                            "2014-10-08")
    assert (flows[2.4198e12]["direction"], flows[2.4198e12]["investor"]["side"], flows[2.4198e12]["instrument"]) == (
        "buy", "non_resident", "long_term_debt")
    assert period_of(flows[2.4198e12]) == ("month", "2014-09-01", "2014-09-30")


def test_the_figure_of_an_earlier_month_is_the_same_flow() -> None:
    flows = flows_by_amount("Japanese investors bought 3.5409 trillion yen of foreign bonds on a net basis in June, the ministry "
                            "said on Thursday. In June last year the figure was 2.6372 trillion yen.", "2010-07-08")
    assert (flows[2.6372e12]["direction"], flows[2.6372e12]["investor"]["side"], flows[2.6372e12]["instrument"]) == (
        "buy", "resident", "long_term_debt")
    assert period_of(flows[2.6372e12]) == ("month", "2009-06-01", "2009-06-30")
    assert flows[2.6372e12]["role"] == "comparison"


def test_exchange_data_story_with_futures_included_later_and_retail_absorbing_the_supply() -> None:
    # "Including Nikkei 225 and TOPIX futures, ... totalled Y": the story names its combined total, so "shares" are cash
    # shares; "absorbed much of the supply" is the selling they bought, not an issue of new securities; "did the
    # opposite of foreigners" sets the foreigners against the subject
    flows = flows_by_amount("Foreign investors were net sellers of Japanese cash equities for a third straight week in the week "
                            "through March 11, offloading 611.7 billion yen, Japan Exchange Group data showed on Thursday.\n\n"
                            "They had sold 256.4 billion yen of shares in the previous week. Including Nikkei 225 and TOPIX "
                            "futures, on which they sold a further 420.3 billion yen, foreigners' net selling of Japanese "
                            "stocks totalled 1.032 trillion yen in the five trading days.\n\nIndividual investors absorbed much "
                            "of the supply, buying a net 298.5 billion yen of shares on the Tokyo and Nagoya exchanges.\n\n"
                            "Trust banks did the opposite of foreigners, buying a net 88.1 billion yen.", "2022-03-17")
    assert flows[256.4e9]["instrument"] == "equity"
    assert period_of(flows[256.4e9]) == ("week", "2022-02-28", "2022-03-04")
    assert (flows[298.5e9]["direction"], flows[298.5e9]["investor"]["side"]) == ("buy", "resident")
    assert (flows[88.1e9]["investor"]["side"], flows[88.1e9]["investor"]["group"]) == ("resident", "trust_banks")


def test_a_translations_disposition_exceeding_acquisition_is_a_net_sale() -> None:
    flows = flows_by_amount("According to the weekly data released by the Ministry of Finance on the 23rd, non-residents were net "
                            "sellers (disposition exceeding acquisition) of Japanese stocks in the week of October 12 to 18, at "
                            "300.8 billion yen. Residents were net buyers (acquisition exceeding disposition) of foreign bonds, "
                            "at 512.6 billion yen.", "2008-10-23")
    assert flows[300.8e9]["direction"] == "sell"
    assert flows[512.6e9]["direction"] == "buy"


def test_a_fraction_of_a_figure_is_a_contrast_that_lends_no_period() -> None:
    flows = flows_by_amount("Japanese investors bought 365.7 billion yen of foreign bonds in July, a fraction of the 3.8245 "
                            "trillion yen they put into overseas debt in July 2025, and 169.5 billion yen of foreign stocks.",
                            "2026-08-10")
    assert period_of(flows[169.5e9]) == ("month", "2026-07-01", "2026-07-31")
    assert period_of(flows[3.8245e12]) == ("month", "2025-07-01", "2025-07-31")


def test_key_points_repeated_in_the_body_are_told_once() -> None:
    flows = flows_of("Foreign investors pour money into Japanese stocks\n\nKEY POINTS\nForeign investors bought a net 1.73 "
                     "trillion yen of Japanese stocks in the week to April 13, the Ministry of Finance said Thursday.\nThat "
                     "follows 1.76 trillion yen of net buying in the prior week.\n\nForeign investors bought a net 1.73 "
                     "trillion yen of Japanese stocks in the week to April 13, according to ministry data released "
                     "Thursday. That follows 1.76 trillion yen of net buying in the prior week. Japanese investors sold "
                     "1.0 trillion yen of foreign bonds.", "2024-04-18")
    assert sorted(f["amount"]["value"] for f in flows) == [1.0e12, 1.73e12, 1.76e12]
    assert all(f["evidence"]["start"] > 200 for f in flows)


def test_the_next_investor_type_of_a_fiscal_wrap_takes_the_year_not_a_month_told_in_passing() -> None:
    flows = flows_by_amount("Japanese life insurers bought a record 5.524 trillion yen of foreign bonds in the fiscal year that "
                            "ended in March, the ministry said on Friday.\n\nIn March alone, 1.415 trillion yen was spent on "
                            "foreign bonds by the insurers.\n\nBanks bought 4.408 trillion yen of overseas bonds over the "
                            "fiscal year, with March purchases of 2.283 trillion yen.\n\nInvestment trusts put 4.943 trillion "
                            "yen into foreign stocks, up from 4.287 trillion yen.", "2016-04-08")
    assert flows[1.415e12]["direction"] == "buy"
    assert period_of(flows[1.415e12]) == ("month", "2016-03-01", "2016-03-31")
    assert period_of(flows[4.943e12]) == ("fiscal_year", "2015-04-01", "2016-03-31")
    assert period_of(flows[4.287e12]) == ("fiscal_year", "2014-04-01", "2015-03-31")


def test_a_purchase_over_the_year_and_a_sale_in_march_are_two_periods_not_gross_figures() -> None:
    flows = flows_by_amount("Japanese banks bought a net 8.8957 trillion yen of foreign bonds in the fiscal year that ended in "
                            "March, the ministry said on Wednesday. Life insurers were more cautious. They bought only 902.7 "
                            "billion yen of foreign bonds over the year, down from 1.1546 trillion yen, and in March, as the "
                            "coronavirus rout hit markets, they sold 832.2 billion yen.", "2020-04-08")
    assert period_of(flows[902.7e9]) == ("fiscal_year", "2019-04-01", "2020-03-31")
    assert (flows[832.2e9]["direction"], period_of(flows[832.2e9])) == ("sell", ("month", "2020-03-01", "2020-03-31"))
    assert period_of(flows[1.1546e12]) == ("fiscal_year", "2018-04-01", "2019-03-31")


def test_bond_futures_in_a_quote_do_not_make_a_ministry_story_exchange_data() -> None:
    flows = flows_by_amount("Net sales by foreigners came to 3.8925 trillion yen in the week through March 23, Ministry of "
                            "Finance data showed on Thursday.\n\n\"Their short JGB futures were fine, but their cash bond longs "
                            "had to go,\" said a strategist.\n\nForeign investors sold 889.6 billion yen of Japanese shares, a "
                            "second week of outflows, even as the Nikkei hit a record close on March 22.", "2024-03-28")
    assert flows[889.6e9]["source"]["series"] == "mof_weekly"
    assert period_of(flows[889.6e9]) == ("week", "2024-03-17", "2024-03-23")


def test_a_flash_line_labelled_previous_week_is_the_week_before() -> None:
    # the line before ends "LARGEST SINCE WEEK TO SEPT 10" without a full stop: no reference point for the next line
    flows = flows_by_amount("MARKET FLASH\n\nFOREIGNERS BUY NET 655.9 BLN YEN OF JAPANESE STOCKS IN WEEK TO NOV 5 - MOF\n"
                            "FOREIGN NET BUYING OF JAPANESE STOCKS LARGEST SINCE WEEK TO SEPT 10\nPREVIOUS WEEK: FOREIGNERS "
                            "BOUGHT REVISED 347.2 BLN YEN OF JAPANESE STOCKS\n", "2005-11-10")
    assert period_of(flows[347.2e9]) == ("week", "2005-10-23", "2005-10-29")
    assert flows[347.2e9]["role"] == "comparison"


def test_two_months_told_with_respectively_and_the_first_half_of_last_year() -> None:
    flows = flows_by_amount("Foreigners bought a net 3.2 trillion yen of Japanese stocks in 2007, the ministry said. In November "
                            "and December they were net sellers of 944.1 billion yen and 725.9 billion yen, respectively. "
                            "That compares with the 570.0 billion yen they bought in the first half of last year.", "2008-01-10")
    assert period_of(flows[944.1e9]) == ("month", "2007-11-01", "2007-11-30")
    assert period_of(flows[725.9e9]) == ("month", "2007-12-01", "2007-12-31")
    assert period_of(flows[570.0e9]) == ("months", "2007-01-01", "2007-06-30")


def test_a_sentences_opening_period_reaches_a_figure_after_a_colon() -> None:
    flows = flows_by_amount("Foreigners sold a net 3.2 trillion yen of Japanese stocks in September, the ministry said. For the "
                            "year to date they are still net buyers, but only just: 627.8 billion yen.", "2023-10-10")
    assert period_of(flows[627.8e9]) == ("year_to_date", "2023-01-01", "2023-09-30")


def test_instruments_listed_with_their_streaks_before_figures_told_respectively() -> None:
    flows = flows_by_amount("Japanese investors bought foreign stocks for a ninth straight week and foreign bonds for a fifth, "
                            "with purchases of 49.5 billion yen and 121.3 billion yen respectively.", "2006-05-25")
    assert (flows[49.5e9]["instrument"], flows[121.3e9]["instrument"]) == ("equity", "long_term_debt")


def test_notes_maturing_in_a_year_or_less_are_short_term_debt() -> None:
    flows = flows_by_amount("Net sales of foreign bills and notes maturing in a year or less reached 532.7 billion yen in the "
                            "week ended Sept. 20, the Ministry of Finance said.", "2008-09-25")
    assert flows[532.7e9]["instrument"] == "short_term_debt"


def test_a_share_of_the_total_told_in_dollars_first_takes_the_totals_month() -> None:
    flows = flows_by_amount("Japanese investors bought a net 3.303 trillion yen of foreign bonds in September, the ministry said. "
                            "In September last year they were net sellers to the tune of 722.5 billion yen. Purchases of "
                            "American bonds came to about $12.1 billion (1.414 trillion yen), roughly 43 percent of the total.",
                            "2007-10-10")
    assert period_of(flows[1.414e12]) == ("month", "2007-09-01", "2007-09-30")


def test_a_part_told_of_it_in_a_month_alone_is_that_months() -> None:
    flows = flows_by_amount("Non-residents bought a net 3.87 trillion yen of medium- and long-term Japanese debt between January "
                            "and June, 276.9 billion yen of it in June alone.", "2006-07-10")
    assert period_of(flows[276.9e9]) == ("month", "2006-06-01", "2006-06-30")
    assert period_of(flows[3.87e12])[2] == "2006-06-30"


def test_a_ranked_figure_does_not_take_the_verb_of_a_clause_with_its_own_subject() -> None:
    flows = flows_by_amount("Japanese investors bought a net 812.2 billion yen of foreign bonds in March, the ministry said. "
                            "Australian bonds were the most popular at 301.1 billion yen. German bonds came second at 190.5 "
                            "billion yen, while Japanese investors were net sellers of U.S. bonds, offloading 233.0 billion yen.",
                            "2012-05-14")
    assert flows[190.5e9]["direction"] == "buy"
    assert flows[233.0e9]["direction"] == "sell"


def test_a_blogs_previous_high_a_month_alone_and_the_figure_of_the_year_before() -> None:
    flows = flows_by_amount("Non-residents put a net 15.8416 trillion yen into Japanese stocks in calendar 2013, the ministry "
                            "said. There is nothing close to that in the monthly series; the previous high was 12.6241 trillion "
                            "yen in 2005. December alone brought 2.1265 trillion yen. In 2012 the figure was a modest 2.1272 "
                            "trillion yen.", "2014-01-14")
    assert period_of(flows[12.6241e12]) == ("year", "2005-01-01", "2005-12-31")
    assert flows[12.6241e12]["role"] == "comparison"
    assert (flows[2.1265e12]["direction"], period_of(flows[2.1265e12])) == ("buy", ("month", "2013-12-01", "2013-12-31"))
    assert (flows[2.1272e12]["direction"], period_of(flows[2.1272e12])) == ("buy", ("year", "2012-01-01", "2012-12-31"))


def test_a_newsletters_i_get_x_is_the_flow_told_before() -> None:
    flows = flows_by_amount("Japanese investors bought 1.2 trillion yen of foreign bonds in the week to Aug. 28, their 16th "
                            "straight week of buying. For the year to date (35 weeks) I get 17.42 trillion yen.", "2010-09-02")
    assert (flows[17.42e12]["direction"], flows[17.42e12]["instrument"]) == ("buy", "long_term_debt")
    assert period_of(flows[17.42e12]) == ("year_to_date", "2010-01-01", "2010-08-28")


def test_cash_and_futures_combined_they_were_out_by_is_a_net_sale() -> None:
    flows = flows_by_amount("Overseas investors sold a net 354.1 billion yen of cash shares in the week to March 5, exchange data "
                            "showed. But they were buyers of 210.0 billion yen of futures over the same five days, so cash and "
                            "futures combined they were out by only 144.1 billion yen.", "2021-03-11")
    assert flows[144.1e9]["direction"] == "sell"


def test_a_month_of_last_year_told_with_of() -> None:
    flows = flows_by_amount("Foreign investors sold a net 2.1 trillion yen of Japanese stocks in August, the ministry said. In "
                            "August of last year, foreign investors had bought 721.7 billion yen of Japanese shares.",
                            "2007-09-10")
    assert period_of(flows[721.7e9]) == ("month", "2006-08-01", "2006-08-31")
    assert flows[721.7e9]["role"] == "comparison"
