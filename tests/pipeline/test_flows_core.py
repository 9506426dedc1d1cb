"""Which amounts are net flows, and their investor, instrument, market, direction and currency.

Every sentence here was written for these tests; the figures are made up or rounded MoF numbers.
"""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_cases import flows_of as _flows


def _core(r: dict[str, Any]) -> tuple[Any, ...]:
    inv = r["investor"]
    return (inv["side"], inv["economy"], r["instrument"], r["market"], r["direction"], r["amount"]["value"],
            r["amount"]["currency"])


# --- restatements --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    # "more than 3 trillion" is not a rounding of the smaller 2.64 trillion: two flows
    ("Foreign investors have dumped more than 3 trillion yen of Japanese bonds over the past three weeks. "
     "Ministry of Finance data showed they sold a net 2.64 trillion yen of Japanese bonds over five weeks.",
     [3e12, 2.64e12]),
    # "nearly 3 trillion" may stand for 2.94 trillion: one flow
    ("Foreign investors have dumped nearly 3 trillion yen of Japanese bonds. "
     "Ministry of Finance data showed they sold a net 2.94 trillion yen of Japanese bonds.",
     [2.94e12]),
    # a lead in dollars restates the yen figure given with its dollar conversion later
    ("Japanese investors poured $6 billion into foreign stocks last week, finance ministry data showed.\n"
     "They bought a net 612 billion yen ($6 billion) of foreign stocks in the week to June 8.",
     [612e9]),
])
def test_restatements_are_one_flow(text: str, values: list[float]) -> None:
    assert sorted(f["amount"]["value"] for f in _flows(text)) == sorted(values)


