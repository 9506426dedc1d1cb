"""Periods and roles of flows written in constructions the fourth probe set showed: a run's sum named
by an adjective or a plural ("two-week net purchases", "a four-week tally of", "the five weeks of
buying"), and such a sum named between two figures ("X, lifting the three-week total to Y"), which is
the later figure's; a share "of the selling"
of the story's total, a contrast after "after" and a quoted sentence. Stories written for these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "an adjective run of weeks before net purchases names their sum",
        "Foreign investors bought a net 402.6 billion yen of Japanese shares in the week to March 9, Ministry "
        "of Finance data showed on Thursday. Their two-week net purchases came to 977.1 billion yen.",
        "2024-03-14",
        [(402600000000, "week", "2024-03-03", "2024-03-09", "headline"),
         (977100000000, "weeks", "2024-02-25", "2024-03-09", "cumulative")],
    ),
    Example(
        "the n weeks of selling as a subject name the run's sum",
        "Overseas funds sold Japanese bonds for a fifth week in the week ended Oct. 12, offloading 318.8 "
        "billion yen, Ministry of Finance data showed on Thursday. The five weeks of selling have taken "
        "1.9042 trillion yen out of the market.",
        "2024-10-17",
        [(318800000000, "week", "2024-10-06", "2024-10-12", "headline"),
         (1904200000000, "weeks", "2024-09-08", "2024-10-12", "cumulative")],
    ),
    Example(
        "a run of weeks opening the sentence wins over a later 'since early' month",
        "Foreign investors bought Japanese bonds for a fifth week in the week to April 20, purchasing 611.7 "
        "billion yen, Ministry of Finance data showed on Thursday. Five weeks of buying have brought "
        "2.2075 trillion yen into the market since mid-March.",
        "2024-04-25",
        [(611700000000, "week", "2024-04-14", "2024-04-20", "headline"),
         (2207500000000, "weeks", "2024-03-17", "2024-04-20", "cumulative")],
    ),
    Example(
        "'cumulative' before a figure after a streak names the streak's sum",
        "Japanese investors bought foreign stocks for a fourth straight week, Ministry of Finance data showed "
        "on Thursday, adding 318.4 billion yen in the week to May 11 (cumulative 1.118 trillion yen) and "
        "77.2 billion yen of foreign bonds.",
        "2024-05-16",
        [(318400000000, "week", "2024-05-05", "2024-05-11", "headline"),
         (1118000000000, "weeks", "2024-04-14", "2024-05-11", "cumulative"),
         (77200000000, "week", "2024-05-05", "2024-05-11", "headline")],
    ),
    Example(
        "the week before named after 'after' belongs to the contrasted flow, not the figure",
        "Japanese investors bought a net 512.3 billion yen of foreign bonds in the week to Sept. 14, Ministry "
        "of Finance data showed on Thursday. Foreigners bought 96.7 billion yen of Japanese stocks, after "
        "a small net sale the week before.",
        "2024-09-19",
        [(512300000000, "week", "2024-09-08", "2024-09-14", "headline"),
         (96700000000, "week", "2024-09-08", "2024-09-14", "headline")],
    ),
    Example(
        "a quoted sentence lends its month to no figure after it",
        "Japanese investors sold a net 301.5 billion yen of foreign bonds in the week to Feb. 10, Ministry of "
        "Finance data showed on Thursday. \"Banks will not add duration before the book closing in March,\" "
        "said an economist. Foreign investors bought 142.8 billion yen of Japanese stocks.",
        "2024-02-15",
        [(301500000000, "week", "2024-02-04", "2024-02-10", "headline"),
         (142800000000, "week", "2024-02-04", "2024-02-10", "headline")],
    ),
    Example(
        "a share 'of the selling' takes the period of the total, not of a smaller earlier record or a later month",
        "Japanese investors sold a record 9.1 trillion yen of foreign bonds in 2021, Ministry of Finance data "
        "showed on Wednesday. It beat the 2.1 trillion yen of selling in 2015 as the previous biggest. Banks "
        "accounted for 5.2 trillion yen of the selling and pension funds for 2.5 trillion yen, the data showed. "
        "Their selling was heavy in December, at 1.5 trillion yen.",
        "2022-02-09",
        [(9100000000000, "year", "2021-01-01", "2021-12-31", "cumulative"),
         (2100000000000, "year", "2015-01-01", "2015-12-31", "comparison"),
         (5200000000000, "year", "2021-01-01", "2021-12-31", "cumulative"),
         (2500000000000, "year", "2021-01-01", "2021-12-31", "cumulative"),
         (1500000000000, "month", "2021-12-01", "2021-12-31", "headline")],
    ),
    Example(
        "a figure in another market's money last week is that exchange's week, Monday to Friday",
        "Foreign funds bought a net 1.41 trillion won of South Korean shares last week, the biggest since June, "
        "as chipmakers rallied.",
        "2024-10-16",
        [(1410000000000, "week", "2024-10-07", "2024-10-11", "headline")],
    ),
    Example(
        "days of another market named 'from Tuesday to Thursday' head their own week beside Japan's",
        "Foreign investors sold a net 88.6 billion Taiwan dollars of Taiwanese shares from Tuesday to "
        "Thursday, bringing their net sales for the year so far to NT$402.1 billion. In Tokyo, foreigners "
        "bought 612.4 billion yen of Japanese stocks in the week to March 9, Japan's finance ministry said. "
        "They also bought NT$12.5 billion of Taiwan bonds in the same three sessions.",
        "2024-03-15",
        [(88600000000, "week", "2024-03-12", "2024-03-14", "headline"),
         (402100000000, "year_to_date", "2024-01-01", "2024-03-14", "cumulative"),
         (612400000000, "week", "2024-03-03", "2024-03-09", "headline"),
         (12500000000, "week", "2024-03-12", "2024-03-14", "headline")],
    ),
    Example(
        "a quarter named by its last month is that quarter, another statistic's own period",
        "Foreign investors bought a net NZ$3.2 billion of New Zealand government bonds in the March quarter, "
        "after selling NZ$1.1 billion in the December quarter, Statistics New Zealand figures showed.",
        "2024-06-12",
        [(3200000000, "quarter", "2024-01-01", "2024-03-31", "headline"),
         (1100000000, "quarter", "2023-10-01", "2023-12-31", "comparison")],
    ),
    Example(
        "'after three weeks in which' names a run ending the week before the latest, the later figure's, cited for contrast",
        "Japanese investors bought a net 95.2 billion yen of foreign bonds in the week to June 8, Ministry of "
        "Finance data showed on Thursday. Foreigners bought 204.9 billion yen of Japanese stocks, after three "
        "weeks in which they had sold a combined 1.402 trillion yen.",
        "2024-06-13",
        [(95200000000, "week", "2024-06-02", "2024-06-08", "headline"),
         (204900000000, "week", "2024-06-02", "2024-06-08", "headline"),
         (1402000000000, "weeks", "2024-05-12", "2024-06-01", "comparison")],
    ),
    Example(
        "'also' in a sentence without a period continues the last figure told, not a run or a contrast",
        "Offshore investors bought a net C$9.3 billion of Canadian bonds in the third quarter, after selling "
        "C$2.4 billion in the second quarter, Statistics Canada said. Non-residents also bought C$1.8 billion "
        "of Canadian stocks.",
        "2024-11-20",
        [(9300000000, "quarter", "2024-07-01", "2024-09-30", "headline"),
         (2400000000, "quarter", "2024-04-01", "2024-06-30", "comparison"),
         (1800000000, "quarter", "2024-07-01", "2024-09-30", "headline")],
    ),
    Example(
        "'also' after a run's sum is the latest week, not the run",
        "Foreigners sold Japanese bonds in the week to Oct. 5, Ministry of Finance data showed on Thursday, "
        "offloading 402.2 billion yen. They have sold 2.1 trillion yen over those four weeks. They also sold "
        "311.6 billion yen of bills.",
        "2024-10-10",
        [(402200000000, "week", "2024-09-29", "2024-10-05", "headline"),
         (2100000000000, "weeks", "2024-09-08", "2024-10-05", "cumulative"),
         (311600000000, "week", "2024-09-29", "2024-10-05", "headline")],
    ),
    Example(
        "a tally named between two figures is the later one's",
        "Japanese investors bought foreign bonds for a fourth week in the week to June 22, Ministry of "
        "Finance data showed on Thursday, adding 233.9 billion yen, for a four-week tally of 1.2518 trillion yen.",
        "2024-06-27",
        [(233900000000, "week", "2024-06-16", "2024-06-22", "headline"),
         (1251800000000, "weeks", "2024-05-26", "2024-06-22", "cumulative")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_probe4_constructions(ex: Example) -> None:
    assert sorted(_rows(ex.text, ex.published)) == sorted(ex.flows)
