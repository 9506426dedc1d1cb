"""Alternations rewritten so that each alternative opens with a literal character.

The regex engine tries the alternatives of `a|b|c` one after another at every position, but skips an
alternative at once when it opens with a literal character that is not the one in the text. A
lexicon entry that opens with an optional word ("(?:Japanese\\s+)?life\\s+insurers") or a group of
words gets no such shortcut, and is entered at every word of the article. `literal_first(rx)`
multiplies these openings out: "(?:a\\s+)?b" becomes "a\\s+b|b" (greedy: with the word first),
"(?:a|b)c" becomes "ac|bc". Each rewrite tries the same things in the same order, so every match,
its span and `lastgroup` are unchanged; only the first alternation of the pattern is rewritten.

`OpeningScan.of(rx)` goes further for patterns read for their spans: one pattern per literal
opening, each found with a fast string search (see there).

>>> import re
>>> rx = re.compile(r"(?<!\\w)(?:(?:big\\s+)?(?:banks|lenders)(?P<b>)|insurers(?P<i>))")
>>> [(m.group(0), m.lastgroup) for m in literal_first(rx).finditer("big banks and insurers")]
[('big banks', 'b'), ('insurers', 'i')]
>>> [m.span() for m in OpeningScan.of(rx).finditer("big banks and insurers")]
[(0, 9), (14, 22)]
"""

from __future__ import annotations

import heapq
import re
import sys
from re import _compiler, _parser  # type: ignore[attr-defined]  # the engine's parser and compiler (Python 3.11)
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BOUNDARY,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_SPACE,
    CATEGORY_WORD,
    GROUPREF,
    GROUPREF_EXISTS,
    IN,
    LITERAL,
    MAX_REPEAT,
    MAXREPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)
from typing import Any

_MAX_VARIANTS = 64  # per lexicon entry: beyond that the entry is left as written

Seq = list[tuple[Any, Any]]


def _openings(seq: Seq) -> list[Seq]:
    """`seq` as alternatives (in the order the engine tries them) with their openings multiplied out."""
    if not seq:
        return [seq]
    op, av = seq[0]
    rest = list(seq[1:])
    if op is BRANCH:  # (?:a|b)c -> ac|bc
        return [v for alt in av[1] for v in _openings([*alt, *rest])]
    if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:  # a non-capturing group
        return _openings([*av[3].data, *rest])
    if op in (MAX_REPEAT, MIN_REPEAT) and av[0] == 0 and av[1] == 1 and av[2].getwidth()[0] > 0:
        taken, skipped = _openings([*av[2].data, *rest]), _openings(rest)  # (?:a)?b -> ab|b
        return taken + skipped if op is MAX_REPEAT else skipped + taken
    return [seq]


