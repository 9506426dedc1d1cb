"""How the flow scorer's predictions change the rules' flows.

The rules stay in charge; the scorer only overrides them where it is confident:

- **veto**: a rule flow whose probability of being a net flow is below `Thresholds.veto` is dropped;
- **attributes**: where the scorer's most probable direction, investor side, market or instrument
  class differs from the rules' and has probability of at least the task's threshold, the record
  takes it (mapped back to the record contract: side japan -> resident of JP, foreign -> non-resident
  of JP; market japan -> domestic; instrument bonds -> long_term_debt, …);
- **role**: where the scorer's role differs from the rules' with probability of at least `role`, the
  record takes the scorer's role. Most of the rules' role errors come with the right period (the
  figure is dated correctly but labelled, say, `comparison` instead of `headline`), so the period
  stays; only at the separate `role_shift` threshold does a `comparison` <-> `headline` change also
  move a week or month period to the story's headline period (or the one before it).

A threshold of 1.0 or more switches a correction off; a veto threshold of 0 switches the veto off. The thresholds are tuned on out-of-fold predictions
over the training split only (`extractor.model.training`) and saved in the model's meta.json.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from extractor.facts import Flow, Investor, Period, Streak
from extractor.model.features import INSTRUMENT_CLASS, TASKS, flow_view, rule_market, rule_side

OFF = 1.01  # a threshold no probability reaches

# gold instrument class -> the record contract's instrument
_INSTRUMENT_OF = {"stocks": "equity", "bonds": "long_term_debt", "bills": "short_term_debt", "debt": "debt",
                  "securities": "securities", "other": "other"}
_MARKET_OF = {"foreign": "foreign", "japan": "domestic"}
# classes the scorer treats as the same answer (the dev scorer accepts either for the other)
_SAME_INSTRUMENT = {frozenset({"bonds", "debt"})}


@dataclass(frozen=True)
class Thresholds:
    veto: float = 0.0  # a flow is dropped below this probability: 0 never drops (OFF would drop every flow)
    direction: float = OFF
    side: float = OFF
    market: float = OFF
    instrument: float = OFF
    role: float = OFF
    role_shift: float = OFF

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Thresholds:
        return cls(**{k: float(v) for k, v in d.items() if k in cls.__dataclass_fields__})


Prediction = Mapping[str, Sequence[float]]  # task -> class probabilities, in the order of TASKS[task]


def best(pred: Prediction, task: str) -> tuple[str, float]:
    """The most probable class of `task` and its probability."""
    probs = list(pred[task])
    k = max(range(len(probs)), key=probs.__getitem__)
    return TASKS[task][k], float(probs[k])


def p_flow(pred: Prediction) -> float:
    return float(pred["is_flow"][TASKS["is_flow"].index("yes")])


def _shift(period: Period, *, forward: bool) -> Period:
    """The week or month after (forward) or before a period; other kinds are returned unchanged."""
    if not period.end or not period.start:
        return period
    start, end = date.fromisoformat(period.start), date.fromisoformat(period.end)
    if period.kind == "week":
        step = timedelta(days=7 if forward else -7)
        return replace(period, start=(start + step).isoformat(), end=(end + step).isoformat())
    if period.kind == "month":
        if forward:
            first = end + timedelta(days=1)
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return replace(period, start=first.isoformat(), end=(nxt - timedelta(days=1)).isoformat())
        last = start - timedelta(days=1)
        return replace(period, start=last.replace(day=1).isoformat(), end=last.isoformat())
    return period


def _headline_period(flows: Sequence[Flow], kind: str) -> Period | None:
    """The story's headline period of one kind: the commonest among the rules' headline flows."""
    periods = [f.period for f in flows if f.role == "headline" and f.period.kind == kind and f.period.end]
    if not periods:
        return None
    (start, end), _ = Counter((p.start, p.end) for p in periods).most_common(1)[0]
    return Period(kind=kind, start=start, end=end, text=None)  # type: ignore[arg-type]


def _with_side(f: Flow, side: str) -> Flow:
    inv = f.investor
    if side == "japan":
        return replace(f, investor=replace(inv, side="resident", economy="JP"))
    if side == "foreign":
        return replace(f, investor=replace(inv, side="non_resident", economy="JP"))
    return replace(f, investor=replace(inv, economy=None if inv.economy == "JP" else inv.economy))


def _with_role(f: Flow, role: str, heads: Mapping[str, Period | None], *, shift: bool = False) -> Flow:
    if not shift or {f.role, role} != {"headline", "comparison"} or f.period.kind not in ("week", "month"):
        return replace(f, role=role)  # type: ignore[arg-type]
    kind = f.period.kind
    if role == "headline":
        head = heads.get(kind)
        period = replace(head, text=f.period.text) if head is not None and head.end and f.period.end and head.end > f.period.end \
            else _shift(f.period, forward=True)
    else:
        period = _shift(f.period, forward=False)
    return replace(f, role=role, period=period)  # type: ignore[arg-type]


def rescore(flows: Sequence[Flow], preds: Mapping[int, Prediction], th: Thresholds) -> tuple[list[Flow], list[dict[str, Any]]]:
    """The flows after the scorer's vetoes and corrections, and a log of what changed.

    `preds` maps the start offset of a flow's amount to the scorer's prediction for that candidate;
    flows without a prediction pass through unchanged.
    """
    heads = {kind: _headline_period(flows, kind) for kind in ("week", "month")}
    out: list[Flow] = []
    log: list[dict[str, Any]] = []
    for f in flows:
        pred = preds.get(f.amount.start) if f.amount.start is not None else None
        if pred is None:
            out.append(f)
            continue
        pf = p_flow(pred)
        if pf < th.veto:
            log.append({"amount": f.amount.text, "change": "veto", "p": round(pf, 3)})
            continue
        g = f
        direction, p = best(pred, "direction")
        if direction != f.direction and p >= th.direction:
            streak = replace(f.streak, direction=direction) if f.streak else None  # type: ignore[arg-type]
            g = replace(g, direction=direction, streak=streak)  # type: ignore[arg-type]
        side, p = best(pred, "side")
        if side != rule_side(flow_view(f)) and p >= th.side:
            g = _with_side(g, side)
        market, p = best(pred, "market")
        if market != rule_market(flow_view(g)) and market in _MARKET_OF and p >= th.market:
            g = replace(g, market=_MARKET_OF[market])  # type: ignore[arg-type]
        instrument, p = best(pred, "instrument")
        ours = INSTRUMENT_CLASS.get(f.instrument, "other")
        if instrument != ours and frozenset({instrument, ours}) not in _SAME_INSTRUMENT and p >= th.instrument:
            g = replace(g, instrument=_INSTRUMENT_OF[instrument])  # type: ignore[arg-type]
        role, p = best(pred, "role")
        if role != f.role and p >= th.role:
            g = _with_role(g, role, heads, shift=p >= th.role_shift)
        if g != f:
            log.append({"amount": f.amount.text, "change": _diff(f, g)})
        out.append(g)
    return out, log


def _diff(f: Flow, g: Flow) -> dict[str, Any]:
    a, b = f.to_dict(), g.to_dict()
    return {k: [a[k], b[k]] for k in ("investor", "market", "instrument", "direction", "role", "period") if a[k] != b[k]}


__all__ = ["OFF", "Investor", "Prediction", "Streak", "Thresholds", "best", "p_flow", "rescore"]
