"""Every command's --help renders (help texts are Rich markup: a bare "[" in one breaks it)."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from extractor.cli import app


def _commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [path]
    for name, cmd in group.commands.items():
        out += _commands(cmd, (*path, name)) if hasattr(cmd, "commands") else [(*path, name)]
    return out


COMMANDS = _commands(typer.main.get_command(app))


def test_every_command_is_listed() -> None:
    assert {("extract",), ("reconcile",), ("official", "show"), ("store", "stats")} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "flowfacts")
def test_help_renders(command: tuple[str, ...]) -> None:
    res = CliRunner().invoke(app, [*command, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage:" in res.output
