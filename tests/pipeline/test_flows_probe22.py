"""Constructions the twenty-fourth and twenty-fifth probe sets showed: a rounded figure restates one of the same
securities only; "a third straight week of buying that brings the total over the three weeks to Y" hands the run
to Y; "it greatly exceeds the X of the previous week"; "The total for the eight weeks is X"; a Q&A answer takes
its securities from the question; "bought X of foreign stocks and Y of foreign bonds, respectively"; "Non-resident
equity buying"; "the run now adds up to X"; "reversed purchases of X"; a fiscal year's story heads with that year;
"over the 12 months to March" in a fiscal-year story; a Q&A about other investors does not carry the year before;
the story's opening names the securities of its first figure; "have taken X out of"; "Their bond buying ... it has
come to X"; "X on Friday alone, taking their buying for the week to Y"; "X of French bonds and Y of Australian bonds
were sold". Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, flows_of, period_of, side_direction_instrument


def test_a_rounded_figure_of_other_securities_is_its_own_flow() -> None:
    flows = flows_of("Foreign investors bought a record 1.0506 trillion yen of Japanese bonds in the week ended May "
                     "27. They bought 1.05 trillion yen of short-term bills.", "2006-06-01")
    assert sorted(f["instrument"] for f in flows) == ["long_term_debt", "short_term_debt"]


def test_brings_the_total_over_the_weeks_hands_the_run_to_the_total() -> None:
    flows = flows_by_amount("Overseas investors bought 71.2 billion yen of Japanese stocks in the seven days to March "
                            "10. Japanese investors, for their part, added 301.2 billion yen of foreign bonds, a third "
                            "straight week of buying that brings the total over the three weeks to just under 1.6 trillion yen.",
                            "2012-03-15")
    assert (period_of(flows[301.2e9]), flows[301.2e9]["role"]) == (("week", "2012-03-04", "2012-03-10"), "headline")
    assert flows[1.6e12]["period"]["kind"] == "weeks"


def test_it_exceeds_the_figure_of_the_previous_week_and_the_total_for_the_weeks() -> None:
    flows = flows_by_amount("Domestic investors' net purchases of foreign bonds in the week from July 3 to 9 reached "
                            "2.1102 trillion yen. It is the largest amount on record, and it greatly exceeds the 388.5 "
                            "billion yen of the previous week.\n\nDomestic investors also net bought 190.3 billion yen "
                            "of foreign stocks, the eighth consecutive week of net buying. The total for the eight weeks "
                            "is 1.0021 trillion yen.", "2016-07-14")
    assert (side_direction_instrument(flows[388.5e9]), flows[388.5e9]["role"]) == (("resident", "buy", "long_term_debt"), "comparison")
    assert (side_direction_instrument(flows[1.0021e12]), flows[1.0021e12]["period"]["kind"]) == (("resident", "buy", "equity"), "weeks")


def test_a_question_names_the_securities_of_its_answer() -> None:
    flows = flows_by_amount("Q: Did Japanese investors keep buying foreign bonds?\nA: Yes. They bought 902.2 billion "
                            "yen of foreign bonds in the week.\n\nQ: And foreign stocks?\nA: Also a yes. Net purchases "
                            "came to 301.5 billion yen.", "2017-06-22")
    assert side_direction_instrument(flows[301.5e9]) == ("resident", "buy", "equity")


def test_each_figure_keeps_its_securities_when_told_respectively() -> None:
    flows = flows_by_amount("Trust accounts bought ¥402.9 billion of foreign stocks and ¥511.6 billion of foreign bonds, "
                            "respectively, in April.", "2018-05-10")
    assert [flows[v]["instrument"] for v in (402.9e9, 511.6e9)] == ["equity", "long_term_debt"]


def test_non_resident_equity_buying_and_the_run() -> None:
    flows = flows_by_amount("Weekly flows for the week of 13-19 November\n- Non-resident equity buying picked up again: "
                            "a net ¥402.2bn of Japanese shares in the week to Nov. 19, more than double the ¥180.3bn of "
                            "the week before. This is the eighth straight week of net purchases, and the run now adds up "
                            "to ¥2.11trn.", "2005-11-24")
    assert side_direction_instrument(flows[402.2e9]) == ("non_resident", "buy", "equity")
    assert (period_of(flows[2.11e12]), flows[2.11e12]["role"]) == (("weeks", "2005-09-25", "2005-11-19"), "cumulative")


def test_a_story_of_a_fiscal_year_heads_with_it() -> None:
    flows = flows_by_amount("Trust bank accounts sold a record ¥10.1 trillion of foreign equities in the fiscal year "
                            "that ended in March, data showed. The net selling reversed purchases of ¥1.8 trillion in "
                            "fiscal 2019. Over the same twelve months the trust accounts bought ¥12.2 trillion of foreign "
                            "bonds. Investment trusts bought ¥2.9 trillion of foreign stocks.", "2021-04-08")
    assert [period_of(flows[v]) for v in (12.2e12, 2.9e12)] == [("fiscal_year", "2020-04-01", "2021-03-31")] * 2


def test_twelve_months_to_march_in_a_fiscal_year_story() -> None:
    flows = flows_by_amount("Japanese investors' fiscal year ended with heavy buying abroad. They bought a net 6.11 "
                            "trillion yen of foreign stocks over the 12 months to March, data showed.", "2009-04-08")
    assert period_of(flows[6.11e12]) == ("fiscal_year", "2008-04-01", "2009-03-31")


def test_a_qa_about_other_investors_and_the_opening_securities() -> None:
    flows = flows_by_amount(
        "Finance Ministry data on Thursday showed overseas investors dumping Japanese equities on a record scale.\n\n"
        "Q: How much did foreigners sell?\nA: A net 1.12 trillion yen in the week to Sept. 12. The previous week they "
        "had sold 801.1 billion yen.\n\nQ: Is this a one-off?\nA: No. For 2015 as a whole they are now net sellers, "
        "by 41.5 billion yen.\n\nQ: Were Japanese investors selling too?\nA: Quite the reverse. They bought a net "
        "290.4 billion yen of foreign stocks.", "2015-09-18")
    assert side_direction_instrument(flows[1.12e12]) == ("non_resident", "sell", "equity")
    assert (period_of(flows[290.4e9]), flows[290.4e9]["role"]) == (("week", "2015-09-06", "2015-09-12"), "headline")


def test_taken_out_of_the_market() -> None:
    flows = flows_by_amount("Foreign investors sold a net 702.2 billion yen of Japanese stocks in the week ending "
                            "Saturday, June 12. Over the past six weeks foreigners have taken 1.61 trillion yen out of the "
                            "Tokyo market.", "2010-06-17")
    assert (side_direction_instrument(flows[1.61e12]), flows[1.61e12]["role"]) == (("non_resident", "sell", "equity"), "cumulative")


def test_their_bond_buying_then_it_has_come_to() -> None:
    flows = flows_by_amount("Foreign investors sold a net 1.21 trillion yen of Japanese stocks in the week through "
                            "Sept. 12. Their bond buying was the largest since early April. Over the four weeks it has "
                            "come to 2.98 trillion yen.", "2026-09-17")
    assert side_direction_instrument(flows[2.98e12]) == ("non_resident", "buy", "long_term_debt")


def test_a_period_after_a_word_handing_over_to_the_next_figure() -> None:
    flows = flows_by_amount("SEOUL, July 15 - Offshore funds net bought 301.2 billion won of South Korean stocks on "
                            "Friday alone, taking their buying for the week to 1.02 trillion won.", "2016-07-15")
    assert flows[1.02e12]["period"]["kind"] == "week"


def test_a_list_closed_by_a_passive_verb() -> None:
    flows = flows_by_amount("Japanese investors bought a net 1.51 trillion yen of U.S. bonds in April, while 402.7 "
                            "billion yen of French bonds and 150.3 billion yen of Australian bonds were sold.", "2021-06-08")
    assert [flows[v]["direction"] for v in (1.51e12, 402.7e9, 150.3e9)] == ["buy", "sell", "sell"]
