"""Dev-set quality gate: extract ../shared/eval-dev, score it, fail below a floor.

The floor is the acceptance target (full_f1 0.90) once the extractor reaches it. Until then CI
holds the line at the committed baseline in benchmarks/dev_baseline.json, so that no change can
make the extractor worse unnoticed; raise the baseline whenever the score improves.

Usage: python scripts/dev_gate.py [--min-full-f1 X] [--dev DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.90


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval-dev" / "articles")
    ap.add_argument("--min-full-f1", type=float, default=TARGET, help="the acceptance target")
    args = ap.parse_args()
    if not args.dev.is_dir():
        print(f"dev set not found at {args.dev}; gate skipped")
        return 0
    sys.path.insert(0, str(ROOT))
    from extractor.evaluation import evaluate_dir

    metrics = evaluate_dir(args.dev).metrics
    baseline = json.loads((ROOT / "benchmarks" / "dev_baseline.json").read_text())
    floor = min(args.min_full_f1, baseline["full_f1"])
    print(json.dumps(metrics))
    print(f"dev full_f1={metrics['full_f1']} floor={floor} (target {args.min_full_f1}, committed baseline {baseline['full_f1']})")
    if metrics["full_f1"] < floor:
        print(f"FAIL: dev full_f1 {metrics['full_f1']} is below {floor}")
        return 1
    if metrics["full_f1"] < args.min_full_f1:
        print(f"note: the acceptance target {args.min_full_f1} is not reached yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
