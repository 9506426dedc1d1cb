"""Other quoted figures: exchange rates, yields, index levels, percentage moves and shares."""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.facts import Evidence, Figure
from extractor.lang.en.periods import WEEKDAYS
from extractor.parse.periods import resolve_month_day
from extractor.pipeline.mentions import Mentions

_CUR = {"yen": "JPY", "japanese yen": "JPY", "jpy": "JPY", "won": "KRW", "korean won": "KRW", "rupees": "INR",
        "indian rupees": "INR", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ringgit": "MYR",
        "yuan": "CNY", "baht": "THB", "taiwan dollars": "TWD", "t$": "TWD", "nt$": "TWD", "rupiah": "IDR"}
_BASE = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "a$": "AUD"}

_NUMBER = r"(?P<v>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_PCT = rf"{_NUMBER}\s*(?:%|per\s*cent|percent|pct)"
_YIELD_RX = re.compile(
    rf"(?P<subj>(?:benchmark\s+|the\s+)?(?:\d{{1,2}}-year|\d{{1,2}}-yr|ten-year|two-year|five-year|30-year|thirty-year|super-long)?[\w.\s-]{{0,40}}?"
    rf"(?:yield|yields|yielded|yielding))(?P<mid>[^;%]{{0,100}}?)\b(?:of|at|to|touched|hit|was|ended\s+at|stood\s+at|rose\s+to|fell\s+to|yielded|near|around|above|below|from)?\s*{_PCT}",
    re.IGNORECASE,
)
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
_FX_TEXT_RX = re.compile(
    r"(?P<subj>(?:the\s+)?(?:dollar|U\.S\.\s+dollar|greenback|USD/JPY|dollar/yen|euro)|yen)\s+(?:was\s+|is\s+)?(?:traded|trading|stood|fell|rose|slipped|climbed|weakened|strengthened|hit|touched|was|at|changed\s+hands|bought|quoted|ended)"
    r"[^.;]{0,40}?\b(?:at|to|of|around|near|above|below)\s+(?P<v>\d{2,3}(?:\.\d+)?)\s+(?:yen|to\s+the\s+dollar)",
    re.IGNORECASE,
)
_ON_DATE = re.compile(
    r"\bon\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}))",
)


def find_figures(article_id: str, text: str, sentences: list[tuple[int, int]], mentions: Mentions,
                 published: date | None) -> list[Figure]:
    figs: list[Figure] = []

    def add(measure: str, value: float, unit: str, span: tuple[int, int], subject: str | None,
            base: str | None = None, quote: str | None = None) -> None:
        s0, s1 = next(((a, b) for a, b in sentences if a <= span[0] < b), (span[0], span[1]))
        figs.append(Figure(
            id="", article_id=article_id, measure=measure, value=value, unit=unit,  # type: ignore[arg-type]
            text=text[span[0]:span[1]], evidence=Evidence(text[s0:s1], s0, s1),
            subject=" ".join(subject.split()) if subject else None,
            date=_date_near(text[span[1]:s1], published), base=base, quote=quote,
        ))

    for s, e, m in mentions.fx_spans:
        base = _BASE.get(m.group("base").strip().lower(), "USD" if "usd" in m.group("base").lower() or "dollar" in m.group("base").lower() else "EUR")
        quote = _CUR.get(m.group("quote").lower(), m.group("quote").upper())
        add("fx_rate", float(m.group("rate").replace(",", "")), f"{quote} per {base}", (s, e), f"{base}/{quote}", base, quote)
    taken = [(s, e) for s, e, _ in mentions.fx_spans]
    for m in _FX_TEXT_RX.finditer(text):
        subj = m.group("subj").lower()
        base = "EUR" if "euro" in subj else "USD"
        add("fx_rate", float(m.group("v")), f"JPY per {base}", m.span(), f"{base}/JPY", base, "JPY")
        taken.append(m.span())
    for m in (m for s0, s1 in sentences if "yield" in text[s0:s1].lower() for m in _YIELD_RX.finditer(text, s0, s1)):
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        mid = m.group("mid")
        if re.search(r"\b(?:yen|dollars?|billion|trillion)\b", mid):
            continue
        add("yield", float(m.group("v").replace(",", "")), "percent", (m.start("v"), m.end()), m.group("subj").strip())
        taken.append((m.start("v"), m.end()))
    for m in _INDEX_RX.finditer(text):
        add("index_level", float(m.group("v").replace(",", "")), "points", (m.start("v"), m.end("v")), m.group("idx"))
    for m in _PCT_CHANGE_RX.finditer(text):
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        v = float(m.group("v").replace(",", ""))
        if m.group("verb").lower() in ("fell", "dropped", "declined", "slid", "slumped", "lost", "tumbled", "sank", "eased", "down", "fallen"):
            v = -v
        add("percent_change", v, "percent", (m.start("v"), m.end()), None)
        taken.append((m.start("v"), m.end()))
    for m in _SHARE_RX.finditer(text):
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        add("share", float(m.group("v").replace(",", "")), "percent", (m.start("v"), m.end("v") + 8), m.group("what").strip())
    figs.sort(key=lambda f: (f.evidence.start, f.text))
    from dataclasses import replace

    return [replace(f, id=f"{article_id}#q{n}") for n, f in enumerate(figs, start=1)]


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
