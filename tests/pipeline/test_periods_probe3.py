"""Periods and roles of flows written in constructions the third probe set showed: a week of a fiscal
year ("the last week of fiscal 2019"), a contrast of another flow in the same sentence, a period closing a coordinated list,
"the year's total", a total over instruments during a run,
the month of another release in a weekly story whose latest week reaches into that month, a figure
from an earlier release of the story's own month, days of other markets' daily figures. Stories
written for these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "the last week of a fiscal year is the week with most of its days before April",
        "Japanese investors bought a net 212.5 billion yen of overseas bonds in the week ended April 4, "
        "Ministry of Finance data showed on Thursday. They had sold 655.1 billion yen in the last week of "
        "fiscal 2019 as lenders trimmed positions ahead of the March 31 book closing.",
        "2020-04-09",
        [(212500000000, "week", "2020-03-29", "2020-04-04", "headline"),
         (655100000000, "week", "2020-03-22", "2020-03-28", "comparison")],
    ),
    Example(
        "a contrast after another flow's contrast is still the week before",
        "Overseas investors sold a net 318.2 billion yen of Japanese shares in the week to Oct. 12, Ministry of "
        "Finance data showed. Japanese investors bought 92.4 billion yen of foreign stocks, reversing net sales "
        "of 57.7 billion yen, and sold 402.9 billion yen of foreign bonds following 133.6 billion yen of net "
        "purchases.",
        "2024-10-17",
        [(318200000000, "week", "2024-10-06", "2024-10-12", "headline"),
         (92400000000, "week", "2024-10-06", "2024-10-12", "headline"),
         (57700000000, "week", "2024-09-29", "2024-10-05", "comparison"),
         (402900000000, "week", "2024-10-06", "2024-10-12", "headline"),
         (133600000000, "week", "2024-09-29", "2024-10-05", "comparison")],
    ),
    Example(
        "a period at the end of a list of figures is every figure's",
        "Japanese investors were steady buyers overseas, adding a net 4.4108 trillion yen of foreign bonds and "
        "2.0575 trillion yen of foreign shares in 2021, Ministry of Finance monthly data showed. In December "
        "they bought 310.6 billion yen of foreign bonds.",
        "2022-02-08",
        [(4410800000000, "year", "2021-01-01", "2021-12-31", "cumulative"),
         (2057500000000, "year", "2021-01-01", "2021-12-31", "cumulative"),
         (310600000000, "month", "2021-12-01", "2021-12-31", "headline")],
    ),
    Example(
        "a multiple of the week before is not a list",
        "Foreign investors bought a net 455.0 billion yen of Japanese stocks in the week to May 18. They raised "
        "purchases of Japanese bonds to 933.2 billion yen, about three times the 301.7 billion yen of the week "
        "before.",
        "2024-05-23",
        [(455000000000, "week", "2024-05-12", "2024-05-18", "headline"),
         (933200000000, "week", "2024-05-12", "2024-05-18", "headline"),
         (301700000000, "week", "2024-05-05", "2024-05-11", "comparison")],
    ),
    Example(
        "the year's total after a month's figure is the year",
        "Foreign investors sold 702.3 billion yen of Japanese stocks in December, Ministry of Finance monthly "
        "data showed, taking the year\u2019s total to 3.0567 trillion yen.",
        "2020-01-09",
        [(702300000000, "month", "2019-12-01", "2019-12-31", "headline"),
         (3056700000000, "year", "2019-01-01", "2019-12-31", "cumulative")],
    ),
    Example(
        "the year's tally in mid-year is the year to date",
        "Japanese investors bought a net 1.1204 trillion yen of foreign bonds in May, lifting the year's net "
        "tally to 6.8301 trillion yen, monthly data showed.",
        "2023-06-08",
        [(1120400000000, "month", "2023-05-01", "2023-05-31", "headline"),
         (6830100000000, "year_to_date", "2023-01-01", "2023-05-31", "cumulative")],
    ),
    Example(
        "a total over instruments in a run week is the week's",
        "Overseas investors bought Japanese bonds for a fifth week in a row in the week ended June 21, the "
        "finance ministry said. They purchased 418.9 billion yen of long-term bonds and 1.0035 trillion yen of "
        "short-term bills, bringing their overall net buying of Japanese securities to 1.2217 trillion yen.",
        "2025-06-26",
        [(418900000000, "week", "2025-06-15", "2025-06-21", "headline"),
         (1003500000000, "week", "2025-06-15", "2025-06-21", "headline"),
         (1221700000000, "week", "2025-06-15", "2025-06-21", "headline")],
    ),
    Example(
        "a month that the latest week reaches into is another release's figure",
        "Foreign investors sold a net 377.4 billion yen of Japanese stocks in the week ended July 4, Ministry of "
        "Finance data showed on Thursday. Monthly figures published on Monday showed they bought 2.1506 trillion "
        "yen of Japanese bonds in June. Japanese investors sold 905.2 billion yen of foreign bonds that month.",
        "2026-07-09",
        [(377400000000, "week", "2026-06-28", "2026-07-04", "headline"),
         (2150600000000, "month", "2026-06-01", "2026-06-30", "other"),
         (905200000000, "month", "2026-06-01", "2026-06-30", "other")],
    ),
    Example(
        "the story's month told from an earlier release is reported alongside",
        "Japanese investors sold a net 612.0 billion yen of German bonds in April, balance of payments data by "
        "country showed on Friday. Figures published earlier had shown they sold 1.4471 trillion yen of foreign "
        "bonds in total in April.",
        "2024-06-07",
        [(612000000000, "month", "2024-04-01", "2024-04-30", "headline"),
         (1447100000000, "month", "2024-04-01", "2024-04-30", "other")],
    ),
    Example(
        "other markets' daily figures are the day's, and their year to date ends that day",
        "Foreign investors sold Taiwanese and Indian stocks on Tuesday as chip shares slid.\n\n"
        "Offshore funds were net sellers of NT$41.7 billion of Taiwan shares, taking their net sales so far "
        "this year to NT$520.3 billion. Local investment trusts bought NT$6.1 billion.\n\n"
        "In Mumbai, overseas investors sold 21.5 billion rupees of Indian shares on Monday, provisional data "
        "showed, and have bought 860.2 billion rupees since January.",
        "2024-07-24",
        [(41700000000, "day", "2024-07-23", "2024-07-23", "headline"),
         (520300000000, "year_to_date", "2024-01-01", "2024-07-23", "cumulative"),
         (6100000000, "day", "2024-07-23", "2024-07-23", "headline"),
         (21500000000, "day", "2024-07-22", "2024-07-22", "headline"),
         (860200000000, "year_to_date", "2024-01-01", "2024-07-22", "cumulative")],
    ),
    Example(
        "a weekday by a yen figure is the release's or an event's, not the figure's",
        "Foreign investors bought a net 266.0 billion yen of Japanese stocks last week, the finance ministry "
        "said on Thursday. On Friday they had sold 95.3 billion yen of Japanese bonds, the ministry's data "
        "for the week ended Aug. 17 showed.",
        "2024-08-22",
        [(266000000000, "week", "2024-08-11", "2024-08-17", "headline"),
         (95300000000, "week", "2024-08-11", "2024-08-17", "headline")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_probe3_constructions(ex: Example) -> None:
    assert sorted(_rows(ex.text, ex.published)) == sorted(ex.flows)
