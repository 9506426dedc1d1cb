"""Mentions found in an article's text: investors, instruments, directions, cues, periods, amounts.

`find_mentions(text, published)` makes one pass per kind over the text and returns them sorted, with
character offsets. The linker (`extractor.pipeline.linker`) decides which belong to which amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extractor.lang.en import patterns as P
from extractor.lang.en.periods import NUMBER_WORDS, ORDINAL_WORDS
from extractor.parse.amounts import Amount, find_amounts
from extractor.parse.periods import PeriodMention, find_periods


@dataclass(frozen=True)
class Mention:
    kind: str  # investor | instrument | direction | nonflow | source | pronoun | streak
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)


# "($1 = 102.1050 yen)", "($1=147.66 yen)", "(1 USD = 110 JPY)", "(1 euro = 1.08 dollars)", "(1 pound = 161.2 yen)";
# the quote currency may stand before the rate instead, as a symbol or code: "(US$1 = ¥104.70)", "($1 = JPY 110)"
_FX_QUOTE = r"Japanese\s+yen|yen|JPY|won|Korean\s+won|rupees|Indian\s+rupees|dollars?|euros?|ringgit|yuan|baht|Taiwan\s+dollars|T\$|NT\$|rupiah"
FX_LINE_RX = re.compile(
    r"\(\s*(?P<base>US\$|\$|€|£|A\$|1\s+(?:USD|euro|EUR|dollar|pound|GBP))\s*(?:1\s*)?=\s*(?P<qsym>¥|₩|JPY\s?|KRW\s?)?(?P<rate>\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    rf"(?(qsym)|(?=(?:{_FX_QUOTE})\s*\)))(?P<quote>{_FX_QUOTE})?\s*\)",
    re.IGNORECASE,
)


def streak_attrs(m: re.Match[str]) -> dict[str, Any]:
    """The count and unit of a `STREAK_RX` match: "seventh straight week" -> 7, week; "11 straight weeks" -> 11."""
    word = m.group("ord").lower()
    count = int(word.rstrip("stndrh")) if word[0].isdigit() else ORDINAL_WORDS.get(word) or NUMBER_WORDS.get(word, 0)
    return {"count": count, "unit": m.group("unit").lower().split()[-1]}


@dataclass
class Mentions:
    amounts: list[Amount]
    periods: list[PeriodMention]
    items: list[Mention]
    fx_spans: list[tuple[int, int, re.Match[str]]]

    def of(self, kind: str, start: int, end: int) -> list[Mention]:
        return [m for m in self.items if m.kind == kind and m.start >= start and m.end <= end]


def amount_regions(text: str, sentences: list[tuple[int, int]], amounts: list[Amount]) -> list[tuple[int, int]]:
    """The stretches of text that can hold a cue for an amount: its sentence and the one before, merged."""
    starts = sorted(a.start for a in amounts)
    regions: list[tuple[int, int]] = []
    k = 0
    for i, (s0, s1) in enumerate(sentences):
        while k < len(starts) and starts[k] < s0:
            k += 1
        if k < len(starts) and starts[k] < s1:
            lo = sentences[i - 1][0] if i else s0
            if i >= 2 and P.QA_ANSWER_RX.match(text, sentences[i - 1][0]):
                lo = sentences[i - 2][0]  # "Q: And in December? A: The picture was mixed. Life insurers sold X": the question too
            hi = s1
            if i + 1 < len(sentences) and P.HOW_MUCH_RX.match(text, sentences[i + 1][0]):
                hi = sentences[i + 1][1]  # "¥569.2 billion. That is how much ...": the next sentence tells the figure's cues
            if regions and lo <= regions[-1][1] + 1:
                regions[-1] = (regions[-1][0], hi)
            else:
                regions.append((lo, hi))
    return regions


_LEDE = 800  # characters of a story's opening searched for periods when its first figure comes later


def find_mentions(text: str, published: date | None, sentences: list[tuple[int, int]] | None = None) -> Mentions:
    """Every mention in `text`. Cues are only looked for near amounts (see `amount_regions`); investor
    names everywhere, because a pronoun may refer to one named several sentences before."""
    fx = [(m.start(), m.end(), m) for m in FX_LINE_RX.finditer(text)]
    amounts = [a for a in find_amounts(text) if not any(s <= a.start < e for s, e, _ in fx)]
    regions = amount_regions(text, sentences, amounts) if sentences is not None else [(0, len(text))]
    items: list[Mention] = []
    low = text.lower()
    if len(low) == len(text):
        rx, hay = P.LOWER, low
    else:  # a few characters change length when lowercased: use the case-insensitive originals
        rx = {"investor": P.INVESTOR_RX, "instrument": P.INSTRUMENT_RX, "elliptic": P.ELLIPTIC_RX,
              "direction": P.DIRECTION_RX, "nonflow": P.NON_FLOW_RX, "source": P.SOURCE_RX, "streak": P.STREAK_RX}
        hay = text
    for m in rx["investor"].finditer(hay):
        items.append(Mention("investor", m.start(), m.end(), text[m.start():m.end()], dict(P.INVESTOR_ATTRS[m.lastgroup or ""])))
    for m in P.PRONOUN_SCAN.finditer(text):
        items.append(Mention("pronoun", m.start(), m.end(), m.group(0)))
    for r0, r1 in regions:
        for m in P.COUNTRY_INVESTOR_SCAN.finditer(text, r0, r1):
            name = m.group("adj") or m.group("from") or m.group("subj")
            code = P.COUNTRY_CODE.get(name.lower())
            if code is not None and not any(x.kind == "investor" and x.start < m.end() and m.start() < x.end for x in items):
                attrs = {"side": "resident", "economy": code, "group": "all", "country": True}
                items.append(Mention("investor", m.start(), m.end(), m.group(0), attrs))
        for m in rx["instrument"].finditer(hay, r0, r1):
            ins, market = P.INSTRUMENT_ATTRS[m.lastgroup or ""]
            if ins in ("securities", "debt") and ((P.ANAPHORIC_SECURITIES_RX.search(text, max(0, m.start() - 8), m.end())
                                                   and not P.MARKET_NOUN_AFTER_RX.match(text, m.end()))
                                                  or P.SAME_KIND_AFTER_RX.match(text, m.end())):
                continue  # "They offloaded X of the securities", "X of such debt": those named before, not all securities
            if P.MARKET_EVENT_AFTER_RX.match(text, m.end()):
                continue  # "they sold X during a global equity slide": an event, not the instrument traded
            items.append(Mention("instrument", m.start(), m.end(), text[m.start():m.end()], {"instrument": ins, "market": market}))
        for m in rx["elliptic"].finditer(hay, r0, r1):
            ins = "long_term_debt" if m.group(1).lower() == "long-term" else "short_term_debt"
            items.append(Mention("instrument", m.start(), m.end(), text[m.start():m.end()], {"instrument": ins, "market": None}))
        for m in rx["direction"].finditer(hay, r0, r1):
            items.append(Mention("direction", m.start(), m.end(), text[m.start():m.end()], {"direction": P.DIRECTION_OF[m.lastgroup or ""]}))
        for m in rx["source"].finditer(hay, r0, r1):
            items.append(Mention("source", m.start(), m.end(), text[m.start():m.end()], {"source": P.SOURCE_NAME[m.lastgroup or ""]}))
        for m in rx["streak"].finditer(hay, r0, r1):
            items.append(Mention("streak", m.start(), m.end(), text[m.start():m.end()], streak_attrs(m)))
    # non-flow cues count only close to an amount (see linker._NONFLOW_LEFT/_RIGHT), so look only there
    windows: list[tuple[int, int]] = []
    for a in amounts:
        lo, hi = max(0, a.start - 250), min(len(text), a.end + 50)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    for w0, w1 in windows:
        for m in rx["nonflow"].finditer(hay, w0, w1):
            items.append(Mention("nonflow", m.start(), m.end(), text[m.start():m.end()], {"cue": P.NON_FLOW_CUE[m.lastgroup or ""]}))
    # "Treasury International Capital" names a source, not international investors
    sources = [(m.start, m.end) for m in items if m.kind == "source"]
    items = [m for m in items if m.kind != "investor" or not any(s < m.end and m.start < e for s, e in sources)]
    items.sort(key=lambda x: (x.start, -x.end))
    # (and in the lede before the first figure: "The ministry released its weekly data covering April 1-7" dates the
    # story's week)
    lede = [(0, min(regions[0][0], _LEDE))] if regions and regions[0][0] > 0 else []
    periods = [p for r0, r1 in lede + regions for p in find_periods(text, published, r0, r1, low=low)]
    return Mentions(amounts=amounts, periods=periods, items=items, fx_spans=fx)
