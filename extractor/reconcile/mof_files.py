"""Parsers for the MoF portfolio-flow CSV files as published: week, montha1, monthb2/3/4.

The layouts, period strings, footers and number styles are described in `corpus/official/FORMAT.md`.
Each parser returns plain rows (one per published figure) and never a partial result: a file that
is truncated, in the wrong encoding, has shifted columns or a non-numeric cell raises
`OfficialDataError` naming the file, the 1-based CSV record ("row") and the 0-based field
("column"). Figures stay in file units (100 million yen) here; `official.py` converts to yen.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from extractor.errors import OfficialDataError

SERIES_WEEKLY = "mof_weekly"
SERIES_MONTHLY = "mof_monthly"
SERIES_INVESTOR = "mof_investor_monthly"

# Identities hold "to +-1 or +-2" because every figure is rounded separately (FORMAT.md, note 2);
# a larger gap means the columns are not where the layout says. The one exception: in monthb2/3/4
# the net of "other financial corporations" is the sum of five rounded sub-sector nets, and
# differs from its own acquisition - disposition by up to 4 (measured on the 2026-08-10 files).
IDENTITY_SLACK = 2
_GROUP_SLACK = {"other_financial": 5}

_METRICS = ("acquisition", "disposition", "net")
_METRIC_JP = {"acquisition": "取得", "disposition": "処分", "net": "ネット"}
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_ERAS = {"令和": 2018, "平成": 1988}  # era year 1 = 2019 / 1989

# Week label, e.g. `2013．11．17～ 11．23` or `2006．12．31～ 2007．1．6` (full-width dot and wave dash).
_WEEK_RE = re.compile(r"^(\d{4})．(\d{1,2})．(\d{1,2})～\s*(?:(\d{4})．)?(\d{1,2})．(\d{1,2})\s*$")
_YEAR_ROW_RE = re.compile(r"(\d{4})(CY|FY)\s*$")
_NUMBER_RE = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)$")
_UPDATE_EN_RE = re.compile(r"Final\s+Update\s+([A-Za-z]+)\s+(\d{1,2})\s*,\s*(\d{4})")
_UPDATE_JP_RE = re.compile(r"最終更新日\s*(令和|平成)(\d+|元)年(\d{1,2})月(\d{1,2})日")


@dataclass(frozen=True)
class Column:
    """What one CSV field holds."""

    index: int
    direction: str
    instrument: str
    group: str
    metric: str


@dataclass(frozen=True)
class Layout:
    kind: str  # week, montha1, monthb2, monthb3, monthb4
    series: str
    n_fields: int
    title: str  # a substring of record 1, column 0
    metric_row: int  # 1-based record holding 取得/処分/ネット
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Figure:
    """One published number, in file units (100 million yen)."""

    direction: str
    instrument: str
    group: str
    metric: str
    period_kind: str
    period_start: date
    period_end: date
    value: int
    row: int
    column: int


@dataclass(frozen=True)
class ParsedFile:
    path: Path
    layout: Layout
    vintage: date
    figures: list[Figure]


def _both_directions(first: int) -> list[Column]:
    """Columns of the week/montha1 block: per direction eq(3), LT(3), subtotal, ST(3), total."""
    cols: list[Column] = []
    for direction, start in (("outward", first), ("inward", first + 11)):
        at = start
        for instrument, metrics in (
            ("equity", _METRICS), ("long_term_debt", _METRICS), ("subtotal", ("net",)),
            ("short_term_debt", _METRICS), ("total", ("net",)),
        ):
            for metric in metrics:
                cols.append(Column(at, direction, instrument, "all", metric))
                at += 1
    return cols


# Sector triplets of monthb2/3/4, in file order (FORMAT.md section 4). Group names follow the
# record contract where one exists (`banks`, `trust_banks`, `life_insurers`, ...).
INVESTOR_GROUPS = (
    "all", "public", "central_bank", "general_government", "deposit_taking", "banks",
    "trust_banks_banking", "other_sectors", "other_financial", "trust_accounts",
    "banks_trust_accounts", "trust_banks_trust_accounts", "securities_firms", "life_insurers",
    "non_life_insurers", "investment_trusts", "others",
)


def _investor_columns(instrument: str) -> list[Column]:
    return [
        Column(3 + 3 * g + m, "outward", instrument, group, metric)
        for g, group in enumerate(INVESTOR_GROUPS)
        for m, metric in enumerate(_METRICS)
    ]


LAYOUTS = (
    Layout("week", SERIES_WEEKLY, 23, "週次", 13, tuple(_both_directions(1))),
    Layout("montha1", SERIES_MONTHLY, 27, "月別推移", 10, tuple(_both_directions(3))),
    Layout("monthb2", SERIES_INVESTOR, 54, "投資家部門別対外証券投資（株式", 10, tuple(_investor_columns("equity"))),
    Layout("monthb3", SERIES_INVESTOR, 54, "投資家部門別対外証券投資（中長期債", 10, tuple(_investor_columns("long_term_debt"))),
    Layout("monthb4", SERIES_INVESTOR, 54, "投資家部門別対外証券投資（短期債", 10, tuple(_investor_columns("short_term_debt"))),
)


def read_mof_file(path: str | Path) -> ParsedFile:
    """Parse one MoF CSV file completely, or raise `OfficialDataError`.

    The kind of file is recognised from its title (record 1), not from its name, so files
    saved under any name (`week.csv`, `mof-week.csv`, a dated copy) load alike.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OfficialDataError(path, f"cannot read the file ({exc.strerror or exc})") from None
    rows = _decode_rows(path, raw)
    if not rows or not rows[0]:
        raise OfficialDataError(path, "file is empty", row=1, column=0)
    layout = _detect_layout(path, rows[0][0])
    for number, record in enumerate(rows, 1):
        if len(record) != layout.n_fields:
            raise OfficialDataError(
                path, f"has {len(record)} fields, expected {layout.n_fields} for a MoF {layout.kind} file "
                "(shifted columns or a truncated record)", row=number, column=min(len(record), layout.n_fields) - 1)
    vintage = _vintage(path, rows[:2])
    _check_header(path, rows, layout)
    footer = next((i for i, r in enumerate(rows) if r[0].strip() == "（備考）"), None)
    if footer is None:
        raise OfficialDataError(path, "ends without the notes footer （備考）; the file looks truncated",
                                row=len(rows), column=0)
    figures: list[Figure] = []
    year: int | None = None
    for index in range(layout.metric_row + 1, footer):
        record, number = rows[index], index + 1
        if layout.kind == "week":
            period = _week_period(path, record[0], number)
        else:
            period, year = _month_period(path, record, number, year)
        if period is None:
            continue
        figures.extend(_row_figures(path, layout, record, number, period))
    if not figures:
        raise OfficialDataError(path, "holds no data rows", row=layout.metric_row + 1, column=0)
    return ParsedFile(path, layout, vintage, figures)


