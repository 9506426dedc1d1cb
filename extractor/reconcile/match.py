"""Which official series covers a flow record, and the verdict for its figure.

Series choice (`resolve_target`):

* investor side `resident` + economy JP -> outward; `non_resident` + JP -> inward;
* instrument `equity` / `long_term_debt` / `short_term_debt` -> the file columns of that name,
  `debt` -> long-term + short-term, `securities` -> the total column;
* period kind `week` -> the weekly file (Sunday-Saturday weeks), `month` -> montha1, or
  monthb2/3/4 when the investor group is not `all`; calendar and fiscal years -> the CY/FY rows;
  runs of weeks or months (`weeks`, `months`, `quarter`, `year_to_date`) -> the sum of the periods;
* `source.series` jpx_weekly / tic / other, an economy other than JP, an unknown side, a
  Monday-Friday week (stock-exchange data) or an amount not in yen -> unverifiable.

Verdicts (`judge`): `match` when the difference is within half a unit of the printed figure's
last digit (`amount.precision / 2`) of the newest vintage or of any older vintage loaded;
`revised` when it is within the measured size of first-release revisions (see
`revision_tolerance` and docs/reconciliation.md); else `mismatch`. A figure that misses its own
period but matches a neighbouring week, another instrument, the other direction or the opposite
sign exactly is a `mismatch` whose `note` names what it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pandas as pd

from extractor.lang.en.actors import COUNTRIES
from extractor.reconcile.official import (
    SERIES_INVESTOR,
    SERIES_MONTHLY,
    SERIES_WEEKLY,
    UNIT_YEN,
    OfficialData,
)

# Size of normal first-release revisions, measured in docs/reconciliation.md (section "The size of
# normal first-release revisions"; `scripts/revision_sizes.py` reproduces it). The allowance is 15% of
# the net, the upper end of the 5-15% revisions the domain expects of a first release: the measured
# revisions bear it out (the shipped vintages: up to 7.4% of the net; dev-set first releases against
# the file: nine in ten within 4.1%, eight between 5% and 15%, and of the five beyond 15% three are
# story errors: a unit slip, a sign, a sentence repeated from the week before), with a floor for small nets
# (first releases differed from the file by up to 6 bn yen whatever the size of the net).
# Relative to the week's gross trading (acquisitions + dispositions) every measured revision is at
# most 0.66%; a `revised` verdict beyond GROSS_SHARE_SEEN says so in its note, so that an analyst
# can see which revisions are unusually large for their week. Keep in sync with docs/reconciliation.md.
REVISION_SHARE = 0.15
GROSS_SHARE_SEEN = 0.007
REVISION_FLOOR_YEN = 60 * UNIT_YEN
# A figure equal to another period or series "exactly" only counts as evidence when it is printed
# finely enough for a coincidence to be unlikely (to the billion yen or finer).
NEIGHBOUR_PRECISION_LIMIT = 1e9

_INSTRUMENTS = {
    "equity": ("equity",), "long_term_debt": ("long_term_debt",), "short_term_debt": ("short_term_debt",),
    "debt": ("long_term_debt", "short_term_debt"), "securities": ("total",),
}
_GROSS_PARTS = {"subtotal": ("equity", "long_term_debt"), "total": ("equity", "long_term_debt", "short_term_debt")}
# Unit slips a story makes: (factor that turns the reported figure into the file's, wording). The
# files count in 億円 (100 million yen), so a file value copied as billions is ten times too large.
_UNIT_SLIPS = (
    (1000, "the unit read as billion instead of million"),
    (0.001, "the unit read as billion instead of trillion"),
    (0.1, "the file's units of 100 million yen (oku) read as billions"),
)
_INSTRUMENT_WORDS = {
    ("equity",): "equity", ("long_term_debt",): "long-term debt", ("short_term_debt",): "short-term debt",
    ("long_term_debt", "short_term_debt"): "debt (long + short term)", ("total",): "all securities",
    ("subtotal",): "equity + long-term debt",
}
# Record investor groups -> monthb sectors. Trust banks in these stories mean the trust accounts
# (mostly pension money); pension funds have no sector of their own and sit in the same accounts.
_GROUPS = {
    "all": "all", "banks": "banks", "trust_banks": "trust_accounts", "pension_funds": "trust_accounts",
    "life_insurers": "life_insurers", "investment_trusts": "investment_trusts", "public": "public",
    "central_bank": "central_bank",
}
_SCALE: dict[str, float] = {"trillion": 1e12, "trln": 1e12, "tln": 1e12, "tn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9,
          "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "b": 1e9, "t": 1e12}
# fmt: off
# By-country figures (MoF's monthly data by country, TIC, BoJ balance of payments) are not in the
# loaded files. A country word next to a security noun ("US long-term debt", "Singapore-dollar debt",
# "Hong Kong equities"), or a country as the investor, marks them. The countries are the lexicon's
# (`extractor.lang.en.actors.COUNTRIES`), Japan aside, plus a few regions.
_REGIONS = ("Europe", "European", "Asia", "Asian", "Middle East", "Mexico", "Mexican", "Cayman")
_COUNTRY_FORMS = sorted({form for code, forms in COUNTRIES.items() if code != "JP" for form in forms} | set(_REGIONS),
                        key=lambda f: -len(f))
_COUNTRY = "|".join(re.escape(f) for f in _COUNTRY_FORMS)
_BY_COUNTRY_RE = re.compile(
    rf"(?<![\w.])(?:{_COUNTRY})(?:[’']s)?[\s-]+(?:\w+[\s-]+){{0,2}}?(?:bonds?|debt|notes|securities|stocks|shares|equities|paper)\b"
    # "shares of investment funds domiciled in the Cayman Islands", "bonds issued in Australia"
    rf"|\b(?:bonds?|debt|notes|securities|stocks|shares|equities|paper|funds)\s+(?:[\w-]+\s+){{0,3}}?(?:domiciled|issued|listed|based|registered)\s+in\s+(?:the\s+)?(?:{_COUNTRY})(?!\w)"
    r"|\b(?:Treasuries|bunds|gilts|OATs)\b")
_COUNTRY_INVESTOR_RE = re.compile(rf"(?<![\w.])(?:{_COUNTRY})(?!\w)")
# fmt: on
_EXCHANGE_RE = re.compile(r"\b(?:stock exchanges?|exchange data|Tokyo Stock Exchange|TSE|JPX|Japan Exchange Group)\b", re.I)
# A restatement in another currency, "($13.6 billion)", "(2.2 billion euros)", does not end a clause.
_MONEY_RE = re.compile(r"(?<![($\d.,])\d[\d.,]*\s*(?:trillion|trln|billion|bln|bn|million|mln)\b", re.I)
_SECURITY_RE = re.compile(r"\b(?:bonds?|debt|notes|securities|stocks|shares|equities|paper|Treasuries|bunds|gilts)\b", re.I)
_AMOUNT_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?\s*-?\s*(trillion|trln|tln|tn|billion|bln|bn|million|mln|mn|t|b|m)?\b", re.I)


@dataclass(frozen=True)
class Target:
    """The official figure (or sum of figures) a reported number is compared with."""

    series: str
    direction: str
    instruments: tuple[str, ...]
    group: str
    period_kind: str  # week | month | year | fiscal_year (the kind of each summed period)
    ends: tuple[pd.Timestamp, ...]  # period ends; several for a sum over periods

    @property
    def series_key(self) -> str:
        key = f"{self.direction}/{'+'.join(self.instruments)}/net"
        return key if self.group == "all" else f"{key}/{self.group}"

    @property
    def is_sum(self) -> bool:
        return len(self.ends) > 1

    def describe(self) -> str:
        what = f"{self.direction} {_INSTRUMENT_WORDS.get(self.instruments, '+'.join(self.instruments))}"
        if self.group != "all":
            what += f" ({self.group})"
        return f"{what}, {period_label(self.period_kind, self.ends[0])}" + (
            f" .. {period_label(self.period_kind, self.ends[-1])}" if self.is_sum else "")


def period_label(kind: str, end: pd.Timestamp) -> str:
    if kind == "week":
        return f"week {end - pd.Timedelta(days=6):%Y-%m-%d}..{end:%m-%d}"
    if kind == "month":
        return f"{end:%Y-%m}"
    return f"{'CY' if kind == 'year' else 'FY'}{end.year if kind == 'year' else end.year - 1}"


def precision_of(amount: dict[str, Any]) -> float:
    """Value of one unit in the last printed digit: `amount.precision`, else read from the text.

    >>> precision_of({"value": 1406000000000, "text": "1.406 trillion yen"})
    1000000000.0
    >>> precision_of({"value": 351500000000, "text": "351.5 bln yen"})
    100000000.0
    """
    given = amount.get("precision")
    if isinstance(given, int | float) and given > 0:
        return float(given)
    from_text = precision_from_text(str(amount.get("text") or ""))
    if from_text:
        return from_text
    value = abs(float(amount.get("value") or 0))
    power = 6  # no text: the largest power of ten dividing the value, at least a million
    while value and value % 10 ** (power + 1) == 0:
        power += 1
    return float(10**power)


def precision_from_text(text: str) -> float | None:
    """Precision of a printed amount such as "1.406 trillion yen", "¥6.47 trillion", "JPY 351.5bn"."""
    m = _AMOUNT_RE.search(text)
    if not m:
        return None
    scale = _SCALE.get((m.group(3) or "").lower(), 1.0)
    decimals = len(m.group(2) or "")
    return scale * 10.0**-decimals


def revision_tolerance(official_yen: float) -> float:
    """How far a first release normally lies from the revised figure, in yen: a share of the net,
    and never less than the floor for small nets.

    >>> revision_tolerance(300e9) / 1e9
    45.0
    >>> revision_tolerance(20e9) / 1e9  # the floor
    6.0
    """
    return max(REVISION_SHARE * abs(official_yen), REVISION_FLOOR_YEN)


def official_gross(target: Target, end: pd.Timestamp, official: OfficialData) -> int | None:
    """Acquisitions + dispositions behind the target's net for the period ending `end`, in yen.

    Subtotal and total carry a net only, so their gross is that of their parts. None when a part
    has no published acquisition or disposition (e.g. `-` cells of the investor-type files).
    """
    total = 0
    for instrument in target.instruments:
        for part in _GROSS_PARTS.get(instrument, (instrument,)):
            for metric in ("acquisition", "disposition"):
                obs = official.get(target.series, target.direction, part, end, metric=metric,
                                   group=target.group, period_kind=target.period_kind)
                if obs is None:
                    return None
                total += abs(obs.value_yen)
    return total


def revision_tolerance_at(target: Target, end: pd.Timestamp, official: OfficialData) -> float | None:
    """`revision_tolerance` for the target's period ending `end`, or None when it is not published."""
    found = official_value(replace(target, ends=(end,)), official)
    if found is None:
        return None
    return revision_tolerance(found[0])


