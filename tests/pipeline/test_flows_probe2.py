"""Flow-linking rules for constructions a second set of team-written stories showed: other markets told
inside a Japan story, forecast ranges, "respectively" lists, translated "net bought X by AMOUNT", bullet
lists, and superlatives and runs that belong to another figure of the sentence.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from typing import Any

from extractor.pipeline import extract


def _flows(text: str, published: str = "2024-06-13") -> list[dict[str, Any]]:
    return [r for r in extract(text, published=published, use_model=False) if r["kind"] == "flow"]


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
    assert 120.3e9 in got and 1.98e12 in got


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
