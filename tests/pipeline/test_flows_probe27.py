"""Constructions the thirty-sixth to thirty-ninth probe sets showed: "The ministry had first put that figure at X"
(a first release of the figure before); "Of the September total, U.S. bonds accounted for X" (a part of the total
told before, which is no smaller than the part); a cue in a when-aside ("since January 2023, when traders were
challenging the central bank's yield cap, and a reversal from net buying of X") is not the figure's; the catch-all
"others" category; a passive list ("X of foreign bonds and Y of foreign stocks were sold"); another market's "stocks and
bonds combined"; "Adding index futures" names the exchange's combined figure; "more than half of the Y bought by all
non-residents" (a total of the same month); a quarter told as its months next to a quarter; "January-June last year".
Stories written for these tests; figures are invented.
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
