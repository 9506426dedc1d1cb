"""Measure the size of MoF first-release revisions from every source at hand.

A first release (the newest week of a weekly file) is revised a week later; the reconciler allows
for that (`REVISION_SHARE`, `REVISION_FLOOR_YEN` and, for the notes, `GROSS_SHARE_SEEN` in
`extractor/reconcile/match.py`). This script prints the evidence those constants rest on, each
difference both as a share of the net and as a share of the gross trading (acquisitions +
dispositions) behind it:

1. vintages: figures that changed between the loaded releases of the same file;
2. the news crosscheck (`news-crosscheck.csv`: news figures next to the file values), if present;
3. gold-annotated articles (the dev set by default): MoF weekly headline figures and current-week
   table cells, which are first releases, and comparison figures and earlier table rows, which are
   already revised when printed.

    .venv/bin/python scripts/revision_sizes.py
    .venv/bin/python scripts/revision_sizes.py --gold corpus/articles   # the team's corpus (not evidence:
                                                                        # its first releases are invented)
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.reconcile import load_official
from extractor.reconcile.gold import article_records, is_mof_weekly
from extractor.reconcile.match import (
    GROSS_SHARE_SEEN,
    REVISION_FLOOR_YEN,
    REVISION_SHARE,
    Target,
    official_gross,
    official_value,
    precision_of,
    resolve_target,
    signed_reported,
)
from extractor.reconcile.official import SERIES_WEEKLY, UNIT_YEN, OfficialData

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_CROSSCHECK_COLUMNS = {3: ("outward", "equity"), 6: ("outward", "long_term_debt"), 10: ("outward", "short_term_debt"),
                       14: ("inward", "equity"), 17: ("inward", "long_term_debt"), 21: ("inward", "short_term_debt")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "eval-dev" / "articles")
    ap.add_argument("--crosscheck", type=Path, default=SHARED / "official" / "news-crosscheck.csv")
    ap.add_argument("--official", type=Path, help="official files (default: the corpus/official snapshot)")
    ap.add_argument("--all", action="store_true", help="list every difference, not only those over 2% of the net")
    args = ap.parse_args()
    official = load_official(args.official)
    print(f"allowance now: {REVISION_SHARE:.0%} of the net, at least {REVISION_FLOOR_YEN / 1e9:g} bn yen; "
          f"notes flag revisions over {GROSS_SHARE_SEEN:.1%} of the gross\n")

    print("1. Vintages: net figures that changed between releases")
    changed = official.revisions(metric="net")
    for row in changed.itertuples(index=False):
        target = Target(str(row.series), str(row.direction), (str(row.instrument),), str(row.investor_group),
                        str(row.period_kind), (row.period_end,))
        gross = official_gross(target, row.period_end, official)
        print(f"   {row.direction} {row.instrument} {row.period_end:%Y-%m-%d} ({row.old_vintage:%Y-%m-%d} -> "
              f"{row.new_vintage:%Y-%m-%d}{', first release' if row.first_release else ''}): {row.old:,} -> {row.new:,}"
              f"  {_shares(row.change * UNIT_YEN, row.new * UNIT_YEN, gross)}")
    weekly = sorted(official.vintages(SERIES_WEEKLY))
    print(f"   weekly vintages {', '.join(f'{v:%Y-%m-%d}' for v in weekly)}: "
          f"{changed[changed['series'] == SERIES_WEEKLY]['period_end'].nunique()} of {max(len(weekly) - 1, 0)} "
          "first-release weeks revised in the next loaded release\n")

    if args.crosscheck.is_file():
        print(f"2. News crosscheck ({args.crosscheck.name})")
        rows = _crosscheck(args.crosscheck, official)
        _summary(rows, args.all)
    else:
        print(f"2. News crosscheck: {args.crosscheck} not found, skipped\n")

    print(f"3. Gold-annotated articles ({args.gold})")
    _summary(_gold(args.gold, official), args.all)


def _shares(diff: float, net: float, gross: float | None) -> str:
    of_net = f"{100 * abs(diff) / abs(net):.1f}% of the net" if net else "net 0"
    of_gross = f"{100 * abs(diff) / gross:.2f}% of the gross" if gross else "gross n/a"
    return f"{abs(diff) / 1e9:,.1f} bn yen = {of_net}, {of_gross}"


def _crosscheck(path: Path, official: OfficialData) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            direction, instrument = _CROSSCHECK_COLUMNS[int(row["file_column_index"])]
            end = pd.Timestamp(row["week_end"])
            target = Target(SERIES_WEEKLY, direction, (instrument,), "all", "week", (end,))
            tolerance = float(row["tolerance"] or 0) * UNIT_YEN
            first = "previous" not in row["note"] and "r = revised" not in row["note"]
            out.append(_entry(f"{row['article_date']} {row['reported_text'][:60]}", "first release" if first else
                              "already revised", float(row["reported_value_100m_yen"]) * UNIT_YEN, tolerance,
                              target, official))
    return out


def _gold(folder: Path, official: OfficialData) -> list[dict[str, Any]]:
    out = []
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        records = article_records(article)
        flows = article.get("flows") or []
        for i, flow in enumerate(flows):
            target = resolve_target(records[i])
            if not is_mof_weekly(flow) or not isinstance(target, Target):
                continue
            kind = {"headline": "first release", "comparison": "already revised"}.get(flow["role"])
            reported = signed_reported(records[i])
            if kind and reported is not None:
                out.append(_entry(f"{article['id']} g{i}", kind, reported, precision_of(records[i]["amount"]) / 2,
                                  target, official))
        rows = [r for r in records if r["kind"] == "table_row"]
        newest = max((str(r["period"]["end"]) for r in rows), default="")
        for row in rows:
            for instrument, value in row["values"].items():
                cell = {**row, "kind": "flow", "instrument": instrument, "direction": "buy" if value >= 0 else "sell",
                        "amount": {"value": abs(value), "currency": "JPY", "precision": row["precision"]}}
                target = resolve_target(cell)
                if isinstance(target, Target):
                    kind = "first release" if row["period"]["end"] == newest else "already revised"
                    out.append(_entry(f"{row['id']} {instrument} (table)", kind, value, row["precision"] / 2,
                                      target, official))
    return out


def _entry(label: str, kind: str, reported: float, rounding: float, target: Target,
           official: OfficialData) -> dict[str, Any]:
    end = target.ends[-1]
    found = official_value(target, official)
    value = found[0] if found else None
    gross = official_gross(target, end, official)
    excess = None if value is None else max(abs(reported - value) - rounding, 0.0)
    return {"label": f"{label} [{target.series_key} {end:%Y-%m-%d}]", "kind": kind, "reported": reported,
            "official": value, "gross": gross, "excess": excess,
            "of_net": None if not value or excess is None else excess / abs(value),
            "of_gross": None if not gross or excess is None else excess / gross}


def _summary(entries: list[dict[str, Any]], show_all: bool) -> None:
    for kind in ("first release", "already revised"):
        rows = [e for e in entries if e["kind"] == kind and e["of_net"] is not None]
        if not rows:
            continue
        of_net = pd.Series([e["of_net"] for e in rows])
        exact = sum(e["excess"] == 0 for e in rows)
        print(f"   {kind}: {len(rows)} figures, {exact} within rounding; beyond rounding as a share of the net: "
              f"median {of_net.median():.1%}, 90th percentile {of_net.quantile(0.9):.1%}, "
              f"over 5% {int((of_net > 0.05).sum())}, over 8% {int((of_net > 0.08).sum())}, "
              f"over 15% {int((of_net > 0.15).sum())}")
        for e in sorted(rows, key=lambda e: e["of_net"]):
            if show_all or e["of_net"] > 0.02:
                print(f"     {e['label']}: reported {e['reported'] / 1e9:+,.1f}, file {e['official'] / 1e9:+,.1f}; "
                      f"{_shares(e['excess'], e['official'], e['gross'])} beyond rounding")
    print()


if __name__ == "__main__":
    main()
