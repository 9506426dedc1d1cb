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


# --- fact store (issue 4) -------------------------------------------------------------------------
def _hashed_bag_of_words(texts):
    """A stand-in sentence encoder: hashed bag of lower-cased words, unit length (no model load)."""
    import hashlib

    import numpy as np

    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.lower().split():
            out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


@pytest.fixture
def fake_encode():
    """Encode function for stores in unit tests: deterministic, instant, 384-dimensional."""
    return _hashed_bag_of_words


@pytest.fixture
def fresh_store():
    """An empty in-memory fact store."""
    from extractor.store import FactStore

    store = FactStore(":memory:")
    yield store
    store.close()


@pytest.fixture
def store_path(tmp_path) -> Path:
    """Where a test may create a fact store file."""
    return tmp_path / "facts.db"


@pytest.fixture(scope="session")
def gold_store_real(tmp_path_factory):
    """A store of the corpus gold records with real MiniLM embeddings, and its canonical flow records."""
    from extractor.store import FactStore, ingest
    from extractor.store.gold import extract_from_gold

    store = FactStore(tmp_path_factory.mktemp("gold") / "gold.db")
    ingest([ROOT / "corpus" / "articles"], store, extract=extract_from_gold, reconcile=False)
    flows = list(store.iter_records(kind="flow"))
    yield store, flows
    store.close()


# --- reconciliation (issue 3) ---------------------------------------------------------------------
OFFICIAL_DIR = ROOT / "corpus" / "official"
MOF_REMOTE_NAMES = {"mof-week.csv": "week.csv", "mof-montha1.csv": "montha1.csv", "mof-monthb2.csv": "monthb2.csv",
                    "mof-monthb3.csv": "monthb3.csv", "mof-monthb4.csv": "monthb4.csv"}


@pytest.fixture(scope="session")
def official():
    """The shipped official snapshot (corpus/official with its vintages/), loaded once."""
    from extractor.reconcile import load_official

    return load_official(None)


@pytest.fixture
def official_dir() -> Path:
    return OFFICIAL_DIR


@pytest.fixture
def mof_site(tmp_path):
    """A folder laid out like the MoF site: the shipped files under their MoF names."""
    import shutil

    site = tmp_path / "site"
    site.mkdir()
    for local, remote in MOF_REMOTE_NAMES.items():
        shutil.copyfile(OFFICIAL_DIR / local, site / remote)
    return site


@pytest.fixture
def mof_server(mof_site):
    """A local HTTP server on 127.0.0.1 serving `mof_site`; yields its base URL."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(mof_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server():
    """A local socket that accepts connections and never answers (for timeouts); yields its URL."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    listener.close()


@pytest.fixture
def refused_url():
    """A local URL where nothing listens: connections are refused, as when offline."""
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def corpus_reconciled(official):
    """(record, verdict) of every MoF weekly gold flow in corpus/articles, reconciled unaltered."""
    import json

    from extractor.reconcile import reconcile_records
    from extractor.reconcile.gold import article_records, is_mof_weekly

    pairs = []
    for path in sorted((ROOT / "corpus" / "articles").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        records = article_records(article)
        verdicts = {v["record_id"]: v for v in reconcile_records(records, official) if v["check"] == "figure"}
        pairs += [(records[i], verdicts[records[i]["id"]]) for i, flow in enumerate(article["flows"]) if is_mof_weekly(flow)]
    return pairs


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    """A file store of the corpus gold records with stand-in embeddings (fast; for search mechanics)."""
    from extractor.store import FactStore, ingest
    from extractor.store.gold import extract_from_gold

    store = FactStore(tmp_path_factory.mktemp("gold-fake") / "gold.db")
    ingest([ROOT / "corpus" / "articles"], store, extract=extract_from_gold, reconcile=False,
           encode=_hashed_bag_of_words)
    yield store
    store.close()
