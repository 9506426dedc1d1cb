"""Money amounts as printed in wire copy: value, currency, scale and the precision of the figure.

`find_amounts(text)` finds every money amount; `Amount.fromstring(text)` (alias `parse_amount`)
parses one. The precision is the value of one unit in the last printed digit: "1.406 trillion yen"
-> 1e9, "351.5 billion" -> 1e8, "$14 billion" -> 1e9.

>>> a = parse_amount("1.406 trillion yen")
>>> (a.value, a.currency, a.precision)
(1406000000000.0, 'JPY', 1000000000.0)
>>> parse_amount("US$13.8 bln").value
13800000000.0
>>> parse_amount("l.3 trillion yen").value  # a typo the wires print: letter l for digit 1
1300000000000.0
>>> parse_amount("about 40") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractor.lang.en.currencies import PREFIXES, SUFFIXES
from extractor.lang.en.scale_words import (
    DIGIT_WORDS,
    GLUED_ONLY,
    SCALE_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WORDED_SCALES,
)
from extractor.parse.alternatives import OpeningScan
from extractor.parse.fold import Finder, lowercase_twin

_SCALE = {form.lower(): value for value, forms in SCALE_WORDS.items() for form in forms}
_PREFIX = {form: code for code, forms in PREFIXES.items() for form in forms}
_SUFFIX = {form.lower(): code for code, forms in SUFFIXES.items() for form in forms}


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_AMOUNT = re.compile(
    rf"""
    (?P<qual>(?:\b(?:nearly|almost|about|around|roughly|approximately|some|over|more\s+than|less\s+than|
        under|at\s+least|close\s+to|just\s+over|just\s+under|up\s+to)\s+)?)   # hedge before the figure
    (?:(?P<prefix>{_alternation(list(_PREFIX))})|(?<![\w.,]))               # ¥, $, US$, JPY ... or a word start
    (?P<num>(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|\d+|l)(?:\.\d+)?)  # 1,00,592 (Indian) | 1,340.6 | 1.406 | l.3 (typo)
    (?![\d,]*\.\d)
    (?:[\s-]?(?P<scale>{_alternation([f for f in _SCALE if f not in GLUED_ONLY])})\b(?:\.(?!\s*(?:(?-i:[A-Z])|["“'‘(\[\n]|$)))?  # "bln." but not a full stop
       |(?P<glued>[bBmM])\b)?                                               # trillion, bln, 5b
    (?:(?:\s+|(?<=[a-z])-)(?P<suffix>{_alternation(list(_SUFFIX))})\b)?        # yen, dollars, won; "40.7-billion-dollar"
    """,
    re.VERBOSE | re.IGNORECASE,
)


_UNITS = _alternation(list(UNIT_WORDS))
_TENS = _alternation(list(TENS_WORDS))
_DIGITS = _alternation(list(DIGIT_WORDS))
_UNDER_100 = rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|(?:{_UNITS}))"
# a number spelled out before a scale word and a currency word: "nearly three hundred billion yen"
_WORDED = re.compile(
    rf"""
    (?P<qual>(?:\b(?:nearly|almost|about|around|roughly|approximately|some|over|more\s+than|less\s+than|
        under|at\s+least|close\s+to|just\s+over|just\s+under|up\s+to)\s+)?)   # hedge before the figure
    (?<![\w.,-])(?P<words>{_UNDER_100}(?:\s+hundred(?:\s+(?:and\s+)?{_UNDER_100})?)?  # three hundred (and) fifty
       (?:[\s-]point(?:[\s-](?:{_DIGITS}))+)?)                                # -point-two
    [\s-](?P<scale>{_alternation(list(WORDED_SCALES))})\b                      # billion
    \s+(?P<suffix>{_alternation(list(_SUFFIX))})\b                             # yen, dollars
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _worded_number(words: str) -> tuple[Decimal, Decimal]:
    """The value of a number in words and the place of its last word: "three hundred" -> (300, 100),
    "twenty-five" -> (25, 1), "three-point-two" -> (3.2, 0.1).

    >>> _worded_number("two hundred and fifty")
    (Decimal('250'), Decimal('10'))
    """
    parts = re.split(r"[\s-]point[\s-]", words.lower(), maxsplit=1)
    whole = parts[0]
    decimals = parts[1] if len(parts) > 1 else ""
    value, place = Decimal(0), Decimal(1)
    for word in whole.replace("-", " ").split():
        if word == "and":
            continue
        if word == "hundred":
            value, place = value * 100, Decimal(100)
        elif word in TENS_WORDS:
            value, place = value + TENS_WORDS[word], Decimal(10)
        else:
            value, place = value + UNIT_WORDS[word], Decimal(1)
    for k, word in enumerate(decimals.replace("-", " ").split(), start=1):
        value += Decimal(DIGIT_WORDS[word]).scaleb(-k)
        place = Decimal(1).scaleb(-k)
    return value, place


def _worded_amounts(text: str) -> list[Amount]:
    """Amounts whose number is spelled out ("nearly three hundred billion yen"), looked for only before
    a scale word that follows a letter (most follow a digit)."""
    low = text.lower()
    out: list[Amount] = []
    for word in WORDED_SCALES:
        at = low.find(word)
        while at > 1:
            if low[at - 2].isalpha():
                for m in _WORDED.finditer(text, max(0, at - 80), min(len(text), at + len(word) + 30)):
                    if m.start("scale") != at:
                        continue
                    value, place = _worded_number(m.group("words"))
                    scale = _SCALE[m.group("scale").lower()]
                    start, end = m.start("words"), m.end()
                    qual = m.group("qual").strip() or None
                    out.append(Amount(value=float(value * scale), currency=_SUFFIX.get(m.group("suffix").lower()),
                                      precision=float(place * scale), text=text[start:end], start=start, end=end,
                                      qualifier=" ".join(qual.split()) if qual else None, scaled=True))
            at = low.find(word, at + 1)
    return out


@dataclass(frozen=True)
class Amount:
    """One printed amount. `currency` is None when the text gives none ("351.5 billion")."""

    value: float
    currency: str | None
    precision: float
    text: str
    start: int = 0
    end: int = 0
    qualifier: str | None = None
    scaled: bool = False

    @classmethod
    def fromstring(cls, text: str) -> Amount | None:
        """Parse the first money amount in `text`; None if there is none."""
        for amount in find_amounts(text):
            return amount
        return None


parse_amount = Amount.fromstring


_AMOUNT_LOWER = lowercase_twin(_AMOUNT)  # the same pattern for lowercased text: see parse.fold
# its matches found with one pattern per kind of opening (see parse.alternatives): the pattern opens
# with optional hedges and signs, which the engine tries at every character of the window
_AMOUNT_SCAN = _AMOUNT_LOWER and OpeningScan.of(_AMOUNT_LOWER, short=True) or _AMOUNT_LOWER
_FIGURE_START = re.compile(r"(?<![\d.,])(?:\d|l\.\d)")
_FIGURE_SCAN = OpeningScan.of(_FIGURE_START) or _FIGURE_START  # the same matches, found faster


def _candidates(text: str) -> list[re.Match[str]]:
    """Matches of the amount pattern, tried only just before each figure in the text: the pattern
    opens with optional hedges and currency signs, which made the engine try it at every character."""
    found: list[re.Match[str]] = []
    end = 0
    # where the match starts is found on lowercased text without case folding (faster); the match
    # itself is then made on the original text
    rx: Finder
    rx, hay = (_AMOUNT_SCAN, text.lower()) if _AMOUNT_SCAN is not None else (_AMOUNT, text)
    if len(hay) != len(text):
        rx, hay = _AMOUNT, text
    for d in _FIGURE_SCAN.finditer(text):
        if d.start() < end:
            continue
        m = rx.search(hay, max(end, d.start() - 40), d.start() + 1)
        while m is not None and m.end() <= d.start():
            m = rx.search(hay, m.end() if m.end() > m.start() else m.start() + 1, d.start() + 1)
        if m is None:
            continue
        m = _AMOUNT.match(text, m.start())  # the full match, not cut at the search bound
        if m is not None and m.end() > d.start():
            found.append(m)
            end = m.end()
    return found


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`: a figure with a currency or a scale word, in order."""
    out: list[Amount] = []
    for m in _candidates(text):
        num = m.group("num")
        prefix, suffix = m.group("prefix"), m.group("suffix")
        scale_word = m.group("scale") or m.group("glued")
        if num == "l" or num.startswith("l."):
            if not scale_word:
                continue
            num = "1" + num[1:]
        if not (prefix or suffix or scale_word):
            continue
        digits = num.replace(",", "")
        dec = Decimal(digits)
        scale = _SCALE.get(scale_word.lower(), 1) if scale_word else 1
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        currency = _PREFIX.get(prefix) or _PREFIX.get(prefix.strip()) if prefix else None
        if suffix and not (prefix and prefix.strip() not in ("$",) and _SUFFIX.get(suffix.lower()) == "USD"):
            # the word wins over the symbol: "$25.8 billion yen" is a yen figure with a stray sign,
            # but "NT$2.7 billion dollars" stays Taiwanese
            currency = _SUFFIX.get(suffix.lower())
        value = float(dec * scale)
        precision = float(Decimal(1).scaleb(-decimals) * scale)
        start = m.start("prefix") if prefix else m.start("num")
        end = m.end()
        qual = m.group("qual").strip() or None
        out.append(Amount(value=value, currency=currency, precision=precision, text=text[start:end].rstrip(),
                          start=start, end=start + len(text[start:end].rstrip()),
                          qualifier=" ".join(qual.split()) if qual else None, scaled=bool(scale_word)))
    if "illion" in text:
        worded = [w for w in _worded_amounts(text) if not any(a.start < w.end and w.start < a.end for a in out)]
        if worded:
            out = sorted(out + worded, key=lambda a: a.start)
    return _joined_compounds(text, out)


def _joined_compounds(text: str, amounts: list[Amount]) -> list[Amount]:
    """One amount for a figure told in two scales, as translations from Japanese print it ("1 trillion 11.4
    billion yen" is 1.0114 trillion yen): a whole number of the larger scale, with no currency, followed
    after a space by a figure smaller than one unit of it.

    >>> [a.value for a in _joined_compounds("1 trillion 11.4 billion yen", find_amounts("1 trillion 11.4 billion yen"))]
    [1011400000000.0]
    """
    out: list[Amount] = []
    for a in amounts:
        if out and (head := out[-1]).currency is None and head.scaled and a.scaled and a.value < head.precision \
                and head.value % head.precision == 0 and head.end < a.start and text[head.end:a.start].isspace():
            out[-1] = Amount(value=head.value + a.value, currency=a.currency, precision=a.precision,
                             text=text[head.start:a.end], start=head.start, end=a.end, qualifier=head.qualifier,
                             scaled=True)
        else:
            out.append(a)
    return out
