"""The offline MiniLM encoder: integrity check, loading, pooling and normalisation."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from extractor.embeddings import DIMENSION, load_encoder, model_dir, verify_weights
from extractor.errors import ModelIntegrityError, ModelNotFoundError


def test_embeddings_wrong_checksum_is_refused():
    with pytest.raises(ModelIntegrityError, match="expected 0000"):
        load_encoder(expected_sha256="0" * 64)


def test_embeddings_tampered_weights_are_refused(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(model_dir(), folder)
    with (folder / "model.safetensors").open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelIntegrityError, match="corrupted or not all-MiniLM-L6-v2"):
        load_encoder(folder)


def test_embeddings_missing_weights(tmp_path):
    with pytest.raises(ModelNotFoundError, match="No model weights"):
        verify_weights(tmp_path)


@pytest.mark.slow
def test_embeddings_encode_unit_vectors_in_input_order():
    encoder = load_encoder()
    texts = ["Japanese investors bought foreign bonds.", "", "Foreigners dumped Japanese government bonds last week."]
    vectors = encoder.encode(texts)
    assert vectors.shape == (3, DIMENSION)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    again = encoder.encode(texts[::-1])[::-1]
    assert np.allclose(vectors, again, atol=1e-5)
    similar = float(vectors[0] @ encoder.encode(["Japanese investors purchased overseas bonds."])[0])
    unrelated = float(vectors[0] @ encoder.encode(["The weather in Osaka was sunny."])[0])
    assert similar > unrelated
    assert encoder.encode([]).shape == (0, DIMENSION)
