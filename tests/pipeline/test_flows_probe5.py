"""Flow-linking rules for constructions a fifth set of team-written stories showed: "let go of" and "cut ...
by" with a comma before "by", short-term paper named with its currency, a hedged dollar restatement in
brackets after the instrument, funds named as the investors in another market (and its month to date), and a
figure of Japan's data in a story about other markets. Also a bare level of another market's currency.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from pipeline_cases import flows_of as _flows

from extractor.pipeline import extract


def test_let_go_of_is_a_net_sale() -> None:
    text = ("Japanese investors sold 402.8 billion yen of foreign stocks in the week to May 11, finance ministry data "
            "showed. They also let go of a net 58.3 billion yen of foreign bonds.")
    got = {f["amount"]["value"]: (f["direction"], f["instrument"]) for f in _flows(text, "2024-05-16")}
    assert got[58.3e9] == ("sell", "long_term_debt")


def test_cut_by_after_a_comma_and_short_term_paper_named_with_its_currency() -> None:
    text = ("Non-residents sold 215.4 billion yen of JGBs in the week to May 11, finance ministry data showed. "
            "They have cut short-term JPY paper for six weeks running, by 733.1 billion yen in the latest week.")
    got = {f["amount"]["value"]: (f["direction"], f["instrument"]) for f in _flows(text, "2024-05-16")}
    assert got[733.1e9] == ("sell", "short_term_debt")


def test_a_hedged_dollar_figure_in_brackets_after_the_instrument_restates_the_yen_figure() -> None:
    text = ("In the week to May 11, Japanese investors bought 1.0342 trillion yen of foreign equities (about $6.6 "
            "billion), finance ministry data showed.")
    flows = _flows(text, "2024-05-16")
    assert [f["amount"]["value"] for f in flows] == [1.0342e12]
    assert [c["value"] for c in flows[0]["converted"]] == [6.6e9]


def test_funds_named_as_investors_in_another_market_buy_its_shares_for_a_month_to_date() -> None:
    text = ("In Seoul, offshore funds sold 804.2 billion won of Korean equities in the week to Friday, taking their "
            "net sales so far this month to 2.11 trillion won, according to the Korea Exchange.")
    got = {f["amount"]["value"]: (f["instrument"], f["source"]["series"], f["period"]["kind"], f["period"]["start"],
                                  f["period"]["end"], f["role"]) for f in _flows(text, "2024-08-19")}
    # the Korea Exchange's week to Friday is another market's, not Japan's exchange data
    assert got[804.2e9] == ("equity", "other", "week", "2024-08-12", "2024-08-16", "headline")
    assert got[2.11e12] == ("equity", "other", "other", "2024-08-01", "2024-08-16", "cumulative")


def test_fund_flow_data_of_funds_named_by_market_is_not_a_share_flow() -> None:
    text = "Japan equity funds took in a net $2.3 billion in the week to Wednesday, EPFR data showed."
    assert [f["instrument"] for f in _flows(text, "2024-08-16")] == ["other"]


def test_a_sentence_naming_only_japan_in_a_story_about_other_markets_is_japans() -> None:
    text = ("Foreign investors sold a net T$61.2 billion of Taiwanese shares last week, exchange data showed. In Seoul, "
            "foreigners sold 1.05 trillion won of Korean stocks. Japan was spared: foreign investors bought a net $7.3 "
            "billion of Japanese long-term bonds in the week through Aug. 10, according to Japanese finance ministry data.")
    got = {f["amount"]["value"]: (f["investor"]["side"], f["investor"]["economy"]) for f in _flows(text, "2024-08-16")}
    assert got[7.3e9] == ("non_resident", "JP")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taiwan dollar slipped to 32.15 per U.S. dollar, while the won ended at 1,342.80.",
     [(32.15, "USD", "TWD"), (1342.8, "USD", "KRW")]),
    ("The rupee closed at 83.62 on Tuesday.", [(83.62, "USD", "INR")]),
    ("The won rallied 1.1 percent and the KOSPI ended at 2,641.30.", []),
])
def test_a_bare_level_after_another_markets_currency_is_per_dollar(text: str, expected: list[tuple[object, ...]]) -> None:
    recs = extract(text, published="2024-08-16", use_model=False)
    got = [(r["value"], r["base"], r["quote"]) for r in recs if r["kind"] == "figure" and r["measure"] == "fx_rate"]
    assert sorted(got, key=str) == sorted(expected, key=str)
