"""Periods of flows written in constructions the second probe set showed: a fortnight, a run of weeks
"before that", adjectives that name a period ("second-quarter net selling"), "the half" after a named
fiscal half and the same span a year earlier, and a run's total marked "all told". Stories written for
these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

PERIOD_EXAMPLES = [
    Example(
        "a fortnight is two weeks ending with the latest",
        "Overseas funds purchased a net 902.3 billion yen of Japanese equities in the week to March 9, Ministry "
        "of Finance figures showed. Counting the 611.0 billion yen they bought the previous week, they have "
        "bought 1.513 trillion yen in a fortnight.",
        "2019-03-14",
        [(902300000000, "week", "2019-03-03", "2019-03-09", "headline"),
         (611000000000, "week", "2019-02-24", "2019-03-02", "comparison"),
         (1513000000000, "weeks", "2019-02-24", "2019-03-09", "cumulative")],
    ),
    Example(
        "a run of weeks before that ends the week before the latest",
        "Japanese investors sold a net 212.6 billion yen of overseas bonds in the week through June 8, the "
        "finance ministry said. Over the four weeks before that, they had bought 2.41 trillion yen.",
        "2024-06-13",
        [(212600000000, "week", "2024-06-02", "2024-06-08", "headline"),
         (2410000000000, "weeks", "2024-05-05", "2024-06-01", "cumulative")],
    ),
    Example(
        "a quarter named by an adjective",
        "Overseas investors sold 1.102 trillion yen of Japanese shares in June, lifting their second-quarter "
        "net selling to 2.7784 trillion yen, Ministry of Finance data showed.",
        "2023-07-10",
        [(1102000000000, "month", "2023-06-01", "2023-06-30", "headline"),
         (2778400000000, "quarter", "2023-04-01", "2023-06-30", "cumulative")],
    ),
    Example(
        "a fiscal year named by an adjective",
        "Japanese investors bought 702.5 billion yen of foreign bonds in March, taking their fiscal-year net "
        "purchases to 9.1107 trillion yen, Ministry of Finance data showed.",
        "2023-04-10",
        [(702500000000, "month", "2023-03-01", "2023-03-31", "headline"),
         (9110700000000, "fiscal_year", "2022-04-01", "2023-03-31", "cumulative")],
    ),
    Example(
        "a calendar half named by an adjective, told the month after: the year to date",
        "Japanese investors bought 702.5 billion yen of foreign bonds in June, taking their first-half net "
        "purchases to 9.1107 trillion yen, Ministry of Finance data showed.",
        "2024-07-10",
        [(702500000000, "month", "2024-06-01", "2024-06-30", "headline"),
         (9110700000000, "year_to_date", "2024-01-01", "2024-06-30", "cumulative")],
    ),
    Example(
        "the half named before, and the same span a year earlier",
        "Foreign investors bought a net 2.0417 trillion yen of Japanese bonds in the April-September first half "
        "of the fiscal year, the Ministry of Finance said. Their purchases of Japanese stocks in the half "
        "totalled 884.6 billion yen, against 3.1502 trillion yen in the same period a year earlier.",
        "2019-10-08",
        [(2041700000000, "months", "2019-04-01", "2019-09-30", "cumulative"),
         (884600000000, "months", "2019-04-01", "2019-09-30", "cumulative"),
         (3150200000000, "months", "2018-04-01", "2018-09-30", "comparison")],
    ),
    Example(
        "a run's total marked all told",
        "Foreign investors were net buyers of 418.2 billion yen of Japanese long-term bonds in the week to "
        "May 11, a fourth consecutive week of buying worth 2.16 trillion yen ($14 billion) all told.",
        "2024-05-16",
        [(418200000000, "week", "2024-05-05", "2024-05-11", "headline"),
         (2160000000000, "weeks", "2024-04-14", "2024-05-11", "cumulative")],
    ),
]


@pytest.mark.parametrize("ex", PERIOD_EXAMPLES, ids=lambda e: e.name)
def test_periods_probe2_constructions(ex: Example) -> None:
    assert _rows(ex.text, ex.published) == ex.flows
