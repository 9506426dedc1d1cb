"""The `flowfacts` command line: thin commands over the library.

Each command group lives in its own module under `extractor.commands` and registers itself on
`app` through `register(app)`. Results go to stdout; progress, warnings and errors go to stderr.
Exit codes: 0 success, 1 a failed input or domain error (message on stderr, no traceback),
2 a usage error.
"""

from __future__ import annotations

from typing import Annotated

import typer

from extractor import __version__
from extractor.commands import extract as _extract
from extractor.commands import official as _official
from extractor.commands import reconcile as _reconcile
from extractor.commands import store as _store

app = typer.Typer(
    name="flowfacts",
    help="Turn capital-flow news into structured, reconciled, searchable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"flowfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """FlowFacts: extract, reconcile and search capital-flow facts in financial news."""


for _module in (_extract, _official, _reconcile, _store):
    _module.register(app)
