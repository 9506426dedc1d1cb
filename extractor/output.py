"""Rendering records for the terminal and for files: jsonl, json, csv and table.

One helper serves every command that prints records, so formats stay the same across commands.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TextIO


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted columns ("amount.value"); lists as JSON text."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list | tuple):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def write_records(records: Iterable[dict[str, Any]], fmt: Format, out: TextIO) -> int:
    """Write records in `fmt`; return how many were written."""
    n = 0
    if fmt is Format.jsonl:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
        return n
    rows = list(records)
    if fmt is Format.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is Format.csv:
        flat = [flatten(r) for r in rows]
        columns: list[str] = []
        for f in flat:
            columns.extend(k for k in f if k not in columns)
        w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(flat)
    else:
        out.write(render_table(rows))
    return len(rows)


def _summary(r: dict[str, Any]) -> tuple[str, ...]:
    kind = r.get("kind", "")
    if kind == "flow":
        inv = r.get("investor") or {}
        per = r.get("period") or {}
        return (r["id"], kind, f"{inv.get('side')}/{inv.get('economy')}", r.get("instrument", ""), r.get("direction", ""),
                (r.get("amount") or {}).get("text", ""), f"{per.get('start') or ''}..{per.get('end') or ''}", r.get("role", ""))
    if kind == "figure":
        return (r["id"], kind, r.get("measure", ""), str(r.get("subject") or ""), "", str(r.get("value")), str(r.get("date") or ""), r.get("unit", ""))
    if kind == "statement":
        return (r["id"], kind, str(r.get("speaker")), str(r.get("affiliation") or ""), "", (r.get("quote") or "")[:40], "", "")
    per = r.get("period") or {}
    return (r.get("id", ""), kind, "", "", "", json.dumps(r.get("printed") or {}), f"{per.get('start')}..{per.get('end')}", "")


def render_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width text table of records (for people; use jsonl/csv for programs)."""
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "kind", "who / measure", "what", "dir", "amount / value", "period / date", "role", box=None)
    for r in rows:
        table.add_row(*_summary(r))
    buf = io.StringIO()
    Console(file=buf, width=200, color_system=None).print(table)
    return buf.getvalue()
