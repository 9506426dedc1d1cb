"""Lexicon alternations with their openings multiplied out match exactly as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.lang.en import patterns as P
from extractor.parse.alternatives import literal_first
from extractor.parse.fold import lowercase_twin

_CORPUS = sorted((Path(__file__).resolve().parents[2] / "corpus" / "articles").glob("*.json"))

_PATTERNS = [
    # optional opening words, greedy and lazy, nested alternatives, entries named by an empty group
    r"(?<![\w-])(?=[\w$])(?:(?:japanese\s+|local\s+)?(?:life\s+insurers|lifers)(?P<a>)|(?:foreign|overseas)\s+funds?(?P<b>)"
    r"|(?:the\s+)??banks(?P<c>)|bank(?P<d>)|\$\d+(?P<e>))(?![\w-])",
    r"(?:net\s+)?(?:buy(?:ing|ers)?|purchases?)|(?:net\s+)?sell(?:ing|ers)?",
    r"(?:a|ab)(?:b|)c",
]
_TEXTS = [
    "japanese life insurers and local lifers bought; foreign funds sold, overseas fund too",
    "the banks, banks, bank, the bank, thebanks, $12 and $ 12, life  insurers",
    "net buying by net buyers, net purchases and purchase, net selling, sellers, nets",
    "abc ac abbc abcc",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("pattern", _PATTERNS)
def test_alternatives_same_matches(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    fast = literal_first(rx)
    for pos in range(len(text) + 1):  # every search start, as the amount regions give
        assert [(m.span(), m.lastgroup, m.groupdict()) for m in fast.finditer(text, pos)] == \
            [(m.span(), m.lastgroup, m.groupdict()) for m in rx.finditer(text, pos)]


@pytest.mark.parametrize(("pattern", "rewritten"), [
    (_PATTERNS[0], True),
    (r"\bweek\b", False),               # no alternation: the pattern itself
    (r"(?P<x>a|b)c", False),             # the alternation is inside a group: left as written
])
def test_alternatives_rewrite_applies(pattern: str, rewritten: bool) -> None:
    rx = re.compile(pattern)
    assert (literal_first(rx) is not rx) == rewritten


def test_alternatives_lexicon_twins_same_matches_on_the_corpus() -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"].lower() for p in _CORPUS]
    assert len(texts) > 100
    for name, fast in P.LOWER.items():
        plain = lowercase_twin({"investor": P.INVESTOR_RX, "instrument": P.INSTRUMENT_RX, "elliptic": P.ELLIPTIC_RX,
                              "direction": P.DIRECTION_RX, "nonflow": P.NON_FLOW_RX, "source": P.SOURCE_RX,
                              "streak": P.STREAK_RX}[name])
        assert plain is not None
        for text in texts:
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in plain.finditer(text)], name
