"""Constructions the thirty-sixth to thirty-ninth probe sets showed: "The ministry had first put that figure at X"
(a first release of the figure before); "Of the September total, U.S. bonds accounted for X" (a part of the total
told before, which is no smaller than the part); a cue in a when-aside ("since January 2023, when traders were
challenging the central bank's yield cap, and a reversal from net buying of X") is not the figure's; the catch-all
"others" category; a passive list ("X of foreign bonds and Y of foreign stocks were sold"); another market's "stocks and
bonds combined"; "Adding index futures" names the exchange's combined figure; "more than half of the Y bought by all
non-residents" (a total of the same month); a quarter told as its months next to a quarter; "January-June last year";
a week told in the past perfect ("they had bought X") and one dated by an event ("in the week the Bank of Japan raised
rates, offloading X"); a flash of figure lines, "JAPANESE BUY ..." and "TWO-WEEK JAPANESE BOND SELLING TOTALS X"; a
bullet the body does not repeat; "securities of the same kind"; "the bond figure"; a central bank named ahead of a
meeting, or in an "as" clause after the figure; "December itself was quiet, with X sold"; "The week before it was X";
"by my count it adds up to X since August" in a story of months; another market's "over the same five days" after a
holdings figure; a headline of "Japan stock selling"; a year's wrap whose question asks about other investors; and
from the fortieth to forty-third sets, "the total is around $X, or Y yen", "Seven-week tally is now X" and another
market's "over the week" in a Friday roundup; "their first monthly net purchase this year"; the market of securities
inherited by investors of the other side; "Counting index futures as well"; "The December figure alone came to X";
"their stock sales total X and their bond purchases Y". Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_a_first_release_of_that_figure() -> None:
    flows = flows_by_amount("Japanese investors bought 837.2 billion yen of foreign bonds in the week ended Aug. 15, after a "
                            "revised 1.2408 trillion yen the prior week. The ministry had first put that figure at 1.3294 "
                            "trillion yen.", "2026-08-20")
    assert period_of(flows[1.3294e12]) == ("week", "2026-08-02", "2026-08-08")
    assert flows[1.3294e12]["role"] == "other"


def test_a_part_of_the_total_told_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 2.11 trillion yen of foreign bonds in September. That compared "
                            "with net sales of 210.4 billion yen in August.\n\nOf the September total, U.S. bonds accounted "
                            "for 980.0 billion yen, almost half.", "2011-11-09")
    assert side_direction_instrument(flows[980.0e9]) == ("resident", "buy", "long_term_debt")


def test_a_cue_in_a_when_aside() -> None:
    flows = flows_by_amount("Non-residents sold a net 2.89 trillion yen of Japanese long-term debt in the week through March "
                            "23. That was the biggest outflow since January 2023, when traders were challenging the central "
                            "bank's yield cap, and a reversal from net buying of 1.16 trillion yen a week earlier.",
                            "2024-03-28")
    assert side_direction_instrument(flows[1.16e12]) == ("non_resident", "buy", "long_term_debt")
    assert period_of(flows[1.16e12]) == ("week", "2024-03-10", "2024-03-16")


def test_the_catch_all_others_category_and_a_passive_list() -> None:
    flows = flows_by_amount("Japanese investors sold a net 2.96 trillion yen of foreign stocks in July.\n\nThe banks' own "
                            "banking accounts sold 3.84 trillion yen, more than the entire total, while the catch-all "
                            "\"others\" category bought 1.19 trillion yen.\n\nFor Japanese investors as a whole, June had "
                            "been quiet: a net 28.0 billion yen of foreign bonds and 41.2 billion yen of foreign stocks were "
                            "sold.", "2020-08-11")
    assert side_direction_instrument(flows[3.84e12]) == ("resident", "sell", "equity")
    assert side_direction_instrument(flows[1.19e12]) == ("resident", "buy", "equity")
    assert flows[1.19e12]["investor"]["group"] == "other"
    assert side_direction_instrument(flows[28.0e9]) == ("resident", "sell", "long_term_debt")


def test_stocks_and_bonds_combined_of_another_market() -> None:
    flows = flows_by_amount("Foreigners sold a net NT$191.6 billion of Taiwan-listed shares in October, exchange data show."
                            "\n\nIn India, foreign portfolio investors pulled about $3.0 billion out of local stocks and bonds "
                            "combined in October, depository figures showed.", "2018-11-01")
    assert flows[3.0e9]["instrument"] == "securities"


def test_adding_index_futures_names_the_combined_figure() -> None:
    flows = flows_by_amount("Foreign investors sold a net 280.2 billion yen of Japanese shares in the week ending Friday, "
                            "June 24, data from Japan Exchange Group showed on Thursday.\n\nAdding index futures, their net "
                            "selling reached 912.0 billion yen.", "2016-06-30")
    assert flows[280.2e9]["instrument"] == "equity"


def test_a_share_of_a_total_of_the_same_month() -> None:
    flows = flows_by_amount("Japanese investors sold 1.07 trillion yen of foreign bonds in November, after buying 370.6 "
                            "billion yen in October.\n\nOn the inbound side, investors based in Britain bought a net 1.04 "
                            "trillion yen of Japanese short-term bills, more than half of the 1.93 trillion yen bought by "
                            "all non-residents.", "2012-01-13")
    assert period_of(flows[1.93e12]) == ("month", "2011-11-01", "2011-11-30")


def test_a_quarter_told_as_its_months_next_to_a_quarter() -> None:
    flows = flows_by_amount("Investment trusts bought 566.6 billion yen of foreign stocks in June. In the April-June quarter "
                            "they bought 1.63 trillion yen, down from 2.39 trillion yen in January-March.", "2026-07-08")
    assert period_of(flows[2.39e12]) == ("quarter", "2026-01-01", "2026-03-31")
    flows = flows_by_amount("Banks sold a net 1.1 trillion yen of foreign bonds in June. Their sales in the first half of "
                            "2026 totalled 5.68 trillion yen, against just 97.1 billion yen in January-June last year.",
                            "2026-07-08")
    assert period_of(flows[97.1e9]) == ("months", "2025-01-01", "2025-06-30")


def test_a_week_told_in_the_past_perfect_and_an_event_dated_week() -> None:
    flows = flows_by_amount("TOKYO, July 20 (Wire) - Foreign investors turned net sellers of Japanese stocks in the week the "
                            "Bank of Japan raised interest rates for the first time in six years, offloading 216.7 billion "
                            "yen worth, finance ministry data showed on Thursday.\n\nIn the seven days to July 8 they had "
                            "bought 108.5 billion yen.\n\nNon-residents did buy Japanese bonds, picking up 86.5 billion yen "
                            "after net sales of 91.9 billion yen in the week before.", "2006-07-20")
    assert side_direction_instrument(flows[216.7e9]) == ("non_resident", "sell", "equity")
    assert period_of(flows[216.7e9]) == ("week", "2006-07-09", "2006-07-15")
    assert period_of(flows[108.5e9]) == ("week", "2006-07-02", "2006-07-08")
    assert period_of(flows[86.5e9]) == ("week", "2006-07-09", "2006-07-15")


def test_a_flash_of_lines_and_japanese_as_the_subject() -> None:
    flows = flows_by_amount("JAPAN MOF WEEKLY PORTFOLIO FLOWS - FLASH\n\n- FOREIGNERS SELL NET 894.0 BLN YEN OF JAPANESE "
                            "BONDS IN WEEK TO SEPT 27\n- FOREIGNERS SOLD NET 40.8 BLN YEN OF JAPANESE BONDS IN PREV WEEK\n"
                            "- JAPANESE BUY NET 261.8 BLN YEN OF FOREIGN BONDS AFTER SELLING 44.8 BLN\n- FOREIGNERS' "
                            "TWO-WEEK JAPANESE BOND SELLING TOTALS 934.8 BLN YEN\n\nForeign investors pulled nearly a "
                            "trillion yen out of Japanese debt last week as funds raised cash.", "2008-10-02")
    assert side_direction_instrument(flows[894.0e9]) == ("non_resident", "sell", "long_term_debt")
    assert period_of(flows[40.8e9]) == ("week", "2008-09-14", "2008-09-20")
    assert side_direction_instrument(flows[261.8e9]) == ("resident", "buy", "long_term_debt")
    assert period_of(flows[934.8e9])[0] == "weeks"


def test_a_bullet_the_body_does_not_repeat() -> None:
    flows = flows_by_amount("BRIEF-Foreigners buy Japanese bonds for seventh week\n\nAug 15 (Wire) -\n\n* FOREIGN "
                            "INVESTORS BOUGHT NET 445.5 BLN YEN OF JAPANESE LONG-TERM BONDS IN WEEK TO AUG 10 - MOF\n* "
                            "SEVENTH STRAIGHT WEEK OF BUYING; PURCHASES IN PREVIOUS WEEK WERE 79.9 BLN YEN\n* SEVEN-WEEK "
                            "BUYING TOTALS 2.23 TRLN YEN", "2019-08-15")
    assert side_direction_instrument(flows[445.5e9]) == ("non_resident", "buy", "long_term_debt")


def test_securities_of_the_same_kind_and_the_bond_figure() -> None:
    flows = flows_by_amount("Japanese investors bought a net 312.6 billion yen of French bonds in October, while they sold "
                            "205.9 billion yen of German securities of the same kind.", "2018-12-10")
    assert side_direction_instrument(flows[205.9e9]) == ("resident", "sell", "long_term_debt")
    flows = flows_by_amount("Foreign investors sold 1.863 trillion yen of long-term bonds in the week ended Sept. 24. The "
                            "bond figure, which reversed net purchases of 456.6 billion yen a week earlier, was the biggest "
                            "since June.", "2022-09-29")
    assert side_direction_instrument(flows[456.6e9]) == ("non_resident", "buy", "long_term_debt")


def test_a_central_bank_named_ahead_of_a_meeting_or_after_the_figure() -> None:
    flows = flows_by_amount("Foreigners bought 506.9 billion yen of Japanese long-term bonds in the week to April 11, ahead "
                            "of the Bank of Japan's policy meeting later this month, but sold 1.2387 trillion yen of "
                            "short-term bills.", "2026-04-16")
    assert side_direction_instrument(flows[1.2387e12]) == ("non_resident", "sell", "short_term_debt")
    flows = flows_by_amount("Investment trusts bought 568.9 billion yen of foreign stocks in August, taking their purchases "
                            "since January to 6.07 trillion yen as money raised through the NISA accounts kept flowing "
                            "into global equity funds.", "2024-09-09")
    assert side_direction_instrument(flows[6.07e12]) == ("resident", "buy", "equity")


def test_a_month_itself_opens_its_sentence() -> None:
    flows = flows_by_amount("Non-residents bought a record 11.64 trillion yen of Japanese bills in 2020, ministry data "
                            "showed.\n\nDecember itself was quiet, with 105.3 billion yen sold.", "2021-01-12")
    assert period_of(flows[105.3e9]) == ("month", "2020-12-01", "2020-12-31")


def test_the_week_before_it_was_and_it_adds_up_to() -> None:
    flows = flows_by_amount("Residents bought a net 1.179 trillion yen of foreign bonds in the week to 14 August, the 14th "
                            "week in a row of net buying. The week before it was 841.0 billion yen.", "2010-08-19")
    assert side_direction_instrument(flows[841.0e9]) == ("resident", "buy", "long_term_debt")
    assert period_of(flows[841.0e9]) == ("week", "2010-08-01", "2010-08-07")
    flows = flows_by_amount("Trust banks' trust accounts bought a net 333.8 billion yen of foreign stocks in November, after "
                            "379.9 billion yen in October. That is the fourth month running, and by my count it adds up to "
                            "1.41 trillion yen since August.", "2014-12-10")
    assert side_direction_instrument(flows[1.41e12]) == ("resident", "buy", "equity")
    assert period_of(flows[1.41e12]) == ("months", "2014-08-01", "2014-11-30")


def test_the_same_five_days_of_another_market_and_a_headline_of_japan_stock_selling() -> None:
    flows = flows_by_amount("TAIPEI, Aug 1 (Wire) - Foreign investors pulled a net $1.81 billion out of Taiwan stocks this "
                            "week, exchange data showed on Friday.\n\nForeign investors still owned Taiwan shares worth about "
                            "$1.08 trillion at the end of June.\n\nElsewhere, foreigners sold a net 1.1 trillion won of South "
                            "Korean shares over the same five days.", "2025-08-01")
    assert period_of(flows[1.1e12])[2] == "2025-08-01"
    flows = flows_by_amount("Foreigners' Japan stock selling hits record 6.18 trillion yen in fiscal 2008\n\nTOKYO, April 8 "
                            "(Wire) - Foreign investors sold a net 6.178 trillion yen of Japanese stocks in the fiscal year "
                            "to March, finance ministry data showed.", "2009-04-08")
    assert 6.18e12 not in flows


def test_a_year_wraps_question_about_other_investors() -> None:
    flows = flows_by_amount("Q&A: What the 2019 numbers say\n\nQ: Did foreign investors give up on Japanese stocks in "
                            "2019?\nA: Not quite. They sold a net 264.3 billion yen of Japanese equities over the calendar "
                            "year, according to ministry figures.\n\nQ: So where did their money go?\nA: Into bonds. "
                            "Non-residents bought 7.989 trillion yen of Japanese long-term debt in 2019.\n\nQ: What about "
                            "Japanese investors?\nA: They bought 12.857 trillion yen of foreign long-term bonds, the most "
                            "since 2016. In December alone they were net sellers of 301.2 billion yen.", "2020-01-14")
    assert period_of(flows[12.857e12]) == ("year", "2019-01-01", "2019-12-31")


def test_totals_told_loosely_and_another_markets_week_on_a_friday() -> None:
    flows = flows_by_amount("Japanese investors snapped up 819.5 billion yen of foreign bonds in the week through Saturday, "
                            "October 16. That's the 23rd week in a row. Over those 23 weeks the total is around $208 "
                            "billion, or 17.18 trillion yen.\n\nOverseas money bought Japanese stocks for a seventh week "
                            "running -- 282.5bn yen in the week ending Saturday. Seven-week tally is now 2.801trn yen.",
                            "2010-10-21")
    assert side_direction_instrument(flows[17.18e12]) == ("resident", "buy", "long_term_debt")
    assert period_of(flows[2.801e12])[0] == "weeks"
    flows = flows_by_amount("SINGAPORE, Sept 19 (Wire) - Global funds trimmed North Asian shares this week. Japan's bond "
                            "market kept drawing overseas money, with non-residents buying 512.0 billion yen of Japanese "
                            "bonds in the week to Sept. 13.\n\nTAIWAN: Offshore funds sold a net NT$11.4 billion of Taiwan "
                            "shares over the week.", "2014-09-19")
    assert period_of(flows[11.4e9]) == ("week", "2014-09-15", "2014-09-19")


def test_the_first_purchase_this_year_and_a_market_that_goes_with_its_investors() -> None:
    flows = flows_by_amount("Japanese investors bought 1.1 trillion yen of foreign bonds in August. Non-residents also bought "
                            "288.6 billion yen of Japanese long-term bonds, their first monthly net purchase this year.",
                            "2009-09-08")
    assert period_of(flows[288.6e9]) == ("month", "2009-08-01", "2009-08-31")
    flows = flows_by_amount("Stock flows were small in the week to Sept. 18: foreigners bought 30.5 billion yen of Japanese "
                            "equities and Japanese investors sold 59.7 billion yen.", "2010-09-24")
    assert flows[59.7e9]["market"] == "foreign"


def test_counting_futures_and_the_december_figure_alone() -> None:
    flows = flows_by_amount("Overseas investors bought a net 442.8 billion yen of Japanese shares in the week through Oct. "
                            "31, data from Japan Exchange Group showed.\n\nCounting index futures as well, foreigners bought "
                            "1.26 trillion yen of Japanese equity exposure.", "2014-11-06")
    assert flows[442.8e9]["instrument"] == "equity"
    flows = flows_by_amount("Foreign investors were net buyers of Japanese shares in every month of 2005, ending the year "
                            "with purchases of 10.62 trillion yen, ministry data showed.\n\nThe December figure alone came "
                            "to 1.085 trillion yen, a little below November's 1.242 trillion yen.", "2006-01-10")
    assert side_direction_instrument(flows[1.085e12]) == ("non_resident", "buy", "equity")
    assert period_of(flows[1.085e12]) == ("month", "2005-12-01", "2005-12-31")
    assert side_direction_instrument(flows[1.242e12]) == ("non_resident", "buy", "equity")


def test_the_next_figures_securities_after_and_their() -> None:
    flows = flows_by_amount("In April and May combined, the first two months of fiscal 2026, Japanese investors' stock sales "
                            "total 2.35 trillion yen and their bond purchases 2.59 trillion yen.", "2026-06-08")
    assert side_direction_instrument(flows[2.35e12]) == ("resident", "sell", "equity")
    assert side_direction_instrument(flows[2.59e12]) == ("resident", "buy", "long_term_debt")
