"""Constructions the forty-fourth to forty-seventh probe sets showed: "followed net purchases of X in the previous seven
days" (the week before, told in days); a figure after the year's figures of a year's wrap; "in the month"; "Three weeks
together come to X"; "after two weeks of selling that had totalled X"; another market's month so far; "against X in the
second" (quarter); "A year earlier ... in the same month"; "compares with"; a month in an "as" clause; a translation's
"week from the 14th to the 20th of May"; a flash's first line; Indian digit grouping and "In the debt segment"; "since
the May 16 election"; "went into foreign bonds from Japanese investors"; "behind only 2015's X"; "Add the X from the
week before". Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of


def test_the_previous_seven_days_is_the_week_before() -> None:
    flows = flows_by_amount("Overseas investors sold a net 915.4 billion yen of Japanese bonds with maturities of more than a "
                            "year in the week to June 15, the Ministry of Finance said. The sale followed net purchases of "
                            "402.7 billion yen in the previous seven days, and of 120.3 billion yen in the seven days before "
                            "that.", "2019-06-20")
    assert period_of(flows[915.4e9]) == ("week", "2019-06-09", "2019-06-15")
    assert period_of(flows[402.7e9]) == ("week", "2019-06-02", "2019-06-08")
    assert period_of(flows[120.3e9]) == ("week", "2019-05-26", "2019-06-01")
    assert flows[402.7e9]["role"] == "comparison"


def test_a_figure_after_the_years_figures_of_a_year_wrap_is_the_years() -> None:
    flows = flows_by_amount("Overseas investors bought a net 3.41 trillion yen of Japanese shares last year, the Ministry of "
                            "Finance said on Wednesday.\n\nThey sold 402.5 billion yen in December, after buying 88.0 billion "
                            "yen in November.\n\nNon-residents also bought Japanese bonds, with net purchases of 9.87 trillion "
                            "yen over the twelve months.\n\nThe traffic ran both ways. Japanese investors bought a net 11.2 "
                            "trillion yen of foreign bonds.", "2017-01-11")
    assert period_of(flows[11.2e12]) == ("year", "2016-01-01", "2016-12-31")
    assert period_of(flows[402.5e9]) == ("month", "2016-12-01", "2016-12-31")


def test_in_the_month_is_the_storys_month() -> None:
    flows = flows_by_amount("Foreigners sold a net 2.9 trillion yen of Japanese long-term bonds in fiscal 2022, the ministry "
                            "said.\n\nMarch was another matter. Non-residents bought 3.15 trillion yen of bills and 812.4 billion "
                            "yen of long-term bonds in the month.", "2023-04-10")
    assert period_of(flows[812.4e9]) == ("month", "2023-03-01", "2023-03-31")
    assert period_of(flows[3.15e12]) == ("month", "2023-03-01", "2023-03-31")


def test_over_the_month_of_figures_for_a_month() -> None:
    flows = flows_by_amount("Foreigners sold 95.2 billion yen of Japanese stocks in the week ended Oct. 8.\n\nFigures for "
                            "September released earlier this week showed Japanese investors were net sellers of 1.204 "
                            "trillion yen of foreign bonds over the month.", "2022-10-13")
    assert period_of(flows[1.204e12]) == ("month", "2022-09-01", "2022-09-30")


def test_a_rounded_run_beside_a_year_to_date_is_its_own_figure() -> None:
    flows = flows_by_amount("Non-residents bought a net 402.2 billion yen of Japanese shares in the week ended Nov. 16, their "
                            "fourth straight week of buying. Over the four weeks their buying comes to about 1.2 trillion yen, "
                            "and so far this year they have bought 1.238 trillion yen.", "2024-11-21")
    assert period_of(flows[1.2e12])[0] == "weeks"
    assert period_of(flows[1.238e12])[0] == "year_to_date"


def test_weeks_together_come_to() -> None:
    flows = flows_by_amount("Residents bought foreign bonds for a third week: 1.204 trillion yen in the week ending June 13. "
                            "The prior week's purchase now stands at 866.1 billion yen. Three weeks together come to 2.7 "
                            "trillion yen.", "2026-06-18")
    assert period_of(flows[2.7e12]) == ("weeks", "2026-05-24", "2026-06-13")
    assert flows[2.7e12]["direction"] == "buy"


def test_after_weeks_of_selling_that_had_totalled() -> None:
    flows = flows_by_amount("Japanese investors sold 1.02 trillion yen of foreign bonds in the week to March 14. Overseas "
                            "investors bought a net 31.5 billion yen of Japanese shares after three weeks of selling that had "
                            "totalled 1.05 trillion yen.", "2020-03-19")
    assert period_of(flows[1.05e12]) == ("weeks", "2020-02-16", "2020-03-07")
    assert flows[1.05e12]["role"] == "comparison"


def test_another_markets_month_so_far() -> None:
    flows = flows_by_amount("In Taipei, foreign investors sold a net T$9.2 billion of Taiwan shares on Thursday, bringing their "
                            "net selling in March so far to T$61.4 billion. In Seoul, foreigners sold 402.1 billion won of "
                            "stocks on Thursday, and their net sales this month have reached 2.9 trillion won, ahead of the "
                            "central bank's meeting later this month.", "2020-03-12")
    assert period_of(flows[61.4e9]) == ("other", "2020-03-01", "2020-03-12")
    assert period_of(flows[2.9e12]) == ("other", "2020-03-01", "2020-03-12")
    assert period_of(flows[402.1e9]) == ("day", "2020-03-12", "2020-03-12")


def test_in_the_second_after_the_third_quarter_is_the_second_quarter() -> None:
    flows = flows_by_amount("Non-residents purchased 4.702 trillion yen of long-term Japanese bonds in the third quarter, "
                            "against 933.4 billion yen in the second, as the yen slid.", "2016-10-11")
    assert period_of(flows[933.4e9]) == ("quarter", "2016-04-01", "2016-06-30")
    assert flows[933.4e9]["role"] == "comparison"


def test_a_year_earlier_in_the_same_month() -> None:
    flows = flows_by_amount("Life insurers bought a net 301.2 billion yen of foreign bonds in March. A year earlier they had "
                            "been sellers of 215.0 billion yen in the same month.", "2013-04-08")
    assert period_of(flows[215.0e9]) == ("month", "2012-03-01", "2012-03-31")


def test_compares_with_net_buying_of_an_earlier_month() -> None:
    flows = flows_by_amount("A record 1.1 trillion yen flowed into foreign bonds in November from the trust accounts. It "
                            "compares with net buying of 402.3 billion yen in November 2017.\n\nOver the same month, 2.4 "
                            "trillion yen of foreign bonds were bought by all Japanese investors combined.", "2018-12-10")
    assert period_of(flows[2.4e12]) == ("month", "2018-11-01", "2018-11-30")
    assert flows[402.3e9]["role"] == "comparison"


def test_compares_with_another_investors_figure_of_the_month() -> None:
    flows = flows_by_amount("Investors in Japan bought $8.1 billion of Treasuries in May. That compares with China's "
                            "addition of $1.2 billion to its portfolio of Treasuries for the month.", "2015-07-16")
    assert flows[1.2e9]["role"] == "headline"


def test_a_month_in_an_as_clause_after_the_figure_is_not_its_own() -> None:
    flows = flows_by_amount("Foreign investors sold 3.1 trillion yen of Japanese shares in September. Foreigners also sold "
                            "1.6 trillion yen of long-term Japanese bonds, a third straight month of net selling, as the "
                            "central bank's policy change in July raised expectations of higher yields.", "2023-10-10")
    assert period_of(flows[1.6e12]) == ("month", "2023-09-01", "2023-09-30")


def test_a_translations_week_from_the_14th_to_the_20th() -> None:
    flows = flows_by_amount("TOKYO (Nihon Keizai Shuho) - Overseas investors were net sellers of Japanese stocks by 301.6 "
                            "billion yen in the week from the 7th to the 13th of June, according to the weekly statistics "
                            "released by the Ministry of Finance on the 18th. The amount exceeded the 127.0 billion yen "
                            "recorded in the week from May 24 to 30.\n\nOn the other hand, overseas investors were net "
                            "buyers of Japanese medium- and long-term bonds by 540.2 billion yen.", "2009-06-18")
    assert period_of(flows[301.6e9]) == ("week", "2009-06-07", "2009-06-13")
    assert period_of(flows[540.2e9]) == ("week", "2009-06-07", "2009-06-13")


def test_the_first_line_of_a_flash_is_a_figure_of_its_own() -> None:
    flows = flows_by_amount("date 2011-03-17\nHARBOUR WIRE - MARKETS FLASH SERVICE - THURSDAY, MARCH 17, 2011 - ALL TIMES "
                            "TOKYO\nSubscribers: flashes are followed by a full story\n\n08:50 JAPANESE INVESTORS NET BUY 802.5 BLN YEN OF FOREIGN BONDS IN "
                            "WEEK TO MARCH 12 - MOF\n08:50 JAPANESE BOUGHT 611.0 BLN YEN OF FOREIGN BONDS IN PRIOR WEEK - "
                            "MOF\n08:51 FOREIGNERS NET SELL 45.2 BLN YEN OF JAPANESE STOCKS IN WEEK - MOF\n\n08:58 - "
                            "Japanese investors have bought foreign bonds for three weeks, putting 2.1 trillion yen into "
                            "overseas debt.", "2011-03-17")
    assert period_of(flows[802.5e9]) == ("week", "2011-03-06", "2011-03-12")


def test_indian_digit_grouping_and_the_debt_segment() -> None:
    flows = flows_by_amount("Foreign institutional investors bought a net Rs 12,402 crore of Indian shares in May. Their net "
                            "investment in equities so far in 2014 has touched Rs 1,20,316 crore.\n\nIn the debt segment, "
                            "FIIs were net sellers to the tune of Rs 2,210 crore in May.", "2014-06-02")
    assert flows[1.20316e12]["period"]["kind"] == "year_to_date"
    assert flows[2.21e10]["instrument"] == "debt"


def test_since_an_event_day_and_another_markets_week_to_thursday() -> None:
    flows = flows_by_amount("Foreign institutional investors bought a net 21.4 billion rupees of Indian shares in the week to "
                            "Thursday, regulator data showed, bringing their purchases since the March 3 election result to about 64 "
                            "billion rupees.", "2017-03-24")
    assert period_of(flows[21.4e9])[2] == "2017-03-23"
    assert period_of(flows[64e9]) == ("other", "2017-03-03", "2017-03-23")


def test_money_that_went_into_bonds_from_investors() -> None:
    flows = flows_by_amount("Foreigners sold a net 3.3 billion baht of Thai shares over the week.\n\nJAPAN\nA net 612.8 "
                            "billion yen went into foreign bonds from Japanese investors in the week to Saturday, June 13, "
                            "according to finance ministry data.", "2015-06-18")
    assert flows[612.8e9]["investor"]["side"] == "resident"


def test_behind_only_a_years_figure() -> None:
    flows = flows_by_amount("Japanese residents bought a net 4.2 trillion yen of foreign bonds in 2019. In 2018 they bought "
                            "11.2 trillion yen.\n\nResidents bought 5.1 trillion yen of foreign stocks, the second-largest "
                            "annual amount on record, behind only 2015's 13.451 trillion yen.", "2020-02-10")
    assert period_of(flows[13.451e12]) == ("year", "2015-01-01", "2015-12-31")
    assert period_of(flows[5.1e12]) == ("year", "2019-01-01", "2019-12-31")


def test_add_the_figure_from_the_week_before() -> None:
    flows = flows_by_amount("Non-residents were net sellers of 2.95 trillion yen of Japanese long-term bonds in the week to "
                            "March 18. Add the 1.12 trillion yen from the week before (revised) and that is 4.07 trillion "
                            "yen out the door in a fortnight.", "2023-03-23")
    assert period_of(flows[1.12e12]) == ("week", "2023-03-05", "2023-03-11")


def test_since_a_day_up_to_a_figure() -> None:
    flows = flows_by_amount("Foreigners sold a net 902.4 billion won of Korean stocks on Tuesday, bourse data showed, bringing "
                            "their net selling since Aug. 3 to 3.9 trillion won.", "2015-08-11")
    assert period_of(flows[3.9e12]) == ("other", "2015-08-03", "2015-08-11")


def test_double_the_pace_of_the_same_period_a_year_earlier() -> None:
    flows = flows_by_amount("Japanese investors bought 1.1 trillion yen of U.S. bonds in June. In the first six months of the "
                            "year, net purchases of U.S. bonds reached 5.02 trillion yen, roughly double the pace of the same "
                            "period of 2016.", "2017-08-08")
    assert period_of(flows[5.02e12]) == ("year_to_date", "2017-01-01", "2017-06-30")


def test_through_the_first_nine_months() -> None:
    flows = flows_by_amount("Banks sold 1.2 trillion yen of foreign bonds in September. Through the first nine months they are "
                            "still net buyers, to the tune of 3.4 trillion yen.", "2019-10-08")
    assert period_of(flows[3.4e12]) == ("year_to_date", "2019-01-01", "2019-09-30")


def test_fiscal_halves_named_by_year_or_as_the_fiscal_first_half() -> None:
    flows = flows_by_amount("A: In the first half of fiscal 2024, life insurers were net buyers of 401.2 billion yen of foreign "
                            "bonds. Trust accounts bought 613.0 billion yen of foreign bonds in September and 3.2 trillion yen "
                            "in the fiscal first half.", "2024-10-08")
    assert period_of(flows[401.2e9]) == ("months", "2024-04-01", "2024-09-30")
    assert period_of(flows[3.2e12]) == ("months", "2024-04-01", "2024-09-30")


def test_last_weeks_figure_revised_to() -> None:
    flows = flows_by_amount("Residents bought 1.02 trillion yen of foreign equities in the week ending June 13. Last week's "
                            "841.0 billion yen has been revised to 806.3 billion yen.", "2026-06-18")
    assert period_of(flows[841.0e9]) == ("week", "2026-05-31", "2026-06-06")
    assert (flows[841.0e9]["role"], flows[806.3e9]["role"]) == ("other", "comparison")
    assert period_of(flows[806.3e9]) == ("week", "2026-05-31", "2026-06-06")


def test_british_gilts_were_sold() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.9 trillion yen of foreign bonds in May, the ministry said. "
                            "British gilts were sold, to the tune of 211.5 billion yen. German Bunds were sold too, to the "
                            "tune of 97.4 billion yen.", "2014-07-08")
    for value in (211.5e9, 97.4e9):
        assert (flows[value]["investor"]["side"], flows[value]["investor"]["economy"]) in (("resident", "JP"), ("resident", None))


def test_the_figure_of_the_week_before_retold() -> None:
    flows = flows_by_amount("Foreigners sold 1.05 trillion yen of Japanese bonds in the week to May 10. In the week before, "
                            "the figure was a comparatively modest 212.0 billion yen.", "2014-05-15")
    assert period_of(flows[212.0e9]) == ("week", "2014-04-27", "2014-05-03")
    assert flows[212.0e9]["direction"] == "sell"


def test_the_previous_weeks_figure_was_cut_to() -> None:
    flows = flows_by_amount("Residents bought 906.1 billion yen of foreign bonds in the week ending June 13. The previous "
                            "week's figure was cut to 1.2003 trillion yen from an initial 1.2921 trillion yen.", "2026-06-18")
    assert period_of(flows[1.2003e12]) == ("week", "2026-05-31", "2026-06-06")
    assert flows[1.2003e12]["direction"] == "buy"


def test_taken_together_the_two_weeks_brought() -> None:
    flows = flows_by_amount("Foreigners bought 1.9 trillion yen of Japanese stocks in the week to Oct. 11, after 2.1 trillion "
                            "yen the week before. Taken together, the two weeks brought 4.0 trillion yen into Japanese "
                            "equities.", "2025-10-16")
    assert period_of(flows[4.0e12]) == ("weeks", "2025-09-28", "2025-10-11")
    assert flows[4.0e12]["direction"] == "buy"


def test_a_new_fiscal_year_started_and_a_month_dated_by_an_event() -> None:
    flows = flows_by_amount("Japanese life insurers started the new fiscal year by buying a net 512.4 billion yen of foreign "
                            "bonds in April, the ministry said.\n\nA year earlier, in the month the central bank launched its "
                            "easing, they had bought 301.9 billion yen.", "2014-05-08")
    assert period_of(flows[512.4e9]) == ("month", "2014-04-01", "2014-04-30")
    assert period_of(flows[301.9e9]) == ("month", "2013-04-01", "2013-04-30")


def test_a_fiscal_years_wrap_over_the_twelve_months_and_against_the_year_before() -> None:
    flows = flows_by_amount("A: Non-residents bought a net 4.1 trillion yen of Japanese equities in fiscal 2012. In fiscal 2011 "
                            "they had sold 1.2 trillion yen.\n\nA: Foreign investors sold 2.6 trillion yen of Japanese "
                            "long-term bonds over the twelve months.\n\nA: Net purchases of foreign long-term bonds by Japanese "
                            "investors rose to 9.8 trillion yen from 6.5 trillion yen the year before. March alone accounted "
                            "for 1.1 trillion yen.", "2013-04-08")
    assert period_of(flows[2.6e12]) == ("fiscal_year", "2012-04-01", "2013-03-31")
    assert period_of(flows[9.8e12]) == ("fiscal_year", "2012-04-01", "2013-03-31")
    assert period_of(flows[6.5e12]) == ("fiscal_year", "2011-04-01", "2012-03-31")


def test_investors_listed_after_the_first_figure_respectively() -> None:
    flows = flows_by_amount("Investment trusts led the equity buying in 2019 with 3.1 trillion yen, followed by banks and life "
                            "insurers, with 1.4 trillion yen and 902.2 billion yen respectively.", "2020-01-10")
    assert [flows[v]["investor"]["group"] for v in (3.1e12, 1.4e12, 902.2e9)] == ["investment_trusts", "banks", "life_insurers"]


def test_a_month_as_the_subject_of_a_lead_in() -> None:
    flows = flows_by_amount("Japanese investors bought 8.2 trillion yen of foreign stocks in 2019, up from 4.1 trillion yen in "
                            "2018.\n\nDecember continued the pattern. Japanese investors bought 601.4 billion yen of foreign "
                            "stocks.", "2020-01-10")
    assert period_of(flows[601.4e9]) == ("month", "2019-12-01", "2019-12-31")


def test_about_x_over_the_run() -> None:
    flows = flows_by_amount("Foreigners are still selling JGBs: 402.6 billion yen last week, which makes it nine weeks in a "
                            "row, and about 1.9 trillion yen over the run.", "2021-10-07")
    assert period_of(flows[1.9e12]) == ("weeks", "2021-08-01", "2021-10-02")


def test_buying_for_january_through_september() -> None:
    flows = flows_by_amount("Banks bought 803.1 billion yen of foreign bonds in September. It takes their bond buying for "
                            "January through September to 3.12 trillion yen.", "2021-10-08")
    assert period_of(flows[3.12e12]) == ("year_to_date", "2021-01-01", "2021-09-30")


def test_a_translations_fiscal_year_2005_and_single_month() -> None:
    flows = flows_by_amount("Acquisitions of foreign bonds by domestic investors exceeded dispositions by 9.1 trillion yen in "
                            "fiscal year 2005 (April 2005 to March 2006). By investor type, banks recorded an acquisition "
                            "excess of 3.2 trillion yen. In fiscal year 2004 they had recorded an acquisition excess of 5.5 "
                            "trillion yen.\n\nIn the single month of March, domestic investors recorded a disposition "
                            "excess of 1.4 trillion yen.", "2006-04-10")
    assert period_of(flows[3.2e12]) == ("fiscal_year", "2005-04-01", "2006-03-31")
    assert flows[3.2e12]["direction"] == "buy"
    assert period_of(flows[5.5e12]) == ("fiscal_year", "2004-04-01", "2005-03-31")
    assert period_of(flows[1.4e12]) == ("month", "2006-03-01", "2006-03-31")
    assert flows[1.4e12]["direction"] == "sell"


def test_the_ministrys_investor_type_data_is_not_exchange_data() -> None:
    flows = flows_by_amount("Lenders offloaded a net 3.1 trillion yen of foreign bonds over the twelve months, the most since "
                            "the ministry's investor-type data begin in 2005.\n\nInvestment trusts led the equity buying with "
                            "2.2 trillion yen, followed by banks and life insurers, with 1.1 trillion yen and 604.0 billion yen "
                            "respectively.", "2016-01-12")
    assert [flows[v]["market"] for v in (2.2e12, 1.1e12, 604.0e9)] == ["foreign", "foreign", "foreign"]


def test_money_that_flowed_from_investors_into_equities() -> None:
    flows = flows_by_amount("A record 512.9 billion yen flowed from Japanese investment trusts into foreign equities in "
                            "October, Ministry of Finance data showed.", "2014-11-10")
    assert (flows[512.9e9]["direction"], flows[512.9e9]["investor"]["group"]) == ("buy", "investment_trusts")


def test_a_week_dated_by_an_event_opening_the_sentence() -> None:
    flows = flows_by_amount("When the central bank scrapped its negative rate on March 19, the bond market looked sleepy.\n\n"
                            "In the week the BOJ acted, non-residents sold a net 2.9 trillion yen of Japanese long-term debt, "
                            "finance ministry data showed on Thursday. Only the week before, they had been buyers, picking up "
                            "1.2 trillion yen.", "2024-03-28")
    assert period_of(flows[2.9e12]) == ("week", "2024-03-17", "2024-03-23")
    assert flows[1.2e12]["instrument"] == "long_term_debt"


def test_they_accounted_for_x_of_the_months_total() -> None:
    flows = flows_by_amount("WHAT DID THE DATA SAY?\n\nJapanese investors bought a net 2.12 trillion yen of foreign long-term "
                            "bonds in July, following 3.1 trillion yen in June.\n\nWHO IS DOING THE BUYING?\n\nMostly banks. "
                            "They accounted for 1.5 trillion yen of July's total, more than 70 percent.", "2019-08-08")
    assert (flows[1.5e12]["direction"], flows[1.5e12]["investor"]["group"]) == ("buy", "banks")
    assert period_of(flows[1.5e12]) == ("month", "2019-07-01", "2019-07-31")


def test_add_up_the_first_eight_months() -> None:
    flows = flows_by_amount("Japanese investors bought 1.02 trillion yen of foreign bonds in August. Add up the first eight "
                            "months and you get 9.3 trillion yen.", "2015-10-08")
    assert period_of(flows[9.3e12]) == ("year_to_date", "2015-01-01", "2015-08-31")


def test_over_the_quarter_as_a_whole() -> None:
    flows = flows_by_amount("Foreigners sold 610.2 billion yen of Japanese shares in June. Over the quarter as a whole they "
                            "were net buyers of Japanese shares, to the tune of 2.4 trillion yen.", "2023-07-10")
    assert period_of(flows[2.4e12]) == ("quarter", "2023-04-01", "2023-06-30")


def test_the_six_month_total() -> None:
    flows = flows_by_amount("Japanese investors bought 401.5 billion yen of foreign stocks in June, bringing the six-month "
                            "total to 2.2 trillion yen.", "2018-07-09")
    assert period_of(flows[2.2e12]) == ("year_to_date", "2018-01-01", "2018-06-30")


def test_another_markets_sessions_to_thursday_in_a_roundup() -> None:
    flows = flows_by_amount("SINGAPORE, Dec 11 (Asia Desk) - Foreign investors slowed their retreat from Asian stocks this "
                            "week.\n\nINDIA\nForeign institutional investors bought a net $240 million of Indian shares in "
                            "the four sessions to Thursday, provisional regulator data showed.\n\nJAPAN\nJapanese investors "
                            "bought a net 301.2 billion yen of foreign stocks in the week to Dec. 5, finance ministry figures "
                            "released on Thursday showed.", "2015-12-11")
    assert period_of(flows[240e6])[2] == "2015-12-10"
    assert period_of(flows[301.2e9]) == ("week", "2015-11-29", "2015-12-05")


def test_since_the_fiscal_year_began() -> None:
    flows = flows_by_amount("The trust accounts bought 804.4 billion yen of foreign bonds in November. Since the fiscal year "
                            "began in April, they have put 6.2 trillion yen into foreign bonds.", "2021-12-08")
    assert period_of(flows[6.2e12]) == ("year_to_date", "2021-04-01", "2021-11-30")
