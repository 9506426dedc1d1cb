"""The learned component: a flow scorer over MiniLM windows and the rules' verdicts (see models/README.md)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _shipped_meta() -> dict[str, object] | None:
    from extractor.errors import ExtractorError
    from extractor.model.artifact import read_meta

    try:
        return read_meta()
    except ExtractorError:
        return None


def model_available() -> bool:
    """Whether a trained flow scorer is shipped in models/ (its meta.json is present and readable)."""
    return _shipped_meta() is not None


def model_enabled_by_default() -> bool:
    """Whether the learned component runs unless --no-model is given: on only if its measurement said it helps."""
    meta = _shipped_meta()
    return bool(meta and meta.get("default_on"))
