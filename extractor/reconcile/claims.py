"""Claim checks beyond single figures, each giving a verdict with a `check` field.

* `converted`: "1.406 trillion yen ($13.8 billion)" against the article's "($1 = 102.10 yen)" rate.
* `comparison`: "quadrupling from 351.5 billion", "more than double", "almost double the previous
  week" against the ratio of the official figures.
* `streak`: "seventh straight week of net buying" against the signs of the series.
* `superlative`: "largest since October 2024", "biggest in five weeks", "record" against the series.

(`cumulative`, a sum over several periods, is the figure verdict of a flow whose period spans
several weeks or months: see `verdicts.figure_verdict`.)

Statuses: `match` when the official series bears the claim out; `revised` when it fails on the
revised series only by less than a normal first-release revision (so the claim held on the
figures the story had); `mismatch`; `unverifiable` when no series or no rate covers it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pandas as pd

from extractor.reconcile.match import (
    Target,
    official_value,
    period_label,
    precision_from_text,
    precision_of,
    revision_tolerance_at,
    signed_reported,
)
from extractor.reconcile.official import OfficialData
from extractor.reconcile.phrases import (
    RATIO_RE,
    SUPERLATIVE_RE,
    Since,
    ending_cue,
    flow_superlative,
    previous_period_cue,
    ratio_bounds,
    resolve_since,
)

# Reuters converts at the rate of the moment of writing and prints it in the "($1 = ...)" line;
# the conversion may use a slightly different rate (measured in docs/reconciliation.md).
RATE_SLACK = 0.005


def check_claims(records: list[dict[str, Any]], targets: dict[str, Target | str],
                 official: OfficialData) -> list[dict[str, Any]]:
    """Every claim verdict for the records of one article."""
    flows = [r for r in records if r.get("kind") == "flow"]
    rate = _usd_rate(records)
    out: list[dict[str, Any]] = []
    for flow in flows:
        out.extend(converted_checks(flow, rate))
        target = targets.get(str(flow.get("id")))
        if not isinstance(target, Target):
            continue
        if flow.get("streak") and flow.get("role") != "comparison":  # a run ends at the newest period
            out.append(streak_check(flow, target, official))
    for flow, match, sentence_flows in _phrases(flows, RATIO_RE, targets):
        target = targets.get(str(flow.get("id")))
        if isinstance(target, Target):
            out.append(comparison_check(flow, target, match, sentence_flows, targets, official))
    for flow, match, members in _phrases(flows, SUPERLATIVE_RE, targets):
        if match.group("rec"):  # "a record 4.169 trillion yen": the figure right after the words
            after = [f for f in members
                     if 0 <= match.string.find(str((f.get("amount") or {}).get("text") or "\0"), match.end()) - match.end() <= 3]
            if not after:
                continue
            flow = after[0]
        target = targets.get(str(flow.get("id")))
        if isinstance(target, Target) and flow_superlative(match.group(0)):
            out.append(superlative_check(flow, target, match, official))
    return out


def _earlier_headline(members: list[dict[str, Any]], flows: list[dict[str, Any]],
                      targets: dict[str, Target | str]) -> dict[str, Any] | None:
    start = min(int((m.get("evidence") or {}).get("start") or 0) for m in members)
    earlier = [f for f in flows if f.get("role") == "headline" and int((f.get("evidence") or {}).get("start") or 0) < start]
    keys = {t.series_key for m in members if isinstance(t := targets.get(str(m.get("id"))), Target)}
    same = [f for f in earlier if getattr(targets.get(str(f.get("id"))), "series_key", None) in keys]
    chosen = same or earlier
    return chosen[-1] if chosen else None


def _phrases(flows: list[dict[str, Any]], pattern: re.Pattern[str], targets: dict[str, Target | str]
             ) -> list[tuple[dict[str, Any], re.Match[str], list[dict[str, Any]]]]:
    """(owner flow, phrase, flows of the phrase's sentence) for each phrase in the flows' sentences.

    A phrase belongs to the figure just before it ("bought 1.0482 trillion yen of foreign stocks,
    the most since September, but sold 2.9027 trillion yen of bonds, the biggest monthly net sale
    since January"); when that is a comparison figure, to the sentence's headline ("2.16 trillion
    yen, five times the 432 billion yen of the prior week and the biggest sum in six weeks"),
    unless a relative clause ties it to the comparison ("after 812 billion yen a week earlier,
    which was the highest since May 2019"). A phrase before any amount of a sentence
    without a headline ("It was the largest ...", "Their net buying was more than double the
    526.6 bln yen of the week before") speaks of the headline of an earlier sentence, preferably
    one of the same series.
    """
    by_sentence: dict[str, list[dict[str, Any]]] = {}
    for flow in flows:
        by_sentence.setdefault(str((flow.get("evidence") or {}).get("sentence") or ""), []).append(flow)
    out = []
    for sentence, members in by_sentence.items():
        placed = sorted(((sentence.find(str((f.get("amount") or {}).get("text") or "\0")), f) for f in members),
                        key=lambda p: p[0])
        for m in pattern.finditer(sentence):
            before = [f for at, f in placed if 0 <= at < m.start()]
            headlines = [f for _, f in placed if f.get("role") == "headline"]
            if before:
                owner = before[-1]
                at = sentence.find(str(owner["amount"].get("text")))
                if _OTHER_FIGURE.search(sentence, at + len(str(owner["amount"].get("text"))), m.start()):
                    continue  # "..., as the 10-year yield climbed to 0.175 percent, its highest in five years": the yield's
                relative = re.search(r"\b(?:which|that) (?:was|is|were|marked)\b",
                                     sentence[sentence.find(str(owner["amount"].get("text"))):m.start()])
                if owner.get("role") == "comparison" and not relative:
                    owner = next((f for f in reversed(before) if f.get("role") == "headline"), headlines[0] if headlines else owner)
            elif headlines:
                owner = headlines[0]  # the phrase comes before its figure: "the largest since X, at 1.2 trillion yen"
            else:
                owner = _earlier_headline(members, flows, targets) or placed[0][1]
            out.append((owner, m, members))
    return out


# a figure that is no flow (a yield, a rate, an index level) between a flow and a superlative after it
_OTHER_FIGURE = re.compile(r"\d(?:[\d,]*\.?\d*)\s*(?:%|percent|per\s*cent|basis\s+points|bps?|points)(?!\w)"
                           r"|\b(?:yield|index|rate|Nikkei|Topix|TOPIX|yen|dollar)\b[^,;]{0,30}\b(?:at|to)\s+\d"
                           # a level named by the superlative itself: "dragged the Nikkei to its lowest in a year"
                           r"|\b(?:yields?|index|indexes|indices|rates?|Nikkei|Topix|TOPIX|yen|dollar|shares|stocks)\b[^,;]{0,30}\b(?:at|to|near)\s+(?:(?:its|their|a|the|fresh|new)\s+)*$",
                           re.IGNORECASE)


def _verdict(flow: dict[str, Any], check: str, status: str, note: str, target: Target | None = None,
             **values: Any) -> dict[str, Any]:
    out = {
        "record_id": str(flow.get("id")), "series": target.series if target else None,
        "series_key": target.series_key if target else None,
        "period_end": f"{target.ends[-1]:%Y-%m-%d}" if target else None,
        "official_value": None, "reported_value": None, "difference": None, "tolerance": None,
        "status": status, "vintage": None, "note": note, "check": check,
    }
    out.update(values)
    return out


# -- converted amounts ----------------------------------------------------------------------------
# "a record low of 75.95 yen", "its highest since 1990 at 160.2": a level the rate once reached, not the day's rate
_EXTREME_BEFORE = re.compile(r"\b(?:lows?|highs?|peaks?|troughs?|record|strongest|weakest|highest|lowest)\b[^.;,]{0,20}$", re.IGNORECASE)


def _extreme(rate: dict[str, Any]) -> bool:
    evidence = rate.get("evidence") or {}
    sentence, text = str(evidence.get("sentence") or ""), str(rate.get("text") or "")
    at = sentence.find(text) if text else -1
    return at > 0 and _EXTREME_BEFORE.search(sentence, 0, at) is not None


def _usd_rate(records: list[dict[str, Any]]) -> tuple[float, str] | None:
    """The article's yen-per-dollar rate, preferring the "($1 = ... yen)" line; never a record level."""
    rates = [r for r in records if r.get("kind") == "figure" and r.get("measure") == "fx_rate"
             and isinstance(r.get("value"), int | float) and r["value"] > 0
             and (r.get("base"), r.get("quote")) in (("USD", "JPY"), (None, None)) and not _extreme(r)]
    rates.sort(key=lambda r: "$1" not in str(r.get("text") or (r.get("evidence") or {}).get("sentence") or ""))
    if not rates:
        return None
    return float(rates[0]["value"]), str(rates[0].get("id"))


def converted_checks(flow: dict[str, Any], rate: tuple[float, str] | None) -> list[dict[str, Any]]:
    """One verdict per dollar restatement of a yen figure."""
    amount = flow.get("amount") or {}
    out = []
    for conv in flow.get("converted") or []:
        if str(conv.get("currency")).upper() != "USD" or str(amount.get("currency")).upper() != "JPY":
            continue
        if rate is None:
            out.append(_verdict(flow, "converted", "unverifiable", "no ($1 = ... yen) rate in the article",
                                reported_value=conv.get("value")))
            continue
        usd = float(amount["value"]) / rate[0]
        precision = conv.get("precision") or precision_from_text(str(conv.get("text") or "").replace("$", " "))
        # Both figures are rounded: the dollar figure to its last digit, the yen figure to its own.
        tol = (precision or 1e8) / 2 + precision_of(amount) / 2 / rate[0] + RATE_SLACK * usd
        diff = float(conv["value"]) - usd
        out.append(_verdict(
            flow, "converted", "match" if abs(diff) <= tol else "mismatch",
            f"{amount.get('text') or amount['value']} at {rate[0]:g} yen per dollar is ${usd / 1e9:,.2f} billion",
            series_key="USD/JPY", official_value=round(usd), reported_value=conv["value"],
            difference=round(diff), tolerance=round(tol)))
    return out


# -- comparisons ----------------------------------------------------------------------------------
def comparison_check(flow: dict[str, Any], target: Target, match: re.Match[str], sentence_flows: list[dict[str, Any]],
                     targets: dict[str, Target | str], official: OfficialData) -> dict[str, Any]:
    """A ratio claim ("quadrupling from 351.5 billion") against the official ratio.

    The base is the comparison figure of the same sentence, else the previous period when the
    sentence says so ("almost double the prior week's tally").
    """
    sentence = match.string
    words, lo, hi = ratio_bounds(match)
    base_flow = next((f for f in sentence_flows if f is not flow and f.get("role") in ("comparison", "other")
                      and isinstance(targets.get(str(f.get("id"))), Target)), None)
    if base_flow is not None:
        base = targets[str(base_flow.get("id"))]
        assert isinstance(base, Target)
    elif previous_period_cue(sentence) and not target.is_sum:
        base = replace(target, ends=(_previous(target),))
    else:
        return _verdict(flow, "comparison", "unverifiable", f"'{words}': no figure to compare with", target)
    now, then = official_value(target, official), official_value(base, official)
    if now is None or then is None or then[0] == 0:
        return _verdict(flow, "comparison", "unverifiable", f"'{words}': official figures missing", target)
    ratio = now[0] / then[0]
    reported = signed_reported(flow)
    reported_base = signed_reported(base_flow) if base_flow else then[0]
    reported_ratio = reported / reported_base if reported is not None and reported_base else None
    span = f"{lo:g}x to {hi:g}x" if hi != float("inf") else f"over {lo:g}x"
    note = (f"'{words}' means {span}; official {now[0] / 1e9:,.1f} / {then[0] / 1e9:,.1f} bn yen = {ratio:.2f}x "
            f"against {base.describe()}")
    if lo <= ratio <= hi:
        status = "match"
    elif reported_ratio is not None and lo <= reported_ratio <= hi:
        status, note = "revised", note + f"; holds on the reported figures ({reported_ratio:.2f}x)"
    else:
        status = "mismatch"
    return _verdict(flow, "comparison", status, note, target, official_value=round(ratio, 3),
                    reported_value=None if reported_ratio is None else round(reported_ratio, 3), vintage=now[1])


def _previous(target: Target) -> pd.Timestamp:
    end = target.ends[-1]
    if target.period_kind == "week":
        return end - pd.Timedelta(days=7)
    if target.period_kind == "month":
        return end - pd.offsets.MonthEnd(1)
    return end - pd.DateOffset(years=1)


# -- streaks --------------------------------------------------------------------------------------
def _value_at(target: Target, end: pd.Timestamp, official: OfficialData) -> int | None:
    found = official_value(replace(target, ends=(end,)), official)
    return None if found is None else found[0]


def _run(target: Target, end: pd.Timestamp, sign: int, official: OfficialData, limit: int = 600) -> int:
    """How many periods up to `end` in a row have the given sign."""
    count = 0
    while count < limit:
        value = _value_at(target, end, official)
        if value is None or value * sign <= 0:
            return count
        count += 1
        end = _previous(replace(target, ends=(end,)))
    return count


def streak_check(flow: dict[str, Any], target: Target, official: OfficialData) -> dict[str, Any]:
    """"Seventh straight week of net buying": the run of same-sign periods ending at the figure."""
    streak = flow.get("streak") or {}
    unit = str(streak.get("unit") or "week").rstrip("s")
    single = replace(target, ends=target.ends[-1:])
    if unit != target.period_kind:
        return _verdict(flow, "streak", "unverifiable", f"a streak in {unit}s on a {target.period_kind}ly series",
                        single)
    claimed = int(streak.get("count") or 0)
    direction = streak.get("direction") or flow.get("direction")
    sign = 1 if direction == "buy" else -1
    sentence = str((flow.get("evidence") or {}).get("sentence") or "")
    ends_run = (direction != flow.get("direction")) or ending_cue(sentence)
    if ends_run:  # "ending a run of nine straight weeks of net selling": the run before this period
        sign = -1 if flow.get("direction") == "buy" else 1
        at = _previous(single)
    else:
        at = single.ends[0]
    actual = _run(single, at, sign, official)
    what = f"{'buying' if sign > 0 else 'selling'} run {'before' if ends_run else 'up to'} {period_label(single.period_kind, single.ends[0])}"
    status = "match" if actual == claimed else "mismatch"
    note = f"claimed {claimed}, official {what}: {actual} {unit}s"
    if status == "mismatch":
        edge = at - (pd.Timedelta(days=7 * actual) if unit == "week" else pd.offsets.MonthEnd(actual))
        value = _value_at(single, edge, official)
        if value is not None and abs(value) <= (revision_tolerance_at(single, edge, official) or 0):
            status, note = "revised", note + f"; the run is broken by a figure within revision of zero ({value / 1e9:+,.1f} bn yen)"
    return _verdict(flow, "streak", status, note, single, official_value=actual, reported_value=claimed,
                    difference=claimed - actual, tolerance=0)


# -- superlatives ---------------------------------------------------------------------------------
def superlative_check(flow: dict[str, Any], target: Target, match: re.Match[str],
                      official: OfficialData) -> dict[str, Any]:
    """"Largest since X" / "biggest in N weeks" / "record": when a figure last went further."""
    single = replace(target, ends=target.ends[-1:])
    phrase = match.group(0)
    if target.is_sum:
        return _verdict(flow, "superlative", "unverifiable", f"'{phrase}': a superlative about a multi-period sum",
                        single)
    now = _value_at(single, single.ends[0], official)
    if now is None:
        return _verdict(flow, "superlative", "unverifiable", f"'{phrase}': no official figure", single)
    smallest = (match.group("word") or "").lower() in ("smallest", "lowest", "least")
    sign = 1 if now >= 0 else -1
    last = _last_beyond(single, now, sign, smallest, official)
    since = resolve_since(match, single.ends[0].date(), single.period_kind)
    if since is None:
        return _verdict(flow, "superlative", "unverifiable", f"'{phrase}': period not understood", single)
    status, note = _judge_since(since, last, single)
    if status == "mismatch":
        gap = _rival_gap(single, since, now, sign, smallest, official)
        if gap <= (revision_tolerance_at(single, single.ends[0], official) or 0):
            status, note = "revised", note + f" (beaten by at most {gap / 1e9:,.1f} bn yen, within first-release revision)"
    return _verdict(flow, "superlative", status, f"'{phrase}': {note}", single, official_value=now,
                    reported_value=signed_reported(flow), vintage=None)


def _rival_gap(target: Target, since: Since, now: int, sign: int, smallest: bool, official: OfficialData) -> float:
    """By how much the periods the claim says were not as far (after the window, within the last N
    periods, or all of them for a record) beat the figure at most."""
    series = _series(target, official)
    earlier = series[series.index < target.ends[0]]
    bound = since.window[1] if since.window else since.before
    if bound is not None:
        earlier = earlier[earlier.index > pd.Timestamp(bound)]
    if smallest:
        same = earlier[earlier * sign > 0] * sign
        return float(now * sign - same.min()) if not same.empty else 0.0
    return float((earlier * sign).max() - now * sign) if not earlier.empty else 0.0


def _last_beyond(target: Target, now: int, sign: int, smallest: bool,
                 official: OfficialData) -> tuple[pd.Timestamp, int] | None:
    """The latest earlier period whose figure went as far as `now` (or less far, for "smallest")."""
    series = _series(target, official)
    earlier = series[series.index < target.ends[0]]
    if smallest:
        hits = earlier[(earlier * sign > 0) & (earlier * sign <= now * sign)]
    else:
        hits = earlier[earlier * sign >= now * sign]
    if hits.empty:
        return None
    return hits.index[-1], int(hits.iloc[-1])


def _series(target: Target, official: OfficialData) -> pd.Series:
    parts = [official.series(target.series, target.direction, i, group=target.group, period_kind=target.period_kind)
             for i in target.instruments]
    total = parts[0]
    for part in parts[1:]:
        total = total.add(part, fill_value=0)
    return total


def _judge_since(since: Since, last: tuple[pd.Timestamp, int] | None, target: Target) -> tuple[str, str]:
    kind = target.period_kind
    where = "nothing larger in the loaded series" if last is None else (
        f"last went as far in {period_label(kind, last[0])} ({last[1] / 1e9:+,.1f} bn yen)")
    if since.record:
        return ("match" if last is None else "mismatch"), where
    last_end = None if last is None else last[0].date()
    if since.window is not None:
        start, end = since.window
        last_start = None if last_end is None else last_end - timedelta(days=6 if kind == "week" else 27)
        if last_end is not None and last_start is not None and last_start <= end and last_end >= start:
            return "match", where
        if last_end is None or last_end < start:
            return "match", where + f"; true, but understated (window {start}..{end})"
        return "mismatch", where + f", after the window {start}..{end}"
    assert since.before is not None
    if last_end is None or last_end <= since.before:
        return "match", where
    return "mismatch", where + f", later than {since.before}"


__all__ = ["check_claims", "comparison_check", "converted_checks", "streak_check", "superlative_check"]
