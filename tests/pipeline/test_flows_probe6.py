"""Flow, period and figure rules for constructions the sixth probe set showed: money that "flowed into" bills
"from abroad", "got rid of", a note's "out by", cash buying and cash-plus-futures totals in exchange data, other
investors after "as they ..." not being the gross other side, "far below the" and "three times" as contrasts,
a figure revised from its first release, the investors of a subordinate clause ("as pension funds
rebalanced") not being what a later sentence's figure is of, "the whole year so far", "since the first full week of January",
a yield named after its level and an exchange rate "from as low as".

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount as _by_amount
from pipeline_cases import period_rows as _rows

from extractor.pipeline import extract


def test_money_that_flowed_into_bills_from_abroad_is_foreign_buying() -> None:
    text = ("Japanese investors sold 512.6 billion yen of foreign bonds in May, finance ministry data showed. At the same "
            "time, 3.1024 trillion yen flowed into Japanese treasury bills from abroad.")
    f = _by_amount(text, "2024-06-10")[3.1024e12]
    assert (f["direction"], f["instrument"], f["investor"]["side"]) == ("buy", "short_term_debt", "non_resident")


def test_got_rid_of_and_a_notes_out_by_are_sales() -> None:
    text = ("Japanese investors sold 1.2 trillion yen of foreign bonds in the week to March 2, finance ministry data "
            "showed. Over the two weeks, they got rid of a combined 2.05 trillion yen. Bills: foreigners out by 830.4 billion yen.")
    got = _by_amount(text, "2024-03-07")
    assert got[2.05e12]["direction"] == "sell"
    assert (got[830.4e9]["direction"], got[830.4e9]["instrument"], got[830.4e9]["investor"]["side"]) == ("sell", "short_term_debt", "non_resident")


def test_cash_buying_is_shares_and_cash_shares_and_futures_together_are_other() -> None:
    text = ("In the Monday-to-Friday week to May 10, foreigners bought a net 402.2 billion yen of cash equities, exchange "
            "data showed. Over the past three weeks their cash buying has added up to 1.1204 trillion yen. Combined, "
            "they bought 655.1 billion yen of cash shares and futures in the week.")
    got = _by_amount(text, "2024-05-16")
    assert got[1.1204e12]["instrument"] == "equity"
    assert got[655.1e9]["instrument"] == "other"


def test_another_investor_after_as_they_is_not_the_gross_other_side() -> None:
    text = ("Foreigners bought a net 310.2 billion yen of cash equities in the week to May 10, exchange data showed. "
            "Trust banks sold 215.7 billion yen as they rebalanced, while investment trusts bought 48.9 billion yen.")
    got = _by_amount(text, "2024-05-16")
    assert (got[215.7e9]["direction"], got[48.9e9]["direction"]) == ("sell", "buy")


def test_far_below_the_and_times_introduce_contrasts() -> None:
    rows = _rows("Over the fiscal year they bought a net 4.2016 trillion yen of foreign bonds, far below the 9.3071 trillion "
                 "yen of fiscal 2022, and a net 2.0518 trillion yen of foreign equities, finance ministry data showed.",
                 "2024-04-08")
    assert sorted(rows) == sorted([
        (4201600000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
        (9307100000000, "fiscal_year", "2022-04-01", "2023-03-31", "comparison"),
        (2051800000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative")])
    rows = _rows("They purchased a net 1.2041 trillion yen of foreign bonds in May, almost three times April's 402.3 billion "
                 "yen, and 611.5 billion yen of foreign equities, finance ministry data showed.", "2024-06-10")
    assert (611500000000, "month", "2024-05-01", "2024-05-31", "headline") in rows


def test_a_figure_revised_from_its_first_release_is_the_same_period_reported_alongside() -> None:
    rows = _rows("Japanese investors bought 1.05 trillion yen of foreign bonds in the week to Aug. 10, finance ministry data "
                 "showed, after 1.2206 trillion yen (revised from 1.3012 trillion yen) the week before.", "2024-08-15")
    assert sorted(rows) == sorted([
        (1050000000000, "week", "2024-08-04", "2024-08-10", "headline"),
        (1220600000000, "week", "2024-07-28", "2024-08-03", "comparison"),
        (1301200000000, "week", "2024-07-28", "2024-08-03", "other")])


def test_the_whole_year_so_far_and_since_the_first_full_week_of_january_are_the_year_to_date() -> None:
    rows = _rows("Japanese investors bought 802.3 billion yen of foreign stocks in the week to Aug. 10, finance ministry data "
                 "showed, out of 3.02 trillion yen for the whole year so far. Since the first full week of January, "
                 "foreigners have sold a net 4.4 trillion yen of Japanese bonds.", "2024-08-15")
    assert (3020000000000, "year_to_date", "2024-01-01", "2024-08-10", "cumulative") in rows
    assert (4400000000000, "year_to_date", "2024-01-01", "2024-08-10", "cumulative") in rows


def test_a_yield_named_after_its_level_and_a_rate_from_as_low_as() -> None:
    text = ("A poll produced a median forecast of 1.15 percent for the 10-year JGB yield at the end of June. The dollar "
            "rose to 151.20 yen on Friday from as low as 146.80 yen on Monday.")
    recs = extract(text, published="2024-04-12", use_model=False)
    assert [r["value"] for r in recs if r["kind"] == "figure" and r["measure"] == "yield"] == [1.15]
    assert sorted(r["value"] for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate") == [146.8, 151.2]


def test_investors_of_a_subordinate_clause_are_not_the_next_sentences_subject() -> None:
    text = ("Japanese investors bought foreign assets in the fiscal year, finance ministry data showed. Over the year "
            "they bought a net 5.2031 trillion yen of foreign bonds, as pension funds rebalanced after the slump. "
            "Foreign bond purchases slowed to 402.2 billion yen in March.")
    f = _by_amount(text, "2024-04-08")[402.2e9]
    assert (f["investor"]["side"], f["investor"]["group"]) == ("resident", "all")
