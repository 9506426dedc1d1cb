"""Sentence boundaries for wire copy, as character spans.

Wire text breaks on paragraph newlines as well as on sentence punctuation, and abbreviations
("Nov.", "U.S.", "Co.") must not end a sentence.
"""

from __future__ import annotations

import re

_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "mr", "mrs",
    "ms", "dr", "co", "corp", "inc", "ltd", "no", "vs", "st", "jr", "sr", "gov", "sen", "rep", "e.g", "i.e", "approx",
    "est", "dept", "fig", "a.m", "p.m", "u.s.a", "s.a", "n.v", "plc", "bhd",
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9$¥€£])|\n\s*")
_BULLET = re.compile(r"[•*\-–—]|\d+\.\s")
_WORD_DOT = re.compile(r"([\w.]+)\.$")  # "Nov." before a boundary
_WORD_DOT_QUOTE = re.compile(r"([\w.]+)\.[\"'”’)]*$")  # "U.S.)" before a boundary


def _line_break_ends_sentence(text: str, m: re.Match[str]) -> bool:
    """A single newline ends a sentence after end punctuation, after a short line (a headline, a
    credit) or a line in capitals (a flash), or before a bullet; inside hard-wrapped wire copy it is just a space."""
    gap = m.group(0)
    if gap.count("\n") > 1:
        return True
    end = m.start()  # the end of the text before the break, trailing whitespace left out
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] in ".!?:;\"”’)]|":
        return True
    line = text[text.rfind("\n", 0, end) + 1:end]
    if len(line) < 45 or (line.upper() == line and sum(ch.isalpha() for ch in line) >= 10):
        return True  # (a line in capitals is a flash headline of its own)
    return bool(_BULLET.match(text[m.end() : m.end() + 3]))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, whitespace trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        gap = m.group(0)
        if "\n" in gap:
            if not _line_break_ends_sentence(text, m):
                continue
        elif gap.strip() == "":
            word = _WORD_DOT.search(text[max(start, m.start() - 12) : m.start()])
            if word and (word.group(1).lower() in _ABBREV or (len(word.group(1)) == 1 and word.group(1).isalpha())):
                continue
        else:
            word = _WORD_DOT_QUOTE.search(text[max(start, m.start() - 12) : m.start()])
            if word and word.group(1).lower() in _ABBREV:
                continue
        _add(text, start, m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
