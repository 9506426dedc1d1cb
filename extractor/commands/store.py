"""CLI commands of the fact store: `ingest`, `search`, `show`, `series` and `store init|migrate|stats|check`.

Each command checks its arguments, calls `extractor.store`, and renders the result on stdout;
progress, summaries and errors go to stderr. Reading commands open the database read-only, so no
query text can change it.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.commands.extract import MODEL_HELP
from extractor.errors import ExtractorError
from extractor.facts import INSTRUMENTS

DB_HELP = "The fact store (SQLite file)."



class SearchFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class SeriesFormat(StrEnum):
    csv = "csv"
    json = "json"
    table = "table"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class Investor(StrEnum):
    resident = "resident"
    non_resident = "non_resident"
    unknown = "unknown"


class Direction(StrEnum):
    buy = "buy"
    sell = "sell"


class Kind(StrEnum):
    flow = "flow"
    figure = "figure"
    statement = "statement"
    table_row = "table_row"
    any = "any"


class Status(StrEnum):
    match = "match"
    revised = "revised"
    mismatch = "mismatch"
    unverifiable = "unverifiable"
    unreconciled = "unreconciled"


class Mode(StrEnum):
    hybrid = "hybrid"
    fts = "fts"
    semantic = "semantic"


InstrumentName = StrEnum("InstrumentName", {name: name for name in INSTRUMENTS})  # type: ignore[misc]


def _fail(exc: ExtractorError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


def _open(db: Path, *, readonly: bool) -> Any:
    from extractor.store import FactStore

    return FactStore(db, readonly=readonly)


# -- ingest ---------------------------------------------------------------------------------------


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), feeds, .jsonl.gz, or - for stdin.")],
    db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db"),
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64, help="Extraction processes.")] = 1,
    published: Annotated[str | None, typer.Option("--published", help="Publication date hint (YYYY-MM-DD) for texts without one.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 100,
    model: Annotated[bool | None, typer.Option("--model/--no-model", show_default=False, help=MODEL_HELP)] = None,
    no_embed: Annotated[bool, typer.Option("--no-embed", help="Skip evidence embeddings (semantic search will not find these records).")] = False,
    no_reconcile: Annotated[bool, typer.Option("--no-reconcile", help="Do not check flows against the official series.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Extract and report, but roll every batch back.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract records from articles and store them: idempotent, crash-safe, reprint-aware.

    Re-ingesting an article with the same text adds nothing; a changed article replaces its
    records. A failed article is listed (and kept in the errors table) without stopping the run.

    Example: flowfacts ingest corpus/articles --db flowfacts.db --workers 2
    """
    from extractor.commands.extract import _parse_published
    from extractor.store import ingest

    hint = _parse_published(published)
    try:
        store = _open(db, readonly=False)
    except ExtractorError as exc:
        raise _fail(exc) from None
    progress, callback = _progress_bar(quiet)
    try:
        with progress:
            summary = ingest(
                paths, store, workers=workers, published=hint, use_model=model,
                batch_size=batch_size, embed=not no_embed, reconcile=not no_reconcile, dry_run=dry_run,
                progress=callback,
            )
    except KeyboardInterrupt:
        typer.echo("interrupted: the batches committed so far are kept; run the same command again to finish", err=True)
        raise typer.Exit(130) from None
    except ExtractorError as exc:
        raise _fail(exc) from None
    finally:
        store.close()
    for warning in summary.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for _, message in summary.failures:
        typer.echo(f"error: {message}", err=True)
    typer.echo(summary.line(), err=True)
    if summary.failures:
        raise typer.Exit(1)


def _progress_bar(quiet: bool) -> tuple[Any, Any]:
    """A rich progress bar on stderr and its update callback (a no-op context when quiet)."""
    from contextlib import nullcontext

    if quiet:
        return nullcontext(), None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=False,
    )
    task = progress.add_task("ingest", total=None)

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return progress, update


# -- search ---------------------------------------------------------------------------------------


