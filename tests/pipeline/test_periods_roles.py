"""Periods and roles of flows in short stories written for these tests (figures may echo real releases).

Each example lists, for every flow of the story in order, the amount, the period kind, start and end, and
the role. MoF weeks run Sunday..Saturday and are published the following Thursday; stock-exchange (JPX)
weeks run Monday..Friday.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import period_rows as _rows

ROLE_EXAMPLES = [
    # an exchange week (Mon..Fri) is the same week as the ministry week (Sun..Sat) it falls in: both headline
    Example(
        "exchange week and ministry week of the same calendar week",
        "Overseas investors sold a net 512.4 billion yen of Japanese shares in the week to Oct. 11, exchange "
        "data showed. They dumped 402.1 billion yen of cash equities and 110.3 billion yen of derivatives. "
        "Separately, Ministry of Finance data showed foreigners bought 803.2 billion yen of long-term Japanese "
        "bonds last week.",
        "2024-10-17",
        [
            (512400000000, "week", "2024-10-07", "2024-10-11", "headline"),
            (402100000000, "week", "2024-10-07", "2024-10-11", "headline"),
            (110300000000, "week", "2024-10-07", "2024-10-11", "headline"),
            (803200000000, "week", "2024-10-06", "2024-10-12", "headline"),
        ],
    ),
    # "a week ago" next to the latest week's figure is the week before it, not the week before publication
    Example(
        "a week ago is the week before the headline week",
        "Foreigners bought 842.2 billion yen of long-term Japanese bonds last week, after net selling of "
        "1.12 trillion yen a week ago, Ministry of Finance data showed.",
        "2024-04-04",
        [
            (842200000000, "week", "2024-03-24", "2024-03-30", "headline"),
            (1120000000000, "week", "2024-03-17", "2024-03-23", "comparison"),
        ],
    ),
    # fund-flow weeks end mid-week: "the seven days to Wednesday" ends on the last Wednesday
    Example(
        "a week named by its last weekday",
        "Japan equity funds attracted a net $2.35 billion in the seven days to Wednesday, fund tracker EPFR said.",
        "2021-06-11",
        [(2350000000, "week", "2021-06-03", "2021-06-09", "headline")],
    ),
    # a period after a figure but behind "bringing ... total" or a comparison belongs to the next figure
    Example(
        "a running total takes the period that introduces it",
        "Japanese investors bought a net 1.25 trillion yen of foreign bonds in August, balance of payments data "
        "showed. They bought 512.6 billion yen of Australian bonds, bringing their net buying so far this year "
        "to 2.9 trillion yen.",
        "2019-10-08",
        [
            (1250000000000, "month", "2019-08-01", "2019-08-31", "headline"),
            (512600000000, "month", "2019-08-01", "2019-08-31", "headline"),
            (2900000000000, "year_to_date", "2019-01-01", "2019-08-31", "cumulative"),
        ],
    ),
    Example(
        "a comparison takes the period that introduces it",
        "Foreign investors bought a net 610.5 billion yen of Japanese stocks, up from the previous week's "
        "201.7 billion yen, Ministry of Finance data showed on Thursday.",
        "2020-02-13",
        [
            (610500000000, "week", "2020-02-02", "2020-02-08", "headline"),
            (201700000000, "week", "2020-01-26", "2020-02-01", "comparison"),
        ],
    ),
    Example(
        "more than one year is a maturity, not a comparison",
        "Foreigners bought a net 1.3 trillion yen of Japanese bonds maturing in more than one year in the week "
        "ended Feb. 8, Ministry of Finance data showed.",
        "2020-02-13",
        [(1300000000000, "week", "2020-02-02", "2020-02-08", "headline")],
    ),
    # the same stretch of last year: a year to date a year earlier, cited for contrast
    Example(
        "the same period last year",
        "Foreign investors have bought 4.2 trillion yen of Japanese stocks so far this year, against net selling "
        "of 310.8 billion yen in the same period last year, Ministry of Finance data showed on Thursday.",
        "2019-08-01",
        [
            (4200000000000, "year_to_date", "2019-01-01", "2019-07-27", "cumulative"),
            (310800000000, "year_to_date", "2018-01-01", None, "comparison"),
        ],
    ),
    Example(
        "last year's figure beside a year to date",
        "Since the start of the year Japanese investors have sold 3.1 trillion yen of foreign bonds, twice last "
        "year's 1.55 trillion yen, Ministry of Finance data showed on Thursday.",
        "2019-08-01",
        [
            (3100000000000, "year_to_date", "2019-01-01", "2019-07-27", "cumulative"),
            (1550000000000, "year_to_date", "2018-01-01", None, "comparison"),
        ],
    ),
    Example(
        "months of this year against the same months of an earlier year",
        "In the first two quarters of this year Japanese investors bought a net 6.4 trillion yen of foreign "
        "securities, compared with 2.2 trillion yen during the same period of 2017, balance of payments data showed.",
        "2019-08-08",
        [
            (6400000000000, "year_to_date", "2019-01-01", "2019-06-30", "cumulative"),
            (2200000000000, "year_to_date", "2017-01-01", "2017-06-30", "comparison"),
        ],
    ),
    # the figure after a running total is a figure of the headline month again, not part of the total
    Example(
        "a running total lends its period to nothing after it",
        "Japanese investors bought a net 1.25 trillion yen of foreign bonds in August, balance of payments data "
        "showed. They bought 512.6 billion yen of Australian bonds, bringing their net buying so far this year "
        "to 2.9 trillion yen, and added 230.4 billion yen of Canadian bonds.",
        "2019-10-08",
        [
            (1250000000000, "month", "2019-08-01", "2019-08-31", "headline"),
            (512600000000, "month", "2019-08-01", "2019-08-31", "headline"),
            (2900000000000, "year_to_date", "2019-01-01", "2019-08-31", "cumulative"),
            (230400000000, "month", "2019-08-01", "2019-08-31", "headline"),
        ],
    ),
    # a named week of a month follows the convention of its data: exchange weeks run Monday..Friday
    Example(
        "a named week of a month in exchange data",
        "Foreign investors sold a net 301.2 billion yen of Japanese shares in the week to April 9, exchange data "
        "showed, after buying 455.0 billion yen in the second week of March.",
        "2021-04-15",
        [
            (301200000000, "week", "2021-04-05", "2021-04-09", "headline"),
            (455000000000, "week", "2021-03-08", "2021-03-12", "comparison"),
        ],
    ),
    # a reference point ("the most since X") is not the figure's period, but it is the period of the
    # figure in its when-clause
    Example(
        "the period of a when-clause after a reference point",
        "Japanese investors sold a net 1.62 trillion yen of foreign bonds in March, the most since September "
        "2019, when they dumped 1.71 trillion yen, Ministry of Finance data showed.",
        "2021-04-08",
        [
            (1620000000000, "month", "2021-03-01", "2021-03-31", "headline"),
            (1710000000000, "month", "2019-09-01", "2019-09-30", "comparison"),
        ],
    ),
    Example(
        "a dated week before a when-clause",
        "Foreigners bought a net 1.06 trillion yen of Japanese stocks in the week to Nov. 14, the biggest "
        "weekly purchase since the week to Oct. 3, 2020, when they bought 1.19 trillion yen, Ministry of "
        "Finance data showed.",
        "2020-11-19",
        [
            (1060000000000, "week", "2020-11-08", "2020-11-14", "headline"),
            (1190000000000, "week", "2020-09-27", "2020-10-03", "comparison"),
        ],
    ),
    # in a weekly story, a month before the latest week is cited for contrast, or reported from a monthly
    # release of its own ("other")
    Example(
        "a month cited in a weekly story",
        "Foreign investors bought a net 722.4 billion yen of Japanese bonds in the week to Dec. 7, Ministry of "
        "Finance data showed. They had sold 1.31 trillion yen of bonds in November.",
        "2019-12-12",
        [
            (722400000000, "week", "2019-12-01", "2019-12-07", "headline"),
            (1310000000000, "month", "2019-11-01", "2019-11-30", "comparison"),
        ],
    ),
    Example(
        "a month from a monthly release in a weekly story",
        "Foreign investors bought a net 722.4 billion yen of Japanese bonds in the week to Dec. 7, Ministry of "
        "Finance data showed. Monthly figures released on Monday showed they sold 1.31 trillion yen of "
        "Japanese bonds in November.",
        "2019-12-12",
        [
            (722400000000, "week", "2019-12-01", "2019-12-07", "headline"),
            (1310000000000, "month", "2019-11-01", "2019-11-30", "other"),
        ],
    ),
    # a story that dates its week only in a sentence without figures: that week heads the story
    Example(
        "the story's week named in a sentence without figures",
        "U.S.-based funds that hold Japanese stocks reported their 12th straight week of inflows in the week "
        "ended Oct. 16, fund tracker Lipper said. Japan equity funds attracted $820 million in the latest "
        "week, above the previous week's inflows of $640 million.",
        "2019-10-17",
        [
            (820000000, "week", "2019-10-10", "2019-10-16", "headline"),
            (640000000, "week", "2019-10-03", "2019-10-09", "comparison"),
        ],
    ),
    # a sentence about investors that gives no figure dates the figures of the next sentence; a run of
    # months contrasted with a month ends the month before it
    Example(
        "the period of the sentence before, and a run before the contrasted month",
        "Japanese investors returned to Australian bonds in June for the first time in five months. They "
        "bought a net 312.7 billion yen of the bonds, after selling 1.04 trillion yen over the past four months.",
        "2020-08-11",
        [
            (312700000000, "month", "2020-06-01", "2020-06-30", "headline"),
            (1040000000000, "months", "2020-02-01", "2020-05-31", "cumulative"),
        ],
    ),
    # ... but not when that sentence is about something else or its period is a reference point
    Example(
        "the period of a sentence without investors is not inherited",
        "Foreign investors sold a net 655.1 billion yen of Japanese stocks in the week to Oct. 3, Ministry of "
        "Finance data showed. The Bank of Japan meets in October. Foreign investors sold 210.6 billion yen of "
        "Japanese bonds.",
        "2020-10-08",
        [
            (655100000000, "week", "2020-09-27", "2020-10-03", "headline"),
            (210600000000, "week", "2020-09-27", "2020-10-03", "headline"),
        ],
    ),
    # the mark a new figure passed is cited for contrast
    Example(
        "a previous record",
        "Foreign investors have bought a net 8.1 trillion yen of Japanese stocks so far this year, Ministry of "
        "Finance data showed on Thursday, beating the previous record of 7.6 trillion yen set in 2013.",
        "2021-10-14",
        [
            (8100000000000, "year_to_date", "2021-01-01", "2021-10-09", "cumulative"),
            (7600000000000, "year", "2013-01-01", "2013-12-31", "comparison"),
        ],
    ),
    # the ministry's quarters and years are sums of its months; the exchanges publish annual figures of their own
    Example(
        "a quarter of ministry data is a sum",
        "Japanese investors bought a net 3.12 trillion yen of foreign bonds in the April-June quarter, Ministry "
        "of Finance data showed on Monday.",
        "2021-07-12",
        [(3120000000000, "quarter", "2021-04-01", "2021-06-30", "cumulative")],
    ),
    Example(
        "a fiscal year before the latest one is a comparison",
        "For the fiscal year ended in March, Japanese investors bought 4.05 trillion yen of foreign bonds, "
        "well short of the 9.91 trillion yen of fiscal 2019, Ministry of Finance data showed.",
        "2021-04-08",
        [
            (4050000000000, "fiscal_year", "2020-04-01", "2021-03-31", "cumulative"),
            (9910000000000, "fiscal_year", "2019-04-01", "2020-03-31", "comparison"),
        ],
    ),
    Example(
        "an exchange's annual figure is its own release",
        "Overseas investors sold a net 6.3 trillion yen of Japanese shares in 2018, data from the Tokyo Stock "
        "Exchange showed on Thursday.",
        "2019-01-10",
        [(6300000000000, "year", "2018-01-01", "2018-12-31", "headline")],
    ),
    # "bringing net ... to", "which lifted their total ... to": running totals without a determiner
    Example(
        "a running total without a determiner",
        "Foreigners sold a net 388.2 billion yen of Japanese shares, their fifth straight week of selling, "
        "bringing net outflows since the start of the year to 2.41 trillion yen, Ministry of Finance data "
        "showed on Thursday.",
        "2016-02-11",
        [
            (388200000000, "week", "2016-01-31", "2016-02-06", "headline"),
            (2410000000000, "year_to_date", "2016-01-01", "2016-02-06", "cumulative"),
        ],
    ),
    # a possessive period ("June's") qualifies the figure after it
    Example(
        "a possessive period belongs to the next figure",
        "Foreign investors sold a net 316.7 billion yen of Japanese stocks in July, Ministry of Finance data "
        "showed. They bought 1.02 trillion yen of long-term Japanese bonds, reversing June's 844.1 billion yen "
        "of selling.",
        "2019-08-08",
        [
            (316700000000, "month", "2019-07-01", "2019-07-31", "headline"),
            (1020000000000, "month", "2019-07-01", "2019-07-31", "headline"),
            (844100000000, "month", "2019-06-01", "2019-06-30", "comparison"),
        ],
    ),
    # a period of a past-perfect clause is that clause's only: the main clause's figure is the headline's
    Example(
        "a period of a past-perfect clause is not inherited",
        "Foreign investors bought a net 712.5 billion yen of Japanese bonds in the week to Sept. 14, Ministry "
        "of Finance data showed. Foreign investors, who had dumped 402.8 billion yen of Japanese shares in the "
        "week to Sept. 7, returned as net buyers of 255.3 billion yen.",
        "2019-09-19",
        [
            (712500000000, "week", "2019-09-08", "2019-09-14", "headline"),
            (402800000000, "week", "2019-09-01", "2019-09-07", "comparison"),
            (255300000000, "week", "2019-09-08", "2019-09-14", "headline"),
        ],
    ),
    # ... while parallel clauses share it
    Example(
        "parallel clauses share a period",
        "Monthly figures released on Monday showed foreigners bought a net 503.2 billion yen of Japanese stocks "
        "in May, while Japanese investors bought 611.4 billion yen of foreign equities.",
        "2019-06-10",
        [
            (503200000000, "month", "2019-05-01", "2019-05-31", "headline"),
            (611400000000, "month", "2019-05-01", "2019-05-31", "headline"),
        ],
    ),
    # "from" inside a period expression or before a name does not make a contrast
    Example(
        "from in a period is not a contrast",
        "Foreigners bought a net 512.3 billion yen of cash equities in the five trading days from June 10, but "
        "sold a net 98.1 billion yen of index futures, exchange data showed.",
        "2019-06-20",
        [
            (512300000000, "week", "2019-06-10", "2019-06-14", "headline"),
            (98100000000, "week", "2019-06-10", "2019-06-14", "headline"),
        ],
    ),
    # a run since a month counts the weeks of the streak it belongs to, in the ministry's convention
    Example(
        "a run since a month takes the length of its streak",
        "The finance ministry's weekly figures, for the week from March 7 to 13, showed non-residents sold a "
        "net 902.6 billion yen of Japanese stocks, the fourth straight week of outflows, bringing selling since "
        "mid-February to 2.75 trillion yen.",
        "2021-03-18",
        [
            (902600000000, "week", "2021-03-07", "2021-03-13", "headline"),
            (2750000000000, "weeks", "2021-02-14", "2021-03-13", "cumulative"),
        ],
    ),
    # a period after ", and" is not the previous figure's
    Example(
        "a period after a clause break belongs to what follows",
        "Japanese investors bought a net 820.5 billion yen of foreign bonds in the week to July 20, Ministry of "
        "Finance data showed. That brought their net buying over the nine weeks to 5.62 trillion yen, and "
        "year-to-date net purchases to 7.08 trillion yen.",
        "2019-07-25",
        [
            (820500000000, "week", "2019-07-14", "2019-07-20", "headline"),
            (5620000000000, "weeks", "2019-05-19", "2019-07-20", "cumulative"),
            (7080000000000, "year_to_date", "2019-01-01", "2019-07-20", "cumulative"),
        ],
    ),
    # "the biggest ... since January" is a reference point like "since June", not a year to date
    Example(
        "since January after a superlative is a reference point",
        "Japanese investors sold 1.83 trillion yen of foreign bonds in June, the biggest monthly net sale since "
        "January, Ministry of Finance data showed.",
        "2019-07-08",
        [(1830000000000, "month", "2019-06-01", "2019-06-30", "headline")],
    ),
    # "at the same time": the period of the figure before, a running total only in the present perfect
    Example(
        "at the same time continues a running total in the present perfect",
        "So far this year Japanese investors have sold 4.6 trillion yen of foreign bonds, Ministry of Finance "
        "data showed on Thursday. At the same time they have bought 2.2 trillion yen of foreign stocks.",
        "2019-06-13",
        [
            (4600000000000, "year_to_date", "2019-01-01", "2019-06-08", "cumulative"),
            (2200000000000, "year_to_date", "2019-01-01", "2019-06-08", "cumulative"),
        ],
    ),
    Example(
        "at the same time with a simple past is the latest week",
        "Foreigners sold a net 612.9 billion yen of Japanese stocks in the week ended June 8, Ministry of Finance "
        "data showed. Over the five weeks, foreigners have withdrawn 2.1 trillion yen from Japanese shares. At the "
        "same time, they bought 803.5 billion yen of Japanese bonds.",
        "2019-06-13",
        [
            (612900000000, "week", "2019-06-02", "2019-06-08", "headline"),
            (2100000000000, "weeks", "2019-05-05", "2019-06-08", "cumulative"),
            (803500000000, "week", "2019-06-02", "2019-06-08", "headline"),
        ],
    ),
    # a run told in the past perfect ended before the latest week; "the end of March" is March's last week
    Example(
        "a past-perfect run since the end of a month",
        "Foreigners sold a net 271.4 billion yen of Japanese stocks in the week to June 22, Ministry of Finance "
        "data showed. They had been net buyers every week since the end of March, snapping up a cumulative "
        "5.8 trillion yen.",
        "2019-06-27",
        [
            (271400000000, "week", "2019-06-16", "2019-06-22", "headline"),
            (5800000000000, "weeks", "2019-03-24", "2019-06-15", "cumulative"),
        ],
    ),
    # in a monthly story, an earlier month told from a release of its own is "other", one cited for contrast
    # a comparison
    Example(
        "an earlier month from another release in a monthly story",
        "Japanese investors bought a net 2.31 trillion yen of foreign bonds in April, Ministry of Finance data "
        "showed on Monday, after 1.05 trillion yen in March. They bought a net 1.48 trillion yen of U.S. bonds "
        "in February, balance-of-payments data showed.",
        "2019-05-13",
        [
            (2310000000000, "month", "2019-04-01", "2019-04-30", "headline"),
            (1050000000000, "month", "2019-03-01", "2019-03-31", "comparison"),
            (1480000000000, "month", "2019-02-01", "2019-02-28", "other"),
        ],
    ),
    # "a year earlier" beside a year's figure is the year before that year, not before publication
    Example(
        "a year earlier than the figure's year",
        "Japanese investors bought 1.12 trillion yen of foreign bonds over the calendar year 2018, after selling "
        "3.05 trillion yen a year earlier, Ministry of Finance data showed.",
        "2019-02-08",
        [
            (1120000000000, "year", "2018-01-01", "2018-12-31", "cumulative"),
            (3050000000000, "year", "2017-01-01", "2017-12-31", "comparison"),
        ],
    ),
    # the only month named belongs to a contrast: the headline is the month after it
    Example(
        "a month contrasted is the month before the headline",
        "Japanese investors sold 374.2 billion yen of foreign bonds, while foreigners sold 418.9 billion yen of "
        "Japanese equities after buying 978.6 billion yen in November, Ministry of Finance data showed.",
        "2020-01-10",
        [
            (374200000000, "month", "2019-12-01", "2019-12-31", "headline"),
            (418900000000, "month", "2019-12-01", "2019-12-31", "headline"),
            (978600000000, "month", "2019-11-01", "2019-11-30", "comparison"),
        ],
    ),
    # a contrast word in an earlier clause does not make the figure after ", while" a contrast
    Example(
        "a contrast word before a clause break",
        "Japanese investors bought a record 1.22 trillion yen of foreign stocks in October, as funds picked up "
        "bargains after the sell-off abroad, while adding 214.9 billion yen of foreign bonds, Ministry of Finance "
        "data showed.",
        "2008-11-10",
        [
            (1220000000000, "month", "2008-10-01", "2008-10-31", "headline"),
            (214900000000, "month", "2008-10-01", "2008-10-31", "headline"),
        ],
    ),
    # "that month" is the month last named before it
    Example(
        "that month is the month named before",
        "Japanese investors bought a net 1.9 trillion yen of foreign bonds in May, Ministry of Finance data "
        "showed. Worries about U.S. rates peaked in April. Over that month, they sold a net 620.4 billion yen "
        "of foreign bonds.",
        "2019-06-10",
        [
            (1900000000000, "month", "2019-05-01", "2019-05-31", "headline"),
            (620400000000, "month", "2019-04-01", "2019-04-30", "comparison"),
        ],
    ),
    # "the end of the fiscal year" describes the figure's context, it is not its period
    Example(
        "the end of the fiscal year is not a figure's period",
        "Foreign investors sold a net 1.21 trillion yen of Japanese stocks in the week to March 9, exchange data "
        "showed. Trust banks bought a net 302.5 billion yen, as pension funds rebalanced before the end of the "
        "fiscal year on March 31.",
        "2018-03-15",
        [
            (1210000000000, "week", "2018-03-05", "2018-03-09", "headline"),
            (302500000000, "week", "2018-03-05", "2018-03-09", "headline"),
        ],
    ),
    # a streak's running total "that has brought in Y" covers the streak's weeks
    Example(
        "a streak's running total brought in",
        "Foreign investors bought a net 640.2 billion yen of Japanese stocks in the week ended Nov. 16, a third "
        "straight week of buying that has brought in 1.75 trillion yen, Ministry of Finance data showed.",
        "2019-11-21",
        [
            (640200000000, "week", "2019-11-10", "2019-11-16", "headline"),
            (1750000000000, "weeks", "2019-10-27", "2019-11-16", "cumulative"),
        ],
    ),
    # ... but "X last year" without the possessive is the whole of last year
    Example(
        "last year beside a year to date, not possessive",
        "Foreign investors have bought 3.2 trillion yen of Japanese shares so far this year, compared with net "
        "selling of 4.1 trillion yen last year, Ministry of Finance data showed on Thursday.",
        "2019-08-01",
        [
            (3200000000000, "year_to_date", "2019-01-01", "2019-07-27", "cumulative"),
            (4100000000000, "year", "2018-01-01", "2018-12-31", "comparison"),
        ],
    ),
    # a year that is not over yet is a year to date
    Example(
        "a running total for a year not over yet",
        "Japanese investors bought 1.05 trillion yen of foreign bonds in June, bringing their purchases for 2019 "
        "to 6.2 trillion yen, Ministry of Finance data showed.",
        "2019-08-08",
        [
            (1050000000000, "month", "2019-06-01", "2019-06-30", "headline"),
            (6200000000000, "year_to_date", "2019-01-01", "2019-06-30", "cumulative"),
        ],
    ),
    # an undated story: the figure's own period kind is known even when its dates are not
    Example(
        "this week in an undated story",
        "Individual investors were net sellers this week, unloading a net 243.1 billion yen of Japanese stocks.",
        None,
        [(243100000000, "week", None, None, "headline")],
    ),
    # a ministry story whose figure names no period reports the latest weekly release, even when the story
    # mentions a year for something else
    Example(
        "undated ministry figure in a story that names a year for something else",
        "Tokyo shares rose 16 percent in 2020 and have started the new year firmly. Foreign investors bought a net 905.3 "
        "billion yen of Japanese stocks, the latest Ministry of Finance data showed on Thursday.",
        "2021-01-21",
        [(905300000000, "week", "2021-01-10", "2021-01-16", "headline")],
    ),
    # "the previous fiscal year" is the one before the story's fiscal year; without one, the latest ended
    Example(
        "previous fiscal year after a named fiscal year",
        "Japanese investors bought a net 4.2 trillion yen of foreign bonds in fiscal 2018, up from 1.9 trillion "
        "yen in the previous fiscal year.",
        "2019-04-08",
        [(4200000000000, "fiscal_year", "2018-04-01", "2019-03-31", "cumulative"),
         (1900000000000, "fiscal_year", "2017-04-01", "2018-03-31", "comparison")],
    ),
    Example(
        "previous fiscal year alone",
        "Life insurers sold a net 830 billion yen of foreign bonds in the previous fiscal year, an industry "
        "survey of ministry data showed.",
        "2019-05-20",
        [(830000000000, "fiscal_year", "2018-04-01", "2019-03-31", "cumulative")],
    ),
    # a year named only to place a month ("the last month of the fiscal year") is not the figure's period,
    # and "the last month of" is not "last month"
    Example(
        "month placed in its fiscal year",
        "Banks bought a net 950 billion yen of foreign bonds in April, the first month of the new fiscal year. "
        "In March, the last month of the previous fiscal year, they had sold 410.5 billion yen of them.",
        "2019-05-13",
        [(950000000000, "month", "2019-04-01", "2019-04-30", "headline"),
         (410500000000, "month", "2019-03-01", "2019-03-31", "comparison")],
    ),
    # a run named the sentence before goes to the same investors' figure, and a combined cash and futures
    # figure is a sum over instruments, not a running total over the run
    Example(
        "combined cash and futures is no run",
        "Overseas investors were net buyers of Japanese stocks for a third week in the week to Friday, March 8, "
        "exchange data showed. By investor type: overseas investors, net buyers of 402.7 billion yen; individuals, "
        "net sellers of 310.2 billion yen.\n\nOverseas investors also bought 215.3 billion yen of index futures, "
        "taking their combined cash and futures buying to 618.0 billion yen.",
        "2024-03-14",
        [(402700000000, "week", "2024-03-04", "2024-03-08", "headline"),
         (310200000000, "week", "2024-03-04", "2024-03-08", "headline"),
         (215300000000, "week", "2024-03-04", "2024-03-08", "headline"),
         (618000000000, "week", "2024-03-04", "2024-03-08", "headline")],
    ),
    # "over the half-year" is the six months named before it (here a fiscal half), not the month of the figure before
    Example(
        "the half-year named before",
        "Trust banks bought a net 2.4113 trillion yen of foreign bonds in the first half of the fiscal year, "
        "Ministry of Finance data showed. Life insurers sold 320.5 billion yen in September but were still net "
        "buyers of 615.2 billion yen over the half-year.",
        "2022-10-11",
        [(2411300000000, "months", "2022-04-01", "2022-09-30", "cumulative"),
         (320500000000, "month", "2022-09-01", "2022-09-30", "headline"),
         (615200000000, "months", "2022-04-01", "2022-09-30", "cumulative")],
    ),
    # "That came a week after they sold Y": Y is the week before the story's week
    Example(
        "a week after names the week before",
        "Japanese investors bought a net 518.6 billion yen of foreign bonds in the week to Oct. 8. That came a week "
        "after foreign investors sold 733.9 billion yen of Japanese stocks.",
        "2022-10-13",
        [(518600000000, "week", "2022-10-02", "2022-10-08", "headline"),
         (733900000000, "week", "2022-09-25", "2022-10-01", "comparison")],
    ),
    # a fiscal year-end is a point in time, not the period of a figure; a month as the subject names its figure's month
    Example(
        "fiscal year-end is no period",
        "Overseas investors sold a net 1.92 trillion yen of Japanese stocks in the first quarter. March accounted for "
        "the largest part: 1.05 trillion yen of selling, as funds cut exposure ahead of the fiscal year-end.",
        "2021-04-08",
        [(1920000000000, "quarter", "2021-01-01", "2021-03-31", "cumulative"),
         (1050000000000, "month", "2021-03-01", "2021-03-31", "headline")],
    ),
    # a business year is a fiscal year, and "a year earlier" beside a fiscal-year figure is the fiscal year before
    Example(
        "business year and the one before",
        "Japanese life insurers sold a net 2.1503 trillion yen of foreign bonds in the business year to March, "
        "against net purchases of 1.3328 trillion yen a year earlier, Ministry of Finance data showed.",
        "2021-04-08",
        [(2150300000000, "fiscal_year", "2020-04-01", "2021-03-31", "cumulative"),
         (1332800000000, "fiscal_year", "2019-04-01", "2020-03-31", "comparison")],
    ),
    # "X of that": a part of the total before it, in the total's period (not the story's headline month)
    Example(
        "parts of a fiscal-year total",
        "Banks bought 912.4 billion yen of foreign bonds in March. For all residents, net purchases of foreign "
        "bonds in fiscal 2020 came to 9.8812 trillion yen. Banks accounted for 3.0413 trillion yen of that, and "
        "pension funds 1.2207 trillion yen.",
        "2021-04-08",
        [(912400000000, "month", "2021-03-01", "2021-03-31", "headline"),
         (9881200000000, "fiscal_year", "2020-04-01", "2021-03-31", "cumulative"),
         (3041300000000, "fiscal_year", "2020-04-01", "2021-03-31", "cumulative"),
         (1220700000000, "fiscal_year", "2020-04-01", "2021-03-31", "cumulative")],
    ),
]


@pytest.mark.parametrize("ex", ROLE_EXAMPLES, ids=lambda e: e.name)
def test_periods_roles_of_flows(ex: Example) -> None:
    assert _rows(ex.text, ex.published) == ex.flows
