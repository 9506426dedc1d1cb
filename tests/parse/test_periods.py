from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from extractor.parse.periods import (
    _COMPILED,
    _NEEDS,
    exchange_week,
    find_periods,
    mof_week,
    week_before_publication,
)


class Example(NamedTuple):
    text: str
    published: date
    kind: str
    relation: str
    start: date | None
    end: date | None


PERIOD_EXAMPLES = [
    Example("in April", date(2013, 5, 15), "month", "absolute", date(2013, 4, 1), date(2013, 4, 30)),
    Example("in March 2012", date(2013, 5, 15), "month", "absolute", date(2012, 3, 1), date(2012, 3, 31)),
    Example("last month", date(2013, 5, 15), "month", "absolute", date(2013, 4, 1), date(2013, 4, 30)),
    Example("in 2012", date(2013, 11, 28), "year", "absolute", date(2012, 1, 1), date(2012, 12, 31)),
    Example("in the fiscal year that ended in March", date(2013, 5, 15), "fiscal_year", "absolute", date(2012, 4, 1), date(2013, 3, 31)),
    Example("fiscal 2012", date(2013, 5, 15), "fiscal_year", "absolute", date(2012, 4, 1), date(2013, 3, 31)),
    Example("over the business year to March", date(2016, 4, 11), "fiscal_year", "absolute", date(2015, 4, 1), date(2016, 3, 31)),
    Example("February saw", date(2016, 4, 11), "month", "absolute", date(2016, 2, 1), date(2016, 2, 29)),
    Example("in the first half of the fiscal year", date(2021, 10, 12), "months", "absolute", date(2021, 4, 1), date(2021, 9, 30)),
    Example("the second half of the financial year", date(2022, 4, 11), "months", "absolute", date(2021, 10, 1), date(2022, 3, 31)),
    Example("over the half-year", date(2022, 4, 11), "months", "that", None, None),
    Example("It came a week after", date(2022, 4, 11), "week", "prev", None, None),
    Example("in the first quarter", date(2013, 5, 15), "quarter", "absolute", date(2013, 1, 1), date(2013, 3, 31)),
    # a month's opening sessions, counted on weekdays
    Example("in the first seven trading days of March", date(2020, 3, 11), "other", "absolute", date(2020, 3, 1), date(2020, 3, 10)),
    Example("for the quarter as a whole", date(2021, 10, 8), "quarter", "head", None, None),
    Example("Add up the past four weeks", date(2010, 7, 29), "weeks", "run", None, None),
    Example("in April-June", date(2023, 10, 10), "quarter", "absolute", date(2023, 4, 1), date(2023, 6, 30)),
    Example("from April 2014 to March 2015", date(2015, 4, 8), "months", "absolute", date(2014, 4, 1), date(2015, 3, 31)),
    Example("the previous week", date(2013, 11, 28), "week", "prev", None, None),
    Example("the week before", date(2013, 11, 28), "week", "prev", None, None),
    Example("a week ago", date(2024, 4, 4), "week", "prev", None, None),  # the week before the latest data
    Example("over the seven weeks", date(2013, 11, 28), "weeks", "run", None, None),
    Example("since January", date(2019, 8, 1), "year_to_date", "ytd", date(2019, 1, 1), None),
    Example("for the year so far", date(2019, 8, 1), "year_to_date", "ytd", date(2019, 1, 1), None),
    Example("for the week from July 14 to 20", date(2019, 7, 25), "week", "absolute", date(2019, 7, 14), date(2019, 7, 20)),
    Example("between June 2 and June 8", date(2019, 6, 13), "week", "absolute", date(2019, 6, 2), date(2019, 6, 8)),
    Example("at the same time", date(2019, 6, 13), "", "anaphor", None, None),
    Example("over that month", date(2019, 6, 13), "month", "that", None, None),
    Example("as of June 30", date(2019, 7, 9), "other", "absolute", None, date(2019, 6, 30)),
    Example("over those four weeks", date(2013, 11, 28), "weeks", "run", None, None),
    Example("in calendar 2019", date(2020, 1, 9), "year", "absolute", date(2019, 1, 1), date(2019, 12, 31)),
    Example("during the nine-week selling spree", date(2013, 11, 28), "weeks", "run", None, None),
    Example("so far this year", date(2013, 11, 28), "year_to_date", "ytd", date(2013, 1, 1), None),
    Example("so far in 2016", date(2016, 5, 12), "year_to_date", "ytd", date(2016, 1, 1), None),
    Example("since the beginning of the year", date(2013, 11, 28), "year_to_date", "ytd", date(2013, 1, 1), None),
    # the first months of a year are the year to date, like its first weeks and quarters
    Example("in the first seven months of the year", date(2025, 8, 8), "year_to_date", "absolute", date(2025, 1, 1), date(2025, 7, 31)),
    Example("the first ten months of 2008", date(2008, 11, 10), "year_to_date", "absolute", date(2008, 1, 1), date(2008, 10, 31)),
    Example("over the 30 weeks of the calendar year", date(2019, 8, 1), "year_to_date", "ytd", date(2019, 1, 1), None),
    # a week of a month or year is the Sunday..Saturday week with most of its days in it
    Example("in the first week of the year", date(2021, 1, 14), "week", "calendar_week", date(2021, 1, 3), date(2021, 1, 9)),
    Example("the last week of 2020", date(2021, 1, 14), "week", "calendar_week", date(2020, 12, 27), date(2021, 1, 2)),
    Example("the second week of March", date(2021, 4, 1), "week", "calendar_week", date(2021, 3, 7), date(2021, 3, 13)),
    Example("in the first two weeks of October", date(2021, 10, 21), "weeks", "absolute", date(2021, 10, 3), date(2021, 10, 16)),
    Example("in the same period last year", date(2019, 8, 1), "year_to_date", "same_prev", date(2018, 1, 1), None),
    Example("over the same stretch of 2016", date(2019, 8, 1), "year_to_date", "same_prev", date(2016, 1, 1), None),
    Example("at the same point of the previous fiscal year", date(2019, 8, 1), "year_to_date", "same_prev", date(2018, 4, 1), None),
    Example("a year earlier", date(2019, 1, 10), "year", "prev", date(2018, 1, 1), date(2018, 12, 31)),
    Example("the year before", date(2019, 1, 10), "year", "prev", date(2018, 1, 1), date(2018, 12, 31)),
    Example("for the whole of last year", date(2019, 8, 1), "year", "absolute", date(2018, 1, 1), date(2018, 12, 31)),
]


