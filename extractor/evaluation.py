"""Scoring extracted flows against gold annotations, with the dev-set scorer's definitions.

A gold flow and a predicted flow "core-match" when investor side, instrument class, market,
direction, currency and amount (within 0.2%) agree; a "full" match also needs the period end and
kind. Gold vocabulary (japan/foreign/other; stocks/bonds/bills/debt/securities/other) is mapped onto
the record contract as the project's evaluation notes describe. Pairs are found by maximum bipartite
matching that prefers full matches.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.errors import CorpusFormatError

INSTRUMENT = {
    "stocks": {"equity"}, "bonds": {"long_term_debt", "debt"}, "bills": {"short_term_debt"},
    "debt": {"debt", "long_term_debt"}, "securities": {"securities"}, "other": {"other", "derivatives"},
}


def pred_side(rec: dict[str, Any]) -> str:
    inv = rec.get("investor") or {}
    if inv.get("economy") == "JP":
        return {"resident": "japan", "non_resident": "foreign"}.get(inv.get("side") or "", "unknown")
    return "other"


def pred_market(rec: dict[str, Any]) -> str:
    inv = rec.get("investor") or {}
    if inv.get("economy") != "JP":
        return "other"
    return {"foreign": "foreign", "domestic": "japan"}.get(rec.get("market") or "", "unknown")


def amount_ok(gold: dict[str, Any], rec: dict[str, Any]) -> bool:
    amt = rec.get("amount") or {}
    try:
        value = float(amt.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if (amt.get("currency") or "").upper() != (gold.get("currency") or "").upper():
        return False
    g = float(gold["amount"])
    return abs(value - g) <= max(0.002 * g, 0.5)


def core_match(gold: dict[str, Any], rec: dict[str, Any]) -> bool:
    if rec.get("direction") != gold["direction"] or pred_side(rec) != gold["investor_side"]:
        return False
    if rec.get("instrument") not in INSTRUMENT.get(gold["instrument"], {gold["instrument"]}):
        return False
    if gold["investor_side"] != "other" and gold["market"] != "other" and pred_market(rec) != gold["market"]:
        return False
    return amount_ok(gold, rec)


def full_match(gold: dict[str, Any], rec: dict[str, Any]) -> bool:
    period = rec.get("period") or {}
    return bool(period.get("end") == gold.get("period_end") and period.get("kind") == gold.get("period_kind"))


def match(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Maximum bipartite matching on core_match, preferring full matches."""
    edges: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(golds):
        edges[i] = sorted((j for j, p in enumerate(preds) if core_match(g, p)), key=lambda j: not full_match(g, preds[j]))
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class EvalResult:
    metrics: dict[str, Any]
    report: list[str] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CorpusFormatError(f"{path}: not a valid gold annotation file ({exc})") from exc
        if not isinstance(doc, dict) or "id" not in doc or "flows" not in doc:
            raise CorpusFormatError(f"{path}: gold annotation needs 'id' and 'flows'")
        gold[doc["id"]] = doc
    return gold


def score(gold: dict[str, dict[str, Any]], records: Iterable[dict[str, Any]]) -> EvalResult:
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    figures: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        if rec.get("article_id") not in gold:
            continue
        if rec.get("kind") == "flow":
            preds[rec["article_id"]].append(rec)
        elif rec.get("kind") == "figure":
            figures[rec["article_id"]].append(rec)
    n_gold = n_pred = core_tp = full_tp = 0
    acc: Counter[str] = Counter()
    qc: Counter[str] = Counter()
    report: list[str] = []
    pairs_out: list[dict[str, Any]] = []
    for aid, doc in gold.items():
        g, p = doc["flows"], preds.get(aid, [])
        pairs = match(g, p)
        n_gold, n_pred, core_tp = n_gold + len(g), n_pred + len(p), core_tp + len(pairs)
        for i, j in pairs:
            gf, pf = g[i], p[j]
            pairs_out.append({"article_id": aid, "gold_index": i, "gold": gf, "record_id": pf.get("id")})
            period = pf.get("period") or {}
            acc["n"] += 1
            acc["period_end"] += period.get("end") == gf.get("period_end")
            acc["period_kind"] += period.get("kind") == gf.get("period_kind")
            acc["role"] += pf.get("role") == gf.get("role")
            full_tp += full_match(gf, pf)
            if gf.get("usd_equivalent"):
                acc["usd_n"] += 1
                acc["usd"] += any(c.get("currency") == "USD" and abs(float(c.get("value", 0)) - gf["usd_equivalent"]) <= 0.002 * gf["usd_equivalent"]
                                  for c in pf.get("converted") or [])
        for q in doc.get("quoted") or []:
            kind = q.get("kind")
            if kind not in ("fx_rate", "yield") or not isinstance(q.get("value"), int | float):
                continue
            qc[kind + "_gold"] += 1
            if any(f.get("measure") == kind and isinstance(f.get("value"), int | float)
                   and abs(f["value"] - q["value"]) <= 1e-6 * max(1.0, abs(q["value"])) for f in figures.get(aid, [])):
                qc[kind + "_hit"] += 1
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        misses = [g[i].get("as_written") for i in range(len(g)) if i not in matched_g]
        alarms = [(p[j].get("amount") or {}).get("text") for j in range(len(p)) if j not in matched_p]
        if misses or alarms:
            report.append(f"{aid}: missed {misses} false {alarms}")
    cp, cr, cf = _prf(core_tp, n_pred, n_gold)
    fp, fr, ff = _prf(full_tp, n_pred, n_gold)
    n = acc["n"] or 1

    def ratio(hit: str, total: str) -> float | None:
        return round(qc[hit] / qc[total], 4) if qc[total] else None

    metrics = {
        "articles": len(gold), "gold_flows": n_gold, "pred_flows": n_pred,
        "core_precision": round(cp, 4), "core_recall": round(cr, 4), "core_f1": round(cf, 4),
        "full_precision": round(fp, 4), "full_recall": round(fr, 4), "full_f1": round(ff, 4),
        "period_end_acc": round(acc["period_end"] / n, 4), "period_kind_acc": round(acc["period_kind"] / n, 4),
        "role_acc": round(acc["role"] / n, 4),
        "converted_acc": round(acc["usd"] / acc["usd_n"], 4) if acc["usd_n"] else None,
        "fx_rate_recall": ratio("fx_rate_hit", "fx_rate_gold"), "yield_recall": ratio("yield_hit", "yield_gold"),
    }
    return EvalResult(metrics=metrics, report=report, pairs=pairs_out)


def evaluate_dir(gold_dir: Path, *, predictions: Path | None = None, use_model: bool | None = None) -> EvalResult:
    """Score predictions (a JSONL file) or a fresh extraction of the gold articles."""
    gold = load_gold(gold_dir)
    if predictions is not None:
        records = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        from extractor.ingest.article import from_record
        from extractor.pipeline import extract_article, load_pipeline

        nlp = load_pipeline(use_model=use_model)
        records = []
        for aid, doc in gold.items():
            art = from_record({**doc, "id": aid}, source=str(gold_dir / f"{aid}.json"))
            if not isinstance(art, str) and hasattr(art, "text"):
                records.extend(extract_article(art, nlp=nlp))  # type: ignore[arg-type]
    return score(gold, records)
