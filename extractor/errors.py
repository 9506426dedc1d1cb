"""Every error FlowFacts raises on purpose, with its message text.

Domain failures are `ExtractorError` subclasses: the CLI prints their message on stderr and exits
with code 1, without a traceback. Messages say what happened, show the value, and name the next step.
"""

from __future__ import annotations

from pathlib import Path


class ExtractorError(Exception):
    """Base class of every error FlowFacts reports to the user."""


class InputError(ExtractorError):
    """An input article could not be read. Carries the file name and, for JSONL, the line."""

    def __init__(self, source: str | Path, problem: str, *, line: int | None = None) -> None:
        self.source = str(source)
        self.line = line
        self.problem = problem
        where = f"{self.source}:{line}" if line is not None else self.source
        super().__init__(f"{where}: {problem}")


class SettingsError(ExtractorError, ValueError):
    """An option has a value outside its allowed set."""


class CorpusFormatError(ExtractorError):
    """A gold-annotated corpus file does not follow the annotation schema."""


class ModelNotFoundError(ExtractorError):
    """A trained artifact or the base encoder is missing."""


class ModelIntegrityError(ExtractorError):
    """Model weights on disk do not have the sha256 the project expects."""


class OfficialDataError(ExtractorError):
    """An official statistics file is malformed. Names the file, and the row and column when known."""

    def __init__(self, path: str | Path, problem: str, *, row: int | None = None, column: int | str | None = None) -> None:
        self.path = str(path)
        self.row = row
        self.column = column
        self.problem = problem
        where = self.path
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {problem}")


class ReconciliationError(ExtractorError):
    """Records given to `reconcile` cannot be read or checked."""


class StoreError(ExtractorError):
    """The fact store cannot be opened or written."""


class StoreSchemaError(StoreError):
    """The fact store's schema is newer than this version of FlowFacts, or damaged."""


# Message texts shared by more than one module.
EMPTY_INPUT = "file is empty"
BINARY_INPUT = "looks like a binary file (NUL bytes), not text"
BAD_UTF8 = "is not valid UTF-8 text (first bad byte at offset {offset})"
TOO_LARGE = "is {size_mb:.1f} MB, over the {limit_mb} MB limit for one article; split it or raise --max-mb"
NO_TEXT_FIELD = "JSON article has no 'text' field (fields present: {fields})"
BAD_JSON = "is not valid JSON: {error}"
NOT_FOUND = "no such file or directory"
