"""English phrases the claim checks read: ratios, superlatives, streak endings, "the week before".

Language data for `claims.py`, for the wording of capital-flow stories ("quadrupling from 351.5
billion", "the biggest weekly purchase since mid-June 2021", "the heaviest selling in two years",
"ending a run of nine straight weeks of net selling").
List order matters where noted: the first matching entry wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_INF = float("inf")

# fmt: off
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_NUM = r"\d+(?:-1/2)?|" + "|".join(NUMBER_WORDS)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "september" before "sep"

# Ratio claims: (regex, lowest ratio, highest ratio). They are tried as alternatives of one regex
# in this order, so the hedged forms ("more than double") come before the plain ones ("double").
RATIO_PHRASES: list[tuple[str, float, float]] = [
    (r"more than (?:doubl\w*|double|twice)", 2.0, _INF),
    (r"more than (?:tripl\w*|triple)", 3.0, _INF),
    (r"(?:almost|nearly|close to|roughly) (?:doubl\w*|double|twice)", 1.6, 2.05),
    (r"(?:almost|nearly|close to|roughly) (?:tripl\w*|triple)", 2.5, 3.05),
    (r"quadrupl\w*", 3.5, 4.5),
    (r"tripl(?:e|ed|ing)\b", 2.5, 3.5),
    (r"(?:doubl(?:e|ed|ing)|twice)\b(?!-digit)", 1.75, 2.25),
    (r"(?:halv\w*|by half)\b", 0.4, 0.6),
    (rf"more than (?:{_NUM}) times\b(?! as)", 0.0, _INF),  # bounds from the number, see ratio_bounds
    (rf"(?:{_NUM}) times\b(?! as)", 0.0, _INF),
]
# fmt: on
RATIO_RE = re.compile(r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _, _) in enumerate(RATIO_PHRASES)) + ")", re.I)

SUPERLATIVE_RE = re.compile(
    rf"""(?P<rec>\ba\s+record\b(?!\s+(?:high|low)))
    | \b(?P<word>largest|biggest|most|highest|smallest|lowest|least|longest)\b[^.;:]{{0,60}}?
    (?:
      \bsince\s+at\s+least\s+(?P<atleast>\d{{4}})
    | \bsince\s+(?:(?P<part>early|mid|late)[-\s]?)?(?P<month>{_MONTH})\b\.?
        (?:\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{3}}\b))?,?(?:\s+(?P<year>\d{{4}}))?
    | \bsince\s+(?P<yearonly>\d{{4}})\b
    | \b(?:in|over)\s+(?:(?P<more>more\s+than|over|almost|nearly|about)\s+)?(?:the\s+(?:past|last)\s+)?
        (?P<n>{_NUM})\s+(?P<unit>weeks?|months?|years?)\b(?!\s+since\b)
    | (?P<alltime>\bon\s+record\b|\bever\b|\bgoing\s+back\s+to\b|\bin\s+data\s+from\b)
    )""",
    re.I | re.X,
)
_ENDING_RE = re.compile(  # "week ended" is a date, not the end of a run
    r"\b(?:(?:an?|the) end to|ending|ended (?:a|an|the|their|its)|snapp\w*|break\w*|broke|halt\w*|after)\b[^.]{0,40}?"
    r"(?:straight|consecutive|in a row|successive|weeks?-long|months?-long|\brun\b|streak|trend)", re.I)
_PREVIOUS_RE = re.compile(
    r"\b(?:previous|prior|preceding) (?:week|month)\b|\b(?:the|a) (?:week|month) (?:before|earlier)\b"
    r"|\ba (?:week|month) ago\b", re.I)


@dataclass(frozen=True)
class Since:
    """What a superlative says about the last time a figure went as far.

    `record`: never in the data; `window`: in this date range ("since October 2024");
    `before`: not after this date ("in five weeks" = not in the four weeks before).
    """

    record: bool = False
    window: tuple[date, date] | None = None
    before: date | None = None


def word_number(text: str) -> float:
    """ "five" -> 5, "12" -> 12, "6-1/2" -> 6.5."""
    text = text.lower()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if text.endswith("-1/2"):
        return int(text[:-4]) + 0.5
    return int(text)


def ratio_bounds(m: re.Match[str]) -> tuple[str, float, float]:
    """The words of a `RATIO_RE` match and the range of ratios they allow."""
    index = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
    words = m.group(0)
    if index >= len(RATIO_PHRASES) - 2:  # "(more than) N times"
        n = word_number(re.search(_NUM, words.lower().replace("more than ", "", 1)).group(0))  # type: ignore[union-attr]
        return (words, n, _INF) if words.lower().startswith("more than") else (words, n - 0.5, n + 0.5)
    _, lo, hi = RATIO_PHRASES[index]
    return words, lo, hi


_NOT_FLOW_RE = re.compile(
    r"\b(?:rally|gain|rise|drop|fall|decline|slide|jump|surge|yield|rate|index|auction|bid|deficit|surplus)s?\b", re.I)


def flow_superlative(phrase: str) -> bool:
    """Whether a superlative phrase is about a flow ("largest weekly net purchase since ..."),
    not about a price or a market ("the yen's biggest rally since 2016")."""
    return not _NOT_FLOW_RE.search(phrase)


def ending_cue(sentence: str) -> bool:
    """Whether the sentence says a run ended ("ending a run of nine straight weeks")."""
    return bool(_ENDING_RE.search(sentence))


def previous_period_cue(sentence: str) -> bool:
    """Whether the sentence compares with the period before ("the previous week")."""
    return bool(_PREVIOUS_RE.search(sentence))


def resolve_since(m: re.Match[str], end: date, kind: str) -> Since | None:
    """Turn a superlative's time phrase into a `Since`, for a figure whose period ends on `end`."""
    if m.group("rec") or m.group("atleast") or m.group("alltime"):
        return Since(record=True)
    if m.group("yearonly"):
        year = int(m.group("yearonly"))
        return Since(window=(date(year, 1, 1), date(year, 12, 31)))
    if m.group("month"):
        return _month_window(m, end, kind)
    if m.group("n"):
        n, unit = word_number(m.group("n")), m.group("unit").lower().rstrip("s")
        days = {"week": 7 * n, "month": 30.44 * n, "year": 365.25 * n}[unit]
        # "In a year" or "in six months" is loose talk: allow a month (a week for months).
        slack = {"week": 0, "month": 7, "year": 31}[unit]
        return Since(before=end - timedelta(days=round(days) - slack))
    return None


def _month_window(m: re.Match[str], end: date, kind: str) -> Since:
    month = MONTHS[m.group("month").lower()]
    day = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    if year is None:  # the latest such month (or date) before the figure's period
        year = end.year
        if (month, day or 1) >= (end.month, end.day if day else end.day) or (day is None and month >= end.month):
            year -= 1
    if day is not None and kind == "week":
        named = date(year, month, min(day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
        sunday = named - timedelta(days=(named.weekday() + 1) % 7)
        return Since(window=(sunday, sunday + timedelta(days=6)))
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    part = (m.group("part") or "").lower()
    if part == "early":
        last = date(year, month, 10)
    elif part == "mid":
        first, last = date(year, month, 11), date(year, month, 20)
    elif part == "late":
        first = date(year, month, 21)
    return Since(window=(first, last))
