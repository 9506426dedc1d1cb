"""Training, cross-validation, threshold tuning and held-out measurement of the flow scorer.

Used by `scripts/train_flow_model.py`; nothing here runs at extraction time. Every choice made from
data (the network's weights, the combination thresholds) uses the training split only: thresholds
come from out-of-fold predictions of a k-fold cross-validation over the training articles, folds
grouped like the split itself (a reprint stays with its original).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
import torch
from torch import nn

from extractor.evaluation import score
from extractor.model.combine import OFF, Prediction, Thresholds, rescore
from extractor.model.dataset import ArticleExamples
from extractor.model.features import TASKS, batch
from extractor.model.network import FlowScorer, ScorerConfig, build_encoder
from extractor.model.splits import group_of


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 30
    batch_size: int = 32
    lr_head: float = 2e-3
    lr_encoder: float = 5e-5
    weight_decay: float = 1e-2
    folds: int = 5
    seed: int = 13

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Rows:
    windows: list[Any]
    rules: torch.Tensor
    targets: dict[str, torch.Tensor]


def _rows(arts: Sequence[ArticleExamples]) -> _Rows:
    windows = [w for a in arts for w in a.windows]
    rules = torch.tensor([v for a in arts for v in a.rule_vectors], dtype=torch.float32).reshape(len(windows), -1)
    targets: dict[str, torch.Tensor] = {}
    for task, vocab in TASKS.items():
        ys = [vocab.index(lab[task]) if lab[task] in vocab else -100 for a in arts for lab in a.labels]
        targets[task] = torch.tensor(ys, dtype=torch.long)
    return _Rows(windows, rules, targets)


def _tensors(windows: Sequence[Any]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    ids, mask, markers = batch(windows)
    return torch.tensor(ids), torch.tensor(mask), torch.tensor(markers)


def _loss(logits: dict[str, torch.Tensor], targets: dict[str, torch.Tensor]) -> torch.Tensor:
    total = torch.zeros(())
    for task, y in targets.items():
        if bool((y >= 0).any()):
            total = total + nn.functional.cross_entropy(logits[task], y, ignore_index=-100)
    return total


def attach_pooled(encoder: Any, config: ScorerConfig, arts: Sequence[ArticleExamples]) -> None:
    """Compute, once, the frozen encoder's pooled vectors of each article's windows (one batch per
    article, exactly as the pipeline component runs it, so training sees the features extraction sees)."""
    probe = FlowScorer(encoder, config)
    with torch.inference_mode():
        for a in arts:
            if a.pooled is None:
                a.pooled = probe.pooled(*_tensors(a.windows)).clone() if a.windows else torch.zeros((0, 5 * encoder.config.hidden_size))


def fit(base: Any, arts: Sequence[ArticleExamples], config: ScorerConfig, train: TrainConfig,
        log: Callable[[str], None] | None = None, *, encoder: Any = None) -> FlowScorer:
    """Train a scorer on the candidates of `arts` (a frozen encoder trains the head on cached pooled vectors)."""
    torch.manual_seed(train.seed)
    random.seed(train.seed)
    np.random.seed(train.seed)
    model = FlowScorer(encoder if encoder is not None else build_encoder(base, config), config)
    rows = _rows(arts)
    n = len(rows.windows)
    enc_params = [p for p in model.encoder.parameters() if p.requires_grad]
    head_params = [p for name, p in model.named_parameters() if not name.startswith("encoder.")]
    frozen = config.frozen
    if frozen:
        attach_pooled(model.encoder, config, arts)
        pooled = torch.cat([a.pooled for a in arts]) if arts else torch.zeros((0, 1))
        groups = [{"params": head_params, "lr": train.lr_head}]
    else:
        groups = [{"params": head_params, "lr": train.lr_head}, {"params": enc_params, "lr": train.lr_encoder}]
    opt = torch.optim.AdamW(groups, weight_decay=train.weight_decay)
    steps = train.epochs * ((n + train.batch_size - 1) // train.batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, steps // 10)) * max(0.0, 1 - s / steps))
    gen = torch.Generator().manual_seed(train.seed)
    for epoch in range(train.epochs):
        model.train()
        if frozen:
            model.encoder.eval()
        perm = torch.randperm(n, generator=gen).tolist()
        total = 0.0
        for lo in range(0, n, train.batch_size):
            idx = perm[lo:lo + train.batch_size]
            rules = rows.rules[idx]
            if frozen:
                logits = model.head(pooled[idx], rules)
            else:
                logits = model(*_tensors([rows.windows[i] for i in idx]), rules)
            loss = _loss(logits, {t: y[idx] for t, y in rows.targets.items()})
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
        if log and (epoch + 1 == train.epochs or (epoch + 1) % 10 == 0):
            log(f"  epoch {epoch + 1}/{train.epochs} loss {total / max(n, 1):.4f}")
    model.eval()
    return model


def predict(model: FlowScorer, windows: Sequence[Any], rule_vectors: Sequence[Sequence[float]],
            pooled: torch.Tensor | None = None) -> list[dict[str, list[float]]]:
    """Class probabilities per task for each candidate (one forward pass for the lot).

    `pooled`, when given, are the encoder's pooled vectors of `windows` (skips the encoder)."""
    if not windows:
        return []
    with torch.inference_mode():
        rules = torch.tensor(list(rule_vectors), dtype=torch.float32).reshape(len(windows), -1)
        if pooled is None:
            pooled = model.pooled(*_tensors(windows))
        logits = model.head(pooled, rules)
        probs = {t: torch.softmax(v, dim=-1).tolist() for t, v in logits.items()}
    return [{t: probs[t][i] for t in TASKS} for i in range(len(windows))]


