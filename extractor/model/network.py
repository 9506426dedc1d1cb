"""The flow scorer network: the first layers of all-MiniLM-L6-v2, pooled around the amount, and a head.

`FlowScorer` = MiniLM's word-piece embeddings (frozen, never shipped: they come from the verified base
package) -> its first `layers` transformer layers (fine-tuned, or frozen and then taken from the
base package too, optionally int8-quantised for speed) -> five pooled vectors (the two amount
markers, the mean of the 8 word pieces before the amount, of the 8 after it, and of the whole
window) -> concatenated with the rules' vector -> one hidden layer -> a linear output per task. Each
task also gets a direct linear path from the rules' vector, so that "agree with the rules" is the
easy default and the text has to earn every disagreement.

Only the parameters that differ from the base model are saved (`trainable_state`): the head, plus
the encoder layers when they were fine-tuned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn

from extractor.model.features import AMOUNT_TOKENS, LEFT_TOKENS, N_RULE_FEATURES, RIGHT_TOKENS, TASKS

NEAR = 8  # word pieces on each side of the amount pooled separately


@dataclass(frozen=True)
class ScorerConfig:
    layers: int = 1
    hidden: int = 128
    dropout: float = 0.2
    n_rule: int = N_RULE_FEATURES
    frozen: bool = True  # encoder layers as in the base model (not shipped) or fine-tuned (shipped)
    quantize: bool = True  # frozen encoder only: int8 dynamic quantisation of its linear layers
    left_tokens: int = LEFT_TOKENS
    amount_tokens: int = AMOUNT_TOKENS
    right_tokens: int = RIGHT_TOKENS

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ScorerConfig:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def truncated_encoder(base: Any, layers: int) -> Any:
    """A BertModel with the embeddings and first `layers` layers of `base` (a copy; `base` is untouched)."""
    from transformers import BertConfig, BertModel

    cfg = BertConfig.from_dict({**base.config.to_dict(), "num_hidden_layers": layers})
    model = BertModel(cfg, add_pooling_layer=False)
    state = {k: v for k, v in base.state_dict().items() if k in model.state_dict()}
    model.load_state_dict(state, strict=False)
    for p in model.embeddings.parameters():
        p.requires_grad = False
    return model


def build_encoder(base: Any, config: ScorerConfig) -> Any:
    """The scorer's encoder for `config`: truncated, and for a frozen encoder in eval mode (quantised if asked)."""
    model = truncated_encoder(base, config.layers)
    if not config.frozen:
        return model
    for p in model.parameters():
        p.requires_grad = False
    model.eval()
    if config.quantize:
        import warnings

        with warnings.catch_warnings():
            # the eager-mode API is deprecated in favour of a separate package; it still works in the pinned torch
            warnings.simplefilter("ignore")
            model = torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)  # type: ignore[no-untyped-call]
    return model


