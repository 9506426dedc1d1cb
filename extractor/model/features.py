"""What the flow scorer sees of each candidate amount: a word-piece window and the rules' verdict.

The text input is the candidate's sentence and the one before it, cut to a window around the
amount and marked: `[CLS] left… [unused0] amount [unused1] …right [SEP]`, where a `[SEP]` also
separates the previous sentence from the current one. The article is tokenised once (the fast
tokenizer of all-MiniLM-L6-v2, with character offsets), and every window is a slice of it.

The numeric input (`rule_vector`) is what the rules decided for the candidate: whether it became a
flow, and that flow's direction, investor side, market, instrument class, role and period kind, plus
the linker's evidence (which cues it found, how far it had to look). The scorer learns where to
disagree with the rules, not the whole task from scratch.

Label vocabularies are the gold annotation's (`corpus/README.md`): sides japan/foreign/other,
markets foreign/japan/other, instruments stocks/bonds/bills/debt/securities/other.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extractor.pipeline.linker import Candidate

# fmt: off
DIRECTIONS = ("buy", "sell")
SIDES = ("japan", "foreign", "other")
MARKETS = ("foreign", "japan", "other")
INSTRUMENTS = ("stocks", "bonds", "bills", "debt", "securities", "other")
ROLES = ("headline", "comparison", "cumulative", "other")
PERIOD_KINDS = ("week", "weeks", "month", "months", "quarter", "year", "year_to_date", "fiscal_year")
RELATIONS = ("absolute", "week_end", "last_week", "this_week", "head", "prev", "run", "ytd")
SOURCES = ("mof", "jpx_weekly", "tic", "other")
NONFLOW = ("holdings", "gross", "forecast", "issuance", "central_bank", "macro")
# the record contract's instrument -> the gold vocabulary's class
INSTRUMENT_CLASS = {
    "equity": "stocks", "long_term_debt": "bonds", "short_term_debt": "bills", "debt": "debt",
    "securities": "securities", "other": "other", "derivatives": "other",
}
# fmt: on
TASKS: dict[str, tuple[str, ...]] = {
    "is_flow": ("no", "yes"), "direction": DIRECTIONS, "side": SIDES, "market": MARKETS,
    "instrument": INSTRUMENTS, "role": ROLES,
}

# Word-piece budget of a window: left context (current sentence, then the previous one), the amount, right context.
# Short enough that one encoder layer over every flow of an article costs a few milliseconds on one core.
LEFT_TOKENS, AMOUNT_TOKENS, RIGHT_TOKENS = 8, 5, 4
CLS_ID, SEP_ID, PAD_ID, OPEN_ID, CLOSE_ID = 101, 102, 0, 1, 2  # [unused0]/[unused1] mark the amount


@dataclass(frozen=True)
class Window:
    """One candidate's encoder input: word-piece ids and the positions of the two markers."""

    ids: tuple[int, ...]
    marker: int
    close: int


def flow_view(flow: Any) -> dict[str, Any]:
    """The fields of a `Flow` that the scorer reads, in record form (cheaper than `Flow.to_dict`)."""
    inv = flow.investor
    return {
        "investor": {"side": inv.side, "economy": inv.economy}, "market": flow.market, "direction": flow.direction,
        "instrument": flow.instrument, "role": flow.role, "period": {"kind": flow.period.kind},
    }


def rule_side(flow: dict[str, Any]) -> str:
    """A flow record's investor side in the gold vocabulary, as `extractor.evaluation` reads it ("unknown" matches no gold)."""
    inv = flow.get("investor") or {}
    if inv.get("economy") != "JP":
        return "other"
    return {"resident": "japan", "non_resident": "foreign"}.get(inv.get("side") or "", "unknown")


def rule_market(flow: dict[str, Any]) -> str:
    """A flow record's market in the gold vocabulary ("unknown" when the record does not say)."""
    inv = flow.get("investor") or {}
    if inv.get("economy") != "JP":
        return "other"
    return {"foreign": "foreign", "domestic": "japan"}.get(flow.get("market") or "", "unknown")


def rule_labels(flow: dict[str, Any] | None) -> dict[str, str | None]:
    """The rules' answer to each task for one candidate (`flow` is its record, None if it was dropped)."""
    if flow is None:
        return {"is_flow": "no", "direction": None, "side": None, "market": None, "instrument": None, "role": None}
    return {
        "is_flow": "yes", "direction": flow.get("direction"), "side": rule_side(flow), "market": rule_market(flow),
        "instrument": INSTRUMENT_CLASS.get(flow.get("instrument") or "", "other"), "role": flow.get("role"),
    }


def _one_hot(value: Any, vocab: Sequence[Any]) -> list[float]:
    return [1.0 if value == v else 0.0 for v in vocab]


