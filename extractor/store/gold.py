"""Records from gold-annotated articles (the corpus format), to build stores without the extractor.

The search-quality test and the store benchmark need a store whose contents do not move when the
extractor improves: they build it from the annotations in `corpus/articles/*.json` (the gold
schema of `../shared/eval-dev/SCHEMA.md` plus `statements`). `gold_records(article)` maps the
gold vocabulary onto the record contract: investor_side japan/foreign/other -> resident/non_resident
(economy JP)/unknown, stocks/bonds/bills -> equity/long_term_debt/short_term_debt, market japan ->
domestic; quoted figures become `figure` records, statements `statement` records, and embedded
table rows `table_row` records. Record ids are `<article id>#g<n>` (flows), `#q<n>`, `#s<n>`, `#t<n>`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extractor.reconcile.gold import INSTRUMENT, MARKET, SIDE, TABLE_COLUMNS, TABLE_SIDE

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“(])|\n+")


def _span(text: str, piece: str) -> tuple[int, int]:
    at = text.find(piece) if piece else -1
    return (at, at + len(piece)) if at >= 0 else (0, 0)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence(s) of `text` covering [start, end)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return text[lo:hi], lo, hi


def _source(evidence: str, flow: dict[str, Any]) -> str | None:
    start, end = flow.get("period_start"), flow.get("period_end")
    if flow.get("period_kind") == "week" and start and end:
        if date.fromisoformat(start).weekday() == 0 and date.fromisoformat(end).weekday() == 4:
            return "jpx_weekly"  # Monday-to-Friday weeks are stock-exchange weeks
    lowered = evidence.lower()
    if "exchange" in lowered or "bourse" in lowered:
        return "jpx_weekly"
    if "ministry" in lowered or "mof" in lowered:
        return "mof_weekly" if flow.get("period_kind") in ("week", "weeks") else "mof_monthly"
    return None


def gold_records(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Every annotated flow, quoted figure, statement and table row of one article, as record dicts."""
    text, aid = article.get("text") or "", article["id"]
    out: list[dict[str, Any]] = []
    for i, flow in enumerate(article.get("flows") or []):
        side, economy = SIDE.get(flow.get("investor_side"), ("unknown", None))
        evidence = flow.get("evidence") or ""
        start, end = _span(text, evidence)
        streak = flow.get("streak")
        usd = flow.get("usd_equivalent")
        out.append({
            "kind": "flow", "id": f"{aid}#g{i}", "article_id": aid,
            "investor": {"side": side, "economy": economy, "text": flow.get("investor_text"), "group": "all"},
            "instrument": INSTRUMENT.get(flow.get("instrument"), "other"),
            "market": MARKET.get(flow.get("market"), "unknown"),
            "direction": flow.get("direction"),
            "amount": {"value": flow.get("amount"), "currency": flow.get("currency"), "text": flow.get("as_written")},
            "converted": [{"value": usd, "currency": "USD", "text": None}] if usd else [],
            "period": {"kind": flow.get("period_kind"), "start": flow.get("period_start"),
                       "end": flow.get("period_end"), "text": None},
            "role": flow.get("role"),
            "streak": {"count": streak.get("count"), "unit": streak.get("unit", "week"), "direction": None}
            if isinstance(streak, dict) else None,
            "source": {"text": None, "series": _source(evidence, flow) if side != "unknown" else None},
            "evidence": {"sentence": evidence, "start": start, "end": end},
            "confidence": 1.0,
        })
    for i, quoted in enumerate(article.get("quoted") or []):
        evidence = quoted.get("evidence") or ""
        start, end = _span(text, evidence)
        out.append({
            "kind": "figure", "id": f"{aid}#q{i}", "article_id": aid, "measure": quoted.get("kind") or "other",
            "subject": quoted.get("subject"), "value": quoted.get("value"), "unit": quoted.get("unit"),
            "date": quoted.get("date"), "text": evidence,
            "evidence": {"sentence": evidence, "start": start, "end": end},
        })
    for i, st in enumerate(article.get("statements") or []):
        quote = st.get("quote") or ""
        q_start, q_end = _span(text, quote)
        sentence, start, end = _sentence_around(text, q_start, q_end) if q_end else (quote, 0, 0)
        out.append({
            "kind": "statement", "id": f"{aid}#s{i}", "article_id": aid, "speaker": st.get("speaker"),
            "affiliation": st.get("affiliation"), "role": st.get("role"), "quote": quote,
            "evidence": {"sentence": sentence, "start": start, "end": end},
        })
    for i, row in enumerate(article.get("table_rows") or []):
        values = {TABLE_COLUMNS[k]: row[k] * 1e9 for k in TABLE_COLUMNS if isinstance(row.get(k), int | float)}
        out.append({
            "kind": "table_row", "id": f"{aid}#t{i}", "article_id": aid,
            "investor": {"side": TABLE_SIDE.get(row.get("side"), "unknown"), "economy": "JP", "text": None, "group": "all"},
            "market": "foreign" if row.get("side") == "japan_abroad" else "domestic",
            "period": {"kind": "week", "start": row.get("period_start"), "end": row.get("period_end"),
                       "text": row.get("period_label")},
            "values": values, "printed": {TABLE_COLUMNS[k]: str(row[k]) for k in TABLE_COLUMNS if k in row},
            "revised": [TABLE_COLUMNS[k] for k in row.get("revised") or [] if k in TABLE_COLUMNS],
            "currency": "JPY", "precision": 1e8, "source": {"text": None, "series": "mof_weekly"},
            "evidence": {"sentence": str(row.get("period_label") or ""), "start": 0, "end": 0},
        })
    return out


def extract_from_gold(article: Any) -> list[dict[str, Any]]:
    """An extractor stand-in: the gold records of the annotated JSON file the article was read from.

    Picklable (a module-level function), so `ingest(..., extract=extract_from_gold, workers=2)` works.
    """
    import json
    from pathlib import Path

    data = json.loads(Path(article.source).read_text(encoding="utf-8"))
    if data.get("id") != article.id:
        raise ValueError(f"{article.source}: gold file holds {data.get('id')!r}, not {article.id!r}")
    return gold_records(data)
