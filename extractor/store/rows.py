"""From a record dict (the record contract) to a `records` row, and the text that makes it findable.

A record keeps its full JSON in `records.json`; the typed columns beside it (side, instrument,
direction, amount, period, ...) exist for filtering and indexing. `summary` renders the typed
fields back into words ("Japanese investors residents of Japan ... net sellers sold ... foreign
bonds ... April 2013"), so that a query phrased differently from the article still finds the
record by full-text search: the evidence says "withdrew a net 1.14 trillion yen from foreign
bonds", the summary adds "sold net selling net sellers". The words come from the vocabulary below.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

# fmt: off
# Economy code -> (adjective, country name) used in summaries; other codes appear as the code itself.
ECONOMIES = {
    "JP": ("Japanese", "Japan"), "US": ("U.S. American", "United States"), "KR": ("Korean", "South Korea"),
    "TW": ("Taiwanese", "Taiwan"), "CN": ("Chinese", "China"), "IN": ("Indian", "India"),
    "GB": ("British", "Britain"), "DE": ("German", "Germany"), "FR": ("French", "France"),
    "AU": ("Australian", "Australia"), "HK": ("Hong Kong", "Hong Kong"), "SG": ("Singaporean", "Singapore"),
    "ID": ("Indonesian", "Indonesia"), "TH": ("Thai", "Thailand"), "PH": ("Philippine", "Philippines"),
    "VN": ("Vietnamese", "Vietnam"), "MY": ("Malaysian", "Malaysia"), "BR": ("Brazilian", "Brazil"),
}
GROUP_WORDS = {
    "all": "", "banks": "banks lenders", "trust_banks": "trust banks", "life_insurers": "life insurers insurance companies",
    "pension_funds": "pension funds", "investment_trusts": "investment trusts mutual funds",
    "retail": "retail individual investors individuals households", "corporates": "companies corporates",
    "public": "public sector", "central_bank": "central bank", "other": "other investors",
}
INSTRUMENT_WORDS = {
    "equity": "stocks shares equities", "long_term_debt": "bonds notes long-term debt",
    "short_term_debt": "bills short-term debt money-market instruments", "debt": "debt bonds debt securities",
    "securities": "securities portfolio investment", "derivatives": "derivatives futures options",
    "other": "",
}
DIRECTION_WORDS = {
    "buy": "bought net buying net buyers net purchases purchased inflows",
    "sell": "sold net selling net sellers net sales dumped offloaded outflows",
}
ROLE_WORDS = {
    "headline": "", "comparison": "previous period earlier comparison",
    "cumulative": "cumulative total combined", "other": "",
}
SERIES_WORDS = {
    "mof_weekly": "Ministry of Finance MoF weekly data", "mof_monthly": "Ministry of Finance MoF monthly data",
    "jpx_weekly": "stock exchange JPX investor-type data", "tic": "TIC U.S. Treasury data", "other": "",
}
PERIOD_WORDS = {
    "day": "day", "week": "week weekly", "weeks": "weeks", "month": "month monthly", "months": "months",
    "quarter": "quarter", "year_to_date": "so far this year year to date", "year": "year annual",
    "fiscal_year": "fiscal year", "other": "",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# fmt: on

_COLUMNS = (
    "id", "article_pk", "article_id", "seq", "kind", "side", "economy", "investor_group", "investor_text",
    "instrument", "market", "direction", "amount_value", "amount_currency", "amount_precision",
    "signed_value", "period_kind", "period_start", "period_end", "ref_date", "role", "source_series",
    "status", "measure", "subject", "value", "unit", "speaker", "affiliation", "evidence",
    "evidence_start", "evidence_end", "summary", "facets", "embedding_pk", "json",
)
INSERT_RECORD_SQL = (
    f"INSERT INTO records ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
)


@dataclass
class RecordRow:
    """The column values of one record, ready for INSERT_RECORD_SQL once the keys are known."""

    record: dict[str, Any]
    values: dict[str, Any]

    def params(self, *, article_pk: int, seq: int, embedding_pk: int | None) -> tuple[Any, ...]:
        v = dict(self.values, article_pk=article_pk, seq=seq, embedding_pk=embedding_pk)
        return tuple(v.get(c) for c in _COLUMNS)


def _get(d: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    return float(x)


def _str(x: Any) -> str | None:
    return x if isinstance(x, str) and x else None


def evidence_text(record: dict[str, Any]) -> str:
    """The evidence sentence of a record ('' when absent)."""
    ev = record.get("evidence")
    if isinstance(ev, dict):
        return str(ev.get("sentence") or "")
    return str(ev or "")


_PRONOUNS = {"they", "them", "their", "it", "he", "she", "we", "those", "these"}
_INSTRUMENT_PHRASES = {
    "equity": "stocks", "long_term_debt": "bonds", "short_term_debt": "short-term bills", "debt": "debt",
    "securities": "securities", "derivatives": "derivatives", "other": "assets",
}


def _day_words(iso: str | None) -> str:
    """'2013-11-23' -> 'November 23, 2013' ('' when not a date)."""
    try:
        d = date.fromisoformat(str(iso))
    except ValueError:
        return ""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _period_phrase(period: dict[str, Any]) -> str:
    kind, start, end = period.get("kind"), period.get("start"), period.get("end")
    if not end:
        return ""
    month = _month_words(end)
    phrases = {
        "day": f"on {_day_words(end)}", "week": f"in the week ended {_day_words(end)}",
        "weeks": f"in the weeks from {_day_words(start)} to {_day_words(end)}", "month": f"in {month}",
        "months": f"from {_month_words(start)} to {month}", "quarter": f"in the quarter to {month}",
        "year_to_date": f"so far in {str(end)[:4]}, through {_day_words(end)}", "year": f"in {str(end)[:4]}",
        "fiscal_year": f"in the fiscal year to {month}",
    }
    return phrases.get(str(kind), f"up to {_day_words(end)}")


def embedding_text(record: dict[str, Any]) -> str:
    """What the semantic index embeds for a record: the evidence sentence, after a short sentence
    that states what the record resolved (who, what, which way, when).

    The evidence alone often says "They sold a net 1.2 trillion yen last week": the record knows
    that "They" are foreign investors, the bonds are Japanese and "last week" ended on March 28,
    2020, and saying so lets a query like "foreigners dumping JGBs in March 2020" find it.
    """
    evidence = evidence_text(record)
    kind = record.get("kind")
    if kind == "flow":
        inv = cast("dict[str, Any]", record.get("investor")) if isinstance(record.get("investor"), dict) else {}
        economy = inv.get("economy")
        adjective = ECONOMIES.get(economy or "", (economy or "",))[0]
        text = str(inv.get("text") or "").strip()
        if not text or text.lower() in _PRONOUNS:
            text = {"resident": f"{adjective} investors", "non_resident": "Foreign investors"}.get(
                str(inv.get("side")), "Investors").strip()
        market = record.get("market")
        where = "foreign" if market == "foreign" else adjective if market == "domestic" else ""
        what = f"{where} {_INSTRUMENT_PHRASES.get(str(record.get('instrument')), 'assets')}".strip()
        verb = {"buy": "bought", "sell": "sold"}.get(str(record.get("direction")), "traded")
        period = cast("dict[str, Any]", record.get("period")) if isinstance(record.get("period"), dict) else {}
        lead = f"{text} {verb} {what} {_period_phrase(period)}".strip()
    elif kind == "figure":
        subject = record.get("subject") or str(record.get("measure") or "figure").replace("_", " ")
        lead = f"{subject} {('on ' + _day_words(record.get('date'))) if record.get('date') else ''}".strip()
    elif kind == "statement":
        who = ", ".join(str(x) for x in (record.get("speaker"), record.get("role"), record.get("affiliation")) if x)
        lead = f"{who} said" if who else ""
    else:
        return evidence
    return f"{lead}. {evidence}" if lead else evidence


def text_hash(text: str) -> str:
    """Key of an embedding: identical sentences (reprints, repeated ledes) share one vector."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def record_row(record: dict[str, Any], *, published: date | None = None) -> RecordRow:
    """Typed columns and summary for a record dict. Missing fields give NULL columns, not errors."""
    kind = str(record.get("kind") or "other")
    period = cast("dict[str, Any]", record.get("period")) if isinstance(record.get("period"), dict) else {}
    ev = cast("dict[str, Any]", record.get("evidence")) if isinstance(record.get("evidence"), dict) else {}
    direction = _str(record.get("direction"))
    amount = _num(_get(record, "amount", "value"))
    signed = None
    if amount is not None and direction in ("buy", "sell"):
        signed = amount if direction == "buy" else -amount
    ref_date = (
        _str(period.get("end")) or _str(period.get("start")) or _str(record.get("date"))
        or (published.isoformat() if published else None)
    )
    values: dict[str, Any] = {
        "id": str(record["id"]),
        "article_id": str(record.get("article_id") or ""),
        "kind": kind,
        "side": _str(_get(record, "investor", "side")),
        "economy": _str(_get(record, "investor", "economy")),
        "investor_group": _str(_get(record, "investor", "group")),
        "investor_text": _str(_get(record, "investor", "text")),
        "instrument": _str(record.get("instrument")),
        "market": _str(record.get("market")),
        "direction": direction,
        "amount_value": amount,
        "amount_currency": _str(_get(record, "amount", "currency")) or _str(record.get("currency")),
        "amount_precision": _num(_get(record, "amount", "precision")) or _num(record.get("precision")),
        "signed_value": signed,
        "period_kind": _str(period.get("kind")),
        "period_start": _str(period.get("start")),
        "period_end": _str(period.get("end")),
        "ref_date": ref_date,
        "role": _str(record.get("role")),
        "source_series": _str(_get(record, "source", "series")),
        "status": _str(record.get("status")),
        "measure": _str(record.get("measure")),
        "subject": _str(record.get("subject")),
        "value": _num(record.get("value")),
        "unit": _str(record.get("unit")),
        "speaker": _str(record.get("speaker")),
        "affiliation": _str(record.get("affiliation")),
        "evidence": evidence_text(record),
        "evidence_start": ev.get("start") if isinstance(ev.get("start"), int) else None,
        "evidence_end": ev.get("end") if isinstance(ev.get("end"), int) else None,
        "summary": summary(record),
        "json": json.dumps(record, ensure_ascii=False, sort_keys=True),
    }
    values["facets"] = facets(values)
    return RecordRow(record, values)


