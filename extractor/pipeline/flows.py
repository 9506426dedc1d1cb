"""From linked candidates to flow records: article context, filtering, roles and de-duplication."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extractor.facts import Evidence, Flow, Investor, Money, Period, Source, Streak
from extractor.lang.en.currencies import ECONOMY_OF
from extractor.lang.en.patterns import (
    BREAKDOWN_RX,
    COUNTRY_CODE,
    IN_COUNTRY_LEAD_RX,
    INSTRUMENT_ATTRS,
    INSTRUMENT_RX,
    QA_ANSWER_RX,
    RANKING_RX,
)
from extractor.lang.en.periods import EARLIER_RELEASE_CUES, RELEASE_CUES
from extractor.parse.periods import mof_week
from extractor.pipeline.linker import (
    Candidate,
    _economy_of_article,
    _market_of,
    assign_periods,
    countries_named,
    figureless_sentence_before,
    link_candidates,
    resolve,
)
from extractor.pipeline.mentions import Mention, Mentions

_MIN_FLOW = 1e6
_RELEASE_RX = re.compile("|".join(RELEASE_CUES), re.IGNORECASE)
_EARLIER_RELEASE_RX = re.compile("|".join(EARLIER_RELEASE_CUES), re.IGNORECASE)


def article_source(mentions: Mentions) -> str | None:
    """The statistics the story is mainly about, from the source cues it contains."""
    counts: dict[str, int] = {}
    for m in mentions.items:
        if m.kind == "source":
            counts[m.attrs["source"]] = counts.get(m.attrs["source"], 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], k == "mof"))


def _series(source: str | None, period_kind: str | None) -> str | None:
    if source == "mof":
        return "mof_monthly" if period_kind in ("month", "months", "quarter", "year", "fiscal_year") else "mof_weekly"
    return source


def build_flows(
    article_id: str, text: str, sentences: list[tuple[int, int]], mentions: Mentions, published: date | None
) -> tuple[list[Flow], list[Candidate]]:
    """The flow records of one article, and every candidate considered (for the learned component)."""
    cands = link_candidates(text, sentences, mentions)
    low = text.lower()
    economy = _economy_of_article(low, mentions.amounts)
    src_article = article_source(mentions)
    art_src_series = "jpx_weekly" if src_article == "jpx_weekly" else src_article
    assign_periods(cands, mentions, text, sentences, published)
    # a sentence without a source cue continues the previous sentence's source; the article's
    # source applies otherwise, but exchange data only where the story names no ministry data
    # (not a market word in a quote: "Futures are trading at levels that make no sense," said a rates strategist)
    sources = [m for m in mentions.items if m.kind == "source" and not (m.attrs["source"] == "jpx_weekly" and _in_quote(text, m.start))]
    has_mof = any(m.attrs["source"] == "mof" for m in sources)
    default_src = "mof" if has_mof and art_src_series == "jpx_weekly" else art_src_series
    has_jpx = any(m.attrs["source"] == "jpx_weekly" for m in sources)
    prev_src: tuple[tuple[int, int], str | None] | None = None
    for c in cands:
        inv = c.investor or {}
        if has_jpx and inv.get("side") == "resident" and inv.get("economy") == "JP" and c.market_hint != "foreign" and c.instrument in (None, "equity"):
            # residents trading Japanese shares: stock-exchange investor-type data, never MoF's
            c.source = "jpx_weekly"
        if c.source is None:
            if prev_src is not None and prev_src[0][1] <= c.sentence[0] and c.sentence[0] - prev_src[0][1] <= 3 and prev_src[1]:
                c.source = prev_src[1]
            elif has_jpx and inv.get("side") == "non_resident" and inv.get("economy") in (None, "JP") \
                    and c.instrument == "equity" and c.market_hint != "foreign" and economy == "JP" \
                    and _nearest_source(sources, c.amount.start, c.sentence[1]) == "jpx_weekly":
                # foreigners' Japanese shares, with no source of their own, told next to exchange data
                c.source = "jpx_weekly"
            else:
                c.source = default_src
        if c.source == "jpx_weekly" and (c.instrument in ("long_term_debt", "short_term_debt", "debt") or c.market_hint == "foreign"):
            # exchange data covers Japanese shares only: bonds, bills and foreign securities are MoF's
            c.source = "mof" if has_mof else None
        prev_src = (c.sentence, c.source)
    # article memory: the last investor and instrument named with a flow
    _mark_gross_pairs(cands, text)
    investors = [m for m in mentions.items if m.kind == "investor"]
    last_flow: Candidate | None = None
    kept: list[Candidate] = []
    for c in cands:
        if c.investor is None and _FROM_ABROAD.match(text, c.amount.end, c.sentence[1]):
            # "X flowed into Japanese treasury bills from abroad": non-residents' money, whoever the sentence before named
            c.investor, c.investor_text = {"side": "non_resident", "economy": None, "group": "all"}, None
        if c.investor is None and (c.direction or c.instrument):
            # "They ...", or no investor in the sentence: the subject (first investor named) of the
            # latest sentence that names one
            antecedent = _antecedent(investors, sentences, c.sentence[0], text, skip_quotes=bool(c.features.get("pronoun_start")))
            if antecedent is not None:
                c.investor, c.investor_text = dict(antecedent.attrs), antecedent.text
                c.features["investor_from_context"] = True
                if _OVERALL.match(text, max([c.amount.end] + [x.end for x in c.converted])) and c.investor.get("group") != "all":
                    # "Foreign equities saw net selling of X overall" after a sentence on banks: every investor's figure
                    c.investor = {**c.investor, "group": "all"}
        if _central_bank_it(c, text, investors, sentences):
            continue  # "The central bank buys ... In its regular operation it bought X": the bank's operations
        if _own_issue(c, text):
            continue
        if _THE_BEFORE.search(text, max(0, c.amount.start - 8), c.amount.start) and any(
                k.amount.value == c.amount.value and k.amount.currency == c.amount.currency for k in kept):
            continue  # "I'd treat the +¥706.9bn with care": a figure told before, named again
        if _CORRECTION_NOTE.match(text, c.sentence[0], c.sentence[1]):
            continue  # "(This story corrects ... to 961.8 billion yen, not 916.8 billion yen)": the figures are told above
        restated = _restated_in_words(c, text, kept, last_flow)
        if restated is not None:
            if not any(x.currency == c.amount.currency for x in restated.converted):
                restated.converted = [*restated.converted, c.amount]  # the restatement is the flow's conversion
            continue
        # ("The sum was small, X, but it breaks a 37-week run of net buying": the words after the figure tell of the run)
        told_after = c.direction_cue is not None and c.direction_cue.start >= c.amount.end
        if (c.direction is None or told_after) and (c.investor is None or c.features.get("investor_from_context")) and (
                _THE_NUMBER.match(text, c.sentence[0], c.sentence[1]) or QA_ANSWER_RX.match(text, c.sentence[0], c.sentence[1])
                or _IT_CAME_TO.search(text, c.sentence[0], c.amount.start)
                or _QUESTION_BEFORE.search(text, max(0, c.sentence[0] - 8), c.sentence[0])):  # an answer after an unlabelled question
            _flow_of_sentence_before(c, sentences, mentions, text, last_flow)
        whole = next((x for x in reversed(kept) if not x.comparison_cue and not x.features.get("part")), last_flow)
        if c.direction is None and whole is not None and _continues(c, text):
            # "X came next with 1.3 trillion won", "That was made up of 1.1 trillion yen of bonds and ...": the
            # figure moved the way of the (headline) flow before it, and a part is bought where the whole was
            c.direction, c.direction_cue = whole.direction, whole.direction_cue
            c.features["direction_inherited"] = True
            if c.investor is None or c.features.get("investor_from_context") or _destination_named(c, whole):
                c.investor, c.investor_text = whole.investor, whole.investor_text
            if c.market_hint is None and c.instrument is not None:
                c.market_hint = whole.market_hint
        topic = _topic_instrument(c, sentences, mentions, text) if c.instrument is None and c.direction else None
        if topic is not None:
            # "Foreigners' appetite for Japanese stocks cooled. They bought a net 2.6 trillion yen": the sentence
            # before, with no figure of its own, says what the figure is of
            c.instrument, c.market_hint = topic
            c.features["instrument_from_context"] = True
            if c.market_hint is None and last_flow is not None and last_flow.instrument == c.instrument:
                c.market_hint = last_flow.market_hint  # "foreign bonds" before, "Treasuries" or "bonds" since: the same market
        elif c.instrument is None and last_flow is not None and c.direction:
            c.instrument, c.market_hint = last_flow.instrument, last_flow.market_hint
            c.features["instrument_from_context"] = True
        elif c.instrument is None and last_flow is None and c.direction and (opening := _opening_instrument(c, sentences, mentions, text)):
            c.instrument, c.market_hint = opening
            c.features["instrument_from_context"] = True
        if c.features.get("instrument_from_context") and c.source == "jpx_weekly" and c.instrument in ("long_term_debt", "short_term_debt", "debt"):
            c.source = "mof" if has_mof else None  # bonds and bills carried over from earlier sentences are not exchange data
        # ("Ten trillion yen: that is roughly how much Japanese investors put into foreign equities last year ... The exact
        # figure for the calendar year was X": X is that flow, told exactly, in place of the rounded one)
        exact = c.direction is None and last_flow is not None and last_flow in kept and _EXACT_FIGURE.match(
            text, c.sentence[0], c.amount.start) is not None and abs(last_flow.amount.value - c.amount.value) <= last_flow.amount.precision
        if c.direction is None and last_flow is not None and (exact or _SAME_FLOW_RETOLD.search(text, c.sentence[0], c.amount.start)
                                                              or c.features.get("revised_to")):
            # "The ministry revised its figure for the previous week down to X", "it now stands at X", "The three-week
            # total is X", "Together the two weeks account for X", "Last week's X has been revised to Y": the flow told
            # just before, another period or release
            if exact:
                kept.remove(last_flow)
            c.direction, c.direction_cue = last_flow.direction, last_flow.direction_cue
            c.investor, c.investor_text = last_flow.investor, last_flow.investor_text
            if c.instrument is None:
                c.instrument, c.market_hint = last_flow.instrument, last_flow.market_hint
            c.features["ellipsis"] = True
        if c.direction is None and last_flow is not None:
            # "... bought X of cash equities. In futures they were sellers: Y. Net them together and cash plus futures
            # comes to Z": the net of the figures of the period just told (its sign says which way it went)
            told_now = [x for x in kept if not x.comparison_cue and x.investor == last_flow.investor]
            if (net := _net_of(c, told_now[-3:])) is not None or (net := _net_of(c, told_now[-2:])) is not None:
                c.direction, c.features["direction_inherited"] = net, True
                if c.investor is None or c.features.get("investor_from_context"):
                    c.investor, c.investor_text = last_flow.investor, last_flow.investor_text
        # (a figure of an earlier period is set against the flow told last that is itself no contrast, part or old record:
        # "In 2012 the figure was X" after "December alone brought Y" and "the previous high was Z in 2005")
        told = next((x for x in reversed(kept) if not x.comparison_cue and not x.features.get("part")
                     and not x.features.get("prior_record")), last_flow) if c.direction is None else None
        if c.direction is None and last_flow is not None and told is not None and (c.comparison_cue or (
                c.period is not None and c.period.relation in ("prev", "prev2")) or _earlier(c, told)) and re.match(
                r"(?:(?:In|For|Over|During)\s+(?:the\s+(?:preceding|previous|prior)\s+(?:week|month)|[^,.;]{2,30}?),?\s+the\s+(?:figure|amount|total|number)\b"
                r"|(?:That|This|It|The\s+(?:[\w-]+\s+)?(?:figure|amount|total|purchase|sale|buying|selling|pace)s?)\b)", text[c.sentence[0]:c.sentence[1]]):
            # "That was down from 1.202 trillion yen the week before": the same flow, an earlier period ("In June last year
            # the figure was X", "The equity figure was almost the same as December's X")
            src = told if _earlier(c, told) else last_flow
            if c.instrument is not None and not c.features.get("instrument_from_context") and not c.features.get("instrument_inherited"):
                # the flow of the instrument the sentence names: "The equity figure ..." after stocks, then bonds
                src = next((x for x in reversed(kept) if x.instrument == c.instrument and not x.comparison_cue), src)
            c.direction, c.direction_cue = src.direction, src.direction_cue
            c.investor, c.investor_text = src.investor, src.investor_text
            c.instrument, c.market_hint = src.instrument, src.market_hint
            c.features["ellipsis"] = True
        cue = (c.direction_cue.text.lower() if c.direction_cue else "")
        if (cue.startswith(("repatriat", "brought home", "bring")) or " back " in cue) and not _instrument_follows(text, c):
            # "repatriated a total of 1.063 trillion yen", "In all, X flowed back into Japan": the net of all foreign securities
            c.instrument, c.market_hint = "securities", "foreign"
        if c.instrument is None and c.investor is None and c.source == "other" and c.direction_cue is not None \
                and _FUND_FLOW.search(text[c.sentence[0]:c.sentence[1]]) and not c.features.get("direction_far"):
            # fund-flow data: "exchange-traded funds attracted $1.5 billion" -- the funds are what money went into
            c.instrument = "other"
        if c.features.get("investor_from_context") and c.features.get("instrument_from_context") and re.search(
                r"\bcapital\s+(?:inflows?|outflows?)\b", text[c.sentence[0]:c.sentence[1]], re.IGNORECASE):
            # "All this translated into a net capital inflow of 3.9 trillion yen to Japan": the balance of every
            # flow, in a sentence naming neither investors nor securities
            continue
        if not is_flow(c):
            continue
        kept.append(c)
        if not c.features.get("part"):
            last_flow = c  # the parts of a flow are not what the next sentences go on about
    for c in kept:
        yen = next((x for x in c.converted if x.currency == "JPY"), None)
        if yen is not None and c.amount.currency == "USD" and economy == "JP" and c.source != "tic":
            # "$7.06 billion (780 billion yen)": Japan's statistics are in yen, the dollars are the writer's
            c.amount, c.converted = yen, [c.amount] + [x for x in c.converted if x is not yen]
    # MoF's weekly release is what a dated ministry story without any period most likely reports
    # (judged by the periods of the flows, contrasts aside: "Japanese equities rose in 2024" or "beating the
    # previous record set in 2013" say nothing about the data reported)
    weekly_story = "week" in low or (src_article == "mof" and not any(
        c.period is not None and c.period.kind in ("month", "months", "quarter", "year", "fiscal_year")
        and not c.comparison_cue and not c.features.get("prior_record") for c in kept))
    story_weeks = [p for p in mentions.periods if p.relation == "week_end" or (p.kind == "week" and p.relation == "absolute" and p.end)]
    for c in kept:
        if c.amount.currency in ECONOMY_OF or (
                c.period is not None and c.period.relation == "head" and c.period.kind == "week" and c.amount.currency not in (None, "JPY")
                and _economy_named(text, c) not in (None, "US")):
            # a figure in won or ringgit, or one in dollars of "the week" in another market ("pulled a net $1.1 billion
            # out of Indian equities in the week"): that market's exchange week, Monday to Friday
            c.features["exchange_week"] = True
    title_end = max((c.sentence[1] for c in kept if _headline_line(c.sentence[0], text[c.sentence[0]:c.sentence[1]])), default=0)
    periods = resolve(kept, published, art_src_series, weekly_story, fiscal_story="fiscal" in low,
                      story_weeks=story_weeks, title_end=title_end)
    flows: list[Flow] = []
    # figures of another market's exchange (in won, in ringgit) in a story of Japan's data head their own weeks
    local = [bool(c.features.get("exchange_week")) for c in kept]
    mixed = any(local) and not all(local)
    heads = _headline_ends(kept, [None if lo and mixed else p for p, lo in zip(periods, local, strict=True)])
    local_heads = _headline_ends(kept, [p if lo else None for p, lo in zip(periods, local, strict=True)]) if mixed else {}
    # the story's frequency is the lead figure's: in a weekly story a month that ended before the latest
    # week began is cited for contrast ("Foreigners sold another 1.74 trillion yen in October")
    lede = next((p.kind for p in periods if p is not None and p.kind and p.end), None)
    if lede in ("week", "weeks"):
        latest = max((p for p in periods if p is not None and p.kind in ("week", "weeks") and p.start and p.end),
                     key=lambda p: p.end or "", default=None)
        if latest is not None and latest.start:
            heads["weekly_start"] = latest.start
            heads["weekly_end"] = latest.end or ""
    counts: dict[str, int] = {}
    for c in cands:
        if c.amount.currency:
            counts[c.amount.currency] = counts.get(c.amount.currency, 0) + 1
    dominant = max(counts, key=lambda k: counts[k]) if counts else None
    in_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        in_sentence.setdefault(c.sentence, []).append(c)
    for c in kept:
        # (not the lead's own release: "data for June, released in early July, showed ..." may be the story)
        c.features["earlier_release"] = c.sentence != kept[0].sentence \
            and _EARLIER_RELEASE_RX.search(text, c.sentence[0], c.sentence[1]) is not None
    for n, (c, period) in enumerate(zip(kept, periods, strict=True), start=1):
        # a bare "351.5 billion" is in the currency of the figure it is compared with, else the story's
        same = [x for x in in_sentence[c.sentence] if x.amount.start < c.amount.start and x.amount.currency]
        currency = c.amount.currency or (same[-1].amount.currency if same else dominant)
        own_heads = {**heads, **local_heads} if c.features.get("exchange_week") else heads
        flows.append(_to_flow(article_id, n, text, low, c, period, economy, own_heads, currency))
    flows = _exchange_totals(dedupe(flows))
    # a headline line restates the story: drop it when the body reports the same kind of flow (not the lines of a
    # flash, each a figure of its own: "- FOREIGNERS SELL NET 1.194 TRLN YEN ..." above "- FOREIGNERS' TWO-WEEK
    # JAPANESE BOND SELLING TOTALS 1.245 TRLN YEN")
    # (nor a bullet line whose figure the body does not repeat: "* FOREIGN INVESTORS BOUGHT NET 545.5 BLN YEN ...")
    titles = [f for f in flows if _title_like(f)]
    body = [f for f in flows if not _title_like(f)]
    capitals = [_in_capitals(f.evidence.sentence) for f in flows]
    flash = sum(capitals) > 1  # lines of a flash, near the top or not
    flows = [f for f, in_capitals in zip(flows, capitals, strict=True)
             if not _title_like(f) or _keep_title(f, flows, body, several=len(titles) > 1 or (flash and in_capitals))]
    flows = _without_summary_repeats(flows, text)
    flows = [replace_id(f, article_id, i) for i, f in enumerate(flows, start=1)]
    return flows, cands


def _keep_title(f: Flow, flows: list[Flow], body: list[Flow], several: bool) -> bool:
    """Whether the headline line `f` tells a figure of its own: not when a line below tells the same figure ("JAPAN MOF
    WEEKLY FLASH - FOREIGNERS NET BUY 278.5 BLN YEN ..." above "** FOREIGN INVESTORS NET BOUGHT 278.5 BLN YEN ..."); else
    when it is one of several titles or flash lines, or the body reports no flow of its kind (a bullet line, none of
    its figure)."""
    if any(_same_figure(f, g) for g in flows if g.evidence.start > f.evidence.start):
        return False
    return several or not any(
        g.direction == f.direction and g.investor.side == f.investor.side and g.instrument == f.instrument
        and (not _BULLET.match(f.evidence.sentence) or _about(f, g)) for g in body)


# a summary block above the story ("KEY POINTS" and its lines, up to the next blank line)
_SUMMARY_BLOCK = re.compile(r"^(?:KEY\s+POINTS|Key\s+[Pp]oints|KEY\s+TAKEAWAYS|Key\s+[Tt]akeaways|HIGHLIGHTS|Highlights|AT\s+A\s+GLANCE|"
                            r"At\s+a\s+glance|IN\s+BRIEF|In\s+brief)[ \t:]*\n(?:[^\n]+\n?)+", re.MULTILINE)


def _without_summary_repeats(flows: list[Flow], text: str) -> list[Flow]:
    """The flows of a "KEY POINTS" block that the story's body tells again, figure for figure, dropped: the
    summary repeats them."""
    block = _SUMMARY_BLOCK.search(text)
    if block is None:
        return flows

    def inside(f: Flow) -> bool:
        return block.start() <= f.evidence.start < block.end()

    body = [g for g in flows if not inside(g)]
    return [f for f in flows if not inside(f) or not any(_same_figure(f, g) for g in body)]


def _same_figure(f: Flow, g: Flow) -> bool:
    """Whether two flows tell the same figure: amount, direction, investors, instrument and period end."""
    return (f.amount.value, f.amount.currency, f.direction, f.investor.side, f.instrument, f.period.end) == (
        g.amount.value, g.amount.currency, g.direction, g.investor.side, g.instrument, g.period.end)


def _exchange_totals(flows: list[Flow]) -> list[Flow]:
    """A figure that is the sum of the exchange's cash-equity and derivatives figures told right after it is
    their total ("securing 198.35 billion yen in stocks. They bought cash equities and derivatives of 176.39
    billion yen and 21.96 billion yen, respectively"): the exchange's combined figure, of its week."""
    def signed(f: Flow) -> float:
        return f.amount.value if f.direction == "buy" else -f.amount.value

    out = list(flows)
    for i, f in enumerate(out):
        if f.instrument != "equity" or f.source.series == "jpx_weekly":
            continue
        parts = [g for g in out[i + 1:i + 3] if g.source.series == "jpx_weekly" and g.investor.side == f.investor.side
                 and g.amount.currency == f.amount.currency and 0 <= g.evidence.start - f.evidence.end < 300]
        if len(parts) != 2 or {g.instrument for g in parts} != {"equity", "derivatives"}:
            continue
        slack = sum((x.amount.precision or 0) / 2 for x in (f, *parts))
        if abs(signed(f) - signed(parts[0]) - signed(parts[1])) <= slack:
            out[i] = replace(f, instrument="other", source=parts[0].source, period=parts[0].period)
    return out


_CASH_ONLY = re.compile(r"\bcash\b|-listed\b|\blisted\s+(?:stocks|shares)")
# right after a figure: "..., including cash equities and futures"
_COMBINED_TOTAL = re.compile(r"[^.;]{0,12}\b(?:including|includes|combined\s+with|together\s+with|plus)\b[^.;]{0,30}\b(?:futures|derivatives?)\b", re.IGNORECASE)


_OVERALL = re.compile(r"\)?\s*overall\b", re.IGNORECASE)
_FUND_FLOW = re.compile(r"\b(?:funds|ETFs?)\b", re.IGNORECASE)
_OF_LOCAL = re.compile(r"\)?\s*(?:worth\s+)?of\s+local\b")  # "X of local debt": the market the sentence names


def _foreigners_economy(text: str, c: Candidate, market: str | None, economy: str | None) -> str | None:
    """The economy whose data a non-resident's figure is: foreigners buy into the story's market (`economy`), while
    foreigners trading securities foreign to it ("foreigners dumped Taiwanese stocks" in a Japan story) are in another
    economy's data, told by its currency or its name ("In Taiwan, offshore funds bought T$12 billion")."""
    local = _local_economy(text, c)
    if local is not None:
        return local
    if market != "foreign" and _named_economies(text, c) == {"JP"}:
        return "JP"  # "Japan escaped it. Foreigners bought $X of Japanese bonds"
    if c.amount.currency != "JPY" and _OF_LOCAL.match(text, c.amount.end):
        return _economy_named(text, c) or economy  # "they bought $540 million of local debt" after "Indian shares"
    return economy if market != "foreign" else _economy_named(text, c)


def _local_economy(text: str, c: Candidate) -> str | None:
    """The economy other than Japan that a figure is in by its own words: a local currency ("310 billion won",
    "T$12.4 billion") or a sentence that opens on the country ("In South Korea, foreigners sold ...")."""
    eco = ECONOMY_OF.get(c.amount.currency or "")
    if eco == "EU":
        return _economy_named(text, c) or eco  # the euro is many economies' money: the one named, if any
    if eco is not None:
        return eco
    leads = list(IN_COUNTRY_LEAD_RX.finditer(text[c.sentence[0]:c.amount.start]))
    code = COUNTRY_CODE.get(leads[-1].group("country").lower()) if leads else None
    return code if code != "JP" else None


def _named_economies(text: str, c: Candidate) -> set[str]:
    """The economies a figure's sentence names."""
    return {code for _, code in countries_named(text, c.sentence[0], c.sentence[1])}


def _economy_named(text: str, c: Candidate) -> str | None:
    """The one economy other than Japan a figure's sentence names, if exactly one."""
    codes = _named_economies(text, c) - {"JP"}
    return codes.pop() if len(codes) == 1 else None


def _nearest_source(sources: list[Mention], at: int, sentence_end: int) -> str | None:
    """The statistics named last before a position (or later in its sentence)."""
    sources = [m for m in sources if m.start < sentence_end]
    if not sources:
        return None
    source: str = min(sources, key=lambda m: abs(m.start - at)).attrs["source"]
    return source


def _topic_instrument(c: Candidate, sentences: list[tuple[int, int]], mentions: Mentions, text: str) -> tuple[str, str | None] | None:
    """The instrument (and market) named by the sentence just before the one of `c`, if that sentence has no amount."""
    lead = figureless_sentence_before(sentences, mentions.amounts, c.sentence[0])
    if lead is None or c.amount.start - c.sentence[0] > 140:
        return None
    if QA_ANSWER_RX.match(text, *lead) and not any(m.kind == "instrument" and lead[0] <= m.start < lead[1] for m in mentions.items):
        # "Q: And foreign stocks? A: Also a yes. Net purchases came to X": the question names them
        lead = figureless_sentence_before(sentences, mentions.amounts, lead[0]) or lead
    s0, s1 = lead
    named = [m for m in mentions.items if m.kind == "instrument" and s0 <= m.start and m.end <= s1]
    if len({m.attrs["instrument"] for m in named}) > 1 and (aside := _ASIDE_OPEN.search(text, named[0].end, s1)):
        # the main clause's, not those of an aside: "Japanese investors were net buyers of foreign stocks ..., as
        # pension funds were expected to move more money into overseas assets"
        named = [m for m in named if m.end <= aside.start()]
    # one instrument, however often named ("snapped up Japanese equities ... a floor under Tokyo shares")
    return (named[0].attrs["instrument"], _market_of(text, named[0])) if named and len({m.attrs["instrument"] for m in named}) == 1 else None


def _opening_instrument(c: Candidate, sentences: list[tuple[int, int]], mentions: Mentions, text: str) -> tuple[str, str | None] | None:
    """For the story's first figure when nothing near it names securities: those of the last sentence before it
    (no figure between) that names the same investors and one kind of securities ("Finance Ministry data showed
    overseas investors dumping Japanese equities ... Q: How much did foreigners sell? A: A net X")."""
    side = (c.investor or {}).get("side")
    for s0, s1 in reversed([s for s in sentences if s[1] <= c.sentence[0]][-6:]):
        if side is None or any(s0 <= a.start < s1 for a in mentions.amounts):
            return None
        named = [(m, INSTRUMENT_ATTRS[m.lastgroup or ""]) for m in INSTRUMENT_RX.finditer(text, s0, s1)]
        if len({ins for _, (ins, _) in named}) == 1 and any(
                m.kind == "investor" and m.attrs.get("side") == side and s0 <= m.start < s1 for m in mentions.items):
            m, (ins, _) = named[0]
            return ins, _market_of(text, Mention("instrument", m.start(), m.end(), m.group(0), {"instrument": ins, "market": None}))
    return None


# a subordinate clause after the main one: ", as a global retreat ...", " while ...", ", after ..."
_ASIDE_OPEN = re.compile(r",?\s+(?:as|while|after|because|since|when|though|although|amid)\s")


# the end of a question right before a sentence: "HOW MUCH DID FOREIGNERS BUY?\n\nA net X of Japanese equities"
_QUESTION_BEFORE = re.compile(r"\?\s*$")
# "Their bond buying was the largest since April. Over the four weeks it has come to X": the flow the sentence before tells
_IT_CAME_TO = re.compile(r"\b(?:it|that|this)\s+(?:has\s+|had\s+)?(?:come|came|comes|amounted|amounts|totall?ed|added\s+up|adds\s+up)\s+to\s+"
                         r"(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "Non-residents sold JGBs again last week. But the number was tiny: X, compared with Y": the figure of the flow told before
# (a translation's "The excess was X" after "acquisitions exceeded disposals for non-residents in Japanese shares")
_THE_NUMBER = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:the|that|this)\s+(?:number|figure|amount|sum|tally|excess)\b", re.IGNORECASE)


def _flow_of_sentence_before(c: Candidate, sentences: list[tuple[int, int]], mentions: Mentions, text: str,
                             last: Candidate | None) -> None:
    """Give `c` the direction, investor and instrument of the sentence before, when that one tells a flow without a
    figure (its investors named, or "Their bond buying ...": those of the flow told last)."""
    lead = figureless_sentence_before(sentences, mentions.amounts, c.sentence[0])
    if lead is None:
        return
    items = [m for m in mentions.items if lead[0] <= m.start and m.end <= lead[1]]
    verb = next((m for m in items if m.kind == "direction"), None)
    who = next((m for m in items if m.kind == "investor"), None)
    what = [m for m in items if m.kind == "instrument"]
    if who is not None:
        investor, investor_text = dict(who.attrs), who.text
    elif last is not None and last.investor is not None and any(m.kind == "pronoun" for m in items):
        investor, investor_text = last.investor, last.investor_text or ""
    else:
        return
    if verb is None:
        return
    c.direction, c.direction_cue = verb.attrs["direction"], verb
    c.investor, c.investor_text = investor, investor_text
    if c.instrument is None and len(what) == 1:
        c.instrument, c.market_hint = what[0].attrs["instrument"], _market_of(text, what[0])
    c.features["direction_inherited"] = True


def _antecedent(investors: list[Mention], sentences: list[tuple[int, int]], before: int, text: str,
                skip_quotes: bool = False) -> Mention | None:
    """The first investor named in the latest sentence before `before` that names one, leaving out investors of
    a subordinate clause ("They bought X, as pension funds rebalanced": they, not the pension funds) and, for a
    pronoun (`skip_quotes`), of a quote ("... foreign banks cutting JGB positions," said X. They were sellers of
    equities too)."""
    earlier = [m for m in investors if m.end <= before and not _SUBORDINATE_OPEN.search(text, max(0, m.start - 30), m.start)
               and not (skip_quotes and _in_quote(text, m.start))]
    if not earlier:
        return None
    last = earlier[-1]
    sentence = next(((s, e) for s, e in sentences if s <= last.start < e), None)
    if sentence is None:
        return last
    return next(m for m in earlier if m.start >= sentence[0])


def _in_quote(text: str, pos: int) -> bool:
    """Whether `pos` stands inside quotation marks opened on its line."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.count("\u201c") > line.count("\u201d")


_CENTRAL_BANK_RX = re.compile(r"\b(?:Bank\s+of\s+Japan|BOJ|BoJ|central\s+bank|Federal\s+Reserve|Fed|ECB)\b")
_IT_SUBJECT = re.compile(r"\b(?:[Ii]t|[Ii]ts)\b")


def _central_bank_it(c: Candidate, text: str, investors: list[Mention], sentences: list[tuple[int, int]]) -> bool:
    """Whether the figure of `c` is told of "it" where the last actor named before its sentence is a central bank,
    in a sentence of its own that names no investor (the bank is its subject)."""
    if c.investor is not None and not c.features.get("investor_from_context"):
        return False
    if not _IT_SUBJECT.search(text, c.sentence[0], c.amount.start):
        return False
    banks = [m.start() for m in _CENTRAL_BANK_RX.finditer(text, max(0, c.sentence[0] - 600), c.sentence[0])]
    others = [m.end for m in investors if m.end <= c.sentence[0]]
    if not banks or others and others[-1] > banks[-1]:
        return False
    s0, s1 = next(((s, e) for s, e in sentences if s <= banks[-1] < e), (banks[-1], banks[-1]))
    return not any(s0 <= m.start < s1 for m in investors)


_OWN_DEBT = re.compile(r"\W*(?:worth\s+)?of\s+(?:(?:dollar|yen|euro)-denominated\s+|new\s+|their\s+own\s+|own\s+|corporate\s+|senior\s+|[\w-]+-year\s+)*(?:bonds|notes|debt|paper)\b")


def _own_issue(c: Candidate, text: str) -> bool:
    """ "Japanese companies have sold $48.6 billion of dollar-denominated bonds": companies selling bonds with no
    market named but a currency are issuing their own, not selling holdings."""
    inv = c.investor or {}
    return inv.get("group") == "corporates" and c.direction == "sell" and bool(
        _OWN_DEBT.match(text, max([c.amount.end] + [x.end for x in c.converted]), c.sentence[1]))


_DEFINITE_FLOW = re.compile(r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:selling|buying|purchases?|sales?|outflows?|inflows?|sell-?off)\b[^.;]{0,12},\s*(?:worth\s+)?(?:about|around|roughly|some|nearly|almost|over|more\s+than)?\s*$")


def _restated_in_words(c: Candidate, text: str, kept: list[Candidate], last: Candidate | None) -> Candidate | None:
    """ "The bond selling, worth about US$30.5 billion, was the biggest since ...": the flow told before that the
    figure restates in another currency (the latest of the instrument and direction it names), or None."""
    if last is None or c.amount.currency is None or c.amount.currency == last.amount.currency or not \
            _DEFINITE_FLOW.match(text, c.sentence[0], c.amount.start):
        return None
    named = [k for k in kept if k.amount.currency != c.amount.currency and c.direction in (None, k.direction)
             and c.instrument in (None, k.instrument)]
    return named[-1] if named else last


def _earlier(c: Candidate, before: Candidate) -> bool:
    """Whether `c` is told of a dated period that ends before the one of the figure `before`."""
    p, q = c.period, before.period
    return p is not None and q is not None and p.end is not None and q.end is not None and p.end < q.end


def _destination_named(c: Candidate, whole: Candidate) -> bool:
    """Whether the "investors" of `c` are a country named after Japanese investors' buying abroad (`whole`): where the
    money went ("Australia and France followed with X and Y"), not who sent it."""
    country = (c.investor or {}).get("economy") not in (None, "JP")
    japanese = (whole.investor or {}).get("side") == "resident" and (whole.investor or {}).get("economy") == "JP"
    return country and japanese


_BARE_AND = re.compile(r"\s*(?:,|,?\s*and)\s*")


def _continues(c: Candidate, text: str) -> bool:
    """Whether the figure of `c`, which has no direction word, goes on from the flow before it: a ranking
    ("followed by French investors with") or a breakdown of it ("That was made up of ...", marked a part)."""
    left = c.features.get("left_text", "")
    if RANKING_RX.search(left) or (_BARE_AND.fullmatch(left) and RANKING_RX.search(text, c.sentence[0], c.amount.start)):
        return True  # (and the figures listed with it: "Australia and France followed with X and Y, respectively")
    sentence = text[c.sentence[0]:c.sentence[1]]
    part = bool(BREAKDOWN_RX.search(sentence)) and c.amount.start - c.sentence[0] < 120
    c.features["part"] = part
    return part


def _netted(c: Candidate, text: str) -> bool:
    cue = c.direction_cue.text.lower() if c.direction_cue else ""
    return c.features.get("signed", False) or "net" in cue or "net" in text[max(0, c.amount.start - 14):c.amount.start].lower().split()


_LATER_ON = re.compile(r"\b(?:later|afterwards|earlier|then)\b")


def _net_of(c: Candidate, figures: list[Candidate]) -> str | None:
    """The direction of the net of `figures` (two or more, purchases less sales) when the figure of `c` is that net."""
    figures = [x for x in figures if x.direction and x.amount.currency == c.amount.currency]
    if len(figures) < 2 or c.amount.precision * 20 > c.amount.value:
        return None  # (not a round figure, "one trillion euros", "close to the 14 trillion yen": too coarse to tell)
    net = sum(x.amount.value if x.direction == "buy" else -x.amount.value for x in figures)
    if abs(abs(net) - c.amount.value) > max(x.amount.precision for x in [c, *figures]) / 2:
        return None
    return "buy" if net > 0 else "sell"


def _net_of_before(c: Candidate, cands: list[Candidate]) -> bool:
    """Whether the figure of `c` is the net of the figures told before it in its sentence."""
    return _net_of(c, [x for x in cands if x.sentence == c.sentence and x.amount.end <= c.amount.start]) is not None


def _mark_gross_pairs(cands: list[Candidate], text: str) -> None:
    """ "bought 22.72 trillion yen worth ... and sold 21.24 trillion yen worth": purchases and sales
    of the same thing by the same investors in one sentence, neither called net, are gross figures."""
    for i, a in enumerate(cands):
        for b in cands[i + 1:]:
            if b.sentence != a.sentence:
                break
            if not (a.direction and b.direction and a.direction != b.direction):
                continue
            if a.features.get("direction_inherited") or b.features.get("direction_inherited") or b.comparison_cue:
                continue
            if a.period is not None and b.period is not None and a.period.text != b.period.text and b.period.start_char > a.amount.end:
                continue  # "bought X over the year ... and in March they sold Y": two periods, each its own
            if _of_earlier_period(a) != _of_earlier_period(b):
                # "Foreign investors, who had bought X a week earlier, turned sellers, unloading Y", "bought X, having
                # sold Y the week before": two periods, not the two sides of one
                continue
            if _countries_apart(a, b, text):
                continue  # "bought X of French bonds ..., while selling Y of British gilts": two markets
            gap = text[a.amount.end:b.amount.start]
            if _LATER_ON.search(text, a.amount.end, min(b.sentence[1], b.amount.end + 25)):
                continue  # "bought X in the week to Feb. 20, sold Y a week later": two periods told in turn
            if "respectively" in gap or "respectively" in text[b.amount.end:b.amount.end + 20]:
                # "bought X and Y of U.S. and French bonds, respectively, while they sold Z of gilts", "sellers of foreign
                # equities and buyers of foreign debt, disposing of X and acquiring Y respectively": each its own securities
                continue
            if gap.count("(") > gap.count(")"):
                continue  # "bought X of foreign bonds (April: sold Y)": an aside about another period
            if _netted(a, text) or _netted(b, text):
                continue
            if a.investor_text != b.investor_text and b.investor_text is not None and (
                    not re.search(r"\b(?:it|they)\b", gap) or b.investor_text.lower() in gap.lower()):
                continue  # other investors (not "they" again): "Trust banks sold X as they rebalanced, while investment trusts bought Y"
            if a.instrument != b.instrument and not (b.features.get("instrument_inherited") or b.instrument is None):
                continue
            if a.period is not None and b.period is not None and a.period is not b.period and a.period.text != b.period.text:
                continue
            if _running(a) != _running(b):
                continue  # "sold X last month, which trimmed its year-to-date buying to Y": a total, not the gross other side
            if _net_of_before(b, cands):
                continue  # "sold X of bonds and Y of bills while buying Z of stocks, bringing money home to the tune of W": their net
            a.nonflow = b.nonflow = "gross"


def _of_earlier_period(c: Candidate) -> bool:
    return c.period is not None and c.period.relation in ("prev", "prev2")


# the country of the securities a figure is of: "X of French bonds", "Y of British gilts"
_OF_COUNTRY = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?(?P<country>[A-Z][a-z]+)\s")
# the country of a figure's securities named in the subject: "Sales of U.S. bonds came to X"
# ... or as the subject of its clause: "Australian bonds drew X", "British gilts were sold to the tune of X"
_COUNTRY_NOUN_SUBJECT = re.compile(r"\b(?P<country>[A-Z][\w.]*)\s+(?:government\s+|sovereign\s+|corporate\s+)?"
                                   r"(?:bonds|gilts|bunds|debt|Treasuries|stocks|shares|equities|securities)\b[^,;.]{0,40}$")
_COUNTRY_SUBJECT = re.compile(r"\b(?:[Ss]ales|[Pp]urchases|[Bb]uying|[Ss]elling)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w.]*)\s+[\w-]+\s+"
                              r"(?:came\s+to|amounted\s+to|totall?ed|were|was|reached|stood\s+at)\s+(?:a\s+net\s+|about\s+|some\s+)?$")


def _countries_apart(a: Candidate, b: Candidate, text: str) -> bool:
    """Whether the two figures are of securities of two different countries ("X of French bonds ... Y of British
    gilts", "Sales of U.S. bonds came to X, while investors bought Y of French bonds")."""
    codes = []
    for c in (a, b):
        m = _OF_COUNTRY.match(text, max([c.amount.end] + [x.end for x in c.converted])) or \
            _COUNTRY_SUBJECT.search(text, max(c.sentence[0], c.amount.start - 60), c.amount.start) or \
            _COUNTRY_NOUN_SUBJECT.search(text, max(c.sentence[0], c.amount.start - 60), c.amount.start)
        codes.append(COUNTRY_CODE.get(m.group("country").lower()) if m else None)
    return None not in codes and codes[0] != codes[1]


def _running(c: Candidate) -> bool:
    """Whether the figure of `c` is a running total over a span (the year to date, a run of weeks)."""
    p = c.period
    return c.features.get("running_total", False) or p is not None and (
        p.kind in ("year_to_date", "weeks", "months") or p.relation in ("ytd", "run", "run_since"))


def _instrument_follows(text: str, c: Candidate) -> bool:
    """Whether an instrument is named right after the amount ("... yen of foreign bonds", "... from overseas bond
    markets")."""
    end = max([c.amount.end] + [x.end for x in c.converted])
    return _INSTRUMENT_AFTER.match(text[end:end + 60]) is not None


_INSTRUMENT_AFTER = re.compile(r"\)?\s*(?:worth\s+)?(?:of|in|from|out\s+of)\s+(?:[\w-]+\s+){0,3}(?:bonds|stocks|shares|equities|debt|bills|notes|securities|Treasuries|JGBs"
                               r"|(?:bond|stock|equity|debt)\s+markets?)")


def is_flow(c: Candidate) -> bool:
    """The rules' verdict: a net flow has a direction, someone or something that moved, and no veto."""
    a = c.amount
    if a.value < _MIN_FLOW or a.currency == "USD" and a.value < _MIN_FLOW:
        return False
    if c.direction is None or c.nonflow is not None:
        return False
    if c.investor is None and c.instrument is None:
        return False
    if c.features.get("direction_far") and c.instrument is None:
        return False
    left = c.features.get("left_text", "").lower()
    if "gross" in left[-40:]:
        return False
    return True


def _headline_ends(cands: list[Candidate], periods: list[Period | None]) -> dict[str, str]:
    ends: dict[str, str] = {}
    for p in periods:
        # (a calendar year to date heads the years: "since January they sold X, a fraction of the Y of 2008")
        kind = "year" if p and p.kind == "year_to_date" and (p.start or "")[5:] == "01-01" else p.kind if p else None
        if p and kind in ("week", "month", "quarter", "year", "fiscal_year") and p.end:
            end = _period_key(kind, p.end)
            if kind not in ends or end > ends[kind]:
                ends[kind] = end
    return ends


def _period_key(kind: str, end: str) -> str:
    """The end of a period for ordering: a week's end is the Saturday of its calendar week, so that an
    exchange week (Monday..Friday) and the ministry week (Sunday..Saturday) it falls in rank equal."""
    if kind != "week":
        return end
    return mof_week(date.fromisoformat(end))[1].isoformat()


_EXACT_FIGURE = re.compile(r"\s*The\s+(?:exact|precise|actual)\s+(?:figure|number|amount|total)\b[^.;]{0,40}?\b(?:was|is|came\s+to|stood\s+at)\s+(?:a\s+net\s+)?$")
_SAME_FLOW_RETOLD = re.compile(r"\b(?:revised\s+(?:its|the|their)\s+(?:[\w'’]+\s+){0,3}?(?:figure|estimate|number|reading)|(?:was|were|has\s+been|had\s+been)\s+revised"
                               # "The previous week's figure was cut to X from an initial Y"
                               r"|(?:figure|estimate|number|reading)\s+(?:was|were|has\s+been|had\s+been)\s+(?:cut|lowered|raised|trimmed|lifted)\s+to"
                               r"|(?:first|initially|originally)\s+been\s+(?:reported|put|given|published)\s+(?:as|at)"
                               r"|(?:it|that|this)\s+now\s+stands\s+at|\bI\s+make\s+(?:it|that|the\s+[\w-]+\s+(?:total|tally|sum|run))\b"
                               r"|\bI\s+(?:get|reckon|calculate)\s+(?:a\s+net\s+|about\s+|some\s+|roughly\s+)?$"  # "For the year to date I get X"
                               r"|\b(?:previous|prior|old|former)\s+(?:record|high|peak)\s+(?:was|stood\s+at)\b"  # "the previous high was X in 2005"
                               # "Over those three weeks the total comes to X", "Over those five weeks it comes to X"
                               r"|\b(?:the\s+total|it|that)\s+(?:comes|came|amounts|amounted|adds\s+up|added\s+up)\s+to\b"
                               r"|(?:the|their|its)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-week\s+(?:total|tally|sum)\s+(?:is|was|came|comes|stood|stands|reached)"
                               r"|together,?\s+the\s+(?:two|three|four|five|six|\d+)\s+weeks\s+(?:account|came|come|add|brought|bring|drew|pulled)"
                               # "In the week before, the figure was a comparatively modest X"
                               r"|(?:in\s+)?the\s+(?:week|month)\s+(?:before|earlier|prior),?\s+the\s+(?:figure|number|amount|total)\s+(?:was|stood\s+at|came\s+to))", re.IGNORECASE)
# a story that names the cash-plus-futures total in a sentence of its own: its other share figures are cash shares
_COMBINED_NAMED = re.compile(r"\bcombined\b|\bcash\s+and\s+futures\b|\bcash\s+(?:shares|equities|stocks)\s+and\s+(?:index\s+)?futures\b|\b(?:including|adding|add|adds|plus|with|counting)\s+(?:in\s+)?(?:[\w-]+\s+){0,4}?futures\b")
_THE_BEFORE = re.compile(r"\bthe\s+[+\-−]?$", re.IGNORECASE)
_CORRECTION_NOTE = re.compile(r"[\s(\[]*(?:This\s+(?:story|article|version)\s+(?:corrects|has\s+been\s+corrected|was\s+corrected)|Corrects\b|"
                              r"An\s+earlier\s+version\s+of\s+this\s+(?:story|article)|Correction\s*:)", re.IGNORECASE)
_SUBORDINATE_OPEN = re.compile(r",\s*(?:as|when|after|because|since|while|before)\s+(?:the\s+|some\s+|many\s+)?$", re.IGNORECASE)
_FROM_ABROAD = re.compile(r"[^.;]{0,12}\bflow(?:ed|ing|s)?\s+in(?:to)?\b[^.;,]{0,50}\bfrom\s+(?:abroad|overseas)\b", re.IGNORECASE)
# funds named as the investors, not as the subject of fund-flow data ("Japan equity funds", "Japanese funds")
_FUNDS_AS_INVESTORS = re.compile(r"\b(?:offshore|foreign|overseas|global|hedge|pension|sovereign(?:\s+wealth)?|international|institutional)\s+funds?\b", re.IGNORECASE)


def _to_flow(article_id: str, n: int, text: str, low: str, c: Candidate, period: Period | None, economy: str | None,
             heads: dict[str, str], currency: str | None) -> Flow:
    a = c.amount
    inv = c.investor or {"side": "unknown", "economy": None, "group": "all"}
    side, eco, group = inv.get("side", "unknown"), inv.get("economy"), inv.get("group", "all")
    market = c.market_hint
    if c.source == "tic" and economy == "JP":
        economy = "US"
    if inv.get("country"):
        # a country as investor: into Japanese securities (or yen figures of MoF by-country data) ->
        # non-resident of Japan; Japan itself -> resident
        if eco == "JP":
            side = "resident"
        elif economy == "JP" and (market == "domestic" or (a.currency == "JPY" and market != "foreign")):
            side, eco, market = "non_resident", "JP", "domestic"
        else:
            side = "resident"
    elif eco is None and side == "non_resident":
        eco = _foreigners_economy(text, c, market, economy)
        if a.currency == "JPY" and economy not in ("JP", None) and market != "foreign":
            eco = "JP"  # "The picture was different in Tokyo, where foreigners took in 1 trillion yen" in a Korean story
    if side == "resident" and eco == "JP" and economy != "JP" and not inv.get("country") and (
            market != "foreign" or (economy is not None and ECONOMY_OF.get(a.currency or "") == economy)):
        # "individual investors" or "local institutions" in a Korean story are Korean residents (so are domestic
        # funds buying shares for Taiwan dollars that an earlier sentence called "Taiwan shares")
        eco = economy if "japan" not in (c.investor_text or "").lower() else eco
    if side == "unknown" and economy == "JP" and market in ("foreign", "domestic") and c.source in ("mof", None):
        # nobody named: in Japan's data, buyers of foreign securities are residents, of Japanese ones non-residents
        side, eco = ("resident" if market == "foreign" else "non_resident"), "JP"
    if market is None:
        market = "foreign" if side == "resident" else ("domestic" if side == "non_resident" else "unknown")
    if side == "resident" and eco == "JP" and market == "domestic" and c.source != "jpx_weekly":
        # Japanese residents buying Japanese securities is exchange data, not MoF cross-border data
        pass
    instrument = c.instrument or "securities"
    if c.source == "jpx_weekly":
        sentence = text[c.sentence[0]:c.sentence[1]].lower()
        a_end = max([a.end] + [x.end for x in c.converted])
        if instrument == "securities" and eco in (None, "JP"):  # (Japan's exchanges trade shares; not "Indian stocks and bonds combined")
            instrument = "equity"
        if side == "resident" and eco == "JP":
            # domestic investor types are reported for shares (cash equities)
            market = "domestic"
            if instrument in ("other", "derivatives", "securities"):
                instrument = "equity"
        elif instrument == "equity" and economy == "JP" and (_COMBINED_TOTAL.match(text, a_end, min(a_end + 60, c.sentence[1])) or not _CASH_ONLY.search(sentence) and (
                "derivative" in low or "futures" in low) and not (_COMBINED_NAMED.search(low) and not _COMBINED_NAMED.search(sentence))):
            # an exchange total of cash equities and derivatives (JPX reports both): said so, or a story with both
            # and a figure not said to be cash ("Tokyo-listed stocks" are cash shares)
            instrument = "other"
        elif instrument == "derivatives" and (named := list(_COMBINED_NAMED.finditer(low, c.sentence[0], a.start))) \
                and not re.search(r"\d", low[named[-1].end():a.start]):
            # "Net them together and cash plus futures comes to X": the futures are only part of it
            instrument = "other"
    if c.source == "other":
        # fund-flow and other-market statistics are not Japan's cross-border data
        eco, side = None, "unknown"
        # (fund-flow data: "Japan equity funds took in X"; not funds as the investors: "offshore funds sold X of shares",
        # "offshore funds sold Y of Taiwan shares, and Korean stocks saw X of foreign outflows")
        sentence = _FUNDS_AS_INVESTORS.sub(" ", low[c.sentence[0]:c.sentence[1]])
        if instrument in ("securities", "equity") and re.search(r"fund|investment\s+trust", sentence):
            instrument = "other"
    role = _role(c, period, heads, text[c.sentence[0]:c.sentence[1]])
    currency = currency or "JPY"
    streak = Streak(count=c.streak["count"], unit=c.streak["unit"], direction=c.direction) if c.streak else None  # type: ignore[arg-type]
    s0, s1 = c.sentence
    kind = period.kind if period else None
    return Flow(
        id=f"{article_id}#f{n}", article_id=article_id,
        investor=Investor(side=side, economy=eco, text=c.investor_text, group=group),
        instrument=instrument, market=market, direction=c.direction or "buy",  # type: ignore[arg-type]
        amount=Money(value=a.value, currency=currency, text=a.text, precision=a.precision, start=a.start, end=a.end,
                     qualifier=a.qualifier),
        converted=tuple(Money(value=x.value, currency=x.currency or "USD", text=x.text, precision=x.precision) for x in c.converted),
        period=period or Period(), role=role,  # type: ignore[arg-type]
        streak=streak, source=Source(text=None, series=_series(c.source, kind)),  # type: ignore[arg-type]
        evidence=Evidence(sentence=text[s0:s1], start=s0, end=s1),
        confidence=_confidence(c),
    )


def _role(c: Candidate, period: Period | None, heads: dict[str, str], sentence: str = "") -> str:
    """headline (newly reported), comparison (an earlier period cited for contrast), cumulative (a sum
    over several periods: runs of weeks or months, years to date, and quarters, years and fiscal years
    of the ministry's data) or other (a figure of another release reported alongside)."""
    if c.features.get("first_release"):
        return "other"  # a figure as first released, since revised: reported alongside
    if c.features.get("run_told_before") and period is not None and period.kind == "weeks":
        return "comparison"  # "it followed three weeks of selling ... In those three weeks they had sold X"
    if period is None or period.kind is None:
        return "headline"
    if c.period is not None and c.period.relation in ("same_prev", "same_month") or c.features.get("prior_record"):
        return "comparison"  # "in the same period last year", "the same month of 2006", "the previous record of ..."
    if period.kind in ("weeks", "months", "year_to_date") or (c.period is not None and c.period.relation in ("mtd", "run_since")):
        return "cumulative"  # (a month to date, "since the start of August", is a sum of the days or weeks reported so far)
    if c.source == "tic" and period.kind == "month":
        # U.S. Treasury data is a release of its own, a month behind Japan's weekly figures: its latest month heads it
        return "comparison" if c.comparison_cue else "headline"
    if period.kind == "month" and not c.comparison_cue and _EARLIER_RELEASE_RX.search(sentence):
        return "other"  # "Data released last month had shown ... in January": an earlier release, alongside
    head = heads.get(period.kind)
    if period.end and head and _period_key(period.kind, period.end) < head:
        if period.kind == "month" and not c.comparison_cue and not c.features.get("period_lead_in") and _RELEASE_RX.search(sentence):
            return "other"  # an earlier month told from a release of its own, not as a contrast
        return "comparison"
    if period.kind in ("year", "fiscal_year") and c.comparison_cue:
        return "comparison"
    if period.kind in ("month", "quarter") and period.end and period.end < heads.get("weekly_start", ""):
        # a month in a weekly story: reported from its own release, or cited for contrast
        return "other" if _RELEASE_RX.search(sentence) else "comparison"
    if period.kind == "month" and period.end and period.end <= heads.get("weekly_end", "") and not c.comparison_cue:
        # "Monthly figures released on Tuesday showed ... in August" when the latest week reaches into August:
        # not an earlier period cited for contrast, but a month of another release reported alongside
        return "other"
    if period.kind in ("quarter", "year", "fiscal_year"):
        # the ministry publishes weeks and months: its quarters and years are sums of them, while the
        # exchanges publish their own annual investor-type figures
        # (another economy's statistics in its own money publish quarters of their own: "in the June quarter")
        return "headline" if (c.source == "jpx_weekly" and period.kind == "year") or (
            period.kind == "quarter" and c.features.get("exchange_week")) else "cumulative"
    return "other" if c.features.get("earlier_release") else "headline"


def _confidence(c: Candidate) -> float:
    score = 0.9
    for key, penalty in (("direction_inherited", 0.05), ("instrument_inherited", 0.05), ("investor_from_context", 0.1), ("direction_far", 0.2)):
        if c.features.get(key):
            score -= penalty
    if c.amount.qualifier:
        score -= 0.1
    return max(0.05, score)


def dedupe(flows: list[Flow]) -> list[Flow]:
    """Drop rounded, hedged or headline restatements of a figure stated precisely elsewhere.

    Flows are considered best first (body text before headline lines, plain before hedged, finer
    precision first); a flow is dropped when it restates one already kept, so that of two mutual
    restatements exactly one survives.
    """
    def rank(f: Flow) -> tuple[bool, bool, float, int]:
        return (_title_like(f), _hedged(f), f.amount.precision or 0.0, f.evidence.start)

    kept: list[Flow] = []
    for f in sorted(flows, key=rank):
        if not any(_restates(f, g) for g in kept):
            # precisions in two currencies do not rank: a figure kept before f only as f's restatement goes
            kept = [g for g in kept if not (f.converted and g.amount.currency != f.amount.currency and _restates(g, f))]
            kept.append(f)
    return sorted(kept, key=lambda f: (f.evidence.start, f.amount.start or 0))


# instruments a restatement may name for a more specific one ("X of Japanese securities" for "X of bonds"; "other"
# for a sum the story also tells as of stocks)
_GENERIC_INSTRUMENTS = {None, "securities", "debt", "other"}


def _restates(f: Flow, g: Flow) -> bool:
    """True when f is a less precise, hedged or headline statement of the flow g."""
    if f.direction != g.direction:
        return False
    if f.investor.side != g.investor.side and "unknown" not in (f.investor.side, g.investor.side):
        return False
    if f.instrument != g.instrument and not {f.instrument, g.instrument} & _GENERIC_INSTRUMENTS:
        return False  # "a record 1.0702 trillion yen of bonds ... They bought 1.07 trillion yen of short-term bills"
    if f.investor.group != g.investor.group and not _title_like(f):
        return False  # "Life insurers were net sellers of 1.17 trillion yen ... they sold 1.2 trillion yen of French bonds"
    fp, gp = f.amount.precision or 0, g.amount.precision or 0
    vals = [(g.amount.value, g.amount.currency, gp)] + [(x.value, x.currency, x.precision or 0) for x in g.converted]
    close = in_other_currency = False
    for k, (v, cur, vp) in enumerate(vals):
        if cur != f.amount.currency or v <= 0 or not _hedge_allows(f, v):
            continue
        if abs(v - f.amount.value) <= fp / 2 + 1e-9 and fp >= vp:
            close = True  # the same figure, or a rounding of it
            in_other_currency = in_other_currency or k > 0
        elif _hedged(f) and fp > vp and abs(v - f.amount.value) / v < 0.1:
            close = True  # "nearly $14 billion" for $13.8 billion
    if not close:
        return False
    if _title_like(f) and not _title_like(g):
        return True
    if f.period.end and g.period.end and f.period.end != g.period.end:
        return False
    if f.period.text and g.period.text and f.period.kind != g.period.kind:
        return False  # "Over the five weeks their buying comes to about 1.1 trillion yen, and so far this year 1.136 trillion"
    if in_other_currency and not f.converted:
        return True  # "$4 billion" in the lead for "413 billion yen ($4 billion)" later: the original wins
    return fp > gp or (_hedged(f) and not _hedged(g))


_ABOVE = ("more than", "over", "just over", "at least", "above")
_BELOW = ("less than", "under", "just under", "nearly", "almost", "close to", "up to")


_BULLET = re.compile(r"\s*[*\-\u2022\u2013]\s")


def _about(f: Flow, g: Flow) -> bool:
    """Whether f's amount is g's, or one of g's restatements, give or take a headline's rounding (10%)."""
    return any(cur == f.amount.currency and v > 0 and abs(v - f.amount.value) <= max(0.1 * v, (f.amount.precision or 0) / 2)
               for v, cur in [(g.amount.value, g.amount.currency), *((x.value, x.currency) for x in g.converted)])


def _hedge_allows(f: Flow, value: float) -> bool:
    """Whether the hedge of f admits `value`: "more than 2 trillion" cannot stand for 1.57 trillion, nor
    "nearly 2 trillion" for 2.3 trillion."""
    q = (f.amount.qualifier or "").lower()
    if q in _ABOVE:
        return value >= f.amount.value
    if q in _BELOW:
        return value <= f.amount.value
    return True


def _hedged(f: Flow) -> bool:
    return f.amount.qualifier is not None


def _in_capitals(line: str) -> bool:
    """A line written in capitals ("08:50 JAPANESE INVESTORS NET BUY 1.295 TRLN YEN ..."), as a flash is."""
    letters = sum(map(str.isalpha, line))  # (map over the str methods: this runs for every flow's sentence)
    return letters >= 12 and sum(map(str.isupper, line)) >= 0.9 * letters


def _title_like(f: Flow) -> bool:
    return _headline_line(f.evidence.start, f.evidence.sentence)


def _headline_line(start: int, sentence: str) -> bool:
    """A headline line: near the top, no full stop at its end."""
    return start < 200 and not sentence.rstrip().endswith(".")


def replace_id(f: Flow, article_id: str, n: int) -> Flow:
    """`f` numbered `n`: a copy only when dropped flows before it changed its number."""
    new = f"{article_id}#f{n}"
    return f if f.id == new else replace(f, id=new)