def fold_of(article: ArticleExamples, folds: int) -> int:
    group = group_of(article.article_id, article.gold.get("notes"))
    return int.from_bytes(hashlib.sha256(("fold:" + group).encode()).digest()[:4], "big") % folds


def cross_val_predictions(base: Any, arts: Sequence[ArticleExamples], config: ScorerConfig, train: TrainConfig,
                          log: Callable[[str], None] | None = None, *, encoder: Any = None) -> list[list[dict[str, list[float]]]]:
    """Out-of-fold predictions for every candidate of `arts` (per article, per candidate)."""
    out: list[list[dict[str, list[float]]]] = [[] for _ in arts]
    for k in range(train.folds):
        tr = [a for a in arts if fold_of(a, train.folds) != k]
        te = [i for i, a in enumerate(arts) if fold_of(a, train.folds) == k]
        if log:
            log(f"fold {k + 1}/{train.folds}: train {len(tr)} articles, predict {len(te)}")
        model = fit(base, tr, config, train, log, encoder=encoder)
        for i in te:
            out[i] = predict(model, arts[i].windows, arts[i].rule_vectors, arts[i].pooled)
    return out


# ----------------------------------------------------------------------------------------------
# end-to-end scoring


def records_with_model(a: ArticleExamples, preds: Sequence[Prediction] | None, th: Thresholds) -> list[dict[str, Any]]:
    """The article's records, with the scorer's changes when `preds` is given (rules only otherwise)."""
    flows = a.flows
    if preds is not None:
        by_start = {c.amount.start: p for c, p in zip(a.candidates, preds, strict=True)}
        flows, _ = rescore(flows, by_start, th)
    return [f.to_dict() for f in flows] + a.other_records


def evaluate(arts: Sequence[ArticleExamples], preds: Sequence[Sequence[Prediction]] | None, th: Thresholds) -> dict[str, Any]:
    gold = {a.article_id: a.gold for a in arts}
    records: list[dict[str, Any]] = []
    for i, a in enumerate(arts):
        records.extend(records_with_model(a, preds[i] if preds is not None else None, th))
    return score(gold, records).metrics


