"""The training examples: every candidate amount of the corpus articles, as the rules see it.

`build_examples(articles_dir, ids, tokenizer)` runs the rules pipeline (no model) on each article and
keeps, per article, the rule flows and candidates (to replay the combination with the rules and score
it end to end) and, per candidate, its encoder window, rule vector, the rules' labels and the gold
labels from `labels.match_gold`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.facts import Flow
from extractor.model.features import Window, WindowMaker, flow_view, rule_labels, rule_vector
from extractor.model.labels import candidate_labels, match_gold
from extractor.pipeline.linker import Candidate


@dataclass
class ArticleExamples:
    """One article: its gold record, rule output and the examples of its candidates."""

    article_id: str
    gold: dict[str, Any]
    text: str
    published: Any
    flows: list[Flow]
    candidates: list[Candidate]
    windows: list[Window]
    rule_vectors: list[list[float]]
    rule_labels: list[dict[str, str | None]]
    labels: list[dict[str, str | None]]
    other_records: list[dict[str, Any]] = field(default_factory=list)
    pooled: Any = None  # frozen encoder: its pooled vectors of `windows` (a tensor), computed once per article


def flows_by_start(flows: Iterable[Flow]) -> dict[int, Flow]:
    """Rule flows keyed by the start offset of their amount (the link to their candidate)."""
    return {f.amount.start: f for f in flows if f.amount.start is not None}


def run_rules(article: Any, nlp: Any) -> Any:
    """The rules pipeline's Doc for one `Article` (components up to and including the rules)."""
    doc = nlp.make_doc(article.text)
    doc._.extractor_article_id = article.id
    doc._.extractor_published = article.published
    for name, proc in nlp.pipeline:
        if name == "extractor_flow_model":
            continue
        doc = proc(doc)
    return doc


def build_examples(articles_dir: Path, ids: Iterable[str], tokenizer: Any, *,
                   windows: dict[str, int] | None = None) -> list[ArticleExamples]:
    from extractor.errors import CorpusFormatError
    from extractor.ingest.article import Article, from_record
    from extractor.pipeline import load_pipeline

    nlp = load_pipeline(use_model=False)
    maker = WindowMaker(tokenizer, **(windows or {}))
    out: list[ArticleExamples] = []
    for aid in ids:
        path = Path(articles_dir) / f"{aid}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = from_record({**gold, "id": aid}, source=str(path))
        if not isinstance(art, Article):
            raise CorpusFormatError(f"{path}: {art}")
        doc = run_rules(art, nlp)
        flows: list[Flow] = list(doc._.extractor_flows)
        cands: list[Candidate] = list(doc._.extractor_candidates)
        by_start = flows_by_start(flows)
        recs = [flow_view(by_start[c.amount.start]) if c.amount.start in by_start else None for c in cands]
        matched = match_gold(art.text, cands, gold.get("flows") or [])
        others = [r.to_dict() for r in (*doc._.extractor_figures, *doc._.extractor_statements, *doc._.extractor_tables)]
        out.append(ArticleExamples(
            article_id=aid, gold=gold, text=art.text, published=art.published, flows=flows, candidates=cands,
            windows=maker.windows(art.text, doc._.extractor_sentences, cands),
            rule_vectors=[rule_vector(c, r) for c, r in zip(cands, recs, strict=True)],
            rule_labels=[rule_labels(r) for r in recs],
            labels=[candidate_labels(gold["flows"][gi] if gi is not None else None) for gi in matched],
            other_records=others,
        ))
    return out
