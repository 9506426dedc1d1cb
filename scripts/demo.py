"""`make demo`: the main job on the bundled corpus, command by command, as a user would run it.

1. `flowfacts ingest corpus/articles --db DB`: read, extract, reconcile against the MoF snapshot and
   store (idempotent: a second run finds every article unchanged and adds nothing);
2. what the store holds, and the flows of one month (a search with filters only);
3. `flowfacts reconcile --db DB`: verdicts per check and the worst discrepancies;
4. `flowfacts search ...`: a hybrid (full-text + semantic) search with filters;
5. `flowfacts series ...`: a weekly series as the news reported it, beside the official one.

Each step prints the command it runs, so the demo doubles as a tour of the CLI.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SEARCH = ["search", "foreigners dumping Japanese bonds", "--investor", "non_resident", "--direction", "sell", "-n", "5"]
SERIES = ["series", "--investor", "resident", "--instrument", "long_term_debt", "--from", "2025-03", "--to", "2025-04",
          "--format", "table"]


def run(args: list[str], db: str) -> None:
    """Run one `flowfacts` command against the demo store, echoing it first; stop the demo if it fails."""
    shown = " ".join(f'"{a}"' if " " in a else a for a in args)
    print(f"\n$ flowfacts {shown} --db {db}", flush=True)
    done = subprocess.run([sys.executable, "-m", "extractor", *args, "--db", db], cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"demo step failed (exit {done.returncode}): flowfacts {shown}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="flowfacts.db", help="fact store to build (default: flowfacts.db)")
    db = ap.parse_args().db
    run(["ingest", "corpus/articles", "--workers", "2"], db)
    run(["store", "stats"], db)
    run(["search", "", "--since", "2025-04", "--until", "2025-04", "-n", "8"], db)
    run(["reconcile", "--top", "3"], db)
    run(SEARCH, db)
    run(SERIES, db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