def signed_reported(record: dict[str, Any]) -> float | None:
    """The reported figure in yen, + for net buying and - for net selling (the file's sign)."""
    amount = record.get("amount") or {}
    value, currency = amount.get("value"), str(amount.get("currency") or "").upper()
    if currency != "JPY":
        yen = [c for c in record.get("converted") or [] if str(c.get("currency")).upper() == "JPY"]
        if not yen:
            return None
        value = yen[0].get("value")
    if not isinstance(value, int | float):
        return None
    return -abs(float(value)) if record.get("direction") == "sell" else abs(float(value))


def resolve_target(record: dict[str, Any]) -> Target | str:
    """The official series and periods for a flow record, or the reason none covers it."""
    investor = record.get("investor") or {}
    source = (record.get("source") or {}).get("series")
    if source in ("jpx_weekly", "tic", "other"):
        return f"source is {source}, not a MoF series"
    if source is None and (m := _EXCHANGE_RE.search(str((record.get("evidence") or {}).get("sentence") or ""))):
        return f"the sentence cites {m.group(0)!r}: stock-exchange data, not a MoF series"
    economy, side = investor.get("economy"), investor.get("side")
    if economy != "JP":
        return f"investor economy is {economy or 'unknown'}; MoF series cover Japan only"
    if side not in ("resident", "non_resident"):
        return "investor side is unknown"
    if country := by_country(record):
        return country
    direction = "outward" if side == "resident" else "inward"
    market = record.get("market")
    if (direction, market) in (("outward", "domestic"), ("inward", "foreign")):
        return f"{side} investors in {market} securities are not a cross-border flow in the MoF data"
    instruments = _INSTRUMENTS.get(str(record.get("instrument")))
    if instruments is None:
        return f"instrument {record.get('instrument')!r} has no MoF series"
    group = _GROUPS.get(str(investor.get("group") or "all"))
    if group == "trust_accounts" and investor.get("group") == "trust_banks" and re.search(
            r"banking accounts?", str((record.get("evidence") or {}).get("sentence") or ""), re.I):
        group = "trust_banks_banking"  # "trust banks, in their own banking accounts"
    if group is None:
        return f"investor group {investor.get('group')!r} has no MoF series"
    if group != "all" and direction == "inward":
        return "MoF publishes no inward flows by investor type"
    if (record.get("amount") or {}).get("currency", "JPY") != "JPY" and signed_reported(record) is None:
        return f"amount is in {(record.get('amount') or {}).get('currency')}; MoF series are in yen"
    period = record.get("period") or {}
    periods = _periods(period, weekly_ok=group == "all")
    if isinstance(periods, str):
        return periods
    kind, ends = periods
    series = SERIES_WEEKLY if kind == "week" else SERIES_MONTHLY if group == "all" else SERIES_INVESTOR
    return Target(series, direction, instruments, group, kind, ends)