def _decode_rows(path: Path, raw: bytes) -> list[list[str]]:
    """Decode cp932 strictly and split into CSV records; a bad byte is located by row and column."""
    try:
        text = raw.decode("cp932")
    except UnicodeDecodeError as exc:
        row, column = _locate(raw[: exc.start].decode("cp932", errors="replace"))
        hint = " (the file looks UTF-8 encoded)" if _is_utf8(raw) else ""
        raise OfficialDataError(
            path, f"is not valid cp932 (Shift_JIS) text: byte 0x{raw[exc.start]:02x} at offset {exc.start}{hint}; "
            "MoF publishes these files in cp932", row=row, column=column) from None
    if _is_utf8(raw) and any(ord(ch) > 0x7F for ch in text[:200]):
        raise OfficialDataError(path, "is UTF-8 encoded; MoF publishes these files in cp932 (Shift_JIS)", row=1, column=0)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        row, column = _locate(text)
        raise OfficialDataError(path, f"is not well-formed CSV ({exc}); the file looks truncated", row=row, column=column) from None


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _locate(prefix: str) -> tuple[int, int]:
    """1-based record and 0-based field where the text `prefix` ends."""
    records = list(csv.reader(io.StringIO(prefix, newline="")))
    if not records:
        return 1, 0
    return len(records), max(len(records[-1]) - 1, 0)


def _detect_layout(path: Path, title: str) -> Layout:
    for layout in LAYOUTS:
        if layout.title in title:
            return layout
    raise OfficialDataError(
        path, f"is not a MoF portfolio-flow file: title {title[:60]!r} matches none of week, montha1, "
        "monthb2, monthb3, monthb4", row=1, column=0)


def _vintage(path: Path, head: list[list[str]]) -> date:
    """The file's "Final Update" date, from the English or the Japanese header line."""
    for number, record in enumerate(head, 1):
        for column, cell in enumerate(record):
            if m := _UPDATE_EN_RE.search(cell):
                month = _EN_MONTHS.get(m.group(1).lower())
                if month is None:
                    raise OfficialDataError(path, f"unknown month in {cell!r}", row=number, column=column)
                return date(int(m.group(3)), month, int(m.group(2)))
            if m := _UPDATE_JP_RE.search(cell):
                era_year = 1 if m.group(2) == "元" else int(m.group(2))
                return date(_ERAS[m.group(1)] + era_year, int(m.group(3)), int(m.group(4)))
    raise OfficialDataError(path, "has no 'Final Update' date in its first two records", row=1, column=0)


def _check_header(path: Path, rows: list[list[str]], layout: Layout) -> None:
    """Every data column must sit under the matching 取得/処分/ネット title."""
    titles = rows[layout.metric_row - 1] if len(rows) >= layout.metric_row else []
    for col in layout.columns:
        want = _METRIC_JP[col.metric]
        got = titles[col.index].strip() if col.index < len(titles) else ""
        if got != want:
            raise OfficialDataError(
                path, f"header says {got!r} where the layout expects {want!r} ({col.metric}); columns are shifted",
                row=layout.metric_row, column=col.index)


