"""The learned component: a flow scorer fine-tuned from all-MiniLM-L6-v2 (see models/README.md)."""

from __future__ import annotations


def model_enabled_by_default() -> bool:
    """Whether the learned component runs unless --no-model is given; it is on only if it helps."""
    return False


def model_available() -> bool:
    """Whether a trained flow scorer is shipped in models/."""
    return False
