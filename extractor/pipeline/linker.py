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
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, cast

from extractor.facts import Period, PeriodKind
from extractor.lang.en.patterns import (
    COUNTRY_CODE,
    DOMESTIC_MOD_RX,
    FOREIGN_MOD_RX,
    HOW_MUCH_RX,
    INSTRUMENT_ATTRS,
    INSTRUMENT_RX,
    OTHER_COUNTRY_MOD_RX,
    QA_ANSWER_RX,
    QA_QUESTION_RX,
    RANKING_RX,
    STREAK_RX,
)
from extractor.parse.amounts import Amount
from extractor.parse.fold import folded_search, lowercase_twin
from extractor.parse.periods import (
    RUN_ENDED,
    PeriodMention,
    exchange_week,
    mof_week,
    month_end,
    month_half,
    trading_days_to,
    week_before_publication,
)
from extractor.pipeline.mentions import Mention, Mentions, streak_attrs

# How far (characters) a cue may stand from its amount and still count.
_DIR_LEFT, _DIR_RIGHT = 140, 60
_INS_RIGHT, _INS_LEFT = 70, 90
_NONFLOW_LEFT, _NONFLOW_RIGHT = 70, 30
_MIN_FLOW = 1e6  # smaller "amounts" are prices, ratios or rates, not flows


@dataclass(eq=False)
class Candidate:
    """A money amount and everything the linker found for it (one per amount: compared by identity)."""

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


def _economy_of_article(low: str, amounts: list[Amount]) -> str | None:
    """The market the story is about: Japan unless its money and words say another one (None when
    the story is about several other markets). `low` is the story's text lowercased."""
    counts: dict[str, int] = {}
    for a in amounts:
        if a.currency:
            counts[a.currency] = counts.get(a.currency, 0) + 1
    for cur, eco in (("KRW", "KR"), ("TWD", "TW"), ("INR", "IN"), ("IDR", "ID"), ("MYR", "MY"), ("EUR", "EU")):
        if counts.get(cur, 0) >= max(1, counts.get("JPY", 0)):
            return eco
    if low.count("japan") < 2:
        for words, eco in ((("korean stocks", "seoul", "kospi", "korea exchange"), "KR"), (("taiwan stock", "taiex"), "TW"),
                           (("indian equities", "indian stocks", "sensex", "nifty"), "IN")):
            if sum(low.count(w) for w in words) >= 2:
                return eco
    if "japan" not in low and "tokyo" not in low and "jgb" not in low and "yen" not in low:
        return None  # a story about other markets only
    return "JP"


_HEDGE_WORDS = re.compile(r"\b(?:about|around|roughly|approximately|nearly|some|over|more\s+than|almost|just\s+over|just\s+under)\b|~", re.IGNORECASE)
# what may stand between a figure and its restatement: "(", "or", ", (", "/", a dash, and a spoken restatement
# ("340 billion yen - that's about three-point-two billion dollars -")
_RESTATE_GAP = re.compile(r"\(or|\(|\[|(?:, )?or|, \(|/|[,\-–—](?: that(?:['’]s| is))?")


def _bracketed_later(text: str, a: Amount, b: Amount) -> bool:
    """ "JPY6.4 trillion of foreign bonds ($64 bln)": a bracketed figure in another currency closing the
    clause of `a` restates it."""
    between = text[a.end : b.start]
    opener = _BRACKET_OPENER.search(between)
    return len(between) <= 60 and opener is not None and not any(ch in between[:opener.start()] for ch in ".;()") \
        and text[b.end:b.end + 1] == ")"


_BRACKET_OPENER = re.compile(r"\(\s*(?:~|about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$")


_MONEYISH_NEXT = frozenset({
    "of", "worth", "in", "on", "for", "from", "the", "last", "this", "a", "an", "and", "to", "at", "during", "over",
    "since", "after", "before", "into", "out", "net", "so", "as", "while", "but", "or", "was", "were", "is", "previously", "earlier", "ago", "respectively", "yen", "between", "through", "by", "when", "with", "that",
    "prev", "previous", "prior", "vs", "versus", "against", "compared", "then",  # "VS 278.5 BLN PREV WEEK"
})


def _is_count(text: str, a: Amount) -> bool:
    """ "21 million accounts": a figure without a currency followed by a noun counts things; "another ¥3trn week":
    a sum that describes a period is no flow either."""
    if a.currency is not None:
        return bool(_SIZE_OF_PERIOD.match(text, a.end)) and _A_BEFORE.search(text, max(0, a.start - 10), a.start) is not None
    m = _NEXT_WORD.match(text, a.end, a.end + 30)
    return m is not None and m.group(1).lower() not in _MONEYISH_NEXT


_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")
_SIZE_OF_PERIOD = re.compile(r"\s*(?:week|month|day|session|quarter|year)s?\b")
_A_BEFORE = re.compile(r"\b(?:a|an|another)\s+[+\-−]?$", re.IGNORECASE)
# a clause of its own within a sentence: what a streak named in another clause does not reach
_STREAK_BREAK = re.compile(r",\s+(?:and|while|whereas)\s|;")


def _told_before(told: list[Candidate], part: Amount | None = None) -> Candidate | None:
    """The last of the figures `told` that is not a contrast (and, for a `part`, no smaller than it)."""
    return next((x for x in reversed(told) if not x.features.get("contrast")
                 and not (part is not None and x.amount.currency == part.currency and x.amount.value < part.value)), None)


def _currencies(c: Candidate) -> set[str | None]:
    """The currencies a figure is told in: its own and those of its restatements in brackets."""
    return {c.amount.currency, *(x.currency for x in c.converted)}


_SAID_AGAIN = re.compile(r"\s*(?:--|\u2014|\u2013|,)\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?")


def link_candidates(text: str, sentences: list[tuple[int, int]], mentions: Mentions) -> list[Candidate]:
    """One Candidate per money amount that is not a restatement of another in brackets."""
    amounts = [a for a in mentions.amounts]
    # restatements in brackets: "1.406 trillion yen ($13.8 billion)"
    converted_of: dict[int, list[Amount]] = {}
    # the same figure said twice, in words then in digits ("put a net one-point-five-six trillion yen -- 1.56 trillion
    # yen -- into bills"): one figure, the second
    skip = {i for i, (a, b) in enumerate(pairwise(amounts))
            if a.value == b.value and a.currency == b.currency and _SAID_AGAIN.fullmatch(text, a.end, b.start)}
    for i, a in enumerate(amounts):
        if i in skip:
            continue
        j = i + 1
        while j < len(amounts):
            b = amounts[j]
            # (the gap is only read for a figure in another currency)
            if b.currency and b.currency != a.currency and (
                    _RESTATE_GAP.fullmatch(_HEDGE_WORDS.sub("", text[a.end : b.start]).strip()) or _bracketed_later(text, a, b)):
                converted_of.setdefault(i, []).append(b)
                skip.add(j)
                j += 1
                continue
            break
    # the amounts and the mentions of each sentence, in one pass each
    starts = [s for s, _ in sentences]
    amounts_in: dict[int, list[tuple[int, Amount]]] = {}
    for i, a in enumerate(amounts):
        n = bisect_right(starts, a.start) - 1
        if n >= 0 and a.start < sentences[n][1] and i not in skip and not _is_count(text, a):
            amounts_in.setdefault(n, []).append((i, a))
    items_in: dict[int, list[Mention]] = {}
    for m in mentions.items:
        n = bisect_right(starts, m.start) - 1
        if n >= 0 and m.end <= sentences[n][1]:
            items_in.setdefault(n, []).append(m)
    out: list[Candidate] = []
    for n, (s_start, s_end) in enumerate(sentences):
        if n not in amounts_in:
            continue
        in_sentence = amounts_in[n]
        sent_items = items_in.get(n, [])
        # the first source and streak named in the sentence hold for all its figures
        source = next((m.attrs["source"] for m in sent_items if m.kind == "source"), None)
        streak = next((m for m in sent_items if m.kind == "streak" and not _not_a_run(text, m, s_start)), None)
        linked: list[Candidate] = []  # the sentence's candidates so far
        prev: Candidate | None = None
        lead = _figure_lead(text, sentences, n, in_sentence, amounts_in)
        if lead is not None:
            # "¥569.2 billion. That is how much Japanese investors pulled out of ...": the figure is read where
            # "how much" stands in the next sentence
            (i0, a0), at = in_sentence[0], lead
            s_start, s_end = sentences[n + 1]
            sent_items = items_in.get(n + 1, [])
            in_sentence = [(i0, replace(a0, start=at, end=at))]
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
            # (a comparison word before a clause of its own is not this figure's: "after Y the week before, while selling Z")
            left_words = text[left_start:a.start]
            left_words = left_words[max((b.end() for b in _CLAUSE_BREAK.finditer(left_words)), default=0):]
            c.features["contrast"] = prev is not None and _has_comparison_word(left_words)
            left = [m for m in sent_items if left_start <= m.start and m.end <= a.start]
            right = [m for m in sent_items if a_end <= m.start and m.end <= right_end]
            before = [m for m in sent_items if m.end <= a.start]
            # a figure without a verb of its own takes the verb of the last figure that is not a contrast:
            # "sold X of bonds, after buying Y a week earlier, and Z of bills" -> Z was sold
            main = _told_before(linked) or prev
            if linked and _PERIOD_AND.fullmatch(text, linked[-1].amount.end, a.start):
                main = linked[-1]  # "compared with net purchases of X in April and Y in May 2005": Y is a purchase too
            _direction(c, left, right, before, main, a, a_end, text)
            _investor(c, left, before, prev, right, a_end, text)
            if c.direction is None and main is None and (c.features.get("investor_in_left") or _PART_OF_WHOLE.match(text, s_start)
                                                          or any(m.kind == "pronoun" and m.start - s_start < 25 for m in before)) \
                    and _PART_VERB.search(text, s_start, a.start) and (
                    total := _told_before(out, part=a)) is not None:
                # "Japanese investors bought X of foreign stocks. Trust banks accounted for Y": an investor type's part
                # of the total told just before (no smaller than the part), bought as it was ("Of the September total,
                # U.S. bonds accounted for Y")
                c.direction, c.direction_cue = total.direction, total.direction_cue
                c.features["direction_inherited"] = True
            elif c.direction is None and main is None and _MOST_OF_IT_CAME.match(text, s_start) and (total := _told_before(out)) is not None:
                # "Almost all of it came in September, at X": the total told just before, most of it in one month (which
                # may be more than the total, when the other months went the other way)
                c.direction, c.direction_cue = total.direction, total.direction_cue
                c.features["direction_inherited"] = True
            _instrument(c, text, left, right, prev, a, a_end)
            if c.instrument is None:
                _passive_subject(c, before, text)
            if c.features["contrast"] and prev is not None and c.instrument and prev.instrument and c.instrument != prev.instrument \
                    and _ADDITION.search(left_words) and not _has_comparison_word(_ADDITION.sub(" ", left_words)):
                # "sold X of bonds in July, on top of Y of bills": another instrument in the same period, not an earlier figure
                c.features["contrast"], c.features["addition"] = False, True
            if k == 0 and text.startswith(",", a_end) and _AT_FIGURE.search(text[s_start:a.start]):
                # "At X, net purchases of foreign stocks by Japanese investment trusts slowed": the subject after the
                # figure says what it is
                subject = [m for m in right if m.start - a_end <= 120]
                if (ins := next((m for m in subject if m.kind == "instrument"), None)) is not None:
                    c.instrument, c.market_hint = ins.attrs["instrument"], _market_of(text, ins)
                if (inv := next((m for m in subject if m.kind == "investor"), None)) is not None:
                    c.investor, c.investor_text = dict(inv.attrs), inv.text
            if c.instrument == "securities" and k == 0 and out and _PART_OF_WHOLE.match(text, s_start) and (
                    whole := _told_before(out)) is not None \
                    and whole.instrument not in (None, "securities"):
                # "Japanese investors bought X of foreign stocks. Of that, Y went into securities issued in the Cayman
                # Islands": a part of the stocks, whatever the part is called
                c.instrument, c.market_hint = whole.instrument, whole.market_hint
            if k == 0 and c.direction is None and out and (
                    (_THAT_COMPARES.match(text, s_start) and _COMPARED_WITH.search(text, s_start, a.start))
                    or (c.investor is None and (_TOTAL_REACHED.search(text, s_start, a.start) or _EARLIER_IT_WAS.match(text, s_start, a.start)))):
                # "That's the biggest amount since 2005, and compares with Y a week earlier", "The week before it was Y":
                # the figure told before, in another period; "Over the 10 weeks the total reached Y": its sum over a run
                told = _told_before(out) or out[-1]
                c.direction, c.direction_cue = told.direction, told.direction_cue
                if c.investor is None:  # ("The life insurers' figure was ..., well above Y": named in the subject)
                    c.investor, c.investor_text = told.investor, told.investor_text
                c.instrument, c.market_hint = c.instrument or told.instrument, c.market_hint or told.market_hint
                c.features["direction_inherited"] = True
            _nonflow(c, before, right, a, a_end, text, prev)
            c.source = source
            c.features["pronoun_start"] = any(m.kind == "pronoun" and m.start - s_start < 25 for m in before)
            c.features["left_text"] = text[left_start:a.start]
            linked.append(c)
            prev = c
        if lead is not None:
            c = linked[0]
            subj = next((m for m in sent_items if m.kind == "investor" and 0 <= m.start - lead <= 30), None)
            if c.investor is None and subj is not None:
                c.investor, c.investor_text = dict(subj.attrs), subj.text  # "how much Japanese investors pulled out"
            c.amount, c.sentence = amounts_in[n][0][1], (sentences[n][0], s_end)
        _ranges(linked, text)
        _passive_lists(linked, text)
        listed = [c for c in linked if c.amount.end <= text.rfind("respectively", s_start, s_end)]  # (not a clause after it)
        if len(listed) >= 2:
            _respectively(listed, sent_items, text)
        if streak is not None:
            _attach_streak(streak, linked, sent_items, text)
        elif linked and n - 1 not in amounts_in:
            _carry_streak(items_in.get(n - 1, []), linked[0], text)
        out += linked
    _streak_of_sentence_before(out, sentences, text)
    return out


# between two figures of a list told by period: "X in April and Y in May 2005", "X in September and net selling of Y"
_PERIOD_AND = re.compile(r"\s+(?:in|for|over)\s+[^,.;()]{1,25}?\s+and\s+(?:(?:net\s+)?(?:selling|buying|purchases|sales)\s+of\s+)?(?:a\s+net\s+)?")
# between two figures of a list that a passive verb after the last one closes: "X of French bonds and Y of ..."
_OF_AND = re.compile(r"\s+of\s+(?:[\w.'-]+\s+){1,4}?and\s+")


def _passive_lists(linked: list[Candidate], text: str) -> None:
    """ "while X of French bonds and Y of Australian bonds were sold": the passive verb after the list is X's too."""
    for x, y in reversed(list(zip(linked, linked[1:], strict=False))):
        if (x.direction is None or x.features.get("direction_inherited")) and y.direction and not y.features.get("direction_inherited") \
                and y.direction_cue is not None and y.direction_cue.start > y.amount.end and _OF_AND.fullmatch(text, x.amount.end, y.amount.start):
            x.direction, x.direction_cue = y.direction, y.direction_cue
            x.features.pop("direction_inherited", None)


def _figure_lead(text: str, sentences: list[tuple[int, int]], n: int, in_sentence: list[tuple[int, Amount]],
                 amounts_in: dict[int, list[tuple[int, Amount]]]) -> int | None:
    """Where a sentence that is a figure alone ("SEOUL, May 2 - ¥569.2 billion.", "... here it is: 15.84 trillion
    yen.") is explained by the next one ("That is how much ..."): the position after "how much", or None."""
    if len(in_sentence) != 1 or n + 1 >= len(sentences) or n + 1 in amounts_in:
        return None
    a = in_sentence[0][1]
    s0, s1 = sentences[n]
    if text[a.end:s1].strip(" .\n") or not re.fullmatch(r"(?:.*(?:\s-|--|—|:))?\s*", text[s0:a.start], re.DOTALL):
        return None
    m = HOW_MUCH_RX.match(text, sentences[n + 1][0])
    return m.end() if m else None


# "It was their fifth straight week of net selling", "That made 11 straight weeks": a sentence that opens
# on a streak says it of the figure reported just before
_STREAK_OPENING = re.compile(r"(?:It|That|This)\s+(?:was|is|made|makes|marked|marks)\s+(?:(?:the|their|its|a|an)\s+)?")


def _streak_of_sentence_before(cands: list[Candidate], sentences: list[tuple[int, int]], text: str) -> None:
    """Give a streak named at the opening of a sentence to the main figures of the sentence before
    (those of its first clause that are not contrasts and have no streak of their own). Cues are only
    looked for near amounts, so a sentence without a figure is read here."""
    with_figures = {c.sentence for c in cands}
    for n in range(1, len(sentences)):
        s_start, s_end = sentences[n]
        if sentences[n - 1] not in with_figures or not text.startswith(("It ", "That ", "This "), s_start):
            continue
        opening = _STREAK_OPENING.match(text, s_start, s_end)
        m = STREAK_RX.match(text, opening.end(), s_end) if opening else None
        if m is None:
            continue
        streak = streak_attrs(m)
        # "It was the 21st straight week in which they bought cash shares": only figures of that instrument
        named = {INSTRUMENT_ATTRS[x.lastgroup or ""][0] for x in INSTRUMENT_RX.finditer(text, s_start, s_end)}
        for c in (c for c in cands if c.sentence == sentences[n - 1]):
            if _STREAK_BREAK.search(text[sentences[n - 1][0]:c.amount.start]):
                break
            if c.streak is None and not c.features.get("contrast") and (not named or c.instrument in named):
                c.streak = dict(streak)


# a run that is only supposed: "it would be the first time ... for two weeks in a row"
_RUN_SUPPOSED = re.compile(r"\b(?:will|would|could|might)\b[^.;]*$", re.IGNORECASE)


# a run of flows of some size only: "the third straight month of purchases above 1 trillion yen"
_RUN_QUALIFIED = re.compile(r"\s+(?:of\s+)?(?:net\s+)?(?:purchases|buying|sales|selling|inflows?|outflows?)\s+"
                            r"(?:above|over|exceeding|topping|below|under|of\s+(?:more|less)\s+than|in\s+excess\s+of)\b", re.IGNORECASE)


def _not_a_run(text: str, streak: Mention, since: int) -> bool:
    """Whether a run named at `streak` is ended by its figure ("bringing an end to 12 straight weeks of selling",
    "turned sellers after nine straight weeks of buying"), only supposed or qualified (see above)."""
    before = text[max(since, streak.start - 200):streak.start]
    return bool(RUN_ENDED.search(before) or _RUN_SUPPOSED.search(before[before.rfind(".") + 1:])
                or _RUN_QUALIFIED.match(text, streak.end))


