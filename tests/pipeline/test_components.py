"""The pipeline's plumbing: the same records however the components are driven."""

from __future__ import annotations

from datetime import date

from extractor.ingest.article import Article
from extractor.pipeline import extract_article, load_pipeline

STORY = (
    "Japan investors dump foreign bonds\n"
    "TOKYO, March 14 - Japanese investors sold a net 912.4 billion yen of foreign bonds in the week to "
    "March 9, after buying 205.7 billion yen the week before, Finance Ministry data showed. Foreign "
    "investors bought 1.23 trillion yen of Japanese stocks, the most since January, while the yen stood "
    "at 147.85 per dollar.\n\n"
    '"Repatriation is picking up," said Ken Sato, a strategist at Example Securities.'
)


def test_components_same_records_with_or_without_the_article_text_preset() -> None:
    # extract_article hands the article's text to the components (Doc.text rebuilds it from the
    # tokens on every access); a Doc run through the components alone reads Doc.text itself
    nlp = load_pipeline(use_model=False)
    art = Article(id="t1", text=STORY, published=date(2024, 3, 14))
    doc = nlp.make_doc(STORY)
    doc._.extractor_article_id, doc._.extractor_published = art.id, art.published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.extractor_text == doc.text == STORY
    plain = [r.to_dict() for r in (*doc._.extractor_flows, *doc._.extractor_figures, *doc._.extractor_statements)]
    records = extract_article(art, nlp=nlp)
    assert records == plain
    assert {r["kind"] for r in records} == {"flow", "figure", "statement"}


def test_components_sentence_starts_on_the_doc() -> None:
    # the sentence component marks the first token of every sentence span, and only those
    nlp = load_pipeline(use_model=False)
    doc = nlp.make_doc(STORY)
    for _, proc in nlp.pipeline[:1]:
        doc = proc(doc)
    first_chars = {start for start, _ in doc._.extractor_sentences}
    assert [t.idx for t in doc if t.is_sent_start] == sorted(first_chars)
    assert all(t.is_sent_start is None for t in doc if t.i and t.idx not in first_chars)
    assert [s.text.strip() for s in doc.sents] == [STORY[a:b] for a, b in doc._.extractor_sentences]
    assert len(doc._.extractor_sentences) == 4