def rule_vector(c: Candidate, flow: dict[str, Any] | None) -> list[float]:
    """The rules' verdict and evidence for one candidate, as a fixed-length list of floats (N_RULE_FEATURES)."""
    labels = rule_labels(flow)
    period = (flow or {}).get("period") or {}
    feats = c.features
    a = c.amount
    vec: list[float] = [1.0 if flow is not None else 0.0]
    for task in ("direction", "side", "market", "instrument", "role"):
        vec += _one_hot(labels[task], TASKS[task])
    vec += _one_hot(period.get("kind"), PERIOD_KINDS)
    vec += _one_hot(c.direction, DIRECTIONS)
    vec += _one_hot(c.period.relation if c.period is not None else None, RELATIONS)
    vec += _one_hot(c.source, SOURCES)
    vec += _one_hot(c.nonflow, NONFLOW)
    vec += [
        1.0 if c.nonflow else 0.0,
        1.0 if c.investor is not None else 0.0,
        1.0 if c.instrument is not None else 0.0,
        1.0 if c.period is not None else 0.0,
        1.0 if c.period_inherited else 0.0,
        1.0 if c.comparison_cue else 0.0,
        1.0 if c.streak else 0.0,
        1.0 if c.converted else 0.0,
        1.0 if a.qualifier else 0.0,
        1.0 if a.currency == "JPY" else 0.0,
        1.0 if a.currency == "USD" else 0.0,
        1.0 if a.value < 1e6 else 0.0,
        min(max(math.log10(max(a.value, 1.0)) - 9.0, -3.0), 4.0) / 4.0,
        1.0 if c.sentence[0] < 200 else 0.0,
    ]
    vec += [1.0 if feats.get(k) else 0.0 for k in (
        "direction_inherited", "direction_far", "investor_in_left", "investor_from_context",
        "instrument_inherited", "instrument_from_context", "pronoun_start",
    )]
    return vec


N_RULE_FEATURES = 1 + sum(len(TASKS[t]) for t in ("direction", "side", "market", "instrument", "role")) + len(PERIOD_KINDS) \
    + len(DIRECTIONS) + len(RELATIONS) + len(SOURCES) + len(NONFLOW) + 14 + 7


class WindowMaker:
    """Tokenises an article once and cuts one marked window per candidate."""

    def __init__(self, tokenizer: Any, *, left: int = LEFT_TOKENS, amount: int = AMOUNT_TOKENS,
                 right: int = RIGHT_TOKENS) -> None:
        self.left, self.amount, self.right = left, amount, right
        backend = tokenizer.backend_tokenizer
        # a private copy: the shared tokenizer pads and truncates for sentence embeddings
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_str(backend.to_str())
        self._tok.no_padding()
        self._tok.no_truncation()

    def windows(self, text: str, sentences: Sequence[tuple[int, int]], cands: Sequence[Candidate]) -> list[Window]:
        if not cands:
            return []
        enc = self._tok.encode(text, add_special_tokens=False)
        ids, offsets = enc.ids, enc.offsets
        starts = [o[0] for o in offsets]
        import bisect

        sent_starts = [s for s, _ in sentences]
        out: list[Window] = []
        for c in cands:
            s0, s1 = c.sentence
            k = bisect.bisect_right(sent_starts, s0) - 1
            p0 = sentences[k - 1][0] if k > 0 else s0
            a0 = c.amount.start
            a1 = max([c.amount.end] + [x.end for x in c.converted])
            t_p0 = bisect.bisect_left(starts, p0)
            t_s0 = bisect.bisect_left(starts, s0)
            t_a0 = bisect.bisect_left(starts, a0)
            t_a1 = bisect.bisect_left(starts, a1)
            t_s1 = bisect.bisect_left(starts, s1)
            cur_left = ids[t_s0:t_a0][-self.left:] if self.left > 0 else []
            room = self.left - len(cur_left) - 1
            prev_left = ids[t_p0:t_s0][-room:] if room > 0 and t_s0 > t_p0 else []
            left = [*prev_left, SEP_ID, *cur_left] if prev_left else cur_left
            amount = ids[t_a0:t_a1][:self.amount]
            right = ids[t_a1:t_s1][:self.right]
            seq = (CLS_ID, *left, OPEN_ID, *amount, CLOSE_ID, *right, SEP_ID)
            out.append(Window(ids=seq, marker=1 + len(left), close=2 + len(left) + len(amount)))
        return out


def batch(windows: Sequence[Window]) -> tuple[list[list[int]], list[list[int]], list[tuple[int, int]]]:
    """Padded ids, attention masks and marker positions (open, close) for a list of windows."""
    width = max((len(w.ids) for w in windows), default=0)
    ids = [list(w.ids) + [PAD_ID] * (width - len(w.ids)) for w in windows]
    mask = [[1] * len(w.ids) + [0] * (width - len(w.ids)) for w in windows]
    return ids, mask, [(w.marker, w.close) for w in windows]
