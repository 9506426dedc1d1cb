"""Mutation test on the project's own corpus (corpus/articles, gold flows turned into records).

Take the MoF weekly flows that reconcile correctly (match or revised), alter one figure at a time
(x10, /10, buy <-> sell, the week moved by one, bonds <-> stocks) and reconcile again: at least 95%
of the altered figures must come out `mismatch`, and below 3% of the unaltered ones.
"""

from __future__ import annotations

import copy
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from extractor.reconcile.match import resolve_target
from extractor.reconcile.verdicts import figure_verdict

LAST_WEEK = date(2026, 9, 12)  # the newest week in the shipped weekly file


def _scaled(record: dict[str, Any], factor: float) -> dict[str, Any]:
    out = copy.deepcopy(record)
    out["amount"]["value"] *= factor
    out["amount"]["precision"] = (out["amount"].get("precision") or 1e8) * factor  # the print moves with it
    return out


def _swapped_direction(record: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(record)
    out["direction"] = {"buy": "sell", "sell": "buy"}[record["direction"]]
    return out


def _shifted(record: dict[str, Any], index: int) -> dict[str, Any]:
    out = copy.deepcopy(record)
    days = 7 if index % 2 == 0 else -7
    if date.fromisoformat(record["period"]["end"]) + timedelta(days=days) > LAST_WEEK:
        days = -7
    for key in ("start", "end"):
        out["period"][key] = (date.fromisoformat(record["period"][key]) + timedelta(days=days)).isoformat()
    return out


def _swapped_instrument(record: dict[str, Any]) -> dict[str, Any] | None:
    other = {"equity": "long_term_debt", "long_term_debt": "equity"}.get(record["instrument"])
    if other is None:
        return None
    out = copy.deepcopy(record)
    out["instrument"] = other
    return out


MUTATIONS = {
    "x10": lambda r, i: _scaled(r, 10),
    "/10": lambda r, i: _scaled(r, 0.1),
    "buy<->sell": lambda r, i: _swapped_direction(r),
    "week +-1": _shifted,
    "bonds<->stocks": lambda r, i: _swapped_instrument(r),
}


def test_mutation_corpus_is_large_enough(corpus_reconciled):
    assert len(corpus_reconciled) >= 100


def test_mutation_unaltered_rarely_mismatch(corpus_reconciled):
    statuses = Counter(v["status"] for _, v in corpus_reconciled)
    assert statuses["mismatch"] / len(corpus_reconciled) < 0.03, statuses


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_mutation_altered_come_out_mismatch(official, corpus_reconciled, mutation):
    outcomes: Counter[str] = Counter()
    for index, (record, verdict) in enumerate(corpus_reconciled):
        if verdict["status"] not in ("match", "revised"):
            continue
        altered = MUTATIONS[mutation](record, index)
        if altered is None:
            continue
        outcomes[figure_verdict(altered, resolve_target(altered), official)["status"]] += 1
    total = sum(outcomes.values())
    assert total >= 50
    assert outcomes["mismatch"] / total >= 0.95, outcomes