def by_country(record: dict[str, Any]) -> str | None:
    """Why a figure looks like by-country data (not in the MoF files loaded), or None.

    Weekly figures are never by country (the weekly release has no country split).
    """
    if (record.get("period") or {}).get("kind") == "week":
        return None
    investor = str((record.get("investor") or {}).get("text") or "")
    if m := _COUNTRY_INVESTOR_RE.search(investor):
        return f"investor {m.group(0)!r} is a single country; by-country data is not in the loaded files"
    clause = _clause(str((record.get("evidence") or {}).get("sentence") or ""),
                     str((record.get("amount") or {}).get("text") or ""))
    if m := _BY_COUNTRY_RE.search(clause):
        return f"'{m.group(0)}' is a by-country figure; by-country data is not in the loaded files"
    if re.search(r"\baverage\b", clause, re.I):
        return "the figure is an average, not a flow over the period"
    return None


def inherited_country(record: dict[str, Any], previous: dict[str, Any] | None) -> str | None:
    """Why a figure that names no security of its own is by-country data, from the flow before it.

    "Investors sold a net 1.5 trillion yen of French bonds in February. That compared with net sales
    of 190 billion yen in January.": the second figure is about French bonds too, although its
    sentence does not say so. Only figures whose own clause has no security noun inherit, and only
    from the flow just before them in the article.
    """
    if previous is None or (record.get("period") or {}).get("kind") == "week":
        return None
    reason = by_country(previous)
    if reason is None or "average" in reason:
        return None
    clause = _clause(str((record.get("evidence") or {}).get("sentence") or ""),
                     str((record.get("amount") or {}).get("text") or ""))
    if _SECURITY_RE.search(clause):
        return None
    return f"the figure names no security of its own and follows a by-country figure ({reason})"


