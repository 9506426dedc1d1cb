"""The weekly series as the news reported it, beside the official MoF series.

`weekly_series(store, investor="resident", instrument="long_term_debt", start="2013-01", end="2013-12")`
gives one `SeriesPoint` per MoF week (Sunday to Saturday) ending in the range. The reported value
of a week is the signed net figure (+ buying, - selling) of the most recent story that gave one:
a story's headline figure is the first release, and a later story citing the same week "for
contrast" carries the revised figure, so the newest story wins. Weekly flows (prose) and the rows
of embedded data tables both count; on the same story, the prose figure wins. Reprints are left out.

The official value comes from the `official_series` table (newest vintage): direction `outward`
for residents (Japanese investment abroad), `inward` for non-residents, metric `net`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from extractor.errors import SettingsError
from extractor.store.search import date_bound
from extractor.store.store import FactStore

DIRECTION = {"resident": "outward", "non_resident": "inward"}
OFFICIAL_INSTRUMENT = {"equity": "equity", "long_term_debt": "long_term_debt",
                       "short_term_debt": "short_term_debt", "securities": "total"}


@dataclass
class SeriesPoint:
    week_start: str
    week_end: str
    reported_yen: float | None
    reported_text: str | None
    official_yen: float | None
    difference_yen: float | None
    status: str | None
    record_id: str | None
    article_id: str | None
    published: str | None
    reports: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def mof_weeks(start: date, end: date) -> list[tuple[date, date]]:
    """(Sunday, Saturday) of every week whose Saturday falls in [start, end].

    >>> mof_weeks(date(2013, 11, 20), date(2013, 11, 30))
    [(datetime.date(2013, 11, 17), datetime.date(2013, 11, 23)), (datetime.date(2013, 11, 24), datetime.date(2013, 11, 30))]
    """
    saturday = start + timedelta(days=(5 - start.weekday()) % 7)
    out = []
    while saturday <= end:
        out.append((saturday - timedelta(days=6), saturday))
        saturday += timedelta(days=7)
    return out


def weekly_series(
    store: FactStore, *, investor: str, instrument: str, start: str, end: str, economy: str = "JP",
) -> list[SeriesPoint]:
    """One point per MoF week in [start, end] (YYYY, YYYY-MM or YYYY-MM-DD); see the module docstring."""
    if investor not in DIRECTION:
        raise SettingsError(f"investor must be resident or non_resident, got {investor!r}")
    first = date.fromisoformat(date_bound(start, end=False))
    last = date.fromisoformat(date_bound(end, end=True))
    if last < first:
        raise SettingsError(f"--from {start} is after --to {end}")
    weeks = mof_weeks(first, last)
    reported = _reported(store, investor, instrument, economy, first.isoformat(), last.isoformat())
    official = _official(store, DIRECTION[investor], instrument, first.isoformat(), last.isoformat())
    points = []
    for sunday, saturday in weeks:
        key = saturday.isoformat()
        reports = reported.get(key, [])
        best = reports[0] if reports else None
        value = best["value"] if best else None
        off = official.get(key)
        points.append(SeriesPoint(
            week_start=sunday.isoformat(), week_end=key, reported_yen=value,
            reported_text=best["text"] if best else None, official_yen=off,
            difference_yen=(value - off) if value is not None and off is not None else None,
            status=best["status"] if best else None, record_id=best["record_id"] if best else None,
            article_id=best["article_id"] if best else None, published=best["published"] if best else None,
            reports=len(reports),
        ))
    return points


def _reported(
    store: FactStore, investor: str, instrument: str, economy: str, first: str, last: str,
) -> dict[str, list[dict[str, Any]]]:
    """Week end -> reports of that week, best (newest story, prose before table) first."""
    rows = store.conn.execute(
        """SELECT r.id, r.kind, r.article_id, r.signed_value, r.json, r.status, r.period_end, a.published
           FROM records r JOIN articles a ON a.pk = r.article_pk
           WHERE r.kind IN ('flow', 'table_row') AND r.side = ? AND r.economy = ?
             AND r.period_kind = 'week' AND r.period_end BETWEEN ? AND ?
             AND (r.kind = 'table_row' OR r.instrument = ?)
             AND (r.source_series IS NULL OR r.source_series = 'mof_weekly')
             AND a.duplicate_of IS NULL""",
        (investor, economy, first, last, instrument),
    ).fetchall()
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        record = json.loads(row["json"])
        if row["kind"] == "flow":
            value, text = row["signed_value"], (record.get("amount") or {}).get("text")
        else:
            values = record.get("values") or {}
            if instrument not in values:
                continue
            value = float(values[instrument])
            text = (record.get("printed") or {}).get(instrument)
        if value is None:
            continue
        out.setdefault(row["period_end"], []).append({
            "value": float(value), "text": text, "record_id": row["id"], "article_id": row["article_id"],
            "published": row["published"], "status": row["status"], "prose": row["kind"] == "flow",
        })
    for reports in out.values():
        reports.sort(key=lambda r: (r["published"] or "", r["prose"], r["article_id"], r["record_id"]), reverse=True)
    return out


def _official(store: FactStore, direction: str, instrument: str, first: str, last: str) -> dict[str, float]:
    """Week end -> official net value in yen (newest vintage), from the store or else the snapshot."""
    name = OFFICIAL_INSTRUMENT.get(instrument)
    if name is None:
        return {}
    rows = store.conn.execute(
        """SELECT period_end, value_yen FROM official_series
           WHERE series = 'mof_weekly' AND direction = ? AND instrument = ? AND investor_group = 'all'
             AND metric = 'net' AND period_kind = 'week' AND period_end BETWEEN ? AND ?
           ORDER BY vintage""",
        (direction, name, first, last),
    ).fetchall()
    if rows:
        return {r[0]: float(r[1]) for r in rows if r[1] is not None}  # later vintages overwrite earlier
    if store.conn.execute("SELECT 1 FROM official_series LIMIT 1").fetchone():
        return {}
    try:  # an empty table: the store was built without the reconciler; read the snapshot
        from extractor.reconcile import load_official
    except ImportError:
        return {}
    out: dict[str, float] = {}
    for row in official_rows(load_official(None)):
        series, d, inst, group, metric, kind, _, end, value, _ = row
        if (series, d, inst, group, metric, kind) == ("mof_weekly", direction, name, "all", "net", "week") \
                and first <= end <= last and value is not None:
            out[end] = float(value)
    return out


def official_rows(official: Any) -> list[tuple[Any, ...]]:
    """Rows for `official_series` from the reconciler's official data (its tidy `frame`)."""
    frame = getattr(official, "frame", official)
    if frame is None or not hasattr(frame, "itertuples"):
        return []

    def iso(x: Any) -> str | None:
        if x is None or x != x:  # None or NaT
            return None
        return x.date().isoformat() if hasattr(x, "date") else str(x)[:10]

    rows = []
    for r in frame.itertuples(index=False):
        value = getattr(r, "value_yen", None)
        rows.append((
            r.series, r.direction, r.instrument, r.investor_group, r.metric, getattr(r, "period_kind", "week"),
            iso(r.period_start), iso(r.period_end), int(value) if value is not None else None, iso(r.vintage),
        ))
    return rows


