"""Rules for constructions the seventh probe set showed: weeks named "the seven days to", "the three weeks to
March 10", "the week to Saturday 11 April" and "the week before that"; a topic sentence naming one instrument
twice (and "debt" of a debt scare, which is none); balance-of-payments copy ("outward portfolio investment",
"inward investment"); a figure's own verb in a relative clause ("the X they sold"); the instrument of the next
flow after "and"; countries of securities in a "respectively" list; money that "went into"; correction notes;
revisions and first releases told without a verb; "extending that run"; "the result of"; ", though,"; the week
before opening a sentence; "In those three weeks they had sold"; an earlier year's total in a story with a
year to date; figures listed before a passive verb "in the three weeks, respectively"; a desk note's labelled lines
with signs and the prior week in brackets; U.S. Treasury data's own month; and levels of the dollar named further
back.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount as _by_amount
from pipeline_cases import flows_of as _flows
from pipeline_cases import period_rows as _rows


def test_weeks_named_by_seven_days_a_run_to_a_date_a_day_first_date_and_the_week_before_that() -> None:
    rows = _rows("In the seven days to Feb. 17 overseas investors bought a net 402.1 billion yen of Japanese equities, "
                 "finance ministry data showed. In the week to March 2 they sold 210.7 billion yen. Taken together, the "
                 "three weeks to March 2 leave them net buyers of 96.4 billion yen.", "2024-03-07")
    assert (402100000000, "week", "2024-02-11", "2024-02-17", "comparison") in rows
    assert (96400000000, "weeks", "2024-02-11", "2024-03-02", "cumulative") in rows
    rows = _rows("Net purchases of Japanese stocks by foreigners totalled 636.2 billion yen in the week to Saturday 11 May, "
                 "finance ministry data showed, after 61.6 billion yen in the prior week. In the week before that they had "
                 "sold 239.3 billion yen.", "2024-05-16")
    assert sorted(rows) == sorted([(636200000000, "week", "2024-05-05", "2024-05-11", "headline"),
                                   (61600000000, "week", "2024-04-28", "2024-05-04", "comparison"),
                                   (239300000000, "week", "2024-04-21", "2024-04-27", "comparison")])


def test_a_topic_sentence_naming_one_instrument_twice_beside_a_debt_scare() -> None:
    text = ("Overseas investors snapped up Japanese equities in the week ending Saturday, May 11, betting the rally in "
            "Tokyo shares would survive the Dubai debt scare, finance ministry data showed.\n\n"
            "Net purchases totalled 636.2 billion yen.")
    assert _by_amount(text, "2024-05-16")[636.2e9]["instrument"] == "equity"


def test_balance_of_payments_copy_names_the_flow_not_the_investors() -> None:
    text = ("Outward portfolio investment in long-term debt securities came to a net 1.2792 trillion yen in March, "
            "finance ministry figures showed. Inward portfolio investment in equities stayed positive, at 138.5 billion "
            "yen. For the fiscal year, outward investment in long-term debt totalled 9.1233 trillion yen and outward "
            "investment in equities 1.2516 trillion yen.")
    got = {v: (f["investor"]["side"], f["instrument"], f["direction"]) for v, f in _by_amount(text, "2024-04-08").items()}
    assert got == {1.2792e12: ("resident", "long_term_debt", "buy"), 138.5e9: ("non_resident", "equity", "buy"),
                   9.1233e12: ("resident", "long_term_debt", "buy"), 1.2516e12: ("resident", "equity", "buy")}


def test_a_figures_own_verb_in_a_relative_clause() -> None:
    text = ("Non-residents bought a net 6.0523 trillion yen of Japanese shares over the fiscal year, a turnaround from "
            "the 8.1775 trillion yen they sold in fiscal 2022, finance ministry data showed.")
    assert _by_amount(text, "2024-04-08")[8.1775e12]["direction"] == "sell"


def test_countries_of_securities_in_a_respectively_list_are_not_investors_and_money_that_went_into() -> None:
    text = ("Japanese investors sold a net 1.2846 trillion yen of U.S. bonds in October, balance of payments data "
            "showed. Purchases of French and German bonds came to 418.7 billion yen and 156.0 billion yen, respectively. "
            "In equities, Japanese money went mainly into U.S. stocks, at a net 327.1 billion yen.")
    got = _by_amount(text, "2024-12-10")
    assert {(got[v]["investor"]["side"], got[v]["investor"]["economy"]) for v in (418.7e9, 156.0e9)} == {("resident", "JP")}
    assert (got[327.1e9]["direction"], got[327.1e9]["instrument"]) == ("buy", "equity")


def test_a_correction_note_holds_no_flows() -> None:
    text = ("Foreign investors bought 2.4761 trillion yen of Japanese stocks in the week to Oct. 5, finance ministry data "
            "showed.\n\nIt followed three weeks of selling, including a net sale of 961.8 billion yen in the week to "
            "Sept. 28.\n\n(This story corrects the size of the previous week's foreign selling of Japanese stocks in the "
            "second paragraph to 961.8 billion yen, not 916.8 billion yen)")
    assert [f["amount"]["value"] for f in _flows(text, "2024-10-10")] == [2.4761e12, 961.8e9]


def test_revisions_and_first_releases_told_without_a_verb() -> None:
    rows = _rows("Japanese investors bought a net 1.3913 trillion yen of foreign stocks in the week ended Aug. 10, finance "
                 "ministry data showed. The ministry revised its figure for the previous week down to 927.4 billion yen, "
                 "from 963.5 billion yen initially reported. They also bought foreign long-term bonds, at 1.1372 trillion "
                 "yen. Last week's release had put bond buying in the week to Aug. 3 at 1.6294 trillion yen; it now stands "
                 "at 1.5408 trillion yen. The three-week total is 3.1559 trillion yen.", "2024-08-15")
    assert sorted(rows) == sorted([(1391300000000, "week", "2024-08-04", "2024-08-10", "headline"),
                                   (927400000000, "week", "2024-07-28", "2024-08-03", "comparison"),
                                   (963500000000, "week", "2024-07-28", "2024-08-03", "other"),
                                   (1137200000000, "week", "2024-08-04", "2024-08-10", "headline"),
                                   (1629400000000, "week", "2024-07-28", "2024-08-03", "other"),
                                   (1540800000000, "week", "2024-07-28", "2024-08-03", "comparison"),
                                   (3155900000000, "weeks", "2024-07-21", "2024-08-10", "cumulative")])


def test_extending_that_run_is_a_streak_not_a_period_and_the_result_of_hands_a_period_on() -> None:
    rows = _rows("Foreign investors sold 412.4 billion yen of Japanese shares in the week to Nov. 2, finance ministry data "
                 "showed, and unloaded 300.1 billion yen of Japanese government bonds, extending that run to seven weeks. "
                 "For the year as a whole, though, the balance is minus 5.61 trillion yen, the result of heavy selling "
                 "in the first half.", "2024-11-07")
    assert (300100000000, "week", "2024-10-27", "2024-11-02", "headline") in rows
    assert (5610000000000, "year_to_date", "2024-01-01", "2024-11-02", "cumulative") in rows


def test_the_week_before_opening_a_sentence_is_every_figures_and_those_weeks_in_the_past_perfect() -> None:
    rows = _rows("Foreigners bought 1.1416 trillion yen of Japanese stocks in the week ended Jan. 13, finance ministry "
                 "data showed. In the holiday-shortened week before, they had bought 124.9 billion yen of shares and "
                 "273.5 billion yen of bonds.", "2024-01-18")
    assert (273500000000, "week", "2023-12-31", "2024-01-06", "comparison") in rows
    rows = _rows("Foreign investors bought a record 2.4761 trillion yen of Japanese stocks in the week to Oct. 5, finance "
                 "ministry data showed. It followed three weeks of selling. In those three weeks they had sold a "
                 "combined 4.74 trillion yen.", "2024-10-10")
    assert (4740000000000, "weeks", "2024-09-08", "2024-09-28", "comparison") in rows


def test_an_earlier_years_total_beside_a_year_to_date_is_a_comparison() -> None:
    rows = _rows("Foreign investors bought 636.2 billion yen of Japanese stocks in the week to Dec. 7, finance ministry data "
                 "showed. Since January they have sold 560.0 billion yen, a fraction of the 7.38 trillion yen they "
                 "dumped in 2023.", "2024-12-12")
    assert (7380000000000, "year", "2023-01-01", "2023-12-31", "comparison") in rows


def test_figures_listed_before_a_passive_verb_one_for_each_week_respectively() -> None:
    rows = _rows("Foreigners sold 429.8 billion yen of Japanese stocks in the week to March 9, finance ministry data showed. "
                 "Their appetite for yen bonds held up throughout: 686.3 billion yen, 213.9 billion yen and 434.6 billion "
                 "yen of Japanese bonds were bought by non-residents in the three weeks, respectively.", "2024-03-14")
    assert sorted(rows) == sorted([(429800000000, "week", "2024-03-03", "2024-03-09", "headline"),
                                   (686300000000, "week", "2024-02-18", "2024-02-24", "comparison"),
                                   (213900000000, "week", "2024-02-25", "2024-03-02", "comparison"),
                                   (434600000000, "week", "2024-03-03", "2024-03-09", "headline")])


def test_a_notes_lines_with_labels_signs_and_the_prior_week_in_brackets() -> None:
    text = ("MoF weekly numbers, week to Saturday 11 May (prior week in brackets):\n\n"
            "- Foreigners, Japanese stocks: +¥941.3bn (+¥551.8bn)\n"
            "- Japanese, foreign bonds: +¥698.2bn (−¥478.9bn)\n"
            "- Japanese, foreign bills: minus ¥377.9bn\n\n"
            "I would not extrapolate another ¥3trn week. I'd treat the +¥698.2bn with care.")
    got = [(f["amount"]["value"], f["investor"]["side"], f["direction"], f["period"]["end"], f["role"]) for f in _flows(text, "2024-05-16")]
    assert sorted(got) == sorted([(941.3e9, "non_resident", "buy", "2024-05-11", "headline"),
                                  (551.8e9, "non_resident", "buy", "2024-05-04", "comparison"),
                                  (698.2e9, "resident", "buy", "2024-05-11", "headline"),
                                  (478.9e9, "resident", "sell", "2024-05-04", "comparison"),
                                  (377.9e9, "resident", "sell", "2024-05-11", "headline")])


def test_treasury_data_heads_its_own_month_in_a_weekly_story() -> None:
    text = ("Japanese investors bought 402.1 billion yen of foreign bonds in the week to Feb. 10, finance ministry data "
            "showed. Separately, U.S. Treasury data showed Japanese investors made net purchases of $13.6 billion of "
            "long-term U.S. securities in December.")
    got = {f["amount"]["value"]: f["role"] for f in _flows(text, "2024-02-15")}
    assert got[13.6e9] == "headline"


def test_levels_of_the_dollar_named_further_back_and_a_yield_after_hedging_talk() -> None:
    from extractor.pipeline import extract

    text = ("The dollar, which fell as low as 115.15 yen on March 5, stood at 117.30 yen on Thursday. The dollar slid in "
            "Asian trade. On Friday it stood at 116.80 yen. Once you pay close to 3 percent to hedge, a 10-year Treasury "
            "yielding 3.2 percent gives you almost nothing.")
    recs = extract(text, published="2024-03-08", use_model=False)
    assert sorted(r["value"] for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate") == [115.15, 116.8, 117.3]
    assert [r["value"] for r in recs if r["kind"] == "figure" and r["measure"] == "yield"] == [3.2]


def test_an_investor_in_an_appositive_and_the_agent_of_a_reduced_passive() -> None:
    text = ("Investors based in Britain, the usual booking centre for global funds, bought a net 1.0313 trillion yen of "
            "Japanese stocks in October, finance ministry data showed. Japanese banks bought 8.6546 trillion yen of "
            "foreign bonds in 2023. Their purchases accounted for nearly half of the 17.8572 trillion yen of foreign "
            "bonds bought by all Japanese investors last year.")
    got = _by_amount(text, "2024-01-10")
    assert got[1.0313e12]["investor"]["text"] == "Investors based in Britain"
    assert got[17.8572e12]["investor"]["group"] == "all"