FACET_PREFIX = "xf"
FACET_COLUMNS = {"kind": "kind", "side": "side", "economy": "eco", "instrument": "inst", "direction": "dir"}


def facet_token(name: str, value: str) -> str:
    """A filter value as one index token: letters and digits only, so the tokenizer keeps it whole.

    >>> facet_token("inst", "long_term_debt")
    'xfinstlongtermdebt'
    """
    return FACET_PREFIX + name + "".join(ch for ch in value.lower() if ch.isalnum())


def facets(values: dict[str, Any]) -> str:
    """The filterable fields of a record as index tokens (the `facets` column of `records_fts`).

    A filtered full-text search adds them to its MATCH expression ("... AND facets : xfsideresident"),
    so FTS5 only ranks records that can pass the filters; the exact filters are still applied in
    SQL afterwards. Dates become a year and a month token ("xfy2013 xfm201304").
    """
    tokens = [facet_token(short, str(values[col])) for col, short in FACET_COLUMNS.items() if values.get(col)]
    ref = values.get("ref_date")
    if isinstance(ref, str) and len(ref) >= 7 and ref[:4].isdigit() and ref[5:7].isdigit():
        tokens += [f"{FACET_PREFIX}y{ref[:4]}", f"{FACET_PREFIX}m{ref[:4]}{ref[5:7]}"]
    return " ".join(tokens)


