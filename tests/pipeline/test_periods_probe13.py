"""Constructions the thirteenth probe set showed: "the week that ended on July 17"; "December itself added X of net
selling" (the noun after the figure tells its direction, whatever the verb, and the month its period); and, in a
story led by a year's figure, the next investor type of a list by type keeps that year (while a month-led story
keeps its month); and "Net purchases of X were made through the trust accounts of banks" are the trust banks'. Stories
written for these tests; figures are invented.
"""

from __future__ import annotations

import pytest
from pipeline_cases import PeriodExample as Example
from pipeline_cases import flows_by_amount
from pipeline_cases import period_rows as _rows

EXAMPLES = [
    Example(
        "the week that ended on a date, and a reference week after it",
        "Japanese investors were net buyers of foreign bonds in the week that ended on July 17, ministry data showed. "
        "Net purchases came to 1.276 trillion yen, the biggest since the week to June 5.",
        "2010-07-22",
        [(1276000000000, "week", "2010-07-11", "2010-07-17", "headline")],
    ),
    Example(
        "December itself added X of net selling",
        "Non-residents sold 5.59 trillion yen of Japanese long-term bonds in 2022. December itself added 1.47 trillion "
        "yen of net selling.",
        "2023-01-11",
        [(5590000000000, "year", "2022-01-01", "2022-12-31", "cumulative"),
         (1470000000000, "month", "2022-12-01", "2022-12-31", "headline")],
    ),
    Example(
        "a year-led story: the next investor type keeps the year",
        "Japanese banks bought a record 9.67 trillion yen of foreign bonds in fiscal 2010, ministry data showed. In "
        "March alone they bought 2.14 trillion yen. Trust banks bought 1.49 trillion yen of foreign stocks in the year. "
        "Investment trusts were net sellers of foreign equities, shedding 650.7 billion yen.",
        "2011-04-08",
        [(9670000000000, "fiscal_year", "2010-04-01", "2011-03-31", "cumulative"),
         (2140000000000, "month", "2011-03-01", "2011-03-31", "headline"),
         (1490000000000, "fiscal_year", "2010-04-01", "2011-03-31", "cumulative"),
         (650700000000, "fiscal_year", "2010-04-01", "2011-03-31", "cumulative")],
    ),
    Example(
        "a month-led story: the next investor type keeps the month",
        "Japanese banks sold 1.12 trillion yen of foreign bonds in April, ministry data showed. In the fiscal year "
        "that ended in March, life insurers sold 2.41 trillion yen. Trust banks bought 327.8 billion yen of "
        "foreign stocks.",
        "2022-05-12",
        [(1120000000000, "month", "2022-04-01", "2022-04-30", "headline"),
         (2410000000000, "fiscal_year", "2021-04-01", "2022-03-31", "cumulative"),
         (327800000000, "month", "2022-04-01", "2022-04-30", "headline")],
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name)
def test_periods_probe13_constructions(ex: Example) -> None:
    assert _rows(ex.text, ex.published) == ex.flows


def test_of_net_selling_tells_the_direction_whatever_the_verb() -> None:
    flows = flows_by_amount("Non-residents sold 5.59 trillion yen of Japanese bonds in 2022. December itself added "
                            "1.47 trillion yen of net selling.", "2023-01-11")
    assert flows[1.47e12]["direction"] == "sell"


def test_purchases_made_through_trust_accounts_are_the_trust_banks() -> None:
    flows = flows_by_amount("A net 2.13 trillion yen was put into foreign bonds by Japanese investors in November. Net "
                            "purchases of 1.24 trillion yen were made through the trust accounts of banks and trust "
                            "banks, the largest buyers by far.", "2018-12-10")
    assert flows[1.24e12]["investor"]["group"] == "trust_banks"
