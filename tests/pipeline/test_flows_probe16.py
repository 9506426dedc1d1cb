"""Constructions the sixteenth probe set showed: the lede that names the instrument without a figure, with other
securities in an aside ("..., as pension funds would move more money into overseas assets"); periods listed
"respectively" after the figures; "net purchases in the cash market" are shares; and the exchange's "prior week"
in a story that also gives the ministry's week is the exchange's Monday-to-Friday week; and, found by reconciling
the set, "Trust accounts at Japanese banks" and "the pension-linked accounts" are the trust accounts. Stories written
for these tests; figures are invented.
"""

from __future__ import annotations

from typing import Any

from pipeline_cases import flows_by_amount


def _row(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["instrument"], f["period"]["kind"], f["period"]["start"], f["period"]["end"], f["role"])


def test_the_lede_names_the_instrument_in_its_main_clause() -> None:
    flows = flows_by_amount("Japanese investors were net buyers of foreign stocks for the 10th week in a row, as "
                            "expectations grew that pension funds would move more money into overseas assets.\n"
                            "Net purchases amounted to 223.6 billion yen in the week to Aug. 23, against 257.7 billion "
                            "yen in the previous week.", "2014-08-28")
    assert [flows[v]["instrument"] for v in (223.6e9, 257.7e9)] == ["equity", "equity"]


def test_periods_listed_respectively() -> None:
    flows = flows_by_amount("Japanese investors bought 9.123 trillion yen and 6.719 trillion yen of foreign bonds in "
                            "fiscal 2009 and fiscal 2008, respectively.", "2010-04-08")
    assert _row(flows[9.123e12]) == ("long_term_debt", "fiscal_year", "2009-04-01", "2010-03-31", "cumulative")
    assert _row(flows[6.719e12]) == ("long_term_debt", "fiscal_year", "2008-04-01", "2009-03-31", "comparison")


def test_the_exchanges_prior_week_and_cash_market() -> None:
    flows = flows_by_amount(
        "Foreign investors were net buyers of Japanese shares for a fourth week in the five trading days to Oct. 20, "
        "exchange data showed. Overseas investors bought a net 436.2 billion yen worth of stocks on the Tokyo and "
        "Nagoya exchanges, Japan Exchange Group said, after net purchases of 612.0 billion yen in the prior week. "
        "Including index futures, their net buying came to 748.7 billion yen.\n"
        "In the four weeks, foreigners' net purchases in the cash market have totalled 2.151 trillion yen.\n"
        "Separate finance ministry figures, which count Sunday-to-Saturday weeks, showed non-residents bought 683.3 "
        "billion yen of Japanese stocks in the week ended Oct. 21.", "2017-10-26")
    assert _row(flows[612.0e9]) == ("equity", "week", "2017-10-09", "2017-10-13", "comparison")
    assert _row(flows[2.151e12])[0] == "equity"
    assert _row(flows[683.3e9])[2:4] == ("2017-10-15", "2017-10-21")


def test_trust_accounts_at_banks_are_the_trust_accounts() -> None:
    flows = flows_by_amount("Trust accounts at Japanese banks, which mostly handle public and corporate pension money, "
                            "bought a record 16.64 trillion yen of foreign bonds in fiscal 2020. Life insurers sold 163.0 "
                            "billion yen of foreign stocks. The pension-linked accounts were buyers of foreign equities, "
                            "however, acquiring 675.4 billion yen.", "2021-04-08")
    assert [flows[v]["investor"]["group"] for v in (16.64e12, 163.0e9, 675.4e9)] == ["trust_banks", "life_insurers", "trust_banks"]
