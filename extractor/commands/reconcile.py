"""CLI command: `reconcile` (records -> verdicts against the official MoF series)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.errors import ExtractorError


class ReportFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("reconcile")(reconcile_cmd)


def reconcile_cmd(
    records: Annotated[Path | None, typer.Argument(
        allow_dash=True, dir_okay=False, show_default=False,
        help="Records written by `flowfacts extract --format jsonl` (- for stdin); or use --db.")] = None,
    db: Annotated[Path | None, typer.Option(
        "--db", dir_okay=False, help="Read the records from this fact store instead of a JSONL file.")] = None,
    save: Annotated[bool, typer.Option(
        "--save", help="With --db: store the new verdicts in the fact store, replacing the old ones.")] = False,
    official_dir: Annotated[Path | None, typer.Option(
        "--official", help="Folder (or files) of MoF CSVs; default: the corpus/official snapshot.")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False,
                                              help="table: summary and worst discrepancies; jsonl: one verdict per line.")] = ReportFormat.table,
    plot: Annotated[Path | None, typer.Option("--plot", dir_okay=False, help="Also draw reported vs official figures to this PNG.")] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="How many of the worst discrepancies the table lists.")] = 10,
) -> None:
    """Check every reported figure and claim against the official MoF series.

    Verdicts: match (within the printed precision), revised (within a normal first-release
    revision), mismatch, unverifiable (no official series covers it).

    Examples: flowfacts reconcile records.jsonl --plot reconcile.png;
    flowfacts reconcile --db flowfacts.db --official official/ --save
    """
    if (records is None) == (db is None):
        raise typer.BadParameter("give either a RECORDS file or --db PATH (not both)", param_hint="RECORDS")
    if save and db is None:
        raise typer.BadParameter("--save needs --db", param_hint="--save")
    try:
        if db is not None:
            _reconcile_store(db, save=save, official_dir=official_dir, fmt=fmt, plot=plot, top=top)
            return
        from extractor.reconcile import read_records

        assert records is not None
        if str(records) != "-" and not records.exists():
            raise typer.BadParameter(f"no such file: {records}", param_hint="RECORDS")
        run_reconcile(read_records(records), official_dir=official_dir, fmt=fmt, plot=plot, top=top)
    except ExtractorError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _reconcile_store(db: Path, *, save: bool, official_dir: Path | None, fmt: ReportFormat,
                     plot: Path | None, top: int) -> None:
    """Reconcile the records of a fact store (reprinted copies are left out, as in search)."""
    from extractor.store import FactStore

    if not db.is_file():
        typer.echo(f"error: no fact store at {db} (create one with `flowfacts ingest --db {db}`)", err=True)
        raise typer.Exit(1)
    with FactStore(db, readonly=not save) as store:
        verdicts = run_reconcile(store.iter_records(), official_dir=official_dir, fmt=fmt, plot=plot, top=top)
        if save:
            stored = store.replace_verdicts(verdicts)
            typer.echo(f"{stored} verdicts stored in {db}", err=True)


def run_reconcile(records: Iterable[dict[str, Any]], *, official_dir: Path | None = None,
                  fmt: ReportFormat = ReportFormat.table, plot: Path | None = None, top: int = 10) -> list[dict[str, Any]]:
    """Reconcile record dicts from any source and render the result.

    The command reads them from a JSONL file; a `--db PATH` option reads them from the fact store
    and passes them here unchanged.
    """
    from extractor.reconcile import load_official, reconcile_records
    from extractor.reconcile.report import render_report, write_jsonl

    items = list(records)
    official = load_official(official_dir)
    verdicts = reconcile_records(items, official)
    if fmt is ReportFormat.jsonl:
        write_jsonl(verdicts, sys.stdout)
    else:
        typer.echo(render_report(verdicts, items, top=top), nl=False)
    if plot is not None:
        from extractor.reconcile.plot import plot_reconciliation

        typer.echo(f"plot written to {plot_reconciliation(verdicts, official, plot)}", err=True)
    return verdicts