FIELDS = ("week_start", "week_end", "reported_yen", "reported_text", "official_yen", "difference_yen",
          "status", "record_id", "article_id", "published", "reports")


def to_csv(points: Sequence[SeriesPoint]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for p in points:
        writer.writerow({k: ("" if v is None else _plain(v)) for k, v in p.to_dict().items()})
    return buf.getvalue()


def _plain(v: Any) -> Any:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def plot(points: Sequence[SeriesPoint], path: str | Path, *, title: str) -> Path:
    """Draw reported (dots) and official (line) weekly values, in billion yen, to a PNG file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ends = [date.fromisoformat(p.week_end) for p in points]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=110)
    # (matplotlib's own stubs type the data of Axes.plot and Axes.scatter as float | ArrayLike, which leaves
    # out datetime.date; its default units registry converts dates, so the two ignores below are the stub's)
    ax.plot(ends, [p.official_yen / 1e9 if p.official_yen is not None else float("nan") for p in points],  # type: ignore[arg-type]
            color="#1f5f99", linewidth=1.6, label="official (MoF, newest vintage)")
    rx = [e for e, p in zip(ends, points, strict=True) if p.reported_yen is not None]
    ry = [p.reported_yen / 1e9 for p in points if p.reported_yen is not None]
    ax.scatter(rx, ry, color="#d0542c", s=28, zorder=3, label="reported in the news (most recent story)")  # type: ignore[arg-type]
    ax.axhline(0, color="#888888", linewidth=0.8)
    ax.set_ylabel("net flow, billion yen (+ buying)")
    ax.set_title(title)
    ax.legend(loc="best", fontsize=9)
    fig.autofmt_xdate()
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out
