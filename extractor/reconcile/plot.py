"""`flowfacts reconcile --plot FILE.png`: reported figures against the official series over time.

One panel per official series (the most reconciled first, at most `max_panels`): the series as a
line, each reported figure as a point coloured by its verdict. Values in billion yen.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.reconcile.official import OfficialData

COLOURS = {"match": "tab:green", "revised": "tab:orange", "mismatch": "tab:red"}
_INSTRUMENT_NAMES = {"equity": "equity", "long_term_debt": "long-term debt", "short_term_debt": "short-term debt",
                     "total": "all securities", "long_term_debt+short_term_debt": "debt"}


def plot_reconciliation(verdicts: list[dict[str, Any]], official: OfficialData, path: str | Path, *,
                        max_panels: int = 6, margin: int = 8) -> Path:
    """Draw the figure verdicts that have an official value; return the written path."""
    import matplotlib

    matplotlib.use("Agg")  # no display: write files only
    import matplotlib.pyplot as plt

    points = [v for v in verdicts if v.get("check", "figure") in ("figure", "table")
              and v.get("official_value") is not None and v.get("series") and v.get("period_end")]
    keys = [k for k, _ in Counter((v["series"], v["series_key"]) for v in points).most_common(max_panels)]
    fig, axes = plt.subplots(max(len(keys), 1), 1, figsize=(10, 2.8 * max(len(keys), 1)), squeeze=False)
    if not keys:
        axes[0][0].text(0.5, 0.5, "no reconciled figures to plot", ha="center", va="center")
        axes[0][0].set_axis_off()
    for ax, (series, key) in zip((row[0] for row in axes), keys, strict=False):
        mine = [v for v in points if (v["series"], v["series_key"]) == (series, key)]
        ends = pd.to_datetime([v["period_end"] for v in mine])
        line = _official_line(official, series, key)
        step = pd.Timedelta(days=7 if series == "mof_weekly" else 31)
        shown = line[(line.index >= ends.min() - margin * step) & (line.index <= ends.max() + margin * step)]
        ax.plot(shown.index, shown.values / 1e9, color="tab:blue", linewidth=1, label="official (newest vintage)")
        for status, colour in COLOURS.items():
            xs = [e for e, v in zip(ends, mine, strict=True) if v["status"] == status]
            ys = [v["reported_value"] / 1e9 for v in mine if v["status"] == status]
            if xs:
                ax.scatter(xs, ys, color=colour, s=22, zorder=3, label=f"reported: {status}")
        ax.axhline(0, color="grey", linewidth=0.5)
        ax.set_title(f"{series}: {_title(key)}", fontsize=10)
        ax.set_ylabel("bn yen, + = net buying")
        ax.legend(fontsize=7, loc="best")
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def _official_line(official: OfficialData, series: str, key: str) -> pd.Series:
    direction, instruments, _metric, *group = key.split("/")
    parts = [official.series(series, direction, i, group=group[0] if group else "all") for i in instruments.split("+")]
    total = parts[0]
    for part in parts[1:]:
        total = total.add(part, fill_value=0)
    return total


def _title(key: str) -> str:
    direction, instruments, _metric, *group = key.split("/")
    who = "Japanese investors abroad" if direction == "outward" else "foreign investors in Japan"
    return f"{who}, {_INSTRUMENT_NAMES.get(instruments, instruments)}" + (f" ({group[0]})" if group else "") + ", net"