# --- levels and holdings -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flows"), [
    # a running total of purchases is a flow; the holdings named after "and" are a level
    ("Investors in Japan bought $8.2 billion of Treasuries in March, bringing their purchases this year to "
     "$30.5 billion and their holdings of the debt to $1.09 trillion, Treasury data showed.",
     [("resident", "JP", "buy", 8.2e9), ("resident", "JP", "buy", 30.5e9)]),
    # money added to a portfolio is a flow, and so is the year's total the purchases reach
    ("That compares with Taiwan’s addition of $900 million to its portfolio of U.S. government securities, "
     "lifting its purchases this year to $4.1 billion, Treasury data showed.",
     [("resident", "TW", "buy", 0.9e9), ("resident", "TW", "buy", 4.1e9)]),
    # "funds that hold Japanese stocks" names the investor; it is not a level
    ("Exchange-traded funds attracted $820 million, while mutual funds that hold Japanese stocks saw outflows "
     "of $35.2 million, Lipper data showed.",
     [("unknown", None, "buy", 820e6), ("unknown", None, "sell", 35.2e6)]),
    # the holdings trimmed belong to the first verb; the second verb has its own figure
    ("Trust banks sold a net 402.5 billion yen of foreign stocks, trimming holdings after the rally, but bought "
     "318.9 billion yen of foreign long-term bonds, the finance ministry said.",
     [("resident", "JP", "sell", 402.5e9), ("resident", "JP", "buy", 318.9e9)]),
    # "publicly offered" names a kind of fund: the assets of such funds are a level
    ("Net assets of publicly offered investment trusts rose to a record 211.4 trillion yen at the end of May.", []),
])
def test_levels_are_not_flows_but_totals_are(text: str, flows: list[tuple[Any, ...]]) -> None:
    got = [(f["investor"]["side"], f["investor"]["economy"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == flows


# --- investors -----------------------------------------------------------------------------------

def test_a_country_qualifying_the_instrument_is_not_the_investor() -> None:
    text = ("U.S. Treasury sales by Japanese investors outpaced purchases in April.\n"
            "Fund managers in the country sold a net 1.2 trillion yen of U.S. government bonds, the Ministry of "
            "Finance said.")
    (f,) = _flows(text)
    assert _core(f) == ("resident", "JP", "long_term_debt", "foreign", "sell", 1.2e12, "JPY")


def test_investors_from_a_country_at_the_start_of_a_sentence() -> None:
    text = "Investors from Norway sold a net 230 billion won of South Korean shares in May, the regulator said."
    (f,) = _flows(text)
    assert (f["investor"]["side"], f["investor"]["economy"], f["direction"]) == ("resident", "NO", "sell")


def test_investors_based_in_a_country() -> None:
    text = "Singapore-based funds bought a net 88.1 billion yen of Japanese stocks in July, ministry data showed."
    (f,) = _flows(text, published="2025-09-08")
    assert f["investor"]["text"] == "Singapore-based funds"
    assert (f["instrument"], f["direction"]) == ("equity", "buy")


def test_securities_firms_are_their_own_investors() -> None:
    text = ("Japanese banks sold 310.2 billion yen of foreign bonds in May, while securities firms bought 95.4 "
            "billion yen of them.")
    banks, brokers = _flows(text)
    assert banks["investor"]["group"] == "banks"
    assert (brokers["investor"]["side"], brokers["investor"]["group"], brokers["investor"]["text"]) == \
        ("resident", "other", "securities firms")


def test_japanese_individuals_are_retail_investors() -> None:
    text = ("Japanese individuals, who had held on to their shares for years, dumped a net 412.3 billion yen of "
            "Japanese stocks last week, exchange data showed.")
    (f,) = _flows(text)
    assert (f["investor"]["side"], f["investor"]["group"], f["instrument"], f["direction"]) == ("resident", "retail", "equity", "sell")


# --- figures without a verb of their own ---------------------------------------------------------

def test_a_ranking_goes_on_the_way_of_the_flow_before_it() -> None:
    text = ("Canadian investors were the biggest net sellers in March, offloading shares worth 820 billion won.\n"
            "Investors from Ireland came next with 610 billion won, followed by Dutch investors with 450 billion won.")
    got = [(f["investor"]["economy"], f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text, "2024-04-08")]
    assert got == [("CA", "equity", "sell", 820e9), ("IE", "equity", "sell", 610e9), ("NL", "equity", "sell", 450e9)]


@pytest.mark.parametrize("lead", [
    "That was made up of",
    "This comprised",
    "That included",
])
def test_a_breakdown_splits_the_flow_before_it(lead: str) -> None:
    text = ("Japanese investors sold 2.4 trillion yen of foreign debt in May after buying 900 billion yen the month "
            "before, finance ministry data showed.\n"
            f"{lead} 2.1 trillion yen of long-term bonds and 300 billion yen of short-term notes.\n"
            "By investor type, trust banks sold 1.5 trillion yen.")
    got = [_core(f)[:6] for f in _flows(text, "2024-06-10")]
    assert got == [
        ("resident", "JP", "debt", "foreign", "sell", 2.4e12),
        ("resident", "JP", "debt", "foreign", "buy", 900e9),
        ("resident", "JP", "long_term_debt", "foreign", "sell", 2.1e12),
        ("resident", "JP", "short_term_debt", "foreign", "sell", 300e9),
        # the next investor type takes the whole flow's instrument, not the last part's
        ("resident", "JP", "debt", "foreign", "sell", 1.5e12),
    ]


# --- exchange data and currencies ----------------------------------------------------------------

EXCHANGE_STORY = (
    "Foreign investors sold a net 1.2 trillion yen of Japanese equities in the week to June 7, exchange data showed.\n"
    "They dumped 1.05 trillion yen of index futures and 150 billion yen of cash equities.\n"
    "Foreigners have still bought about 3.3 trillion yen of Japanese shares so far this year.\n"
    "Overseas investors have bought a net 2.1 trillion yen of Tokyo-listed stocks since April, the exchange said."
)


def test_foreigners_totals_in_an_exchange_story_are_cash_and_futures_together() -> None:
    got = [(f["instrument"], f["amount"]["value"]) for f in _flows(EXCHANGE_STORY)]
    assert ("other", 1.2e12) in got
    assert ("derivatives", 1.05e12) in got
    assert ("equity", 150e9) in got
    assert ("other", 3.3e12) in got  # no source of its own: the exchange's, named last
    assert ("equity", 2.1e12) in got  # listed stocks are cash shares


def test_a_total_said_to_include_futures_is_not_cash_equities() -> None:
    text = ("According to stock exchange data, overseas investors sold Japanese stocks worth a net 620 billion yen "
            "in May, including cash equities and futures.")
    (f,) = _flows(text)
    assert (f["investor"]["side"], f["instrument"], f["direction"]) == ("non_resident", "other", "sell")


@pytest.mark.parametrize(("text", "amount", "converted"), [
    ("Japanese investors bought foreign stocks worth $5.4 billion (810 billion yen) in May, finance ministry data showed.",
     (810e9, "JPY"), (5.4e9, "USD")),
    ("Japanese investors bought foreign stocks worth $5.4 billion, (810 billion yen) in May, finance ministry data showed.",
     (810e9, "JPY"), (5.4e9, "USD")),
    # U.S. data are in dollars: the yen are the restatement
    ("Japanese investors bought $5.4 billion (810 billion yen) of Treasuries in May, U.S. Treasury data showed.",
     (5.4e9, "USD"), (810e9, "JPY")),
])
def test_the_yen_figure_of_japanese_data_is_the_amount(text: str, amount: tuple[float, str], converted: tuple[float, str]) -> None:
    (f,) = _flows(text)
    assert (f["amount"]["value"], f["amount"]["currency"]) == amount
    assert [(x["value"], x["currency"]) for x in f["converted"]] == [converted]


# --- directions ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "directions"), [
    ("Purchases of Canadian government bonds by Japanese investors dropped for a second month, falling to "
     "12.6 billion yen in March from 81.4 billion yen in February, finance ministry data showed.",
     ["buy", "buy"]),
    ("Taiwan's purchases of Japanese bonds exceeded sales by 640 billion yen in the first half, Ministry of "
     "Finance data showed.", ["buy"]),
    ("Sales of French bonds by Japanese investors outpaced purchases by 930 billion yen in April, finance "
     "ministry data showed.", ["sell"]),
])
def test_the_flow_noun_not_the_verb_of_change_gives_the_direction(text: str, directions: list[str]) -> None:
    assert [f["direction"] for f in _flows(text)] == directions


# --- U.S. (TIC) data -----------------------------------------------------------------------------

def test_countries_listed_before_respectively_are_the_investors() -> None:
    text = ("The biggest buyers of U.S. debt in March were Japan and Britain, which bought $14.6 billion and "
            "$9.1 billion of debt, respectively, Treasury data showed.")
    got = [(f["investor"]["side"], f["investor"]["economy"], f["market"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("resident", "JP", "foreign", 14.6e9), ("resident", "GB", "foreign", 9.1e9)]


@pytest.mark.parametrize(("text", "instrument"), [
    ("Including short-term bills and banking flows, foreign investors bought $51.2 billion in March, "
     "U.S. Treasury data showed.", "other"),
    ("Including stocks and short-term debt, Japanese investors invested a net 2.9 trillion yen abroad during the "
     "week, Ministry of Finance data showed.", "securities"),
])
def test_a_total_including_other_flows_is_not_the_included_instrument(text: str, instrument: str) -> None:
    (f,) = _flows(text)
    assert (f["instrument"], f["direction"]) == (instrument, "buy")


# --- what is not a flow --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Japanese life insurers, which together manage about 95 trillion yen of assets, plan to keep buying foreign bonds.",
    "Japan's finance minister said the country had won approval to buy $6.2 billion of Indian government bonds.",
    "Investors bid a total of 4.8 billion euros at the sale of six-month bills, the agency said.",
    "Japanese investors have sold foreign bonds in April in 11 of the past 15 years, with average net selling of "
    "2.1 trillion yen.",
    # the figure is inside the clause whose subject is the central bank
    "Japanese investors were expected to seek returns abroad after the Bank of Japan pledged to pump $1.2 trillion "
    "into the economy.",
])
def test_not_flows(text: str) -> None:
    assert _flows(text) == []


@pytest.mark.parametrize(("text", "core"), [
    ("Trust banks, which manage pension money for companies, bought a net 180.5 billion yen of Japanese stocks "
     "last week, exchange data showed.",
     ("resident", "JP", "equity", "domestic", "buy", 180.5e9, "JPY")),
    # "in a bid to" is not an auction bid
    ("In a bid to cut currency risk, Japanese investors sold a net 311.9 billion yen of foreign bonds last week, "
     "finance ministry data showed.", ("resident", "JP", "long_term_debt", "foreign", "sell", 311.9e9, "JPY")),
    # a speaker's title after the figure is not a level
    ("Japanese investors bought a net 530.4 billion yen of foreign bonds, said Ken Oda, managing director at Kanda "
     "Research.", ("resident", "JP", "long_term_debt", "foreign", "buy", 530.4e9, "JPY")),
    ("Japanese investors have bought a monthly average of 1.4 trillion yen of foreign bonds this fiscal year, "
     "finance ministry data showed.",
     ("resident", "JP", "long_term_debt", "foreign", "buy", 1.4e12, "JPY")),
    ("Japan’s outward portfolio investment reached 1.9 trillion yen in August, the finance ministry said.",
     ("resident", "JP", "securities", "foreign", "buy", 1.9e12, "JPY")),
    # an epithet naming the investor as a holder of reserves does not make the figure a reserves figure
    ("China added to its Japanese debt in March. The biggest holder of foreign-exchange reserves raised net purchases "
     "of Japanese bills to 420 billion yen, Ministry of Finance data showed.",
     ("non_resident", "JP", "short_term_debt", "domestic", "buy", 420e9, "JPY")),
    ("Flows into emerging-market equity funds tracked by EPFR reached $3.9bn in the week to Wednesday.",
     ("unknown", None, "other", "foreign", "buy", 3.9e9, "USD")),
])
def test_flows(text: str, core: tuple[Any, ...]) -> None:
    (f,) = _flows(text)
    assert _core(f) == core


# --- instruments ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "instruments"), [
    # the instrument after a contrasted figure belongs to the next clause; the figure keeps the first one's
    ("Foreign investors sold a net 210.7 billion yen of Japanese stocks, after buying 341.2 billion yen in the "
     "previous week, as worries over Italy's debt talks hit risk appetite, Ministry of Finance data showed.",
     ["equity", "equity"]),
    ("Japanese investors bought a net 95.3 billion yen of foreign stocks after selling 402.6 billion yen the week "
     "before, and sold foreign bonds for a second week, offloading 118.9 billion yen, finance ministry data showed.",
     ["equity", "equity", "long_term_debt"]),
    # an aside between the figure and "worth of" does not cut them apart
    ("They acquired a net 1.32 trillion yen, the most since May, worth of Japanese long-term bonds, Ministry of "
     "Finance data showed.", ["long_term_debt"]),
    # a singular noun as a modifier names the instrument
    ("Their bond buying was up from 512.6 billion yen a week earlier, Ministry of Finance data showed.",
     ["long_term_debt"]),
])
def test_instrument_of_each_figure(text: str, instruments: list[str]) -> None:
    assert [f["instrument"] for f in _flows(text)] == instruments


