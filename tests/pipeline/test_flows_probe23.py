"""Constructions the twenty-sixth and twenty-seventh probe sets showed: "the 2007/08 year"; "over the 12 months"
after a contrast's year and a reference point; first-person and anaphoric totals ("I make it X over the 13
weeks", "That makes X over the two weeks"); "foreigners took X of Japanese equities"; "the first six months of the
fiscal year"; "in May last year"; a contrast's direction is not the noun that introduces the next figure; "below
December's X" is a contrast; an investor type's figure in a story of the month and the latest week is the
month's; "March was another strong month". Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_a_fiscal_year_written_with_a_slash_and_the_twelve_months() -> None:
    flows = flows_by_amount("Overseas investors sold a record 6.02 trillion yen of Japanese equities in the fiscal year "
                            "that ended in March. That was the largest net sale in records that start in 2005, and "
                            "compared with net selling of 1.911 trillion yen in the 2007/08 year.\n\nJapanese investors "
                            "kept adding to foreign assets. They bought a net 5.502 trillion yen of foreign long-term "
                            "bonds over the 12 months.", "2009-04-08")
    assert period_of(flows[1.911e12]) == ("fiscal_year", "2007-04-01", "2008-03-31")
    assert period_of(flows[5.502e12]) == ("fiscal_year", "2008-04-01", "2009-03-31")


def test_first_person_and_anaphoric_totals() -> None:
    flows = flows_by_amount("Japanese accounts bought foreign bonds for a 13th week running. The number for Aug. 1-7 "
                            "was 902.3 billion yen. I make it 10.51 trillion yen over the 13 weeks.", "2010-08-12")
    assert (side_direction_instrument(flows[10.51e12]), flows[10.51e12]["period"]["kind"]) == (("resident", "buy", "long_term_debt"), "weeks")
    flows = flows_by_amount("Non-residents sold a net 1.12 trillion yen of Japanese stocks in the week to March 23, "
                            "after selling 981.0 billion yen the week before. That makes 2.10 trillion yen over the two "
                            "weeks.", "2024-03-28")
    assert (side_direction_instrument(flows[2.10e12]), flows[2.10e12]["role"]) == (("non_resident", "sell", "equity"), "cumulative")


def test_foreigners_took_equities_and_not_out_of() -> None:
    flows = flows_by_amount("On the inward side, foreigners took 120.4 billion yen of Japanese equities in the week to "
                            "Aug. 7, and took 98.8 billion yen out of Japanese bonds.", "2010-08-12")
    assert [side_direction_instrument(flows[v]) for v in (120.4e9, 98.8e9)] == [("non_resident", "buy", "equity"),
                                                            ("non_resident", "sell", "long_term_debt")]


def test_the_first_months_of_the_fiscal_year() -> None:
    flows = flows_by_amount("Banks bought a net 802.1 billion yen of foreign bonds in September. Over the first six "
                            "months of the fiscal year that began in April, banks have bought 5.105 trillion yen of "
                            "overseas debt.", "2023-10-10")
    assert period_of(flows[5.105e12]) == ("months", "2023-04-01", "2023-09-30")


def test_a_month_last_year_and_the_direction_of_a_contrast() -> None:
    flows = flows_by_amount("Foreign investors bought a net 1.9 trillion yen of Japanese bonds in May. That was up from "
                            "1.4012 trillion yen in April and contrasted with a small net sale of 51.2 billion yen in May "
                            "last year.", "2011-06-09")
    assert (flows[1.4012e12]["direction"], period_of(flows[1.4012e12])) == ("buy", ("month", "2011-04-01", "2011-04-30"))
    assert (flows[51.2e9]["direction"], period_of(flows[51.2e9])) == ("sell", ("month", "2010-05-01", "2010-05-31"))


def test_below_a_months_figure_is_a_contrast() -> None:
    flows = flows_by_amount("Overseas investors bought a net 1.4401 trillion yen of Japanese stocks in January. The "
                            "figure was only slightly below December's 1.5102 trillion yen. Foreigners also bought a net "
                            "1.7703 trillion yen of Japanese bonds during the month.", "2007-02-08")
    assert (flows[1.5102e12]["role"], period_of(flows[1.5102e12])[2]) == ("comparison", "2006-12-31")
    assert period_of(flows[1.7703e12]) == ("month", "2007-01-01", "2007-01-31")


def test_an_investor_types_figure_is_the_months() -> None:
    flows = flows_by_amount("Japanese investors bought a net 2.0114 trillion yen of foreign bonds in October, data "
                            "showed. In the week to Nov. 6 they bought 402.2 billion yen. Banks were the biggest "
                            "buyers in the month, taking 811.5 billion yen of overseas debt.", "2010-11-11")
    assert period_of(flows[811.5e9]) == ("month", "2010-10-01", "2010-10-31")
    assert period_of(flows[402.2e9])[0] == "week"


def test_a_month_that_was_another_strong_month() -> None:
    flows = flows_by_amount("Non-residents bought a record 2.1 trillion yen of Japanese stocks in fiscal 2012, data "
                            "showed. February saw purchases of 1.2201 trillion yen. March was another strong month, with "
                            "non-residents putting 1.4402 trillion yen into Japanese equities.", "2013-04-08")
    assert period_of(flows[1.4402e12]) == ("month", "2013-03-01", "2013-03-31")