def _attach_streak(streak: Mention, linked: list[Candidate], items: list[Mention], text: str) -> None:
    """A run ("for a second week", "the sixth month in a row") belongs to one figure of its sentence: the
    last one before it that is not a contrast, unless a verb of its own stands between them ("bought X,
    after Y, and Z for a second week": Z), else the first after it ("For a ninth straight week they sold,
    with net sales of X"; "bought X after Y, and sold bonds for a third week, offloading Z": Z); and to a
    running total after it ("their seventh straight week of selling, bringing outflows this year to T")."""
    def verb_between(a: int, b: int) -> bool:
        return any(m.kind in ("direction", "investor") and a <= m.start and m.end <= b for m in items)

    # "..., extending their equity selling to a sixth straight week": a run that names an instrument is that one's
    # (not "sold X of bonds and Y of stocks, a fourth week of selling": the noun of a figure, before a comma)
    last = max((c.amount.end for c in linked if c.amount.end <= streak.start), default=streak.start)
    own = next((m.attrs["instrument"] for m in reversed(items) if m.kind == "instrument" and streak.start - 40 <= m.start
                and m.end <= streak.start and "," in text[last:m.start]), None)
    if own is not None and any(c.instrument == own for c in linked):
        linked = [c for c in linked if c.instrument == own]
    before = [c for c in linked if c.amount.end <= streak.start and not c.features.get("contrast")]
    after = [c for c in linked if c.amount.start >= streak.end]
    if before and after and verb_between(before[-1].amount.end, streak.start):
        before = []  # the run has a clause of its own, with its figure after it
    target = before[-1] if before else after[0] if after else next((c for c in reversed(linked) if c.amount.end <= streak.start), None)
    run = dict(streak.attrs)
    if target is not None:
        target.streak = run
    if before:  # figures sharing the verb of the one before the run: "bought X of bonds and Y of bills, a third week of buying"
        k = linked.index(target)  # type: ignore[arg-type]
        while k > 0 and linked[k - 1] in before and not linked[k].features.get("contrast") \
                and not verb_between(linked[k - 1].amount.end, linked[k].amount.start):
            k -= 1
            linked[k].streak = dict(run)
    for c in after:
        if c is not target and folded_search(_RUNNING_TOTAL, _RUNNING_TOTAL_LOWER, text[streak.end:c.amount.start], text[streak.end:c.amount.start].lower()):
            c.streak = dict(run)


def _carry_streak(items: list[Mention], first: Candidate, text: str) -> None:
    """A run named in a sentence without figures goes to the first figure of the next one when that
    figure's investors are the same, by pronoun or by name, and so is its instrument when both are
    named: "Life insurers sold foreign bonds for a ninth straight month. They unloaded a net X"."""
    streak = next((m for m in items if m.kind == "streak" and not _not_a_run(text, m, first.sentence[0] - 400)), None)
    if streak is None:
        return
    investor = next((m for m in reversed(items) if m.kind == "investor" and m.end <= streak.start), None)
    instrument = next((m for m in reversed(items) if m.kind == "instrument" and m.end <= streak.start), None)
    if investor is None or (instrument is not None and first.instrument is not None and first.instrument != instrument.attrs["instrument"]):
        return
    if first.features.get("pronoun_start") or (first.investor is not None and first.investor == investor.attrs):
        first.streak = dict(streak.attrs)


def _respectively(group: list[Candidate], items: list[Mention], text: str) -> None:
    """ "sold derivatives and cash equities worth 586.7 billion yen and 87.52 billion yen, respectively"."""
    k = next((i for i, c in enumerate(group) if c.features.get("contrast")), 0)
    if k >= 2 and len(group) == 2 * k:
        # "bought X of stocks and Y of bonds, versus A and B respectively the prior week": the nth figure of
        # the contrast is told of what the nth figure before it is
        for c, told in zip(group[k:], group[:k], strict=True):
            c.instrument, c.market_hint = told.instrument, told.market_hint
            c.investor, c.investor_text = c.investor or told.investor, c.investor_text or told.investor_text
        return
    first = group[0].amount.start
    last = group[-1]
    if last.direction is not None and all(c.direction is None for c in group[:-1]) and last.direction_cue is not None \
            and last.direction_cue.start > last.amount.end:
        # "X, Y and Z of Japanese bonds were bought by non-residents ..., respectively": the verb after the list is every figure's
        for c in group[:-1]:
            c.direction, c.direction_cue = last.direction, last.direction_cue
            if c.investor is None or c.investor_text != last.investor_text and last.features.get("investor_in_left"):
                c.investor, c.investor_text = last.investor, last.investor_text
    investors = [m for m in items if m.kind == "investor"]
    if _verbs_respectively(group, items, text):
        return
    for kind in ("instrument", "investor"):
        # (not "Securities" of "Securities firms")
        listed = [m for m in items if m.kind == kind and m.end <= first and not (kind == "instrument" and _inside_investor(m, investors))]
        if kind == "investor" and len(listed) < len(group):
            listed = _listed_countries(text, group[0].sentence[0], first)  # "were Japan and China, who bought"
        if kind == "investor" and len(listed) < len(group):
            # "Investment trusts led with X, followed by banks and life insurers, with Y and Z respectively": the list
            # is of the last figures, its investors named after the figure before them
            for k in range(1, len(group) - 1):
                named = [m for m in investors if group[k - 1].amount.end <= m.start and m.end <= group[k].amount.start]
                if len(named) == len(group) - k and all(_NOUN_LIST_GAP.fullmatch(text, x.end, y.start) for x, y in zip(named, named[1:], strict=False)):
                    for c, m in zip(group[k:], named, strict=True):
                        c.investor, c.investor_text = dict(m.attrs), m.text
                    break
        if kind == "instrument" and len(listed) < len(group):
            # "bought X, Y and Z of foreign bonds, respectively": the instrument after the list is every figure's
            # ("X and Y of stocks and bonds, respectively": the nth instrument after it is the nth figure's)
            last_amount = group[-1].amount
            after = [m for m in items if m.kind == "instrument" and m.start >= last_amount.end][:len(group)]
            own = any(m.kind == "instrument" and group[0].amount.end <= m.start and m.end <= last_amount.start for m in items)
            if after and not own and _OF_LISTED.fullmatch(text, last_amount.end, after[0].start):
                # (not "bought X of foreign stocks and Y of foreign bonds, respectively": each figure names its own)
                joined = 1
                while joined < len(after) and _NOUN_LIST_GAP.fullmatch(text, after[joined - 1].end, after[joined].start):
                    joined += 1
                if joined == 1 or joined == len(group):
                    for k, c in enumerate(group):
                        m = after[k if joined > 1 else 0]
                        c.instrument, c.market_hint = m.attrs["instrument"], _market_of(text, m)
            continue
        if len(listed) >= len(group):
            listed = listed[-len(group):]
            # "foreign stocks and foreign bonds", "shares, long-term bonds and bills"
            if all(_NOUN_LIST_GAP.fullmatch(text, x.end, y.start) for x, y in zip(listed, listed[1:], strict=False)):
                for c, m in zip(group, listed, strict=True):
                    if kind == "instrument":
                        c.instrument, c.market_hint = m.attrs["instrument"], _market_of(text, m)
                    else:
                        c.investor, c.investor_text = dict(m.attrs), m.text


def _verbs_respectively(group: list[Candidate], items: list[Mention], text: str) -> bool:
    """ "They net bought Japanese stocks ... and net sold medium- to long-term bonds, at X and Y, respectively": as many
    verbs before the figures as figures, each with its instrument; the nth verb and its instrument are the nth figure's."""
    first = group[0].amount.start
    verbs = [m for m in items if m.kind == "direction" and m.end <= first]
    if len(verbs) != len(group) or len({m.attrs["direction"] for m in verbs}) < 2:
        return False
    bounds = [m.end for m in verbs[1:]] + [first]
    found = [next((m for m in items if m.kind == "instrument" and v.end <= m.start and m.end <= b), None)
             for v, b in zip(verbs, bounds, strict=True)]
    objects = [m for m in found if m is not None]
    if len(objects) < len(found):
        return False
    for c, v, m in zip(group, verbs, objects, strict=True):
        c.direction, c.direction_cue = v.attrs["direction"], v
        c.instrument, c.market_hint = m.attrs["instrument"], _market_of(text, m)
        c.features.pop("direction_inherited", None)
        c.features.pop("instrument_inherited", None)
    return True


# "between ¥1 trillion and ¥1.5 trillion", "5 trillion to 7 trillion yen": a range is a forecast or an estimate, never a
# reported net flow (which the statistics give as one figure); "from X to Y" and "by X to Y" are changes, not ranges
_RANGE_OPEN = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*")
_RANGE_AND = re.compile(r"\s+and\s+")
_CHANGE_BEFORE = re.compile(r"\b(?:from|by)\s+(?:a\s+net\s+|net\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _ranges(linked: list[Candidate], text: str) -> None:
    """Mark both ends of a range of figures as a forecast (see `_RANGE_OPEN`)."""
    for x, y in zip(linked, linked[1:], strict=False):
        if x.converted or (x.amount.currency and y.amount.currency and x.amount.currency != y.amount.currency) \
                or x.amount.value >= y.amount.value:
            continue
        before = text[max(x.sentence[0], x.amount.start - 30):x.amount.start]
        if (_RANGE_AND.fullmatch(text, x.amount.end, y.amount.start) and _RANGE_OPEN.search(before)) or (
                _RANGE_TO.fullmatch(text, x.amount.end, y.amount.start) and not _CHANGE_BEFORE.search(before)):
            x.nonflow = y.nonflow = "forecast"


# between two nouns of a list ("foreign stocks and foreign bonds"), and from the last figure to the nouns
# after it ("X and Y of foreign bonds")
# between the nouns of a plain list: "stocks, bonds and short-term securities", "Japanese stocks and bonds"
_BARE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Japanese|foreign|overseas|domestic)\s+)?")
# ("bought foreign stocks for a ninth straight week and foreign bonds for a fifth, with purchases of X and Y respectively")
_NOUN_LIST_GAP = re.compile(r"(?:\s+for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:weeks?|months?))?"
                            r"\s*(?:,|and|,\s*and|or)\s*(?:(?!(?:and|or)\b)[A-Za-z.'-]+\s+){0,3}?")
_OF_LISTED = re.compile(r"\s*,?\s*(?:respectively,?\s+)?(?:worth\s+)?(?:of|in|into)\s+(?:[\w.'-]+\s+){0,3}?")  # ("X and Y respectively into foreign stocks")


def _inside_investor(m: Mention, investors: list[Mention]) -> bool:
    return any(x.start <= m.start and m.end <= x.end for x in investors)


def _listed_countries(text: str, start: int, end: int) -> list[Mention]:
    """Country names in a sentence before a 'respectively' list of figures, as investors; not the countries of
    the securities ("Purchases of French and German bonds came to X and Y, respectively")."""
    return [Mention("investor", m.start(), m.end(), m.group(0), {"side": "resident", "economy": code, "group": "all", "country": True})
            for m, code in countries_named(text, start, end) if not _COUNTRY_OF_SECURITIES.match(text, m.end())]


# after a country adjective: more of them, then a security noun
_COUNTRY_OF_SECURITIES = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w.-]*)*\s+(?:government\s+|sovereign\s+|corporate\s+)?"
                                    r"(?:bonds|debt|notes|stocks|shares|equities|securities|Treasuries|paper|bills)\b")


def countries_named(text: str, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """The country names in `text[start:end]`, each with its ISO code."""
    out = []
    for m in OTHER_COUNTRY_MOD_RX.finditer(text, start, end):
        code = COUNTRY_CODE.get(m.group(0).lower())
        if code is not None:
            out.append((m, code))
    return out


def figureless_sentence_before(sentences: list[tuple[int, int]], amounts: list[Amount], s_start: int) -> tuple[int, int] | None:
    """The sentence right before the one starting at `s_start`, when it holds no amount: the context
    a figure's own sentence leaves implicit ("Japanese investors returned to Treasuries in August.")."""
    before = [(s, e) for s, e in sentences if e <= s_start]
    if not before:
        return None
    s0, s1 = before[-1]
    return None if any(s0 <= a.start < s1 for a in amounts) else (s0, s1)


_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([+\-−–]|minus\s|plus\s)$", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",|\b(?:and|or|but|while)\b")
_AND_BEFORE = re.compile(r"\band\s+(?:a\s+net\s+|net\s+|another\s+|a\s+further\s+)?$")


# a relative clause right after a figure, with its own subject and verb: "the X (that) they sold"
_OWN_VERB_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:they|it|investors|foreigners|non-residents|overseas\s+investors|foreign\s+investors)"
                             r"\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
                             # the passive: "while X of Japanese long-term bonds were purchased by non-residents"
                             r"|\s+(?:worth\s+)?of\s+(?:[\w.'-]+\s+){1,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:net\s+)?"
                             # "a turnaround from the X that was sold in the week ended May 2"
                             # (or "when 2.88 trillion yen was bought as the fiscal year closed")
                             r"|\s+(?:(?:that|which)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:net\s+)?"
                             r"|\s+", re.IGNORECASE)  # the figure as the subject: "while X flowed into short-term bills"


# a period that opens a relative clause holding the figure: "capped a fiscal year in which residents bought X"
_IN_WHICH = re.compile(r"\s*,?\s*(?:in\s+which|during\s+which|when)\b", re.IGNORECASE)
# a sentence about the figure told before: "That's the biggest since ...", "That compares with X", "It was up from X"
_THAT_COMPARES = re.compile(r"(?:That|This|It|The\s+(?:[\w']+\s+){0,2}(?:figure|total|amount))(?:'s|\u2019s|\s+is|\s+was|\s+compares|\s+compared)\b")
_COMPARED_WITH = re.compile(r"\b(?:compar(?:es|ed|ing)\s+(?:with|to)|versus|up\s+from|down\s+from|against|(?:well\s+|far\s+|just\s+)?(?:above|below)"
                            r"|(?:greatly\s+|far\s+|well\s+)?(?:exceeds|exceeded|surpasses|surpassed|tops|topped))\s+"
                            r"(?:the\s+|a\s+net\s+|net\s+|about\s+|some\s+|[A-Z][a-z]+(?:'s|\u2019s)\s+)?$")  # ("below December's X")
