"""The official MoF series as one tidy table, with several vintages side by side.

`load_official()` reads the weekly (`week.csv`), monthly (`montha1.csv`) and by-investor-type
(`monthb2/3/4.csv`) files into `OfficialData.frame`, one row per published figure:

    series          mof_weekly | mof_monthly | mof_investor_monthly
    direction       outward (residents buying/selling foreign securities) | inward (non-residents, Japanese securities)
    instrument      equity | long_term_debt | short_term_debt | subtotal (equity + LT) | total (all securities)
    investor_group  all, or a monthb sector (banks, life_insurers, trust_accounts, investment_trusts, ...)
    metric          acquisition | disposition | net   (net = acquisition - disposition; + = net buying)
    period_kind     week | month | year (calendar-year row) | fiscal_year (April-March row)
    period_start, period_end   Timestamps; MoF weeks run Sunday to Saturday
    value_yen       int64 yen (file value x 100 million); value: the file value in 100 million yen
    vintage         Timestamp of the file's "Final Update"; file: where the row came from

Every file is parsed completely before anything is added, so a malformed file contributes
nothing (`OfficialDataError` names the file, row and column).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd

import extractor
from extractor.errors import OfficialDataError
from extractor.reconcile.mof_files import (
    SERIES_INVESTOR,
    SERIES_MONTHLY,
    SERIES_WEEKLY,
    ParsedFile,
    read_mof_file,
)

UNIT_YEN = 100_000_000  # one file unit: 億円 = 100 million yen
KEY = ["series", "direction", "instrument", "investor_group", "metric", "period_kind"]
COLUMNS = [*KEY, "period_start", "period_end", "value_yen", "value", "vintage", "file"]
# File names recognised when a directory is given: the MoF names and the snapshot's `mof-` names,
# optionally with a suffix such as `_final-update-2026-08-14`.
_FILE_PATTERNS = ("*week*.csv", "*montha1*.csv", "*monthb[234]*.csv")


def default_official_dir() -> Path:
    """The snapshot shipped with the project: `corpus/official` beside the package."""
    return Path(extractor.__file__).resolve().parents[1] / "corpus" / "official"


@dataclass(frozen=True)
class FileInfo:
    path: Path
    kind: str
    series: str
    vintage: date
    figures: int


@dataclass(frozen=True)
class Observation:
    """One official figure: the value in yen and the vintage it comes from."""

    value_yen: int
    vintage: date
    period_start: date
    period_end: date


SeriesId = tuple[str, str, str, str, str, str]  # KEY order


@dataclass
class OfficialData:
    """Loaded official files. `frame` holds every vintage; lookups use the newest by default."""

    frame: pd.DataFrame
    files: list[FileInfo] = field(default_factory=list)
    _series_cache: dict[tuple[str, ...], pd.Series] = field(default_factory=dict, init=False, repr=False)

    # -- vintages ------------------------------------------------------------------------------
    def vintages(self, series: str | None = None) -> list[date]:
        """The distinct vintages loaded, oldest first (optionally for one series)."""
        return sorted({f.vintage for f in self.files if series is None or f.series == series})

    @cached_property
    def latest(self) -> pd.DataFrame:
        """One row per figure: the value from the newest vintage that publishes it."""
        ordered = self.frame.sort_values("vintage", kind="stable")
        return ordered.drop_duplicates([*KEY, "period_end"], keep="last").reset_index(drop=True)

    def as_of(self, vintage: date | str) -> pd.DataFrame:
        """Rows as published in the newest file of each kind not newer than `vintage`."""
        cutoff = pd.Timestamp(vintage)
        rows = self.frame[self.frame["vintage"] <= cutoff]
        newest = rows.groupby("series")["vintage"].transform("max")
        return rows[rows["vintage"] == newest].reset_index(drop=True)

    def side_by_side(self, **where: str) -> pd.DataFrame:
        """Vintages as columns: one row per figure and period, `where` filters on KEY columns."""
        rows = _filter(self.frame, where)
        table = rows.pivot_table(index=[*KEY, "period_start", "period_end"], columns="vintage",
                                 values="value", aggfunc="first")
        table.columns = [f"{v:%Y-%m-%d}" for v in table.columns]
        return table.reset_index()

    def revisions(self, older: date | str | None = None, newer: date | str | None = None,
                  **where: str) -> pd.DataFrame:
        """Figures whose value changed between two vintages of the same file kind.

        Without arguments, every pair of consecutive vintages is compared. Columns: KEY,
        period_start, period_end, old_vintage, new_vintage, old, new, change (file units) and
        first_release (True when the period was the newest one in the older vintage).
        """
        frames = []
        rows = _filter(self.frame, where)
        for series, per_series in rows.groupby("series"):
            vintages = sorted(per_series["vintage"].unique())
            pairs = list(zip(vintages, vintages[1:], strict=False))
            if older is not None or newer is not None:
                pairs = [(pd.Timestamp(older or vintages[0]), pd.Timestamp(newer or vintages[-1]))]
            for old_v, new_v in pairs:
                frames.append(_compare(per_series, str(series), old_v, new_v))
        if not frames:
            return pd.DataFrame(columns=[*KEY, "period_start", "period_end", "old_vintage", "new_vintage",
                                         "old", "new", "change", "first_release"])
        return pd.concat(frames, ignore_index=True)

    # -- lookups -------------------------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[tuple[str, str, str, str, str, str, pd.Timestamp], Observation]:
        out = {}
        for row in self.latest.itertuples(index=False):
            key = (row.series, row.direction, row.instrument, row.investor_group, row.metric, row.period_kind,
                   row.period_end)
            out[key] = Observation(int(row.value_yen), row.vintage.date(), row.period_start.date(), row.period_end.date())
        return out

    def get(self, series: str, direction: str, instrument: str, period_end: date | str, *,
            metric: str = "net", group: str = "all", period_kind: str | None = None) -> Observation | None:
        """The newest published value for one figure, or None when no file has it."""
        kind = period_kind or ("week" if series == SERIES_WEEKLY else "month")
        return self._index.get((series, direction, instrument, group, metric, kind, pd.Timestamp(period_end)))

    @cached_property
    def _revised(self) -> dict[tuple[str, str, str, str, str, pd.Timestamp], dict[date, int]]:
        """Net figures that differ between vintages: key -> {vintage: value in yen}."""
        changed = self.revisions(metric="net")
        out: dict[tuple[str, str, str, str, str, pd.Timestamp], dict[date, int]] = {}
        for row in changed.itertuples(index=False):
            key = (row.series, row.direction, row.instrument, row.investor_group, row.period_kind, row.period_end)
            entry = out.setdefault(key, {})
            entry[row.old_vintage.date()] = int(row.old) * UNIT_YEN
            entry[row.new_vintage.date()] = int(row.new) * UNIT_YEN
        return out

    def vintage_values(self, series: str, direction: str, instrument: str, period_end: date | str, *,
                       group: str = "all", period_kind: str = "week") -> dict[date, int]:
        """{vintage: net value in yen} for a figure that was revised between loaded vintages, else {}."""
        return self._revised.get((series, direction, instrument, group, period_kind, pd.Timestamp(period_end)), {})

    def series(self, series: str, direction: str, instrument: str, *, metric: str = "net", group: str = "all",
               period_kind: str | None = None) -> pd.Series:
        """A whole series (newest vintage per period) as values in yen indexed by period end."""
        key = (series, direction, instrument, group, metric,
               period_kind or ("week" if series == SERIES_WEEKLY else "month"))
        if key not in self._series_cache:
            rows = self._groups.get(key)
            values = pd.Series(dtype="int64") if rows is None else rows.set_index("period_end")["value_yen"]
            self._series_cache[key] = values.sort_index()
        return self._series_cache[key]

    @cached_property
    def _groups(self) -> dict[tuple[str, ...], pd.DataFrame]:
        # KEY order is series, direction, instrument, investor_group, metric, period_kind.
        return {(s, d, i, g, m, k): rows for (s, d, i, g, m, k), rows in self.latest.groupby(KEY)}


def parse_series_spec(spec: str) -> tuple[str, str, tuple[str, ...], str, str]:
    """`[SERIES:]DIRECTION/INSTRUMENT[+INSTRUMENT]/METRIC[/GROUP]` -> its parts.

    The key part is the `series_key` of a verdict. SERIES defaults to mof_weekly.

    >>> parse_series_spec("outward/long_term_debt/net")
    ('mof_weekly', 'outward', ('long_term_debt',), 'net', 'all')
    >>> parse_series_spec("mof_investor_monthly:outward/equity/net/life_insurers")
    ('mof_investor_monthly', 'outward', ('equity',), 'net', 'life_insurers')
    """
    series, _, key = spec.rpartition(":")
    parts = key.split("/")
    if len(parts) not in (3, 4) or not all(parts):
        raise ValueError(f"series {spec!r} is not [SERIES:]DIRECTION/INSTRUMENT/METRIC[/GROUP], "
                         "e.g. outward/long_term_debt/net")
    series = series or SERIES_WEEKLY
    if series not in (SERIES_WEEKLY, SERIES_MONTHLY, SERIES_INVESTOR):
        raise ValueError(f"unknown series {series!r}; expected {SERIES_WEEKLY}, {SERIES_MONTHLY} or {SERIES_INVESTOR}")
    direction, instruments, metric = parts[0], tuple(parts[1].split("+")), parts[2]
    group = parts[3] if len(parts) == 4 else "all"
    return series, direction, instruments, metric, group


def select(official: OfficialData, spec: str, *, start: date | str | None = None, end: date | str | None = None,
           period_kind: str | None = None, all_vintages: bool = False) -> pd.DataFrame:
    """One series between two dates (by period end), newest vintage, or every vintage.

    Columns: series, series_key, period_start, period_end, value (100 million yen), value_yen, vintage.
    Instruments joined by `+` are summed (`long_term_debt+short_term_debt` = debt).
    """
    series, direction, instruments, metric, group = parse_series_spec(spec)
    kind = period_kind or ("week" if series == SERIES_WEEKLY else "month")
    rows = official.frame if all_vintages else official.latest
    rows = rows[(rows["series"] == series) & (rows["direction"] == direction) & rows["instrument"].isin(instruments)
                & (rows["metric"] == metric) & (rows["investor_group"] == group) & (rows["period_kind"] == kind)]
    if start is not None:
        rows = rows[rows["period_end"] >= pd.Timestamp(start)]
    if end is not None:
        rows = rows[rows["period_end"] <= pd.Timestamp(end)]
    keys = ["period_start", "period_end", "vintage"] if all_vintages else ["period_start", "period_end"]
    summed = rows.groupby(keys, as_index=False).agg(value=("value", "sum"), value_yen=("value_yen", "sum"),
                                                    vintage=("vintage", "max"), parts=("instrument", "nunique"))
    summed = summed[summed["parts"] == len(instruments)]  # a sum needs every instrument
    summed.insert(0, "series_key", f"{direction}/{'+'.join(instruments)}/{metric}" + ("" if group == "all" else f"/{group}"))
    summed.insert(0, "series", series)
    return summed[["series", "series_key", "period_start", "period_end", "value", "value_yen", "vintage"]]


def load_official(paths_or_dir: str | Path | Iterable[str | Path] | None = None) -> OfficialData:
    """Load MoF files: a directory (its MoF CSVs and a `vintages/` folder), file paths, or the snapshot.

    `None` means the project's snapshot in `corpus/official`. Raises `OfficialDataError` when
    the snapshot is absent, a path does not exist, a directory holds no MoF file, or a file is
    malformed (nothing of that file, and nothing at all, is loaded then).
    """
    paths = _resolve(paths_or_dir)
    parsed = [read_mof_file(p) for p in paths]
    return _build(parsed)


def _resolve(paths_or_dir: str | Path | Iterable[str | Path] | None) -> list[Path]:
    if paths_or_dir is None:
        snapshot = default_official_dir()
        if not snapshot.is_dir():
            raise OfficialDataError(snapshot, "the official data snapshot is missing; pass --official DIR "
                                    "or run `flowfacts official fetch --dest DIR`")
        items: list[Path] = [snapshot]
    elif isinstance(paths_or_dir, str | Path):
        items = [Path(paths_or_dir)]
    else:
        items = [Path(p) for p in paths_or_dir]
    paths: list[Path] = []
    for item in items:
        if item.is_dir():
            found = _mof_files_in(item)
            if not found:
                raise OfficialDataError(item, "holds no MoF files (week.csv, montha1.csv, monthb2-4.csv)")
            paths.extend(found)
        elif item.exists():
            paths.append(item)
        else:
            raise OfficialDataError(item, "no such file or directory")
    return list(dict.fromkeys(paths))


def _mof_files_in(folder: Path) -> list[Path]:
    found: set[Path] = set()
    for sub in (folder, folder / "vintages"):
        for pattern in _FILE_PATTERNS:
            found.update(p for p in sub.glob(pattern) if p.is_file())
    return sorted(found)


def _build(parsed: list[ParsedFile]) -> OfficialData:
    frames, infos, seen = [], [], set()
    for pf in parsed:
        if (pf.layout.kind, pf.vintage) in seen:
            continue  # the same release twice (e.g. a copy in another folder)
        seen.add((pf.layout.kind, pf.vintage))
        infos.append(FileInfo(pf.path, pf.layout.kind, pf.layout.series, pf.vintage, len(pf.figures)))
        frames.append(pd.DataFrame({
            "series": pf.layout.series,
            "direction": [f.direction for f in pf.figures],
            "instrument": [f.instrument for f in pf.figures],
            "investor_group": [f.group for f in pf.figures],
            "metric": [f.metric for f in pf.figures],
            "period_kind": [f.period_kind for f in pf.figures],
            "period_start": pd.to_datetime([f.period_start for f in pf.figures]),
            "period_end": pd.to_datetime([f.period_end for f in pf.figures]),
            "value": pd.array([f.value for f in pf.figures], dtype="int64"),
            "vintage": pd.Timestamp(pf.vintage),
            "file": str(pf.path),
        }))
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    frame["value_yen"] = frame["value"].astype("int64") * UNIT_YEN
    # The by-investor files repeat montha1's outward columns as their "all sectors" triplet;
    # keep them in their own series so that a lookup never mixes the two.
    return OfficialData(frame[COLUMNS], infos)


def _filter(frame: pd.DataFrame, where: dict[str, str]) -> pd.DataFrame:
    for column, value in where.items():
        if column not in frame.columns:
            raise ValueError(f"unknown column {column!r}; expected one of {', '.join(KEY)}")
        frame = frame[frame[column] == value]
    return frame


def _compare(rows: pd.DataFrame, series: str, old_v: pd.Timestamp, new_v: pd.Timestamp) -> pd.DataFrame:
    old = rows[rows["vintage"] == old_v]
    new = rows[rows["vintage"] == new_v]
    keys = [*KEY, "period_start", "period_end"]
    both = old[[*keys, "value"]].merge(new[[*keys, "value"]], on=keys, suffixes=("_old", "_new"))
    newest_in_old = old.loc[old["period_kind"].isin(["week", "month"]), "period_end"].max()
    changed = both[both["value_old"] != both["value_new"]].copy()
    changed = changed.rename(columns={"value_old": "old", "value_new": "new"})
    changed["old_vintage"], changed["new_vintage"] = old_v, new_v
    changed["change"] = changed["new"] - changed["old"]
    changed["first_release"] = changed["period_end"] == newest_in_old
    return changed[[*keys, "old_vintage", "new_vintage", "old", "new", "change", "first_release"]]


__all__ = [
    "COLUMNS", "KEY", "SERIES_INVESTOR", "SERIES_MONTHLY", "SERIES_WEEKLY", "UNIT_YEN", "FileInfo",
    "Observation", "OfficialData", "default_official_dir", "load_official", "parse_series_spec", "select",
]