def test_individuals_are_retail_investors() -> None:
    text = "Individuals sold a net 377.4 billion yen of Japanese stocks last week, exchange data showed."
    (f,) = _flows(text)
    assert (f["investor"]["group"], f["direction"]) == ("retail", "sell")


def test_funds_attracting_money_in_fund_flow_data() -> None:
    text = ("Exchange-traded funds that invest in Japan attracted $740 million in the week, Lipper data showed, "
            "while mutual funds saw outflows of $25.3 million.")
    got = [(f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("other", "buy", 740e6), ("other", "sell", 25.3e6)]


def test_exchange_totals_of_cash_and_futures_are_a_japanese_convention() -> None:
    text = ("SEOUL, Aug 5 - Foreigners dumped a net 2.6 trillion won of South Korean stocks and index futures on "
            "Monday as the KOSPI tumbled, while individual investors bought 1.4 trillion won of local shares.")
    got = [(f["investor"]["economy"], f["instrument"], f["direction"], f["amount"]["value"]) for f in _flows(text, "2024-08-05")]
    assert got == [("KR", "equity", "sell", 2.6e12), ("KR", "equity", "buy", 1.4e12)]


def test_a_sentence_without_figures_can_name_what_the_next_figure_is_of() -> None:
    text = ("Japanese investors bought 2.1 trillion yen of foreign stocks in 2023, Ministry of Finance data showed.\n"
            "Foreigners' appetite for Japanese bonds faded in the second half. They sold a net 1.7 trillion yen "
            "over the year.")
    got = [_core(f)[:5] for f in _flows(text, "2024-01-10")]
    assert got == [("resident", "JP", "equity", "foreign", "buy"), ("non_resident", "JP", "long_term_debt", "domestic", "sell")]


@pytest.mark.parametrize(("text", "core"), [
    ("Non-residents picked up 612.4 billion yen of Japanese bonds last week, Ministry of Finance data showed.",
     ("non_resident", "JP", "long_term_debt", "domestic", "buy", 612.4e9, "JPY")),
    # companies buying back their own shares are corporate purchases of Japanese stocks
    ("Companies added 287.5 billion yen through buybacks last week, exchange data showed.",
     ("resident", "JP", "equity", "domestic", "buy", 287.5e9, "JPY")),
    ("Business firms, busy with buybacks, were net buyers of 95.2 billion yen of Japanese shares, exchange data showed.",
     ("resident", "JP", "equity", "domestic", "buy", 95.2e9, "JPY")),
    ("In March, trust accounts sold 1.22 trillion yen of foreign stocks, finance ministry data showed.",
     ("resident", "JP", "equity", "foreign", "sell", 1.22e12, "JPY")),
])
def test_more_investors_and_verbs(text: str, core: tuple[Any, ...]) -> None:
    (f,) = _flows(text)
    assert _core(f) == core


def test_an_investor_after_the_figure_in_the_next_clause_is_not_its_own() -> None:
    text = ("Japanese investors sold 411.7 billion yen of foreign bonds and 208.3 billion yen of foreign stocks, "
            "while non-residents sold 97.5 billion yen of Japanese equities, finance ministry data showed.")
    got = [(f["investor"]["side"], f["instrument"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("resident", "long_term_debt", 411.7e9), ("resident", "equity", 208.3e9), ("non_resident", "equity", 97.5e9)]


def test_a_second_object_of_the_first_verb_after_an_aside() -> None:
    text = ("Japanese investors bought a net 402.1 billion yen of foreign stocks, as pension funds rebalanced after "
            "the global sell-off, and 187.6 billion yen of foreign bonds, finance ministry data showed.")
    got = [(f["instrument"], f["direction"]) for f in _flows(text)]
    assert got == [("equity", "buy"), ("long_term_debt", "buy")]


@pytest.mark.parametrize(("text", "core"), [
    ("In total, Japan-based investors sent a net 1.27 trillion yen into foreign securities last week, Ministry of "
     "Finance data showed.", ("resident", "JP", "securities", "foreign", "buy", 1.27e12, "JPY")),
    ("Japanese investors pushed a net 2.04 trillion yen into overseas securities during the week, Ministry of "
     "Finance data showed.", ("resident", "JP", "securities", "foreign", "buy", 2.04e12, "JPY")),
])
def test_money_sent_abroad(text: str, core: tuple[Any, ...]) -> None:
    (f,) = _flows(text)
    assert _core(f) == core


def test_a_central_bank_in_a_subordinate_clause_is_not_the_subject() -> None:
    text = ("Japanese investors bought 603.8 billion yen of foreign bonds, a second week of buying after the U.S. "
            "Federal Reserve cut rates, and sold 244.9 billion yen of foreign stocks, finance ministry data showed.")
    got = [(f["investor"]["economy"], f["instrument"], f["direction"]) for f in _flows(text)]
    assert got == [("JP", "long_term_debt", "buy"), ("JP", "equity", "sell")]


def test_foreigners_trading_another_markets_securities_are_not_in_japans_data() -> None:
    text = ("Foreign investors bought 512.2 billion yen of Japanese stocks last week, Ministry of Finance data showed.\n"
            "Elsewhere in Asia, foreigners offloaded a net $2.3 billion of Taiwanese stocks during the week.")
    got = [(f["investor"]["side"], f["investor"]["economy"], f["amount"]["value"]) for f in _flows(text)]
    assert got == [("non_resident", "JP", 512.2e9), ("non_resident", "TW", 2.3e9)]


def test_domestic_investors_in_another_markets_story_are_its_residents() -> None:
    text = ("TAIPEI, May 6 - Foreign investors sold a net NT$42.3 billion of Taiwan shares on Monday, exchange data "
            "showed.\nDomestic investment trusts, by contrast, were net buyers of NT$6.1 billion.")
    got = [(f["investor"]["side"], f["investor"]["economy"], f["direction"]) for f in _flows(text, "2025-05-06")]
    assert got == [("non_resident", "TW", "sell"), ("resident", "TW", "buy")]


def test_the_balance_of_all_capital_flows_is_not_one_investors_flow() -> None:
    text = ("Japanese investors bought 1.2 trillion yen of foreign bonds in May, finance ministry data showed. All in "
            "all that left a net capital outflow of 2.6 trillion yen from Japan, after a net inflow of 300 billion yen "
            "in April.")
    assert [f["amount"]["value"] for f in _flows(text)] == [1.2e12]
