"""Periods of figures told away from their dates, as the ninth probe set showed: "a year earlier" in a fiscal-year
story; a sentence opening on a pronoun that goes on with the fiscal year told before, and a contrast in it; a
year before ", when" and the figures coordinated in that clause; when a data series began ("since the ministry
began compiling the data in 2005") and the year of a date ("the week ended Oct. 6 last year"), neither a
figure's period; "has taken their cumulative sales to X" after a streak; "followed seven straight weeks of
buying worth X"; "since the start of January"; and, from the tenth probe set, the year told before for figures of
a year story that has named no month yet, "a year earlier" alone in a fiscal-year story, "ahead of the new
business year", "Their December purchases" and "That figure had first been reported as X"; and, from the eleventh, a period
before the sentence's first figure across ", with", and "across the four weeks". Stories written for
these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "a year earlier in a fiscal-year story is the fiscal year before",
        "Overseas investors sold a record 6.12 trillion yen of Japanese equities in the fiscal year that ended in "
        "March, finance ministry data showed. Non-residents also disposed of 2.57 trillion yen of Japanese bonds over "
        "the year, against net purchases of 3.50 trillion yen a year earlier.",
        "2024-04-08",
        [(6120000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (2570000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (3500000000000, "fiscal_year", "2022-04-01", "2023-03-31", "comparison")],
    ),
    Example(
        "a sentence opening on a pronoun goes on with the fiscal year told before",
        "Japanese investors bought 5.18 trillion yen of foreign stocks during fiscal 2023, finance ministry data "
        "showed. Their net purchases of foreign bonds slowed to 4.72 trillion yen from 9.09 trillion yen.",
        "2024-04-08",
        [(5180000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (4720000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (9090000000000, "fiscal_year", "2022-04-01", "2023-03-31", "comparison")],
    ),
    Example(
        "a year before a when-clause, and the figures coordinated in it",
        "Japan's life insurers sold a record 9.46 trillion yen of foreign bonds last year, finance ministry data "
        "showed. The selling marked an acceleration from 2022, when insurers sold a net 654.3 billion yen and banks "
        "1.83 trillion yen.",
        "2024-01-10",
        [(9460000000000, "year", "2023-01-01", "2023-12-31", "cumulative"),
         (654300000000, "year", "2022-01-01", "2022-12-31", "comparison"),
         (1830000000000, "year", "2022-01-01", "2022-12-31", "comparison")],
    ),
    Example(
        "when a data series began, and the year of a date, are no figure's period",
        "Overseas investors dumped 596.6 billion yen of Japanese bills in the week to March 2, the biggest weekly "
        "net sale since the ministry began compiling the weekly data in 2005, finance ministry data showed. They "
        "bought a net 1.464 trillion yen of Japanese equities, the most since the week ended Oct. 6 last year.",
        "2024-03-07",
        [(596600000000, "week", "2024-02-25", "2024-03-02", "headline"),
         (1464000000000, "week", "2024-02-25", "2024-03-02", "headline")],
    ),
    Example(
        "a streak that has taken the cumulative sales to X, and seven weeks of buying the figure followed",
        "Japanese investors sold 95.1 billion yen of foreign stocks in the week to April 6, finance ministry data "
        "showed, a 15th straight week of net selling that has taken their cumulative sales to 1.179 trillion yen. "
        "Foreign investors sold 20.0 billion yen of Japanese stocks. The outflow followed seven straight weeks of "
        "buying worth a combined 3.574 trillion yen.",
        "2024-04-11",
        [(95100000000, "week", "2024-03-31", "2024-04-06", "headline"),
         (1179000000000, "weeks", "2023-12-24", "2024-04-06", "cumulative"),
         (20000000000, "week", "2024-03-31", "2024-04-06", "headline"),
         (3574000000000, "weeks", "2024-02-11", "2024-03-30", "comparison")],
    ),
    Example(
        "since the start of January is the year to date",
        "Foreign investors purchased a net 318.6 billion yen of Japanese stocks in the week to March 22, exchange "
        "data showed. Their net purchases since the start of January now come to about 3.4 trillion yen.",
        "2024-03-28",
        [(318600000000, "week", "2024-03-18", "2024-03-22", "headline"),
         (3400000000000, "year_to_date", "2024-01-01", "2024-03-22", "cumulative")],
    ),
    Example(
        "a year story that has named no month yet: the figures go on with the fiscal year",
        "Japanese banks sold a record net 9.31 trillion yen of foreign bonds in the fiscal year that ended in March, "
        "finance ministry data showed. It was the second straight fiscal year of selling, after they shed 2.98 "
        "trillion yen in fiscal 2022. Life insurers and trust accounts kept buying, with net purchases of 3.43 "
        "trillion yen and 5.61 trillion yen, respectively. For life insurers that was less than half the 7.74 "
        "trillion yen they bought a year earlier. In March, life insurers bought 764.4 billion yen ahead of the new "
        "business year.",
        "2024-04-08",
        [(9310000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (2980000000000, "fiscal_year", "2022-04-01", "2023-03-31", "comparison"),
         (3430000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (5610000000000, "fiscal_year", "2023-04-01", "2024-03-31", "cumulative"),
         (7740000000000, "fiscal_year", "2022-04-01", "2023-03-31", "comparison"),
         (764400000000, "month", "2024-03-01", "2024-03-31", "headline")],
    ),
    Example(
        "a month before a flow noun, and a first release told in a sentence of its own",
        "Japanese investors bought 1.3913 trillion yen of foreign stocks in the week ended Aug. 10, finance ministry "
        "data showed, after 927.4 billion yen the week before. That figure had first been reported as 963.5 billion "
        "yen. Their July purchases, at 3.404 trillion yen, were the most this year.",
        "2024-08-15",
        [(1391300000000, "week", "2024-08-04", "2024-08-10", "headline"),
         (927400000000, "week", "2024-07-28", "2024-08-03", "comparison"),
         (963500000000, "week", "2024-07-28", "2024-08-03", "other"),
         (3404000000000, "month", "2024-07-01", "2024-07-31", "comparison")],
    ),
    Example(
        "a period before the first figure across ', with', and a run 'across the four weeks'",
        "Foreign investors bought a net 812.5 billion yen of Japanese stocks in the week to Aug. 3, a fourth straight "
        "week of buying, finance ministry data showed. A week earlier they had been small buyers, with net purchases "
        "of 36.7 billion yen. Across the four weeks their purchases add up to 1.60 trillion yen.",
        "2024-08-08",
        [(812500000000, "week", "2024-07-28", "2024-08-03", "headline"),
         (36700000000, "week", "2024-07-21", "2024-07-27", "comparison"),
         (1600000000000, "weeks", "2024-07-07", "2024-08-03", "cumulative")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_probe9_constructions(ex: Example) -> None:
    assert sorted(_rows(ex.text, ex.published)) == sorted(ex.flows)