# "Over the 10 weeks the total reached X": the sum of the figures told before
_TOTAL_REACHED = re.compile(r"\b(?:the|their|its)\s+(?:combined\s+|cumulative\s+|running\s+)?(?:total|tally|sum|(?<=cumulative\s)amount)(?:\s+(?:for|over|of)\s+(?:the\s+)?[\w-]+\s+(?:weeks|months))?"
                            r"\s+(?:reached|came\s+to|comes\s+to|stood\s+at|stands\s+at|amounted\s+to|rose\s+to|climbed\s+to|grew\s+to|was|is)\s+(?:now\s+)?(?:a\s+net\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"
                            # "Seven-week tally is now X" (a note's shorthand, no article)
                            r"|\b[\w-]+-week\s+(?:total|tally|sum)\s+(?:is|was|stands\s+at|stood\s+at|came\s+to|comes\s+to|reached)\s+(?:now\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"
                            # "By my count that takes the five-week run to X"
                            r"|\b(?:that|this|which)\s+(?:takes|took|brings|brought|lifts|lifted|pushes|pushed|puts|put)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3}"
                            r"(?:total|tally|sum|run|streak|stretch)\s+to\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+)?$"
                            # "I make it X over the 13 weeks", "I make the four-week total X", "That makes X over the two weeks"
                            r"|\bI\s+make\s+(?:it|that|the\s+[\w-]+\s+(?:total|tally|sum|run))\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+)?$"
                            r"|\b(?:that|this|which)\s+makes\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+)?$"
                            # "by my count it adds up to X since August"
                            r"|\b(?:it|that|this|they|which)\s+(?:adds|add|added)\s+up\s+to\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$"
                            # "Put the two weeks together and we get X", "Put together, that is X in two weeks"
                            r"|\bput\s+(?:[\w-]+\s+){0,4}?together\b[^.;]*$"
                            # "Three weeks together come to X", "The two months added up to X"
                            r"|\b[\w-]+\s+(?:weeks|months)(?:\s+together)?\s+(?:come|came|add|added|amount|amounted)\s+(?:up\s+)?to\s+"
                            r"(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$"
                            # a labelled line of a list: "- 19-week total: X", "Year-to-date tally: X"
                            r"|(?<![^\n])[ \t]*(?:[-*\u2022][ \t]*)?(?:[\w-]+[ \t]+){0,2}(?:total|tally|sum)[ \t]*:[ \t]*(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# a figure that opens its sentence before the subject: "At X, net purchases of ... slowed"
_AT_FIGURE = re.compile(r"(?:^|\s[-\u2013\u2014]\s+|\n)\s*At\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+)?$")
# a sentence about a part of the figure before: "Of that, ...", "Of the total, ..."
_PART_OF_WHOLE = re.compile(r"Of\s+(?:that|this|which|these|those|it|the\s+(?:[\w-]+\s+){0,2}?(?:total|sum|amount|figure|purchases|sales))\b")
# "The week before it was X", "The December figure alone came to X": the figure told before, in another period
_EARLIER_IT_WAS = re.compile(r"(?:(?:In\s+)?(?:the|a)\s+(?:week|month|year)\s+(?:before|earlier|prior)\s*,?\s+(?:it|that|the\s+figure)"
                             r"|(?:The|Their|Its)\s+(?:[\w-]+\s+){0,2}(?:figure|number|amount)(?:\s+(?:alone|itself))?)\s+"
                             r"(?:was|had\s+been|stood\s+at|came\s+to|amounted\s+to)\s+(?:a\s+net\s+|about\s+|some\s+)?$", re.IGNORECASE)
# an investor's part of a total: "Trust banks accounted for X"
_MOST_OF_IT_CAME = re.compile(r"(?:(?:almost|nearly|most|much|half|about\s+half|more\s+than\s+half)\s+)?(?:all\s+)?of\s+(?:it|that|this|the\s+total)\s+came\s+(?:in|during)\b", re.IGNORECASE)
_PART_VERB = re.compile(r"\b(?:accounted\s+for|made\s+up|represented)\b", re.IGNORECASE)
# a relative clause opening before a word, still open in its sentence: "Investment trust managers, whose funds are
# popular in NISA ..." (`_RELATIVE_OPEN` below may reach back across a full stop)
_RELATIVE_AROUND = re.compile(r",\s*(?:which|who|whose)\s(?:[^,;.()]|\.(?=\d))*$")  # (a decimal point does not end it)


def _in_aside(text: str, m: Mention, before: int) -> bool:
    """Whether `m` stands in a relative clause closed before the figure at `before`: "Investment trusts, which sell
    funds to households, accounted for X", "Investment trust managers, whose funds are popular in NISA accounts,
    bought X" (the clause tells of the investor, not of the figure), or in brackets closed before it: "Investment
    trusts (i.e. the NISA money) bought X"."""
    opened = text.rfind("(", max(0, m.start - 60), m.start)
    if opened >= 0 and ")" not in text[opened:m.start] and ")" in text[m.end:before]:
        return True
    return "," in text[m.end:before] and _ASIDE_AROUND.search(text, max(0, m.start - 120), m.start) is not None


# an aside still open before a word: a relative clause (see _RELATIVE_AROUND), one of a time ("the biggest outflow since
# January 2023, when traders were challenging the central bank's yield cap, and a reversal from net buying of X") or of a
# participle ("Investment trusts, fed by the tax-free NISA accounts, bought X", "Investment trust managers, channelling
# savings from the tax-free NISA accounts, bought X") or a noun after the sentence's subject
# ("Investment trusts, the vehicles most NISA savers use, bought X")
_ASIDE_AROUND = re.compile(r",\s*(?:which|who|whose|when|(?:fed|backed|driven|helped|boosted|funded|spurred|buoyed|swelled|swollen)\s+by|[a-z]{3,}ing)\s[^,;.()]*$"
                           r"|(?:^|(?<=[.!?:\n]))\s*[A-Z][\w'-]*(?:\s+[\w'-]+){0,3},\s*(?:the|a|an)\s[^,;.()]*$")
_INTRODUCES_FIGURE = re.compile(r"\s+of\s+(?:a\s+net\s+|about\s+|some\s+)?(?:[¥$€]|US\$|JPY)?\d")
# between a figure and the noun that names it: "X of net selling", "X in net purchases"
_OF_NET = re.compile(r"\s+(?:of|in)\s+")


_TURNAROUND_FROM = re.compile(r"\b(?:turnaround|reversal|swing|switch|change)\s+from\s+$", re.IGNORECASE)
# the words between a figure and the direction of an earlier period it is set against: ", after two months of"
_CONTRAST_AFTER = re.compile(r"\s*,\s*(?:after|following)\s+(?:a|an|the|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}of\s+(?=(?:net\s+)?[\w-]+\s*[.,;]|$)", re.IGNORECASE)


def _direction(c: Candidate, left: list[Mention], right: list[Mention], before: list[Mention],
               prev: Candidate | None, a: Amount, a_end: int, text: str = "") -> None:
    def c_text(s: int, e: int) -> str:
        return text[s:e]

    sign = _SIGN_BEFORE.search(text, max(0, a.start - 6), a.start)
    if sign is not None:
        # "foreign stocks -¥41.3bn", "(prior week: +¥198.1bn)", "bills: minus ¥377.9bn": a written sign is the net
        # direction, whatever the words
        c.direction = "buy" if sign.group(1).lower().strip() in ("+", "plus") else "sell"
        c.features["signed"] = True
        return
    # (not the verb of a relative clause: "Investment trusts, which sell funds to households, accounted for X",
    # "X, and investment trusts, which sell funds to households, Y")
    near_left = [m for m in left if m.kind == "direction" and a.start - m.end <= _DIR_LEFT and not _in_aside(text, m, a.start)]
    # (a contrast's direction is not a noun that introduces the next figure: "up from X in April and contrasted with a
    # small net sale of Y")
    near_right = [m for m in right if m.kind == "direction" and m.start - a_end <= _DIR_RIGHT
                  and not _RELATIVE_OPEN.search(text, max(0, m.start - 40), m.start)
                  # ("That was more than double September's X, and a turnaround from net selling of Y": Y's noun)
                  and not (_INTRODUCES_FIGURE.match(text, m.end) and _CLAUSE_JOIN.search(text, a_end, m.start)
                           and (_COMPARED_WITH.search(text, max(0, a.start - 40), a.start) or _TURNAROUND_FROM.search(text, a_end, m.start)))
                  # (nor the contrast's own direction: "Almost all of it came in September, at X, after two months of
                  # net selling")
                  and not (m.start - a_end <= 40 and _CONTRAST_AFTER.match(text, a_end, m.start))]
    # ("X of net selling", not "X after two weeks of selling": the contrast's)
    adjacent = [m for m in near_right if m.start - a_end <= 25 and not _CLAUSE_JOIN.search(c_text(a_end, m.start))
                and not _has_comparison_word(c_text(a_end, m.start))
                and m.text.lower().rstrip("s").endswith(("flow", "sell-off", "selloff", "purchase", "sale", "buying", "selling", "disposal", "disposition", "redemption"))]
    coordinated = prev is not None and prev.direction is not None and bool(near_left) and bool(
        _AND_BEFORE.search(c_text(near_left[-1].end, a.start))) and "," in c_text(near_left[-1].end, a.start)
    own = next((m for m in near_right if _OWN_VERB_AFTER.fullmatch(text, a_end, m.start)), None)
    if own is not None:
        c.direction_cue = own  # "a turnaround from the 8.2 trillion yen they sold in fiscal 2008": the figure's own verb
    elif adjacent and (not near_left or a.start - near_left[-1].end > adjacent[0].start - a_end
                       or (_OF_NET.fullmatch(text, a_end, adjacent[0].start) and adjacent[0].text.lower().startswith("net"))):
        c.direction_cue = adjacent[0]  # (whatever the verb: "December added ¥1.47 trillion of net selling")
    elif coordinated and prev is not None:
        # "bought X of foreign stocks, as pension funds rebalanced after the sell-off, and Y of foreign bonds": Y is
        # a second object of the first verb; the direction word in the aside is not its verb
        c.direction, c.direction_cue = prev.direction, prev.direction_cue
        c.features["direction_inherited"] = True
        return
    elif near_left:
        c.direction_cue = near_left[-1]
    elif prev is not None and prev.direction:
        c.direction, c.direction_cue = prev.direction, prev.direction_cue
        c.features["direction_inherited"] = True
        return
    elif near_right and prev is None and RANKING_RX.search(text, c.sentence[0], a.start) and any(
            i.kind == "investor" and a_end <= i.start and i.end <= near_right[0].start and _CLAUSE_JOIN.search(text, a_end, i.start)
            for i in right):
        # "German bonds came second at X, while Japanese investors were net sellers of U.S. bonds": a ranking goes the way
        # of the flow before it (see flows._continues), not of the next clause, which has a subject of its own
        return
    elif near_right:
        c.direction_cue = near_right[0]
    else:
        far = [m for m in before if m.kind == "direction" and not _in_aside(text, m, a.start)]
        if far:
            c.direction_cue = far[-1]
            c.features["direction_far"] = True
    if c.direction_cue:
        c.direction = c.direction_cue.attrs["direction"]


def _investor(c: Candidate, left: list[Mention], before: list[Mention], prev: Candidate | None,
              right: list[Mention] | None = None, a_end: int = 0, text: str = "") -> None:
    inv = [m for m in left if m.kind == "investor"]
    if inv and text and prev is not None and prev.investor is not None and all(_not_subject(m, text, c.amount.start) for m in inv):
        inv = []  # "X, with the Cayman Islands, home to funds used by investment trusts, accounting for Y": X's investors
    after = [m for m in right or [] if m.kind == "investor" and m.start - a_end <= 30 and m.text.lower().startswith(("foreign", "overseas", "offshore", "non"))
             and not _CLAUSE_AFTER.search(text[a_end:m.start])]
    if not inv and not after:
        # "X of Japanese bonds were sold in May by investors abroad" (the agent of a passive), "Net buyers of
        # overseas stocks, to the tune of X, were Japan-based investors" (an inverted subject)
        after = [m for m in right or [] if m.kind == "investor" and (_INVERTED_SUBJECT.fullmatch(text, a_end, m.start)
                                                                     or _PASSIVE_AGENT.fullmatch(text, a_end, m.start)
                                                                     or _FROM_INVESTORS.fullmatch(text, a_end, m.start))]
    agent = next((m for m in right or [] if m.kind == "investor" and (gap := _AGENT_GAP.fullmatch(text, a_end, m.start))
                  and (gap.group("by") or _VERB_NEXT.match(text, m.end))), None)
    if agent is not None:
        # "half of the 17.9 trillion yen of foreign bonds bought by all Japanese investors": the agent is the figure's
        c.investor, c.investor_text = dict(agent.attrs), agent.text
        c.features["investor_in_left"] = True
        return
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
        # prefer the subject-like mention: the last one before the amount that is not inside an aside or
        # a prepositional phrase about flows
        subjects = [m for m in inv if not _not_subject(m, text, c.amount.start)] if text else inv
        # (not the bank of "Trust accounts at Japanese banks": the noun the phrase is about is the subject)
        subjects = [m for m in subjects if not any(_AT_HOLDER.fullmatch(text, x.end, m.start) for x in inv if x.end <= m.start)] or subjects
        m = (subjects or inv)[-1]
        c.investor, c.investor_text = dict(m.attrs), m.text


# between an investor and the one that holds it: "Trust accounts at Japanese banks", "trust accounts of banks"
_AT_HOLDER = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?")
# the words between a figure and the agent of its reduced passive ("the X of foreign bonds bought by all Japanese
# investors") or the subject of its relative clause ("the X of foreign bonds that Japanese investors bought",
# where `_VERB_NEXT` must follow the investor)
_FLOW_VERBS = r"(?:bought|sold|purchased|acquired|dumped|offloaded)"
_AGENT_GAP = re.compile(rf"\s+(?:worth\s+)?of\s+(?:[\w-]+\s+){{0,3}}(?:(?P<by>{_FLOW_VERBS}\s+by\s+(?:all\s+|the\s+)?)|(?:that|which)\s+(?:all\s+)?)", re.IGNORECASE)
_VERB_NEXT = re.compile(rf"\s+(?:had\s+|have\s+|has\s+)?(?:net\s+)?{_FLOW_VERBS}\b", re.IGNORECASE)
_INVERTED_SUBJECT = re.compile(r"\)?\s*,?\s*(?:were|was)\s+(?:the\s+)?", re.IGNORECASE)
# ("were made through the trust accounts of banks": the agent of a purchase made through an account)
# ("was bought in the week, the most since December 2007, by foreign investors": past an aside set off by commas)
_PASSIVE_AGENT = re.compile(r"[^,;.()]{0,50}\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|ht|ld)|made)(?:\s+off|\s+up)?\b[^,;()]{0,45}?"
                            r"(?:,[^,;()]{1,50},\s*)?\b(?:by|through)\s+(?:the\s+)?", re.IGNORECASE)


# "A net X went into foreign bonds from Japanese investors": the investors the money came from
# ("A record X flowed from Japanese investment trusts into foreign equities")
_FROM_INVESTORS = re.compile(r"\s+(?:went|flowed|poured|moved|was\s+invested)\s+(?:(?:in|into|to)\s+(?:[\w.'-]+\s+){0,3})?from\s+(?:the\s+|all\s+)?",
                             re.IGNORECASE)


# ", home to many of the hedge funds that trade Tokyo stocks,": an aside between a subject and its verb
_ASIDE_OPEN = re.compile(r",\s*(?:home\s+to|where|which|who|whose|including|such\s+as|like)\b[^,;]*$", re.IGNORECASE)
_APPOSITIVE_OPEN = re.compile(r"\w,\s*(?:the|a|an)\s+[^,;()]*$", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where|home\s+to)\b[^,;()]*$", re.IGNORECASE)
# "the driving force behind Japanese purchases of ...": an investor word that describes a flow noun after a preposition
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:net\s+)?(?:purchases|buying|selling|sales|inflows|outflows|demand|investment)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:behind|of|for|to|from|among|in|on|by)\s+(?:the\s+)?$", re.IGNORECASE)


