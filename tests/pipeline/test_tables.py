"""Rows of the embedded weekly data tables: one record per week and block, cells in yen."""

from __future__ import annotations

from datetime import date

from extractor.pipeline.tables import find_table_rows

TABLE = """Foreigners piled into Japanese bills ahead of the Fed meeting.

Details of net investments were as follows (in billion yen).

FOREIGN INVESTMENT IN JAPAN: (net)
               stocks    bonds    bills
Dec 6-12       -490.1   +384.7  +2230.5
Nov 29-Dec 5   +104.8r  +179.6  -1,354.4

JAPANESE INVESTMENT ABROAD: (a minus sign indicates net selling)
               stocks    bonds    bills
Dec 6-12        +21.8   +321.8     -4.2
"""


def test_tables_rows_per_block_and_week() -> None:
    rows = find_table_rows("t", TABLE, date(2015, 12, 17))
    assert [(r.side, r.period.start, r.period.end) for r in rows] == [
        ("non_resident", "2015-12-06", "2015-12-12"),
        ("non_resident", "2015-11-29", "2015-12-05"),
        ("resident", "2015-12-06", "2015-12-12"),
    ]


def test_tables_cells_with_and_without_thousands_commas() -> None:
    first, second, abroad = find_table_rows("t", TABLE, date(2015, 12, 17))
    assert first.values == {"equity": -490_100_000_000, "long_term_debt": 384_700_000_000,
                            "short_term_debt": 2_230_500_000_000}
    assert second.values["short_term_debt"] == -1_354_400_000_000
    assert abroad.values["short_term_debt"] == -4_200_000_000
    assert all(isinstance(v, int) for r in (first, second, abroad) for v in r.values.values())


def test_tables_revised_mark() -> None:
    rows = find_table_rows("t", TABLE, date(2015, 12, 17))
    assert rows[1].revised == ("equity",)
    assert rows[1].printed["equity"] == "+104.8r"
    assert rows[0].revised == ()


def test_tables_a_cell_cut_short_is_no_row() -> None:
    cut = TABLE.replace("+2230.5", "+2230.5.7")
    assert [r.period.end for r in find_table_rows("t", cut, date(2015, 12, 17))][:1] == ["2015-12-05"]
