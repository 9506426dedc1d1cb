"""The weekly series as reported: one value per MoF week, newest story first, official beside it."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.errors import SettingsError
from extractor.store import weekly_series
from extractor.store.series import mof_weeks, to_csv

FEATURE = "c-mo-feature-2013-06-06-japanese-dump-foreign-bonds-jgb-turmoil"
WEEKLY = "c-wk-reuters_weekly-2013-06-13-japanese-sell-foreign-bonds"


def test_series_most_recent_story_wins(gold_store):
    points = {p.week_end: p for p in weekly_series(
        gold_store, investor="resident", instrument="long_term_debt", start="2013-05-20", end="2013-06-10")}
    assert sorted(points) == ["2013-05-25", "2013-06-01", "2013-06-08"]
    got = {end: (p.reported_yen, p.article_id, p.reports, p.official_yen) for end, p in points.items()}
    assert got == {
        # The feature is the newest of the stories on the week of May 25 (a probe-4 weekly story reports it
        # in its text and its table too).
        "2013-05-25": (-1119600000000.0, FEATURE, 3, -1119600000000.0),
        # Two stories report the week of June 1; the later one (a comparison figure) wins.
        "2013-06-01": (-1173000000000.0, WEEKLY, 2, -1172500000000.0),
        "2013-06-08": (-394200000000.0, WEEKLY, 1, -394200000000.0),
    }
    assert points["2013-06-01"].difference_yen == -500000000.0


def test_series_csv_header_and_blank_weeks(gold_store):
    points = weekly_series(gold_store, investor="non_resident", instrument="equity", start="1990-01", end="1990-01")
    assert [p.reported_yen for p in points] == [None, None, None, None]
    assert to_csv(points).splitlines()[0] == (
        "week_start,week_end,reported_yen,reported_text,official_yen,difference_yen,status,record_id,article_id,published,reports")


@pytest.mark.parametrize(("start", "end"), [(date(2013, 11, 17), date(2013, 11, 23)), (date(2013, 11, 23), date(2013, 11, 23))])
def test_series_mof_weeks_run_sunday_to_saturday(start, end):
    assert mof_weeks(start, end) == [(date(2013, 11, 17), date(2013, 11, 23))]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"investor": "unknown"}, "investor must be"),
    ({"start": "2014", "end": "2013"}, "is after"),
    ({"start": "2013-13"}, "not a real date"),
], ids=["investor", "reversed", "bad-date"])
def test_series_rejects_bad_arguments(gold_store, kwargs, message):
    args = {"investor": "resident", "instrument": "long_term_debt", "start": "2013-01", "end": "2013-12", **kwargs}
    with pytest.raises(SettingsError, match=message):
        weekly_series(gold_store, **args)
