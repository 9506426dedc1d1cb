"""Malformed MoF files: a clear error naming file, row and column, and nothing loaded from the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from extractor.errors import OfficialDataError
from extractor.reconcile import load_official
from extractor.reconcile.mof_files import read_mof_file

WEEK_ROW = "2013．11．17～ 11．23"  # record 478 of mof-week.csv (14 header records + week 464)


def _records(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n")


def _edit_week_row(raw: bytes, edit: Callable[[str], str]) -> bytes:
    text = raw.decode("cp932")
    at = text.index(WEEK_ROW)
    end = text.index("\r\n", at)
    return (text[:at] + edit(text[at:end]) + text[end:]).encode("cp932")


def _shift_left(row: str) -> str:
    """Drop the first value and pad the end: the field count stays right, the columns do not."""
    cells = next(csv.reader([row]))
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([cells[0], *cells[2:], "0 "])
    return out.getvalue()


@dataclass(frozen=True)
class Broken:
    name: str
    file: str
    damage: Callable[[bytes], bytes]
    row: int
    column: int
    message: str


BROKEN = [
    Broken("truncated mid-record", "mof-week.csv", lambda raw: raw[: raw.index(WEEK_ROW.encode("cp932")) + 60],
           478, 5, "the file looks truncated"),
    Broken("truncated at a record end", "mof-week.csv",
           lambda raw: b"\r\n".join(_records(raw)[:600]) + b"\r\n", 600, 0, "looks truncated"),
    Broken("truncated inside a double-byte character", "mof-montha1.csv",
           lambda raw: raw[: raw.index("（備考）".encode("cp932")) + 3], 319, 0, "not valid cp932"),
    Broken("wrong encoding (UTF-8)", "mof-week.csv", lambda raw: raw.decode("cp932").encode("utf-8"),
           1, 0, "UTF-8"),
    Broken("wrong encoding (UTF-16)", "mof-montha1.csv", lambda raw: raw.decode("cp932").encode("utf-16"),
           1, 0, "not valid cp932"),
    Broken("extra field shifts the row", "mof-week.csv",
           lambda raw: _edit_week_row(raw, lambda row: row.replace(",", ",0 ,", 1)), 478, 22, "has 24 fields"),
    Broken("values shifted left by one column", "mof-week.csv",
           lambda raw: _edit_week_row(raw, _shift_left),
           478, 3, "is not acquisition - disposition"),
    Broken("header columns shifted", "mof-montha1.csv",
           lambda raw: raw.replace("取得,処分,ネット,取得".encode("cp932"), "処分,取得,ネット,取得".encode("cp932"), 1),
           10, 3, "columns are shifted"),
    Broken("non-numeric cell", "mof-week.csv",
           lambda raw: _edit_week_row(raw, lambda row: row.replace('"14,101 "', '"14,1O1 "')), 478, 6,
           "is not a number"),
    Broken("non-numeric cell in monthb", "mof-monthb3.csv",
           lambda raw: raw.replace(b',"43,581",', b',"n/a",', 1), 12, 27, "is not a number"),
    Broken("empty cell in a published row", "mof-week.csv",
           lambda raw: _edit_week_row(raw, lambda row: row.replace('"84,238 "', "")), 478, 12, "empty cell"),
    Broken("broken period label", "mof-week.csv",
           lambda raw: _edit_week_row(raw, lambda row: row.replace("11．17～", "11/17-")), 478, 0, "is not a week label"),
    Broken("not a MoF file", "mof-week.csv", lambda raw: b"date,value\r\n2024-01-01,5\r\n", 1, 0,
           "not a MoF portfolio-flow file"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[b.name for b in BROKEN])
def test_malformed_file_names_row_and_column(tmp_path, official_dir, case):
    bad = tmp_path / case.file
    bad.write_bytes(case.damage((official_dir / case.file).read_bytes()))
    with pytest.raises(OfficialDataError) as caught:
        read_mof_file(bad)
    error = caught.value
    assert (error.path, error.row, error.column) == (str(bad), case.row, case.column)
    assert case.message in str(error)
    assert str(error).startswith(f"{bad}, row {case.row}, column {case.column}: ")


@pytest.mark.parametrize("case", BROKEN[:3], ids=[b.name for b in BROKEN[:3]])
def test_malformed_file_loads_nothing(tmp_path, official_dir, case):
    """A bad file next to good ones: loading fails as a whole, nothing half-read is returned."""
    good = tmp_path / "mof-montha1.csv"
    good.write_bytes((official_dir / "mof-montha1.csv").read_bytes())
    bad = tmp_path / "vintages" / f"bad-{case.file}"
    bad.parent.mkdir()
    bad.write_bytes(case.damage((official_dir / case.file).read_bytes()))
    with pytest.raises(OfficialDataError, match=str(bad.name)):
        load_official([good, bad])
    assert [f.kind for f in load_official([good]).files] == ["montha1"]
