"""Fact-store benchmark: build a store of >= 200,000 flow records, then time 100 varied searches.

    .venv/bin/python benchmarks/store_benchmark.py            # full run (about 10 minutes on 2 cores)
    .venv/bin/python benchmarks/store_benchmark.py --flows 20000 --keep bench.db
    .venv/bin/python benchmarks/store_benchmark.py --reuse bench.db     # searches only, on a kept store

Synthesis: every corpus article (corpus/articles/*.json) is a template. A synthetic article takes
a template's text with every figure rescaled by a random factor (kept to the same number of
decimals, so "1.406 trillion yen" may become "0.873 trillion yen"), shifted by a random whole
number of weeks (publication date and every period date in its records; the dates written in the
text are left as they are), and gets the template's gold records with the new amounts and
evidence. The articles go through the real `ingest()` from a gzipped JSONL file, with the gold
records standing in for the extractor and reconciliation off: what is timed is the store (reads,
reprint detection, inserts, FTS5 index, embeddings), not the extractor.

Embeddings: encoding 200,000 distinct evidence texts with MiniLM takes about half an hour on this
machine (the script measures the encoder's rate and prints the estimate), so each template
sentence is encoded once with the real model and every synthetic variant gets that vector plus
small noise, renormalised. Search cost does not depend on the vectors' values, only on their
number, and every record has its own vector, as in a real store.

Searches (100, after a warm-up that loads the vector index and the encoder): 30 full-text
queries without filters, 40 full-text queries with filters, 30 semantic queries (10 of them
filtered). Latency includes encoding the query for semantic search. Reports p50/p95 per kind.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import tempfile
import time
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.store import FactStore, Filters, ingest, search  # noqa: E402
from extractor.store.gold import gold_records  # noqa: E402
from extractor.store.rows import embedding_text  # noqa: E402

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")
_DATE_FIELDS = ("start", "end")


def rescale_numbers(text: str, factor: float) -> str:
    """Every figure in `text` times `factor`, printed with the same number of decimals.

    Integers of four digits that look like years (1990-2030) and one- or two-digit integers
    (days, week counts) are left alone, so dates and streak lengths stay readable.
    """

    def sub(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        plain = whole.replace(",", "")
        if not frac and (len(plain) <= 2 or (len(plain) == 4 and 1990 <= int(plain) <= 2030)):
            return m.group(0)
        value = float(plain + frac) * factor
        decimals = len(frac) - 1 if frac else 0
        out = f"{value:,.{decimals}f}" if "," in whole else f"{value:.{decimals}f}"
        return out

    return _NUMBER.sub(sub, text)


def _shift(iso: Any, days: int) -> Any:
    if not isinstance(iso, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def synthesise(templates: list[dict[str, Any]], flows_wanted: int, seed: int) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]], dict[str, str]]:
    """(articles, records per article id, embedding text -> template embedding text)."""
    rng = random.Random(seed)
    usable = [t for t in templates if t.get("flows")]
    articles: list[dict[str, Any]] = []
    records: dict[str, list[dict[str, Any]]] = {}
    template_of: dict[str, str] = {}
    flows = 0
    n = 0
    while flows < flows_wanted:
        tpl = usable[n % len(usable)]
        n += 1
        factor = rng.uniform(0.3, 3.0)
        weeks = rng.randint(-400, 400)
        days = weeks * 7
        aid = f"syn{n:06d}-{tpl['id']}"
        text = rescale_numbers(tpl["text"], factor)
        published = _shift(tpl.get("published"), days)
        articles.append({"id": aid, "text": text, "published": published, "outlet": tpl.get("outlet"),
                         "title": f"synthetic copy {n} of {tpl['id']}"})
        out = []
        for rec in gold_records(tpl):
            new = json.loads(json.dumps(rec))
            new["id"] = rec["id"].replace(tpl["id"], aid, 1)
            new["article_id"] = aid
            ev = new.get("evidence") or {}
            sentence = rescale_numbers(ev.get("sentence") or "", factor)
            start = text.find(sentence) if sentence else -1
            new["evidence"] = {"sentence": sentence, "start": max(start, 0), "end": max(start, 0) + len(sentence)}
            if new["kind"] == "flow":
                amount = new.get("amount") or {}
                if isinstance(amount.get("value"), int | float):
                    amount["value"] = round(amount["value"] * factor, 0)
                if amount.get("text"):
                    amount["text"] = rescale_numbers(amount["text"], factor)
                for key in _DATE_FIELDS:
                    new["period"][key] = _shift(new["period"].get(key), days)
                flows += 1
            elif new["kind"] == "figure":
                new["date"] = _shift(new.get("date"), days)
            elif new["kind"] == "table_row":
                for key in _DATE_FIELDS:
                    new["period"][key] = _shift(new["period"].get(key), days)
            template_of[embedding_text(new)] = embedding_text(rec)
            out.append(new)
        records[aid] = out
    return articles, records, template_of


QUERIES = [
    "Japanese investors net sellers of foreign bonds", "foreigners dumping JGBs", "record foreign buying of Japanese stocks",
    "life insurers bought overseas bonds", "repatriation by Japanese investors", "foreign investors short-term bills",
    "seventh straight week of net buying", "pension funds trust accounts foreign equities", "net sales of Japanese shares",
    "Japanese investors bought U.S. Treasuries", "outflows from Japanese equities", "foreign purchases of JGBs",
    '"net sellers"', "repatriat*", '"straight week" AND stocks', "Ministry of Finance weekly data bonds",
    "offloaded Japanese stocks", "snapped up foreign bonds", "hedging costs foreign bonds", "banks sold foreign debt",
]
SEMANTIC = [
    "Japanese money flowing back home from overseas bonds", "overseas funds fleeing the Tokyo stock market",
    "foreigners bought government bonds of Japan", "domestic insurers shopping for foreign debt",
    "big weekly inflow into Japanese equities from abroad", "Japanese investors cut exposure to European debt",
    "non-residents pulled money out of short-term Japanese debt", "a long buying streak by foreign investors",
    "retail investors selling shares in Tokyo", "Japanese banks unloading overseas bonds",
]


def _filters(rng: random.Random) -> Filters:
    year = rng.randint(2000, 2026)
    kwargs: dict[str, Any] = {"investor": rng.choice(["resident", "non_resident"])}
    if rng.random() < 0.7:
        kwargs["instrument"] = rng.choice(["equity", "long_term_debt", "short_term_debt"])
    if rng.random() < 0.5:
        kwargs["direction"] = rng.choice(["buy", "sell"])
    if rng.random() < 0.8:
        kwargs["since"], kwargs["until"] = f"{year}", f"{min(year + rng.randint(0, 3), 2030)}"
    if rng.random() < 0.4:
        kwargs["min_amount"] = rng.choice([1e11, 5e11, 1e12])
    return Filters(**kwargs)


def _percentiles(ms: list[float]) -> tuple[float, float]:
    ordered = sorted(ms)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--flows", type=int, default=200_000, help="flow records to synthesise (default 200000)")
    ap.add_argument("--seed", type=int, default=20131128)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--keep", type=Path, help="build the store here and keep it (default: a temporary file)")
    ap.add_argument("--reuse", type=Path, help="skip the build: time the searches on a store kept by an earlier --keep run")
    args = ap.parse_args()
    if args.reuse:
        store = FactStore(args.reuse)  # read-write: applies any newer migration first
        print(f"reusing {args.reuse}: {store.counts()['records']:,} records")
        return time_searches(store, args.seed)

    from extractor.embeddings import load_encoder

    templates = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus" / "articles").glob("*.json"))]
    t0 = time.perf_counter()
    articles, records, template_of = synthesise(templates, args.flows, args.seed)
    n_records = sum(len(r) for r in records.values())
    n_flows = sum(1 for rs in records.values() for r in rs if r["kind"] == "flow")
    print(f"synthesised {len(articles):,} articles, {n_records:,} records ({n_flows:,} flows) "
          f"from {len(templates)} corpus articles in {time.perf_counter() - t0:.1f}s")

    encoder = load_encoder()
    distinct = sorted(set(template_of.values()))
    t0 = time.perf_counter()
    base = dict(zip(distinct, encoder.encode(distinct), strict=True))
    rate = len(distinct) / (time.perf_counter() - t0)
    print(f"encoder: {len(distinct):,} template texts at {rate:,.0f} texts/s "
          f"(embedding all {n_records:,} texts for real would take ~{n_records / rate / 60:.0f} min)")

    def encode(texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), 384), dtype=np.float32)
        for i, text in enumerate(texts):
            noise = np.random.default_rng(zlib.crc32(text.encode("utf-8"))).normal(0.0, 0.01, 384)
            vec = base[template_of[text]] + noise.astype(np.float32)
            out[i] = vec / np.linalg.norm(vec)
        return out

    workdir = Path(tempfile.mkdtemp(prefix="flowfacts-bench-"))
    feed = workdir / "synthetic.jsonl.gz"
    with gzip.open(feed, "wt", encoding="utf-8") as fh:
        for art in articles:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    db = args.keep or workdir / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)

    store = FactStore(db)
    t0 = time.perf_counter()
    summary = ingest([feed], store, extract=lambda a: records[a.id], encode=encode, reconcile=False,
                     batch_size=args.batch_size)
    elapsed = time.perf_counter() - t0
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    counts = store.counts()
    print(f"ingest: {summary.line()}")
    print(f"ingest rate: {n_records / elapsed:,.0f} records/s ({n_flows / elapsed:,.0f} flows/s, "
          f"{len(articles) / elapsed:,.0f} articles/s); database {size / 1e6:,.0f} MB; "
          f"{counts['records']:,} records, {counts['embeddings']:,} vectors")
    return time_searches(store, args.seed)


def time_searches(store: FactStore, seed: int) -> int:
    """Time 100 varied searches (after loading the vector index and the encoder) and print p50/p95."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    index = store.vectors()
    print(f"vector index load: {len(index):,} record vectors in {time.perf_counter() - t0:.2f}s (once per process)")
    search(store, "warm up", mode="semantic", limit=10)  # loads the encoder

    timings: dict[str, list[float]] = {"full-text": [], "full-text + filters": [], "semantic": [], "semantic + filters": []}
    plan: list[tuple[str, str, Filters, str]] = []
    for _ in range(30):
        plan.append(("full-text", rng.choice(QUERIES), Filters(), "fts"))
    for _ in range(40):
        plan.append(("full-text + filters", rng.choice(QUERIES), _filters(rng), "fts"))
    for i in range(30):
        kind = "semantic + filters" if i % 3 == 0 else "semantic"
        plan.append((kind, rng.choice(SEMANTIC + QUERIES[:10]), _filters(rng) if kind.endswith("filters") else Filters(), "semantic"))
    rng.shuffle(plan)
    hits = 0
    for kind, text, filters, mode in plan:
        t = time.perf_counter()
        found = search(store, text, filters, mode=mode, limit=20)
        timings[kind].append((time.perf_counter() - t) * 1000)
        hits += bool(found)
    print(f"searches: {len(plan)} ({hits} with results), latency in ms:")
    for kind, ms in timings.items():
        p50, p95 = _percentiles(ms)
        print(f"  {kind:<22} n={len(ms):>3}  p50={p50:7.1f}  p95={p95:7.1f}  max={max(ms):7.1f}")
    fts = timings["full-text"] + timings["full-text + filters"]
    sem = timings["semantic"] + timings["semantic + filters"]
    print("  all full-text          p50={:7.1f}  p95={:7.1f}".format(*_percentiles(fts)))
    print("  all semantic           p50={:7.1f}  p95={:7.1f}".format(*_percentiles(sem)))
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
