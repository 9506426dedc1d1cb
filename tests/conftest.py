"""Shared fixtures (the only fixture file). Each section belongs to one part of the package."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


# --- extraction -----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def nlp_rules():
    """The rules-only extraction pipeline."""
    from extractor.pipeline import load_pipeline

    return load_pipeline(use_model=False)


@pytest.fixture
def corpus_dir() -> Path:
    return ROOT / "corpus" / "articles"
