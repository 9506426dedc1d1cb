"""Record types of the record contract (v1): flows, figures, statements, table rows.

Field names and enum values follow the record contract shipped with the project's specification
(`docs/records.md` summarises it). `to_dict()` gives the JSON form that `extract` writes, the fact
store keeps and the reconciler reads. Everything here is a plain frozen dataclass: no behaviour
beyond serialisation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Side = Literal["resident", "non_resident", "unknown"]
Group = Literal[
    "all", "banks", "trust_banks", "life_insurers", "pension_funds", "investment_trusts",
    "retail", "corporates", "public", "central_bank", "other",
]
Instrument = Literal["equity", "long_term_debt", "short_term_debt", "debt", "securities", "derivatives", "other"]
Market = Literal["foreign", "domestic", "unknown"]
Direction = Literal["buy", "sell"]
PeriodKind = Literal["day", "week", "weeks", "month", "months", "quarter", "year_to_date", "year", "fiscal_year", "other"]
Role = Literal["headline", "comparison", "cumulative", "other"]
Series = Literal["mof_weekly", "mof_monthly", "jpx_weekly", "tic", "other"]
Measure = Literal["yield", "fx_rate", "index_level", "percent_change", "share", "amount", "other"]

SIDES = ("resident", "non_resident", "unknown")
GROUPS = Group.__args__  # type: ignore[attr-defined]
INSTRUMENTS = Instrument.__args__  # type: ignore[attr-defined]
DIRECTIONS = ("buy", "sell")
PERIOD_KINDS = PeriodKind.__args__  # type: ignore[attr-defined]
ROLES = ("headline", "comparison", "cumulative", "other")
SERIES = Series.__args__  # type: ignore[attr-defined]
MEASURES = Measure.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Money:
    """An amount of money as printed: value in currency units, and the value of its last digit."""

    value: float
    currency: str
    text: str
    precision: float | None = None
    start: int | None = None
    end: int | None = None
    qualifier: str | None = None  # "nearly", "about", "more than": the figure is hedged

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": _num(self.value), "currency": self.currency, "text": self.text}
        if self.precision is not None:
            d["precision"] = _num(self.precision)
        if self.qualifier:
            d["qualifier"] = self.qualifier
        return d


@dataclass(frozen=True)
class Investor:
    side: Side = "unknown"
    economy: str | None = None
    text: str | None = None
    group: Group = "all"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind | None = None
    start: str | None = None
    end: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Streak:
    count: int
    unit: str
    direction: Direction | None = None


@dataclass(frozen=True)
class Source:
    text: str | None = None
    series: Series | None = None


@dataclass(frozen=True)
class Flow:
    id: str
    article_id: str
    investor: Investor
    instrument: Instrument
    market: Market
    direction: Direction
    amount: Money
    period: Period
    role: Role
    evidence: Evidence
    converted: tuple[Money, ...] = ()
    streak: Streak | None = None
    source: Source = field(default_factory=Source)
    confidence: float = 1.0
    kind: str = "flow"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "article_id": self.article_id,
            "investor": asdict(self.investor),
            "instrument": self.instrument,
            "market": self.market,
            "direction": self.direction,
            "amount": self.amount.to_dict(),
            "converted": [c.to_dict() for c in self.converted],
            "period": asdict(self.period),
            "role": self.role,
            "streak": asdict(self.streak) if self.streak else None,
            "source": asdict(self.source),
            "evidence": asdict(self.evidence),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Figure:
    id: str
    article_id: str
    measure: Measure
    value: float
    unit: str
    text: str
    evidence: Evidence
    subject: str | None = None
    date: str | None = None
    base: str | None = None
    quote: str | None = None
    kind: str = "figure"

    def to_dict(self) -> dict[str, Any]:
        d = {
            "kind": self.kind, "id": self.id, "article_id": self.article_id, "measure": self.measure,
            "subject": self.subject, "value": _num(self.value), "unit": self.unit, "date": self.date,
            "text": self.text, "evidence": asdict(self.evidence),
        }
        if self.measure == "fx_rate":
            d["base"], d["quote"] = self.base, self.quote
        return d


@dataclass(frozen=True)
class Statement:
    id: str
    article_id: str
    speaker: str | None
    affiliation: str | None
    role: str | None
    quote: str
    evidence: Evidence
    kind: str = "statement"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "id": self.id, "article_id": self.article_id, "speaker": self.speaker,
            "affiliation": self.affiliation, "role": self.role, "quote": self.quote,
            "evidence": asdict(self.evidence),
        }


@dataclass(frozen=True)
class TableRow:
    """One row of an embedded data table ("Details of net investments ... (in billion yen)").

    An addition to the contract: the figures are net flows, but the scorer and the gold count only
    the prose flows, so table cells are their own kind. `values` maps an instrument to the signed
    net figure in yen (minus = net selling), exactly as printed.
    """

    id: str
    article_id: str
    side: Side
    economy: str
    market: Market
    period: Period
    values: dict[str, float]
    printed: dict[str, str]
    revised: tuple[str, ...]
    precision: float
    evidence: Evidence
    source: Source = field(default_factory=lambda: Source(series="mof_weekly"))
    kind: str = "table_row"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "id": self.id, "article_id": self.article_id,
            "investor": {"side": self.side, "economy": self.economy, "text": None, "group": "all"},
            "market": self.market, "period": asdict(self.period),
            "values": {k: _num(v) for k, v in self.values.items()}, "printed": dict(self.printed),
            "revised": list(self.revised), "currency": "JPY", "precision": _num(self.precision),
            "source": asdict(self.source), "evidence": asdict(self.evidence),
        }


Record = Flow | Figure | Statement | TableRow


def _num(x: float) -> float | int:
    """Whole numbers as int so that JSON shows 1406000000000, not 1406000000000.0."""
    return int(x) if float(x).is_integer() else x


_SCALARS = frozenset({str, int, float, bool, type(None)})


def asdict(obj: Any) -> dict[str, Any]:
    """`dataclasses.asdict`, without its recursive deep copy for the flat parts of a record
    (evidence, period, investor, source, streak: fields of plain scalars), which serialise every record."""
    d = dict(vars(obj))  # a dataclass instance's own attributes: its fields, in declaration order
    if _SCALARS.issuperset(map(type, d.values())):
        return d
    return dataclasses.asdict(obj)
