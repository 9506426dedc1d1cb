"""Measure reconciliation on gold-annotated articles (the dev set or the project's corpus).

Records are made from the gold flows (`extractor.reconcile.gold`), or taken from an extractor run:
pass `--pred PRED.jsonl --pairs PAIRS.jsonl`, where PAIRS is written by the dev-set scorer
(`score.py GOLD PRED --pairs PAIRS`); only the MoF weekly flows the extractor got right (same
figure, period end and period kind as the gold) are counted then.

    .venv/bin/python scripts/reconcile_dev.py                       # gold flows of ../shared/eval-dev
    .venv/bin/python scripts/reconcile_dev.py --gold corpus/articles
    .venv/bin/python scripts/reconcile_dev.py --pred /tmp/pred.jsonl --pairs /tmp/pairs.jsonl

Prints the status counts of the MoF weekly headline and comparison figures, the claim checks, and
every mismatch (ids, figures and notes only; `--evidence` adds the sentence, for reading).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from extractor.reconcile import load_official, reconcile_records
from extractor.reconcile.gold import article_records, is_mof_weekly

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval-dev" / "articles")
    ap.add_argument("--pred", type=Path, help="records written by `flowfacts extract --format jsonl`")
    ap.add_argument("--pairs", type=Path, help="gold/record pairs written by score.py --pairs")
    ap.add_argument("--official", type=Path, help="official files (default: the corpus/official snapshot)")
    ap.add_argument("--evidence", action="store_true", help="print the evidence sentence of each mismatch")
    args = ap.parse_args()

    articles = {a["id"]: a for a in (json.loads(p.read_text("utf-8")) for p in sorted(args.gold.glob("*.json")))}
    official = load_official(args.official)
    if args.pred:
        if not args.pairs:
            ap.error("--pred needs --pairs (written by score.py --pairs)")
        records = [json.loads(x) for x in args.pred.read_text("utf-8").splitlines() if x.strip()]
        records = [r for r in records if r.get("article_id") in articles]
        chosen = _extractor_choice(args.pairs)
        periods = {r["id"]: (r.get("period") or {}) for r in records}
        chosen = {rid: g for rid, g in chosen.items()  # right figure AND right period, as the scorer's full match
                  if (periods.get(rid, {}).get("end"), periods.get(rid, {}).get("kind")) == (g["period_end"], g["period_kind"])}
    else:
        records = [r for a in articles.values() for r in article_records(a)]
        chosen = {f"{aid}#g{i}": f for aid, a in articles.items() for i, f in enumerate(a["flows"])
                  if is_mof_weekly(f)}
    by_id = {r["id"]: r for r in records}
    verdicts = reconcile_records(records, official)
    figures = {v["record_id"]: v for v in verdicts if v["check"] == "figure" and v["record_id"] in chosen}

    print(f"articles {len(articles)}, records {len(records)}, MoF weekly figures {len(chosen)}"
          f" (reconciled {len(figures)})")
    for role in ("headline", "comparison"):
        counts = Counter(v["status"] for rid, v in figures.items() if chosen[rid]["role"] == role)
        n = sum(counts.values()) or 1
        share = {k: f"{counts[k]} ({100 * counts[k] / n:.1f}%)" for k in ("match", "revised", "mismatch", "unverifiable")}
        print(f"  {role:<10} n={sum(counts.values()):<3} " + "  ".join(f"{k} {v}" for k, v in share.items()))
    claims = Counter((v["check"], v["status"]) for v in verdicts if v["check"] not in ("figure",))
    print("all verdicts by check:", ", ".join(f"{c}/{s} {n}" for (c, s), n in sorted(claims.items())))
    print("\nmismatches among the MoF weekly figures:")
    for rid, v in sorted(figures.items()):
        if v["status"] == "mismatch":
            _show(rid, v, chosen[rid], by_id.get(rid), args.evidence)
    print("\nother mismatches (all checks):")
    for v in verdicts:
        if v["status"] == "mismatch" and not (v["check"] == "figure" and v["record_id"] in chosen):
            _show(v["record_id"], v, None, by_id.get(v["record_id"]), args.evidence)


def _extractor_choice(pairs_path: Path) -> dict[str, dict[str, Any]]:
    """Predicted record id -> gold flow, for the MoF weekly gold flows the scorer paired with a record."""
    chosen = {}
    for line in pairs_path.read_text("utf-8").splitlines():
        pair = json.loads(line)
        if is_mof_weekly(pair["gold"]):
            chosen[pair["record_id"]] = pair["gold"]
    return chosen


def _show(rid: str, v: dict[str, Any], gold: dict[str, Any] | None, record: dict[str, Any] | None,
          evidence: bool) -> None:
    role = (gold or record or {}).get("role", "")
    money = v["check"] in ("figure", "table", "cumulative", "superlative")
    official, reported = ("-" if v[k] is None else f"{v[k] / 1e9:,.1f}" if money else f"{v[k]:g}"
                          for k in ("official_value", "reported_value"))
    print(f"  [{v['check']}] {rid} {role} {v['series_key']} {v['period_end']}: reported {reported}, "
          f"official {official}; {v['note']}")
    if evidence and record:
        print(f"      {(record.get('evidence') or {}).get('sentence', '')}")


if __name__ == "__main__":
    main()
