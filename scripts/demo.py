"""`make demo`: extract the bundled corpus and print what was found.

Later stages (reconciliation, the fact store and search) join the demo as they land.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="flowfacts.db", help="fact store path (used once the store lands)")
    ap.parse_args()
    from extractor.extraction import run_extract
    from extractor.output import Format, render_table

    buf = io.StringIO()
    summary = run_extract([ROOT / "corpus" / "articles"], out=buf, fmt=Format.jsonl, progress=True)
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    kinds = Counter(r["kind"] for r in records)
    flows = [r for r in records if r["kind"] == "flow"]
    print(f"Read {summary.articles} articles from corpus/articles; {len(summary.failures)} failed.")
    print("Records: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    by_series = Counter((r["source"] or {}).get("series") or "unstated" for r in flows)
    print("Flows by source series: " + ", ".join(f"{k} {n}" for k, n in by_series.most_common()))
    print("\nA sample of extracted flows:")
    print(render_table(flows[:12]))
    _reconcile(records)
    return 0


def _reconcile(records: list[dict]) -> None:
    """Reconciliation against the official MoF snapshot: counts per status and the worst cases."""
    from extractor.reconcile import load_official, reconcile_records
    from extractor.reconcile.report import render_report

    verdicts = reconcile_records(records, load_official(None))
    print("\nReconciliation against the MoF series (corpus/official):")
    print(render_report(verdicts, records, top=3))


if __name__ == "__main__":
    sys.exit(main())
