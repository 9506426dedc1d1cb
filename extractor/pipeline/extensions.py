"""Every custom attribute the pipeline sets, registered once at import (`doc._.extractor_*`)."""

from __future__ import annotations

from spacy.tokens import Doc

for _name, _default in (
    ("extractor_article_id", None),   # str: the article's id, set before the pipeline runs
    ("extractor_published", None),    # date | None: publication date
    ("extractor_reference", None),    # date | None: what relative periods are read against (published, or implied)
    ("extractor_text", None),         # str: Doc.text, read once (it is rebuilt on every access)
    ("extractor_sentences", None),    # list[(start, end)] character spans
    ("extractor_mentions", None),     # extractor.pipeline.mentions.Mentions
    ("extractor_candidates", None),   # list[Candidate]: every amount the linker considered
    ("extractor_flows", None),        # list[Flow]
    ("extractor_figures", None),      # list[Figure]
    ("extractor_statements", None),   # list[Statement]
    ("extractor_tables", None),       # list[TableRow]
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
