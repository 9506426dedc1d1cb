"""The `extractor_flow_model` spaCy component: the learned flow scorer applied to the rules' flows.

It runs right after `extractor_flows`. For each flow the rules made it cuts the amount's word-piece
window, adds the rules' verdict vector, scores both with the shipped network and lets
`combine.rescore` veto or correct the flow where the scorer is confident enough (the thresholds in
the artifact's meta.json). Flows are changed in place in `doc._.extractor_flows`; the list of changes
is kept in `doc.user_data["flow_model_changes"]` for inspection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractor.model.artifact import LoadedScorer, load_artifact
from extractor.model.combine import rescore
from extractor.model.dataset import flows_by_start
from extractor.model.features import flow_view, rule_vector


class FlowModel:
    def __init__(self, scorer: LoadedScorer) -> None:
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        from extractor.model.training import predict

        flows = doc._.extractor_flows or []
        doc.user_data["flow_model_changes"] = []
        if not flows:
            return doc
        by_start = flows_by_start(flows)
        cands = [c for c in (doc._.extractor_candidates or []) if c.amount.start in by_start]
        if not cands:
            return doc
        s = self.scorer
        windows = s.maker.windows(doc._.extractor_text, doc._.extractor_sentences, cands)
        vectors = [rule_vector(c, flow_view(by_start[c.amount.start])) for c in cands]
        preds = predict(s.model, windows, vectors)
        new, log = rescore(flows, {c.amount.start: p for c, p in zip(cands, preds, strict=True)}, s.thresholds)
        doc._.extractor_flows = new
        doc.user_data["flow_model_changes"] = log
        return doc


@Language.factory("extractor_flow_model", default_config={"path": None},
                  assigns=["doc._.extractor_flows"], requires=["doc._.extractor_flows"])
def make_flow_model(nlp: Language, name: str, path: str | None) -> FlowModel:
    """The flow scorer from `path` (default: the shipped models/flow_scorer), checked by sha256."""
    return FlowModel(load_artifact(Path(path) if path else None))


__all__: list[Any] = ["FlowModel", "make_flow_model"]