_SET_AGAINST = re.compile(r"\b(?:the\s+opposite\s+of|unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _not_subject(m: Mention, text: str, amount_start: int) -> bool:
    """An investor mention that cannot be the subject of the figure's verb: inside an aside closed by a comma
    before the figure, set against the subject ("unlike foreigners"), or an adjective of a flow noun after a
    preposition."""
    line_start = max(0, m.start - 80)
    if (_ASIDE_OPEN.search(text, line_start, m.start) or _APPOSITIVE_OPEN.search(text, line_start, m.start)) and "," in text[m.end:amount_start]:
        return True  # "Investors based in Britain, the usual booking centre for global funds, bought X": not the funds
    if _SET_AGAINST.search(text, line_start, m.start):
        return True  # "Individual investors did the opposite of foreigners, buying X": not the foreigners
    return bool(_PREPOSITION_BEFORE.search(text, line_start, m.start) and _FLOW_NOUN_AFTER.match(text, m.end))


_AND_THEIR = re.compile(r"\s*,?\s*(?:and|while|but)\s+(?:their|its|the)\s+", re.IGNORECASE)
_THOSE_OF = re.compile(r"\b(?:those|that)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _instrument(c: Candidate, text: str, left: list[Mention], right: list[Mention], prev: Candidate | None,
                a: Amount, a_end: int) -> None:
    # an instrument after the figure is its own only within its clause: in "after buying 298 billion yen the week
    # before, as Greece's debt talks ..." or "..., and sold foreign bonds" it belongs to other words
    near_right = [m for m in right if m.kind == "instrument" and m.start - a_end <= _INS_RIGHT
                  # (not across a conjunction: "dumping X as a slide in metals and emerging-market assets spread")
                  and (not _CLAUSE_AFTER.search(text[a_end:m.start]) or _OF_BEFORE.search(text[max(a_end, m.start - 40):m.start])
                       and not _CONJUNCTION_AFTER.search(text, a_end, m.start))
                  # "purchases of foreign bonds came to X in May and those of foreign stocks to Y", "their stock sales
                  # total X and their bond purchases Y": the next figure's noun
                  and not _THOSE_OF.search(text, max(a_end, m.start - 30), m.start)
                  and not _AND_THEIR.fullmatch(text, a_end, m.start)
                  # "X and outward investment in equities Y": the instrument of the next flow named
                  and not any(d.kind in ("direction", "investor") and a_end <= d.start and d.end <= m.start
                              and _AND_NEXT.search(text, a_end, d.start) for d in right)
                  # "after net sales of X the prior week, while cutting holdings of bills": the verb of a clause after
                  # the figure takes the instrument
                  # (not the figure's own verb past an aside: "Some X, meanwhile, flowed from abroad into bills")
                  and not any(d.kind == "direction" and d.end <= m.start and _CLAUSE_AFTER.search(text, a_end, d.start) is not None
                              and not _ADVERB_ASIDE.fullmatch(text, a_end, d.start) for d in right)]
    investors = [m for m in left if m.kind == "investor"]
    # (not "Securities" of "Securities firms"; not "Trust accounts, which manage the pension assets, accounted for X":
    # a noun of a relative clause)
    named = [m for m in left if m.kind == "instrument" and not _inside_investor(m, investors)
             and not (_RELATIVE_OPEN.search(text, max(c.sentence[0], m.start - 80), m.start) and "," in text[m.end:a.start])]
    near_left = [m for m in named if a.start - m.end <= _INS_LEFT]
    chosen = near_right[0] if near_right else (near_left[-1] if near_left else None)
    if near_left and (_OF_AMOUNT.fullmatch(text, near_left[-1].end, a.start) or _COMMA_AT_AMOUNT.fullmatch(text, near_left[-1].end, a.start)):
        chosen = near_left[-1]  # "long-term foreign bonds of 178 billion yen", "bonds worth ¥489.7 billion"
    if near_left and re.fullmatch(r"\s*\(\s*", text[near_left[-1].end:a.start]):
        chosen = near_left[-1]  # "dumped Japanese bonds (¥4.1 trillion) and stocks (¥1.5 trillion)": the noun before the bracket
    if chosen is None and named and _TOPIC_OPENER.fullmatch(text, c.sentence[0], named[0].start) \
            and _TOPIC_CLOSE.match(text, named[0].end):
        chosen = named[0]  # "In the debt segment, FIIs were net sellers to the tune of X": the sentence's topic
    if chosen is None and prev is not None and prev.instrument:
        # (the market goes with the investors: "foreigners bought X of Japanese equities and Japanese investors sold Y")
        same_side = c.investor is None or prev.investor is None or c.investor.get("side") == prev.investor.get("side")
        c.instrument, c.market_hint = prev.instrument, prev.market_hint if same_side else None
        c.features["instrument_inherited"] = True
        return
    if chosen is None and prev is None and named and len({m.attrs["instrument"] for m in named}) == 1:
        # "Foreign investors bought Japanese stocks for a 10th week ..., lifting their net purchases over the past 10
        # weeks to X": the one thing the sentence says they traded, however far before the figure
        chosen = named[-1]
    if chosen is None:
        # "Overseas investors, who had bought Japanese shares for seven weeks, turned sellers, disposing of X": what
        # the investors traded in the clause about them is what they traded since
        chosen = next((m for m in reversed(left) if m.kind == "instrument" and a.start - m.end <= _INS_LEFT
                       and (opener := _RELATIVE_AROUND.search(text, max(c.sentence[0], m.start - 80), m.start)) is not None
                       and any(d.kind == "direction" and opener.start() <= d.start and d.end <= m.start for d in left)), None)
    if chosen is None:
        return
    c.instrument = chosen.attrs["instrument"]
    c.market_hint = _market_of(text, chosen)
    if prev is not None and prev.investor is not None and c.investor is not None and prev.investor.get("side") != c.investor.get("side") \
            and re.fullmatch(r"\s+(?:worth\s+)?of\s+(?:[\w.'-]+\s+){0,2}", text[prev.amount.end:chosen.start]):
        c.market_hint = None  # "foreigners bought X of Japanese equities and Japanese investors sold Y": the noun is X's; Y's market is its investors'
    after = [m for m in right if m.kind == "instrument" and m.start >= chosen.start]
    if near_right and chosen is near_right[0]:
        joined = 1
        while joined < len(after) and _BARE_LIST_GAP.fullmatch(text, after[joined - 1].end, after[joined].start):
            joined += 1
        kinds = {m.attrs["instrument"] for m in after[:joined]}
        if len(kinds) > 1 and kinds <= {"equity", "long_term_debt", "short_term_debt", "debt"}:
            # "pulled X out of Japanese stocks, bonds and short-term securities": the total of them all (not "stocks
            # and index futures", the exchange's way of counting)
            c.instrument = "securities"
    incl = _INCLUDING.search(text, max(0, chosen.start - 40), chosen.start) if chosen in near_left and not near_right else None
    if incl is not None:
        # "Including short-term debt and banking flows, foreigners bought $35.5 billion": a total of everything;
        # "Including stocks and short-term debt, investors put X abroad", "Counting short-term paper, ...": of all securities
        listed = text[incl.start():text.find(",", chosen.end, a.start) if "," in text[chosen.end:a.start] else a.start]
        c.instrument = "other" if re.search(r"\b(?:bank\w*|loans?|deposits?|derivatives?|futures|cash)\b", listed, re.IGNORECASE) else "securities"
        c.market_hint = None


_TOPIC_OPENER = re.compile(r"\s*(?:In|On|For|As\s+for)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)
_TOPIC_CLOSE = re.compile(r"(?:\s+(?:segment|market|side|space))?\s*,")


# "Japanese equities, meanwhile, were bought by non-residents ..., with net purchases reaching X": the passive subject
_PASSIVE_AFTER = re.compile(r"\s*(?:,\s*[\w\s]{1,25},\s*)?(?:was|were|(?:has|have|had)\s+been|being)\s+(?:\w+ly\s+)?(?:net\s+)?"
                            r"(?:bought|sold|purchased|acquired|dumped|offloaded|unloaded|shed|snapped\s+up|picked\s+up|scooped\s+up)\b",
                            re.IGNORECASE)


def _passive_subject(c: Candidate, before: list[Mention], text: str) -> None:
    """A figure with no instrument of its own, in a sentence whose subject is an instrument in the passive."""
    for m in before:
        if m.kind == "instrument" and _PASSIVE_AFTER.match(text, m.end, m.end + 60):
            c.instrument, c.market_hint = m.attrs["instrument"], _market_of(text, m)
            return


# ("net bought Japanese stocks by X and bonds by Y", "trimmed long-term bonds by X": the noun before "by")
_OF_AMOUNT = re.compile(r"\s*(?:worth|of|totall?ing|amounting\s+to|at|by)\s*(?:a\s+net\s+|net\s+|about\s+|around\s+|some\s+|roughly\s+)?")
# "buyers of Japanese bonds, at 72 billion yen, and of bills, at ...": the noun before the comma
_COMMA_AT_AMOUNT = re.compile(r"\s*,\s*(?:at|worth|totall?ing|amounting\s+to)\s+(?:a\s+net\s+|net\s+|about\s+|around\s+|some\s+|roughly\s+)?")
_CLAUSE_AFTER = re.compile(r"[,;]\s|\s(?:as|while|after|before|but|amid|when|because|although|though|whereas|and\s+(?:sold|bought|purchased|offloaded|dumped))\s", re.IGNORECASE)
_ADVERB_ASIDE = re.compile(r"\s*,\s*(?:meanwhile|however|though|too|also|in\s+turn|by\s+contrast|in\s+contrast|for\s+(?:its|their)\s+part)\s*,\s*", re.IGNORECASE)
_CONJUNCTION_AFTER = re.compile(r"\s(?:as|while|after|before|amid|when|because|although|though|whereas)\s", re.IGNORECASE)

_AND_NEXT = re.compile(r"\b(?:and|while|but)\s+(?:the\s+|their\s+|its\s+)?$", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:includ(?:ing|es)|counting)\s+(?:[\w-]+\s+){0,4}?(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\b(?:worth\s+of|of|in|into|out\s+of)\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)

_PHRASE_STOP = frozenset({
    "of", "in", "into", "from", "out", "worth", "the", "a", "an", "net", "yen", "dollars", "and", "or", "for", "on",
    "at", "to", "by", "with", "their", "its", "bought", "sold", "purchased", "acquired", "investors", "funds",
    "institutions", "that", "which", "as", "than", "while",
})


def _market_of(text: str, m: Mention) -> str | None:

    # the instrument phrase and the modifiers right before it, up to a determiner, preposition or number
    before = text[max(0, m.start - 60) : m.start].split()
    mods: list[str] = []
    for word in reversed(before):
        if word.lower().strip(",") in _PHRASE_STOP or any(ch.isdigit() for ch in word) or (
                word.endswith((",", ".", ";", ":")) and not re.fullmatch(r"(?:[A-Z]\.){2,}", word)):  # "U.S." goes on
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


_RIGHT_CUE_ELSEWHERE = re.compile(r"\b(?:and|while|but|whereas)\b|,\s*\w+ing\s+(?:(?:their|its|the)\s+)?(?:\w+\s+){0,2}$|^\W*(?:\w+\s+){0,3}?(?:to|into)\s+(?:its|their|the|his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)


_BY_AMOUNT = re.compile(r"\bby\s+(?:a\s+net\s+|net\s+|about\s+|around\s+|some\s+|roughly\s+)?$")
_TO_LEVEL = re.compile(r"\b(?:to|at)\s+(?:a\s+record\s+|about\s+|around\s+)?$")


# a figure right before a name is the size of what it names: "the 130 trillion yen Government Pension Investment Fund",
# "the $1.3 trillion Norwegian wealth fund"
_SIZE_OF_NAMED = re.compile(r"(?:-strong)?\s+(?:[A-Z][\w&.'-]*\s+){1,5}?(?:[a-z]+\s+)?(?:[Ff]unds?|Bank|Corporation|Corp\b|Trust|Authority|Agency)\b")


def _nonflow(c: Candidate, before: list[Mention], right: list[Mention], a: Amount, a_end: int,
             text: str = "", prev: Candidate | None = None) -> None:
    if _SIZE_OF_NAMED.match(text, a_end):
        c.nonflow = "holdings"
        return
    if prev is not None and prev.nonflow:
        between = text[prev.amount.end:a.start]
        if re.search(r"\b(?:from|than|after|versus|compared\s+with|to|and|or)\s+(?:\w+\s+){0,2}$", between) or (
                prev.nonflow == "forecast" and not re.search(r"[.;]", between)):
            # "hit 84.7 trillion won as of end-August, up from 84.2 trillion"; "75 trillion to 90 trillion won";
            # a forecast goes on to the end of its sentence
            c.nonflow = prev.nonflow
            return
    def purchases_after(cue: Mention) -> bool:
        # in "added $3 billion to its portfolio, raising its purchases this year to $12 billion" the purchases
        # named after the holdings reach the figure; in "trimming holdings, but bought 89 billion yen" the verb does;
        # "trust banks, which manage pension money, bought ..." describes the investor in a clause closed before the figure
        return any(m.kind == "direction" and m.start >= cue.end and not m.text.lower().endswith(("holdings", "exposure", "positions"))
                   for m in before) or (bool(re.search(r"\b(?:that|which|who)\s+(?:\w+\s+)?$", text[max(0, cue.start - 22):cue.start]))
                                        and "," in text[cue.end:a.start])

    held = [m for m in before if m.kind == "nonflow" and m.attrs["cue"] == "holdings"]
    if held and _TO_LEVEL.search(text[max(0, a.start - 25):a.start]) and not purchases_after(held[-1]):
        c.nonflow = "holdings"  # "raised its holdings of Treasuries to $1.12 trillion": a level
        return
    # (not across a semicolon: "... money from new investment-trust launches; it was well down on the X of the week before")
    # (not in a clause that dates the figure by an event: "in the week the Bank of Japan raised interest rates, offloading X")
    events = [e.span() for e in _EVENT_WEEK.finditer(text, c.sentence[0], a.start)] if any(m.kind == "nonflow" for m in before) else []

    def in_event(m: Mention) -> bool:
        return any(e0 <= m.start and m.end <= e1 for e0, e1 in events)

    cues = [m for m in before if m.kind == "nonflow" and a.start - m.end <= _NONFLOW_LEFT and m.attrs["cue"] != "pace"
            and not (m.attrs["cue"] == "holdings" and purchases_after(m)) and not _in_aside(text, m, a.start)
            and ";" not in text[m.end:a.start] and not in_event(m)
            # (nor of an event the flow came before: "were heavy buyers ahead of the launch of the expanded NISA accounts,
            # with net purchases of X")
            and not (_AHEAD_OF_EVENT.search(text, max(c.sentence[0], m.start - 60), m.start) and "," in text[m.end:a.start])]
    # after the figure only what qualifies the figure itself counts ("as of end-March", "raised by the fund");
    # a central bank or the economy named after it is context ("..., as the Bank of Japan's decision")
    # ("bringing its purchases to $61 billion and its holdings to ..." starts another phrase; in "added $3 billion
    # to its holdings" the holdings are where the money went, in "sold X, trimming holdings" what the sale did)
    # (not in a clause of its own after the figure: "taking their purchases to X as money raised through NISA accounts ...")
    cues += [m for m in right if m.kind == "nonflow" and m.start - a_end <= _NONFLOW_RIGHT and not _CLAUSE_OPENER.search(text, a_end, m.start)
             and (m.attrs["cue"] in ("holdings", "gross", "issuance", "restatement", "intervention", "retail_scheme")
                  or m.attrs["cue"] == "pace" and m.start - a_end <= 1)
             and not (m.attrs["cue"] == "holdings" and _RIGHT_CUE_ELSEWHERE.search(text[a_end:m.start]))]
    if c.direction_cue is not None:
        d = c.direction_cue
        # "increased their foreign equity holdings by 130.4 billion yen" is a flow
        cues = [m for m in cues if m.attrs["cue"] != "holdings" or not (m.start < d.end and d.start < m.end)]
        # "while cutting holdings of foreign bonds by a net X": a change of holdings by the figure is a flow
        cues = [m for m in cues if m.attrs["cue"] != "holdings" or not (d.end <= m.start and m.end <= a.start and _BY_AMOUNT.search(text, m.end, a.start))]
        # "expected to buy 2 trillion yen" is a forecast, but in "who policymakers hoped would be pushed
        # abroad, instead sold a net 2.19 trillion yen" the verb of the figure comes after the hedge
        cues = [m for m in cues if not (m.attrs["cue"] in ("forecast", "macro") and m.end < d.start
                                        and len(text[m.end:d.start]) > 16 and "," in text[m.end:d.start])]
        if d.start >= a_end and _OWN_VERB_AFTER.match(text, a_end):
            # "I would not read much into the X they put into bills": the figure has a clause and a verb of its own
            cues = [m for m in cues if not (m.attrs["cue"] == "forecast" and m.end <= a.start)]
        # "the largest holder of foreign-exchange reserves increased net purchases to X": the economic noun is
        # part of the subject named before the verb of the figure
        cues = [m for m in cues if not (m.attrs["cue"] == "macro" and m.end < d.start and d.end <= a.start
                                        and re.search(r"\b(?:holders?|owners?)\s+of\s+(?:\S+\s+){0,2}$", text[max(0, m.start - 40):m.start]))]
        if c.investor is not None and c.investor.get("group") == "corporates":
            cues = [m for m in cues if not m.text.lower().startswith("buyback")]  # companies buying back shares
    def subordinate(cb: Mention) -> bool:
        # a central bank named in a subordinate clause after another subject: "Japanese investors bought X, after
        # the Federal Reserve cut rates, and sold Y"
        # (or in an aside opened by "with": "In September last year, with the Federal Reserve still raising rates, they had
        # sold X")
        d = c.direction_cue
        if d is None or d.start <= cb.end or "," not in text[cb.end:d.start]:
            return False
        opener = text[max(c.sentence[0], cb.start - 30):cb.start]
        # (or in a clause of what the investors expected: "sold X, betting the Bank of Japan would abandon its yield cap,
        # after buying Y")
        return (bool(re.search(r"\b(?:after|as|when|since|because|while|before|following|ahead\s+of|betting|wagering|expecting|anticipating"
                               r"|on\s+bets?)\s+(?:that\s+)?(?:the\s+)?(?:[\w.]+\s+){0,2}$", opener))
                and any(m.kind == "investor" and m.end <= cb.start for m in before)) or bool(
            re.search(r"(?:^|,)\s*with\s+(?:the\s+)?(?:[\w.]+\s+){0,2}$", opener))

    cues = [m for m in cues if not (m.attrs["cue"] == "central_bank" and subordinate(m))]
    # (not "Over the six weeks, which straddle the BOJ's move, their net sales came to X"; not "in the week the Bank of
    # Japan raised rates, offloading X"; not "bought X ahead of the Bank of Japan's meeting, but sold Y")
    central = [m for m in before if m.kind == "nonflow" and m.attrs["cue"] == "central_bank" and m.start >= c.sentence[0]
               and not _in_aside(text, m, a.start) and not in_event(m)
               and not _OBJECT_OF.search(text, max(c.sentence[0], m.start - 14), m.start)]
    if central and not any(m.kind == "investor" and m.start > central[-1].end for m in before) and not subordinate(central[-1]):
        cues.append(central[-1])  # the central bank is the subject: its operations are not flows
    if cues:
        c.nonflow = cues[-1].attrs["cue"]


# --------------------------------------------------------------------------------------------------
# periods


# (", though," set off by commas is an aside: "For the year as a whole, though, the balance is X"; ", so far this year" is
# no clause: ", so the two weeks together amounted to X" is)
_SO_CLAUSE = r"so(?!\s+(?:far|much|many|as)\b)"  # ", so the two weeks together ...", not ", so far this year"
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|although|though\b(?!\s*,)|whereas|with|as(?!\s+(?:of|at|on|in|well|much|many|did|does|do|had|has|have)\b)"
                           rf"|{_SO_CLAUSE})\b|;|\s-\s|\s—\s")
# "the most since fiscal 2005", "the largest since June": a reference point, not the figure's period
# (the word boundary shared by the last three alternatives is tested once, before them)
_REFERENCE_POINT = re.compile(
    r"(?:released|published|announced|reported|showed|issued)\s+(?:earlier\s+|late\s+|on\s+)?$|"
    r"\b(?:(?:end|start|beginning|close|turn)\s+of\s+(?:the\s+)?(?:new\s+|current\s+)?$|"
    r"(?:since|than(?:\s+in|\s+at)?|as\s+(?:in|of)|from|the\s+amount|double|triple|twice|half)\s*$"
    # "since the ministry began compiling the weekly data in 2005", "in data going back to 2005"
    r"|since\s+[^,.;]{0,40}\b(?:began|started|begun|launched|introduced)\b[^,.;]{0,40}$|(?:going|dating)\s+back\s+to\s*$"
    r"|\b(?:records?|data|series|statistics)\s+(?:that\s+|which\s+)?(?:start|starts|started|begin|begins|began)\s*$"  # "in records that start in 2005"
    # (not a superlative of investors: "the biggest buyers of any group over the year, with purchases of X" is X's year)
    r"|(?:smallest|largest|biggest|highest|lowest|most|least|record|longest|first|strongest|weakest|heaviest|sharpest|steepest|fastest|best|worst|greatest)\b"
    r"(?!\s+(?:net\s+)?(?:buyers?|sellers?)\b)[^,.;]{0,45}$)",
    re.IGNORECASE)
_SUPERLATIVE_NOUN = re.compile(r"\b(?:smallest|largest|biggest|highest|lowest|heaviest|strongest|weakest|steepest|sharpest|first|only)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\s*(?:smallest|largest|biggest|highest|lowest|most|least|record|longest|first|strongest|weakest|heaviest|sharpest|steepest|fastest|best|worst|greatest|since)", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|heading\s+into|going\s+into)\s+(?:the\s+)?(?:new\s+|next\s+|coming\s+)?$", re.IGNORECASE)
_BEFORE_THE = re.compile(r"\b(?:before|until|till|as|when|while)\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_EVENT = re.compile(r"\s+(?:closed|ended|ends|closes|began|begins|started|starts|opened|opens|was\s+out|is\s+out"
                           r"|dr[ae]w\s+to\s+(?:a\s+)?close|draws\s+to\s+(?:a\s+)?close|c[ao]me\s+to\s+an\s+end|comes\s+to\s+an\s+end)\b", re.IGNORECASE)
# "Y of it in June alone": a part of the figure before, told with a period of its own
_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|them|those)\s+")
# "and in March, as the rout hit markets, they sold Y": a period opening a clause, an aside, then the clause's verb
_AND_BEFORE_PERIOD = re.compile(r"\band\s+$")
_ASIDE_THEN_VERB = re.compile(r",\s*(?:as|when|while|after|before|with)\b[^,;]{0,80},\s*(?:they|it|we|[A-Z][\w-]*(?:\s+[\w-]+){0,2})\s+"
                              r"(?:had\s+|have\s+|has\s+)?(?:[\w-]+\s+){0,2}(?:sellers\s+of\s+|buyers\s+of\s+)?(?:a\s+net\s+|net\s+|about\s+|some\s+)?")
# "For the year to date they are still net buyers, but only just: X": a period opening the sentence, its figure after a colon
_PERIOD_OPENS = re.compile(r"\s*(?:(?:In|For|Over|During|Across)\s+)?(?:the\s+)?", re.IGNORECASE)
_COLON_BEFORE_FIGURE = re.compile(r":\s*(?:a\s+net\s+|net\s+|about\s+|some\s+|roughly\s+)?$")
# (not money taken out: "they have taken X out over those six weeks")
_RELEASED_BEFORE = re.compile(r"\b(?:released|published|issued|(?<!yen\s)(?<!lion\s)(?<!\d\s)out|announced|compiled)\s+(?:(?:earlier|late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "a second straight week of bill selling that has totalled X": the present perfect sums the run ("..., totalling X"
# may be the week's own figure)
# ("a streak that has totalled X", "a run that adds up to X")
_RUN_TOTALLED = re.compile(r"\bthat\s+(?:(?:has|have)\s+(?:totall?ed|amounted\s+to|added\s+up\s+to)|totals|amounts\s+to|adds\s+up\s+to|comes\s+to)\s+"
                           r"(?:a\s+net\s+|about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_TOTALLING = re.compile(r"\b(?:totall?ing|amounting\s+to|adding\s+up\s+to)\s+(?:a\s+net\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$")
# "(third week of buying, cumulative 1.03 trillion yen)": the sum of the streak told just before
_CUMULATIVE_BEFORE = re.compile(r"\b(?:cumulative(?:ly)?|cumulated)\s+(?:net\s+)?$", re.IGNORECASE)
# ("extending their selling streak to four weeks and X", "it takes the run to X": the run's sum)
_TOTAL_BROUGHT = re.compile(r"\b(?:bringing|taking|lifting|pushing|raising|brings|takes|lifts|pushes|raises)\s+(?:the|their|its)\s+(?:\w+\s+){0,2}(?:total|tally|sum)\b[^.;]*$"
                            r"|\b(?:bringing|taking|extending|brings|takes|extends)\s+(?:the|their|its)\s+(?:(?:buying|selling|purchasing)\s+)?(?:run|streak|spree)\s+to\s+"
                            r"(?:(?:\w+\s+){1,2}(?:weeks|months)\s+and\s+)?(?:a\s+net\s+|about\s+|some\s+)?$"
                            r"|\bfor\s+a\s+(?:combined\s+|cumulative\s+)?(?:total|tally|sum)\s+of\s+$", re.IGNORECASE)  # "..., the fourth straight week of buying, for a total of Y"
_PRESENT_PERFECT = re.compile(r"\b(?:have|has|'ve)\s+(?:been\s+)?(?!(?:to|a|an|the|no|its|their)\b)[a-z]+\b", re.IGNORECASE)
# "who had dumped", "had been selling": the past perfect (not "had a", "had to", "had no")
_CLAUSE_OPENER = re.compile(rf"\b(?:as|because)\s|,\s+{_SO_CLAUSE}\s")  # (", so the pace has held")
_AHEAD_OF_EVENT = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s[^,;.]*$", re.IGNORECASE)
_OBJECT_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_WEEK = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+(?:week|month|day|session|(?:seven|five)\s+(?:trading\s+)?days)\s+"
                         r"(?:(?:that|which)\s+(?:included|includes|spanned|straddled|covered|saw)\s+|that\s+|when\s+|in\s+which\s+)?(?=the\s+|[A-Z])[^,;()]*,")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)  # the figure's own verb in the past perfect: "they had bought X"
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?!(?:to|a|an|the|no|its|their|some|more|less)\b)[a-z]+\b", re.IGNORECASE)


# "bought X of foreign bonds (April: sold Y)", "(previous week: +Y)": a figure after another, labelled in brackets
# with an earlier period, is that period's contrast
_BRACKET_EARLIER = re.compile(r"\(\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                              r"|(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:week|month|year))\s*:\s*(?:[a-z]+\s+){0,2}[+\-−–]?$")


def _contrast_before(text: str, start: int, end: int, periods: list[PeriodMention]) -> bool:
    """Whether the words before a figure introduce it as a contrast ("after", "up from", "compared with").
    Words of period expressions ("the five trading days from Jan. 15") and "from" before a name
    ("investors from Singapore") do not count."""
    raw = text[start:end]
    for p in periods:
        lo, hi = max(p.start_char, start), min(p.end_char, end)
        if lo < hi:
            raw = raw[: lo - start] + " " * (hi - lo) + raw[hi - start :]
    breaks = list(_CLAUSE_BREAK.finditer(raw)) + list(_BUT.finditer(raw))
    if breaks:
        # "picked up bargains after the collapse ..., while adding Y", "shed X of bonds of more than a year
        # but added Y": not Y's contrast
        raw = raw[max(b.end() for b in breaks):]
    # (not a word of an aside before the verb: "Trust accounts, mostly pension money rebalancing after their slump,
    # accounted for X")
    raw = _ASIDE.sub(" ", raw)
    if _WITH_ANOTHERS.search(raw):
        return False  # "That compares with China's addition of X": another investor's figure, not another period's
    low = _NOT_COMPARING.sub(" ", _MORE_THAN_SHARE.sub(" ", raw.lower()))  # ("more than half of the Y": a share, whose "than" compares nothing)
    if any(w in low for w in _COMPARISON_WORDS_BUT_FROM) or _FOLLOWED.search(low):
        return True
    if " half of the " in low and not _SHARE_VERB.search(low) and any(p.start_char >= end for p in periods):
        # "roughly half of the 8.1 trillion yen they bought in 2006" (not "accounted for half of the Y": a share; not
        # "more than half of the Y bought by all non-residents": a total of the same period, which names none)
        return True
    return _FROM_NOT_NAME.search(raw) is not None


_WITH_ANOTHERS = re.compile(r"\b(?:compares|compared|compare)\s+(?:with|to)\s+(?!(?:January|February|March|April|May|June|July|August|September"
                            r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.]*(?:'s|\u2019s)\s")
_FROM_GAP = re.compile(r"\s+from\s+")
_FROM_NOT_NAME = re.compile(r"(?<!\bcame)(?<!\bcome)(?<!\bcomes)(?<!\bcoming) from (?![A-Z])")  # (not "most of that came from pension money")
_MORE_THAN_SHARE = re.compile(r"\b(?:more|less)\s+than\s+(?=(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+of\b)")
_ASIDE = re.compile(r",[^,;()]{3,80},(?=[^,;()]*\w)")
_SHARE_VERB = re.compile(r"\b(?:accounted|accounting|accounts|account|made|making|represented|representing|comprised)\b")
_BUT = re.compile(r"\sbut\s")


def _possessive(text: str, p: PeriodMention) -> bool:
    """A period in the possessive ("June's", "the previous week's") qualifies the figure after it."""
    return p.text.endswith(("'s", "’s")) or text[p.end_char:p.end_char + 2] in ("'s", "’s")


# "the previous record of", "the old high of": a figure cited as the mark the new one passed
_PRIOR_RECORD = re.compile(r"\b(?:previous|prior|old|former|earlier)\s+(?:record|high|peak|low)\s+(?:of|was|at)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "..., bringing their total (net buying, purchases) so far this year to Y": Y is a running total
# (not "taking / bringing their combined cash and futures buying to Y": a sum over instruments, not over time; not
# "bringing money home": a verb of the figure)
_RUNNING_TOTAL = re.compile(r"\b(?:(?:bringing|brought|brings|lifting|lifted|lifts)\b(?!\s+(?:(?:the|their|its)\s+)?combined\b|\s+(?:[\w-]+\s+)?home\b)|(?:taking|pushing|raising|took|taken|pushed|raised|takes|pushes|raises|trimming|trimmed|reducing|reduced|lowering|lowered)\s+(?:the|their|its|net|total|overall|cumulative)\b(?!\s+combined\b|\s+(?:other|opposite)\s+side\b))[^.;]*$", re.IGNORECASE)
_PRIOR_RECORD_LOWER, _RUNNING_TOTAL_LOWER = lowercase_twin(_PRIOR_RECORD), lowercase_twin(_RUNNING_TOTAL)
_ORDINAL_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,.;]{0,30}$", re.IGNORECASE)
# words between a figure and a later period that hand the period over to what follows:
# "bought X, bringing their total so far this year to Y", "X, below the previous week's Y"
_HANDOFF = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|slowing|accelerating)\s+from|(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared\s+(?:with|to)|versus|vs\.?"
    r"|below|above|\b(?:bringing|brought|brings|lifting|lifted|lifts)\b|\bthe\s+result\s+of\b|\bas\s+a\s+result\s+of\b|\breflecting\b|\bdriven\s+by\b|\bdue\s+to\b|\bthanks\s+to\b"
    r"|(?:taking|takes|pushing|pushes|raising|raises|took|pushed|raised|trimming|trimmed|reducing|reduced|lowering|lowered)\s+(?:the|their|its|net|total|overall|cumulative)\b)",
    re.IGNORECASE)
# a sum named just before the next figure: "X, taking the three-week total to Y", "X, for a two-week tally of Y"
_SUM_OF_NEXT = re.compile(r"\s*(?:to|of|at|was|stood\s+at|came\s+to|reached)\s+(?:a\s+)?(?:net\s+|combined\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_COMPARISON_WORDS = (" from ", " after ", "compared", "compares with", "compare with", "versus", " vs", "following", "slightly below ", "well below ", "far below ", "just below ", "slightly above ", "well above ", "far above ", "just above ", "than ", "against ", "reversing", "reversed ", "reverses ", "reversal of",
                     " adding to ", " on top of ", " matching ", " a fraction of ",  # "X in May, adding to the Y bought in April"
                     " below the ", " above the ", " times ", " twice ", " double ")  # "far below the Y of fiscal 2007", "three times April's Y", "almost double December's Y"
# words that add a figure to the one before, which compare only when both figures are of the same thing
_ADDITION = re.compile(r"\s(?:on\s+top\s+of|adding\s+to|in\s+addition\s+to)\s", re.IGNORECASE)
_COMPARISON_WORDS_BUT_FROM = tuple(w for w in _COMPARISON_WORDS if w != " from ")


# "The selling followed net buying of X", "That follows Y" (not "followed by life insurers")
_FOLLOWED = re.compile(r"\bfollow(?:ed|s)\s+(?!by\b|suit\b|with\b|up\b)", re.IGNORECASE)
# a figure told as what came before the one of the sentence before: "The selling followed net buying of X", "It came
# after Y"
_FOLLOWS_TOLD = re.compile(_FOLLOWED.pattern + r"|\bc[ao]mes?\s+after\s", re.IGNORECASE)


# words of comparison that compare nothing: "outflow from", "withdrawals from" (where money went out of), "reversed
# course and sold X" (the figure is the new course)
_NOT_COMPARING = re.compile(r"\b(?:out|in)flows?\s+from\s|\b(?:withdrawals?|exodus|retreat|pull-?out)\s+from\s"
                            r"|\brevers(?:ed|ing|es|e)\s+(?:course|direction)\b")


def _has_comparison_word(words: str) -> bool:
    """Whether `words` hold one of `_COMPARISON_WORDS` (a word at either end counts), not counting those that compare
    nothing ("the outflow from Japanese debt has reached X")."""
    padded = _NOT_COMPARING.sub(" ", f" {words.lower()} ")
    return any(w in padded for w in _COMPARISON_WORDS) or _FOLLOWED.search(words) is not None


# "the highest since May 2010, when China bought 694.8 billion yen": the period of a reference point
# is the period of the figure in its when-clause
_WHEN_GAP = re.compile(r"\s*,?\s*when\b[^,.;()]{0,60}$", re.IGNORECASE)


def _when_clause(c: Candidate, sent_periods: list[PeriodMention], prv: int, text: str) -> PeriodMention | None:
    before = [p for p in sent_periods if prv <= p.start_char and p.end_char <= c.amount.start]
    if not before or not _WHEN_GAP.fullmatch(text[before[-1].end_char:c.amount.start]):
        return None
    p = before[-1]
    if p.relation == "run_since":
        if p.start is None or p.end is None:
            return None
        return replace(p, kind="month", relation="absolute")  # "since May 2010, when ...": that month
    return p


# a bare "last year" (not "the whole of last year", not "2012")
_BARE_LAST_YEAR = re.compile(r"(?:(?:in|for|during|over)\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before))", re.IGNORECASE)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# a note's legend: "(prior week in brackets)", "(previous month's figures in parentheses)"
_PRIOR_IN_BRACKETS = re.compile(r"\(\s*(?:the\s+)?(?:prior|previous|preceding|last)\s+(week|month)(?:['’]s)?(?:\s+(?:figures?|numbers?|data))?\s+in\s+(?:brackets|parenthes[ei]s)\s*\)", re.IGNORECASE)
_BRACKETED_NEXT = re.compile(r"\s*\(\s*(?:[+\-−–]|minus\s|plus\s)?\s*", re.IGNORECASE)
_THOSE_WEEKS = re.compile(r"(?:(?:in|over|during|for)\s+)?(?:those|these)\s+", re.IGNORECASE)
# A figure as first released, since revised: "after ¥1.54trn (revised from ¥1.63trn)" (`_REVISED_FROM`, on the
# lowercased words before the figure), "..., from the 963.5 billion yen it initially reported" (`_INITIALLY_AFTER`),
# "was revised down to X from Y" (Y: `_FROM_ONLY` after `_REVISED_TO`), "Last week's release had put ... at X"
# (`_EARLIER_PUT`, which keeps the figure's own period)
_REVISED_FROM = re.compile(r"\brevised\s+(?:down|up|downward|upward|lower|higher)?\s*from\s+(?:the\s+|an?\s+)?(?:initial\s+|first\s+|preliminary\s+|(?:initially|originally|first)\s+reported\s+)?(?:estimate\s+of\s+)?$")
_INITIALLY_AFTER = re.compile(r"\s*(?:as\s+|(?:it|they|the\s+ministry)\s+(?:had\s+)?)?(?:initially|originally|first)\s+(?:reported|published|released|estimated)\b"
                              r"|\s*in\s+the\s+(?:first|initial|preliminary)\s+(?:release|estimate)\b", re.IGNORECASE)
_FROM_ONLY = re.compile(r"\s*,?\s*from\s+(?:the\s+|an?\s+)?")
# "That figure had first been reported as X" (on the lowercased words before the figure)
_FIRST_REPORTED_AS = re.compile(r"\b(?:first|initially|originally)\s+(?:been\s+)?(?:reported|put|given|published|estimated)\s+"
                                r"(?:(?:that|the|this)\s+(?:figure|number|amount)\s+)?(?:as|at)\s+(?:a\s+net\s+)?$")  # ("had first put that figure at X")
_REVISED_TO = re.compile(r"\brevised\b[^.;]*\bto\s+$", re.IGNORECASE)
_EARLIER_PUT = re.compile(r"\b(?:release|data|figures|ministry|estimate)\s+(?:\w+\s+){0,3}?had\s+(?:put|shown|showed|given|estimated)\b[^;]*$", re.IGNORECASE)
# a figure named as part of a total in the sentence before: "X of that", "Of this, ...", "of which"
_SHARE_OF_TOTAL = re.compile(r"(?<!because )(?<!spite )(?<!instead )\b(?:of|within)\s+(?:that|this|which|the\s+total|that\s+total|that\s+amount|the\s+amount)\b"
                             r"|\baccounted\s+for\s+[^;]{0,40}?\bof\s+(?:(?:the|that|this)\s+)?(?:(?:stock|equity|bond|debt|net)\s+)?(?:selling|buying|sales|purchases|outflows?|inflows?)\b", re.IGNORECASE)


_SINCE_BEGAN = re.compile(r"\bsince\s+(?:[\w'-]+\s+){1,5}(?:began|started|begun|launched)\s[^,;.]*$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\s(?:and|but)\s+(?:it|this|that)\s+(?:looks|seems|appears|suggests|means|shows)\b", re.IGNORECASE)
_OPENING_CONTRAST = re.compile(r"\s*(?:After|Following|Having)\b")
_PERFECT_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:has|have|had|began|begun|started)\s[^,;]*$|,\s*having\s[^,;]*$", re.IGNORECASE)
_SINCE_FISCAL = re.compile(r"\b(?:most|largest|biggest|highest|lowest|least|smallest)\s+(?:[\w-]+\s+)?since\s+(?:fiscal|FY)\s*\d{4}", re.IGNORECASE)
_PERCENT_OF = re.compile(r"\s*,?\s*(?:some|about|around|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under)?\s*"
                         r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:the|that|this)\b", re.IGNORECASE)


def assign_periods(cands: list[Candidate], mentions: Mentions, text: str,
                   sentences: list[tuple[int, int]] | None = None, published: date | None = None) -> None:
    """Give every candidate the period expression of its clause, or an inherited or implied one.

    Among the period expressions between the previous and the next amount, the nearest wins; one
    across a clause break (", while", ", and", ";") counts as far. An amount introduced as a contrast
    ("after 155.3 billion", "up from 5.7 billion") with no period of its own is the period before the
    headline one; any other amount without a period inherits the last non-contrast amount's period
    in its sentence, or the period of the sentence just before when that one talks about investors
    without giving a figure ("Japanese investors returned to Treasuries in August. They bought ..."),
    or the story's headline period (resolved later).
    """
    periods = mentions.periods
    refs: dict[int, re.Match[str] | None] = {}
    legend_m = _PRIOR_IN_BRACKETS.search(text)
    legend = legend_m.group(1).lower() if legend_m else None
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for (s_start, s_end), group in by_sentence.items():
        sent_periods = [p for p in periods if s_start <= p.start_char and p.end_char <= s_end]
        # periods of when a record began ("for the first month since the ministry began publishing the series in January
        # 2005"): no figure's own
        record_began = {p.start_char for p in sent_periods if _SINCE_BEGAN.search(text, max(s_start, p.start_char - 100), p.start_char)}
        lead_in = _lead_in_period(mentions, text, sentences or [], s_start)
        for k, c in enumerate(group):
            a_end = max([c.amount.end] + [x.end for x in c.converted])
            nxt = group[k + 1].amount.start if k + 1 < len(group) else s_end
            prv = group[k - 1].amount.end if k > 0 else s_start
            window = text[prv:c.amount.start].lower()
            prior = cands[:cands.index(c)]  # the figures of the story before this one
            # "In the seven days to July 8 they had bought X": a dated week told in the past perfect is an earlier one
            had = (cue := c.direction_cue) is not None and cue.end <= c.amount.start \
                and _HAD_BEFORE.search(text, max(s_start, cue.start - 12), cue.start) is not None
            perfect = k == 0 and had and cue is not None \
                and any(p.kind == "week" and p.relation in ("absolute", "week_end") and p.end_char <= cue.start for p in sent_periods)
            c.comparison_cue = perfect or (_contrast_before(text, prv, c.amount.start, sent_periods) and not c.features.get("addition")) or (
                k > 0 and _BRACKET_EARLIER.search(text, prv, c.amount.start) is not None) or (
                # "compared with net buying of X in September and net selling of Y in October 2017": both contrasts
                k > 0 and group[k - 1].comparison_cue and _PERIOD_AND.fullmatch(text, prv, c.amount.start) is not None)
            if perfect:
                c.features["past_perfect"] = True
            if had:
                c.features["had_verb"] = True  # "In January, the banks had bought X": told as an earlier figure
            if k > 0 and legend and _BRACKETED_NEXT.fullmatch(text, prv, c.amount.start):
                # "Net flows (prior week in brackets): - Foreigners, stocks: +¥3,941.3bn (+¥2,951.8bn)"
                c.comparison_cue = True
                c.period = PeriodMention(kind=legend, start_char=c.amount.start, end_char=c.amount.start, text="", relation="prev")
                continue
            # (the window is lowercased already: it is its own lowercase twin)
            if folded_search(_PRIOR_RECORD, _PRIOR_RECORD_LOWER, window, window):
                c.features["prior_record"] = True  # "surging past the previous record of 9.13 trillion yen"
            if folded_search(_RUNNING_TOTAL, _RUNNING_TOTAL_LOWER, window, window) and not _CLAUSE_BREAK.search(window):
                c.features["running_total"] = True
            if _CUMULATIVE_BEFORE.search(window):
                c.features["running_total"] = True  # "(fourth week of buying, cumulative Y)": lends its run to nothing after it
            if _EARLIER_PUT.search(text, s_start, c.amount.start):
                c.features["first_release"] = True  # "Last week's release had put bond buying in the week to Aug. 8 at X"
            when = _when_clause(c, sent_periods, prv, text)
            if when is not None:
                c.period = when
                c.features["when_clause"] = True
                continue
            if prior and (_REVISED_FROM.search(window) or _INITIALLY_AFTER.match(text, a_end) or _FIRST_REPORTED_AS.search(window) or (
                    k > 0 and _FROM_ONLY.fullmatch(window) and _REVISED_TO.search(text, s_start, group[k - 1].amount.start))):
                # "after ¥1.54trn (revised from ¥1.63trn)", "That figure was revised down from the ¥964bn of the first
                # release": the same period as the figure revised, as first reported
                c.period, c.period_inherited = prior[-1].period, True
                c.features["first_release"] = True
                continue
            scored = []
            others: list[PeriodMention] = []  # periods of this window that belong to the figure before
            for p in sent_periods:
                if a_end <= p.start_char and p.end_char <= nxt:
                    gap = text[a_end:p.start_char]
                elif prv <= p.start_char and p.end_char <= c.amount.start:
                    gap = text[p.end_char:c.amount.start]
                else:
                    continue
                if p.start_char >= a_end and p.text[:6].lower() == "after ":
                    continue  # "X, after two weeks in which they had sold Y": the run is Y's
                if p.start_char >= a_end and k + 1 < len(group) and ":" in gap and p.end_char <= group[k + 1].amount.start:
                    continue  # "bought X, a small positive month: for the first seven months they've sold Y": Y's period
                # ("X on Friday alone, taking their buying for the week to Y": a word handing over to Y comes first)
                if p.end_char <= c.amount.start and k > 0 and p.start_char - prv < c.amount.start - p.end_char \
                        and not _CLAUSE_BREAK.search(text[prv:p.start_char]) and p.text[:6].lower() != "after " \
                        and not _HANDOFF.search(text, prv, p.start_char) \
                        and not _IN_WHICH.match(text, p.end_char):
                    if _PAST_PERFECT.search(text[max(s_start, group[k - 1].amount.start - 80):group[k - 1].amount.start]):
                        others.append(p)  # "who had dumped X ...": an earlier time than the main clause's Y
                    continue  # "who had dumped X in the week to Aug. 3, returned as buyers of Y": X's period
                if p.end_char <= c.amount.start and k > 0 and group[k - 1].amount.start < p.start_char and "," in text[p.end_char:c.amount.start] \
                        and _OPENING_CONTRAST.match(text, s_start):
                    continue  # "After X of foreign bond buying in the first week of March, they sold Y": the opening clause's period
                if p.end_char <= c.amount.start and _RELATIVE_AROUND.search(text, max(s_start, p.start_char - 120), p.start_char) \
                        and "," in text[p.end_char:c.amount.start]:
                    continue  # "Overseas investors, who had bought shares for seven straight weeks, turned sellers, ...": the clause's time
                if p.start_char in record_began or (p.start_char >= a_end and _NEW_CLAUSE.search(text, a_end, p.start_char)):
                    continue  # (nor "Add X of paper and it looks like the October selling was ...": another clause's time)
                if p.start_char >= a_end and _PERFECT_RELATIVE.search(text, a_end, p.start_char):
                    # "bought X, the kind of buying that has become routine since January", "bought X, having sold in January
                    # and February": the clause's time
                    continue
                if p.kind == "day" and not _daily(c):
                    continue  # Japan's ministry and exchanges publish no daily flows: "on Thursday" is an event's day
                if _RELEASED_BEFORE.search(text, max(s_start, p.start_char - 30), p.start_char):
                    continue  # "Figures for September released earlier this week showed ...": when the data came out
                if _AHEAD_OF.search(text, max(s_start, p.start_char - 30), p.start_char) or (
                        _BEFORE_THE.search(text, max(s_start, p.start_char - 12), p.start_char) and _PERIOD_EVENT.match(text, p.end_char)):
                    # "life insurers bought X ahead of the new business year", "squared positions before the fiscal
                    # year closed on March 31", "selling X as the fiscal year drew to a close": a time the figure came
                    # before or at
                    continue
                # (a year to date is the figure's own after a superlative, "the biggest since January", but not "this
                # year" closing one: "bought X, their biggest weekly purchase this year")
                # ("Add the X from the week before": the figure of the week before)
                own_from = p.relation == "prev" and _FROM_GAP.fullmatch(text, a_end, p.start_char) is not None
                exempt = own_from or p.relation == "ytd" and not p.text.lower().startswith("since") and not (
                    p.text.lower() == "this year" and _SUPERLATIVE_NOUN.search(text, max(s_start, p.start_char - 45), p.start_char))
                # (a period before the sentence's first figure, across ", with" alone: "A week earlier they had been
                # small buyers, with net purchases of X" -- nothing else in the sentence can claim it)
                opening = k == 0 and p.end_char <= c.amount.start and all(
                    b.group(0).rstrip().endswith("with") for b in _CLAUSE_BREAK.finditer(gap))
                # ("the second-largest sale on record after September's X": a possessive names its figure's period)
                possessive_own = p.end_char <= c.amount.start and _possessive(text, p) and c.amount.start - p.end_char <= 8
                # ("and in March, as the rout hit markets, they sold Y", "In March, as the rout hit markets, they were net
                # sellers of Y": a period opening the clause of Y, across an aside)
                opening = opening or (p.end_char <= c.amount.start and (_AND_BEFORE_PERIOD.search(text, max(s_start, p.start_char - 8), p.start_char)
                                                                        is not None or k == 0 and p.start_char - s_start <= 3)
                                      and _ASIDE_THEN_VERB.fullmatch(gap) is not None)
                # ("For the year to date they are still net buyers, but only just: X": the sentence's period, its figure told
                # after a colon)
                opening = opening or (k == 0 and p.end_char <= c.amount.start and _PERIOD_OPENS.fullmatch(text, s_start, p.start_char) is not None
                                      and _COLON_BEFORE_FIGURE.search(gap) is not None)
                if (_CLAUSE_BREAK.search(gap) and not opening) or (not exempt and not possessive_own and (ref := _reference_point(text, p, refs)) and (
                        p.start_char >= a_end or _SUPERLATIVE.match(ref.group(0)))):
                    continue
                if p.relation == "run" and _ORDINAL_BEFORE.search(text[max(0, p.start_char - 40):p.start_char]):
                    continue  # "the sixth weekly net purchase in seven weeks": a streak, not the figure's period
                if p.end_char <= c.amount.start and _has_comparison_word(gap) and not c.features.get("addition"):
                    continue  # "the week to Jan. 19 after 1.45 trillion yen": that period is the other figure's
                if p.start_char >= a_end and p.relation in ("prev", "same_prev", "same_month") and _has_comparison_word(gap) and not own_from:
                    continue  # "X, after a small net sale the week before": the week before is the contrasted sale's
                if p.start_char >= a_end and k + 1 < len(group) and p.kind == "weeks" and _SUM_OF_NEXT.fullmatch(text[p.end_char:nxt]):
                    continue  # "X, taking the three-week total to Y": the run is Y's
                if p.start_char >= a_end and (_HANDOFF.search(gap) or (k + 1 < len(group) and _possessive(text, p))):
                    continue  # "X, up from the previous week's Y", "X, reversing June's Y": the period is Y's
                # ("bought X between January and June, Y of it in June alone": the period after "of it" is Y's own)
                scored.append((-1 if p.start_char >= a_end and _OF_IT.fullmatch(gap) else len(gap), p))
            if scored:
                c.period = min(scored, key=lambda x: x[0])[1]
                if c.period.relation == "head" and c.period.kind == "month":
                    # "in the month" is the month the sentence names ("Figures for September showed X over the month"), or
                    # the one before it ("December added to the damage. Foreigners sold X during the month")
                    named = [p for _, p in sorted(scored, key=lambda x: x[0]) if p.kind == "month" and p.relation == "absolute"]
                    c.period = named[0] if named else lead_in if lead_in is not None and lead_in.kind == "month" else c.period
                if c.period.relation == "run_since" and _PAST_PERFECT.search(text[s_start:c.period.start_char]):
                    c.features["run_before_head"] = True  # the past perfect: a run that ended before the latest week
                if c.period.relation == "run" and c.period.text.lower().startswith(("followed ", "following ", "after ")):
                    c.features["run_told_before"] = True  # "The outflow followed seven straight weeks of buying worth X"
                if c.period.relation == "run" and _THOSE_WEEKS.match(c.period.text) and _PAST_PERFECT.search(text, c.period.end_char, c.amount.start):
                    c.features["run_before_head"] = c.features["run_told_before"] = True  # "In those three weeks they had sold X": the run told before the latest week
                if c.period.relation == "that":
                    # "Market concerns peaked in November. Over that month, foreigners sold X": November
                    # (a half "over the half" may have been named as the year to date: "a first half in which ...")
                    # ("over the three months": a span of three, whatever it was called: "the January-March quarter")
                    kinds = ("months", "year_to_date") if c.period.kind == "months" else (c.period.kind,)
                    named = [q for q in periods if q.end_char <= c.period.start_char and q.relation in ("absolute", "week_end", "calendar_week")
                             and (q.kind in kinds if c.period.count is None else _months_spanned(q) == c.period.count)
                             and not _reference_point(text, q, refs)  # (not "in records that start in 2005")
                             and not any(x.period is q and x.comparison_cue for x in prior)]  # nor a contrast's
                    if named or c.period.count is None:
                        # (a span of N months is the latest one named: "over the twelve months" after fiscal 2009's figure
                        # and fiscal 2008's, told in the past perfect, is fiscal 2009)
                        c.period = (named[-1] if c.period.count is None else max(named, key=lambda q: q.end or date.min)) if named else None
                        continue
                    c.period = replace(c.period, relation="run")  # none named: the latest months, as "over the past two months"
                if c.period.relation == "half_of_that":
                    # "sold X in August, and Y in the latter half of the month": half of August (or of the month
                    # of the dates told before: "between Aug. 1-12")
                    last_day = next((q.end for q in reversed(periods) if q.end_char <= c.period.start_char
                                     and q.kind in ("month", "other", "week", "day") and q.end is not None), None)
                    if last_day is not None:
                        half = month_half((last_day.replace(day=1), month_end(last_day.year, last_day.month)), c.period.count or 1)
                        c.period = replace(c.period, start=half[0], end=half[1], relation="absolute")
                    else:
                        c.period = replace(c.period, relation="absolute")
                    continue
                if c.period.relation == "that_run":
                    # "their eighth straight week as net sellers. They have sold X over that stretch": the run
                    streak = _recent_streak(c, prior)
                    if streak and streak.get("count", 0) > 1 and streak.get("unit") in ("week", "month"):
                        c.period = replace(c.period, kind=streak["unit"] + "s", relation="run", count=streak["count"])
                    else:
                        c.period = None
                    continue
                if c.period.relation == "anaphor" and (year_before := next((
                        p for p in sent_periods if p.relation == "prev" and p.kind == "year" and p.end_char <= c.amount.start
                        and _A_YEAR_EARLIER.search(p.text)), None)) is not None:
                    c.period = year_before  # "A year earlier they had sold X in the same month": that month a year before
                    continue
                if c.period.relation == "anaphor":
                    # "At the same time they have sold ...": the period of the figure before
                    before = [x for x in prior if x.period is not None and not x.comparison_cue and not x.nonflow
                              and x.period.relation not in ("prev", "prev2", "same_prev", "anaphor")]
                    if re.search(r"same\s+time\b(?!\s+period)", c.period.text, re.IGNORECASE) \
                            and not _PRESENT_PERFECT.search(text[c.period.end_char:c.amount.start]):
                        # "At the same time, they bought X" after a running total: meanwhile, in the latest period;
                        # a running total goes on in the present perfect ("At the same time they have sold X")
                        # (but a span of dated months is no running total: "Over April 2020 to March 2021 these
                        # accounts shed X. At the same time they bought Y")
                        before = [x for x in before if x.period is not None and (
                            x.period.kind not in _SPANS or x.period.kind == "months" and x.period.relation == "absolute" and x.period.start)]
                    # "Foreigners bought 2.3 trillion won ... in the same four sessions": a figure in the same money
                    # (a dollar figure restated in yen is in both)
                    before = [x for x in before if _currencies(x) & _currencies(c)] or before
                    if re.search(r"\b(?:sessions|days)\b", c.period.text, re.IGNORECASE):
                        before = [x for x in before if x.period is not None and x.period.kind not in _SPANS] or before
                    unit = re.search(r"\b(week|month)(s?)\b", c.period.text, re.IGNORECASE)
                    if unit and not unit.group(2):  # "in the same week": the latest figure of a week, not a year to date told in between
                        before = [x for x in before if x.period is not None and x.period.kind == unit.group(1).lower()] or before
                    elif unit:  # "over the same five months": a span's figure
                        before = [x for x in before if x.period is not None and x.period.kind in _SPANS] or before
                    c.period, c.period_inherited = (before[-1].period, True) if before else (None, False)
                continue
            streak = _recent_streak(c, prior)
            if streak and streak.get("unit") == "week" and streak.get("count", 0) > 1 and not _instrument_total(c, group[:k], window) and (
                    _TOTAL_BROUGHT.search(window) or _RUN_TOTALLED.search(window) or c.features.get("running_total") or (
                        _IN_ALL.match(text, a_end) and any(x.streak is streak for x in group[:k + 1]))):
                # "It was their fourth straight week of net buying, bringing the total to 3.6 trillion yen"
                c.period = PeriodMention(kind="weeks", start_char=c.amount.start, end_char=c.amount.start, text="",
                                         relation="run", count=streak["count"])
                continue
            if c.streak and c.streak.get("count", 0) > 1 and c.streak.get("unit") in ("week", "month") \
                    and _TOTALLING.search(window) and re.search(r"\b(?:weeks|months)\b", window):
                # "That made three consecutive weeks of net selling totalling 3.1 trillion yen": the run's sum
                c.period = PeriodMention(kind=c.streak["unit"] + "s", start_char=c.amount.start, end_char=c.amount.start,
                                         text="", relation="run", count=c.streak["count"])
                continue
            if c.comparison_cue and (k > 0 or (prior and (follows := _FOLLOWS_TOLD.search(text, s_start, c.amount.start)) is not None
                                               and not any(follows.start() < p.end_char <= c.amount.start for p in sent_periods))):
                # the period before that of the figure it is set against when that one is a (fiscal) year
                # ("slowed to X from Y" after fiscal 2008: fiscal 2007), else before the story's headline period
                # (also for the figure of the sentence before: "Foreigners sold X of stocks. The selling followed
                # net buying of Y")
                against = (group[k - 1] if k > 0 else prior[-1]).period
                kind = against.kind if against is not None and against.kind in ("year", "fiscal_year") else ""
                c.period = PeriodMention(kind=kind, start_char=c.amount.start, end_char=c.amount.start, text="", relation="prev")
                c.features["period_implied"] = True
                continue
            # a running total ("bringing their total this year to Y") lends its period to nothing after it
            # (a contrast's "the week before" is its own, but one opening the sentence is every figure's: "In the
            # week before, they had bought X of shares and Y of bonds")
            # (and the year of a when-clause goes on to its coordinated figures: "from 2021, when insurers sold X and
            # banks Y")
            earlier = [g for g in group[:k] if g.period is not None and (not g.comparison_cue or g.features.get("when_clause"))
                       and (g.period.relation not in ("prev", "prev2") or g.period.end_char <= group[0].amount.start)
                       and not g.features.get("running_total") and g.period not in others]
            if earlier:
                c.period, c.period_inherited = earlier[-1].period, True
            elif lead_in is not None and not c.comparison_cue and (lead_in.kind != "day" or _daily(c)):
                c.period, c.period_inherited = lead_in, True
                c.features["period_lead_in"] = True
            elif k == 0 and not c.comparison_cue and _SHARE_OF_TOTAL.search(text[s_start:s_end]) and (
                    total := [x for x in prior if x.period is not None and not x.comparison_cue
                              and x.period.relation not in ("prev", "prev2", "same_prev")
                              and not (x.amount.currency == c.amount.currency and x.amount.value < c.amount.value)]):
                # "Pension funds accounted for X of that": the period of the total the figure is part of (the one
                # the share names when there is one: "dumping X, some 63 percent of the total")
                share = _PERCENT_OF.search(text, c.amount.end, s_end)
                # (in the total's currency: "about $12.1 billion (1.414 trillion yen), roughly 43 percent of the total")
                whole = [x for x in total if x.amount.value and (part := next((a.value for a in (c.amount, *c.converted)
                                                                              if a.currency == x.amount.currency), None)) is not None
                         and abs(part / x.amount.value - float(share.group(1)) / 100) < 0.03] if share else []
                c.period, c.period_inherited = (whole or total)[-1].period, True
            elif not c.comparison_cue and _SINCE_FISCAL.search(text, c.amount.end, s_end) and (
                    told := max((x.period for x in prior if x.period is not None and x.period.kind == "fiscal_year" and x.period.end
                                 and not x.comparison_cue and x.period.relation not in ("prev", "prev2", "same_prev")),
                                key=lambda p: p.end or date.min, default=None)) is not None:
                # "Non-residents bought X of Japanese stocks, the most since fiscal 2013": a fiscal year's figure, the
                # latest fiscal year told before
                c.period, c.period_inherited = told, True
            elif k == 0 and not c.comparison_cue and _ALSO.search(text, s_start, c.amount.start) and (
                    told := _single_period_told_before(prior, s_start)) is not None \
                    and (c.streak is None or told.kind == c.streak.get("unit")) \
                    and not _PAST_PERFECT.search(text, prior[-1].sentence[0], prior[-1].amount.start):
                # "Non-residents also purchased X of shares": the period of the figures told just before (not a span
                # for a figure told as one of a run: "The insurers also added X, a 35th consecutive month of buying";
                # not an earlier week told in the past perfect: "The selling in the week to March 12 had reached Y")
                c.period, c.period_inherited = told, True
            elif k == 0 and not c.comparison_cue and (
                    # (not across a Q&A's question about other investors: "Q: Were Japanese investors selling too? A: ...
                    # They bought X" after foreigners' figure of the year so far; but a year that has ended is the
                    # story's own in a year's wrap: "Q: What about Japanese investors? A: They bought X")
                    (c.features.get("pronoun_start") and (told := _year_told_before(prior, s_start)) is not None
                     and (not _asks_of_others(mentions, text, told.end_char, s_start, prior[-1])
                          or (published is not None and told.end is not None and told.end < published)))
                    or (not _month_or_week_named(periods, s_start) and prior and _follows_directly(prior[-1], s_start, text)
                        and (told := _year_told_before(prior, s_start, reach=800, latest=True)) is not None)
                    or ((lede := _body_lede(prior, text)) is not None and lede.period is not None
                        and lede.period.kind in ("year", "fiscal_year")
                        and (told := _year_told_before(prior, s_start, latest=True)) is not None
                        and told.end is not None and published is not None and told.end < published
                        and not _month_or_week_named(periods, s_start, since=prior[-1].sentence[0]))
                    or (prior and _next_investor_type(c, prior[-1])
                        and prior[0].period is not None and prior[0].period.kind in ("year", "fiscal_year")
                        and (told := _last_told(prior, s_start, main=True)) is not None
                        and (told.relation == "the_year" or (told.kind in ("year", "fiscal_year") and told.relation == "absolute")))):
                # (or, in a story about a year that has named no month or week yet: "Life insurers and trust accounts
                # kept buying, with net purchases of X and Y, respectively")
                # (or, in a story led by a year's figure, the next investor type of a list by type: "Trust accounts
                # bought X in the year. Investment trusts were net sellers, shedding Y")
                # "Japanese investors bought X of foreign stocks during fiscal 2008 ... Their net purchases of foreign
                # bonds slowed to Y": the same investors, the same (fiscal) year
                c.period, c.period_inherited = told, True
        _revised_to(group, text)
        _list_period(group, text)
        _weeks_respectively(group, text)
        _periods_respectively(group, sent_periods, text)
        _against_the_year_before(group, cands, text)
        _quarters_told_as_months(group, text, sentences or [], s_start, s_end)
        for k, c in enumerate(group):
            own = c.period
            if own is not None and own.kind == "year" and own.relation in ("absolute", "prev") and _BARE_LAST_YEAR.fullmatch(own.text.strip()) \
                    and _possessive(text, own) and any(
                    g.period is not None and g.period.kind == "year_to_date" and g.period.relation != "same_prev" for g in group[:k]):
                # "5.38 trillion yen since January, double last year's 2.59 trillion": the same stretch a year earlier
                # (while "compared with net selling of 4.63 trillion yen last year" is the whole year)
                c.period = replace(own, kind="year_to_date", relation="same_prev", start=own.start, end=None, count=1)


def _recent_streak(c: Candidate, prior: list[Candidate]) -> dict[str, Any] | None:
    """The streak of `c`, else the latest one told within 400 characters before its sentence."""
    return c.streak or next((x.streak for x in reversed(prior) if x.streak and x.sentence[0] >= c.sentence[0] - 400), None)


def _told_as_before(c: Candidate) -> bool:
    """Whether `c`'s own period is told as one before another ("the X they had invested the year before"), or its
    verb in the past perfect ("In January, the banks had bought X"): a contrast, with or without a word of contrast."""
    return (c.period is not None and not c.period_inherited and c.period.relation in ("prev", "prev2", "same_prev", "same_month")) \
        or bool(c.features.get("had_verb"))


def _last_told(prior: list[Candidate], s_start: int, reach: int = 400, same_sentence: bool = False,
               main: bool = False) -> PeriodMention | None:
    """The period of the last figure before (not a contrast; with `same_sentence`, of the last sentence with
    figures; with `main`, the first such figure of its sentence: "Banks bought X over the fiscal year, with March
    purchases of Y" tells the fiscal year's figure), when that figure has one and is told within `reach` characters
    before `s_start`."""
    last = next((x for x in reversed(prior) if not x.comparison_cue and not _told_as_before(x)
                 and (not same_sentence or x.sentence == prior[-1].sentence)), None)
    if main and last is not None:
        last = next(x for x in prior if x.sentence == last.sentence and not x.comparison_cue and not _told_as_before(x))
    return last.period if last is not None and last.sentence[0] >= s_start - reach else None


def _single_period_told_before(prior: list[Candidate], s_start: int) -> PeriodMention | None:
    """The period of the last figure (not a contrast) of the sentence before, when it is one period of its own,
    neither a span nor a contrast's, told within 400 characters of `s_start`."""
    told = _last_told(prior, s_start, same_sentence=True)
    if told is None or told.kind in _SPANS or told.relation in ("prev", "prev2", "same_prev", "run", "run_since", "ytd", "that_run"):
        return None
    return told


def _month_or_week_named(periods: list[PeriodMention], before: int, since: int = 0) -> bool:
    """Whether a period of a month or shorter is named between `since` and `before`."""
    return any(since <= p.start_char < before and p.kind in ("month", "week", "day") for p in periods)


def _next_investor_type(c: Candidate, before: Candidate) -> bool:
    """Whether `c` is told of an investor type (banks, life insurers ...) other than the one of the figure `before`."""
    group, group_before = (c.investor or {}).get("group"), (before.investor or {}).get("group")
    return group not in (None, "all") and group_before not in (None, "all") and group != group_before


def _follows_directly(before: Candidate, s_start: int, text: str) -> bool:
    """Whether the sentence starting at `s_start` comes right after the sentence of `before` (no sentence between)."""
    return not text[before.sentence[1]:s_start].strip()


_QUESTION_OPENS = re.compile(r"(?:^|\n)\s*" + QA_QUESTION_RX.pattern)  # a question of a Q&A, anywhere


def _asks_of_others(mentions: Mentions, text: str, start: int, end: int, told: Candidate) -> bool:
    """Whether a Q&A's question in text[start:end] asks about investors of the other side than `told`'s."""
    q = _QUESTION_OPENS.search(text, start, end)
    if q is None:
        return False
    investors = [m for m in mentions.items if m.kind == "investor"]
    asked = [m for m in investors if q.start() <= m.start < end]
    before = [m for m in investors if m.end <= told.amount.start]  # (investors are resolved later)
    return bool(asked and before) and asked[-1].attrs.get("side") != before[-1].attrs.get("side")


def _year_told_before(prior: list[Candidate], s_start: int, reach: int = 400, latest: bool = False) -> PeriodMention | None:
    """The dated calendar or fiscal year of the last figure (not a contrast) told within `reach` characters before
    `s_start`; with `latest`, the latest year of that kind told before it ("In fiscal 2015 they had bought X" after
    fiscal 2016's figures: fiscal 2016)."""
    told = _last_told(prior, s_start, reach)
    if told is None or told.kind not in ("year", "fiscal_year") or told.relation != "absolute":
        return None
    if latest and told.end is not None:
        later = [x.period for x in prior if x.period is not None and x.period.kind == told.kind and x.period.relation == "absolute"
                 and x.period.end is not None and x.period.end > told.end and not x.comparison_cue]
        return max(later, key=lambda p: p.end or date.min, default=told)
    return told


_SPAN_WORDS = re.compile(r"\b(?:so\s+far|year|years|weeks|months|since|to\s+date|streak|run|straight|in\s+a\s+row|consecutive|cumulative)\b", re.IGNORECASE)


def _instrument_total(c: Candidate, before: list[Candidate], window: str) -> bool:
    """"They bought X of bonds and Y of bills, taking their total net investment in Japanese securities to Z":
    a total of securities after figures of two or more instruments, with no word of a span, sums the
    instruments of one period, not the weeks of a run."""
    kinds = {x.instrument for x in before if not x.comparison_cue} - {None, "securities", "other"}
    return c.instrument == "securities" and len(kinds) >= 2 and not _SPAN_WORDS.search(window)


# between two figures of a coordinated list: "X of bonds and Y of stocks", "X of A, Y of B"
# (not "X, nearly ten times the Y of the week before": a measure against another figure)
# "bought X of foreign bonds, having sold Y the week before": the perfect tells of an earlier time, Y's alone
_PERFECT_GAP = re.compile(r"\b(?:having|had)\b", re.IGNORECASE)
_FIGURE_LIST_GAP = re.compile(r"(?![^.;:()\n]*\b(?:the|times|twice|double|triple|half|percent)\b)"
                       r"[^.;:()\n]{0,80}?(?:,|\band\b|\bas\s+well\s+as\b)[^.;:()\n]{0,80}", re.IGNORECASE)


def _weeks_respectively(group: list[Candidate], text: str) -> None:
    """"X, Y and Z were bought in the three weeks, respectively": one figure a week of the run, the last the latest."""
    run = group[-1].period
    if run is None or run.relation != "run" or run.kind != "weeks" or run.count != len(group) or len(group) < 2 \
            or "respectively" not in text[group[-1].amount.end:group[-1].sentence[1]] \
            or any(c.period is not run for c in group):
        return
    for back, c in zip(range(len(group) - 1, -1, -1), group, strict=True):
        c.period = replace(run, kind="week", relation="prev_n", count=back) if back else replace(run, kind="week", relation="head")


_TWO_MONTHS = re.compile(r"\b[A-Z][a-z]+\.?\s+and\s+[A-Z][a-z]+\b")


def _periods_respectively(group: list[Candidate], sent_periods: list[PeriodMention], text: str) -> None:
    """"X and Y of foreign bonds in fiscal 2009 and fiscal 2008, respectively": the nth period after the figures
    is the nth figure's, when there are as many periods as figures."""
    if len(group) < 2:
        return
    last = group[-1]
    tail = text.find("respectively", last.amount.end, last.sentence[1])
    pair = next((p for p in sent_periods if p.end_char <= group[0].amount.start and p.kind == "months" and p.start and p.end
                 and _TWO_MONTHS.search(p.text) and (p.end.year * 12 + p.end.month) - (p.start.year * 12 + p.start.month) == 1), None)
    if tail >= 0 and len(group) == 2 and pair is not None and pair.start and pair.end and not any(c.comparison_cue for c in group):
        # "In November and December they were net sellers of X and Y, respectively": a month each
        first, second = pair.start, pair.end.replace(day=1)
        for c, (s, e) in zip(group, ((first, month_end(first.year, first.month)), (second, pair.end)), strict=True):
            c.period, c.period_inherited = replace(pair, kind="month", start=s, end=e), False
        return
    listed = [p for p in sent_periods if last.amount.end <= p.start_char and p.end_char <= tail]
    if tail < 0 or len(listed) != len(group) or any(c.comparison_cue for c in group) \
            or not all(_FIGURE_LIST_GAP.fullmatch(text, x.amount.end, y.amount.start) for x, y in zip(group, group[1:], strict=False)):
        return
    for c, p in zip(group, listed, strict=True):
        c.period, c.period_inherited = p, False


def _quarters_told_as_months(group: list[Candidate], text: str, sentences: list[tuple[int, int]], s_start: int, s_end: int) -> None:
    """"In the April-June quarter they bought X, down from Y in January-March": a span of the three months of a
    calendar quarter, told next to a quarter, is that quarter."""
    before = max((s for s, _ in sentences if s < s_start), default=s_start)
    if "quarter" not in text[before:s_end].lower():
        return
    for c in group:
        p = c.period
        if p is not None and p.kind == "months" and p.start and p.end and p.start.day == 1 and p.start.month in (1, 4, 7, 10) \
                and p.end.year == p.start.year and p.end.month == p.start.month + 2:
            c.period = replace(p, kind="quarter")


def _against_the_year_before(group: list[Candidate], cands: list[Candidate], text: str) -> None:
    """A figure with no period set against a figure of the year before, in a story of years, is of the story's year:
    "Net purchases came to X, close to the Y bought in 2007" in a story that has told a figure of 2008, and "Net
    purchases rose to X from Y the year before" in a story led by a (fiscal) year's figure (Y is then of the (fiscal)
    year before it)."""
    lede = _body_lede(cands, text)
    lede_year = lede.period.kind if lede is not None and lede.period is not None and lede.period.kind in ("year", "fiscal_year") \
        and lede.period.relation == "absolute" else None  # the kind of year a story of years is led by
    for c, nxt in zip(group, group[1:], strict=False):
        against = nxt.period
        if c.period is not None or c.comparison_cue or against is None:
            continue
        if against.relation == "absolute" and against.end is not None and against.kind in ("year", "fiscal_year"):
            year = against.end.year + 1
            told = [x.period for x in cands if x.period is not None and x.period.kind == against.kind and x.period.end and not x.comparison_cue]
            if max((p.end.year for p in told if p.end), default=year) != year:
                continue  # "X, behind only 2015's Y" in a story of 2017: not the year before the story's
            c.period = next((p for p in told if p.end and p.end.year == year), None)
            c.period_inherited = c.period is not None
        elif lede_year and nxt.comparison_cue and against.relation == "prev" \
                and against.kind == "year" and (_A_YEAR_EARLIER.search(against.text) or _THE_YEAR_BEFORE.search(against.text)):
            told = [x.period for x in cands if x.period is not None and x.period.kind == lede_year
                    and x.period.relation == "absolute" and x.period.end is not None and not x.comparison_cue]
            if told:
                c.period, c.period_inherited = max(told, key=lambda p: p.end or date.min), True
                nxt.period = replace(against, kind=lede_year)


# "Last week's X has been revised to Y": X as first released, Y as revised, of the same week
_REVISED_BETWEEN = re.compile(r"\s+(?:has|have|had|was|were)\s+(?:now\s+)?been\s+revised\s+(?:(?:down|up|downward|upward|lower|higher)\s+)?to\s+"
                              r"(?:a\s+net\s+)?", re.IGNORECASE)


def _revised_to(group: list[Candidate], text: str) -> None:
    """The figure of a previous release and its revision ("Last week's X has been revised to Y"): both of the week told
    (the previous release's "last week" is the week before the latest data), X as first released (the flow it is of
    is found with Y's, see flows.build_flows)."""
    for x, y in zip(group, group[1:], strict=False):
        if not _REVISED_BETWEEN.fullmatch(text, x.amount.end, y.amount.start):
            continue
        x.features["first_release"] = x.features["revised_to"] = True
        told = x.period or y.period
        if told is not None and told.relation == "last_week":
            told = replace(told, relation="prev")  # the previous release's week, the one before the latest
        x.period = y.period = told
        x.period_inherited = y.period_inherited = False


def _body_lede(cands: list[Candidate], text: str) -> Candidate | None:
    """The story's first figure told in a sentence of the body (one ending in a full stop), not in its headline."""
    return next((x for x in cands if text[x.sentence[0]:x.sentence[1]].rstrip().endswith(".")), None)


_THE_YEAR_BEFORE = re.compile(r"\bthe\s+(?:year\s+(?:before|earlier)|previous\s+year|prior\s+year)\b", re.IGNORECASE)


def _list_period(group: list[Candidate], text: str) -> None:
    """"X of foreign bonds and Y of foreign stocks in 2018": a period closing a coordinated list is every
    figure's, when the earlier ones have none of their own."""
    for k in range(len(group) - 2, -1, -1):
        c, d = group[k], group[k + 1]
        if (c.period is not None and not c.period_inherited) or d.period is None or d.period.start_char < d.amount.end:
            continue
        if c.comparison_cue or d.comparison_cue or d.features.get("running_total"):
            continue
        gap = text[max([c.amount.end] + [x.end for x in c.converted]):d.amount.start]
        if _FIGURE_LIST_GAP.fullmatch(gap) and not _CLAUSE_BREAK.search(gap) and not _has_comparison_word(gap) \
                and not _PERFECT_GAP.search(gap):
            c.period, c.period_inherited = d.period, True


def _daily(c: Candidate) -> bool:
    """Whether a figure may be a day's: one in another market's currency (won, NT$, rupees), whose
    exchanges publish daily foreign flows."""
    return c.amount.currency not in (None, "JPY")


# the opening or the close of a quotation: '"We expect ...', '... in March," he said'
_SPEECH = re.compile(r"^\s*[\"\u201c]|[,.?!][\"\u201d]")
# "figures covered the week ended Aug. 29", "The data are for September"
# ("Thursday's figures covered", "The weekly MoF numbers, released on Thursday, covered")
_DATA_COVERED = re.compile(r"\b(?:figures|data|numbers|statistics)(?:\s+\w+\s+|\s*,[^,]{0,30},\s*|\s+)(?:covered|cover|covering|(?:are|were|is|was)\s+for)\s+$", re.IGNORECASE)


def _lead_in_period(mentions: Mentions, text: str, sentences: list[tuple[int, int]], s_start: int) -> PeriodMention | None:
    """The dated period of the sentence right before `s_start` when that sentence has no figure and names investors
    ("Japanese investors returned to Treasuries in August for the first time in 10 months."), asks a question or
    opens on the period."""
    lead = figureless_sentence_before(sentences, mentions.amounts, s_start)
    if lead is None:
        return None
    if QA_ANSWER_RX.match(text, *lead) and not any(lead[0] <= p.start_char < lead[1] for p in mentions.periods):
        # "Q: And in December? A: The picture was mixed. Life insurers sold X": the question asked it
        lead = figureless_sentence_before(sentences, mentions.amounts, lead[0]) or lead
    p_start, p_end = lead
    if _SPEECH.search(text[max(0, p_start - 1):p_end + 1]):
        # a quote ("... come back after the year-end in March," he said): the speaker's time, not the figure's (a word in
        # quotation marks is not speech: 'the week of the "Black Monday" sell-off')
        return None
    # (not the day the data came out: "The weekly MoF numbers, released on Thursday, covered the week ending Saturday,
    # January 23.")
    dated = [p for p in mentions.periods if p_start <= p.start_char and p.end_char <= p_end
             and not (p.kind == "day" and _RELEASED_BEFORE.search(text, max(p_start, p.start_char - 30), p.start_char))]
    if len(dated) != 1 or dated[0].relation not in ("absolute", "week_end") or dated[0].kind not in ("month", "quarter", "week", "day"):
        return None
    p = dated[0]
    # a question, a sentence about investors, one about the period itself ("March itself was a month of year-end
    # tidying. Banks sold X") or one about the data ("Thursday's finance ministry figures covered the week ended Aug. 29.")
    if not QA_QUESTION_RX.match(text, p_start, p_end) and p.start_char - p_start > 3 \
            and not any(m.kind == "investor" and p_start <= m.start < p_end for m in mentions.items) \
            and not _DATA_COVERED.search(text, max(p_start, p.start_char - 70), p.start_char):
        return None
    if _REFERENCE_POINT.search(text[max(p_start, p.start_char - 60):p.start_char]):
        return None  # "the most since June": not what the sentence reports
    return p


_REFERENCE_POINT_LOWER = lowercase_twin(_REFERENCE_POINT)


def _months_spanned(p: PeriodMention) -> int | None:
    """The number of calendar months a dated period covers: 3 for a quarter, 2 for "May to June"."""
    if p.start is None or p.end is None or p.start.day != 1:
        return None
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def _reference_point(text: str, p: PeriodMention, memo: dict[int, re.Match[str] | None]) -> re.Match[str] | None:
    """`_REFERENCE_POINT` in the 60 characters before the period `p`: looked up once per period (every
    amount of the sentence asks), on lowercased text (see parse.fold)."""
    if p.start_char not in memo:
        before = text[max(0, p.start_char - 60):p.start_char]
        nl = before.rfind("\n")
        if nl >= 0 and before[:nl].upper() == before[:nl]:
            before = before[nl + 1:]  # (not across the end of a flash's line in capitals: its lines have no full stops)
        memo[p.start_char] = folded_search(_REFERENCE_POINT, _REFERENCE_POINT_LOWER, before, before.lower())
    return memo[p.start_char]


_BEFORE_THAT = re.compile(r"\bbefore\s+that\b", re.IGNORECASE)


def _latest_story_week(story_weeks: list[PeriodMention], published: date | None,
                       article_source: str | None) -> tuple[tuple[str, str], tuple[date, date]] | None:
    """The latest dated week the story names (none after publication), with its key in `resolve`'s tables."""
    # (a week's last day: its anchor for "the week ended Nov. 23", its end for "April 1-7")
    dated = [(last, p) for p in story_weeks if (last := p.anchor or p.end) is not None and (published is None or last <= published)]
    if not dated:
        return None
    last, named = max(dated, key=lambda x: x[0])
    conv = "jpx" if article_source == "jpx_weekly" or last.weekday() == 4 else "mof"
    _, s0, e0 = _absolute_mention(named, published, conv)
    return (("week", conv), (s0, e0)) if s0 and e0 else None


def resolve(cands: list[Candidate], published: date | None, article_source: str | None,
            weekly_story: bool = False, fiscal_story: bool = False,
            story_weeks: list[PeriodMention] | None = None, title_end: int = 0) -> list[Period | None]:
    """Absolute periods for the candidates, resolving weeks by convention and relative mentions.

    `story_weeks` are the dated weeks the story names anywhere ("The latest inflows in the week ended
    May 22 marked ..."): when no figure has a dated week of its own, the latest of them is the story's
    headline week, rather than the week before publication. `title_end` is where the story's title ends (0 when
    it has none): the body, not the title, says which period the story leads with."""
    def convention(c: Candidate) -> str:
        p = c.period
        if p is not None and p.relation == "week_end" and p.anchor is not None:
            # MoF weeks end on Saturdays; a week to a Friday is exchange data
            if (p.anchor.weekday() == 4 or _SESSIONS.search(p.text)) and (c.source == "other" or _daily(c)):
                # another market's exchange week ("won ... in the week to Friday", "in the four sessions to Thursday")
                c.features["exchange_week"] = True
            elif p.anchor.weekday() == 4:
                c.source = "jpx_weekly"
            elif p.anchor.weekday() == 5 and c.source == "jpx_weekly":
                c.source = "mof"
        src = c.source or article_source
        return "jpx" if src == "jpx_weekly" or c.features.get("exchange_week") else "mof"

    first: list[tuple[str | None, date | None, date | None]] = []
    for c in cands:
        if c.period is not None and c.period.relation == "this_week":
            if _daily(c) or c.source == "other":
                c.features["exchange_week"] = True  # another market's exchange publishes daily: the week of the story, Monday to Friday
            else:
                c.period = replace(c.period, relation="head")  # in a data story "this week" is loose talk for the latest data
        first.append(_absolute(c, published, convention(c)))
    # headline period per kind/convention: the latest end among absolute weeks and months
    latest: dict[tuple[str, str], tuple[date, date]] = {}
    years: dict[tuple[str, str], tuple[date, date]] = {}
    contrasted: dict[tuple[str, str], tuple[date, date]] = {}
    perfect_keys: set[tuple[str, str]] = set()  # contrasts told in the past perfect ("they had bought X")
    for c, (kind, start, end) in zip(cands, first, strict=True):
        if kind in ("week", "month") and start and end:
            key = (kind, convention(c))
            # "after buying 978.6 billion yen in November": a contrast does not head the story
            table = contrasted if c.comparison_cue and c.period is not None and c.period.text else latest
            if key not in table or end > table[key][1]:
                table[key] = (start, end)
                if table is contrasted and c.features.get("past_perfect"):
                    perfect_keys.add(key)
        elif kind in ("year", "fiscal_year") and start and end and not c.comparison_cue and (
                c.period is None or c.period.relation != "prev"):
            if (kind, "any") not in years or end > years[(kind, "any")][1]:
                years[(kind, "any")] = (start, end)
    # the days of other markets' daily figures ("sold 512.3 billion won on Thursday")
    days = sorted(e for x, (k, _, e) in zip(cands, first, strict=True) if k == "day" and e and not x.comparison_cue)
    story_week = _latest_story_week(story_weeks or [], published, article_source)
    for key, (s0, e0) in contrasted.items():
        if key in latest:
            continue
        if key[0] == "week" and story_week is not None and story_week[0] == key and story_week[1][1] > e0:
            # "Foreigners fled ... in the week to March 21. They dumped X, a reversal from Y in the week ended
            # March 14": the only dated figure is the contrast; the story's own week heads it
            latest[key] = story_week[1]
        elif key[0] == "week" and key in perfect_keys:
            latest[key] = (e0 + timedelta(days=1), e0 + timedelta(days=7))  # "In the week to July 8 they had bought X": the week after
        elif key[0] == "week" or any(k[0] == "week" for k in latest):
            latest[key] = (s0, e0)  # weekly stories keep their own fallbacks
        else:
            # the only month named is the one the headline is contrasted with: the headline is the month after
            nxt = e0 + timedelta(days=1)
            latest[key] = (nxt, month_end(nxt.year, nxt.month))
    if story_week is not None and not any(k[0] == "week" for k in latest) and not any(k[0] == "month" for k in latest):
        latest[story_week[0]] = story_week[1]
    if not latest and published is not None and weekly_story:
        conv0 = "jpx" if article_source == "jpx_weekly" else "mof"
        latest[("week", conv0)] = week_before_publication(published, conv0)
    latest_any = max((v for v in latest.values()), key=lambda v: v[1], default=None)
    latest.update(years)  # a year heads the story only when no week or month does (see _headline)
    # ... or when the story leads with it: a wrap of the year whose figures that name no period are the year's, although it
    # also tells the year's last month ("Non-residents bought a record X of Japanese bills" after "in 2020", before "December")
    lead_kind = next((k for x, (k, s, e) in zip(cands, first, strict=True)
                      if k and s and e and not x.comparison_cue and x.amount.start >= title_end), None)
    year_led = (lead_kind, years[(lead_kind, "any")]) if lead_kind in ("year", "fiscal_year") and (lead_kind, "any") in years else None
    out: list[Period | None] = []
    monthly_sentence: tuple[int, int] | None = None  # the last sentence whose figures were read as the month's for an investor type
    for c, (kind, start, end) in zip(cands, first, strict=True):
        p = c.period
        conv = convention(c)
        head: tuple[date, date] | None = None
        if p is not None and p.relation == "sessions" and p.count and (last := days[-1] if days else p.end) is not None:
            # "That took their net selling over the 10 sessions to X": the sessions up to the latest day the story tells of
            out.append(Period(kind="other", start=trading_days_to(last, p.count).isoformat(), end=last.isoformat(), text=p.text))
            continue
        if p is None and days and _daily(c):
            # another market's figure with no period, in a story of daily figures: the latest day named
            out.append(Period(kind="day", start=days[-1].isoformat(), end=days[-1].isoformat(), text=None))
            continue
        if ((p is None and not any(key[0] == "month" for key in latest)) or (p is not None and p.relation == "head" and p.kind == "week")) \
                and c.features.get("exchange_week") and published is not None and published.weekday() >= 4 and ("week", conv) not in latest:
            # another market's figure of "the week" in a story of Friday or the weekend: the exchange's week just ended
            # (its data is daily; Japan's ministry publishes a week late, so the story's week is not the ministry's)
            friday = published - timedelta(days=published.weekday() - 4)
            out.append(Period(kind="week", start=(friday - timedelta(days=4)).isoformat(), end=friday.isoformat(), text=p.text if p else None))
            continue
        if p is not None and p.relation == "head" and p.kind in ("month", "quarter"):
            story_month = latest.get(("month", "mof")) or latest.get(("month", "jpx"))
            if story_month and p.kind == "quarter":  # "over the quarter as a whole": the quarter of the story's month
                q0 = story_month[0].replace(month=story_month[0].month - (story_month[0].month - 1) % 3)
                story_month = (q0, month_end(q0.year, q0.month + 2))
            if story_month:  # "in the month": the story's month
                out.append(Period(kind=cast("PeriodKind", p.kind), start=story_month[0].isoformat(), end=story_month[1].isoformat(), text=p.text))
                continue
            p = None  # none named: as if no period were told
        if p is not None and p.relation == "next" and (
                week_told := next((q for q in reversed(out) if q is not None and q.kind == "week" and q.start and q.end), None)):
            # "bought X in the week to Feb. 20, sold Y a week later": the week after the one told last
            s1, e1 = (date.fromisoformat(cast(str, d)) + timedelta(days=7) for d in (week_told.start, week_told.end))
            out.append(Period(kind="week", start=s1.isoformat(), end=e1.isoformat(), text=p.text))
            continue
        if p is None and (year_kind := _year_contrasted(c, cands, latest, fiscal_story)) is not None:
            # "Banks sold X, after buying Y in the year before": a figure of the story's (fiscal) year
            y0, y1 = latest[(year_kind, "any")]
            out.append(Period(kind=cast("PeriodKind", year_kind), start=y0.isoformat(), end=y1.isoformat(), text=None))
            continue
        if p is None or p.relation == "head":
            # no period in the sentence: the story's headline week (or month)
            found = _headline(latest, conv, published, p is not None or weekly_story, weeks_only=p is not None)
            if p is None and found is not None and found[0] == "month" and year_led is not None and found[1][1] == year_led[1][1] \
                    and not _month_nearby(len(out), cands, first, out):
                found = year_led
            if found is None:
                # "net sellers this week" in an undated story: a week, dates unknown
                out.append(Period(kind=p.kind, text=p.text) if p is not None and p.kind else None)  # type: ignore[arg-type]
                continue
            hk, head = found
            if p is None and hk == "week" and conv == "mof" and ("month", "mof") in latest \
                    and ((c.investor or {}).get("group") in _MONTHLY_TYPES or (c.sentence == monthly_sentence and not c.comparison_cue)):
                # the ministry's weekly data has no investor types: "Banks were the biggest buyers, taking X" in a
                # story of the month and the latest week is of the month (and so is a figure told with it: "with trust
                # accounts selling X, which left Japanese investors as a whole with net purchases of Y")
                hk, head = "month", latest[("month", "mof")]
                monthly_sentence = c.sentence
            out.append(Period(kind=cast("PeriodKind", hk), start=head[0].isoformat(), end=head[1].isoformat(), text=None))
            continue
        if (p.relation == "prev" and p.kind == "year" and _A_YEAR_EARLIER.search(p.text)) or p.relation == "same_month":
            # "X in October, ... a turnaround from a year earlier, when they sold Y": the same month a year before
            # (the month of its own sentence, or of the figure just before: "Foreigners bought X in May. A year earlier
            # they had sold Y"); "a turnaround from the same month of 2006, when they sold Y": that month in 2006
            told = [(x, per) for x, per in zip(cands, out, strict=False) if not x.comparison_cue and per is not None]
            in_sentence = [per for x, per in told if x.sentence == c.sentence]
            month = next((per for per in in_sentence if per.kind == "month" and per.end), None) if in_sentence else (
                told[-1][1] if told and told[-1][1].kind == "month" and told[-1][1].end and c.sentence[0] - told[-1][0].sentence[1] < 200 else None)
            if month is None and p.relation == "same_month" and ("month", "mof") in latest:
                month = Period(kind="month", end=latest[("month", "mof")][1].isoformat(), text=None)
            if month is not None and month.end:
                e = date.fromisoformat(month.end)
                year = p.start.year if p.relation == "same_month" and p.start is not None else e.year - 1
                out.append(Period(kind="month", start=date(year, e.month, 1).isoformat(),
                                  end=month_end(year, e.month).isoformat(), text=p.text))
                continue
        if p.relation in ("prev", "prev2", "prev_n"):
            earlier_prev = [x for x in cands[:cands.index(c)] if x.sentence == c.sentence and x.period is not None
                            and x.period.relation == "prev" and x.period is not p and x.period.kind == p.kind
                            and (x.instrument is None or c.instrument is None or x.instrument == c.instrument)]  # not another flow's contrast
            told_before = next((x.period for x in reversed(cands[:cands.index(c)]) if x.period is not None and x.period is not p),
                               None) if _BEFORE_THAT.search(p.text) else None
            if earlier_prev or (told_before is not None and told_before.relation == "prev" and told_before.kind == p.kind):
                # "after 61.6 billion yen in the prior week. In the week before that they had sold Y": two back
                p = replace(p, relation="prev2")
            if not p.kind:  # implied by a contrast: the period before that of the figure set against it, when that one is
                # a (fiscal) year ("they bought X over the year, up from just Y"), else before the story's headline period
                against_told = next((q for x, q in zip(reversed(cands[:len(out)]), reversed(out), strict=True) if x.sentence == c.sentence), None)
                if against_told is not None and against_told.kind in ("year", "fiscal_year") and against_told.start and against_told.end:
                    s0, e0 = date.fromisoformat(against_told.start), date.fromisoformat(against_told.end)
                    out.append(Period(kind=against_told.kind, start=s0.replace(year=s0.year - 1).isoformat(),
                                      end=e0.replace(year=e0.year - 1).isoformat(), text=p.text))
                    continue
                p = replace(p, kind="week" if ("week", conv) in latest or (weekly_story and ("month", "mof") not in latest) else "month")
                kind = p.kind
            head = latest.get((p.kind, conv)) or latest.get((p.kind, "mof")) or latest.get((p.kind, "any"))
            if conv == "jpx" and p.kind == "week" and ("week", "jpx") not in latest and head is not None:
                head = exchange_week(head[1] - timedelta(days=1))  # the exchange's Monday-Friday week of the ministry's week
            if head is None and p.kind == "week" and published:
                head = week_before_publication(published, conv)
            if head is None and p.kind == "year" and ("year", "any") not in latest and ("fiscal_year", "any") in latest:
                # "bought X in the fiscal year, against Y a year earlier": the fiscal year before
                # (or, in a fiscal-year story, "disposing of X over the year, against purchases of Y a year earlier")
                same = [k for x, (k, _, _) in zip(cands, first, strict=True) if x.sentence == c.sentence and x.amount.start < c.amount.start]
                if (same and same[-1] == "fiscal_year") or fiscal_story:
                    p, kind, head = replace(p, kind="fiscal_year"), "fiscal_year", latest[("fiscal_year", "any")]
            if head is None and p.kind in ("year", "fiscal_year"):
                kind, start, end = p.kind, p.start, p.end  # no headline year: the one before publication
            elif head is not None:
                back = p.count or 1 if p.relation == "prev_n" else 2 if p.relation == "prev2" else 1
                if p.kind == "year":
                    start, end = date(head[0].year - back, 1, 1), date(head[0].year - back, 12, 31)
                elif p.kind == "fiscal_year":
                    start, end = date(head[0].year - back, 4, 1), date(head[0].year - back + 1, 3, 31)
                elif p.kind == "week":
                    start, end = head[0] - timedelta(days=7 * back), head[1] - timedelta(days=7 * back)
                else:
                    end = head[0] - timedelta(days=1)
                    if back == 2:
                        end = end.replace(day=1) - timedelta(days=1)
                    start = end.replace(day=1)
        elif p.relation == "run_since":
            word = p.text.split()[-1].lower()
            m = _MONTHS_FULL.index(word) + 1 if word in _MONTHS_FULL else None
            low = p.text.lower()
            head = _run_head(latest, conv, latest_any)
            if m is not None and ("month", "mof") in latest and not any(key[0] == "week" for key in latest):
                # "by my count it adds up to X since August" in a story of months: the months since then
                end = latest[("month", "mof")][1]
                kind, start = "months", _month_start_before(m, end)
            elif m is not None and c.features.get("exchange_week") and not any(w in low for w in ("end", "mid", "late")) \
                    and (last := days[-1] if days else head[1] if head else None) is not None:
                # another market's "since the start of August": its exchange publishes daily, so the month to date
                kind, start, end = "other", _month_start_before(m, last), last
            elif head is not None:
                end = head[1]
                streak = c.streak if c.streak and c.streak.get("unit") == "week" else None
                if streak and streak.get("count", 0) > 1:
                    # "the sixth straight week of outflows, bringing selling since early February to Y": six weeks
                    start = end - timedelta(days=7 * streak["count"] - 1)
                elif m is not None:
                    opening = _month_start_before(m, end)
                    if "end" in low:  # "since the end of March": from March's last week (most of its days in March)
                        closing = month_end(opening.year, m)
                        wed = closing - timedelta(days=(closing.weekday() - 2) % 7)
                    else:
                        wed = opening.replace(day=15 if "mid" in low else (20 if "late" in low else 1))
                    start = mof_week(wed)[0] if conv == "mof" else exchange_week(wed)[0]
                if c.features.get("run_before_head"):
                    # "had been net buyers every week since the end of March": up to the week before the latest
                    end = end - timedelta(days=7)
        elif p.relation == "run":
            found = _headline(latest, conv, None, False, weeks_only=True) if p.kind == "weeks" else None
            head = (found[1] if found is not None and found[0] == "week" else None) \
                or latest.get(("week" if p.kind == "weeks" else "month", conv)) or latest_any
            if head is not None and p.count:
                if p.kind == "weeks":
                    # "in the three weeks before that", "In those three weeks they had sold": the run ends the week before the headline week
                    end = head[0] - timedelta(days=1) if _RUN_BEFORE_THAT.search(p.text) or c.features.get("run_before_head") else head[1]
                    start = end - timedelta(days=7 * p.count - 1)
                else:
                    prior = c.comparison_cue or any(w in p.text.lower() for w in ("previous", "prior", "preceding"))
                    if prior:
                        # "bought X in August, after selling Y over the past 9 months": before X's month
                        contrasted_months = [per for x, per in zip(cands, out, strict=False) if x.sentence == c.sentence
                                             and per is not None and per.kind == "month" and per.start and per.end]
                        if contrasted_months:
                            head = (date.fromisoformat(contrasted_months[-1].start or ""), date.fromisoformat(contrasted_months[-1].end or ""))
                    last_month_end = head[0] - timedelta(days=1) if prior else head[1]
                    y, m = last_month_end.year, last_month_end.month - p.count + 1
                    while m <= 0:
                        y, m = y - 1, m + 12
                    start, end = date(y, m, 1), last_month_end
                    if m == 1 and not prior and "-month" in p.text.lower():
                        kind = "year_to_date"  # "bringing the six-month total to X" in July: the year to date
        elif p.relation == "same_prev":
            kind, start, end = "year_to_date", p.start, None
            ref = _counterpart(c, cands, out)
            if ref is not None and ref.kind in ("months", "quarter") and ref.start and ref.end \
                    and (p.start is None or p.start.year == date.fromisoformat(ref.start).year - 1):
                # "in the half ..., versus Y in the same period a year earlier": that span a year before
                ref_start, ref_end = date.fromisoformat(ref.start), date.fromisoformat(ref.end)
                kind, start, end = ref.kind, ref_start.replace(year=ref_start.year - 1), month_end(ref_end.year - 1, ref_end.month)
            elif ref is not None and ref.start:
                ref_start = date.fromisoformat(ref.start)
                if start is None or p.text and not re.search(r"\d{4}", p.text):
                    start = ref_start.replace(year=ref_start.year - 1)
                ref_mention = cands[out.index(ref)].period
                if ref.end and ref_mention is not None and ref_mention.relation == "absolute":
                    # "the first three quarters of this year ... the same period of 2013": the same months
                    ref_end = date.fromisoformat(ref.end)
                    end = month_end(start.year + (ref_end.year - ref_start.year), ref_end.month)
                    if " half " in f" {p.text.lower()} ":
                        kind = "months"  # "the first half of 2008 ... the same half of 2007": a half long over
            elif start is None:
                head = latest.get(("week", conv)) or latest_any
                if head is not None:
                    start = date(head[1].year - 1, 4 if p.count == 4 else 1, 1)
        elif p.relation == "the_year" and published is not None and fiscal_story and 4 <= published.month <= 6:
            kind, start, end = "fiscal_year", date(published.year - 1, 4, 1), date(published.year, 3, 31)
        elif p.relation == "mtd":
            # "taking their net sales so far in August to Y": the month's days up to the latest data named
            head = latest.get(("week", conv)) or latest_any
            day = days[-1] if days and _daily(c) else head[1] if head else None
            # ("X in the week to Thursday, bringing their purchases since May 16 to Y": to then)
            day = _last_day_told(c, cands, out, ("week", "day")) or day
            if day is not None and (p.start is None or p.start <= day):
                start, end = p.start or day.replace(day=1), day
        elif p.relation in ("ytd", "the_year"):
            head = latest.get(("week", conv)) or latest.get(("month", "mof")) or latest_any
            end = head[1] if head else None
            if days and _daily(c):
                # "sold X on Wednesday and have bought Y since January": to the day of the sentence's figure
                end = _last_day_told(c, cands, out, ("day",)) or days[-1]
            if p.start is not None and p.start.month == 4:
                start = p.start  # fiscal year to date
            else:
                start = date(end.year, 1, 1) if end else p.start
        if (kind or p.kind) == "year" and end is not None and latest_any is not None and end > latest_any[1] \
                and start is not None and start <= latest_any[1]:
            # "bringing its purchases for 2012 to $61.3 billion" in a story about June 2012: a year not over yet
            kind, end = "year_to_date", latest_any[1]
        if (kind or p.kind) == "months" and fiscal_story and start is not None and end is not None \
                and (start.month, end.month, end.year - start.year) == (4, 3, 1):
            kind = "fiscal_year"  # "over the 12 months to March" in a story of Japan's fiscal year
        out.append(Period(kind=cast("PeriodKind", kind or p.kind), start=start.isoformat() if start else None,
                          end=end.isoformat() if end else None, text=p.text))
    _total_of_run(cands, out)
    return out


def _total_of_run(cands: list[Candidate], out: list[Period | None]) -> None:
    """A total over as many weeks as a run named before it, moving the same way, is the run's total and
    carries its streak: "a ninth straight week of selling ... Over the nine weeks they sold Y"."""
    for k, (c, per) in enumerate(zip(cands, out, strict=True)):
        if c.streak is not None or per is None or per.kind != "weeks" or not (per.start and per.end):
            continue
        weeks = (date.fromisoformat(per.end) - date.fromisoformat(per.start)).days // 7 + 1
        run = next((x.streak for x in reversed(cands[:k]) if x.streak and x.streak.get("unit") == "week"
                    and x.streak.get("count") == weeks and x.direction == c.direction), None)
        if run is not None:
            c.streak = dict(run)


def _counterpart(c: Candidate, cands: list[Candidate], out: list[Period | None]) -> Period | None:
    """The running total a "same period last year" figure is compared with: the last earlier one in its
    sentence, else in the story."""
    earlier = [(x, per) for x, per in zip(cands, out, strict=False) if per is not None and per.kind in (*_SPANS, "quarter")
               and x.period is not None and x.period.relation != "same_prev"]
    same = [per for x, per in earlier if x.sentence == c.sentence]
    if same:
        return same[-1]
    return earlier[-1][1] if earlier else None


_SPANS = ("year_to_date", "months", "weeks")
# "a third straight week of selling worth X in all": a figure marked as the sum of the run its sentence names
_IN_ALL = re.compile(r"\)?\s*,?\s*(?:in\s+all|in\s+total|all\s+told|altogether)\b", re.IGNORECASE)
_RUN_BEFORE_THAT = re.compile(r"\b(?:before|prior\s+to|preceding)\s+(?:that|then)$|^(?:after|followed|following)\s", re.IGNORECASE)


_MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]


