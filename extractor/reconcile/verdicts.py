"""`reconcile_records`: every verdict for a batch of records (flows, table rows, claims).

Input records are the dicts `flowfacts extract --format jsonl` writes (record contract v1), read
from a JSONL file or, later, the fact store. Output verdicts follow the contract's verdict form
(record_id, series, series_key, period_end, official_value, reported_value, difference, tolerance,
status, vintage, note) plus `check`: `figure` for a flow's own figure, `table` for a cell of an
embedded table, `cumulative` for a sum over several periods, and `converted`, `comparison`,
`streak`, `superlative` for the claim checks of `claims.py`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.errors import ReconciliationError
from extractor.lang.en.instruments import EXPLICIT_LONG_TERM
from extractor.reconcile import claims
from extractor.reconcile.match import (
    Target,
    inherited_country,
    judge,
    precision_of,
    resolve_target,
    signed_reported,
)
from extractor.reconcile.official import OfficialData

# A sentence that says "long-term" means the long-term column, so the "bonds = all debt" reading is not tried.
_LONG_TERM_RE = re.compile(EXPLICIT_LONG_TERM, re.I)
STATUS_RANK = {"match": 0, "revised": 1, "mismatch": 2, "unverifiable": 3}


def reconcile_records(records: Iterable[dict[str, Any]], official: OfficialData) -> list[dict[str, Any]]:
    """Verdicts for every flow and table row, then the claim checks, grouped per article."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        if not isinstance(record, dict) or "kind" not in record:
            raise ReconciliationError(f"not a record (no 'kind' field): {str(record)[:80]}")
        by_article[str(record.get("article_id"))].append(record)
    verdicts: list[dict[str, Any]] = []
    for article_records in by_article.values():
        verdicts.extend(_article_verdicts(article_records, official))
    return verdicts


def _article_verdicts(records: list[dict[str, Any]], official: OfficialData) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    flows = [r for r in records if r.get("kind") == "flow"]
    targets: dict[str, Target | str] = {}
    previous: dict[str, Any] | None = None
    for flow in sorted(flows, key=lambda r: int((r.get("evidence") or {}).get("start") or 0)):  # text order
        target = resolve_target(flow)
        if isinstance(target, Target) and (country := inherited_country(flow, previous)):
            target = country
        targets[str(flow.get("id"))] = target
        previous = flow
    for flow in flows:
        out.append(figure_verdict(flow, targets[str(flow.get("id"))], official))
    for row in (r for r in records if r.get("kind") == "table_row"):
        out.extend(table_verdicts(row, official))
    out.extend(claims.check_claims(records, targets, official))
    return out


def figure_verdict(flow: dict[str, Any], target: Target | str, official: OfficialData) -> dict[str, Any]:
    """The verdict on a flow's own figure (`check` figure, or cumulative for a sum of periods)."""
    record_id = str(flow.get("id"))
    reported = signed_reported(flow)
    if isinstance(target, str) or reported is None:
        return unverifiable(record_id, target if isinstance(target, str) else "amount has no yen value",
                            reported, check="figure")
    precision = precision_of(flow.get("amount") or {})
    verdict = judge(record_id, target, reported, precision, official)
    for alternative, why in _readings(flow, target):
        if verdict["status"] == "match":
            break
        alt = judge(record_id, alternative, reported, precision, official)
        if STATUS_RANK[alt["status"]] < STATUS_RANK[verdict["status"]]:
            alt["note"] = "; ".join(x for x in (why, alt["note"]) if x)
            verdict, target = alt, alternative
    if verdict["status"] == "revised" and flow.get("role") == "comparison" and not target.is_sum:
        verdict["note"] += ("; an earlier period's figure is normally printed already revised, so MoF revised it "
                            "again after the story (the loaded files keep no vintage of that time), or the story "
                            "kept the first release")
    verdict["check"] = "cumulative" if target.is_sum else "figure"
    if target.is_sum:
        verdict["periods"] = len(target.ends)
    return verdict


def _readings(flow: dict[str, Any], target: Target) -> list[tuple[Target, str]]:
    """Other fair readings of a figure, tried when the first one does not match.

    "Debt" in a story often means bonds only; "bonds" not called long-term may stand for all debt
    securities, long and short term ("sold a net 250 billion yen of overseas bonds", followed by
    the long- and short-term parts); a sum "since the start of the year" may leave out the week
    that straddles New Year (it began in the old year).
    """
    out = []
    if target.instruments == ("long_term_debt", "short_term_debt"):
        out.append((replace(target, instruments=("long_term_debt",)), "'debt' taken as long-term debt only"))
    sentence = str((flow.get("evidence") or {}).get("sentence") or "")
    if target.instruments == ("long_term_debt",) and not _LONG_TERM_RE.search(sentence):
        out.append((replace(target, instruments=("long_term_debt", "short_term_debt")),
                    "'bonds' taken as all debt securities, long and short term"))
    start = str((flow.get("period") or {}).get("start") or "")
    if target.is_sum and target.period_kind == "week" and start and \
            f"{target.ends[0] - pd.Timedelta(days=6):%Y-%m-%d}" < start:
        out.append((replace(target, ends=target.ends[1:]), "counting only the weeks that begin in the period"))
    return out


def table_verdicts(row: dict[str, Any], official: OfficialData) -> list[dict[str, Any]]:
    """One verdict per cell of an embedded table row ("stocks bonds bills" of a week)."""
    out = []
    revised = set(row.get("revised") or [])
    for instrument, value in (row.get("values") or {}).items():
        cell = {
            "id": f"{row.get('id')}/{instrument}", "investor": row.get("investor") or {},
            "instrument": instrument, "market": row.get("market"), "period": row.get("period") or {},
            "source": row.get("source") or {}, "direction": "buy" if value >= 0 else "sell",
            "amount": {"value": abs(value), "currency": row.get("currency", "JPY"),
                       "precision": row.get("precision")},
        }
        verdict = figure_verdict(cell, resolve_target(cell), official)
        verdict["check"] = "table"
        if instrument in revised and verdict["status"] != "match":
            verdict["note"] = ("marked r (revised) in the table, so an exact match was expected; "
                               + verdict["note"]).rstrip("; ")
        out.append(verdict)
    return out


def unverifiable(record_id: str, reason: str, reported: float | None, *, check: str) -> dict[str, Any]:
    return {
        "record_id": record_id, "series": None, "series_key": None, "period_end": None,
        "official_value": None, "reported_value": None if reported is None else int(round(reported)),
        "difference": None, "tolerance": None, "status": "unverifiable", "vintage": None, "note": reason,
        "check": check,
    }


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records from a JSONL file written by `flowfacts extract --format jsonl` (`-` = stdin)."""
    import sys

    source = Path(path)
    try:
        lines = sys.stdin.read().splitlines() if str(path) == "-" else source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReconciliationError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ReconciliationError(f"{path}: is not UTF-8 text (byte offset {exc.start})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReconciliationError(f"{path}:{number}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(record, dict) or "kind" not in record:
            raise ReconciliationError(f"{path}:{number}: not a record (a JSON object with a 'kind' field)")
        yield record