def _month_words(iso: str | None) -> str:
    if not iso or len(iso) < 7:
        return ""
    try:
        year, month = int(iso[:4]), int(iso[5:7])
        return f"{MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return ""


_QUARTERS = {("01-01", "03-31"): "first quarter Q1", ("04-01", "06-30"): "second quarter Q2",
             ("07-01", "09-30"): "third quarter Q3", ("10-01", "12-31"): "fourth quarter Q4",
             ("01-01", "06-30"): "first half H1", ("07-01", "12-31"): "second half H2"}


def _span_words(period: dict[str, Any]) -> str:
    """Words for the period's exact end day of a week, or for a quarter or half year it spans."""
    start, end = _str(period.get("start")), _str(period.get("end"))
    if not end:
        return ""
    if period.get("kind") in ("week", "day", "weeks"):
        return _day_words(end).replace(",", "")
    if start and start[:4] == end[:4]:
        return _QUARTERS.get((start[5:], end[5:]), "")
    return ""


def _investor_words(record: dict[str, Any]) -> list[str]:
    side = _get(record, "investor", "side")
    economy = _get(record, "investor", "economy")
    adjective, country = ECONOMIES.get(economy or "", (economy or "", economy or ""))
    words: list[str] = []
    if side == "resident":
        words.append(f"{adjective} investors residents of {country} domestic investors".strip())
    elif side == "non_resident":
        words.append(f"foreign investors foreigners overseas investors non-residents in {country}".strip())
    group = _get(record, "investor", "group")
    words.append(GROUP_WORDS.get(group or "", ""))
    words.append(str(_get(record, "investor", "text") or ""))
    return words


