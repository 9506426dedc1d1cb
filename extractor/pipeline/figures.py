"""Other quoted figures: exchange rates, yields, index levels, percentage moves and shares."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from extractor.facts import Evidence, Figure
from extractor.lang.en.periods import WEEKDAYS
from extractor.parse.alternatives import OpeningScan
from extractor.parse.fold import folded_finditer, folded_search, lowercase_twin
from extractor.parse.periods import resolve_month_day
from extractor.pipeline.mentions import Mentions

_CUR = {"yen": "JPY", "japanese yen": "JPY", "jpy": "JPY", "won": "KRW", "korean won": "KRW", "rupees": "INR",
        "indian rupees": "INR", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ringgit": "MYR",
        "yuan": "CNY", "baht": "THB", "taiwan dollars": "TWD", "t$": "TWD", "nt$": "TWD", "rupiah": "IDR"}
_SYMBOL_CUR = {"¥": "JPY", "₩": "KRW"}  # a quote currency written as a symbol before the rate
_BASE = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "a$": "AUD"}

_NUMBER = r"(?P<v>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_PCT = rf"{_NUMBER}\s*(?:%|per\s*cent|percent|pct)"
_PCT_CHANGE_RX = re.compile(
    rf"\b(?P<verb>rose|gained|climbed|jumped|surged|soared|advanced|added|fell|dropped|declined|slid|slumped|lost|tumbled|sank|eased|rallied|up|down|risen|fallen)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?{_PCT}",
    re.IGNORECASE,
)
_SHARE_RX = re.compile(rf"{_PCT}\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<what>[\w\s.-]{{3,40}})", re.IGNORECASE)
_INDEX_RX = re.compile(
    r"(?P<idx>Nikkei(?:\s+225|\s+share\s+average|\s+average)?|Topix|TOPIX|S&P\s*500|Dow(?:\s+Jones)?|Nasdaq|KOSPI|Kospi|Sensex|Nifty|Hang\s+Seng|Taiex|TAIEX)"
    r"(?P<mid>[^.;]{0,80}?)\b(?:at|to|of|above|below|near|around|closed\s+at|ended\s+at)\s+(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,}(?:\.\d+)?)(?!\s*(?:%|percent|per\s*cent|yen|trillion|billion))",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"per\s*cent")  # "percent" too
# what every `_SHARE_RX` match holds, lowercased ("per cent" and "percent" end in "cent"): one pattern with
# a literal start per unit, which the regex engine finds much faster than an alternation
_SHARE_CUES = tuple(re.compile(rf"{unit}\s+of\s") for unit in ("%", "cent", "pct"))
_ON_DATE = re.compile(
    r"\bon\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}))",
)


def find_figures(article_id: str, text: str, sentences: list[tuple[int, int]], mentions: Mentions,
                 published: date | None) -> list[Figure]:
    found: list[dict[str, Any]] = []  # the fields of each figure; ids are given in text order at the end

    def add(measure: str, value: float, unit: str, span: tuple[int, int], subject: str | None,
            base: str | None = None, quote: str | None = None) -> None:
        s0, s1 = next(((a, b) for a, b in sentences if a <= span[0] < b), (span[0], span[1]))
        found.append(dict(
            article_id=article_id, measure=measure, value=value, unit=unit,
            text=text[span[0]:span[1]], evidence=Evidence(text[s0:s1], s0, s1),
            subject=" ".join(subject.split()) if subject else None,
            date=_date_near(text[span[1]:s1], published), base=base, quote=quote,
        ))

    for s, e, m in mentions.fx_spans:
        base_text = m.group("base").strip().lower()
        base = _BASE.get(base_text, "USD" if "usd" in base_text or "dollar" in base_text else "GBP" if "pound" in base_text or "gbp" in base_text else "EUR")
        written = (m.group("quote") or m.group("qsym")).strip()  # "yen", or the symbol before the rate: "¥"
        quote = _CUR.get(written.lower(), _SYMBOL_CUR.get(written, written.upper()))
        add("fx_rate", float(m.group("rate").replace(",", "")), f"{quote} per {base}", (s, e), f"{base}/{quote}", base, quote)
    taken = [(s, e) for s, e, _ in mentions.fx_spans]
    text_low = text.lower()  # the case-insensitive patterns run on lowercased text (see parse.fold)
    # yields, percentage moves and shares are all percentages: none without a percent sign or word
    has_percent = _has_percent(text_low)
    prev_had_yield = False
    prev_low = ""
    for s0, s1 in sentences:
        sentence = text[s0:s1]
        low = sentence.lower()
        for value, span, base, quote, subject in _rates_in(sentence, low, prev_low):
            span = (s0 + span[0], s0 + span[1])
            if not any(a <= span[0] < b for a, b in taken):
                add("fx_rate", value, f"{quote} per {base}", span, subject, base, quote)
                taken.append(span)
        has_yield = "yield" in low
        if has_percent and _has_percent(low) and (
                has_yield or prev_had_yield or folded_search(_RATE_INSTRUMENT, _TWIN[_RATE_INSTRUMENT], sentence, low)
                or (("cap" in low or "ceiling" in low) and _CAP_CONTEXT.search(low))):
            for value, span, yield_subject in _yields_in(sentence, low, follow_on=prev_had_yield and not has_yield):
                span = (s0 + span[0], s0 + span[1])
                if not any(a <= span[0] < b for a, b in taken):
                    add("yield", value, "percent", span, yield_subject)
                    taken.append(span)
        prev_had_yield = has_yield
        prev_low = low
    for m in folded_finditer(_INDEX_RX, _TWIN[_INDEX_RX], text, text_low):
        add("index_level", float(m.group("v").replace(",", "")), "points", (m.start("v"), m.end("v")), m.group("idx"))
    for m in folded_finditer(_PCT_CHANGE_RX, _TWIN[_PCT_CHANGE_RX], text, text_low) if has_percent else ():
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        v = float(m.group("v").replace(",", ""))
        if m.group("verb").lower() in ("fell", "dropped", "declined", "slid", "slumped", "lost", "tumbled", "sank", "eased", "down", "fallen"):
            v = -v
        add("percent_change", v, "percent", (m.start("v"), m.end()), None)
        taken.append((m.start("v"), m.end()))
    for m in folded_finditer(_SHARE_RX, _TWIN[_SHARE_RX], text, text_low) if has_percent and any(rx.search(text_low) for rx in _SHARE_CUES) else ():
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        add("share", float(m.group("v").replace(",", "")), "percent", (m.start("v"), m.end("v") + 8), m.group("what").strip())
    found.sort(key=lambda f: (f["evidence"].start, f["text"]))
    return [Figure(id=f"{article_id}#q{n}", **f) for n, f in enumerate(found, start=1)]


# --- exchange rates written in prose ---------------------------------------------------------------
_PAIR_WORDS = {"yen": "JPY", "won": "KRW", "rupee": "INR", "taiwan dollar": "TWD", "singapore dollar": "SGD", "yuan": "CNY", "ringgit": "MYR",
               "baht": "THB", "rupiah": "IDR", "euro": "EUR", "sterling": "GBP", "pound": "GBP"}
_RANGES = {"JPY": (60, 400), "KRW": (700, 2000), "INR": (35, 130), "TWD": (20, 45), "CNY": (5, 9), "MYR": (2.5, 6),
           "THB": (25, 45), "IDR": (8000, 20000), "EUR": (0.8, 1.7), "GBP": (1.0, 2.2), "SGD": (1.1, 1.9),
           "AUD": (0.45, 1.15), "NZD": (0.4, 1.0)}
# a bare number taken for a dollar/yen level on context alone must lie where the pair has traded
_BARE_JPY_RANGE = (70, 170)
_RATE_NUMBER = re.compile(r"(?<![\w.,$¥])(?P<neg>minus\s+)?(?P<cur>JPY\s?|¥|\$)?(?P<v>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d,]*\.\d)(?![\d])(?!\s*(?:%|percent|per\s*cent|pct|billion|trillion|million|bln|trln|bn|tn|basis|bps|points|years?|months?|weeks?|days?|-year|-month|-week))(?P<after>\s*(?:per\s+(?:U\.S\.\s+|US\s+)?(?:dollar|euro)|to\s+the\s+(?:U\.S\.\s+|US\s+)?dollar|against\s+the\s+(?:U\.S\.\s+|US\s+)?dollar|yen|won|rupees?|(?:U\.S\.\s+|US\s+)?dollars?))?", re.IGNORECASE)
_CROSS_BASE = re.compile(r"\b(euro|pound|sterling)\b[^,;]{0,45}$")  # on lowercased text
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")  # on lowercased text
# a further level of a pair already named in the sentence: "a record low of", "from", "near" (on lowercased text)
_LEVEL_OF = re.compile(r"\b(?:(?:low|high|level|peak|trough)\s+of|from|near|around|beyond|past|below|above)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|as\s+(?:low|high)\s+as\s+)?$")
_YEN_PAIR = re.compile(r"\b(?:usd/jpy|dollar/yen|dollar-yen)\b"  # on lowercased text; "short JPY against USD" too
                       r"|\b(?:jpy|yen)\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:usd|dollar)\b|\b(?:usd|dollar)\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:jpy|yen)\b")
# a level of a pair in strategy copy: "targeting 148", "a stop at 139", "buying dips toward 111.50", "a break
# below 127", "recovering above 107" (on lowercased text, just before a bare number)
_PAIR_LEVEL_CUE = re.compile(r"\b(?P<cue>at|to|toward|towards|test|tests|testing|tested|(?:target|targets|targeting|targeted|stop|stops|stop-loss)(?:\s+(?:of|at))?"
                             r"|above|below|beyond|past|near|around|through|under|over)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|the\s+)?$")
# the dollar-based pairs whose base is the other currency: "the Australian dollar bought 0.6410 U.S. dollars"
_USD_QUOTED = {"australian dollar": "AUD", "aussie": "AUD", "new zealand dollar": "NZD", "kiwi": "NZD",
               "euro": "EUR", "pound": "GBP", "sterling": "GBP"}
# another market's currency just before a bare level, with no other money between: the level is per dollar
# (on lowercased text; each level must then lie in the pair's range)
_LOCAL_CURRENCY_BEFORE = re.compile(r"\b(won|rupee|yuan|ringgit|baht|rupiah|taiwan\s+dollar|singapore\s+dollar)\b[^,;$¥]{0,30}$")
# (on lowercased text) a level "stood at", whose subject is the dollar named further back, or "it" after a sentence about it
_STOOD_AT = re.compile(r"\b(?:stood|was|traded|ended|closed|finished|stands|is|sat)\s+(?:at|near|around)\s+(?:about\s+|around\s+)?$")
_IT_BEFORE = re.compile(r"\bit\s+(?:\w+\s+){0,2}$")
_FX_SUBJECT = re.compile(r"\b(?:yen|dollar|greenback|won|rupee|taiwan\s+dollar|yuan|euro|pound|sterling|usd/jpy|dollar/yen|dollar-yen)\b", re.IGNORECASE)


def _rates_in(sentence: str, low: str, prev_low: str = "") -> list[tuple[float, tuple[int, int], str, str, str]]:
    """Exchange rates written in prose: "the yen at 151.20 per dollar", "the dollar fetched 107.10 yen",
    "the euro traded at $1.0855", "the won ended at 1,331.9 per dollar", "below JPY80"; and bare levels
    of dollar/yen where this sentence or the one before (`prev_low`) names the pair: "targeting 148"."""
    pair_here = _YEN_PAIR.search(low) is not None
    pair_named = pair_here or _YEN_PAIR.search(prev_low) is not None
    if not pair_named and not folded_search(_FX_SUBJECT, _TWIN[_FX_SUBJECT], sentence, low):
        return []
    out: list[tuple[float, tuple[int, int], str, str, str]] = []
    for m in folded_finditer(_RATE_NUMBER, _TWIN[_RATE_NUMBER], sentence, low):
        v = float(m.group("v").replace(",", ""))
        after = (m.group("after") or "").lower().strip()
        before = low[max(0, m.start() - 60):m.start()]
        quote = None
        if after.endswith(("dollar", "dollars")) and not after.startswith(("per", "to the", "against")):
            # "the Australian dollar bought 0.6410 U.S. dollars": US dollars per unit of the currency named
            named = [(before.rfind(word), code) for word, code in _USD_QUOTED.items() if word in before]
            if named:
                base = max(named)[1]
                lo, hi = _RANGES[base]
                if lo <= v <= hi:
                    out.append((v, m.span("v"), base, "USD", f"{base}/USD"))
            continue
        if after.startswith(("per", "to the", "against")):
            quote = next((code for word, code in _PAIR_WORDS.items() if word in before and code != "EUR"), "JPY")
        elif after in ("yen", "won", "rupee", "rupees"):
            quote = {"yen": "JPY", "won": "KRW"}.get(after, "INR")
            cross = _CROSS_BASE.search(before) if after == "yen" else None
            if cross is not None and not re.search(r"dollar|greenback|\$", before):
                # "the euro bought 154.20 yen", "the pound was at 133.15 yen"
                base = "EUR" if cross.group(1) == "euro" else "GBP"
                out.append((v, m.span("v"), base, "JPY", f"{base}/JPY"))
                continue
            if not re.search(r"dollar|greenback|\$", before) and not (
                    after == "yen" and _STOOD_AT.search(before)
                    and (re.search(r"dollar|greenback", low[:m.start()]) or _IT_BEFORE.search(before) and re.search(r"\bdollar\b", prev_low))):
                # ("The dollar, which fell as low as 115.15 yen on March 5, stood at 117.30 yen", "On Thursday it stood at
                # 146.30 yen" after a sentence about the dollar: the subject's level, named further back)
                if out and out[-1][3] == quote and _LEVEL_OF.search(before):
                    # "The dollar fetched 76.98 yen, not far from a record low of 75.95 yen", "The euro traded at 98.85
                    # yen, down from about 108 yen": the same pair
                    lo, hi = _RANGES.get(quote, (0, 1e9)) if out[-1][2] == "USD" else (0, 1e9)
                    if lo <= v <= hi:
                        out.append((v, m.span("v"), *out[-1][2:]))
                continue
        elif m.group("cur") is None and out and _FROM_LEVEL.search(before):
            # "weakened to 1,374.8 per dollar from 1,365.3": the level it moved from, in the same pair
            _, _, base, quote, pair = out[-1]
            lo, hi = _RANGES.get(quote, (0, 1e9))
            if lo <= v <= hi:
                out.append((v, m.span("v"), base, quote, pair))
            continue
        elif (m.group("cur") or "").strip() in ("JPY", "¥") and re.search(r"dollar|greenback|\busd\b", before):  # "USD/JPY 155.30"
            quote = "JPY"
        elif m.group("cur") == "$" and (cross := _CROSS_BASE.search(before)) is not None:
            base = "EUR" if cross.group(1) == "euro" else "GBP"  # "the euro traded at $1.0855", "sterling at $1.27"
            lo, hi = _RANGES[base]
            if lo <= v <= hi:
                out.append((v, m.span("v"), base, "USD", f"{base}/USD"))
            continue
        elif m.group("cur") is None and not after and (local := _LOCAL_CURRENCY_BEFORE.search(before)) is not None:
            quote = _PAIR_WORDS[re.sub(r"\s+", " ", local.group(1))]  # "the won ended at 1,336.50": per dollar
        elif m.group("cur") is None and re.search(r"\b(?:yen|dollar|greenback|usd/jpy|dollar/yen)\b[^,;]{0,45}$", before):
            quote = "JPY"
        elif m.group("cur") is None and _YEN_PAIR.search(low) and re.search(r"\bpair\b[^,;]{0,45}$", before):
            quote = "JPY"  # "the pair is stuck near 101.80" in a sentence that names USD/JPY
        elif m.group("cur") is None and not after and (cue := _PAIR_LEVEL_CUE.search(before)) and (
                pair_here or (out and out[-1][2:4] == ("USD", "JPY"))
                or (pair_named and cue.group("cue") not in ("at", "to"))):
            # a level of dollar/yen named here or in the sentence before, or of the dollar/yen rate just
            # quoted: "targeting 148, with a stop at 139", "before recovering above 107"; after a sentence
            # naming the pair not "to" or "at", which as often take some other subject to its level
            if _BARE_JPY_RANGE[0] <= v <= _BARE_JPY_RANGE[1]:
                out.append((v, m.span("v"), "USD", "JPY", "USD/JPY"))
            continue
        if quote is None:
            continue
        lo, hi = _RANGES.get(quote, (0, 1e9))
        if lo <= v <= hi:
            out.append((v, m.span("v"), "USD", quote, f"USD/{quote}"))
    return out


# --- yields --------------------------------------------------------------------------------------
_TENOR = r"\b\d{1,2}(?:-?(?:y|yr|yrs)|s)\b"  # tenor shorthand of notes and desk copy: "10y", "30yr", "5-yr", "10s closed at"
_RATE_INSTRUMENT = re.compile(rf"{_TENOR}|\b(?:\d{{1,2}}|two|five|ten|thirty)-(?:year|month)\b|\b(?:bills|notes|bonds?|Treasur(?:y|ies)|JGBs?|Bunds?|gilts?)\b\s+(?:stood|were|was|at|around|traded|yielded|above|below)"
                              r"|\blong-term\s+(?:interest\s+)?rates?\b", re.IGNORECASE)  # "the long-term interest rate": translated copy's word for the 10-year yield
_PCT_NUMBER = re.compile(r"(?P<neg>minus\s+|-)?(?P<v>\d+(?:\.\d+)?|zero)\s*(?:%|percent|per\s*cent|pct)", re.IGNORECASE)
# "(the strategist) thinks 1.5% is the level at which ...", after a sentence about a yield: a level of that yield
_LEVEL_TALK = re.compile(r"\s+(?:is|was|would\s+be|will\s+be|as)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:level|ceiling|cap|floor|threshold|line\s+in\s+the\s+sand)\b", re.IGNORECASE)
_NOT_A_LEVEL = re.compile(r"(?:\b(?:rose|gained|climbed|jumped|surged|fell|dropped|declined|slid|lost|up|down|by|of\s+their|percent\s+of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?)$", re.IGNORECASE)


# the yield named right after its level: "a forecast of 2.05 percent for the 10-year yield", "waiting for 4.5% on the 10-year"
_YIELD_NAMED_AFTER = re.compile(r"\s+(?:for|on|in)\s+(?:the\s+)?(?P<subj>(?:benchmark\s+)?(?:\d{1,2}|two|five|ten|thirty)-year"
                                r"(?:\s+(?:JGB|Treasury|U\.S\.\s+Treasury|government\s+bond|bond|note|Bund|gilt))?(?:\s+yield)?)\b", re.IGNORECASE)


# a yield cap of yield curve control: "keep the 0.5% cap unchanged", "its 0.25 percent yield ceiling", in a
# sentence about the central bank or its bonds (on lowercased text)
_CAP_AFTER = re.compile(r"\s*(?:yield\s+)?(?:cap|ceiling)\b")
_CAP_CONTEXT = re.compile(r"\b(?:boj|bank\s+of\s+japan|central\s+bank|jgbs?|yield[- ]curve|ycc)\b")


def _yields_in(sentence: str, low: str, follow_on: bool) -> list[tuple[float, tuple[int, int], str | None]]:
    """Yield levels: "the 10-year JGB yield rose to 0.785 percent", "three-month bills stood around 0.01
    percent", "the 10-year at 2.5 percent", "It was at 0.40 percent" after a sentence about a yield."""
    out = []
    for m in folded_finditer(_PCT_NUMBER, _TWIN[_PCT_NUMBER], sentence, low):
        before = sentence[max(0, m.start() - 160):m.start()]
        if folded_search(_NOT_A_LEVEL, _TWIN[_NOT_A_LEVEL], before, low[max(0, m.start() - 160):m.start()]):
            continue  # a change ("rose 8 basis points", "fell 2 percent") or a share ("40 percent of")
        if re.match(r"\s*of\b", sentence[m.end():m.end() + 5]):
            continue  # "40 percent of their holdings" is a share
        is_cap = _CAP_AFTER.match(low, m.end()) is not None and _CAP_CONTEXT.search(low) is not None
        named_after = _YIELD_NAMED_AFTER.match(sentence, m.end())  # "a forecast of 2.05 percent for the 10-year yield"
        if not (is_cap or named_after or re.search(rf"yield|{_TENOR}|\b(?:\d{{1,2}}|two|five|ten|thirty)-(?:year|month)\b|\b(?:bills?|notes?|bonds?|Treasur(?:y|ies)|JGBs?|Bunds?|gilts?)\b|\blong-term\s+(?:interest\s+)?rates?\b", before, re.IGNORECASE)
                or (follow_on and (re.match(r"\s*(?:It|The\s+yield|That)\b", sentence) or _LEVEL_TALK.match(sentence, m.end())))):
            continue
        if re.search(r"\b(?:inflation|growth|GDP|rate\s+hike|stake|share|ratio|hedg\w*\s+(?:costs?|ratios?|premiums?)|cost\s+of\s+hedg)", before[-60:], re.IGNORECASE):
            continue
        v = 0.0 if m.group("v").lower() == "zero" else float(m.group("v"))
        if m.group("neg"):
            v = -v
        subj = re.search(r"((?:benchmark\s+)?(?:\d{1,2}|two|five|ten|thirty)-(?:year|month)[\w .-]{0,30}?(?:yield|bills?|notes?|bonds?|Treasur(?:y|ies)|JGBs?|Bunds?)?)", before)
        out.append((v, m.span(), named_after.group("subj") if named_after else subj.group(1).strip() if subj else None))
    return out


# lowercased twins of the case-insensitive patterns above, run on lowercased text (see parse.fold), each
# found with one pattern per opening where it can be taken apart (see parse.alternatives.OpeningScan)
_TWIN = {rx: (twin := lowercase_twin(rx)) and OpeningScan.of(twin) or twin for rx in (
    _INDEX_RX, _PCT_CHANGE_RX, _SHARE_RX, _RATE_INSTRUMENT, _FX_SUBJECT, _NOT_A_LEVEL, _PCT_NUMBER, _RATE_NUMBER)}


def _has_percent(low: str) -> bool:
    """Whether lowercased text holds the unit of `_PCT` (a literal search each: much faster than the alternation)."""
    return "%" in low or "pct" in low or _PER_CENT.search(low) is not None


def _date_near(after: str, published: date | None) -> str | None:
    m = _ON_DATE.search(after[:60])
    if m and published:
        if m.group("wd"):
            wd = WEEKDAYS[m.group("wd").lower()]
            delta = (published.weekday() - wd) % 7
            return (published - timedelta(days=delta)).isoformat()
        month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(m.group("mon")[:3].lower()) + 1
        d = resolve_month_day(month, int(m.group("day")), published)
        return d.isoformat() if d else None
    return published.isoformat() if published else None
