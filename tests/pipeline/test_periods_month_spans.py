"""Spans of months told in words, and halves of a month: "from the period of April to May", "in May and June", and the span named
before read back by "over the two months" or "over the three months" (a quarter is three months; with no
such span named, the latest months, as "over the past two months"); "the first half of August" and "the
latter half of the month" (the month of the dates told before) are half a month, not half a year. Stories
written for these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "over the two months: the span of two months named before",
        "Overseas investors sold Japanese stocks from April to May 2019 as trade tensions rose. Over the two months, "
        "foreign investors sold a net 1.1 trillion yen of Japanese shares, exchange data showed.",
        "2019-06-10",
        [(1100000000000, "months", "2019-04-01", "2019-05-31", "cumulative")],
    ),
    Example(
        "from the period of May to June, then during the two months",
        "From the period of May to June 2018, overseas investors sold Japanese stocks for two straight months. "
        "During the two months, foreign investors sold a net 780 billion yen of Japanese stocks.",
        "2018-07-09",
        [(780000000000, "months", "2018-05-01", "2018-06-30", "cumulative")],
    ),
    Example(
        "in May and June: both months",
        "Foreign investors dumped a net 642.3 billion yen of Japanese equities in May and June, exchange data showed.",
        "2018-07-09",
        [(642300000000, "months", "2018-05-01", "2018-06-30", "cumulative")],
    ),
    Example(
        "over the three months after a quarter named by its months",
        "Japanese investors bought a net 1.2154 trillion yen of U.S. bonds in March. Over the January-March quarter "
        "their purchases of American debt came to 3.0712 trillion yen, three-quarters of the 4.0838 trillion yen of "
        "foreign bonds they bought over the three months.",
        "2024-05-13",
        [(1215400000000, "month", "2024-03-01", "2024-03-31", "headline"),
         (3071200000000, "quarter", "2024-01-01", "2024-03-31", "cumulative"),
         (4083800000000, "quarter", "2024-01-01", "2024-03-31", "cumulative")],
    ),
    Example(
        "over the two months with no span of two named before: the latest two months",
        "Japanese investors bought a net 520.1 billion yen of foreign bonds in June. Over the two months they "
        "bought 1.3 trillion yen of foreign stocks.",
        "2021-07-08",
        [(520100000000, "month", "2021-06-01", "2021-06-30", "headline"),
         (1300000000000, "months", "2021-05-01", "2021-06-30", "cumulative")],
    ),
    Example(
        "the first half of a month is half a month, not the year's first half",
        "Foreign investors bought a net 1.1 trillion yen of Japanese stocks in the first half of August, exchange "
        "data showed.",
        "2021-08-25",
        [(1100000000000, "other", "2021-08-01", "2021-08-15", "headline")],
    ),
    Example(
        "the latter half of the month: of the month of the dates told before",
        "Foreign investors sold a net 4.8 trillion won of Korean stocks between Aug. 1-12, but the selling slowed "
        "to 1.1 trillion won in the latter half of the month.",
        "2011-09-05",
        [(4800000000000, "other", "2011-08-01", "2011-08-12", "headline"),
         (1100000000000, "other", "2011-08-16", "2011-08-31", "headline")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_month_spans(ex: Example) -> None:
    assert _rows(ex.text, ex.published) == ex.flows
