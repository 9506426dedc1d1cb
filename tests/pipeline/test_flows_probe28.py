"""Constructions the forty-fourth to forty-seventh probe sets showed: "followed net purchases of X in the previous seven
days" (the week before, told in days). Stories written for these tests; figures are invented.
"""

from __future__ import annotations

from pipeline_cases import flows_by_amount, period_of


def test_the_previous_seven_days_is_the_week_before() -> None:
    flows = flows_by_amount("Overseas investors sold a net 915.4 billion yen of Japanese bonds with maturities of more than a "
                            "year in the week to June 15, the Ministry of Finance said. The sale followed net purchases of "
                            "402.7 billion yen in the previous seven days, and of 120.3 billion yen in the seven days before "
                            "that.", "2019-06-20")
    assert period_of(flows[915.4e9]) == ("week", "2019-06-09", "2019-06-15")
    assert period_of(flows[402.7e9]) == ("week", "2019-06-02", "2019-06-08")
    assert period_of(flows[120.3e9]) == ("week", "2019-05-26", "2019-06-01")
    assert flows[402.7e9]["role"] == "comparison"
