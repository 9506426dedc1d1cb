"""Constructions the sixty-eighth to seventy-first probe sets showed. Stories written for these tests; figures are
invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, flows_of, period_of


def test_the_source_of_an_outflow_is_not_a_contrast() -> None:
    # "the outflow from Japanese debt" says where the money left, so the run before it is the figure's period
    flows = flows_by_amount("Foreign investors sold Japanese bonds for a ninth straight week in the week to Oct. 4, the "
                            "ministry said. Over the nine weeks the outflow from Japanese debt comes to 3.12 trillion yen.",
                            "2014-10-09")
    assert period_of(flows[3.12e12]) == ("weeks", "2014-08-03", "2014-10-04")
    assert flows[3.12e12]["role"] == "cumulative"


def test_a_figure_told_in_two_scales_is_one_flow() -> None:
    flows = flows_by_amount("Overseas investors sold a net 1 trillion 23.5 billion yen of Japanese stocks in the week to "
                            "Feb. 9, the ministry said.", "2008-02-14")
    assert list(flows) == [1.0235e12]
    assert flows[1.0235e12]["amount"]["text"] == "1 trillion 23.5 billion yen"


def test_the_same_quarter_of_a_year_is_that_quarter() -> None:
    flows = flows_by_amount("Non-residents bought a net 3.41 trillion yen of Japanese long-term bonds in the April-June "
                            "quarter, the ministry said, compared with net selling of 512.7 billion yen in the same quarter "
                            "of 2018.", "2019-07-08")
    assert period_of(flows[512.7e9]) == ("quarter", "2018-04-01", "2018-06-30")
    assert flows[512.7e9]["role"] == "comparison"


def test_the_quarter_as_a_whole_is_the_quarter_of_the_storys_month() -> None:
    flows = flows_by_amount("Japanese investors bought 2.11 trillion yen of foreign bonds in June, after selling 405.2 billion "
                            "yen in May. For the quarter as a whole their purchases came to 1.37 trillion yen.", "2019-07-08")
    assert period_of(flows[1.37e12]) == ("quarter", "2019-04-01", "2019-06-30")


def test_a_noun_set_after_the_subject_is_an_aside() -> None:
    # the tax-free accounts are named of the investors, not of the figure
    flows = flows_by_amount("Investment trusts, the funds most NISA savers buy into, bought 842.6 billion yen of foreign "
                            "stocks in May, the ministry said.", "2024-06-10")
    assert flows[842.6e9]["direction"] == "buy"
    assert flows[842.6e9]["investor"]["group"] == "investment_trusts"


def test_reversing_course_names_the_figure_not_a_contrast() -> None:
    flows = flows_by_amount("Foreign investors sold a net 1.05 trillion yen of Japanese stocks in the week ended Oct. 10, the "
                            "ministry said.\n\nJapanese investors, who bought 2.31 trillion yen of foreign bonds in the week "
                            "before as yields fell, reversed course and sold 604.8 billion yen.", "2008-10-16")
    assert period_of(flows[604.8e9]) == ("week", "2008-10-05", "2008-10-11")
    assert flows[604.8e9]["role"] == "headline"
    assert period_of(flows[2.31e12]) == ("week", "2008-09-28", "2008-10-04")


def test_money_brought_home_from_bond_markets_is_bonds() -> None:
    flows = flows_by_amount("Japanese investors sold a net 812.4 billion yen of foreign bonds in the week to March 9. Over "
                            "the three weeks they have repatriated 1.92 trillion yen from overseas bond markets.",
                            "2013-03-14")
    assert (flows[1.92e12]["instrument"], flows[1.92e12]["market"]) == ("long_term_debt", "foreign")


def test_an_instrument_after_a_conjunction_is_not_the_figures() -> None:
    flows = flows_by_amount("Overseas investors sold Japanese equities in the week to June 10, dumping a net 301.7 billion "
                            "yen as a slide in commodities and emerging-market assets spread to Tokyo, the ministry said.",
                            "2006-06-15")
    assert (flows[301.7e9]["instrument"], flows[301.7e9]["market"]) == ("equity", "domestic")


def test_a_sentence_saying_what_the_figures_cover_dates_the_next_ones() -> None:
    # a roundup on a Friday: the ministry's figures are of the week before, not the exchanges' week just ended
    flows = flows_by_amount('KOREA\nForeign investors sold a net 820 billion won of Korean shares this week.\n\nJAPAN\n'
                            'Thursday\'s finance ministry figures covered the week ended Oct. 10, the week of the "taper" '
                            'scare. Foreigners sold a net 412.6 billion yen of Japanese stocks.\n\nINDIA\nForeign portfolio '
                            'investors pulled a net $640 million out of Indian equities in the week.', "2015-10-16")
    assert period_of(flows[412.6e9]) == ("week", "2015-10-04", "2015-10-10")
    assert period_of(flows[640e6]) == ("week", "2015-10-12", "2015-10-16")
    assert period_of(flows[820e9]) == ("week", "2015-10-12", "2015-10-16")


def test_a_figure_explained_by_the_next_sentence_after_a_colon() -> None:
    flows = flows_by_amount("One figure sums up last year, and here it is: 9.41 trillion yen. That is how much foreign "
                            "investors put into Japanese stocks over calendar 2015, the ministry's data show.",
                            "2016-02-10")
    f = flows[9.41e12]
    assert (f["investor"]["side"], f["direction"], f["instrument"], f["market"]) == ("non_resident", "buy", "equity", "domestic")
    assert period_of(f) == ("year", "2015-01-01", "2015-12-31")


def test_a_breakdown_by_destination_goes_on_from_the_flow_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 3.24 trillion yen of foreign bonds in May, the ministry said. By "
                            "destination, U.S. bonds took 1.8 trillion yen and German bonds 0.6 trillion yen in May.",
                            "2023-06-08")
    for value in (1.8e12, 0.6e12):
        assert (flows[value]["direction"], flows[value]["instrument"], flows[value]["market"]) == ("buy", "long_term_debt", "foreign")


def test_a_central_bank_in_what_investors_bet_on_is_not_the_subject() -> None:
    flows = flows_by_amount("Foreigners sold a net 4.26 trillion yen of Japanese long-term bonds in 2022, betting the Bank of "
                            "Japan would give up its yield cap, after buying 7.65 trillion yen in the previous year.",
                            "2023-01-10")
    assert flows[7.65e12]["direction"] == "buy"
    assert period_of(flows[7.65e12]) == ("year", "2021-01-01", "2021-12-31")


def test_that_is_about_what_they_bought_is_not_a_restatement() -> None:
    flows = flows_by_amount("Foreign investors bought 1.37 trillion yen of Japanese stocks in December. That is about what "
                            "foreigners bought in the whole of 2011 (1.36 trillion yen).", "2013-01-15")
    assert flows[1.36e12]["direction"] == "buy"
    assert period_of(flows[1.36e12]) == ("year", "2011-01-01", "2011-12-31")


def test_almost_double_a_months_figure_sets_it_against_the_latest() -> None:
    flows = flows_by_amount("Investment trusts bought a record 1.41 trillion yen of foreign stocks in January, the ministry "
                            "said. The figure topped the 1.02 trillion yen of January 2024 and was almost double December's "
                            "738.6 billion yen.", "2025-02-10")
    f = flows[738.6e9]
    assert (f["direction"], f["instrument"], f["role"]) == ("buy", "equity", "comparison")
    assert period_of(f) == ("month", "2024-12-01", "2024-12-31")


def test_the_same_half_of_a_year_long_over_is_a_span_of_months() -> None:
    flows = flows_by_amount("Japanese investors bought a net 6.12 trillion yen of foreign bonds in the first half of 2008, the "
                            "ministry said. In the same half of 2007 they had been net sellers, to the tune of 845.3 billion "
                            "yen.", "2008-07-08")
    assert period_of(flows[845.3e9]) == ("months", "2007-01-01", "2007-06-30")
    assert flows[845.3e9]["role"] == "comparison"


def test_respectively_after_a_pair_of_opposite_flows_makes_them_net() -> None:
    # sellers of one thing and buyers of another: not the gross two sides of one flow
    flows = flows_by_amount("Japanese investors were sellers of foreign equities and buyers of foreign debt in fiscal 2014, "
                            "disposing of 2.35 trillion yen and acquiring 5.06 trillion yen respectively.", "2015-04-08")
    assert (flows[2.35e12]["direction"], flows[2.35e12]["instrument"]) == ("sell", "equity")
    assert flows[5.06e12]["direction"] == "buy"


def test_a_run_told_as_it_comes_to_or_added_up_is_the_flow_before() -> None:
    flows = flows_by_amount("Overseas investors bought 412.8 billion yen of Japanese stocks in the week ended Saturday the "
                            "15th. That's six straight weeks now. Over those six weeks it comes to roughly 1.6 trillion yen.",
                            "2012-12-20")
    assert (flows[1.6e12]["direction"], flows[1.6e12]["instrument"], flows[1.6e12]["role"]) == ("buy", "equity", "cumulative")
    assert period_of(flows[1.6e12]) == ("weeks", "2012-11-04", "2012-12-15")
    flows = flows_by_amount("Japanese investors bought 1.02 trillion yen of foreign bonds in the week to July 24. Add up the "
                            "past four weeks and you get 3.87 trillion yen.", "2010-07-29")
    assert period_of(flows[3.87e12]) == ("weeks", "2010-06-27", "2010-07-24")


def test_the_ministry_selling_bonds_at_an_auction_is_issuance() -> None:
    flows = flows_by_amount("Overseas investors hold about 13% of the market. The ministry sold 2.4 trillion yen of 10-year "
                            "bonds at last week's auction.", "2022-10-14")
    assert flows == {}


def test_a_relative_clause_holding_a_decimal_figure_is_still_an_aside() -> None:
    flows = flows_by_amount("Foreign investors sold a net 1.24 trillion yen of Japanese stocks in the week ended March 14, the "
                            "ministry said. Japanese investors, who had poured 3.861 trillion yen into foreign bonds a week "
                            "earlier, sold 725.3 billion yen of them.", "2020-03-19")
    assert period_of(flows[725.3e9]) == ("week", "2020-03-08", "2020-03-14")
    assert period_of(flows[3.861e12]) == ("week", "2020-03-01", "2020-03-07")


def test_a_year_drawing_to_a_close_is_when_not_what_was_sold() -> None:
    flows = flows_by_amount("Banks bought a net 1.87 trillion yen of foreign bonds in March, the ministry said. Life insurers "
                            "went the other way, selling 402.5 billion yen of overseas debt as the fiscal year drew to a "
                            "close.", "2015-04-08")
    assert period_of(flows[402.5e9]) == ("month", "2015-03-01", "2015-03-31")
    assert flows[402.5e9]["role"] == "headline"


def test_a_country_that_accounted_for_a_share_is_a_destination_not_investors() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.96 trillion yen of U.S. bonds in October, the ministry's data by "
                            "country showed. Total net buying of foreign bonds came to 4.05 trillion yen in the month, so the "
                            "United States accounted for almost half. French bonds drew 530.2 billion yen.", "2018-12-10")
    assert (flows[530.2e9]["investor"]["side"], flows[530.2e9]["investor"]["economy"]) == ("resident", "JP")
    assert flows[530.2e9]["direction"] == "buy"


def test_a_participle_aside_naming_tax_free_accounts_is_of_the_investors() -> None:
    flows = flows_by_amount("Investment trust managers, channelling savings from the tax-free NISA accounts, bought 318.6 "
                            "billion yen of foreign stocks in October, the ministry said.", "2024-11-11")
    assert flows[318.6e9]["investor"]["group"] == "investment_trusts"


def test_a_clause_of_what_they_had_done_keeps_its_period() -> None:
    flows = flows_by_amount("Life insurers bought 402.7 billion yen of foreign bonds in May, the ministry said. So far this "
                            "year the insurers have bought a net 611.3 billion yen, having sold in January and February.",
                            "2010-06-08")
    assert period_of(flows[611.3e9]) == ("year_to_date", "2010-01-01", "2010-05-31")


def test_twelve_months_from_april_to_march_are_the_fiscal_year() -> None:
    flows = flows_by_amount("Japanese investors sent a record sum abroad in fiscal 2014, the ministry said. In the twelve months "
                            "from April 2014 to March 2015, they bought a net 10.21 trillion yen of foreign bonds.",
                            "2015-04-08")
    assert period_of(flows[10.21e12]) == ("fiscal_year", "2014-04-01", "2015-03-31")


def test_another_markets_figure_since_the_start_of_a_month_is_the_month_to_date() -> None:
    flows = flows_by_amount("Foreign investors sold a net 412 billion won of South Korean shares on Friday. Since the start of "
                            "August, foreigners have dumped 2.31 trillion won of stocks on the main board.", "2019-08-12")
    assert period_of(flows[2.31e12]) == ("other", "2019-08-01", "2019-08-09")
    assert flows[2.31e12]["role"] == "cumulative"


def test_a_flash_title_repeating_a_line_below_is_dropped() -> None:
    flows = flows_of("JAPAN MOF FLASH - FOREIGNERS NET BUY 312.4 BLN YEN OF JAPANESE STOCKS IN WEEK TO JUNE 18\n\n"
                     "TOKYO, June 23 -\n** FOREIGN INVESTORS NET BOUGHT 312.4 BLN YEN OF JAPANESE STOCKS IN WEEK ENDED JUNE 18\n"
                     "** FOREIGNERS NET SOLD 120.5 BLN YEN OF JAPANESE BONDS\n", "2005-06-23")
    assert sorted(f["amount"]["value"] for f in flows) == [120.5e9, 312.4e9]


def test_purchases_exceeding_their_sales_are_net_buying() -> None:
    # a translation: "exceeded their sales by", "the buying excess"; a clause after ", so" has its own period
    flows = flows_by_amount("In the week of September 10 to 16 overseas investors' purchases of Japanese stocks exceeded their "
                            "sales by 187.2 billion yen. In the preceding week the buying excess was 95.6 billion yen, so the "
                            "two weeks together amounted to 282.8 billion yen.", "2006-09-21")
    assert flows[187.2e9]["direction"] == flows[95.6e9]["direction"] == "buy"
    assert period_of(flows[95.6e9]) == ("week", "2006-09-03", "2006-09-09")
    assert period_of(flows[282.8e9]) == ("weeks", "2006-09-03", "2006-09-16")


def test_a_passive_verb_right_after_a_figure_is_its_own() -> None:
    flows = flows_by_amount("A net 412.9 billion yen of foreign bonds was sold by Japanese banks in April, the ministry said, a "
                            "reversal from March, when 1.86 trillion yen was bought as the fiscal year closed.", "2019-05-13")
    assert flows[1.86e12]["direction"] == "buy"
    assert period_of(flows[1.86e12]) == ("month", "2019-03-01", "2019-03-31")


def test_local_debt_after_another_markets_shares_is_that_markets() -> None:
    flows = flows_by_amount("Foreign institutional investors sold $220 million of Indian shares in the week, provisional data "
                            "showed, while they bought $415 million of local debt.", "2012-11-23")
    assert flows[415e6]["investor"]["economy"] == flows[220e6]["investor"]["economy"] == "IN"


def test_the_figure_of_a_named_instrument_goes_on_from_that_instruments_flow() -> None:
    # "The equity figure" after stocks and then bonds: the stocks' flow; ", so the pace has held" is no holdings
    flows = flows_by_amount("Non-residents acquired a net 1.42 trillion yen of Japanese equities in January, the ministry said. "
                            "They also picked up 1.11 trillion yen of Japanese bonds.\n\nThe equity figure was almost the same "
                            "as December's 1.39 trillion yen, so the pace has held for two months.", "2007-02-08")
    f = flows[1.39e12]
    assert (f["direction"], f["instrument"], f["role"]) == ("buy", "equity", "comparison")
    assert period_of(f) == ("month", "2006-12-01", "2006-12-31")


def test_a_figure_of_other_investors_is_no_restatement() -> None:
    flows = flows_by_amount("Life insurers were net sellers of 1.17 trillion yen of foreign bonds in fiscal 2020, the ministry "
                            "said. By destination, Japanese investors sold 1.2 trillion yen of French bonds in the fiscal year.",
                            "2021-05-10")
    assert {1.17e12, 1.2e12} <= set(flows)


def test_short_term_bill_purchases_are_bills() -> None:
    flows = flows_by_amount("Foreigners bought 402.6 billion yen of long-term Japanese bonds in the week to April 13, the "
                            "ministry said. Short-term bill purchases by non-residents came to 1.875 trillion yen.", "2013-04-18")
    assert (flows[1.875e12]["instrument"], flows[1.875e12]["market"]) == ("short_term_debt", "domestic")
