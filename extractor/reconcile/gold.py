"""Records made from gold-annotated articles, to measure reconciliation without the extractor.

The gold schema (`../shared/eval-dev/SCHEMA.md`, also used by `corpus/articles/*.json`) has its own
vocabulary: investor_side japan/foreign/other, instruments stocks/bonds/bills/debt/securities/other,
market foreign/japan/other. `article_records()` turns one annotated article into the dicts
`flowfacts extract --format jsonl` writes (record contract v1): its flows, the fx-rate figures of
`quoted`, and the embedded table rows. What the gold does not record is inferred and documented:

* `amount.precision` from `as_written` ("1.406 trillion yen" -> 1e9);
* `investor.group` from `investor_text` ("life insurers" -> life_insurers), else `all`;
* `source.series` from the evidence sentence ("exchange data" -> jpx_weekly, "Ministry of Finance"
  -> mof_weekly / mof_monthly) and from the week's shape (Monday-Friday -> jpx_weekly), else null;
* converted amounts: `usd_equivalent`, with the printed text found after `as_written` when bracketed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from extractor.reconcile.match import precision_from_text

SIDE = {"japan": ("resident", "JP"), "foreign": ("non_resident", "JP"), "other": ("unknown", None)}
INSTRUMENT = {"stocks": "equity", "bonds": "long_term_debt", "bills": "short_term_debt", "debt": "debt",
              "securities": "securities", "other": "other"}
MARKET = {"foreign": "foreign", "japan": "domestic", "other": "unknown"}
TABLE_SIDE = {"foreign_in_japan": "non_resident", "japan_abroad": "resident"}
TABLE_COLUMNS = {"stocks": "equity", "bonds": "long_term_debt", "bills": "short_term_debt"}

# fmt: off
# Investor wording -> record group; first match wins, so longer phrases come first.
_GROUP_WORDS = (
    ("trust bank", "trust_banks"), ("trust account", "trust_banks"), ("pension", "pension_funds"),
    ("life insur", "life_insurers"), ("lifer", "life_insurers"), ("insur", "other"),
    ("securities firm", "other"), ("securities compan", "other"), ("broker", "other"), ("investment trust", "investment_trusts"), ("asset manag", "investment_trusts"),
    ("bank", "banks"), ("retail", "retail"), ("individual", "retail"), ("corporat", "corporates"),
    ("central bank", "central_bank"),
)
# fmt: on
_SOURCE_WORDS = (
    (re.compile(r"exchange data|stock exchange|\bTSE\b|\bJPX\b|bourse", re.I), "jpx_weekly"),
    (re.compile(r"\bTIC\b|Treasury Department|Treasury International Capital", re.I), "tic"),
    (re.compile(r"\bEPFR\b|\bLipper\b|fund flows data", re.I), "other"),
    (re.compile(r"Ministry of Finance|finance ministry|\bMOF\b|\bMoF\b", re.I), "mof"),
)
_CONVERTED_RE = re.compile(r"^\s*\(\s*(?:about\s+|roughly\s+)?((?:US)?\$\s*[\d.,]+\s*(?:trillion|billion|million|bln|mln|bn|mn|tn)?)", re.I)


def article_records(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Flow, fx-rate figure and table-row records for one gold-annotated article."""
    records = [flow_record(article, i, f) for i, f in enumerate(article.get("flows") or [])]
    records += [r for i, q in enumerate(article.get("quoted") or []) if (r := _fx_record(article, i, q))]
    records += [_table_record(article, i, row) for i, row in enumerate(article.get("table_rows") or [])]
    return records


def flow_record(article: dict[str, Any], index: int, flow: dict[str, Any]) -> dict[str, Any]:
    """One gold flow as a `kind: flow` record dict."""
    text, aid = article.get("text") or "", article["id"]
    side, economy = SIDE[flow["investor_side"]]
    evidence = flow.get("evidence") or ""
    start = text.find(evidence) if evidence else -1
    as_written = flow.get("as_written") or ""
    streak = flow.get("streak")
    return {
        "kind": "flow", "id": f"{aid}#g{index}", "article_id": aid,
        "investor": {"side": side, "economy": economy, "text": flow.get("investor_text"),
                     "group": _group(flow.get("investor_text") or "") if side == "resident" else "all"},
        "instrument": INSTRUMENT[flow["instrument"]],
        "market": MARKET[flow["market"]],
        "direction": flow["direction"],
        "amount": {"value": flow["amount"], "currency": flow["currency"], "text": as_written,
                   "precision": precision_from_text(as_written)},
        "converted": _converted(evidence, as_written, flow.get("usd_equivalent")),
        "period": {"kind": flow.get("period_kind"), "start": flow.get("period_start"),
                   "end": flow.get("period_end"), "text": None},
        "role": flow.get("role"),
        "streak": {"count": streak["count"], "unit": streak.get("unit", "week"), "direction": None} if streak else None,
        "source": {"text": None, "series": _source(evidence, flow)},
        "evidence": {"sentence": evidence, "start": max(start, 0), "end": max(start, 0) + len(evidence)},
        "confidence": 1.0,
    }