def _objective(m: dict[str, Any]) -> float:
    """What the tuner maximises: full F1 first, then core F1, then the role accuracy of matched flows."""
    return float(m["full_f1"] + 0.5 * m["core_f1"] + 0.25 * m["role_acc"])


def _no_worse(m: dict[str, Any], base: dict[str, Any]) -> bool:
    return bool(m["full_f1"] >= base["full_f1"] and m["core_f1"] >= base["core_f1"])


GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)
ORDER = ("veto", "role", "role_shift", "instrument", "side", "market", "direction")


def changed_flows(arts: Sequence[ArticleExamples], preds: Sequence[Sequence[Prediction]], th: Thresholds) -> int:
    """How many rule flows the scorer vetoes or changes under `th`."""
    total = 0
    for a, p in zip(arts, preds, strict=True):
        by_start = {c.amount.start: q for c, q in zip(a.candidates, p, strict=True)}
        total += len(rescore(a.flows, by_start, th)[1])
    return total


def tune_thresholds(arts: Sequence[ArticleExamples], oof: Sequence[Sequence[Prediction]], *, min_gain: float = 0.002,
                    min_changes: int = 5, passes: int = 2,
                    log: Callable[[str], None] | None = None) -> tuple[Thresholds, dict[str, Any]]:
    """Coordinate ascent over the thresholds on the out-of-fold predictions.

    A rule is switched on only if it loses nothing in full F1 and core F1, gains at least `min_gain`
    of the objective over leaving it off, and changes at least `min_changes` more flows than leaving
    it off: a rule whose gain rests on two or three training flows is noise in the out-of-fold
    predictions, not evidence, and would not carry to unseen articles.
    """
    th = Thresholds()
    best_m = evaluate(arts, oof, th)
    veto_grid = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
    for _ in range(passes):
        for name in ORDER:
            if name == "role_shift" and th.role >= OFF:
                continue
            grid = veto_grid if name == "veto" else GRID
            off_value = 0.0 if name == "veto" else OFF
            base_m = evaluate(arts, oof, replace(th, **{name: off_value}))
            base_changes = changed_flows(arts, oof, replace(th, **{name: off_value}))
            chosen, chosen_m = off_value, base_m
            for v in grid:
                m = evaluate(arts, oof, replace(th, **{name: v}))
                if _objective(m) > _objective(chosen_m) and _no_worse(m, base_m) and _objective(m) >= _objective(base_m) + min_gain \
                        and changed_flows(arts, oof, replace(th, **{name: v})) >= base_changes + min_changes:
                    chosen, chosen_m = v, m
            th = replace(th, **{name: chosen})
            best_m = chosen_m
            if log:
                log(f"  {name}: {chosen} -> full_f1 {chosen_m['full_f1']} core_f1 {chosen_m['core_f1']} role_acc {chosen_m['role_acc']}")
    return th, best_m


def candidate_accuracy(arts: Iterable[ArticleExamples], preds: Sequence[Sequence[Prediction]] | None) -> dict[str, Any]:
    """Per-task accuracy of the scorer and of the rules on labelled candidates (attributes: on rule flows)."""
    hits: dict[str, list[int]] = {t: [0, 0, 0] for t in TASKS}
    for i, a in enumerate(arts):
        for j, (lab, rl) in enumerate(zip(a.labels, a.rule_labels, strict=True)):
            for task, vocab in TASKS.items():
                if lab[task] is None or (task != "is_flow" and rl["is_flow"] != "yes"):
                    continue
                hits[task][2] += 1
                hits[task][1] += rl[task] == lab[task]
                if preds is not None:
                    probs = preds[i][j][task]
                    hits[task][0] += vocab[int(np.argmax(probs))] == lab[task]
    return {t: {"model": round(h[0] / h[2], 4) if h[2] else None, "rules": round(h[1] / h[2], 4) if h[2] else None, "n": h[2]}
            for t, h in hits.items()}
