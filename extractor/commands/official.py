"""CLI commands: `official load`, `official show`, `official revisions`, `official fetch`.

Thin commands over `extractor.reconcile`: check the arguments, call the library, render the
result on stdout. Errors go to stderr with exit code 1 (bad data, no network) or 2 (bad usage).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.errors import ExtractorError

official_app = typer.Typer(
    help="The official MoF series: load and check files, show a series, list revisions, fetch the current files.",
    no_args_is_help=True,
)
OFFICIAL_HELP = "Folder (or files) of MoF CSVs; default: the corpus/official snapshot."


class ShowFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.add_typer(official_app, name="official")


def _fail(exc: ExtractorError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date: {value!r} (expected YYYY-MM-DD)", param_hint=option) from None


@official_app.command("load")
def load_cmd(
    paths: Annotated[list[Path], typer.Argument(help="MoF CSV files or folders (a folder's vintages/ is included).")],
) -> None:
    """Load MoF files and list what each holds; a malformed file is an error naming its row and column.

    Example: flowfacts official load corpus/official
    """
    from extractor.reconcile import load_official

    try:
        official = load_official(paths)
    except ExtractorError as exc:
        raise _fail(exc) from None
    frame = official.frame
    typer.echo(f"{'file':<48} {'kind':<8} {'vintage':<10} {'first period':<12} {'last period':<12} {'figures':>8}")
    for info in official.files:
        rows = frame[(frame["file"] == str(info.path)) & frame["period_kind"].isin(["week", "month"])]
        first, last = rows["period_start"].min(), rows["period_end"].max()
        typer.echo(f"{_short(info.path):<48} {info.kind:<8} {info.vintage.isoformat():<10} "
                   f"{first:%Y-%m-%d}   {last:%Y-%m-%d}   {info.figures:>8}")
    typer.echo(f"{len(official.files)} files, {len(frame)} figures, vintages: "
               f"{', '.join(v.isoformat() for v in official.vintages())}", err=True)


@official_app.command("show")
def show_cmd(
    series: Annotated[list[str], typer.Option(
        "--series", "-s",
        help="\\[SERIES:]DIRECTION/INSTRUMENT/METRIC\\[/GROUP], e.g. outward/long_term_debt/net, "
             "mof_monthly:inward/equity/net, mof_investor_monthly:outward/long_term_debt/net/life_insurers; "
             "join instruments with + to sum them. Repeat for several series.")],
    start: Annotated[str | None, typer.Option("--from", help="First period end (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last period end (YYYY-MM-DD).")] = None,
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = ShowFormat.table,
    official_dir: Annotated[Path | None, typer.Option("--official", help=OFFICIAL_HELP)] = None,
    period_kind: Annotated[str | None, typer.Option("--period-kind", help="week, month, year or fiscal_year (default: the series' own).")] = None,
    all_vintages: Annotated[bool, typer.Option("--all-vintages", help="One row per vintage instead of the newest value.")] = False,
) -> None:
    """Print official series between two dates, in 100 million yen (the files' unit; + = net buying).

    Example: flowfacts official show -s outward/long_term_debt/net -s inward/equity/net --from 2013-11-01 --to 2013-11-30
    """
    from extractor.reconcile import load_official
    from extractor.reconcile.official import select

    first, last = _date(start, "--from"), _date(end, "--to")
    try:
        official = load_official(official_dir)
        tables = [select(official, spec, start=first, end=last, period_kind=period_kind, all_vintages=all_vintages)
                  for spec in series]
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--series") from None
    except ExtractorError as exc:
        raise _fail(exc) from None
    rows = [row for table in tables for row in table.to_dict("records")]
    if not rows:
        typer.echo("no figures in that range", err=True)
    if fmt is ShowFormat.json:
        typer.echo(json.dumps([_plain(r) for r in rows], indent=1))
        return
    wide = _wide(rows, all_vintages)
    if fmt is ShowFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerows(wide)
        typer.echo(buf.getvalue(), nl=False)
    else:
        widths = [max(len(str(r[i])) for r in wide) for i in range(len(wide[0]))]
        for r in wide:
            typer.echo("  ".join(str(c).rjust(w) if i >= 2 else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())


@official_app.command("revisions")
def revisions_cmd(
    official_dir: Annotated[Path | None, typer.Option("--official", help=OFFICIAL_HELP)] = None,
    older: Annotated[str | None, typer.Option("--older", help="Older vintage (YYYY-MM-DD); default: each pair in turn.")] = None,
    newer: Annotated[str | None, typer.Option("--newer", help="Newer vintage (YYYY-MM-DD).")] = None,
    net_only: Annotated[bool, typer.Option("--net-only", help="Only net figures, not acquisitions and dispositions.")] = False,
) -> None:
    """List the figures that changed between vintages of the same file (100 million yen).

    Example: flowfacts official revisions --net-only
    """
    from extractor.reconcile import load_official

    _date(older, "--older"), _date(newer, "--newer")
    try:
        changes = load_official(official_dir).revisions(older, newer, **({"metric": "net"} if net_only else {}))
    except ExtractorError as exc:
        raise _fail(exc) from None
    columns = ["series", "direction", "instrument", "investor_group", "metric", "period_end", "old_vintage",
               "new_vintage", "old", "new", "change", "first_release"]
    buf = io.StringIO()
    changes[columns].to_csv(buf, index=False, date_format="%Y-%m-%d", lineterminator="\n")
    typer.echo(buf.getvalue(), nl=False)
    typer.echo(f"{len(changes)} changed figures", err=True)


@official_app.command("fetch")
def fetch_cmd(
    dest: Annotated[Path, typer.Option("--dest", file_okay=False, help="Folder to write the files into.")] = Path("official"),
    base_url: Annotated[str | None, typer.Option("--base-url", help="Where the MoF CSVs live (default: the MoF site).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for each answer.")] = 30.0,
) -> None:
    """Download the current MoF files (week, montha1, monthb2-4) into a local folder.

    Each file is checked before anything is replaced; a replaced older release moves to
    DEST/vintages/. Use the folder with `reconcile --official DEST`.

    Example: flowfacts official fetch --dest official --timeout 20
    """
    from extractor.reconcile.fetch import MOF_BASE_URL, fetch_official

    try:
        fetched = fetch_official(dest, base_url=base_url or MOF_BASE_URL, timeout=timeout)
    except ExtractorError as exc:
        raise _fail(exc) from None
    for f in fetched:
        kept = f"; older release kept as {_short(f.kept_as)}" if f.kept_as else ""
        typer.echo(f"{_short(f.path)}  vintage {f.vintage.isoformat()}  {f.size:,} bytes{kept}")


def _short(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (f"{v:%Y-%m-%d}" if hasattr(v, "strftime") else int(v) if k in ("value", "value_yen") else v)
            for k, v in row.items()}


def _wide(rows: list[dict[str, Any]], all_vintages: bool) -> list[list[Any]]:
    """Period rows, one column per series (and vintage column when several vintages are shown)."""
    keys = list(dict.fromkeys(f"{r['series']}:{r['series_key']}" for r in rows))
    head = ["period_start", "period_end", *(["vintage"] if all_vintages else []), *keys]
    cells: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in rows:
        at = (f"{r['period_start']:%Y-%m-%d}", f"{r['period_end']:%Y-%m-%d}") + (
            (f"{r['vintage']:%Y-%m-%d}",) if all_vintages else ())
        cells.setdefault(at, {})[f"{r['series']}:{r['series_key']}"] = int(r["value"])
    return [head] + [[*at, *(cells[at].get(k, "") for k in keys)] for at in sorted(cells)]