_A_YEAR_EARLIER = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b", re.IGNORECASE)
# the investor types of the ministry's monthly data
_MONTHLY_TYPES = ("banks", "life_insurers", "trust_banks", "investment_trusts", "pension_funds")


def _last_day_told(c: Candidate, cands: list[Candidate], out: list[Period | None], kinds: tuple[str, ...]) -> date | None:
    """The last day of the latest period of one of `kinds` resolved for a figure before `c` in its sentence."""
    return next((date.fromisoformat(q.end) for x, q in zip(reversed(cands[:len(out)]), reversed(out), strict=True)
                 if x.sentence == c.sentence and q is not None and q.kind in kinds and q.end), None)


def _month_nearby(i: int, cands: list[Candidate], first: list[tuple[str | None, date | None, date | None]],
                  out: list[Period | None]) -> bool:
    """Whether a figure of the sentence of `cands[i]` is a month's ("December alone brought X, while they sold Y",
    "slowed to Y from Z in February"), or the figure told just before, in the sentence before, is ("They took X in the
    month. Net, residents still bought Y")."""
    c = cands[i]
    if any(x is not c and x.sentence == c.sentence and k == "month" for x, (k, _, _) in zip(cands, first, strict=True)):
        return True
    told = out[i - 1] if i > 0 else None
    # (the figure just before is in the same sentence or the one right before it, in the same paragraph)
    return told is not None and told.kind == "month" and 0 <= c.sentence[0] - cands[i - 1].sentence[1] <= 1


