"""Flow-linking rules for constructions a second set of team-written stories showed: other markets told
inside a Japan story, forecast ranges, "respectively" lists, translated "net bought X by AMOUNT", bullet
lists, and superlatives and runs that belong to another figure of the sentence.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_of as _flows


def test_another_markets_currency_or_a_country_lead_sets_the_economy() -> None:
    text = ("Foreign investors bought 210.4 billion yen of Japanese stocks in the week to June 8, finance ministry "
            "data showed, and sold 95.1 billion yen of Japanese bonds.\n"
            "Elsewhere, overseas investors dumped 1.2 trillion won of shares in Seoul over the same week. "
            "In Indonesia, foreign funds bought a net $310 million of local bonds.")
    got = [(f["investor"]["side"], f["investor"]["economy"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("non_resident", "JP", 210.4e9), ("non_resident", "JP", 95.1e9), ("non_resident", "KR", 1.2e12), ("non_resident", "ID", 310e6)]


def test_a_forecaster_who_expects_a_flow_is_no_flow() -> None:
    text = ("Japanese investors bought 412.7 billion yen of foreign bonds in the week to June 8, finance ministry "
            "data showed.\n"
            "Analysts at one brokerage expect net purchases of foreign stocks of about 300 billion yen a month.")
    got = [f["amount"]["value"] for f in _flows(text)]
    assert got == [412.7e9]


def test_a_range_of_figures_is_no_flow() -> None:
    text = ("Japanese investors bought 412.7 billion yen of foreign bonds in the week to June 8, finance ministry "
            "data showed.\n"
            "Pension funds are set to put 2 trillion to 3 trillion yen into overseas equities.\n"
            "Insurers are poised to buy between ¥800 billion and ¥1.2 trillion of Treasuries this year.")
    got = [f["amount"]["value"] for f in _flows(text)]
    assert got == [412.7e9]


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    text = ("Foreign investors sold 120.3 billion yen of Japanese stocks in the week to June 8, finance ministry "
            "data showed, cutting their net purchases this year from 2.1 trillion yen to 1.98 trillion yen.")
    got = [f["amount"]["value"] for f in _flows(text)]
    assert 120.3e9 in got
    assert 1.98e12 in got


def _ins_inv(text: str) -> list[tuple[Any, ...]]:
    return [(f["instrument"], f["investor"]["group"], f["amount"]["value"]) for f in _flows(text)]


def test_respectively_pairs_instruments_with_modifiers_in_the_list() -> None:
    text = ("Japanese investors bought overseas bonds and overseas shares worth 512.3 billion yen and 87.9 billion "
            "yen, respectively, in the week to June 8, finance ministry data showed.")
    assert _ins_inv(text) == [("long_term_debt", "all", 512.3e9), ("equity", "all", 87.9e9)]


def test_respectively_the_instrument_after_the_figures_is_every_figures() -> None:
    text = ("Brokerages, pension funds and insurers sold 301.2 billion yen, 95.4 billion yen and 44.0 billion yen "
            "of foreign stocks, respectively, in May, finance ministry data showed.")
    assert _ins_inv(text) == [("equity", "other", 301.2e9), ("equity", "pension_funds", 95.4e9),
                              ("equity", "life_insurers", 44.0e9)]
    text = ("Japanese investors sold 301.2 billion yen and 95.4 billion yen of foreign stocks and foreign bonds, "
            "respectively, in May, finance ministry data showed.")
    assert _ins_inv(text) == [("equity", "all", 301.2e9), ("long_term_debt", "all", 95.4e9)]


def test_the_instrument_before_by_is_the_figures() -> None:
    text = ("In the week to January 17, non-residents net sold Japanese shares by 233.1 billion yen and "
            "short-term bills by 1.2045 trillion yen, finance ministry data showed.")
    assert [(f["instrument"], f["amount"]["value"]) for f in _flows(text, "2025-01-23")] == [
        ("equity", 233.1e9), ("short_term_debt", 1.2045e12)]


def test_bullets_with_a_bracketed_earlier_figure_and_an_all_investors_line() -> None:
    text = ("MONTHLY FLOWS NOTE\n\n"
            "March in brief: trust banks returned to foreign bonds while pension funds kept trimming their holdings of "
            "overseas equities, and the biggest investors in Japan added duration abroad for a second month.\n\n"
            "Japan portfolio flows by investor type (finance ministry, March 2024, net):\n\n"
            "* Pension funds: sold ¥410.8 billion of foreign stocks\n"
            "* Trust banks: bought ¥1.2044 trillion of foreign bonds (February: sold ¥702.5 billion)\n"
            "* All investors: foreign bonds +¥3.1104 trillion, foreign stocks -¥288.1 billion\n")
    got = [(f["investor"]["side"], f["investor"]["group"], f["instrument"], f["direction"], f["amount"]["value"])
           for f in _flows(text, "2024-04-08")]
    assert got == [("resident", "pension_funds", "equity", "sell", 410.8e9),
                   ("resident", "trust_banks", "long_term_debt", "buy", 1.2044e12),
                   ("resident", "trust_banks", "long_term_debt", "sell", 702.5e9),
                   ("resident", "all", "long_term_debt", "buy", 3.1104e12),
                   ("resident", "all", "equity", "sell", 288.1e9)]


def test_a_euro_figure_is_in_the_economy_its_sentence_names() -> None:
    text = ("Foreign investors sold a net 12.4 billion euros of Spanish government bonds in June, figures from the "
            "statistics office showed.")
    assert [f["investor"]["economy"] for f in _flows(text, "2012-08-20")] == ["ES"]


def test_a_bracketed_figure_labelled_with_an_earlier_month_is_its_contrast() -> None:
    text = ("Japanese banks were heavy buyers of foreign bonds in May, finance ministry data by investor type "
            "showed.\n"
            "* Banks: bought ¥1.8813 trillion of foreign bonds (April: sold ¥655.2 billion)\n")
    got = [(f["amount"]["value"], f["period"]["end"], f["role"]) for f in _flows(text, "2024-06-10")]
    assert got == [(1.8813e12, "2024-05-31", "headline"), (655.2e9, "2024-04-30", "comparison")]


def test_a_run_that_names_an_instrument_is_that_instruments() -> None:
    text = ("Japanese investors bought 212.5 billion yen of foreign bonds and 48.9 billion yen of foreign stocks in "
            "the week to June 8, finance ministry data showed, extending their equity buying to a fifth straight week.")
    got = [(f["instrument"], (f["streak"] or {}).get("count")) for f in _flows(text)]
    assert got == [("long_term_debt", None), ("equity", 5)]
    text = ("Japanese investors sold 212.5 billion yen of foreign bonds and 48.9 billion yen of foreign stocks, "
            "their fifth straight week of selling, finance ministry data showed.")
    got = [(f["instrument"], (f["streak"] or {}).get("count")) for f in _flows(text)]
    assert got == [("long_term_debt", 5), ("equity", 5)]


def test_a_figure_told_from_an_earlier_release_is_other() -> None:
    text = ("Japanese investors sold a net 205.1 billion yen of German bonds in May, regional data from the finance "
            "ministry showed on Tuesday.\n"
            "In all, Japanese investors bought 1.4408 trillion yen of foreign bonds in May, according to the monthly "
            "figures published in mid-June.")
    got = [(f["amount"]["value"], f["period"]["end"], f["role"]) for f in _flows(text, "2024-07-09")]
    assert got == [(205.1e9, "2024-05-31", "headline"), (1.4408e12, "2024-05-31", "other")]