def _week_period(path: Path, label: str, number: int) -> tuple[str, date, date] | None:
    if not label.strip():
        return None
    m = _WEEK_RE.match(label)
    if not m:
        raise OfficialDataError(path, f"period {label!r} is not a week label like '2013．11．17～ 11．23'",
                                row=number, column=0)
    y, mo, d, y2, mo2, d2 = m.groups()
    try:
        start = date(int(y), int(mo), int(d))
        end = date(int(y2 or y), int(mo2), int(d2))
    except ValueError as exc:
        raise OfficialDataError(path, f"period {label!r}: {exc}", row=number, column=0) from None
    if start.weekday() != 6 or end - start != timedelta(days=6):
        raise OfficialDataError(path, f"period {label!r} is not a Sunday-to-Saturday week", row=number, column=0)
    return "week", start, end


def _month_period(path: Path, record: list[str], number: int, year: int | None) -> tuple[tuple[str, date, date] | None, int | None]:
    """Month rows carry the year on the January row only; CY and FY rows name their year."""
    label, month_en = record[0].strip(), record[2].strip()
    if month_en in _MONTHS:
        month = _MONTHS[month_en]
        if month == 1:
            if not re.fullmatch(r"\d{4}", label):
                raise OfficialDataError(path, f"January row has year label {label!r}, expected a Western year",
                                        row=number, column=0)
            year = int(label)
        if year is None:
            raise OfficialDataError(path, "month row before any January row with a year", row=number, column=2)
        start = date(year, month, 1)
        end = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
        return ("month", start, end), year
    if m := _YEAR_ROW_RE.search(label):
        y = int(m.group(1))
        if m.group(2) == "CY":
            return ("year", date(y, 1, 1), date(y, 12, 31)), year
        return ("fiscal_year", date(y, 4, 1), date(y + 1, 3, 31)), year
    if not any(cell.strip() for cell in record):
        return None, year
    raise OfficialDataError(path, f"row is neither a month, a CY/FY total nor blank (label {label!r}, "
                            f"month {month_en!r})", row=number, column=2)


def _row_figures(path: Path, layout: Layout, record: list[str], number: int,
                 period: tuple[str, date, date]) -> list[Figure]:
    kind, start, end = period
    cells = [record[c.index].strip() for c in layout.columns]
    if not any(cells):
        return []  # a month not yet published: present with every value empty
    values: dict[int, int | None] = {}
    for col, cell in zip(layout.columns, cells, strict=True):
        if cell == "-":
            values[col.index] = None  # "not available" (FORMAT.md section 1)
        elif _NUMBER_RE.match(cell):
            values[col.index] = int(cell.replace(",", ""))
        elif not cell:
            raise OfficialDataError(path, f"empty cell in a published row ({_describe(col)})", row=number, column=col.index)
        else:
            raise OfficialDataError(path, f"cell {record[col.index]!r} is not a number ({_describe(col)})",
                                    row=number, column=col.index)
    _check_identities(path, layout, values, number)
    return [
        Figure(c.direction, c.instrument, c.group, c.metric, kind, start, end, v, number, c.index)
        for c in layout.columns
        if (v := values[c.index]) is not None
    ]


def _describe(col: Column) -> str:
    group = "" if col.group == "all" else f" {col.group}"
    return f"{col.direction}{group} {col.instrument} {col.metric}"


def _check_identities(path: Path, layout: Layout, values: dict[int, int | None], number: int) -> None:
    """net = acquisition - disposition; subtotal = equity + LT; total = subtotal + ST (each +-2)."""
    by_key = {(c.direction, c.instrument, c.group, c.metric): c.index for c in layout.columns}

    def check(net_key: tuple[str, str, str, str], parts: list[tuple[int, tuple[str, str, str, str]]], what: str) -> None:
        got = values[by_key[net_key]]
        terms = [values[by_key[k]] for _, k in parts]
        if got is None or any(t is None for t in terms):
            return
        expected = sum(sign * t for (sign, _), t in zip(parts, terms, strict=True) if t is not None)
        slack = _GROUP_SLACK.get(net_key[2], IDENTITY_SLACK)
        if abs(got - expected) > slack:
            raise OfficialDataError(
                path, f"{got} is not {what} ({expected}) within +-{slack}; a column is shifted or wrong",
                row=number, column=by_key[net_key])

    for direction, instrument, group, metric in by_key:
        if metric == "net" and (direction, instrument, group, "acquisition") in by_key:
            check((direction, instrument, group, "net"),
                  [(1, (direction, instrument, group, "acquisition")), (-1, (direction, instrument, group, "disposition"))],
                  "acquisition - disposition")
    if layout.series == SERIES_INVESTOR:
        return
    for direction in ("outward", "inward"):
        check((direction, "subtotal", "all", "net"),
              [(1, (direction, "equity", "all", "net")), (1, (direction, "long_term_debt", "all", "net"))],
              "equity + long-term debt")
        check((direction, "total", "all", "net"),
              [(1, (direction, "subtotal", "all", "net")), (1, (direction, "short_term_debt", "all", "net"))],
              "subtotal + short-term debt")