@pytest.mark.parametrize("ex", PERIOD_EXAMPLES, ids=lambda e: e.text)
def test_periods_resolve(ex: Example) -> None:
    found = find_periods(ex.text, ex.published)
    assert len(found) == 1
    p = found[0]
    assert (p.kind, p.relation, p.start, p.end) == (ex.kind, ex.relation, ex.start, ex.end)


@pytest.mark.parametrize(("text", "published", "anchor"), [
    ("the week through Nov. 23", date(2013, 11, 28), date(2013, 11, 23)),
    ("the week ended Dec. 28", date(2014, 1, 9), date(2013, 12, 28)),  # year boundary
    ("the week to Jan. 19, 2024", date(2024, 1, 25), date(2024, 1, 19)),
    ("the week to Tuesday, March 5", date(2024, 3, 8), date(2024, 3, 5)),  # any weekday may precede the date
    ("in the seven days to Wednesday", date(2021, 6, 11), date(2021, 6, 9)),  # the latest Wednesday
    ("the week ended Friday", date(2021, 6, 17), date(2021, 6, 11)),
    ("the week through Thursday", date(2021, 6, 10), date(2021, 6, 10)),  # published that very day
])
def test_periods_week_end_anchor(text: str, published: date, anchor: date) -> None:
    (p,) = find_periods(text, published)
    assert (p.kind, p.relation, p.anchor) == ("week", "week_end", anchor)


def test_periods_week_conventions() -> None:
    # MoF weeks run Sunday..Saturday, exchange weeks Monday..Friday
    assert mof_week(date(2013, 11, 23)) == (date(2013, 11, 17), date(2013, 11, 23))
    assert exchange_week(date(2024, 1, 19)) == (date(2024, 1, 15), date(2024, 1, 19))
    assert week_before_publication(date(2013, 11, 28)) == (date(2013, 11, 17), date(2013, 11, 23))
    assert week_before_publication(date(2024, 1, 25), "jpx") == (date(2024, 1, 15), date(2024, 1, 19))


@pytest.mark.parametrize("text", ["investors may buy more", "stocks fell", "selling into the fiscal year-end",
                                  "before the financial year end"])
def test_periods_not_periods(text: str) -> None:
    assert find_periods(text, date(2013, 5, 1)) == []


def test_periods_needed_words_are_in_every_match() -> None:
    """The substring tests that skip a pattern never skip a text it matches (each match holds a word of
    every clause of the pattern), checked on the corpus."""
    corpus = sorted((Path(__file__).resolve().parents[2] / "corpus" / "articles").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in corpus]
    missed = set()
    for name, rx in _COMPILED:
        for text in texts:
            for m in rx.finditer(text):
                low = m.group(0).lower()
                if not all(any(word in low for word in clause) for clause in _NEEDS.get(name, ())):
                    missed.add((name, re.sub(r"\d", "9", low)))
    assert missed == set()