def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, an FTS5 phrase ("net sellers") or prefix (repatriat*); empty lists by filters.')] = "",
    db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db"),
    investor: Annotated[Investor | None, typer.Option("--investor", case_sensitive=False, help="Investor side.")] = None,
    economy: Annotated[str | None, typer.Option("--economy", help="Economy code, e.g. JP.")] = None,
    instrument: Annotated[InstrumentName | None, typer.Option("--instrument", case_sensitive=False, help="Instrument.")] = None,
    direction: Annotated[Direction | None, typer.Option("--direction", case_sensitive=False, help="Net buying or selling.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Period ends on or after (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Period ends on or before (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    min_amount: Annotated[str | None, typer.Option("--min-amount", help="Smallest amount, in currency units (500bn, 1.2 trillion).")] = None,
    max_amount: Annotated[str | None, typer.Option("--max-amount", help="Largest amount, in currency units.")] = None,
    currency: Annotated[str | None, typer.Option("--currency", help="Amount currency, e.g. JPY or USD.")] = None,
    status: Annotated[Status | None, typer.Option("--status", case_sensitive=False, help="Reconciliation verdict.")] = None,
    kind: Annotated[Kind, typer.Option("--kind", case_sensitive=False, help="Record kind to search.")] = Kind.flow,
    mode: Annotated[Mode, typer.Option("--mode", case_sensitive=False, help="Full text, meaning, or both fused.")] = Mode.hybrid,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=10000, help="Results to show.")] = 20,
    include_reprints: Annotated[bool, typer.Option("--include-reprints", help="Also list records of reprinted copies.")] = False,
    fmt: Annotated[SearchFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = SearchFormat.table,
    sql: Annotated[bool, typer.Option("--sql", help="Print the SQL of the full-text search and exit.")] = False,
) -> None:
    """Search flows (or figures, statements) by words, by meaning and by field.

    Example: flowfacts search "foreigners dumping JGBs" --investor non_resident --since 2008
    """
    from extractor.store.search import Filters, parse_amount, search, search_sql

    try:
        filters = Filters(
            kind=kind.value, investor=investor.value if investor else None, economy=economy,
            instrument=instrument.value if instrument else None, direction=direction.value if direction else None,
            since=since, until=until, min_amount=parse_amount(min_amount) if min_amount else None,
            max_amount=parse_amount(max_amount) if max_amount else None, currency=currency,
            status=status.value if status else None, include_duplicates=include_reprints,
        )
        filters.where()  # validates dates before anything is opened
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if sql:
        typer.echo(search_sql(filters, fts=bool(query)))
        return
    try:
        store = _open(db, readonly=True)
        try:
            hits = search(store, query, filters, mode=mode.value, limit=limit)
        finally:
            store.close()
    except ExtractorError as exc:
        raise _fail(exc) from None
    _print_hits([h.to_dict() for h in hits], fmt, kind.value)
    if not hits:
        typer.echo("no results", err=True)


_COLUMNS = {
    "flow": ("id", "period_end", "side", "investor", "direction", "amount", "instrument", "status", "evidence"),
    "figure": ("id", "published", "evidence"),
    "statement": ("id", "published", "evidence"),
    "table_row": ("id", "period_end", "side", "evidence"),
    "any": ("id", "kind", "period_end", "amount", "evidence"),
}


def _print_hits(rows: list[dict[str, Any]], fmt: SearchFormat, kind: str) -> None:
    out = sys.stdout
    if fmt is SearchFormat.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is SearchFormat.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is SearchFormat.csv:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif rows:
        from rich.console import Console
        from rich.table import Table

        columns = _COLUMNS.get(kind, _COLUMNS["any"])
        table = Table(box=None, pad_edge=False)
        for c in columns:
            table.add_column(c, no_wrap=True)
        for row in rows:
            cells = []
            for c in columns:
                value = row.get(c)
                text = "" if value is None else str(value)
                cells.append(text if c != "evidence" else _clip(text, 110))
            table.add_row(*cells)
        buf = io.StringIO()
        Console(file=buf, width=400, color_system=None).print(table)
        out.write(buf.getvalue())


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- show -----------------------------------------------------------------------------------------


