"""The extraction pipeline: a blank English spaCy `Language` with FlowFacts components.

`load_pipeline()` builds it (no official spaCy model package is needed); `extract_article(article)`
runs it on one `Article` and returns the records as dicts in the record contract's form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import spacy
from spacy.language import Language

from extractor.ingest.article import Article
from extractor.pipeline.components import RULE_COMPONENTS

_CACHE: dict[bool, Language] = {}


def load_pipeline(*, use_model: bool | None = None) -> Language:
    """The pipeline: rules, plus the learned flow scorer when `use_model` (default: when it helps)."""
    from extractor.model import model_enabled_by_default

    want_model = model_enabled_by_default() if use_model is None else use_model
    if want_model in _CACHE:
        return _CACHE[want_model]
    nlp = spacy.blank("en")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    if want_model:
        from extractor.model import component  # noqa: F401  (registers the factory)

        nlp.add_pipe("extractor_flow_model", after="extractor_flows")
    _CACHE[want_model] = nlp
    return nlp


def extract_article(article: Article, *, use_model: bool | None = None, nlp: Language | None = None) -> list[dict[str, Any]]:
    """All records of one article, as dicts: flows, figures, statements, table rows."""
    nlp = nlp or load_pipeline(use_model=use_model)
    doc = nlp.make_doc(article.text)
    ext = doc._  # (every access to doc._ builds a new accessor)
    ext.extractor_article_id = article.id
    ext.extractor_published = article.published
    ext.extractor_text = article.text  # what doc.text would rebuild from the tokens
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    ext = doc._
    records: list[Any] = [*ext.extractor_flows, *ext.extractor_figures, *ext.extractor_statements, *ext.extractor_tables]
    return [r.to_dict() for r in records]


def extract(text: str, *, published: date | str | None = None, article_id: str = "doc",
            use_model: bool | None = None) -> list[dict[str, Any]]:
    """Records of one text. `published` resolves "last week" and "Nov 23".

    >>> recs = extract("Japanese investors sold a net 862.6 billion yen of foreign bonds in the week "
    ...                "ended April 20.", published="2013-04-25", use_model=False)
    >>> f = recs[0]
    >>> (f["direction"], f["instrument"], f["amount"]["value"], f["period"]["start"], f["period"]["end"])
    ('sell', 'long_term_debt', 862600000000, '2013-04-14', '2013-04-20')
    """
    from extractor.ingest.article import parse_date

    when = parse_date(published) if isinstance(published, str) else published
    return extract_article(Article(id=article_id, text=text, published=when), use_model=use_model)


def extractor_fingerprint(*, use_model: bool | None = None) -> str:
    """A short id of what decides the records: the rule code, the language data and, when used, the model.

    The fact store keeps it per article, so that re-ingesting with a changed extractor re-extracts
    articles whose text is unchanged instead of keeping their old records.
    """
    import hashlib
    from pathlib import Path

    from extractor.model import model_enabled_by_default

    package = Path(__file__).resolve().parents[1]
    parts = [package / "facts.py", *(f for d in ("parse", "pipeline", "lang") for f in sorted((package / d).rglob("*.py")))]
    want_model = model_enabled_by_default() if use_model is None else use_model
    if want_model:
        parts += sorted(f for f in (package / "model").rglob("*") if f.is_file() and f.suffix != ".pyc")
        parts += sorted(f for f in (package.parent / "models").rglob("*") if f.is_file() and f.suffix != ".md")
    digest = hashlib.sha256()
    for path in parts:
        digest.update(path.relative_to(package.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return ("rules+model-" if want_model else "rules-") + digest.hexdigest()[:12]

