"""The reconciliation report: counts per status, the worst discrepancies with evidence, JSON lines.

`render_report()` gives the plain-text summary `flowfacts reconcile` prints by default;
`write_jsonl()` the verdicts one per line. Both only read verdicts (and the records, for evidence).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

STATUSES = ("match", "revised", "mismatch", "unverifiable")
CHECKS = ("figure", "table", "cumulative", "converted", "comparison", "streak", "superlative")
_FIGURE_CHECKS = ("figure", "table", "cumulative")


def counts(verdicts: Iterable[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Status counts per check, plus "all"."""
    out: dict[str, Counter[str]] = {"all": Counter()}
    for v in verdicts:
        out.setdefault(str(v.get("check", "figure")), Counter())[v["status"]] += 1
        out["all"][v["status"]] += 1
    return out


def severity(verdict: dict[str, Any]) -> float:
    """How bad a mismatch is: the difference relative to the official figure (claims rank after figures)."""
    if verdict.get("status") != "mismatch":
        return -1.0
    if verdict.get("check", "figure") not in _FIGURE_CHECKS:
        return 0.5
    diff, official = verdict.get("difference"), verdict.get("official_value")
    if diff is None or not official:
        return 1.0
    return 1.0 + abs(float(diff)) / abs(float(official))


def worst(verdicts: list[dict[str, Any]], n: int = 10) -> list[dict[str, Any]]:
    """The `n` worst mismatches, figures first, largest relative difference first."""
    return sorted((v for v in verdicts if v.get("status") == "mismatch"), key=severity, reverse=True)[:n]


def render_report(verdicts: list[dict[str, Any]], records: Iterable[dict[str, Any]] = (), *, top: int = 10) -> str:
    """Plain-text summary: a status table per check, then the worst mismatches with their evidence."""
    by_id = {str(r.get("id")): r for r in records}
    table = counts(verdicts)
    lines = [f"{'check':<12}" + "".join(f"{s:>14}" for s in STATUSES) + f"{'total':>8}"]
    for check in [*(c for c in CHECKS if c in table), *sorted(set(table) - {*CHECKS, "all"}), "all"]:
        row = table[check]
        lines.append(f"{check:<12}" + "".join(f"{row[s]:>14}" for s in STATUSES) + f"{sum(row.values()):>8}")
    bad = worst(verdicts, top)
    lines.append("")
    lines.append(f"worst discrepancies ({len(bad)} of {table['all']['mismatch']} mismatches):" if bad
                 else "no mismatches")
    for i, v in enumerate(bad, 1):
        lines.append(f"{i:>3}. [{v.get('check', 'figure')}] {v['record_id']}  {v.get('series_key') or '-'}  "
                     f"period end {v.get('period_end') or '-'}")
        lines.append(f"     reported {_amount(v, 'reported_value')}, official {_amount(v, 'official_value')}"
                     f", vintage {v.get('vintage') or '-'}")
        if v.get("note"):
            lines.append(f"     note: {v['note']}")
        sentence = _evidence(by_id, str(v["record_id"]))
        if sentence:
            lines.append(f"     evidence: {sentence}")
    return "\n".join(lines) + "\n"


def write_jsonl(verdicts: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for v in verdicts:
        out.write(json.dumps(v, ensure_ascii=False) + "\n")
        n += 1
    return n


def _amount(verdict: dict[str, Any], field: str) -> str:
    value = verdict.get(field)
    if value is None:
        return "-"
    if verdict.get("check", "figure") in (*_FIGURE_CHECKS, "superlative"):
        return f"{value / 1e9:+,.1f} bn yen"
    if verdict.get("check") == "converted":
        return f"${value / 1e9:,.2f} bn"
    return f"{value:g}"


def _evidence(by_id: dict[str, dict[str, Any]], record_id: str, limit: int = 240) -> str:
    record = by_id.get(record_id) or by_id.get(record_id.split("/")[0])  # table cells: "<row id>/<instrument>"
    if record is None:
        return ""
    sentence = " ".join(str((record.get("evidence") or {}).get("sentence") or "").split())
    return sentence if len(sentence) <= limit else sentence[: limit - 3] + "..."