def _group(investor_text: str) -> str:
    lowered = investor_text.lower()
    return next((group for words, group in _GROUP_WORDS if words in lowered), "all")


def _source(evidence: str, flow: dict[str, Any]) -> str | None:
    if flow["investor_side"] == "other":
        return None
    start, end = flow.get("period_start"), flow.get("period_end")
    if flow.get("period_kind") == "week" and start and end:
        if date.fromisoformat(start).weekday() == 0 and date.fromisoformat(end).weekday() == 4:
            return "jpx_weekly"
    for pattern, series in _SOURCE_WORDS:
        if pattern.search(evidence):
            if series == "mof":
                return "mof_weekly" if flow.get("period_kind") in ("week", "weeks") else "mof_monthly"
            return series
    return None


def _converted(evidence: str, as_written: str, usd: float | None) -> list[dict[str, Any]]:
    if not usd:
        return []
    at = evidence.find(as_written) if as_written else -1
    m = _CONVERTED_RE.match(evidence[at + len(as_written):]) if at >= 0 else None
    text = m.group(1).strip() if m else None
    out: dict[str, Any] = {"value": usd, "currency": "USD", "text": text or f"${usd:,.0f}"}
    if text and (precision := precision_from_text(text.replace("$", " "))):
        out["precision"] = precision
    return [out]


def _fx_record(article: dict[str, Any], index: int, quoted: dict[str, Any]) -> dict[str, Any] | None:
    if quoted.get("kind") != "fx_rate" or not isinstance(quoted.get("value"), int | float):
        return None
    unit = str(quoted.get("unit") or "")
    if "JPY" not in unit.upper() and "YEN" not in unit.upper():
        return None
    evidence = quoted.get("evidence") or ""
    start = max((article.get("text") or "").find(evidence), 0)
    return {
        "kind": "figure", "id": f"{article['id']}#q{index}", "article_id": article["id"], "measure": "fx_rate",
        "subject": quoted.get("subject"), "value": quoted["value"], "unit": unit, "date": quoted.get("date"),
        "text": evidence, "base": "USD", "quote": "JPY",
        "evidence": {"sentence": evidence, "start": start, "end": start + len(evidence)},
    }


def _row_period_kind(row: dict[str, Any]) -> str:
    """Weekly tables are the rule; a row from the first to the last day of a month is a month."""
    start, end = row.get("period_start"), row.get("period_end")
    if start and end:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
        if first.day == 1 and (last + timedelta(days=1)).day == 1 and (first.year, first.month) == (last.year, last.month):
            return "month"
    return "week"


def _table_record(article: dict[str, Any], index: int, row: dict[str, Any]) -> dict[str, Any]:
    scale = 1e9 if str(row.get("unit", "JPY bn")).lower().endswith("bn") else 1.0
    values = {TABLE_COLUMNS[k]: row[k] * scale for k in TABLE_COLUMNS if isinstance(row.get(k), int | float)}
    return {
        "kind": "table_row", "id": f"{article['id']}#t{index}", "article_id": article["id"],
        "investor": {"side": TABLE_SIDE[row["side"]], "economy": "JP", "text": None, "group": "all"},
        "market": "foreign" if row["side"] == "japan_abroad" else "domestic",
        "period": {"kind": _row_period_kind(row), "start": row.get("period_start"), "end": row.get("period_end"),
                   "text": row.get("period_label")},
        "values": values, "printed": {TABLE_COLUMNS[k]: str(row[k]) for k in TABLE_COLUMNS if k in row},
        "revised": [TABLE_COLUMNS[k] for k in row.get("revised") or [] if k in TABLE_COLUMNS],
        "currency": "JPY", "precision": 0.1 * scale,
        "source": {"text": None, "series": "mof_weekly"},
        "evidence": {"sentence": row.get("period_label") or "", "start": 0, "end": 0},
    }


def is_mof_weekly(flow: dict[str, Any]) -> bool:
    """Whether a gold flow is a figure of the MoF weekly series (Japan, yen, a Sunday-Saturday week)."""
    start, end = flow.get("period_start"), flow.get("period_end")
    if flow.get("investor_side") not in ("japan", "foreign") or flow.get("period_kind") != "week":
        return False
    if flow.get("currency") != "JPY" or flow.get("instrument") == "other" or not (start and end):
        return False
    return date.fromisoformat(start).weekday() == 6 and date.fromisoformat(end).weekday() == 5
