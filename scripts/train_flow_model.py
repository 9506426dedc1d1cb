"""Train the flow scorer on the corpus's training split and ship it in models/flow_scorer/.

Deterministic (fixed seeds, one thread, deterministic torch kernels) and quick (a few minutes on one
core), so that it can be rerun whenever the rules change. The steps:

1. split corpus/articles by hashed group id (`extractor.model.splits`: about 80% train, 20% test;
   a reprint stays with its original);
2. run the rules on every article and label each candidate amount from the gold flows;
3. encode every candidate window once with the frozen first layer of all-MiniLM-L6-v2;
4. k-fold cross-validation over the training articles (folds grouped like the split) gives
   out-of-fold predictions, on which the combination thresholds are tuned (full F1, then core F1);
5. fit the final network on the whole training split, save it with its sha256 and meta;
6. measure rules-only and rules + model on the held-out test split and, when it is there, on the
   development set, both through the real pipeline with the saved artifact, and decide whether the
   model is on by default (`--default auto`): only if on the held-out split it loses no full or core
   F1 and gains in one of them or in role accuracy, and on the development set loses no full or
   core F1.

The development set is only measured, after the network and its thresholds are fixed: nothing is
trained or tuned on it.

Usage: python scripts/train_flow_model.py [--articles corpus/articles] [--out models/flow_scorer]
       [--epochs 30] [--folds 5] [--seed 13] [--default auto|on|off]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _delta(model: dict, rules: dict) -> dict:
    keys = ("core_f1", "full_f1", "period_end_acc", "role_acc")
    return {k: round(model[k] - rules[k], 4) for k in keys}


def pipeline_metrics(articles_dir: Path, ids: list[str] | None, folder: Path) -> dict[str, dict]:
    """Rules-only and rules + model metrics of `ids`, extracted through the real pipeline from the saved artifact."""
    import spacy

    from extractor.evaluation import load_gold, score
    from extractor.ingest.article import from_record
    from extractor.model import component  # noqa: F401
    from extractor.pipeline import extract_article, load_pipeline

    gold_all = load_gold(articles_dir)
    gold = {aid: gold_all[aid] for aid in ids} if ids is not None else gold_all
    rules = load_pipeline(use_model=False)
    with_model = spacy.blank("en")
    for name, _ in rules.pipeline:
        with_model.add_pipe(name)
    with_model.add_pipe("extractor_flow_model", after="extractor_flows", config={"path": str(folder)})
    out = {}
    for label, nlp in (("rules", rules), ("rules+model", with_model)):
        records = []
        for aid, doc in gold.items():
            art = from_record({**doc, "id": aid}, source=str(articles_dir / f"{aid}.json"))
            records.extend(extract_article(art, nlp=nlp))
        out[label] = score(gold, records).metrics
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=ROOT / "corpus" / "articles")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "flow_scorer")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--layers", type=int, default=1, help="MiniLM layers kept (frozen)")
    ap.add_argument("--no-quantize", action="store_true", help="keep the frozen encoder in float32")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval-dev" / "articles",
                    help="development set, measured only (skipped when absent)")
    ap.add_argument("--default", choices=["auto", "on", "off"], default="auto",
                    help="on by default: auto = only if it helps on the held-out test split")
    args = ap.parse_args()

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    import numpy as np
    import torch

    torch.set_num_threads(1)  # one thread: identical floating-point sums on every run
    torch.use_deterministic_algorithms(True)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    from extractor.embeddings import load_encoder
    from extractor.model.combine import Thresholds
    from extractor.model.dataset import build_examples
    from extractor.model.network import ScorerConfig, build_encoder
    from extractor.model.splits import SALT, TEST_PERCENT, corpus_splits
    from extractor.model.training import (
        TrainConfig,
        attach_pooled,
        candidate_accuracy,
        cross_val_predictions,
        evaluate,
        fit,
        predict,
        tune_thresholds,
    )

    t0 = time.perf_counter()
    config = ScorerConfig(layers=args.layers, quantize=not args.no_quantize)
    train_cfg = TrainConfig(epochs=args.epochs, folds=args.folds, seed=args.seed)
    base = load_encoder()
    splits = corpus_splits(args.articles)
    _log(f"split: {len(splits['train'])} train, {len(splits['test'])} test articles")
    windows = {"left": config.left_tokens, "amount": config.amount_tokens, "right": config.right_tokens}
    train = build_examples(args.articles, splits["train"], base.tokenizer, windows=windows)
    test = build_examples(args.articles, splits["test"], base.tokenizer, windows=windows)
    n_train = sum(len(a.candidates) for a in train)
    _log(f"candidates: {n_train} train, {sum(len(a.candidates) for a in test)} test ({time.perf_counter() - t0:.0f}s)")

    encoder = build_encoder(base.model, config)
    attach_pooled(encoder, config, [*train, *test])
    _log(f"encoded windows ({time.perf_counter() - t0:.0f}s)")

    oof = cross_val_predictions(base.model, train, config, train_cfg, _log, encoder=encoder)
    cv_rules = evaluate(train, None, Thresholds())
    _log(f"cross-validation, rules only: full_f1 {cv_rules['full_f1']} core_f1 {cv_rules['core_f1']}")
    thresholds, cv_model = tune_thresholds(train, oof, log=_log)
    _log(f"cross-validation, tuned: full_f1 {cv_model['full_f1']} core_f1 {cv_model['core_f1']}; {thresholds}")

    model = fit(base.model, train, config, train_cfg, _log, encoder=encoder)
    test_preds = [predict(model, a.windows, a.rule_vectors, a.pooled) for a in test]
    replay = {"rules": evaluate(test, None, thresholds), "rules+model": evaluate(test, test_preds, thresholds)}

    from extractor.model.artifact import save_artifact

    held_out = {"articles": len(test), "ids": splits["test"]}
    meta = {
        "default_on": False,
        "trained_on": {"corpus": "corpus/articles", "split": f"sha256({SALT}group) % 100 >= {TEST_PERCENT}",
                       "train_articles": len(train), "train_candidates": n_train, "test": held_out},
        "training": {**train_cfg.to_dict(), "threads": 1},
        "metrics": {"cross_validation": {"rules": cv_rules, "rules+model": cv_model}},
        "candidate_accuracy_test": candidate_accuracy(test, test_preds),
    }
    save_artifact(args.out, model, thresholds, meta)

    # the held-out measurement, through the real pipeline and the saved artifact
    measured = pipeline_metrics(args.articles, splits["test"], args.out)
    for label in measured:
        if measured[label]["full_f1"] != replay[label]["full_f1"]:
            _log(f"warning: pipeline and replay disagree on {label}: {measured[label]['full_f1']} vs {replay[label]['full_f1']}")
    gain = _delta(measured["rules+model"], measured["rules"])
    # helps: loses nothing in full or core F1 and gains in one of them or in role accuracy
    helps = gain["full_f1"] >= 0 and gain["core_f1"] >= 0 and max(gain["full_f1"], gain["core_f1"], gain["role_acc"]) > 0
    meta["metrics"]["held_out_test"] = {**measured, "gain": gain}
    if args.dev.is_dir():
        dev = pipeline_metrics(args.dev, None, args.out)
        dev_gain = _delta(dev["rules+model"], dev["rules"])
        meta["metrics"]["dev"] = {**dev, "gain": dev_gain}
        helps = helps and dev_gain["full_f1"] >= 0 and dev_gain["core_f1"] >= 0
        _log(f"dev: rules full_f1 {dev['rules']['full_f1']} core_f1 {dev['rules']['core_f1']}; rules+model full_f1 "
             f"{dev['rules+model']['full_f1']} core_f1 {dev['rules+model']['core_f1']}")
    meta["default_on"] = helps if args.default == "auto" else args.default == "on"
    written = save_artifact(args.out, model, thresholds, meta)

    size = (args.out / "weights.safetensors").stat().st_size
    _log(f"held-out test: rules full_f1 {measured['rules']['full_f1']} core_f1 {measured['rules']['core_f1']}; "
         f"rules+model full_f1 {measured['rules+model']['full_f1']} core_f1 {measured['rules+model']['core_f1']}")
    _log(f"saved {args.out} ({size / 1e6:.2f} MB, sha256 {written['weights_sha256']}), default_on={meta['default_on']} "
         f"in {time.perf_counter() - t0:.0f}s")
    print(json.dumps({"weights_sha256": written["weights_sha256"], "default_on": meta["default_on"],
                      "thresholds": written["thresholds"], "metrics": meta["metrics"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