def _instrument_words(record: dict[str, Any], instrument: str | None) -> list[str]:
    economy = _get(record, "investor", "economy")
    market = record.get("market")
    adjective = ECONOMIES.get(economy or "", (economy or "",))[0]
    words = [INSTRUMENT_WORDS.get(instrument or "", "")]
    if market == "foreign":
        words.append("foreign overseas")
    elif market == "domestic" and adjective:
        words.append(adjective)
        if economy == "JP" and instrument == "long_term_debt":
            words.append("JGBs Japanese government bonds")
    return words


def summary(record: dict[str, Any]) -> str:
    """The record's typed fields in words, for full-text search (see the module docstring)."""
    kind = record.get("kind")
    period = cast("dict[str, Any]", record.get("period")) if isinstance(record.get("period"), dict) else {}
    parts: list[str] = []
    if kind in ("flow", "table_row"):
        parts += _investor_words(record)
        if kind == "flow":
            parts.append(DIRECTION_WORDS.get(str(record.get("direction")), ""))
            parts += _instrument_words(record, _str(record.get("instrument")))
        else:
            for instrument in sorted((record.get("values") or {}) if isinstance(record.get("values"), dict) else {}):
                parts += _instrument_words(record, instrument)
            parts.append("net flows table")
        parts.append(PERIOD_WORDS.get(str(period.get("kind")), ""))
        parts.append(_month_words(_str(period.get("end")) or _str(period.get("start"))))
        parts.append(_span_words(period))
        parts.append(str(period.get("text") or ""))
        parts.append(ROLE_WORDS.get(str(record.get("role")), ""))
        streak = record.get("streak")
        if isinstance(streak, dict) and streak.get("count"):
            parts.append(f"streak {streak.get('count')} straight consecutive {streak.get('unit') or 'week'}s")
        parts.append(SERIES_WORDS.get(str(_get(record, "source", "series")), ""))
        parts.append(str(_get(record, "amount", "text") or ""))
    elif kind == "figure":
        parts += [str(record.get("measure") or "").replace("_", " "), str(record.get("subject") or ""),
                  str(record.get("text") or ""), _month_words(_str(record.get("date")))]
    elif kind == "statement":
        parts += [str(record.get(k) or "") for k in ("speaker", "role", "affiliation")]
        parts.append("said quote statement")
    return " ".join(" ".join(p.split()) for p in parts if p).strip()