def literal_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with the openings of its first alternation multiplied out (see above); `rx` itself when
    there is nothing to rewrite or the engine's internals are not as expected. The result's
    `pattern` attribute is None."""
    try:
        p = _parser.parse(rx.pattern, rx.flags)
        data = list(p.data)
        at = next((i for i, (op, _) in enumerate(data) if op is BRANCH), None)
        if at is None:
            return rx
        alts: list[Seq] = []
        for alt in data[at][1][1]:
            variants = _openings(list(alt))
            alts += variants if len(variants) <= _MAX_VARIANTS else [list(alt)]
        data[at] = (BRANCH, (None, [_parser.SubPattern(p.state, a) for a in alts]))
        return _compiler.compile(_parser.SubPattern(p.state, data), rx.flags)  # type: ignore[no-any-return]
    except (re.error, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        return rx


class _Opaque(Exception):
    """An opening that `OpeningScan` does not take apart."""


_MAX_OPENINGS = 512  # per pattern: beyond that the pattern is scanned as written
_MIN_OPENING = 2  # literals a part opens with, where the alternatives allow
_MAX_SPELLED = 4  # a class of up to so many literals is taken as their alternation
_APART = {CATEGORY_DIGIT, CATEGORY_SPACE}  # classes no character belongs to both of
Checks = list[tuple[Any, Any]]


def _refers_back(data: Any) -> bool:
    """Whether a parsed pattern refers to a group (`(?P=name)`, `(?(1)...)`), whose capture must then stay."""
    for op, av in data:
        if op in (GROUPREF, GROUPREF_EXISTS):
            return True
        for part in av if isinstance(av, (tuple, list)) else (av,):
            subs = part if isinstance(part, list) else [part]
            if any(isinstance(sub, _parser.SubPattern) and _refers_back(sub.data) for sub in subs):
                return True
    return False


def _split(seq: Seq, checks: Checks, out: list[tuple[Checks, Seq]], head: Seq | None = None) -> None:
    """Append to `out` the alternatives of `seq` in the order the engine tries them, each opening with
    a class or with literals (up to `_MIN_OPENING`, where the pattern allows), with the zero-width
    checks made before its first character. `head`: the literals taken so far."""
    head = head or []
    if len(out) > _MAX_OPENINGS:
        raise _Opaque
    if not seq:
        if not head:  # an alternative that matches nothing
            raise _Opaque
        out.append((checks, [*head, *seq]))
        return
    op, av = seq[0]
    rest = list(seq[1:])
    if op is LITERAL:
        if len(head) + 1 >= _MIN_OPENING:
            out.append((checks, [*head, *seq]))
        else:
            _split(rest, checks, out, [*head, seq[0]])
    elif op is IN and all(o is LITERAL for o, _ in av) and len(av) <= _MAX_SPELLED:  # [Ii] -> I|i
        for member in av:
            _split([member, *rest], checks, out, head)
    elif op is IN and not head:
        out.append((checks, seq))
    elif op is BRANCH:
        for alt in av[1]:
            _split([*alt, *rest], checks, out, head)
    elif op is SUBPATTERN and not av[1] and not av[2]:  # a group: only the span of a match is used
        _split([*av[3].data, *rest], checks, out, head)
    elif op in (MAX_REPEAT, MIN_REPEAT) and av[1] > 0 and av[2].getwidth()[0] > 0:
        lo, hi, item = av  # x{lo,hi}R -> x x{lo-1,hi-1}R, and R before or after it when lo is 0
        more = hi if hi is MAXREPEAT else hi - 1
        once = [*item.data, *([(op, (max(lo - 1, 0), more, item))] if more else []), *rest]
        for variant in [once] if lo else [once, rest] if op is MAX_REPEAT else [rest, once]:
            _split(variant, checks, out, head)
    elif not head and ((op is AT and av is AT_BOUNDARY) or (op in (ASSERT, ASSERT_NOT) and (av[0] < 0 or av[1].getwidth() == (1, 1)))):
        _split(rest, [*checks, seq[0]], out)
    elif head:
        out.append((checks, [*head, *seq]))
    else:
        raise _Opaque


def _is_word(member: tuple[Any, Any], word: re.Pattern[str]) -> bool | None:
    """Whether a literal or a class member is a word character (None: some are, some are not)."""
    op, av = member
    if op is LITERAL:
        return word.match(chr(av)) is not None
    return {CATEGORY_DIGIT: True, CATEGORY_WORD: True, CATEGORY_SPACE: False}.get(av) if op is CATEGORY else None


def _by_opening(alts: list[tuple[Checks, Seq]], width: int) -> list[list[tuple[Checks, Seq]]]:
    """`alts`, which open with the same `width` literals, split by the literal after those until they
    open with `_MIN_OPENING` literals: a longer literal is found faster. Alternatives opening with
    different literals cannot both match at a position."""
    if width >= _MIN_OPENING or any(len(s) <= width or s[width][0] is not LITERAL for _, s in alts):
        return [alts]
    groups: dict[int, list[tuple[Checks, Seq]]] = {}
    for checks, seq in alts:
        groups.setdefault(seq[width][1], []).append((checks, seq))
    return [part for group in groups.values() for part in _by_opening(group, width + 1)]


def _parsed(rx: str, flags: int) -> Seq:
    return list(_parser.parse(rx, flags).data)


def _behind(checks: Checks, first: tuple[Any, Any], width: int, state: Any, flags: int) -> Seq:
    """The zero-width `checks` made at a match's start, restated as lookbehinds for the position `width`
    characters on, `first` being the first of those characters: a lookbehind looks back over `width`
    more characters, a one-character lookahead becomes a lookbehind over it, and `\\b` before a word
    character asks that the character before it is none (before any other character, that it is one)."""
    skipped = _parsed(r"[\s\S]", flags) * width
    word = re.compile(r"\w", flags)
    placed: Seq = []
    for op, av in checks:
        if op is AT:
            kinds = {_is_word(member, word) for member in ([first] if first[0] is LITERAL else first[1])}
            if len(kinds) != 1 or None in kinds:
                raise _Opaque
            op = ASSERT_NOT if kinds.pop() else ASSERT
            body = [*_parsed(r"\w", flags), *skipped]
        elif av[0] < 0:  # a lookbehind
            body = [*av[1].data, *skipped]
        else:  # a one-character lookahead
            body = [*av[1].data, *skipped[1:]]
        placed.append((op, (-1, _parser.SubPattern(state, body))))
    return placed


def _part(alts: list[tuple[Checks, Seq]], state: Any, flags: int) -> Seq:
    """One pattern for alternatives opening alike: their common literal opening first, which the
    engine looks for with a fast string search, then the checks, then the rest."""
    first = alts[0][1][0]
    width = 1
    if first[0] is LITERAL:
        while all(len(s) > width and s[width][0] is LITERAL and s[width] == alts[0][1][width] for _, s in alts):
            width += 1
    opening = alts[0][1][:width]
    if all(checks == alts[0][0] for checks, _ in alts):  # once, before the alternatives (which then open with literals)
        rests = [seq[width:] for _, seq in alts]
        tail = rests[0] if len(rests) == 1 else [(BRANCH, (None, [_parser.SubPattern(state, r) for r in rests]))]
        data = [*opening, *_behind(alts[0][0], first, width, state, flags), *tail]
    else:
        rests = [[*_behind(checks, first, width, state, flags), *seq[width:]] for checks, seq in alts]
        data = [*opening, (BRANCH, (None, [_parser.SubPattern(state, r) for r in rests]))]
    return data


def _merged(datas: list[Seq], state: Any, flags: int, joined: bool = False) -> list[re.Pattern[str]]:
    """The parts compiled, those that open with the same literal as one pattern: that literal, then the
    rest of each part as alternatives. One scan of the text then stands for several, and the engine
    still finds the next place fast. Parts that open alike were split by a later literal
    (`_by_opening`), so at most one alternative can match at a position, and it matches as its part."""
    by_first: dict[Any, list[Seq]] = {}
    for data in datas:
        by_first.setdefault(data[0] if data[0][0] is LITERAL and len(data) > 1 else id(data), []).append(data)
    merged = [group[0] if len(group) == 1 else [group[0][0], (BRANCH, (None, [_parser.SubPattern(state, d[1:]) for d in group]))]
              for group in by_first.values()]
    if joined:  # those opening with a literal as one pattern, whose first characters the engine looks for
        literal = [data for data in merged if data[0][0] is LITERAL]
        if len(literal) > 1:
            merged = [data for data in merged if data[0][0] is not LITERAL]
            merged.append([(BRANCH, (None, [_parser.SubPattern(state, d) for d in literal]))])
    return [_compiler.compile(_parser.SubPattern(state, data), flags) for data in merged]


class OpeningScan:
    """The matches `rx.finditer` finds, found with one pattern per literal opening a match can have.

    The engine finds the next place where a pattern can match fast when the pattern opens with a
    literal string; a pattern opening with a word-boundary check, a lookbehind or optional words
    ("\\b(?:in|over)\\s+the\\s+week") is instead tried at every position of the text. Its
    alternatives are multiplied out as in `literal_first` (groups, repeats and small classes
    included) and grouped by their first literals, in order, the checks made at the start restated
    behind those literals: a match attempt at any position succeeds or fails as before. Alternatives
    opening with different literals cannot both match at a position, so the matches of the whole are
    those of the parts, taken leftmost first, skipping overlaps as `finditer` does.
    Parts opening with the same literal are compiled as one pattern (`_merged`): fewer scans of the text.

    The parts' matches have the spans and `lastgroup` of those of `rx` (the groups that open a
    match are gone); with `groups`, `rx` itself is matched again at each start for all its groups.
    """

    def __init__(self, parts: list[re.Pattern[str]], rx: re.Pattern[str] | None = None) -> None:
        self.parts = parts
        self.rx = rx

    @classmethod
    def of(cls, rx: re.Pattern[str], groups: bool = False, short: bool = False) -> OpeningScan | None:
        """The scan for `rx` (case-sensitive, no empty matches); None when its openings cannot be taken apart.
        With `short`, for scans of a few dozen characters, where each search costs more than the
        characters it looks at: the parts opening with a literal are one pattern (at most one of them
        can match at a position)."""
        try:
            p = _parser.parse(rx.pattern, rx.flags)
            flags = p.state.flags
            if flags & (re.IGNORECASE | re.LOCALE) or p.getwidth()[0] == 0 or _refers_back(p.data):
                return None
            alts: list[tuple[Checks, Seq]] = []
            _split(list(p.data), [], alts)
            by_first: dict[tuple[Any, Any], list[tuple[Checks, Seq]]] = {}
            for checks, seq in alts:
                by_first.setdefault((seq[0][0], repr(seq[0][1])), []).append((checks, seq))
            classes = [g[0][1][0][1] for g in by_first.values() if g[0][1][0][0] is IN]
            literals = [chr(g[0][1][0][1]) for g in by_first.values() if g[0][1][0][0] is LITERAL]
            if not _disjoint(classes) or any(_compiler.compile(_parser.SubPattern(p.state, [(IN, members)]), flags).match(c)
                                             for members in classes for c in literals):
                return None  # two parts could then match at the same position
            parts = _merged([_part(part, p.state, flags) for g in by_first.values()
                             for part in (_by_opening(g, 1) if g[0][1][0][0] is LITERAL else [g])], p.state, flags, short)
            return cls(parts, rx if groups else None)
        except (_Opaque, re.error, TypeError, ValueError, AttributeError, IndexError, RecursionError):
            return None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The leftmost match in string[pos:endpos], as `rx.search` finds it: the first of the parts'."""
        first = None
        for part in self.parts:
            m = part.search(string, pos, endpos)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is not None and self.rx is not None:
            return self.rx.match(string, first.start(), endpos)
        return first

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """The non-overlapping matches in string[pos:endpos], left to right (a list, not an iterator)."""
        end = min(endpos, len(string))
        # each part's next match, by start (parts never match at the same position); a match that
        # starts before the end of the last one taken gives way to the part's next one
        heads = [(m.start(), i, m) for i, part in enumerate(self.parts) if (m := part.search(string, pos, end)) is not None]
        heapq.heapify(heads)
        found: list[re.Match[str]] = []
        at = pos
        while heads:
            start, i, m = heads[0]
            if start >= at:
                found.append(m)
                at = m.end()
            after = m.re.search(string, at, end)
            if after is None:
                heapq.heappop(heads)
            else:
                heapq.heapreplace(heads, (after.start(), i, after))
        if self.rx is not None:
            rx = self.rx
            return [m for m in (rx.match(string, m.start(), end) for m in found) if m is not None]
        return found


def _disjoint(classes: list[Any]) -> bool:
    """Whether no character belongs to two of these classes (told for digits and spaces alone)."""
    kinds = [c[0][1] for c in classes if len(c) == 1 and c[0][0] is CATEGORY]
    return len(classes) <= 1 or (len(kinds) == len(classes) and len(set(kinds)) == len(kinds) and set(kinds) <= _APART)

