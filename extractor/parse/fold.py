"""Case-insensitive patterns run on lowercased text: the same matches, found faster.

With IGNORECASE the regex engine folds the case of every character it looks at and cannot use its
first-character scan; a lowercased copy of the pattern run without IGNORECASE over `text.lower()`
finds the same spans in a fraction of the time. The groups of a match (whose case matters: "May"
the month, "may" the verb) are then read from the original pattern matched on the original text at
the span found, which costs one short match per hit instead of a scan of the whole text.

>>> import re
>>> rx = re.compile(r"\\bthe\\s+week\\s+to\\s+(?P<mon>[A-Z][a-z]+)", re.IGNORECASE)
>>> text = "Foreigners sold in THE WEEK TO May 3."
>>> [m.group("mon") for m in folded_finditer(rx, lowercase_twin(rx), text, text.lower())]
['May']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

# escapes whose meaning changes when lowercased (\S -> \s, \W -> \w, \B -> \b ...): no twin then
_CASED_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[A-Z]")


class Finder(Protocol):
    """What finds the twin's matches: the compiled twin, or a faster scan for the same spans."""

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterable[re.Match[str]]: ...

    def search(self, string: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...


def lowercase_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern for lowercased text, without IGNORECASE; None when it cannot be made safely."""
    if not rx.flags & re.IGNORECASE or _CASED_ESCAPE.search(rx.pattern):
        return None
    pattern = re.sub(r"\(\?p([<=])", r"(?P\1", rx.pattern.lower())
    try:
        return re.compile(pattern, rx.flags & ~re.IGNORECASE)
    except re.error:
        return None


def folded_finditer(rx: re.Pattern[str], twin: Finder | None, text: str, low: str, pos: int = 0,
                    endpos: int | None = None) -> list[re.Match[str]]:
    """`list(rx.finditer(text, pos, endpos))`, found with `twin` over `low` (`text.lower()`).

    Falls back to the original pattern when lowercasing changed the text's length (offsets would
    differ) or when the two patterns disagree on a match."""
    end = len(text) if endpos is None else endpos
    if twin is None or len(low) != len(text):
        return list(rx.finditer(text, pos, end))
    out: list[re.Match[str]] = []
    for t in twin.finditer(low, pos, end):
        m = rx.match(text, t.start(), end)
        if m is None or m.end() != t.end():
            return list(rx.finditer(text, pos, end))
        out.append(m)
    return out


def folded_search(rx: re.Pattern[str], twin: Finder | None, text: str, low: str) -> re.Match[str] | None:
    """`rx.search(text)`, found with `twin` over `low` (`text.lower()`), with the same fallbacks."""
    if twin is None or len(low) != len(text):
        return rx.search(text)
    t = twin.search(low)
    if t is None:
        return None
    m = rx.match(text, t.start())
    return m if m is not None and m.end() == t.end() else rx.search(text)