def _year_contrasted(c: Candidate, cands: list[Candidate], latest: dict[tuple[str, str], tuple[date, date]],
                     fiscal_story: bool) -> str | None:
    """The kind of year ("fiscal_year" or "year") of a figure that names no period but is set against a figure of
    "the year before" later in its sentence, when the story has a headline period of that kind."""
    if not any(x.sentence == c.sentence and x.amount.start > c.amount.start and x.comparison_cue and x.period is not None
               and x.period.kind == "year" and x.period.relation == "prev" and not _A_YEAR_EARLIER.search(x.period.text)
               for x in cands):
        return None
    kind = "fiscal_year" if fiscal_story or ("year", "any") not in latest else "year"
    return kind if (kind, "any") in latest else None


def _month_start_before(month: int, day: date) -> date:
    """The first day of the latest `month` that begins on or before `day`: August before Aug. 9, 2019 is 2019-08-01,
    before Feb. 3, 2020 it is 2019-08-01 too."""
    return date(day.year if month <= day.month else day.year - 1, month, 1)


def _run_head(latest: dict[tuple[str, str], tuple[date, date]], conv: str,
              latest_any: tuple[date, date] | None) -> tuple[date, date] | None:
    """The week a run of weeks ends with: the story's headline week, else its latest period."""
    found = _headline(latest, conv, None, False, weeks_only=True)
    return found[1] if found is not None and found[0] == "week" else latest_any


