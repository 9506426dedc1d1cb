"""CLI commands: `extract` (articles -> records) and `eval` (records vs gold annotations)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from extractor.errors import ExtractorError
from extractor.output import Format

MODEL_HELP = ("Run the learned flow scorer (--model) or rules only (--no-model); default: the scorer runs "
              "when its measurements showed it helps (models/README.md).")


def _parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    from extractor.ingest.article import parse_date

    when = parse_date(value)
    if when is None:
        raise typer.BadParameter(f"not a date: {value!r} (expected YYYY-MM-DD)", param_hint="--published")
    return when


def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    published: Annotated[str | None, typer.Option("--published", help="Publication date hint (YYYY-MM-DD) for texts without one.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = Format.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", dir_okay=False, help="Write here instead of stdout.")] = None,
    model: Annotated[bool | None, typer.Option("--model/--no-model", show_default=False, help=MODEL_HELP)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse single articles larger than this (MB).")] = 5.0,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64,
                                         help="Extraction processes (same records, same order).")] = 1,
) -> None:
    """Extract flow, figure, statement and table records from news articles.

    Example: flowfacts extract corpus/articles --format jsonl -o records.jsonl --workers 2
    """
    from extractor.extraction import run_extract

    hint = _parse_published(published)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        summary = run_extract(paths, out=out, fmt=fmt, published=hint, use_model=model,
                              progress=not quiet, max_mb=max_mb, workers=workers)
    except ExtractorError as exc:  # e.g. the learned component's artifact fails its sha256 check
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        if output:
            out.close()
    for failure in summary.failures:
        typer.echo(f"error: {failure}", err=True)
    if summary.failures:
        typer.echo(f"{len(summary.failures)} of {summary.articles + len(summary.failures)} inputs failed", err=True)
        raise typer.Exit(1)


def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Directory of gold-annotated article JSON files.")],
    predictions: Annotated[Path | None, typer.Option("--pred", exists=True, dir_okay=False, help="Score these records (JSONL) instead of extracting.")] = None,
    model: Annotated[bool | None, typer.Option("--model/--no-model", show_default=False, help=MODEL_HELP)] = None,
    per_article: Annotated[bool, typer.Option("--per-article", help="List misses and false alarms per article.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as one JSON object.")] = False,
) -> None:
    """Precision, recall and F1 of flow extraction against gold annotations.

    Example: flowfacts eval corpus/articles --per-article
    """
    import json

    from extractor.evaluation import evaluate_dir

    try:
        result = evaluate_dir(gold_dir, predictions=predictions, use_model=model)
    except ExtractorError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if per_article:
        for line in result.report:
            typer.echo(line)
    if as_json:
        typer.echo(json.dumps(result.metrics))
    else:
        for key, value in result.metrics.items():
            typer.echo(f"{key:>16}: {value}")
    typer.echo(f"full_f1={result.metrics['full_f1']}")


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to `app`."""
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)
