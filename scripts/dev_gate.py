"""Dev-set quality gate: extract ../shared/eval-dev, score it, fail below any acceptance target.

The targets are those of the extraction issue: full_f1 >= 0.90, core_f1 >= 0.93, period_end_acc >=
0.95, converted_acc >= 0.95, fx_rate_recall >= 0.95, yield_recall >= 0.85. CI runs this after the
test suite (`make gate`), so no change can make the extractor worse than its acceptance unnoticed.

Usage: python scripts/dev_gate.py [--dev DIR] [--min-full-f1 X]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "full_f1": 0.90, "core_f1": 0.93, "period_end_acc": 0.95,
    "converted_acc": 0.95, "fx_rate_recall": 0.95, "yield_recall": 0.85,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval-dev" / "articles")
    ap.add_argument("--min-full-f1", type=float, default=TARGETS["full_f1"], help="the full_f1 floor")
    args = ap.parse_args()
    if not args.dev.is_dir():
        print(f"dev set not found at {args.dev}; gate skipped")
        return 0
    sys.path.insert(0, str(ROOT))
    from extractor.evaluation import evaluate_dir

    metrics = evaluate_dir(args.dev).metrics
    print(json.dumps(metrics))
    floors = {**TARGETS, "full_f1": args.min_full_f1}
    below = [f"{name} {metrics.get(name)} < {floor}" for name, floor in floors.items()
             if metrics.get(name) is None or metrics[name] < floor]
    print("dev " + ", ".join(f"{name}={metrics.get(name)}" for name in floors))
    if below:
        print("FAIL: below the acceptance target: " + "; ".join(below))
        return 1
    print("dev-set quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
