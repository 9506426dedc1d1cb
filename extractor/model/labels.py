"""Training labels: which gold flow, if any, each candidate amount is.

A gold flow names its amount as printed (`as_written`), its value and its evidence sentence, but no
offsets. A candidate matches a gold flow when at least two of these hold: its text is (part of) an
occurrence of `as_written`, it lies inside the evidence sentence, its value equals the gold amount
(within the scorer's 0.2%). Pairs are taken best score first, each candidate and each gold flow at
most once; the candidates left over are labelled "not a flow".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractor.pipeline.linker import Candidate


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    if not needle:
        return out
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _evidence_span(text: str, evidence: str | None) -> tuple[int, int] | None:
    if not evidence:
        return None
    i = text.find(evidence)
    if i < 0:
        i = text.find(evidence[:60])
    return (i, i + len(evidence)) if i >= 0 else None


def match_gold(text: str, cands: Sequence[Candidate], golds: Sequence[dict[str, Any]]) -> list[int | None]:
    """For each candidate, the index of the gold flow it is, or None."""
    scored: list[tuple[int, int, int]] = []
    for gi, g in enumerate(golds):
        written = str(g.get("as_written") or "")
        occ = _occurrences(text, written)
        ev = _evidence_span(text, g.get("evidence"))
        value = float(g.get("amount") or 0)
        for ci, c in enumerate(cands):
            a = c.amount
            in_text = any(a.start < q + len(written) and q < a.end for q in occ)
            in_evidence = ev is not None and ev[0] <= a.start < ev[1]
            same_value = abs(a.value - value) <= max(0.002 * value, 0.5)
            score = 2 * in_text + 2 * in_evidence + same_value
            if score >= 3:
                scored.append((score, gi, ci))
    out: list[int | None] = [None] * len(cands)
    taken: set[int] = set()
    for _, gi, ci in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if gi in taken or out[ci] is not None:
            continue
        out[ci] = gi
        taken.add(gi)
    return out


def candidate_labels(gold: dict[str, Any] | None) -> dict[str, str | None]:
    """Per-task labels of a candidate matched to `gold` (None: not a flow; attribute tasks are then unlabelled)."""
    if gold is None:
        return {"is_flow": "no", "direction": None, "side": None, "market": None, "instrument": None, "role": None}
    return {
        "is_flow": "yes", "direction": gold.get("direction"), "side": gold.get("investor_side"),
        "market": gold.get("market"), "instrument": gold.get("instrument"), "role": gold.get("role"),
    }