def show_cmd(
    ident: Annotated[str, typer.Argument(metavar="ID", help="A record id (article#f1) or an article id.")],
    db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db"),
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = ShowFormat.text,
) -> None:
    """Print a record or an article, with the evidence highlighted in the article text.

    Example: flowfacts show "c-wk-reuters_weekly-2008-11-27-foreigners-dump-jgbs#g0"
    """
    from extractor.store.show import describe

    try:
        store = _open(db, readonly=True)
        try:
            found = describe(store, ident)
        finally:
            store.close()
    except ExtractorError as exc:
        raise _fail(exc) from None
    if found is None:
        typer.echo(f"error: no record or article with id {ident!r} in {db}", err=True)
        raise typer.Exit(1)
    if fmt is ShowFormat.json:
        typer.echo(json.dumps(found.data, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    Console(highlight=False, soft_wrap=True).print(found.rich_text())


# -- series ---------------------------------------------------------------------------------------


def series_cmd(
    investor: Annotated[Investor, typer.Option("--investor", case_sensitive=False, help="resident (Japanese investors abroad) or non_resident (foreigners in Japan).")],
    instrument: Annotated[InstrumentName, typer.Option("--instrument", case_sensitive=False, help="Instrument.")],
    start: Annotated[str, typer.Option("--from", help="First week's end (YYYY, YYYY-MM or YYYY-MM-DD).")],
    end: Annotated[str, typer.Option("--to", help="Last week's end (YYYY, YYYY-MM or YYYY-MM-DD).")],
    db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db"),
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = SeriesFormat.csv,
    plot: Annotated[Path | None, typer.Option("--plot", dir_okay=False, help="Also draw the series to this PNG file.")] = None,
) -> None:
    """The weekly net flow as the news reported it (most recent story per week), beside the official series.

    Example: flowfacts series --investor resident --instrument long_term_debt --from 2013-01 --to 2013-12
    """
    from extractor.store import series as series_mod

    if investor is Investor.unknown:
        raise typer.BadParameter("choose resident or non_resident", param_hint="--investor")
    try:
        store = _open(db, readonly=True)
        try:
            points = series_mod.weekly_series(store, investor=investor.value, instrument=instrument.value, start=start, end=end)
        finally:
            store.close()
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    except ExtractorError as exc:
        raise _fail(exc) from None
    if fmt is SeriesFormat.json:
        typer.echo(json.dumps([p.to_dict() for p in points], ensure_ascii=False, indent=2))
    elif fmt is SeriesFormat.csv:
        sys.stdout.write(series_mod.to_csv(points))
    else:
        _series_table(points)
    reported = sum(1 for p in points if p.reported_yen is not None)
    typer.echo(f"{len(points)} weeks, {reported} reported in the news", err=True)
    if plot is not None:
        title = f"{investor.value} {instrument.value}: news vs MoF, weeks ending {start} to {end}"
        series_mod.plot(points, plot, title=title)
        typer.echo(f"plot written to {plot}", err=True)


def _series_table(points: list[Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("week", "reported (bn yen)", "official (bn yen)", "difference", "status", "article", box=None)
    for p in points:
        table.add_row(
            f"{p.week_start}..{p.week_end}", _bn(p.reported_yen), _bn(p.official_yen), _bn(p.difference_yen),
            p.status or "", p.article_id or "",
        )
    Console(width=200, color_system=None).print(table)


def _bn(v: float | None) -> str:
    return "" if v is None else f"{v / 1e9:+,.1f}"


# -- store init|migrate|stats|check ----------------------------------------------------------------

store_app = typer.Typer(help="Create, migrate and inspect the fact store.", no_args_is_help=True)


@store_app.command("init")
def init_cmd(db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db")) -> None:
    """Create an empty fact store (or bring an existing one up to date).

    Example: flowfacts store init --db flowfacts.db
    """
    migrate_cmd(db)


@store_app.command("migrate")
def migrate_cmd(db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db")) -> None:
    """Apply the schema migrations the store lacks, each in its own transaction.

    Example: flowfacts store migrate --db flowfacts.db
    """
    import sqlite3

    from extractor.store import schema

    try:
        conn = sqlite3.connect(db, isolation_level=None)
        try:
            ran = schema.migrate(conn)
        finally:
            conn.close()
    except ExtractorError as exc:
        raise _fail(exc) from None
    except sqlite3.DatabaseError as exc:
        typer.echo(f"error: cannot migrate {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{db}: applied {', '.join(ran)}" if ran else f"{db}: schema up to date", err=True)


@store_app.command("stats")
def stats_cmd(db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db")) -> None:
    """Row counts per table, as JSON.

    Example: flowfacts store stats --db flowfacts.db
    """
    try:
        store = _open(db, readonly=True)
        try:
            typer.echo(json.dumps(store.counts(), indent=2))
        finally:
            store.close()
    except ExtractorError as exc:
        raise _fail(exc) from None


@store_app.command("check")
def check_cmd(db: Annotated[Path, typer.Option("--db", dir_okay=False, help=DB_HELP)] = Path("flowfacts.db")) -> None:
    """Check the database file and its full-text indexes; exit 1 on any problem.

    Example: flowfacts store check --db flowfacts.db
    """
    try:
        store = _open(db, readonly=False)
        try:
            problems = store.check_integrity()
        finally:
            store.close()
    except ExtractorError as exc:
        raise _fail(exc) from None
    for p in problems:
        typer.echo(f"problem: {p}", err=True)
    typer.echo("ok" if not problems else f"{len(problems)} problems")
    if problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `ingest`, `search`, `show`, `series` and the `store` group to `app`."""
    app.command("ingest")(ingest_cmd)
    app.command("search")(search_cmd)
    app.command("show")(show_cmd)
    app.command("series")(series_cmd)
    app.add_typer(store_app, name="store")
