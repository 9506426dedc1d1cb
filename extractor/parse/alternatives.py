"""Lexicon alternations rewritten so that each alternative opens with a literal character.

The regex engine tries the alternatives of `a|b|c` one after another at every position, but skips an
alternative at once when it opens with a literal character that is not the one in the text. A
lexicon entry that opens with an optional word ("(?:Japanese\\s+)?life\\s+insurers") or a group of
words gets no such shortcut, and is entered at every word of the article. `literal_first(rx)`
multiplies these openings out: "(?:a\\s+)?b" becomes "a\\s+b|b" (greedy: with the word first),
"(?:a|b)c" becomes "ac|bc". Each rewrite tries the same things in the same order, so every match,
its span and `lastgroup` are unchanged; only the first alternation of the pattern is rewritten.

>>> import re
>>> rx = re.compile(r"(?<!\\w)(?:(?:big\\s+)?(?:banks|lenders)(?P<b>)|insurers(?P<i>))")
>>> [(m.group(0), m.lastgroup) for m in literal_first(rx).finditer("big banks and insurers")]
[('big banks', 'b'), ('insurers', 'i')]
"""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]  # the engine's parser and compiler (Python 3.11)
from re._constants import BRANCH, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
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
