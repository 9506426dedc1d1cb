"""Flow-linking rules for constructions of wire copy that the first corpus lacked: bare "residents",
investors named by where they are based, group anaphors, signed figures, passives and the like.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_of as _flows


def _side_ins_mkt_dir(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["investor"]["side"], r["instrument"], r["market"], r["direction"], r["amount"]["value"])


def test_after_a_semicolon_bare_residents_are_the_resident_side() -> None:
    text = ("Finance ministry data for the week to June 8 showed non-residents bought ¥120.5bn of Japanese stocks; "
            "residents sold ¥88.2bn of foreign bonds and bought ¥31.4bn of foreign stocks.")
    got = [_side_ins_mkt_dir(f) for f in _flows(text)]
    assert got == [("non_resident", "equity", "domestic", "buy", 120.5e9),
                   ("resident", "long_term_debt", "foreign", "sell", 88.2e9),
                   ("resident", "equity", "foreign", "buy", 31.4e9)]


def test_investors_based_outside_japan_and_the_same_group_after_them() -> None:
    text = ("Net purchases of 655.0 billion yen of Japanese shares were made in the week to June 8 by investors based "
            "outside Japan, finance ministry data showed.\n"
            "Selling 90.3 billion yen of Japanese bonds as well, the same group also picked up 412.8 billion yen of "
            "treasury bills.")
    got = [(f["investor"]["side"], f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("non_resident", "equity", "buy", 655e9), ("non_resident", "long_term_debt", "sell", 90.3e9),
                   ("non_resident", "short_term_debt", "buy", 412.8e9)]


def test_a_sale_that_trims_a_running_total_is_no_gross_pair() -> None:
    text = ("Foreign investors bought Japanese stocks in May, finance ministry data showed.\n"
            "The group sold ¥402.6 billion of long-term Japanese debt, which reduced its year-to-date buying to "
            "¥3.118 trillion.")
    got = [(f["direction"], f["period"]["kind"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("sell", "month", 402.6e9), ("buy", "year_to_date", 3.118e12)]


def test_bonds_carried_over_from_earlier_sentences_keep_their_market() -> None:
    text = ("Japanese banks sold foreign bonds for a third month in May. They sold a net 702.4 billion yen, the "
            "ministry's investor-type data showed.\n"
            "Higher hedging costs have eaten into the returns on Treasuries.\n"
            "Insurers, by contrast, bought 130.5 billion yen.")
    got = [_side_ins_mkt_dir(f) for f in _flows(text)]
    assert got == [("resident", "long_term_debt", "foreign", "sell", 702.4e9),
                   ("resident", "long_term_debt", "foreign", "buy", 130.5e9)]


def test_an_instrument_that_is_the_passive_subject_is_the_figures() -> None:
    text = ("Japanese investors bought 310.2 billion yen of foreign bonds in the week to June 8, finance ministry data "
            "showed.\n"
            "Japanese shares, for their part, were sold by foreigners for a third week running, with net sales "
            "totalling 523.9 billion yen.")
    got = [_side_ins_mkt_dir(f) for f in _flows(text)]
    assert got[1] == ("non_resident", "equity", "domestic", "sell", 523.9e9)


def test_a_written_sign_is_the_net_direction() -> None:
    text = ("Ministry of Finance, week to June 8: Japanese residents net bought ¥312.5bn of foreign stocks; foreign bonds "
            "-¥87.6bn.\n"
            "Non-residents sold ¥205.0bn of Japanese shares (previous week: +¥143.9bn).")
    got = [(f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("equity", "buy", 312.5e9), ("long_term_debt", "sell", 87.6e9), ("equity", "sell", 205e9),
                   ("equity", "buy", 143.9e9)]


def test_a_note_style_label_with_signed_figures_takes_the_investor_before() -> None:
    text = ("MoF weekly (week to June 8): overseas accounts sold JGBs, net -¥912.0bn. Stocks: +¥276.4bn, after "
            "-¥55.1bn the week before.")
    got = [_side_ins_mkt_dir(f) for f in _flows(text)]
    assert got == [("non_resident", "long_term_debt", "domestic", "sell", 912e9),
                   ("non_resident", "equity", "domestic", "buy", 276.4e9),
                   ("non_resident", "equity", "domestic", "sell", 55.1e9)]


def test_a_bracketed_figure_belongs_to_the_noun_before_the_bracket() -> None:
    text = ("Overseas investors sold Japanese long-term bonds (¥2.0815 trillion) and shares (¥604.3 billion) in May, "
            "the Ministry of Finance said.")
    got = [(f["instrument"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("long_term_debt", 2.0815e12), ("equity", 604.3e9)]


def test_taking_money_out_of_an_asset_is_a_sale_and_a_later_verb_does_not_reach_back() -> None:
    text = ("In the week to June 8, overseas investors took ¥318.4 billion out of Japanese stocks and ¥95.6 billion "
            "out of Japanese bonds, though they did buy ¥250.1 billion of treasury bills, the finance ministry said.")
    got = [(f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("equity", "sell", 318.4e9), ("long_term_debt", "sell", 95.6e9), ("short_term_debt", "buy", 250.1e9)]


def test_cutting_or_raising_an_asset_by_a_figure_is_a_net_flow() -> None:
    text = ("Japanese investors cut their Australian bonds by a net ¥64.2 billion in May, Ministry of Finance data "
            "showed. Japanese holders also increased Singapore equities by ¥12.7 billion.")
    got = [(f["investor"]["side"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("resident", "sell", 64.2e9), ("resident", "buy", 12.7e9)]


def test_an_outflow_that_added_up_to_a_total_is_selling() -> None:
    text = ("Foreign investors sold Japanese shares for a sixth straight week, dumping 401.2 billion yen in the week to "
            "June 8, finance ministry data showed. Over the six weeks the outflow has added up to 2.84 trillion yen.")
    got = [(f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("sell", 401.2e9), ("sell", 2.84e12)]


def test_baht_is_a_currency() -> None:
    text = "Foreign investors sold a net 12.6 billion baht of Thai stocks in May, exchange data showed."
    (f,) = _flows(text)
    assert (f["amount"]["value"], f["amount"]["currency"], f["direction"]) == (12.6e9, "THB", "sell")


def test_it_after_a_central_bank_is_the_bank_whose_operations_are_not_flows() -> None:
    text = ("Foreign investors sold ¥310.2 billion of Japanese bonds last week, finance ministry data showed.\n"
            "The central bank now buys about ¥3.9 trillion of government bonds a month. At its operation on Monday it "
            "bought ¥380 billion of one-to-three-year notes.")
    got = [f["amount"]["value"] for f in _flows(text)]
    assert got == [310.2e9]


def test_companies_selling_bonds_in_a_currency_issue_them() -> None:
    text = ("Japanese companies have sold $21.3 billion of euro-denominated bonds so far this year, deal data show.\n"
            "Japanese companies sold a net 95.2 billion yen of foreign bonds in May, Ministry of Finance data showed.")
    got = [(f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("sell", 95.2e9)]


def test_a_flow_told_again_in_dollars_is_not_a_new_one() -> None:
    text = ("Foreign investors sold a net ¥2.3041 trillion of Japanese bonds in May, the Ministry of Finance said.\n"
            "The selling, worth about US$14.8 billion, was the largest in a year.")
    got = [(f["amount"]["value"], f["amount"]["currency"], [(x["value"], x["currency"]) for x in f["converted"]])
           for f in _flows(text)]
    assert got == [(2.3041e12, "JPY", [(14.8e9, "USD")])]  # it is the flow's conversion
    # of the flows told before, the one of the instrument and direction named
    text = ("Foreign investors sold Japanese bonds (¥2.3041 trillion) and stocks (¥805.1 billion) in May but bought bills "
            "(¥1.2004 trillion), the Ministry of Finance said.\nThe bond selling, worth about US$14.8 billion, was the "
            "largest in a year.")
    got = [(f["amount"]["value"], [x["value"] for x in f["converted"]]) for f in _flows(text)]
    assert got == [(2.3041e12, [14.8e9]), (805.1e9, []), (1.2004e12, [])]


def test_a_figure_alone_explained_by_that_is_how_much() -> None:
    text = ("SEOUL, June 13 (Harbour Wire) - ¥318.6 billion. That is how much Japanese investors put into foreign bonds "
            "in the week to June 8, the Ministry of Finance said on Thursday.")
    (f,) = _flows(text)
    assert _side_ins_mkt_dir(f) == ("resident", "long_term_debt", "foreign", "buy", 318.6e9)
    assert f["investor"]["text"] == "Japanese investors"
    assert f["period"]["end"] == "2024-06-08"


def test_an_investor_named_after_the_figure_as_passive_agent_or_inverted_subject() -> None:
    text = ("Foreign investors bought 120.0 billion yen of Japanese shares in the week to June 8, ministry data showed.\n"
            "A net 733.5 billion yen of overseas bonds was sold off in the week by Japanese investors.\n"
            "Net sellers of foreign stocks, to the tune of 98.4 billion yen, were Japanese pension funds.")
    got = [(f["investor"]["text"], f["investor"]["side"], f["direction"]) for f in _flows(text)][1:]
    assert got == [("Japanese investors", "resident", "sell"), ("Japanese pension funds", "resident", "sell")]
