"""The shipped flow scorer: where it lives, how it is saved, and how it is checked and loaded.

An artifact is a folder (`models/flow_scorer/`) with two files:

- `weights.safetensors`: the parameters that differ from all-MiniLM-L6-v2 (`FlowScorer.trainable_state`);
- `meta.json`: the network and window configuration, the combination thresholds, the sha256 of
  `weights.safetensors`, the base encoder's sha256, whether the model is on by default, and the
  measurements that decided it (written by `scripts/train_flow_model.py`).

`load_artifact()` checks the weights' sha256 against `meta.json` before reading them, and loads the base
encoder through `extractor.embeddings.load_encoder`, which checks the base weights too: a corrupted or
swapped file raises `ModelIntegrityError` naming the file, never a silently different model.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.errors import ModelIntegrityError, ModelNotFoundError

ARTIFACT_DIR = Path(__file__).resolve().parents[2] / "models" / "flow_scorer"
WEIGHTS_FILE = "weights.safetensors"
META_FILE = "meta.json"
FORMAT = "flowfacts-flow-scorer/1"
RETRAIN = "python scripts/train_flow_model.py"

_CACHE: dict[Path, LoadedScorer] = {}
_LOCK = threading.Lock()


@dataclass
class LoadedScorer:
    """A verified, loaded flow scorer: the network, its window maker and its combination thresholds."""

    model: Any  # FlowScorer
    maker: Any  # WindowMaker
    thresholds: Any  # Thresholds
    meta: dict[str, Any]
    folder: Path


def read_meta(folder: Path | None = None) -> dict[str, Any]:
    """The artifact's meta.json (raises `ModelNotFoundError` when there is none)."""
    path = Path(folder or ARTIFACT_DIR) / META_FILE
    if not path.is_file():
        raise ModelNotFoundError(f"No trained flow model at {path.parent}; train one with `{RETRAIN}` or run with --no-model.")
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelIntegrityError(f"{path} is not readable JSON ({exc}); restore it or retrain with `{RETRAIN}`.") from exc
    if meta.get("format") != FORMAT:
        raise ModelIntegrityError(f"{path} has format {meta.get('format')!r}, expected {FORMAT!r}; retrain with `{RETRAIN}`.")
    return meta


def verify_artifact(folder: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Check the weights' sha256 against meta.json; return the weights' path and the meta."""
    from extractor.embeddings import MODEL_SHA256, file_sha256

    folder = Path(folder or ARTIFACT_DIR)
    meta = read_meta(folder)
    weights = folder / WEIGHTS_FILE
    if not weights.is_file():
        raise ModelNotFoundError(f"No model weights at {weights}; restore models/ or retrain with `{RETRAIN}`.")
    expected = str(meta.get("weights_sha256") or "")
    actual = file_sha256(weights)
    if actual != expected:
        raise ModelIntegrityError(
            f"{weights} has sha256 {actual}, expected {expected} (recorded in {META_FILE}); the trained flow model "
            f"is corrupted or was replaced. Restore it from the repository, retrain it with `{RETRAIN}`, "
            "or run with --no-model."
        )
    if meta.get("base_sha256") != MODEL_SHA256:
        raise ModelIntegrityError(
            f"{folder / META_FILE} was trained on base weights {meta.get('base_sha256')}, but the installed "
            f"all-MiniLM-L6-v2 is {MODEL_SHA256}; retrain with `{RETRAIN}`."
        )
    return weights, meta


def save_artifact(folder: Path, model: Any, thresholds: Any, meta: dict[str, Any]) -> dict[str, Any]:
    """Write weights.safetensors and meta.json (with the weights' sha256); return the meta written."""
    from safetensors.torch import save_file

    from extractor.embeddings import MODEL_SHA256, file_sha256

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights = folder / WEIGHTS_FILE
    save_file(model.trainable_state(), str(weights), metadata={"format": FORMAT})
    full = {
        "format": FORMAT,
        "weights_sha256": file_sha256(weights),
        "base_model": "sentence-transformers/all-MiniLM-L6-v2",
        "base_sha256": MODEL_SHA256,
        "config": model.config.to_dict(),
        "thresholds": thresholds.to_dict(),
        **meta,
    }
    (folder / META_FILE).write_text(json.dumps(full, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return full


def load_artifact(folder: Path | None = None) -> LoadedScorer:
    """The verified flow scorer in `folder` (default: the shipped one), loaded once per process."""
    folder = Path(folder or ARTIFACT_DIR).resolve()
    with _LOCK:
        cached = _CACHE.get(folder)
        if cached is not None:
            return cached
        weights, meta = verify_artifact(folder)
        from safetensors.torch import load_file

        from extractor.embeddings import load_encoder
        from extractor.model.combine import Thresholds
        from extractor.model.features import N_RULE_FEATURES, WindowMaker
        from extractor.model.network import FlowScorer, ScorerConfig, build_encoder

        config = ScorerConfig.from_dict(meta["config"])
        if config.n_rule != N_RULE_FEATURES:
            raise ModelIntegrityError(
                f"{folder / META_FILE} expects {config.n_rule} rule features, the code makes {N_RULE_FEATURES}; "
                f"retrain with `{RETRAIN}`."
            )
        base = load_encoder()
        model = FlowScorer(build_encoder(base.model, config), config)
        try:
            model.load_trainable_state(load_file(str(weights)))
        except ValueError as exc:
            raise ModelIntegrityError(f"{weights}: {exc}; retrain with `{RETRAIN}`.") from exc
        model.eval()
        maker = WindowMaker(base.tokenizer, left=config.left_tokens, amount=config.amount_tokens, right=config.right_tokens)
        loaded = LoadedScorer(model=model, maker=maker, thresholds=Thresholds.from_dict(meta["thresholds"]), meta=meta,
                              folder=folder)
        _CACHE[folder] = loaded
        return loaded
