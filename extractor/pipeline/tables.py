"""Embedded weekly data tables ("Details of net investments ... (in billion yen)").

Two blocks, FOREIGN INVESTMENT IN JAPAN (non-residents) and JAPANESE INVESTMENT ABROAD (residents),
each with a "stocks bonds bills" header and rows "Oct 9-15 +86.2 -94.8 -1,340.6", one per line or
flattened onto one line; "r" marks a revised figure. The sign is as printed (minus = net selling).
"""

from __future__ import annotations

import re
from datetime import date

from extractor.facts import Evidence, Period, TableRow
from extractor.parse.fold import folded_finditer, lowercase_twin
from extractor.parse.periods import find_periods, mof_week

_BLOCK = re.compile(r"(?P<head>FOREIGN\s+INVESTMENT\s+IN\s+JAPAN|JAPANESE\s+INVESTMENT\s+ABROAD)", re.IGNORECASE)
_BLOCK_LOWER = lowercase_twin(_BLOCK)  # a literal start: found fast (see parse.fold)
_COLS = re.compile(r"\bstocks\s+bonds\s+bills\b", re.IGNORECASE)
# "+86.2", "-1,340.6", "+2230.5" (thousands without a comma), "+104.8r" (revised); the whole number or nothing
_CELL = r"([+-]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d)?)(r?)(?![\d.,])"
_ROW = re.compile(
    r"(?P<label>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2}\s*[-–]\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*)?\s*\d{1,2})"
    rf"\s+{_CELL}\s+{_CELL}\s+{_CELL}",
)
_INSTR = ("equity", "long_term_debt", "short_term_debt")


def find_table_rows(article_id: str, text: str, published: date | None) -> list[TableRow]:
    rows: list[TableRow] = []
    blocks = folded_finditer(_BLOCK, _BLOCK_LOWER, text, text.lower())
    for k, b in enumerate(blocks):
        end = blocks[k + 1].start() if k + 1 < len(blocks) else min(len(text), b.end() + 1500)
        body = text[b.end():end]
        cols = _COLS.search(body)
        if not cols:
            continue
        foreign = b.group("head").upper().startswith("FOREIGN")
        for m in _ROW.finditer(body, cols.end()):
            label = m.group("label")
            ps = find_periods(label, published)
            if not ps or ps[0].end is None:
                continue
            start, stop = mof_week(ps[0].end)
            cells = [(m.group(i), m.group(i + 1)) for i in (2, 4, 6)]
            values: dict[str, float] = {ins: round(float(v.replace(",", "").replace(" ", "")) * 1e9) for ins, (v, _) in zip(_INSTR, cells, strict=True)}
            printed = {ins: v.replace(" ", "") + r for ins, (v, r) in zip(_INSTR, cells, strict=True)}
            revised = tuple(ins for ins, (_, r) in zip(_INSTR, cells, strict=True) if r)
            s0, s1 = b.end() + m.start(), b.end() + m.end()
            rows.append(TableRow(
                id=f"{article_id}#t{len(rows) + 1}", article_id=article_id,
                side="non_resident" if foreign else "resident", economy="JP",
                market="domestic" if foreign else "foreign",
                period=Period(kind="week", start=start.isoformat(), end=stop.isoformat(), text=label),
                values=values, printed=printed, revised=revised, precision=1e8,
                evidence=Evidence(text[s0:s1], s0, s1),
            ))
    return rows
