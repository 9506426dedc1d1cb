"""Loaders on the real shipped MoF files: known values, period formats, identities, vintages."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from extractor.errors import OfficialDataError
from extractor.reconcile import load_official
from extractor.reconcile.official import COLUMNS, parse_series_spec, select

# (series, direction, instrument, group, period_end, net in file units): values read from the files.
KNOWN_VALUES = [
    ("mof_weekly", "outward", "long_term_debt", "all", "2013-11-23", 14101),  # the example
    ("mof_weekly", "inward", "equity", "all", "2013-11-23", 7089),
    ("mof_weekly", "outward", "equity", "all", "2013-11-23", -916),
    ("mof_weekly", "inward", "total", "all", "2013-11-23", 14700),
    ("mof_weekly", "outward", "equity", "all", "2007-01-06", 237),  # 2006．12．31～ 2007．1．6
    ("mof_weekly", "inward", "short_term_debt", "all", "2025-07-12", -7102),
    ("mof_weekly", "inward", "equity", "all", "2019-05-04", 0),  # Golden Week: 0/0/0
    ("mof_weekly", "outward", "long_term_debt", "all", "2026-08-08", 15408),  # revised value, newest vintage
    ("mof_monthly", "outward", "equity", "all", "2026-08-31", 12983),
    ("mof_monthly", "outward", "long_term_debt", "all", "2026-08-31", -1430),
    ("mof_monthly", "inward", "total", "all", "2026-08-31", -58239),
    ("mof_monthly", "outward", "equity", "all", "2005-01-31", 1506),
    ("mof_investor_monthly", "outward", "equity", "banks", "2005-01-31", 121),
    ("mof_investor_monthly", "outward", "equity", "life_insurers", "2005-01-31", -6),
    ("mof_investor_monthly", "outward", "equity", "investment_trusts", "2005-01-31", 906),
]


@pytest.mark.parametrize(("series", "direction", "instrument", "group", "end", "units"), KNOWN_VALUES,
                         ids=[f"{s}-{d}-{i}-{g}-{e}" for s, d, i, g, e, _ in KNOWN_VALUES])
def test_official_known_values(official, series, direction, instrument, group, end, units):
    obs = official.get(series, direction, instrument, end, group=group)
    assert obs is not None
    assert obs.value_yen == units * 100_000_000


def test_official_year_crossing_week(official):
    rows = official.latest
    week = rows[(rows["series"] == "mof_weekly") & (rows["period_end"] == "2007-01-06")]
    assert set(week["period_start"]) == {pd.Timestamp("2006-12-31")}
    assert len(week) == 22  # 2 directions x (3 instruments x 3 metrics + subtotal + total)
    acquired = week[(week["direction"] == "outward") & (week["instrument"] == "equity")]
    assert dict(zip(acquired["metric"], acquired["value"], strict=True)) == {
        "acquisition": 1583, "disposition": 1346, "net": 237}


def test_official_weeks_are_continuous(official):
    weeks = official.series("mof_weekly", "outward", "equity")
    assert len(weeks) == 1132
    assert weeks.index[0] == pd.Timestamp("2005-01-08")
    assert weeks.index[-1] == pd.Timestamp("2026-09-12")
    assert set(weeks.index.to_series().diff().dropna()) == {pd.Timedelta(days=7)}


def test_official_frame_columns(official):
    assert list(official.frame.columns) == COLUMNS
    assert set(official.frame["series"]) == {"mof_weekly", "mof_monthly", "mof_investor_monthly"}
    assert set(official.frame["metric"]) == {"acquisition", "disposition", "net"}


def _wide(official, series):
    rows = official.latest[official.latest["series"] == series]
    return rows.pivot_table(index=["period_kind", "period_end", "investor_group"],
                            columns=["direction", "instrument", "metric"], values="value", aggfunc="first")


@pytest.mark.parametrize("series", ["mof_weekly", "mof_monthly"])
def test_official_identities_hold_in_every_period(official, series):
    wide = _wide(official, series)
    for direction in ("outward", "inward"):
        for instrument in ("equity", "long_term_debt", "short_term_debt"):
            gap = wide[(direction, instrument, "acquisition")] - wide[(direction, instrument, "disposition")] \
                - wide[(direction, instrument, "net")]
            assert gap.abs().max() <= 2, (direction, instrument)
        subtotal = wide[(direction, "equity", "net")] + wide[(direction, "long_term_debt", "net")]
        assert (subtotal - wide[(direction, "subtotal", "net")]).abs().max() <= 2
        total = wide[(direction, "subtotal", "net")] + wide[(direction, "short_term_debt", "net")]
        assert (total - wide[(direction, "total", "net")]).abs().max() <= 2


def test_official_investor_type_identities(official):
    """net = acquisition - disposition within 2 for every sector but "other financial corporations",
    whose net is the sum of five rounded sub-sector nets (within 4); sectors add up to the total."""
    rows = official.latest[official.latest["series"] == "mof_investor_monthly"]
    wide = rows.pivot_table(index=["instrument", "period_kind", "period_end"],
                            columns=["investor_group", "metric"], values="value", aggfunc="first")
    for group in sorted(set(rows["investor_group"])):
        gap = (wide[(group, "acquisition")] - wide[(group, "disposition")] - wide[(group, "net")]).abs().max()
        assert gap <= (4 if group == "other_financial" else 2), group
    parts = wide[("public", "net")] + wide[("deposit_taking", "net")] + wide[("other_sectors", "net")]
    assert (parts - wide[("all", "net")]).abs().max() <= 2


def test_official_investor_all_sectors_equal_montha1(official):
    for instrument in ("equity", "long_term_debt", "short_term_debt"):
        by_type = official.series("mof_investor_monthly", "outward", instrument)
        monthly = official.series("mof_monthly", "outward", instrument)
        assert by_type.equals(monthly.loc[by_type.index])


@pytest.mark.parametrize(("what", "expected"), [
    ("unpublished months are absent", None),
    ("not-available cells are absent", None),
])
def test_official_missing_values_are_not_zero(official, what, expected):
    if what.startswith("unpublished"):
        assert official.get("mof_monthly", "outward", "equity", "2026-09-30") is expected
        assert official.get("mof_investor_monthly", "outward", "equity", "2026-08-31") is expected
    else:  # central bank before 2014: "-" in monthb2
        assert official.get("mof_investor_monthly", "outward", "equity", "2013-12-31", group="central_bank") is expected
        assert official.get("mof_investor_monthly", "outward", "equity", "2014-01-31", group="central_bank") is not None


def test_official_numbers_without_commas(official):
    # monthb2 column 23 (trust banks, banking accounts, net) is printed without commas from 2024-04.
    obs = official.get("mof_investor_monthly", "outward", "equity", "2024-04-30", group="trust_banks_banking")
    assert obs is not None


@pytest.mark.parametrize(("kind", "end", "units"), [("year", "2024-12-31", -34805), ("fiscal_year", "2025-03-31", 2141)])
def test_official_calendar_and_fiscal_year_rows(official, kind, end, units):
    obs = official.get("mof_monthly", "outward", "equity", end, period_kind=kind)
    assert obs is not None
    assert obs.value_yen == units * 100_000_000


def test_official_vintages_side_by_side(official):
    assert [v.isoformat() for v in official.vintages("mof_weekly")] == ["2026-08-06", "2026-08-14", "2026-09-17"]
    table = official.side_by_side(series="mof_weekly", direction="outward", instrument="long_term_debt", metric="net")
    week = table[table["period_end"] == "2026-08-08"].iloc[0]
    assert (week["2026-08-14"], week["2026-09-17"]) == (16294, 15408)
    assert pd.isna(week["2026-08-06"])  # not yet published then


def test_official_revisions_between_vintages(official):
    changes = official.revisions(metric="net")
    assert set(changes["period_end"]) == {pd.Timestamp("2026-08-08")}  # only the first-release week changed
    assert changes["first_release"].all()
    lt = changes[(changes["direction"] == "outward") & (changes["instrument"] == "long_term_debt")].iloc[0]
    assert (lt["old"], lt["new"], lt["change"]) == (16294, 15408, -886)
    assert official.revisions("2026-08-06", "2026-08-14").empty
    assert official.vintage_values("mof_weekly", "outward", "long_term_debt", "2026-08-08") == {
        date(2026, 8, 14): 1629400000000, date(2026, 9, 17): 1540800000000}


def test_official_as_of_vintage(official):
    rows = official.as_of("2026-08-14")
    weekly = rows[rows["series"] == "mof_weekly"]
    assert weekly["period_end"].max() == pd.Timestamp("2026-08-08")
    assert set(weekly["vintage"]) == {pd.Timestamp("2026-08-14")}


@pytest.mark.parametrize(("spec", "expected"), [
    ("outward/long_term_debt/net", ("mof_weekly", "outward", ("long_term_debt",), "net", "all")),
    ("mof_monthly:inward/equity/acquisition", ("mof_monthly", "inward", ("equity",), "acquisition", "all")),
    ("mof_investor_monthly:outward/long_term_debt/net/life_insurers",
     ("mof_investor_monthly", "outward", ("long_term_debt",), "net", "life_insurers")),
    ("outward/long_term_debt+short_term_debt/net", ("mof_weekly", "outward", ("long_term_debt", "short_term_debt"), "net", "all")),
])
def test_official_series_spec(spec, expected):
    assert parse_series_spec(spec) == expected


@pytest.mark.parametrize("spec", ["outward", "nope:outward/equity/net", "outward//net"])
def test_official_series_spec_rejects(spec):
    with pytest.raises(ValueError, match="series"):
        parse_series_spec(spec)


def test_official_select_sums_instruments(official):
    rows = select(official, "outward/long_term_debt+short_term_debt/net", start="2013-11-23", end="2013-11-23")
    assert rows["value"].tolist() == [14101 - 506]


def test_official_load_explicit_files(official_dir):
    data = load_official([official_dir / "mof-week.csv"])
    assert [f.kind for f in data.files] == ["week"]
    assert set(data.frame["series"]) == {"mof_weekly"}


@pytest.mark.parametrize("where", ["missing.csv", "missing-dir/"])
def test_official_load_missing_path(tmp_path, where):
    with pytest.raises(OfficialDataError, match="no such file or directory"):
        load_official(tmp_path / where)


def test_official_load_folder_without_mof_files(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(OfficialDataError, match="holds no MoF files"):
        load_official(tmp_path)


def test_official_missing_snapshot(monkeypatch, tmp_path):
    import extractor.reconcile.official as module

    monkeypatch.setattr(module, "default_official_dir", lambda: tmp_path / "corpus" / "official")
    with pytest.raises(OfficialDataError, match="snapshot is missing"):
        load_official(None)
