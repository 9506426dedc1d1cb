"""Extraction throughput: articles/s and peak memory, against spaCy tokenisation alone.

Replicates the corpus articles to at least N texts (default 2,000) and times, in one process each
(so that peak memory is per path): the tokeniser of `spacy.blank("en")` alone, the rules pipeline,
and the rules + learned flow scorer pipeline when a trained model is shipped (whether or not it is on by
default). Prints one line per path, then the two targets: rules at 0.2 of tokeniser speed, and the
model path at 40 articles/s on one core (run it pinned: taskset -c 0).

Both wall-clock and CPU time are reported: on a shared machine the process waits for a core now
and then, which the wall clock counts and CPU time does not. Compare figures of the same run.

`--stages` instead prints where the rules path spends its time: CPU milliseconds per article for the
tokeniser, each pipeline component and the conversion of the records to dicts.

Usage: python benchmarks/extract_throughput.py [--n 2000] [--path tokenizer|rules|model] [--stages]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _texts(n: int) -> list[tuple[str, str | None]]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus" / "articles").glob("*.json"))]
    base = [(d["text"], d.get("published")) for d in docs]
    return [base[i % len(base)] for i in range(max(n, len(base)))]


def run(path: str, n: int) -> dict[str, float | str]:
    texts = _texts(n)
    if path == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        t0, c0 = time.perf_counter(), time.process_time()
        for text, _ in texts:
            nlp.make_doc(text)
    else:
        from extractor.ingest import Article
        from extractor.ingest.article import parse_date
        from extractor.pipeline import extract_article, load_pipeline

        nlp = load_pipeline(use_model=(path == "model"))
        arts = [Article(id=f"a{i}", text=t, published=parse_date(p)) for i, (t, p) in enumerate(texts)]
        t0, c0 = time.perf_counter(), time.process_time()
        for a in arts:
            extract_article(a, nlp=nlp)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"path": path, "articles": len(texts), "seconds": round(dt, 3), "articles_per_s": round(len(texts) / dt, 1),
            "cpu_seconds": round(cpu, 3), "articles_per_cpu_s": round(len(texts) / cpu, 1), "peak_rss_mb": round(peak_mb, 1)}


def stages(n: int, *, use_model: bool = False) -> dict[str, float]:
    """CPU ms per article of each step of `extract_article`, run step by step."""
    from extractor.ingest import Article
    from extractor.ingest.article import parse_date
    from extractor.pipeline import load_pipeline

    nlp = load_pipeline(use_model=use_model)
    arts = [Article(id=f"a{i}", text=t, published=parse_date(p)) for i, (t, p) in enumerate(_texts(n))]
    spent: dict[str, float] = {}

    def clock(step: str, since: float) -> float:
        now = time.process_time()
        spent[step] = spent.get(step, 0.0) + now - since
        return now

    for a in arts:
        t = time.process_time()
        doc = nlp.make_doc(a.text)
        doc._.extractor_article_id, doc._.extractor_published, doc._.extractor_text = a.id, a.published, a.text
        t = clock("tokenizer (make_doc)", t)
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            t = clock(name, t)
        records = [*doc._.extractor_flows, *doc._.extractor_figures, *doc._.extractor_statements, *doc._.extractor_tables]
        [r.to_dict() for r in records]
        clock("records to dicts", t)
    return {step: 1000 * cpu / len(arts) for step, cpu in spent.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--path", choices=["tokenizer", "rules", "model"])
    ap.add_argument("--stages", action="store_true", help="CPU ms per article of each step of the rules path")
    args = ap.parse_args()
    if args.stages:
        per_step = stages(args.n)
        for step, ms in per_step.items():
            print(f"{step:28s} {ms:7.3f} ms")
        print(f"{'total':28s} {sum(per_step.values()):7.3f} ms per article")
        return 0
    if args.path:
        print(json.dumps(run(args.path, args.n)))
        return 0
    results = {}
    from extractor.model import model_available

    paths = ["tokenizer", "rules"] + (["model"] if model_available() else [])
    for path in paths:
        # one process per path, pinned to one core by the caller if wanted (taskset -c 0)
        out = subprocess.run([sys.executable, __file__, "--path", path, "--n", str(args.n)], capture_output=True, text=True, check=True)
        results[path] = json.loads(out.stdout)
        print(out.stdout.strip())
    ratio = results["rules"]["articles_per_s"] / results["tokenizer"]["articles_per_s"]  # type: ignore[operator]
    cpu_ratio = results["rules"]["articles_per_cpu_s"] / results["tokenizer"]["articles_per_cpu_s"]  # type: ignore[operator]
    print(f"rules / tokenizer-only speed = {ratio:.3f} (target >= 0.2); in CPU time {cpu_ratio:.3f}")
    if "model" not in results:
        print("model path: no trained model shipped yet (models/README.md)")
    else:
        print(f"model path = {results['model']['articles_per_s']} articles/s (target >= 40 on one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