_SESSIONS = re.compile(r"\b(?:sessions|trading\s+days)\b", re.IGNORECASE)


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
    if ("fiscal_year", "any") in latest and not weeks_only:
        return "fiscal_year", latest[("fiscal_year", "any")]  # a story of a fiscal year's figures alone
    if published is not None and weekly:
        head = week_before_publication(published, conv)
        latest[("week", conv)] = head
        return "week", head
    return None


def _absolute(c: Candidate, published: date | None, conv: str) -> tuple[str | None, date | None, date | None]:
    return _absolute_mention(c.period, published, conv)


def _absolute_mention(p: PeriodMention | None, published: date | None, conv: str) -> tuple[str | None, date | None, date | None]:
    """The kind and dates of a period mention that needs no headline period, in week convention `conv`."""
    if p is None:
        return None, None, None
    if p.relation == "week_end":
        if p.anchor is None:
            return "week", None, None
        if conv != "jpx" and p.anchor.weekday() not in (4, 5):
            return "week", p.anchor - timedelta(days=6), p.anchor  # fund-flow weeks end mid-week (Lipper, EPFR)
        if conv == "jpx" and p.anchor.weekday() < 4:
            # "in the week to Thursday": the trading days of the week up to that day (a holiday, or another market's
            # week told the day after)
            return "week", p.anchor - timedelta(days=p.anchor.weekday()), p.anchor
        s, e = exchange_week(p.anchor) if conv == "jpx" else mof_week(p.anchor)
        return "week", s, e
    if p.relation == "calendar_week":
        if p.anchor is None:
            return "week", None, None
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
