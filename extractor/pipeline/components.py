"""spaCy components of the extraction pipeline, one factory each.

Order: extractor_sentences -> extractor_mentions -> extractor_flows -> extractor_figures ->
extractor_statements -> extractor_tables (-> extractor_flow_model when the learned component is on).
They read and write the `doc._.extractor_*` attributes declared in `extensions.py` and the span
groups `doc.spans["amounts"]` and `doc.spans["periods"]`. Each component takes `doc._` once: every
access builds a new accessor object.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractor.parse.periods import implied_reference
from extractor.pipeline import extensions  # noqa: F401  (registers the attributes)
from extractor.pipeline.figures import find_figures
from extractor.pipeline.flows import build_flows
from extractor.pipeline.mentions import find_mentions
from extractor.pipeline.sentences import split_sentences
from extractor.pipeline.statements import find_statements
from extractor.pipeline.tables import find_table_rows


@Language.component("extractor_sentences", assigns=["doc._.extractor_text", "doc._.extractor_sentences", "token.is_sent_start"])
def sentences_component(doc: Doc) -> Doc:
    """Sentence spans for wire copy (paragraph breaks, abbreviations such as "Nov." and "U.S.")."""
    # Doc.text joins every token on each access: read it once for all components (extract_article
    # sets it beforehand from the article, which is the same string: the tokeniser is non-destructive)
    ext = doc._
    text = ext.extractor_text
    if text is None:
        text = ext.extractor_text = doc.text
    spans = split_sentences(text)
    ext.extractor_sentences = spans
    starts = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            starts.append(span.start)
    if starts:
        # one array write for all sentence starts: Token.is_sent_start's setter scans every token of
        # the Doc for a dependency parse on each call (the other tokens keep their value)
        marks = doc.to_array([SENT_START])
        marks[starts] = 1
        doc.from_array([SENT_START], marks)  # type: ignore[arg-type]  # (to_array gives uint64, as from_array wants)
    return doc


@Language.component("extractor_mentions", assigns=["doc._.extractor_mentions", "doc._.extractor_reference", "doc.spans"])
def mentions_component(doc: Doc) -> Doc:
    """Amounts, periods, investors, instruments, direction words and cues, with offsets."""
    ext = doc._
    # relative periods are read against the publication date, or for an undated story the day after the latest
    # dated month or day it names (the records keep `published` empty)
    ext.extractor_reference = ext.extractor_published or implied_reference(ext.extractor_text)
    mentions = find_mentions(ext.extractor_text, ext.extractor_reference, ext.extractor_sentences)
    ext.extractor_mentions = mentions
    doc.spans["amounts"] = [s for a in mentions.amounts if (s := doc.char_span(a.start, a.end, alignment_mode="expand"))]
    doc.spans["periods"] = [
        s for p in mentions.periods if (s := doc.char_span(p.start_char, p.end_char, alignment_mode="expand"))
    ]
    return doc


@Language.component("extractor_flows", assigns=["doc._.extractor_flows", "doc._.extractor_candidates"])
def flows_component(doc: Doc) -> Doc:
    """Net flow records linked from the mentions (rules)."""
    ext = doc._
    flows, cands = build_flows(
        ext.extractor_article_id or "doc", ext.extractor_text, ext.extractor_sentences, ext.extractor_mentions,
        ext.extractor_reference,
    )
    ext.extractor_flows, ext.extractor_candidates = flows, cands
    return doc


@Language.component("extractor_figures", assigns=["doc._.extractor_figures"])
def figures_component(doc: Doc) -> Doc:
    """Yields, exchange rates, index levels, percentage moves and shares."""
    ext = doc._
    ext.extractor_figures = find_figures(
        ext.extractor_article_id or "doc", ext.extractor_text, ext.extractor_sentences, ext.extractor_mentions,
        ext.extractor_published,
    )
    return doc


@Language.component("extractor_statements", assigns=["doc._.extractor_statements"])
def statements_component(doc: Doc) -> Doc:
    """Attributed quotes with speaker, affiliation and role."""
    ext = doc._
    ext.extractor_statements = find_statements(ext.extractor_article_id or "doc", ext.extractor_text)
    return doc


@Language.component("extractor_tables", assigns=["doc._.extractor_tables"])
def tables_component(doc: Doc) -> Doc:
    """Rows of embedded weekly data tables."""
    ext = doc._
    ext.extractor_tables = find_table_rows(ext.extractor_article_id or "doc", ext.extractor_text, ext.extractor_published)
    return doc


RULE_COMPONENTS = (
    "extractor_sentences", "extractor_mentions", "extractor_flows", "extractor_figures",
    "extractor_statements", "extractor_tables",
)
