"""Constructions the thirty-sixth to thirty-ninth probe sets showed: "The ministry had first put that figure at X"
(a first release of the figure before); "Of the September total, U.S. bonds accounted for X" (a part of the total
told before, which is no smaller than the part); a cue in a when-aside ("since January 2023, when traders were
challenging the central bank's yield cap, and a reversal from net buying of X") is not the figure's. Stories written
for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of, side_direction_instrument


def test_a_first_release_of_that_figure() -> None:
    flows = flows_by_amount("Japanese investors bought 837.2 billion yen of foreign bonds in the week ended Aug. 15, after a "
                            "revised 1.2408 trillion yen the prior week. The ministry had first put that figure at 1.3294 "
                            "trillion yen.", "2026-08-20")
    assert period_of(flows[1.3294e12]) == ("week", "2026-08-02", "2026-08-08")
    assert flows[1.3294e12]["role"] == "other"


def test_a_part_of_the_total_told_before() -> None:
    flows = flows_by_amount("Japanese investors bought a net 2.11 trillion yen of foreign bonds in September. That compared "
                            "with net sales of 210.4 billion yen in August.\n\nOf the September total, U.S. bonds accounted "
                            "for 980.0 billion yen, almost half.", "2011-11-09")
    assert side_direction_instrument(flows[980.0e9]) == ("resident", "buy", "long_term_debt")


def test_a_cue_in_a_when_aside() -> None:
    flows = flows_by_amount("Non-residents sold a net 2.89 trillion yen of Japanese long-term debt in the week through March "
                            "23. That was the biggest outflow since January 2023, when traders were challenging the central "
                            "bank's yield cap, and a reversal from net buying of 1.16 trillion yen a week earlier.",
                            "2024-03-28")
    assert side_direction_instrument(flows[1.16e12]) == ("non_resident", "buy", "long_term_debt")
    assert period_of(flows[1.16e12]) == ("week", "2024-03-10", "2024-03-16")
