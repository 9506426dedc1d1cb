"""Builders of record dicts (record contract v1) for the reconciliation tests: plain functions, no fixtures."""

from __future__ import annotations

from typing import Any


def flow(amount: float, text: str, *, side: str = "resident", economy: str | None = "JP", group: str = "all",
         instrument: str = "long_term_debt", market: str | None = None, direction: str = "buy",
         kind: str = "week", start: str | None = "2013-11-17", end: str | None = "2013-11-23",
         role: str = "headline", source: str | None = "mof_weekly", sentence: str = "", currency: str = "JPY",
         converted: list[dict[str, Any]] | None = None, streak: dict[str, Any] | None = None,
         rid: str = "t#f1", article: str = "t", investor_text: str | None = None) -> dict[str, Any]:
    """A flow record; `amount` in yen, `text` as printed (its precision is read from it)."""
    market = market or ("foreign" if side == "resident" else "domestic")
    sentence = sentence or f"Investors bought a net {text} of securities."
    start_at = 0
    return {
        "kind": "flow", "id": rid, "article_id": article,
        "investor": {"side": side, "economy": economy, "text": investor_text, "group": group},
        "instrument": instrument, "market": market, "direction": direction,
        "amount": {"value": amount, "currency": currency, "text": text},
        "converted": converted or [],
        "period": {"kind": kind, "start": start, "end": end, "text": None},
        "role": role, "streak": streak, "source": {"text": None, "series": source},
        "evidence": {"sentence": sentence, "start": start_at, "end": start_at + len(sentence)},
        "confidence": 1.0,
    }


def fx_rate(value: float, *, article: str = "t", rid: str = "t#q1") -> dict[str, Any]:
    text = f"($1 = {value} yen)"
    return {"kind": "figure", "id": rid, "article_id": article, "measure": "fx_rate", "subject": "dollar/yen",
            "value": value, "unit": "JPY per USD", "date": None, "text": text, "base": "USD", "quote": "JPY",
            "evidence": {"sentence": text, "start": 900, "end": 900 + len(text)}}


def table_row(values: dict[str, float], *, side: str = "resident", end: str = "2013-11-23",
              revised: tuple[str, ...] = (), rid: str = "t#t1") -> dict[str, Any]:
    return {
        "kind": "table_row", "id": rid, "article_id": "t",
        "investor": {"side": side, "economy": "JP", "text": None, "group": "all"},
        "market": "foreign" if side == "resident" else "domestic",
        "period": {"kind": "week", "start": None, "end": end, "text": None},
        "values": values, "printed": {}, "revised": list(revised), "currency": "JPY", "precision": 1e8,
        "source": {"text": None, "series": "mof_weekly"}, "evidence": {"sentence": "", "start": 0, "end": 0},
    }