def _clause(sentence: str, amount_text: str) -> str:
    """The words between the amounts either side of `amount_text` (the whole sentence if not found).

    A clause without a security noun ("and 2.2 trillion yen so far this year") takes in the
    clause before it, which names what is bought.
    """
    at = sentence.find(amount_text) if amount_text else -1
    if at < 0:
        return sentence
    spans = [m.span() for m in _MONEY_RE.finditer(sentence)]
    before = [e for _, e in spans if e <= at]
    after = [b for b, _ in spans if b >= at + len(amount_text)]
    start, end = (before[-1] if before else 0), (after[0] if after else len(sentence))
    if not _SECURITY_RE.search(sentence[start:end]) and before:
        start = before[-2] if len(before) > 1 else 0
    return sentence[start:end]


def _periods(period: dict[str, Any], *, weekly_ok: bool) -> tuple[str, tuple[pd.Timestamp, ...]] | str:
    kind = period.get("kind")
    start, end = _date(period.get("start")), _date(period.get("end"))
    if kind == "week":
        if end is None and start is not None:
            end = start + timedelta(days=6)
        if end is None:
            return "the week's dates are unknown"
        if start is not None and start.weekday() == 0 and end.weekday() == 4:
            return "a Monday-Friday week is stock-exchange data, not a MoF Sunday-Saturday week"
        if end.weekday() != 5:
            return f"period end {end} is not a Saturday; MoF weeks run Sunday to Saturday"
        return ("week", (pd.Timestamp(end),)) if weekly_ok else "MoF weekly data has no investor types"
    if kind == "month":
        anchor = start or end
        if anchor is None:
            return "the month is unknown"
        return "month", (pd.Timestamp(_month_end(anchor)),)
    if start is None or end is None:
        return f"period kind {kind!r} needs both start and end dates"
    if kind == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year", (pd.Timestamp(end),)
    if kind == "fiscal_year" and (start.month, start.day, end.month, end.day) == (4, 1, 3, 31) and end.year == start.year + 1:
        return "fiscal_year", (pd.Timestamp(end),)
    if start.day == 1 and end == _month_end(end):
        months = pd.date_range(start, end, freq="ME")
        return "month", tuple(months)
    if end.weekday() == 5 and weekly_ok:
        weeks = pd.date_range(end - timedelta(days=7 * ((end - start).days // 7)), end, freq="7D")
        return "week", tuple(w for w in weeks if w.date() >= start)
    return f"period {start}..{end} is neither whole months nor weeks ending on a Saturday"


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _month_end(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)


def official_value(target: Target, official: OfficialData) -> tuple[int, str] | None:
    """Sum of the newest published figures for the target, with the newest vintage used."""
    total, vintages = 0, []
    for end in target.ends:
        for instrument in target.instruments:
            obs = official.get(target.series, target.direction, instrument, end,
                               group=target.group, period_kind=target.period_kind)
            if obs is None:
                return None
            total += obs.value_yen
            vintages.append(obs.vintage)
    return total, max(vintages).isoformat()


def older_vintage_match(target: Target, official: OfficialData, reported: float, tol: float) -> str | None:
    """The older vintage whose value (e.g. a first release since revised) the reported figure matches."""
    if target.is_sum:
        return None
    end = target.ends[0]
    values: dict[date, int] = {}
    for instrument in target.instruments:
        for vintage, value in official.vintage_values(target.series, target.direction, instrument, end,
                                                      group=target.group, period_kind=target.period_kind).items():
            values[vintage] = values.get(vintage, 0) + value
    for vintage in sorted(values, reverse=True):
        if abs(values[vintage] - reported) <= tol:
            return vintage.isoformat()
    return None


def neighbours(target: Target) -> list[tuple[str, Target, int]]:
    """Figures a story may have taken by mistake: (description, target, sign) in order of likelihood."""
    out: list[tuple[str, Target, int]] = [("the same figure with buying and selling swapped", target, -1)]
    if target.is_sum:
        return out
    end = target.ends[0]
    for shift, words in ((-1, "the previous"), (1, "the following"), (-2, "two periods earlier"), (2, "two periods later")):
        moved = _shift(target, end, shift)
        if moved is not None:
            out.append((f"{words} {target.period_kind} ({period_label(target.period_kind, moved)})",
                        replace(target, ends=(moved,)), 1))
    other = "inward" if target.direction == "outward" else "outward"
    instrument_sets = [("equity",), ("long_term_debt",), ("short_term_debt",), ("long_term_debt", "short_term_debt"),
                       ("subtotal",), ("total",)]
    for direction in (target.direction, other):
        if target.group != "all" and direction != target.direction:
            continue
        for instruments in instrument_sets:
            if (direction, instruments) == (target.direction, target.instruments):
                continue
            if target.group != "all" and instruments in (("subtotal",), ("total",)):
                continue
            candidate = replace(target, direction=direction, instruments=instruments)
            out.append((f"{direction} {_INSTRUMENT_WORDS[instruments]} for the same period", candidate, 1))
    return out


def _shift(target: Target, end: pd.Timestamp, shift: int) -> pd.Timestamp | None:
    if target.period_kind == "week":
        return end + pd.Timedelta(days=7 * shift)
    if target.period_kind == "month":
        return end + pd.offsets.MonthEnd(shift)
    return None


def judge(record_id: str, target: Target, reported: float, precision: float, official: OfficialData) -> dict[str, Any]:
    """The verdict for one reported figure against its target (see the module docstring)."""
    found = official_value(target, official)
    tol = precision / 2
    verdict: dict[str, Any] = {
        "record_id": record_id, "series": target.series, "series_key": target.series_key,
        "period_end": f"{target.ends[-1]:%Y-%m-%d}", "official_value": None, "reported_value": _num(reported),
        "difference": None, "tolerance": _num(tol), "status": "unverifiable", "vintage": None, "note": "",
    }
    if found is None:
        verdict["note"] = f"no published figure for {target.describe()} in the loaded files"
        return verdict
    value, vintage = found
    diff = reported - value
    # For a sum, the last period is the one a story has as a first release.
    last_tol = revision_tolerance_at(target, target.ends[-1], official)
    rev_tol = last_tol if last_tol is not None else revision_tolerance(value)
    verdict.update(official_value=value, difference=_num(diff), vintage=vintage, revision_tolerance=_num(rev_tol))
    if abs(diff) <= tol:
        verdict["status"] = "match"
        return verdict
    older = older_vintage_match(target, official, reported, tol)
    if older is not None:
        verdict.update(status="match", vintage=older,
                       note=f"matches the figure as published on {older}; revised since to {_bn(value, signed=False)}")
        return verdict
    hit = _neighbour_hit(target, official, reported, tol)
    if hit and (abs(diff) > tol + rev_tol or precision <= NEIGHBOUR_PRECISION_LIMIT):
        verdict.update(status="mismatch", note=f"matches {hit} exactly")
    elif abs(diff) <= tol + rev_tol:
        verdict.update(status="revised", note=(
            f"off by {_bn(diff)} ({_pct(diff, value)}), within the normal first-release revision of "
            f"{_bn(rev_tol, signed=False)}" + _beside_gross(target, official, abs(diff) - tol)
            + (f"; also matches {hit}" if hit else "")))
    else:
        verdict.update(status="mismatch", note=f"off by {_bn(diff)} ({_pct(diff, value)})")
        if near := _near_miss(target, official, reported, tol):
            verdict["note"] += f"; {near}"
    if verdict["status"] == "mismatch" and target.ends[0].year < 2014 and target.period_kind != "fiscal_year" and (
            {"equity", "long_term_debt"} & set(target.instruments)):
        verdict["note"] += "; before 2014 MoF counted investment-trust certificates in long-term debt, not equity"
    return verdict


def _beside_gross(target: Target, official: OfficialData, excess: float) -> str:
    """A note when a revision is large beside the week's trading, larger than any measured one."""
    gross = official_gross(target, target.ends[-1], official)
    if not gross or excess <= GROSS_SHARE_SEEN * gross:
        return ""
    return (f"; but {100 * excess / gross:.1f}% of the gross trading behind it, where measured revisions "
            f"stay under {100 * GROSS_SHARE_SEEN:.1f}%")


def _neighbour_hit(target: Target, official: OfficialData, reported: float, tol: float) -> str | None:
    for words, candidate, sign in neighbours(target):
        found = official_value(candidate, official)
        if found is not None and abs(reported - sign * found[0]) <= tol:
            return words
    return None


def _near_miss(target: Target, official: OfficialData, reported: float, tol: float) -> str | None:
    """For a mismatch: a wrong unit, or a neighbour within first-release revision of the figure."""
    found = official_value(target, official)
    if found is not None:
        for factor, words in _UNIT_SLIPS:
            if found[0] and abs(reported * factor - found[0]) <= tol * factor:
                return f"would match with {words}"
    for words, candidate, sign in neighbours(target)[1:3]:  # the previous and the following period
        near = official_value(candidate, official)
        near_tol = revision_tolerance_at(candidate, candidate.ends[-1], official)
        if near is not None and near_tol is not None and abs(reported - sign * near[0]) <= tol + near_tol:
            return f"close to {words} ({_bn(sign * near[0])}), within first-release revision"
    return None


def _num(x: float) -> int:
    """Yen amounts are whole numbers; JSON shows 1406000000000, not 1406000000000.0."""
    return int(round(x))


def _bn(yen: float, *, signed: bool = True) -> str:
    return f"{yen / 1e9:{'+' if signed else ''},.1f} bn yen"


def _pct(diff: float, base: float) -> str:
    return f"{100 * diff / abs(base):+.1f}%" if base else "n/a"
