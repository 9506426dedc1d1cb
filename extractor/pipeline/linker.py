"""The flow linker: decides which amounts are net flows and fills in who, what, which way and when.

For every money amount it looks at the words between it and its neighbours in the sentence (the
left window, from the previous amount, and the right window, to the next one), then at the rest of
the sentence, then at what the article said before (pronouns and ellipsis: "They", "Domestic
investors", a sentence that names no investor). Periods relative to the story's headline period
("the week before", "over the seven weeks", "so far this year") are resolved once the headline
periods are known. Nothing here is trained: the learned component (`extractor.model`) rescores the
candidates this module proposes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from extractor.facts import Evidence, Flow, Investor, Money, Period, Source, Streak
from extractor.parse.amounts import Amount
from extractor.parse.fold import folded_search, lowercase_twin
from extractor.parse.periods import PeriodMention, exchange_week, month_end, mof_week, week_before_publication
from extractor.pipeline.mentions import Mention, Mentions

# How far (characters) a cue may stand from its amount and still count.
_DIR_LEFT, _DIR_RIGHT = 140, 60
_INS_RIGHT, _INS_LEFT = 70, 90
_NONFLOW_LEFT, _NONFLOW_RIGHT = 70, 30
_MIN_FLOW = 1e6  # smaller "amounts" are prices, ratios or rates, not flows


@dataclass
class Candidate:
    """A money amount and everything the linker found for it."""

    amount: Amount
    sentence: tuple[int, int]
    converted: list[Amount] = field(default_factory=list)
    direction: str | None = None
    direction_cue: Mention | None = None
    investor: dict[str, Any] | None = None
    investor_text: str | None = None
    instrument: str | None = None
    market_hint: str | None = None
    period: PeriodMention | None = None
    period_inherited: bool = False
    source: str | None = None
    streak: dict[str, Any] | None = None
    nonflow: str | None = None
    comparison_cue: bool = False
    features: dict[str, Any] = field(default_factory=dict)


def _between(items: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in items if m.start >= start and m.end <= end]


def _economy_of_article(text: str, amounts: list[Amount]) -> str | None:
    """The market the story is about: Japan unless its money and words say another one (None when
    the story is about several other markets)."""
    counts: dict[str, int] = {}
    for a in amounts:
        if a.currency:
            counts[a.currency] = counts.get(a.currency, 0) + 1
    for cur, eco in (("KRW", "KR"), ("TWD", "TW"), ("INR", "IN"), ("IDR", "ID"), ("MYR", "MY"), ("EUR", "EU")):
        if counts.get(cur, 0) >= max(1, counts.get("JPY", 0)):
            return eco
    low = text.lower()
    for words, eco in ((("korean stocks", "seoul", "kospi", "korea exchange"), "KR"), (("taiwan stock", "taiex"), "TW"),
                       (("indian equities", "indian stocks", "sensex", "nifty"), "IN")):
        if sum(low.count(w) for w in words) >= 2 and low.count("japan") < 2:
            return eco
    if "japan" not in low and "tokyo" not in low and "jgb" not in low and "yen" not in low:
        return None  # a story about other markets only
    return "JP"


_HEDGE_WORDS = re.compile(r"\b(?:about|around|roughly|approximately|nearly|some|over|more\s+than|almost|just\s+over|just\s+under)\b|~", re.IGNORECASE)
_RESTATE_GAPS = {"(", "[", "(or", "or", ", or", ",", "/", "—"}


def _bracketed_later(text: str, a: Amount, b: Amount) -> bool:
    """ "JPY6.4 trillion of foreign bonds ($64 bln)": a bracketed figure in another currency closing the
    clause of `a` restates it."""
    between = text[a.end : b.start]
    if len(between) > 60 or any(ch in between[:-2] for ch in ".;()"):
        return False
    return bool(re.search(r"\(\s*(?:~|about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$", between)) and text[b.end:b.end + 1] == ")"


_MONEYISH_NEXT = frozenset({
    "of", "worth", "in", "on", "for", "from", "the", "last", "this", "a", "an", "and", "to", "at", "during", "over",
    "since", "after", "before", "into", "out", "net", "so", "as", "while", "but", "or", "was", "were", "is", "a",
    "previously", "earlier", "ago", "respectively", "yen", "in", "between", "through", "by", "when", "with", "that",
})


def _is_count(text: str, a: Amount) -> bool:
    """ "21 million accounts": a figure without a currency followed by a noun counts things."""
    if a.currency is not None:
        return False
    m = re.match(r"\s*([A-Za-z][\w-]*)", text[a.end:a.end + 30])
    return bool(m) and m.group(1).lower() not in _MONEYISH_NEXT


def link_candidates(text: str, sentences: list[tuple[int, int]], mentions: Mentions) -> list[Candidate]:
    """One Candidate per money amount that is not a restatement of another in brackets."""
    amounts = [a for a in mentions.amounts]
    # restatements in brackets: "1.406 trillion yen ($13.8 billion)"
    converted_of: dict[int, list[Amount]] = {}
    skip: set[int] = set()
    for i, a in enumerate(amounts):
        if i in skip:
            continue
        j = i + 1
        while j < len(amounts):
            b = amounts[j]
            # (the gap is only read for a figure in another currency)
            if b.currency and b.currency != a.currency and (
                    _HEDGE_WORDS.sub("", text[a.end : b.start]).strip() in _RESTATE_GAPS or _bracketed_later(text, a, b)):
                converted_of.setdefault(i, []).append(b)
                skip.add(j)
                j += 1
                continue
            break
    items = mentions.items
    out: list[Candidate] = []
    for s_start, s_end in sentences:
        in_sentence = [(i, a) for i, a in enumerate(amounts)
                       if s_start <= a.start < s_end and i not in skip and not _is_count(text, a)]
        sent_items = _between(items, s_start, s_end)
        prev: Candidate | None = None
        for k, (i, a) in enumerate(in_sentence):
            conv = converted_of.get(i, [])
            # the words after the figure: after its bracketed restatement when that follows at once
            a_end = a.end
            if conv and conv[0].start - a.end <= 4:
                a_end = max(x.end for x in conv)
                if text[a_end:a_end + 1] == ")":
                    a_end += 1
            left_start = prev.amount.end if prev else s_start
            if prev and prev.converted:
                left_start = max(left_start, prev.converted[-1].end)
            right_end = in_sentence[k + 1][1].start if k + 1 < len(in_sentence) else s_end
            c = Candidate(amount=a, sentence=(s_start, s_end), converted=conv)
            c.features["contrast"] = prev is not None and any(w in f" {text[left_start:a.start].lower()} " for w in _COMPARISON_WORDS)
            left = [m for m in sent_items if left_start <= m.start and m.end <= a.start]
            right = [m for m in sent_items if a_end <= m.start and m.end <= right_end]
            before = [m for m in sent_items if m.end <= a.start]
            # a figure without a verb of its own takes the verb of the last figure that is not a contrast:
            # "sold X of bonds, after buying Y a week earlier, and Z of bills" -> Z was sold
            main = next((x for x in reversed(out) if x.sentence == (s_start, s_end) and not x.features.get("contrast")), prev)
            _direction(c, left, right, before, main, a, a_end, text)
            _investor(c, left, before, prev, right, a_end)
            _instrument(c, text, left, right, prev, a, a_end)
            _nonflow(c, before, right, a, a_end, text, prev)
            src = [m for m in sent_items if m.kind == "source"]
            c.source = src[0].attrs["source"] if src else None
            streaks = [m for m in sent_items if m.kind == "streak"]
            if streaks:
                c.streak = {"count": streaks[0].attrs["count"], "unit": streaks[0].attrs["unit"]}
            c.features["pronoun_start"] = any(m.kind == "pronoun" and m.start - s_start < 25 for m in before)
            c.features["left_text"] = text[left_start:a.start]
            out.append(c)
            prev = c
        if "respectively" in text[s_start:s_end] and len(in_sentence) >= 2:
            _respectively(out[-len(in_sentence):], sent_items, text)
    return out


def _respectively(group: list[Candidate], items: list[Mention], text: str) -> None:
    """ "sold derivatives and cash equities worth 586.7 billion yen and 87.52 billion yen, respectively"."""
    first = group[0].amount.start
    for kind in ("instrument", "investor"):
        listed = [m for m in items if m.kind == kind and m.end <= first]
        if len(listed) >= len(group):
            listed = listed[-len(group):]
            if all(re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*", text[x.end:y.start]) for x, y in zip(listed, listed[1:], strict=False)):
                for c, m in zip(group, listed, strict=True):
                    if kind == "instrument":
                        c.instrument, c.market_hint = m.attrs["instrument"], _market_of(text, m)
                    else:
                        c.investor, c.investor_text = dict(m.attrs), m.text


def _direction(c: Candidate, left: list[Mention], right: list[Mention], before: list[Mention],
               prev: Candidate | None, a: Amount, a_end: int, text: str = "") -> None:
    def c_text(s: int, e: int) -> str:
        return text[s:e]

    near_left = [m for m in left if m.kind == "direction" and a.start - m.end <= _DIR_LEFT]
    near_right = [m for m in right if m.kind == "direction" and m.start - a_end <= _DIR_RIGHT]
    adjacent = [m for m in near_right if m.start - a_end <= 25 and not re.search(r",|\b(?:and|or|but|while)\b", c_text(a_end, m.start)) and m.text.lower().rstrip("s").endswith(("flow", "sell-off", "selloff", "purchase", "sale", "buying", "selling", "disposal", "disposition", "redemption"))]
    if adjacent and (not near_left or a.start - near_left[-1].end > adjacent[0].start - a_end):
        c.direction_cue = adjacent[0]
    elif near_left:
        c.direction_cue = near_left[-1]
    elif prev is not None and prev.direction:
        c.direction, c.direction_cue = prev.direction, prev.direction_cue
        c.features["direction_inherited"] = True
        return
    elif near_right:
        c.direction_cue = near_right[0]
    else:
        far = [m for m in before if m.kind == "direction"]
        if far:
            c.direction_cue = far[-1]
            c.features["direction_far"] = True
    if c.direction_cue:
        c.direction = c.direction_cue.attrs["direction"]


def _investor(c: Candidate, left: list[Mention], before: list[Mention], prev: Candidate | None,
              right: list[Mention] | None = None, a_end: int = 0) -> None:
    inv = [m for m in left if m.kind == "investor"]
    after = [m for m in right or [] if m.kind == "investor" and m.start - a_end <= 30 and m.text.lower().startswith(("foreign", "overseas", "offshore", "non"))]
    if not inv and after:
        c.investor, c.investor_text = dict(after[0].attrs), after[0].text
        c.features["investor_in_left"] = True
        return
    c.features["investor_in_left"] = bool(inv)
    if not inv and prev is not None and prev.investor is not None:
        c.investor, c.investor_text = prev.investor, prev.investor_text
        return
    if not inv:
        inv = [m for m in before if m.kind == "investor"]
    if inv:
        # prefer the subject-like mention: the last one before the amount
        m = inv[-1]
        c.investor, c.investor_text = dict(m.attrs), m.text


def _instrument(c: Candidate, text: str, left: list[Mention], right: list[Mention], prev: Candidate | None,
                a: Amount, a_end: int) -> None:
    near_right = [m for m in right if m.kind == "instrument" and m.start - a_end <= _INS_RIGHT]
    near_left = [m for m in left if m.kind == "instrument" and a.start - m.end <= _INS_LEFT]
    chosen = near_right[0] if near_right else (near_left[-1] if near_left else None)
    if near_left and re.fullmatch(r"\s*(?:worth|of|totall?ing|amounting\s+to|at)\s*(?:a\s+net\s+|net\s+|about\s+|around\s+|some\s+|roughly\s+)?", text[near_left[-1].end:a.start]):
        chosen = near_left[-1]  # "long-term foreign bonds of 178 billion yen", "bonds worth ¥489.7 billion"
    if chosen is None and prev is not None and prev.instrument:
        c.instrument, c.market_hint = prev.instrument, prev.market_hint
        c.features["instrument_inherited"] = True
        return
    if chosen is None:
        return
    c.instrument = chosen.attrs["instrument"]
    c.market_hint = _market_of(text, chosen)


_PHRASE_STOP = frozenset({
    "of", "in", "into", "from", "out", "worth", "the", "a", "an", "net", "yen", "dollars", "and", "or", "for", "on",
    "at", "to", "by", "with", "their", "its", "bought", "sold", "purchased", "acquired", "investors", "funds",
    "institutions", "that", "which", "as", "than", "while",
})


def _market_of(text: str, m: Mention) -> str | None:
    from extractor.lang.en.patterns import DOMESTIC_MOD_RX, FOREIGN_MOD_RX, OTHER_COUNTRY_MOD_RX

    # the instrument phrase and the modifiers right before it, up to a determiner, preposition or number
    before = text[max(0, m.start - 60) : m.start].split()
    mods: list[str] = []
    for word in reversed(before):
        if word.lower().strip(",") in _PHRASE_STOP or any(ch.isdigit() for ch in word) or word.endswith((",", ".", ";", ":")):
            break
        mods.insert(0, word)
        if len(mods) == 4:
            break
    phrase = " ".join([*mods, m.text])
    if m.text.upper().startswith("JGB"):
        return "domestic"
    if FOREIGN_MOD_RX.search(phrase):
        dom = DOMESTIC_MOD_RX.search(phrase)
        if dom and phrase.rfind(dom.group(0)) > phrase.rfind(FOREIGN_MOD_RX.findall(phrase)[-1]):
            return "domestic"
        return "foreign"
    if DOMESTIC_MOD_RX.search(phrase):
        return "domestic"
    if OTHER_COUNTRY_MOD_RX.search(phrase):
        return "foreign"
    return None


def _nonflow(c: Candidate, before: list[Mention], right: list[Mention], a: Amount, a_end: int,
             text: str = "", prev: Candidate | None = None) -> None:
    if prev is not None and prev.nonflow:
        between = text[prev.amount.end:a.start]
        if re.search(r"\b(?:from|than|after|versus|compared\s+with|to|and|or)\s+(?:\w+\s+){0,2}$", between) or (
                prev.nonflow == "forecast" and not re.search(r"[.;]", between)):
            # "hit 84.7 trillion won as of end-August, up from 84.2 trillion"; "75 trillion to 90 trillion won";
            # a forecast goes on to the end of its sentence
            c.nonflow = prev.nonflow
            return
    if re.search(r"\b(?:to|at)\s+(?:a\s+record\s+|about\s+|around\s+)?$", text[max(0, a.start - 25):a.start]) and any(
            m.kind == "nonflow" and m.attrs["cue"] == "holdings" for m in before):
        c.nonflow = "holdings"  # "raised its holdings of Treasuries to $1.12 trillion": a level
        return
    cues = [m for m in before if m.kind == "nonflow" and a.start - m.end <= _NONFLOW_LEFT]
    # after the figure only what qualifies the figure itself counts ("as of end-March", "raised by the fund");
    # a central bank or the economy named after it is context ("..., as the Bank of Japan's decision")
    cues += [m for m in right if m.kind == "nonflow" and m.start - a_end <= _NONFLOW_RIGHT
             and m.attrs["cue"] in ("holdings", "gross", "issuance", "restatement", "intervention", "retail_scheme")]
    if c.direction_cue is not None:
        d = c.direction_cue
        # "increased their foreign equity holdings by 130.4 billion yen" is a flow
        cues = [m for m in cues if m.attrs["cue"] != "holdings" or not (m.start < d.end and d.start < m.end)]
        # "expected to buy 2 trillion yen" is a forecast, but in "who policymakers hoped would be pushed
        # abroad, instead sold a net 2.19 trillion yen" the verb of the figure comes after the hedge
        cues = [m for m in cues if not (m.attrs["cue"] in ("forecast", "macro") and m.end < d.start
                                        and len(text[m.end:d.start]) > 16 and "," in text[m.end:d.start])]
        if c.investor is not None and c.investor.get("group") == "corporates":
            cues = [m for m in cues if not m.text.lower().startswith("buyback")]  # companies buying back shares
    central = [m for m in before if m.kind == "nonflow" and m.attrs["cue"] == "central_bank" and m.start >= c.sentence[0]]
    if central and not any(m.kind == "investor" and m.start > central[-1].end for m in before):
        cues.append(central[-1])  # the central bank is the subject: its operations are not flows
    if cues:
        c.nonflow = cues[-1].attrs["cue"]


# --------------------------------------------------------------------------------------------------
# periods


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|although|though|whereas|with)\b|;|\s-\s|\s—\s")
# "the most since fiscal 2005", "the largest since June": a reference point, not the figure's period
_REFERENCE_POINT = re.compile(
    r"(?:released|published|announced|reported|showed|issued)\s+(?:earlier\s+|late\s+|on\s+)?$|"
    r"(?:\bsince|\bthan(?:\s+in|\s+at)?|\bas\s+(?:in|of)|\bfrom|\bthe\s+amount|\bdouble|\btriple|\btwice|\bhalf)\s*$"
    r"|\b(?:smallest|largest|biggest|highest|lowest|most|least|record|longest|first|strongest|weakest|heaviest|sharpest|steepest|fastest|best|worst|greatest)\b[^,.;]{0,45}$",
    re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\s*(?:smallest|largest|biggest|highest|lowest|most|least|record|longest|first|strongest|weakest|heaviest|sharpest|steepest|fastest|best|worst|greatest|since)", re.IGNORECASE)
_TOTAL_BROUGHT = re.compile(r"\b(?:bringing|taking|lifting|pushing|raising)\s+(?:the|their|its)\s+(?:\w+\s+){0,2}(?:total|tally|sum)\b[^.;]*$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,.;]{0,30}$", re.IGNORECASE)
_COMPARISON_WORDS = (" from ", " after ", "compared", "versus", " vs", "following", "than ", "against ", "reversing", "reversal of")


def assign_periods(cands: list[Candidate], mentions: Mentions, text: str) -> None:
    """Give every candidate the period expression of its clause, or an inherited or implied one.

    Among the period expressions between the previous and the next amount, the nearest wins; one
    across a clause break (", while", ", and", ";") counts as far. An amount introduced as a contrast
    ("after 155.3 billion", "up from 5.7 billion") with no period of its own is the period before the
    headline one; any other amount without a period inherits the last non-contrast amount's period
    in its sentence, or the story's headline period (resolved later).
    """
    periods = mentions.periods
    refs: dict[int, re.Match[str] | None] = {}
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for (s_start, s_end), group in by_sentence.items():
        sent_periods = [p for p in periods if s_start <= p.start_char and p.end_char <= s_end]
        for k, c in enumerate(group):
            a_end = max([c.amount.end] + [x.end for x in c.converted])
            nxt = group[k + 1].amount.start if k + 1 < len(group) else s_end
            prv = group[k - 1].amount.end if k > 0 else s_start
            window = text[prv:c.amount.start].lower()
            c.comparison_cue = any(w in window for w in _COMPARISON_WORDS)
            scored = []
            for p in sent_periods:
                if a_end <= p.start_char and p.end_char <= nxt:
                    gap = text[a_end:p.start_char]
                elif prv <= p.start_char and p.end_char <= c.amount.start:
                    gap = text[p.end_char:c.amount.start]
                else:
                    continue
                if p.end_char <= c.amount.start and k > 0 and p.start_char - prv < c.amount.start - p.end_char:
                    continue  # "who had dumped X in the week to Aug. 3, returned as buyers of Y": X's period
                if _CLAUSE_BREAK.search(gap) or (p.relation != "ytd" and (ref := _reference_point(text, p, refs)) and (
                        p.start_char >= a_end or _SUPERLATIVE.match(ref.group(0)))):
                    continue
                if p.relation == "run" and _ORDINAL_BEFORE.search(text[max(0, p.start_char - 40):p.start_char]):
                    continue  # "the sixth weekly net purchase in seven weeks": a streak, not the figure's period
                if p.end_char <= c.amount.start and any(w in f" {gap.lower()} " for w in _COMPARISON_WORDS):
                    continue  # "the week to Jan. 19 after 1.45 trillion yen": that period is the other figure's
                scored.append((len(gap), p))
            if scored:
                c.period = min(scored, key=lambda x: x[0])[1]
                continue
            streak = c.streak or next((x.streak for x in reversed(cands[:cands.index(c)]) if x.streak and x.sentence[0] >= c.sentence[0] - 400), None)
            if streak and streak.get("unit") == "week" and streak.get("count", 0) > 1 and _TOTAL_BROUGHT.search(window):
                # "It was their fourth straight week of net buying, bringing the total to 3.6 trillion yen"
                c.period = PeriodMention(kind="weeks", start_char=c.amount.start, end_char=c.amount.start, text="",
                                         relation="run", count=streak["count"])
                continue
            if c.comparison_cue and k > 0:
                c.period = PeriodMention(kind="", start_char=c.amount.start, end_char=c.amount.start, text="", relation="prev")
                c.features["period_implied"] = True
                continue
            earlier = [g for g in group[:k] if g.period is not None and not g.comparison_cue and g.period.relation not in ("prev", "prev2")]
            if earlier:
                c.period, c.period_inherited = earlier[-1].period, True


_REFERENCE_POINT_LOWER = lowercase_twin(_REFERENCE_POINT)


def _reference_point(text: str, p: PeriodMention, memo: dict[int, re.Match[str] | None]) -> re.Match[str] | None:
    """`_REFERENCE_POINT` in the 60 characters before the period `p`: looked up once per period (every
    amount of the sentence asks), on lowercased text (see parse.fold)."""
    if p.start_char not in memo:
        before = text[max(0, p.start_char - 60):p.start_char]
        memo[p.start_char] = folded_search(_REFERENCE_POINT, _REFERENCE_POINT_LOWER, before, before.lower())
    return memo[p.start_char]


def resolve(cands: list[Candidate], published: date | None, article_source: str | None,
            weekly_story: bool = False, fiscal_story: bool = False) -> list[Period | None]:
    """Absolute periods for the candidates, resolving weeks by convention and relative mentions."""
    def convention(c: Candidate) -> str:
        p = c.period
        if p is not None and p.relation == "week_end" and p.anchor is not None:
            # MoF weeks end on Saturdays; a week to a Friday is exchange data
            if p.anchor.weekday() == 4:
                c.source = "jpx_weekly"
            elif p.anchor.weekday() == 5 and c.source == "jpx_weekly":
                c.source = "mof"
        src = c.source or article_source
        return "jpx" if src == "jpx_weekly" else "mof"

    first: list[tuple[str | None, date | None, date | None]] = []
    for c in cands:
        first.append(_absolute(c, published, convention(c)))
    # headline period per kind/convention: the latest end among absolute weeks and months
    latest: dict[tuple[str, str], tuple[date, date]] = {}
    years: dict[tuple[str, str], tuple[date, date]] = {}
    for c, (kind, start, end) in zip(cands, first, strict=True):
        if kind in ("week", "month") and start and end:
            key = (kind, convention(c))
            if key not in latest or end > latest[key][1]:
                latest[key] = (start, end)
        elif kind == "year" and start and end and not c.comparison_cue:
            if ("year", "any") not in years or end > years[("year", "any")][1]:
                years[("year", "any")] = (start, end)
    if not latest and published is not None and weekly_story:
        conv0 = "jpx" if article_source == "jpx_weekly" else "mof"
        latest[("week", conv0)] = week_before_publication(published, conv0)
    latest_any = max((v for v in latest.values()), key=lambda v: v[1], default=None)
    latest.update(years)  # a year heads the story only when no week or month does (see _headline)
    out: list[Period | None] = []
    for c, (kind, start, end) in zip(cands, first, strict=True):
        p = c.period
        conv = convention(c)
        if p is None or p.relation == "head":
            # no period in the sentence: the story's headline week (or month)
            found = _headline(latest, conv, published, p is not None or weekly_story, weeks_only=p is not None)
            if found is None:
                out.append(None)
                continue
            hk, head = found
            out.append(Period(kind=hk, start=head[0].isoformat(), end=head[1].isoformat(), text=None))
            continue
        if p.relation in ("prev", "prev2"):
            earlier_prev = [x for x in cands[:cands.index(c)] if x.sentence == c.sentence and x.period is not None
                            and x.period.relation == "prev" and x.period is not p and x.period.kind == p.kind]
            if earlier_prev:
                p = replace(p, relation="prev2")
            if not p.kind:  # implied by a contrast: the period before the story's headline period
                p = replace(p, kind="week" if ("week", conv) in latest or (weekly_story and ("month", "mof") not in latest) else "month")
                kind = p.kind
            head = latest.get((p.kind, conv)) or latest.get((p.kind, "mof"))
            if head is None and p.kind == "week" and published:
                head = week_before_publication(published, conv)
            if head is not None:
                back = 2 if p.relation == "prev2" else 1
                if p.kind == "week":
                    start, end = head[0] - timedelta(days=7 * back), head[1] - timedelta(days=7 * back)
                else:
                    end = head[0] - timedelta(days=1)
                    if back == 2:
                        end = end.replace(day=1) - timedelta(days=1)
                    start = end.replace(day=1)
        elif p.relation == "run_since":
            head = latest.get(("week", conv)) or latest_any
            if head is not None:
                end = head[1]
                m = _MONTHS_FULL.index(p.text.split()[-1].lower()) + 1 if p.text.split()[-1].lower() in _MONTHS_FULL else None
                if m is not None:
                    y = end.year if m <= end.month else end.year - 1
                    day = 15 if "mid" in p.text.lower() else (20 if "late" in p.text.lower() or "end" in p.text.lower() else 1)
                    start = mof_week(date(y, m, day))[0] if conv == "mof" else exchange_week(date(y, m, day))[0]
        elif p.relation == "run":
            head = latest.get(("week" if p.kind == "weeks" else "month", conv)) or latest_any
            if head is not None and p.count:
                if p.kind == "weeks":
                    end = head[1]
                    start = end - timedelta(days=7 * p.count - 1)
                else:
                    prior = c.comparison_cue or any(w in p.text.lower() for w in ("previous", "prior", "preceding"))
                    last_month_end = head[0] - timedelta(days=1) if prior else head[1]
                    y, m = last_month_end.year, last_month_end.month - p.count + 1
                    while m <= 0:
                        y, m = y - 1, m + 12
                    start, end = date(y, m, 1), last_month_end
        elif p.relation == "the_year" and published is not None and fiscal_story and 4 <= published.month <= 6:
            kind, start, end = "fiscal_year", date(published.year - 1, 4, 1), date(published.year, 3, 31)
        elif p.relation in ("ytd", "the_year"):
            head = latest.get(("week", conv)) or latest.get(("month", "mof")) or latest_any
            end = head[1] if head else None
            if p.start is not None and p.start.month == 4:
                start = p.start  # fiscal year to date
            else:
                start = date(end.year, 1, 1) if end else p.start
        out.append(Period(kind=kind or p.kind, start=start.isoformat() if start else None,
                          end=end.isoformat() if end else None, text=p.text))
    return out


_MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]


def _headline(latest: dict[tuple[str, str], tuple[date, date]], conv: str, published: date | None,
              weekly: bool, weeks_only: bool = False) -> tuple[str, tuple[date, date]] | None:
    """The story's headline period for a figure that names none: its own week convention first."""
    if ("week", conv) in latest:
        return "week", latest[("week", conv)]
    other = "mof" if conv == "jpx" else "jpx"
    if ("week", other) in latest:
        s, e = latest[("week", other)]
        # the same calendar week in the other convention (MoF Sun..Sat <-> exchange Mon..Fri)
        return "week", ((s + timedelta(days=1), e - timedelta(days=1)) if conv == "jpx" else mof_week(e))
    if ("month", "mof") in latest or ("month", "jpx") in latest:
        return "month", latest.get(("month", "mof")) or latest[("month", "jpx")]
    if ("year", "any") in latest and not weeks_only:
        return "year", latest[("year", "any")]
    if published is not None and weekly:
        head = week_before_publication(published, conv)
        latest[("week", conv)] = head
        return "week", head
    return None


def _absolute(c: Candidate, published: date | None, conv: str) -> tuple[str | None, date | None, date | None]:
    p = c.period
    if p is None:
        return None, None, None
    if p.relation == "week_end":
        if p.anchor is None:
            return "week", None, None
        if conv != "jpx" and p.anchor.weekday() not in (4, 5):
            return "week", p.anchor - timedelta(days=6), p.anchor  # fund-flow weeks end mid-week (Lipper, EPFR)
        s, e = exchange_week(p.anchor) if conv == "jpx" else mof_week(p.anchor)
        return "week", s, e
    if p.relation == "last_week":
        if published is None:
            return "week", None, None
        s, e = week_before_publication(published, conv)
        return "week", s, e
    if p.relation == "this_week":
        if published is None:
            return "week", None, None
        s, e = week_before_publication(published + timedelta(days=7), conv)
        return "week", s, e
    if p.relation == "absolute" and p.kind == "week" and p.end is not None:
        if conv == "jpx":
            return "week", p.start, p.end
        s, e = mof_week(p.end)
        return "week", s, e
    return p.kind, p.start, p.end


__all__ = ["Candidate", "assign_periods", "link_candidates", "month_end", "resolve", "replace"]
