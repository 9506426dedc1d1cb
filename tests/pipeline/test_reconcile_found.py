"""Extraction errors found by reconciling the own corpus against the MoF files, as general rules.

Every sentence here was written for these tests; figures are illustrative.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from pipeline_cases import flows_of as _flows


class Example(NamedTuple):
    text: str
    published: str
    expected: list[tuple[Any, ...]]


def _streak(r: dict[str, Any]) -> int | None:
    return (r.get("streak") or {}).get("count")


# a streak holds for the figures of its own clause, not for a figure after ", and ..." or ", while ..."
STREAK_CLAUSES = [
    Example("Overseas investors offloaded 512.4 billion yen of Japanese bonds, a fourth straight month of net selling, "
            "and dumped 1.2034 trillion yen of short-term bills, the most since May.", "2024-11-08",
            [("512.4 billion yen", 4), ("1.2034 trillion yen", None)]),
    Example("Foreign investors bought Japanese bonds for a fifth straight week in the week ended Oct. 5, purchasing a net "
            "904.1 billion yen, while selling 311.9 billion yen of Japanese stocks, Ministry of Finance data showed.",
            "2024-10-10", [("904.1 billion yen", 5), ("311.9 billion yen", None)]),
    Example("Japanese investors bought foreign stocks for a third straight week, but their net purchases slowed to "
            "41.7 billion yen.", "2024-10-10", [("41.7 billion yen", 3)]),
]


@pytest.mark.parametrize("ex", STREAK_CLAUSES, ids=[e.text[:50] for e in STREAK_CLAUSES])
def test_reconcile_found_streak_stays_in_its_clause(ex: Example) -> None:
    flows = _flows(ex.text, ex.published)
    assert [(f["amount"]["text"], _streak(f)) for f in flows] == ex.expected


def _span(r: dict[str, Any]) -> tuple[Any, ...]:
    p = r["period"]
    return (r["amount"]["text"], p["kind"], p["start"], p["end"], _streak(r))


# a run of weeks named by its streak: "over that stretch", "N consecutive weeks ... totalling", a cardinal
# streak that sets the start of "since late March", and a streak the figure ends, which is not its own;
# the total over the run carries the run, as the corpus annotates it
RUNS = [
    Example("Foreign investors sold a net 702.6 billion yen of Japanese stocks in the week ended Oct. 5, their sixth "
            "straight week as net sellers. They have offloaded 2.911 trillion yen of shares over that stretch.",
            "2024-10-10", [("702.6 billion yen", "week", "2024-09-29", "2024-10-05", 6),
                           ("2.911 trillion yen", "weeks", "2024-08-25", "2024-10-05", 6)]),
    Example("Japanese investors sold a net 655.0 billion yen of foreign bonds in the week ended Oct. 5. That made four "
            "consecutive weeks of net selling totalling about 2.1 trillion yen.",
            "2024-10-10", [("655.0 billion yen", "week", "2024-09-29", "2024-10-05", 4),
                           ("2.1 trillion yen", "weeks", "2024-09-08", "2024-10-05", 4)]),
    Example("Foreigners bought a net 420.3 billion yen of Japanese stocks in the week ended Oct. 5. That made nine "
            "straight weeks of net buying, with purchases of 3.377 trillion yen since late July.",
            "2024-10-10", [("420.3 billion yen", "week", "2024-09-29", "2024-10-05", 9),
                           ("3.377 trillion yen", "weeks", "2024-08-04", "2024-10-05", 9)]),
    Example("Foreign investors bought a net 215.8 billion yen of Japanese stocks in the week ended Oct. 5, bringing "
            "an end to five straight weeks of net selling.",
            "2024-10-10", [("215.8 billion yen", "week", "2024-09-29", "2024-10-05", None)]),
]


@pytest.mark.parametrize("ex", RUNS, ids=[e.text[60:110] for e in RUNS])
def test_reconcile_found_runs_named_by_streaks(ex: Example) -> None:
    assert [_span(f) for f in _flows(ex.text, ex.published)] == ex.expected


# when the data came out ("released earlier this week", "published on Monday") is not the figure's period
RELEASE_TIMES = [
    Example("Japanese investors bought a net 388.1 billion yen of foreign bonds in the week ended Oct. 5, the ministry said. Data for "
            "August published earlier this week showed they had sold 1.0472 trillion yen of foreign bonds over the month.",
            "2024-10-10", [("388.1 billion yen", "week", "2024-09-29", "2024-10-05", None),
                           ("1.0472 trillion yen", "month", "2024-08-01", "2024-08-31", None)]),
]


@pytest.mark.parametrize("ex", RELEASE_TIMES, ids=[e.text[60:110] for e in RELEASE_TIMES])
def test_reconcile_found_release_time_is_not_the_period(ex: Example) -> None:
    assert [_span(f) for f in _flows(ex.text, ex.published)] == ex.expected


# a day of the month ends a sentence ("the week ended Oct. 5. Data ..."): a digit before the full stop is not
# an initial ("J. Smith")
SENTENCE_ENDS = [
    ("Foreigners sold a net 95.2 billion yen of Japanese stocks in the week ended Oct. 5. Data for August "
     "showed they bought 310.7 billion yen of Japanese stocks.", ["Foreigners sold", "Data for August"]),
    ("Analyst J. Smith said foreigners bought 95.2 billion yen.", ["Analyst J. Smith"]),
]


@pytest.mark.parametrize(("text", "openings"), SENTENCE_ENDS, ids=[t[:40] for t, _ in SENTENCE_ENDS])
def test_reconcile_found_day_number_ends_a_sentence(text: str, openings: list[str]) -> None:
    from extractor.pipeline.sentences import split_sentences

    assert [text[s:e][:len(o)] for (s, e), o in zip(split_sentences(text), openings, strict=False)] == openings
    assert len(split_sentences(text)) == len(openings)


# a sentence that opens on a streak says it of the main figures of the sentence before, of the instrument
# it names if it names one
STREAK_AFTER = [
    Example("Japanese investors sold a net 655.0 billion yen of foreign bonds in the week ended Oct. 5, after selling "
            "120.4 billion yen the week before. It was their fourth straight week of net selling.",
            "2024-10-10", [("655.0 billion yen", 4), ("120.4 billion yen", None)]),
    Example("Foreigners bought 1.023 trillion yen of cash shares in the week to Oct. 4 and 310.2 billion yen of index "
            "futures, bringing their combined buying to 1.333 trillion yen. It was the ninth consecutive week in which "
            "they were net buyers of cash shares.",
            "2024-10-10", [("1.023 trillion yen", 9), ("310.2 billion yen", None), ("1.333 trillion yen", None)]),
]


@pytest.mark.parametrize("ex", STREAK_AFTER, ids=[e.text[:50] for e in STREAK_AFTER])
def test_reconcile_found_streak_of_the_sentence_before(ex: Example) -> None:
    assert [(f["amount"]["text"], _streak(f)) for f in _flows(ex.text, ex.published)] == ex.expected


def _who(r: dict[str, Any]) -> tuple[Any, ...]:
    inv = r["investor"]
    return (r["amount"]["text"], inv["text"], inv["economy"], inv["group"])


# the subject of the figure's verb, not an investor named in an aside or in a phrase about flows; and
# asset managers are the investor-type series' investment trust management companies
INVESTOR_SUBJECTS = [
    Example("Investors in France, home to many of the global funds that trade Japanese shares, bought a "
            "net 96.3 billion yen of Japanese stocks in August.", "2025-10-08",
            [("96.3 billion yen", "Investors in France", "JP", "all")]),
    Example("Trust banks, which manage money for corporate pension funds, sold a net 310.4 billion yen of foreign "
            "stocks in July.", "2025-09-08", [("310.4 billion yen", "Trust banks", "JP", "trust_banks")]),
    Example("Japan's life insurers were the main force behind Japanese purchases of foreign bonds in the fiscal "
            "year that ended in March, buying a net 2.0418 trillion yen.", "2025-05-12",
            [("2.0418 trillion yen", "Japan's life insurers", "JP", "life_insurers")]),
    Example("Japanese asset managers bought a net 902.5 billion yen of foreign stocks in March.", "2025-04-08",
            [("902.5 billion yen", "Japanese asset managers", "JP", "investment_trusts")]),
]


@pytest.mark.parametrize("ex", INVESTOR_SUBJECTS, ids=[e.text[:50] for e in INVESTOR_SUBJECTS])
def test_reconcile_found_investor_is_the_subject(ex: Example) -> None:
    assert [_who(f) for f in _flows(ex.text, ex.published)] == ex.expected


def _month(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["amount"]["text"], r["period"]["start"], r["period"]["end"], r["role"])


# an undated story: months named without a year fall before the latest month it names with one (not a
# reference point such as "a record low in October 2022"); "adding to the Y they had bought in April":
# Y is a contrast with its own month
UNDATED = [
    Example("Foreign investors bought a net 1.2315 trillion yen of Japanese stocks in March 2024, adding to the "
            "2.0066 trillion yen they had bought in February. Japanese investors sold 402.2 billion yen of "
            "foreign bonds in March.", "",
            [("1.2315 trillion yen", "2024-03-01", "2024-03-31", "headline"),
             ("2.0066 trillion yen", "2024-02-01", "2024-02-29", "comparison"),
             ("402.2 billion yen", "2024-03-01", "2024-03-31", "headline")]),
    Example("The yen has recovered from a record low in October 2022. Foreign investors bought a net 812.0 billion "
            "yen of Japanese bonds in March.", "",
            [("812.0 billion yen", None, None, "headline")]),
    # a page that names no dated month tells its year in the copyright line
    Example("They bought a net ¥612.4 billion of Italian bonds in October, the data showed on Monday.\n"
            "Copyright 2012-2019 Example Newswire Ltd.", "",
            [("¥612.4 billion", "2019-10-01", "2019-10-31", "headline")]),
    Example("Foreign investors bought a net 812.0 billion yen of Japanese bonds in March, the most since May 2010.\n"
            "© 2016 Example Press", "",
            [("812.0 billion yen", "2016-03-01", "2016-03-31", "headline")]),
    # a story that compares this year with "the same period of 2013" is of 2014
    Example("Japan's residents bought a net JPY 1.4trn of foreign bonds in August. In the first eight months of this "
            "year they bought JPY 6.2trn, against JPY 9.8trn of selling in the same period of 2013.", "",
            [("JPY 1.4trn", "2014-08-01", "2014-08-31", "headline"),
             ("JPY 6.2trn", "2014-01-01", "2014-08-31", "cumulative"),
             ("JPY 9.8trn", "2013-01-01", "2013-08-31", "comparison")]),
]


@pytest.mark.parametrize("ex", UNDATED, ids=[e.text[:50] for e in UNDATED])
def test_reconcile_found_undated_story_months(ex: Example) -> None:
    assert [_month(f) for f in _flows(ex.text, ex.published or None)] == ex.expected


def _fund(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["amount"]["text"], r["investor"]["side"], r["investor"]["economy"], r["instrument"], r["direction"])


# the fund industry's own counts are fund flows, not the ministry's investment-trust series
FUND_INDUSTRY = [
    Example("Publicly offered equity investment trusts took in a net 960 billion yen in March, the Investment "
            "Trusts Association said.", "2025-04-15", [("960 billion yen", "unknown", None, "other", "buy")]),
    Example("Funds tracking the Nikkei drew about 120 billion yen, according to estimates by Hamacho Fund Analytics.",
            "2025-04-15", [("120 billion yen", "unknown", None, "other", "buy")]),
]


@pytest.mark.parametrize("ex", FUND_INDUSTRY, ids=[e.text[:50] for e in FUND_INDUSTRY])
def test_reconcile_found_fund_industry_counts(ex: Example) -> None:
    assert [_fund(f) for f in _flows(ex.text, ex.published)] == ex.expected


# found by reconciling the probe articles: a central bank's purchase plan and a rate of buying are not flows,
# "all resident investors" are Japan's investors as a whole, and a run of flows above a size is no plain streak
def test_reconcile_found_plans_paces_resident_investors_and_qualified_runs() -> None:
    plan = ("Foreign investors sold a net 310.2 billion yen of Japanese bonds last week, ministry data showed. The central "
            "bank's outright bond purchases are set to shrink to about 2.9 trillion yen by mid-2027, from 5.7 trillion yen now.")
    assert [f["amount"]["text"] for f in _flows(plan, "2025-06-19")] == ["310.2 billion yen"]
    pace = ("Foreign investors sold a net 310.2 billion yen of Japanese bonds last week, ministry data showed. "
            "\"Adding another 300 billion yen a month would not change much,\" said a strategist.")
    assert [f["amount"]["text"] for f in _flows(pace, "2025-06-19")] == ["310.2 billion yen"]
    total = ("Japanese banks bought a net 7.0677 trillion yen of foreign long-term bonds in fiscal 2018, Ministry of Finance "
             "data showed. For all resident investors, net purchases of foreign bonds in fiscal 2018 came to 17.5196 trillion yen.")
    assert [f["investor"]["group"] for f in _flows(total, "2019-04-08")] == ["banks", "all"]
    sized = ("Japanese investors bought a net 1.1402 trillion yen of foreign stocks in May, the fourth straight month of "
             "purchases above 1 trillion yen, ministry data showed.")
    assert [_streak(f) for f in _flows(sized, "2020-06-08")] == [None]
    plain = sized.replace("purchases above 1 trillion yen", "net purchases")
    assert [_streak(f) for f in _flows(plain, "2020-06-08")] == [4]