def frozen_hidden(encoder: Any, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """The last hidden state of a BertModel in eval mode, computed directly from its modules.

    The same arithmetic as the transformers forward pass without its per-call bookkeeping, which at a
    few short windows per article costs as much as the layer itself. Training (frozen encoder) and
    extraction both use it, so the scorer sees the same features in both.
    """
    emb = encoder.embeddings
    positions = torch.arange(ids.shape[1]).unsqueeze(0)
    h = emb.word_embeddings(ids) + emb.position_embeddings(positions) + emb.token_type_embeddings(torch.zeros_like(ids))
    h = emb.LayerNorm(h)
    heads = encoder.config.num_attention_heads
    b, n, d = h.shape
    bias = (1.0 - mask[:, None, None, :].to(h.dtype)) * torch.finfo(h.dtype).min
    for layer in encoder.encoder.layer:
        att = layer.attention.self

        def split(x: torch.Tensor) -> torch.Tensor:
            return x.view(b, n, heads, d // heads).transpose(1, 2)

        ctx = nn.functional.scaled_dot_product_attention(split(att.query(h)), split(att.key(h)), split(att.value(h)), attn_mask=bias)
        ctx = ctx.transpose(1, 2).reshape(b, n, d)
        h = layer.attention.output.LayerNorm(layer.attention.output.dense(ctx) + h)
        inner = nn.functional.gelu(layer.intermediate.dense(h))
        h = layer.output.LayerNorm(layer.output.dense(inner) + h)
    out: torch.Tensor = h
    return out


class FlowScorer(nn.Module):
    def __init__(self, encoder: Any, config: ScorerConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = encoder
        d = encoder.config.hidden_size
        self.trunk = nn.Sequential(
            nn.Dropout(config.dropout), nn.Linear(5 * d + config.n_rule, config.hidden), nn.GELU(), nn.Dropout(config.dropout),
        )
        self.heads = nn.ModuleDict({t: nn.Linear(config.hidden, len(v)) for t, v in TASKS.items()})
        self.skips = nn.ModuleDict({t: nn.Linear(config.n_rule, len(v)) for t, v in TASKS.items()})

    def pooled(self, ids: torch.Tensor, mask: torch.Tensor, markers: torch.Tensor) -> torch.Tensor:
        """(batch, 5 * hidden): open marker, close marker, near-left mean, near-right mean, window mean."""
        if self.config.frozen and not self.encoder.training:
            h = frozen_hidden(self.encoder, ids, mask)
        else:
            h = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        rows = torch.arange(h.shape[0])
        opens, closes = markers[:, 0], markers[:, 1]
        pos = torch.arange(h.shape[1]).unsqueeze(0)
        live = mask.bool()
        left = live & (pos < opens.unsqueeze(1)) & (pos >= (opens - NEAR).unsqueeze(1)) & (pos > 0)
        right = live & (pos > closes.unsqueeze(1)) & (pos <= (closes + NEAR).unsqueeze(1))
        return torch.cat([h[rows, opens], h[rows, closes], _mean(h, left), _mean(h, right), _mean(h, live)], dim=1)

    def head(self, pooled: torch.Tensor, rules: torch.Tensor) -> dict[str, torch.Tensor]:
        z = self.trunk(torch.cat([pooled, rules], dim=1))
        return {t: self.heads[t](z) + self.skips[t](rules) for t in TASKS}

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, markers: torch.Tensor, rules: torch.Tensor) -> dict[str, torch.Tensor]:
        return self.head(self.pooled(ids, mask, markers), rules)

    def trainable_state(self) -> dict[str, torch.Tensor]:
        """The parameters that differ from the base model: the head, and fine-tuned layers if any."""
        skip = "encoder." if self.config.frozen else "encoder.embeddings."
        return {k: v.detach().clone().contiguous() for k, v in self.state_dict().items() if not k.startswith(skip)}

    def load_trainable_state(self, state: Mapping[str, torch.Tensor]) -> None:
        """Load what `trainable_state` saved; every saved tensor must have a place and every head parameter a value."""
        own = self.state_dict()
        unknown = sorted(set(state) - set(own))
        skip = "encoder." if self.config.frozen else "encoder.embeddings."
        missing = sorted(k for k in own if not k.startswith(skip) and k not in state)
        if unknown or missing:
            raise ValueError(f"artifact does not fit the network: unknown {unknown[:3]}, missing {missing[:3]}")
        if not self.config.frozen:
            self.load_state_dict(dict(state), strict=False)
            return
        # a frozen (possibly quantised) encoder keeps its base weights: load the head's modules one by one
        for name in ("trunk", "heads", "skips"):
            sub = {k[len(name) + 1:]: v for k, v in state.items() if k.startswith(name + ".")}
            getattr(self, name).load_state_dict(sub, strict=True)


def _mean(h: torch.Tensor, sel: torch.Tensor) -> torch.Tensor:
    w = sel.unsqueeze(-1).to(h.dtype)
    return (h * w).sum(dim=1) / w.sum(dim=1).clamp(min=1.0)
