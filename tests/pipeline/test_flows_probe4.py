"""Flow-linking rules for constructions a fourth set of team-written stories showed: investor phrases with an
aside, "overall" figures, holdings cut "by" an amount, coordinated figures and instruments, and other markets'
figures next to Japan's.

Every sentence here was written for these tests; the figures are made up.
"""

from __future__ import annotations

from pipeline_cases import flows_of as _flows


def test_fed_as_a_verb_is_not_the_federal_reserve() -> None:
    text = ("Japanese investors bought 310.2 billion yen of foreign stocks in the week to June 8, finance ministry data "
            "showed. Insurers sold 88.4 billion yen of overseas shares, while mutual funds, fed by monthly savings "
            "contributions, bought 241.7 billion yen.")
    got = [(f["amount"]["value"], f["direction"], f["investor"]["group"]) for f in _flows(text)]
    assert (241.7e9, "buy", "investment_trusts") in got


def test_a_figure_called_overall_is_every_investors() -> None:
    text = ("Japanese investors sold 402.5 billion yen of foreign bonds in May, finance ministry data showed.\n"
            "Life insurers led the selling, shedding 510.3 billion yen of them.\n"
            "Overseas stocks drew light net buying of 61.8 billion yen overall.")
    got = {f["amount"]["value"]: (f["investor"]["side"], f["investor"]["group"]) for f in _flows(text)}
    assert got[61.8e9] == ("resident", "all")


def test_the_noun_before_comma_at_amount_is_the_figures() -> None:
    text = ("Foreign investors sold 133.9 billion yen of Japanese stocks in the week to June 8, finance ministry data "
            "showed. They were small net buyers of Japanese bonds, at 40.6 billion yen, and of bills, at 12.2 billion yen.")
    got = {f["amount"]["value"]: f["instrument"] for f in _flows(text)}
    assert got[40.6e9] == "long_term_debt"
    assert got[12.2e9] == "short_term_debt"


def test_a_figure_after_a_contrast_and_a_new_clause_lends_its_verb() -> None:
    text = ("Overseas investors bought 95.7 billion yen of Japanese stocks in the week to June 8, after small net "
            "selling a week earlier, while dumping 52.3 billion yen of long-term bonds and 318.6 billion yen of bills.")
    got = {f["amount"]["value"]: f["direction"] for f in _flows(text)}
    assert got == {95.7e9: "buy", 52.3e9: "sell", 318.6e9: "sell"}


def test_holdings_cut_by_an_amount_is_a_net_sale() -> None:
    text = ("Japanese investors bought 214.6 billion yen of foreign stocks in the week to June 8, finance ministry data "
            "showed, while reducing their holdings of overseas long-term debt securities by a net 389.2 billion yen.\n"
            "Overseas funds bought 77.5 billion yen of Japanese shares, while lowering their positions in Japanese "
            "short-term bills by 120.8 billion yen.")
    got = {f["amount"]["value"]: (f["direction"], f["instrument"]) for f in _flows(text)}
    assert got.get(389.2e9) == ("sell", "long_term_debt")
    assert got.get(120.8e9) == ("sell", "short_term_debt")


def test_the_instrument_of_a_later_clause_is_not_the_contrasts() -> None:
    text = ("Japanese investors bought 402.8 billion yen of overseas shares in the week to June 8, finance ministry "
            "data showed, after net sales of 150.2 billion yen a week earlier, while trimming holdings of foreign "
            "bills by 96.4 billion yen.")
    got = {f["amount"]["value"]: f["instrument"] for f in _flows(text)}
    assert got.get(150.2e9) == "equity"
    assert got.get(96.4e9) == "short_term_debt"


def test_a_yen_figure_in_another_markets_story_is_japans() -> None:
    text = ("SEOUL, June 13 - Foreign investors sold a net 980 billion won of South Korean shares this week, extending "
            "their exit from the KOSPI, and Korean stocks fell for a fourth session.\n"
            "Tokyo told another story: there, overseas funds bought a net 512.3 billion yen of Japanese shares in the "
            "week to June 8.")
    got = {f["amount"]["value"]: (f["investor"]["side"], f["investor"]["economy"]) for f in _flows(text)}
    assert got[512.3e9] == ("non_resident", "JP")


def test_foreign_portfolio_investors_are_an_investor_phrase() -> None:
    text = ("Japanese investors bought 214.6 billion yen of foreign stocks in the week to June 8, finance ministry data "
            "showed.\n"
            "Japanese exporters have been slow to convert their dollar revenue.\n"
            "In Mumbai, foreign portfolio investors were net sellers of Rs 5,120 crore of Indian equities last week.")
    got = {f["amount"]["value"]: (f["investor"]["side"], f["investor"]["group"], f["investor"]["text"]) for f in _flows(text)}
    assert got[51.2e9] == ("non_resident", "all", "foreign portfolio investors")


def test_a_note_style_figure_out_is_a_net_sale() -> None:
    text = ("FLOWS (week to June 8, MoF)\n"
            "- Overseas investors sold JPY412.5bln of Japanese shares, a fourth straight week of selling. "
            "Four-week total: JPY1.27trn out.\n")
    got = {f["amount"]["value"]: (f["direction"], f["instrument"]) for f in _flows(text)}
    assert got.get(1.27e12) == ("sell", "equity")


def test_the_number_after_a_flow_without_a_figure_is_that_flows() -> None:
    text = ("Overseas investors dumped Japanese stocks again in the week to June 8, finance ministry data showed. "
            "The figure was modest, though: JPY88.1bln, against JPY1.204trn the week before.")
    got = {f["amount"]["value"]: (f["direction"], f["instrument"], f["investor"]["side"]) for f in _flows(text)}
    assert got.get(88.1e9) == ("sell", "equity", "non_resident")
    assert got.get(1.204e12) == ("sell", "equity", "non_resident")


def test_a_noun_in_a_relative_clause_is_not_the_figures_instrument() -> None:
    text = ("Japanese investors sold 804.2 billion yen of foreign equities in May, finance ministry data showed. "
            "Life insurers, which hold large portfolios of assets abroad, accounted for 512.9 billion yen of sales.")
    got = {f["amount"]["value"]: f["instrument"] for f in _flows(text)}
    assert got.get(512.9e9) == "equity"


def test_an_investor_in_an_aside_does_not_take_over_the_next_figure() -> None:
    text = ("Japanese investors bought a net 188.3 billion yen of foreign stocks in May, finance ministry data showed, "
            "with Luxembourg, where many funds sold to Japanese pension funds are domiciled, taking 102.6 billion yen.")
    got = {f["amount"]["value"]: f["investor"]["group"] for f in _flows(text)}
    assert got.get(102.6e9) == "all"


def test_a_relative_clause_of_the_sentence_before_does_not_hide_an_instrument() -> None:
    text = ("Also selling were foreign holders of Japanese bonds, who shed a net 310.5 billion yen.\n\n"
            "Japanese investors bought foreign bonds for a third week, adding 622.4 billion yen.")
    got = {f["amount"]["value"]: (f["instrument"], f["market"]) for f in _flows(text)}
    assert got.get(622.4e9) == ("long_term_debt", "foreign")
