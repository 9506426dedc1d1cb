"""Constructions the eightieth to eighty-seventh probe sets showed. Stories written for these tests; figures are
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


def test_a_translated_purchase_over_is_net_buying() -> None:
    flows = flows_by_amount("Concerning Japanese medium- and long-term bonds, the overseas investors made a purchase-over of "
                            "1 trillion 12.6 billion yen in the week of May 21 to 27, the Ministry of Finance announced.",
                            "2006-06-01")
    assert (flows[1.0126e12]["direction"], flows[1.0126e12]["investor"]["side"]) == ("buy", "non_resident")


def test_funds_selling_in_one_clause_do_not_make_the_next_clauses_stocks_a_fund() -> None:
    flows = flows_by_amount("Foreign portfolio investors (FPIs) withdrew a net $9.3 billion from Indian shares in October, "
                            "depository data showed. Elsewhere in the region, offshore funds sold $1.8 billion of Taiwan shares over the "
                            "month, and Korean stocks saw $2.6 billion of foreign outflows.", "2024-10-31")
    assert (flows[2.6e9]["instrument"], flows[2.6e9]["direction"]) == ("equity", "sell")


def test_a_figure_set_against_the_year_before_is_the_storys_fiscal_year() -> None:
    # (the story's latest month, March, ends with its fiscal year)
    flows = flows_by_amount("3) Banks sold 2.61 trillion yen, after buying 5.37 trillion yen in the year before.\n\n4) March "
                            "alone: trust accounts bought another 1.21 trillion yen; lifers sold 208.4 billion yen.\n\n5) "
                            "Investment trusts bought 2.44 trillion yen of foreign equities in FY2020.", "2021-04-08")
    assert period_of(flows[2.61e12]) == ("fiscal_year", "2020-04-01", "2021-03-31")
    assert flows[2.61e12]["role"] != "comparison"


def test_the_figures_own_verb_past_an_adverb_names_its_instrument() -> None:
    flows = flows_by_amount("Overseas investors sold a net 287.4 billion yen of Japanese stocks in the seven days to Aug. 6, "
                            "Ministry of Finance figures showed. Some 612.8 billion yen, meanwhile, flowed from abroad into "
                            "Japanese treasury bills, reversing 241.5 billion yen of net sales in the previous week.", "2011-08-11")
    assert (flows[612.8e9]["instrument"], flows[612.8e9]["direction"]) == ("short_term_debt", "buy")
    assert flows[612.8e9]["role"] == "headline"


def test_a_central_bank_in_the_week_that_included_its_move_is_not_the_subject() -> None:
    flows = flows_by_amount("Japanese investors sold foreign bonds for a fourth straight week in the seven days that included "
                            "the Bank of Japan's surprise easing announcement, Ministry of Finance data showed on Thursday, "
                            "with the net selling reaching 836.9 billion yen.", "2013-04-11")
    assert (flows[836.9e9]["direction"], flows[836.9e9]["instrument"]) == ("sell", "long_term_debt")
    assert period_of(flows[836.9e9]) == ("week", "2013-03-31", "2013-04-06")


def test_the_period_of_an_opening_after_clause_is_its_own_figures() -> None:
    flows = flows_by_amount("Q: Did Japanese investors bring money home?\nA: Partly. After a record 3.28 trillion yen of "
                            "foreign bond buying in the first week of March, they sold 712.6 billion yen of foreign bonds in "
                            "the week to March 14.", "2020-03-19")
    assert period_of(flows[3.28e12]) == ("week", "2020-03-01", "2020-03-07")
    assert period_of(flows[712.6e9]) == ("week", "2020-03-08", "2020-03-14")
    assert (flows[712.6e9]["direction"], flows[712.6e9]["role"]) == ("sell", "headline")


def test_savings_accounts_of_an_event_ahead_are_not_the_flows() -> None:
    flows = flows_by_amount("Investment trust management companies were heavy buyers of foreign equities in October ahead of "
                            "the January launch of the expanded NISA tax-free accounts, with net purchases of 643.8 billion "
                            "yen, the ministry said.", "2023-11-09")
    assert flows[643.8e9]["investor"]["group"] == "investment_trusts"
    assert period_of(flows[643.8e9]) == ("month", "2023-10-01", "2023-10-31")


def test_an_events_week_is_the_storys_week() -> None:
    flows = flows_by_amount("Foreign funds bought $1.2 billion of Indian equities in the week to May 16, exchange data showed. "
                            "They have bought $6.1 billion so far this year, while in debt they were net sellers of 9.8 billion "
                            "rupees during the election week.", "2014-05-19")
    assert period_of(flows[9.8e9])[0] == "week"


def test_a_month_that_told_a_different_story_dates_the_next_sentence() -> None:
    flows = flows_by_amount("Japanese investors snapped up a net 18.2 trillion yen of foreign bonds in 2016, Ministry of "
                            "Finance data showed.\n\nDecember told a different story. Japanese investors sold 1.31 trillion yen "
                            "of foreign bonds as Treasury yields jumped.", "2017-01-11")
    assert period_of(flows[1.31e12]) == ("month", "2016-12-01", "2016-12-31")
    assert flows[1.31e12]["role"] == "headline"


def test_an_opening_month_holds_across_an_aside() -> None:
    flows = flows_by_amount("Life insurers sold a net 1.92 trillion yen of foreign bonds in fiscal 2019, the ministry said. In "
                            "March, as the coronavirus rout hit markets and hedging costs swung, they were net sellers of "
                            "604.1 billion yen.", "2020-04-08")
    assert period_of(flows[604.1e9]) == ("month", "2020-03-01", "2020-03-31")


def test_a_run_of_sessions_is_that_many_trading_days() -> None:
    flows = flows_by_amount("SEOUL, Aug 10 - Foreign investors sold a net 986 billion won of South Korean shares on Wednesday, "
                            "their sixth straight session of selling. Over the six sessions they have offloaded 3.9 trillion "
                            "won.", "2011-08-10")
    assert period_of(flows[3.9e12]) == ("other", "2011-08-03", "2011-08-10")
    # five sessions are the week itself
    flows = flows_by_amount("Foreign investors bought a net 118.2 billion yen of cash shares on the Tokyo exchanges in the week "
                            "to Nov. 9, exchange data showed. They bought 402.7 billion yen of futures during the five "
                            "sessions.", "2018-11-15")
    assert period_of(flows[402.7e9]) == ("week", "2018-11-05", "2018-11-09")


def test_global_funds_named_in_a_clause_are_investors_not_fund_flows() -> None:
    flows = flows_by_amount("SEOUL, Aug 12 - Foreign investors sold a net 960 billion won of South Korean shares on Friday, "
                            "according to Korea Exchange data, as fears over the downgrade kept global funds away from riskier "
                            "Asian assets.", "2011-08-12")
    assert (flows[9.6e11]["instrument"], flows[9.6e11]["direction"]) == ("equity", "sell")


def test_money_brought_home_in_total_is_the_net_of_the_figures_before() -> None:
    flows = flows_by_amount("Japanese residents, for their part, sold 600.4 billion yen of foreign bonds and 22.3 billion yen "
                            "of foreign bills in the week to Oct. 11 while buying 145.2 billion yen of foreign stocks, bringing "
                            "money home to the tune of 477.5 billion yen in total, the ministry said.", "2008-10-16")
    total = flows[477.5e9]
    assert (total["direction"], total["instrument"], total["role"]) == ("sell", "securities", "headline")
    assert period_of(total) == ("week", "2008-10-05", "2008-10-11")
    assert flows[145.2e9]["direction"] == "buy"  # (not the gross other side of the total)


def test_weeks_of_selling_it_makes_are_a_streak_not_the_figures_period() -> None:
    flows = flows_by_amount("Foreign bonds drew a net 1.12 trillion yen from Japanese investors in the week ended May 17, "
                            "Ministry of Finance figures showed. Overseas investors, by contrast, sold a net 81.6 billion yen "
                            "of Japanese stocks, making it three weeks of selling.", "2014-05-22")
    assert period_of(flows[81.6e9]) == ("week", "2014-05-11", "2014-05-17")
    assert flows[81.6e9]["role"] == "headline"


def test_cash_and_futures_netted_together_is_the_combined_total() -> None:
    # (written for the `au-` desk note's construction, which the earlier rounds left as found)
    flows = flows_by_amount("The exchange's investor breakdown for the week of March 2-6 shows overseas investors bought a net "
                            "¥318.4 billion of cash equities on the Tokyo and Nagoya exchanges.\n\nIn futures they were sellers: "
                            "¥201.9 billion across Nikkei 225 and TOPIX contracts. Net them together and cash plus futures "
                            "comes to a far less exciting ¥116.5 billion.", "2026-03-12")
    combined = flows[116.5e9]
    assert (combined["direction"], combined["instrument"], combined["source"]["series"]) == ("buy", "other", "jpx_weekly")
    assert period_of(combined) == ("week", "2026-03-02", "2026-03-06")
    assert flows[201.9e9]["instrument"] == "derivatives"


def test_a_round_figure_is_not_taken_for_the_net_of_the_figures_before() -> None:
    flows = flows_by_amount("Japan bought 260 million euros of the three-month bills and 300 million euros of an earlier sale, "
                            "the official said. The eurozone wanted to boost the firepower of the fund to one trillion euros.",
                            "2011-12-14")
    assert 1e12 not in flows


def test_money_pulled_in_again_is_bought() -> None:
    flows = flows_by_amount("A new trade pulls another 1.46 trillion yen of foreign money into Tokyo stocks, ministry data "
                            "showed on Thursday for the week to Oct. 11.", "2025-10-16")
    assert flows[1.46e12]["direction"] == "buy"


def test_a_year_wraps_figures_without_a_period_are_the_years() -> None:
    # the story leads with the year, and tells its last month too
    story = ("Q&A: What the 2020 flow numbers say\n\nQ: Did foreigners sell Japanese stocks?\n\nA: They did. Overseas "
             "investors were net sellers of 7.18 trillion yen of Japanese equities over the calendar year, the ministry said. "
             "December itself was quiet, with 131.6 billion yen sold.\n\nQ: So where did their money go?\n\nA: Into "
             "short-term paper. Non-residents bought a record 18.77 trillion yen of Japanese bills. They sold 2.14 trillion "
             "yen of longer-dated bonds.")
    flows = flows_by_amount(story, "2021-01-12")
    assert period_of(flows[131.6e9]) == ("month", "2020-12-01", "2020-12-31")
    for value in (18.77e12, 2.14e12):
        assert period_of(flows[value]) == ("year", "2020-01-01", "2020-12-31")


def test_a_year_wraps_month_holds_for_the_figures_told_with_it() -> None:
    story = ("Japanese investors sold a net 2.9 trillion yen of foreign stocks in 2021, the ministry said.\n\nDecember alone "
             "brought net selling of 1.84 trillion yen of foreign bonds by Japanese investors and purchases of 1.12 trillion "
             "yen of foreign stocks.")
    flows = flows_by_amount(story, "2022-02-08")
    assert period_of(flows[1.12e12]) == ("month", "2021-12-01", "2021-12-31")


def test_a_title_does_not_make_a_months_story_a_years() -> None:
    story = ("Foreigners' stock selling hits record 6.3 trillion yen in fiscal 2008\n\nTOKYO, April 8 - Japanese stocks worth a "
             "net 1.41 trillion yen were sold by overseas investors in March, the Ministry of Finance said. That brought net "
             "foreign selling for the fiscal year to 6.3 trillion yen.\n\nJapanese long-term bonds were sold as well, to the "
             "tune of 287.5 billion yen.")
    flows = flows_by_amount(story, "2009-04-08")
    assert period_of(flows[287.5e9]) == ("month", "2009-03-01", "2009-03-31")


def test_a_week_later_is_the_week_after_the_one_told() -> None:
    flows = flows_by_amount("Foreign investors bought 241.7 billion yen of JGBs in the week to Feb. 20, sold 1.06 trillion yen "
                            "a week later, and came back with 518.3 billion yen of purchases in the week to March 6, the "
                            "ministry said.", "2021-03-12")
    assert period_of(flows[1.06e12]) == ("week", "2021-02-21", "2021-02-27")
    assert (flows[1.06e12]["direction"], flows[1.06e12]["role"]) == ("sell", "comparison")
    assert flows[518.3e9]["role"] == "headline"


def test_also_does_not_take_an_earlier_week_told_in_the_past_perfect() -> None:
    flows = flows_by_amount("Foreign investors sold Japanese stocks for an eighth straight week in the seven days to March 19, "
                            "offloading a net 488.2 billion yen, the ministry said.\n\nThe selling in the week to March 12 had "
                            "reached 871.5 billion yen.\n\nForeigners also sold 702.6 billion yen of Japanese long-term bonds, "
                            "reversing a net 1.14 trillion yen of buying in the prior week.", "2022-03-24")
    assert period_of(flows[702.6e9]) == ("week", "2022-03-13", "2022-03-19")
    assert period_of(flows[871.5e9]) == ("week", "2022-03-06", "2022-03-12")


def test_a_translations_acquirers_and_excess_are_net_flows() -> None:
    flows = flows_by_amount("Domestic investors were net disposers of foreign medium- and long-term bonds in the week of March "
                            "5 to 11, with disposals exceeding acquisitions by 251.6 billion yen. In the preceding week they "
                            "had been net acquirers of 144.8 billion yen.\n\nMeanwhile, acquisitions exceeded disposals for "
                            "non-residents in Japanese shares for a fourth consecutive week. The excess was 48.3 billion yen, "
                            "shrinking sharply from 197.2 billion yen in the week before.", "2006-03-16")
    assert (flows[144.8e9]["direction"], flows[144.8e9]["investor"]["side"]) == ("buy", "resident")
    assert period_of(flows[144.8e9]) == ("week", "2006-02-26", "2006-03-04")
    assert (flows[48.3e9]["direction"], flows[48.3e9]["investor"]["side"], flows[48.3e9]["instrument"]) == (
        "buy", "non_resident", "equity")


def test_numbers_released_on_a_day_that_covered_a_week_date_the_figures_after() -> None:
    flows = flows_by_amount("ASIA FLOWS WEEKLY\n\nTAIWAN: Offshore funds sold a net NT$12.1 billion of Taiwan-listed stocks "
                            "this week, exchange data showed.\n\nJAPAN: The weekly MoF numbers, released on Thursday, covered the week "
                            "ending Saturday, January 23. Foreign investors sold 152.7 billion yen of Japanese stocks, their "
                            "third straight week of selling.", "2016-01-29")
    assert period_of(flows[152.7e9]) == ("week", "2016-01-17", "2016-01-23")


def test_five_sessions_of_another_market_in_a_friday_roundup_are_its_week() -> None:
    flows = flows_by_amount("ASIA FLOWS WEEKLY - Friday, January 29, 2016\n\nINDIA: Foreign portfolio investors pulled $311 "
                            "million from Indian equities in the five sessions, according to depository data.", "2016-01-29")
    assert period_of(flows[3.11e8]) == ("week", "2016-01-25", "2016-01-29")


def test_countries_told_as_subjects_are_net_flows_not_gross_sides() -> None:
    flows = flows_by_amount("Japanese investors bought a net 3.71 trillion yen of foreign bonds in August, the ministry said."
                            "\n\nPurchases of German bonds came to 488.6 billion yen, and Australian bonds drew 212.4 billion "
                            "yen, while British gilts were sold to the tune of 118.9 billion yen.", "2010-10-08")
    assert [flows[v]["direction"] for v in (488.6e9, 212.4e9, 118.9e9)] == ["buy", "buy", "sell"]


def test_weeks_added_up_are_their_run() -> None:
    flows = flows_by_amount("Foreigners bought 652.1 billion yen of JGBs in the week to Nov. 4, a sixth week of buying, the "
                            "ministry said. I added the six weeks up and get 2.87 trillion yen.", "2023-11-09")
    assert period_of(flows[2.87e12]) == ("weeks", "2023-09-24", "2023-11-04")


def test_sessions_through_a_weekday_end_on_it() -> None:
    flows = flows_by_amount("SEOUL, Aug 10 - Foreign investors sold a net 703 billion won of South Korean shares on Tuesday. "
                            "Over the six sessions through Tuesday, their net selling added up to 3.72 trillion won.",
                            "2011-08-10")
    assert period_of(flows[3.72e12]) == ("other", "2011-08-02", "2011-08-09")


def test_when_a_data_series_began_is_no_period_of_the_figure() -> None:
    flows = flows_by_amount("TOKYO, June 8 - Overseas investors were net sellers of Japanese equities in May for the first month "
                            "since the finance ministry began publishing the current series in January 2005, offloading 381.2 "
                            "billion yen.", "2006-06-08")
    assert period_of(flows[381.2e9]) == ("month", "2006-05-01", "2006-05-31")


def test_a_month_a_year_ago_is_that_month_of_the_year_before() -> None:
    flows = flows_by_amount("Overseas investors unloaded a net 1.04 trillion yen of Japanese stocks in August, the ministry said. "
                            "In July they had still been buyers, taking up 512.6 billion yen, and in August a year ago they "
                            "bought 388.4 billion yen.", "2007-09-10")
    assert period_of(flows[388.4e9]) == ("month", "2006-08-01", "2006-08-31")
    # (not across a full stop: "in March. A year earlier ...")
    flows = flows_by_amount("Life insurers picked up a net 211.3 billion yen of foreign bonds in March. A year earlier they had "
                            "been sellers of 402.5 billion yen in the same month.", "2010-04-08")
    assert period_of(flows[211.3e9]) == ("month", "2010-03-01", "2010-03-31")
    assert period_of(flows[402.5e9]) == ("month", "2009-03-01", "2009-03-31")


def test_another_clauses_month_after_the_figure_is_not_its_own() -> None:
    flows = flows_by_amount("The banks sold 1.71 trillion yen of foreign bonds in October. Instead they came straight back in "
                            "November: 812.9 billion yen of net purchases. Add 96.4 billion yen of foreign short-term paper "
                            "and it looks like the October selling was a one-off.", "2009-12-08")
    assert period_of(flows[96.4e9]) == ("month", "2009-11-01", "2009-11-30")


def test_the_fiscal_year_that_closed_in_march_is_a_fiscal_year() -> None:
    flows = flows_by_amount("Foreign investors ended the fiscal year that closed in March with net purchases of 3.96 trillion "
                            "yen of Japanese stocks, Ministry of Finance figures showed.", "2013-04-08")
    assert period_of(flows[3.96e12]) == ("fiscal_year", "2012-04-01", "2013-03-31")


def test_at_the_same_time_after_a_span_of_dated_months_is_that_span() -> None:
    flows = flows_by_amount("Q: And for the whole fiscal year?\n\nA: Over April 2020 to March 2021 these accounts shed 10.2 "
                            "trillion yen of overseas equities. At the same time they bought 14.1 trillion yen of foreign "
                            "bonds.", "2021-04-08")
    assert period_of(flows[14.1e12]) == period_of(flows[10.2e12])


def test_purchases_for_the_quarter_are_the_quarters() -> None:
    flows = flows_by_amount("Japanese investors bought a net 2.97 trillion yen of foreign bonds in September, bringing their "
                            "purchases for the quarter to 3.12 trillion yen, the ministry said.", "2023-10-10")
    assert period_of(flows[3.12e12]) == ("quarter", "2023-07-01", "2023-09-30")


def test_the_exact_figure_replaces_the_rounded_one_told_first() -> None:
    flows = flows_of("TOKYO, Jan 10 - Ten trillion yen: that is roughly how much Japanese investors put into foreign equities "
                     "on a net basis last year, finance ministry data showed.\n\nThe exact figure for the calendar year was "
                     "10.2211 trillion yen. December contributed 962.4 billion yen, after 1.07 trillion yen in November.",
                     "2018-01-10")
    got = {f["amount"]["text"]: (f["direction"], f["instrument"], f["period"]["kind"]) for f in flows}
    assert got == {"10.2211 trillion yen": ("buy", "equity", "year"), "962.4 billion yen": ("buy", "equity", "month"),
                   "1.07 trillion yen": ("buy", "equity", "month")}


def test_a_turnarounds_noun_is_the_next_figures() -> None:
    flows = flows_by_amount("Japan's life insurance companies were net buyers of foreign bonds for a second straight month in "
                            "October, adding 377.2 billion yen, the ministry said. That was more than double September's 165.9 "
                            "billion yen, and a turnaround from net selling of 241.3 billion yen in October last year.",
                            "2019-11-08")
    assert (flows[165.9e9]["direction"], flows[241.3e9]["direction"]) == ("buy", "sell")


def test_countries_that_followed_are_destinations_of_japanese_money() -> None:
    flows = flows_by_amount("Net buying of U.S. bonds by Japanese investors reached 1.41 trillion yen in July, the ministry said. "
                            "Australia and France followed with 433.9 billion yen and 271.6 billion yen, respectively.",
                            "2010-09-09")
    for value in (433.9e9, 271.6e9):
        assert (flows[value]["direction"], flows[value]["investor"]["side"], flows[value]["market"]) == ("buy", "resident", "foreign")
