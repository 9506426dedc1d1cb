"""Periods and roles of flows written in constructions the fifth probe set showed: a story whose only
dated figure is a contrast ("a reversal from Y in the week ended March 7"), after a lead sentence that
names the story's own week; and a contrast word inside a figure's own clause ("bonds of more than a
year but added Y"), which does not make the next figure a contrast; an event's dates ("ahead of the
Bank of Japan's July 30-31 policy meeting"), which are no figure's period; and spans from January
worded as a half or a range of months, which are the year to date when they reach the latest monthly
data. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "the only dated figure is a contrast: the lead sentence's week heads the story",
        "Overseas investors rushed out of Japanese debt in the week to May 18, Ministry of Finance data "
        "showed on Thursday.\n\nThey sold a net 1.2034 trillion yen of long-term Japanese bonds, a reversal "
        "from 204.5 billion yen of net buying in the week ended May 11. They also sold 733.9 billion yen of "
        "Japanese stocks, up from 402.2 billion yen a week earlier.",
        "2024-05-23",
        [(1203400000000, "week", "2024-05-12", "2024-05-18", "headline"),
         (204500000000, "week", "2024-05-05", "2024-05-11", "comparison"),
         (733900000000, "week", "2024-05-12", "2024-05-18", "headline"),
         (402200000000, "week", "2024-05-05", "2024-05-11", "comparison")],
    ),
    Example(
        "'more than a year' in a maturity does not make the figure after 'but' a contrast",
        "Japanese investors bought a net 310.6 billion yen of foreign bonds in the week to Feb. 10, Ministry "
        "of Finance data showed on Thursday, after 95.1 billion yen a week earlier. Foreigners sold 64.3 "
        "billion yen of Japanese debt with maturities of more than a year but bought 188.9 billion yen of bills.",
        "2024-02-15",
        [(310600000000, "week", "2024-02-04", "2024-02-10", "headline"),
         (95100000000, "week", "2024-01-28", "2024-02-03", "comparison"),
         (64300000000, "week", "2024-02-04", "2024-02-10", "headline"),
         (188900000000, "week", "2024-02-04", "2024-02-10", "headline")],
    ),
    Example(
        "an event's dates after a figure are not its period",
        "Foreigners sold a net 388.2 billion yen of Japanese stocks in the week to July 20, Ministry of Finance "
        "data showed on Thursday, and cut 512.7 billion yen of long-term Japanese debt ahead of the Bank of "
        "Japan's July 30-31 policy meeting. They also pulled 1.0326 trillion yen out of Japanese bills.",
        "2024-07-25",
        [(388200000000, "week", "2024-07-14", "2024-07-20", "headline"),
         (512700000000, "week", "2024-07-14", "2024-07-20", "headline"),
         (1032600000000, "week", "2024-07-14", "2024-07-20", "headline")],
    ),
    Example(
        "the first half told the month after is the year to date",
        "Japanese life insurers sold a net 402.9 billion yen of foreign bonds in June, Ministry of Finance "
        "data showed on Monday, bringing their net sales in the first half to 1.3391 trillion yen.",
        "2024-07-08",
        [(402900000000, "month", "2024-06-01", "2024-06-30", "headline"),
         (1339100000000, "year_to_date", "2024-01-01", "2024-06-30", "cumulative")],
    ),
    Example(
        "a range of months from January told the month after is the year to date",
        "Foreign investors bought a net 610.4 billion yen of Japanese bonds in November. Between January and "
        "November they bought 8.2217 trillion yen.",
        "2024-12-09",
        [(610400000000, "month", "2024-11-01", "2024-11-30", "headline"),
         (8221700000000, "year_to_date", "2024-01-01", "2024-11-30", "cumulative")],
    ),
    Example(
        "a first half told months later stays a span of months",
        "Japanese investors bought a net 702.5 billion yen of foreign stocks in August. In the first half of "
        "2024 they had bought 2.4106 trillion yen.",
        "2024-10-08",
        [(702500000000, "month", "2024-08-01", "2024-08-31", "headline"),
         (2410600000000, "months", "2024-01-01", "2024-06-30", "cumulative")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_probe5_constructions(ex: Example) -> None:
    assert sorted(_rows(ex.text, ex.published)) == sorted(ex.flows)
