"""Lexicon alternations with their openings multiplied out match exactly as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.lang.en import patterns as P
from extractor.parse.alternatives import OpeningScan, literal_first
from extractor.parse.amounts import _AMOUNT_LOWER, _AMOUNT_SCAN, _FIGURE_SCAN, _FIGURE_START
from extractor.parse.fold import lowercase_twin
from extractor.parse.periods import _TWINS as PERIOD_TWINS
from extractor.pipeline.figures import _TWIN as FIGURE_SCANS

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


_SCANNED = [
    # word-boundary checks, optional and repeated openings, lookbehinds and one-character lookaheads
    r"\b(?:(?:in|over)\s+)?the\s+(?:past\s+)?(?P<n>\d{1,2}|two|three)\s+weeks\b|\blast\s+week\b",
    r"\b(?:the\s+)?(?:\d+|four-day)?\s*(?:trading\s+days|-?day\s+week|week)\s+from",
    r"(?<![\w-])(?=[\w$])(?:(?:japanese\s+|local\s+)?(?:life\s+insurers|lifers)(?P<a>)|\$\d+(?P<e>))(?![\w-])",
    r"\b(?:jan|june?|jul)\.?\s*\d{1,2}|\bja(?:nuary)?\b",
    r"(?:ab)*?c|x{2,3}y",
]
_SCANNED_TEXTS = [
    "in the past 12 weeks; over the two weeks, the three weeks,within the two weeks. last week, lastweek",
    " week from monday, the four-day week from jan 3; 5 trading days from june 2, -day week from x",
    "japanese life insurers and local lifers bought $12; x$12 and -lifers, lifers-",
    "jan 3, june 4, jun5, july 7 and jan. 12; january, ja, janx",
    "abababc c xxxy xxy xxxxy",
    "",
]


@pytest.mark.parametrize("text", _SCANNED_TEXTS)
@pytest.mark.parametrize("pattern", _SCANNED)
def test_opening_scan_same_spans(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    scan = OpeningScan.of(rx)
    assert scan is not None
    assert scan.parts
    for pos in range(len(text) + 1):
        for end in (len(text), len(text) - 3, pos + 5):
            assert [m.span() for m in scan.finditer(text, pos, end)] == [m.span() for m in rx.finditer(text, pos, end)]
            found = scan.search(text, pos, end)
            expected = rx.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", _SCANNED_TEXTS)
@pytest.mark.parametrize("pattern", _SCANNED)
def test_opening_scan_for_short_stretches_same_spans(pattern: str, text: str) -> None:
    # the parts opening with literals are one pattern: the same matches
    rx = re.compile(pattern)
    scan = OpeningScan.of(rx, short=True)
    assert scan is not None
    for pos in range(len(text) + 1):
        for end in (len(text), pos + 40):
            assert [m.span() for m in scan.finditer(text, pos, end)] == [m.span() for m in rx.finditer(text, pos, end)]
            found, expected = scan.search(text, pos, end), rx.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span())


def test_opening_scan_one_pattern_per_first_literal() -> None:
    # the parts opening "ja", "ju" and "je" become one pattern opening "j"; "feb" stays apart
    rx = re.compile(r"\b(?:jan|june?|jul|jet)\b|\bfeb\b")
    scan = OpeningScan.of(rx)
    assert scan is not None
    assert len(scan.parts) == 2
    text = "jan june jul jet feb jun jetx xfeb"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [
    r"(?P<w>\w+)\s+(?P=w)",              # a back-reference needs the groups as written
    r"\bweek|",                          # an alternative matching nothing
    r"\w+x|\d+y",                         # classes that share characters
    r"^the",                             # a check that is not restated behind a literal
])
def test_opening_scan_declines(pattern: str) -> None:
    assert OpeningScan.of(re.compile(pattern)) is None


def test_opening_scan_declines_case_insensitive_patterns() -> None:
    assert OpeningScan.of(re.compile(r"\bweek", re.IGNORECASE)) is None


def test_opening_scan_period_twins_same_spans_on_the_corpus() -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"].lower() for p in _CORPUS]
    scanned = 0
    for name, twin in PERIOD_TWINS.items():
        scan = OpeningScan.of(twin) if twin is not None else None
        if scan is None:
            continue
        scanned += 1
        for text in texts:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in twin.finditer(text)], name
            half = len(text) // 2
            assert [m.span() for m in scan.finditer(text, half, half + 400)] == \
                [m.span() for m in twin.finditer(text, half, half + 400)], name
    assert scanned >= 30


def test_opening_scan_case_sensitive_scans_same_matches_on_the_corpus() -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in _CORPUS]
    for scan, rx in ((P.COUNTRY_INVESTOR_SCAN, P.COUNTRY_INVESTOR_RX), (P.PRONOUN_SCAN, P.PRONOUN_RX),
                     (_FIGURE_SCAN, _FIGURE_START)):
        assert isinstance(scan, OpeningScan)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in scan.finditer(text, 100, len(text) - 100)] == \
                [(m.span(), m.groupdict()) for m in rx.finditer(text, 100, len(text) - 100)]


def test_opening_scan_figure_twins_same_matches_on_the_corpus() -> None:
    # the figure patterns are found with scans of their lowercased twins, by finditer and by search
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"].lower() for p in _CORPUS]
    for rx, scan in FIGURE_SCANS.items():
        assert isinstance(scan, OpeningScan), rx.pattern
        twin = lowercase_twin(rx)
        assert twin is not None
        for text in texts:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in twin.finditer(text)], rx.pattern
            for start in range(0, len(text), 97):
                found, expected = scan.search(text, start), twin.search(text, start)
                assert (found and found.span()) == (expected and expected.span()), rx.pattern


def test_opening_scan_amount_twin_same_matches_before_each_figure() -> None:
    # amounts are looked for in the 40 characters before each figure (parse.amounts._candidates)
    assert isinstance(_AMOUNT_SCAN, OpeningScan)
    assert _AMOUNT_LOWER is not None
    for p in _CORPUS:
        text = json.loads(p.read_text(encoding="utf-8"))["text"]
        low = text.lower()
        for d in _FIGURE_SCAN.finditer(text):
            for lo in (max(0, d.start() - 40), max(0, d.start() - 3)):
                found, expected = _AMOUNT_SCAN.search(low, lo, d.start() + 1), _AMOUNT_LOWER.search(low, lo, d.start() + 1)
                assert (found and found.span()) == (expected and expected.span())


def test_opening_scan_keeps_groups_when_asked() -> None:
    rx = re.compile(r"\b(?:for\s+the\s+)?(?P<ord>first|second)\s+(?P<unit>week|month)")
    scan = OpeningScan.of(rx, groups=True)
    assert scan is not None
    text = "for the second week, then the first month"
    assert [m.groupdict() for m in scan.finditer(text)] == [m.groupdict() for m in rx.finditer(text)]
