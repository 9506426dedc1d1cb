"""Crash safety: an ingest killed with SIGKILL, then re-run, ends in the same database as an
uninterrupted run (tested with real subprocesses)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.store import FactStore

CORPUS = ROOT / "corpus" / "articles"
# The ingest the subprocess runs: gold records, a stand-in encoder, and (with SLOW=1) a pause
# after every article written, so that most of the run is spent inside open transactions.
PROGRAM = """
import hashlib, os, sys, time
import numpy as np
from extractor.store import FactStore, ingest
from extractor.store.gold import extract_from_gold
from extractor.store.store import FactStore as _FS

def encode(texts):
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in t.lower().split():
            out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 384] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

if os.environ.get("SLOW"):
    _put = _FS.put_article
    def slow_put(self, *a, **k):
        result = _put(self, *a, **k)
        time.sleep(0.02)
        return result
    _FS.put_article = slow_put

store = FactStore(sys.argv[1])
summary = ingest([sys.argv[2]], store, extract=extract_from_gold, encode=encode, reconcile=False, batch_size=8)
print(summary.line())
"""


def _run(db: Path, *, slow: bool = False) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SLOW="1" if slow else "")
    return subprocess.Popen([sys.executable, "-c", PROGRAM, str(db), str(CORPUS)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def _kill_midway(proc: subprocess.Popen[bytes], db: Path, at_least: int) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and _articles(db) >= at_least:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(timeout=60)
    return _articles(db)


def test_crash_sigkill_midway_then_rerun_equals_uninterrupted(tmp_path):
    total = len(list(CORPUS.glob("*.json")))
    reference = tmp_path / "reference.db"
    assert _run(reference).wait(timeout=300) == 0

    crashed = tmp_path / "crashed.db"
    proc = _run(crashed, slow=True)
    kept = _kill_midway(proc, crashed, at_least=16)
    assert proc.returncode == -signal.SIGKILL
    assert 16 <= kept < total
    assert kept % 8 == 0  # whole batches only: the open one was rolled back
    with FactStore(crashed) as store:
        assert store.check_integrity() == []

    assert _run(crashed).wait(timeout=300) == 0
    with FactStore(reference) as ref, FactStore(crashed) as got:
        assert got.counts() == ref.counts()
        assert got.content_digest() == ref.content_digest()
        assert got.check_integrity() == []


@pytest.mark.slow
def test_crash_cli_ingest_killed_and_rerun(tmp_path):
    """The same with the real `flowfacts ingest` (extractor, encoder and reconciler)."""
    subset = tmp_path / "in"
    subset.mkdir()
    for path in sorted(CORPUS.glob("c-wk-*.json"))[:16]:
        (subset / path.name).write_bytes(path.read_bytes())
    cmd = [sys.executable, "-m", "extractor", "ingest", str(subset), "--batch-size", "4", "--quiet", "--db"]

    reference = tmp_path / "reference.db"
    assert subprocess.run([*cmd, str(reference)], capture_output=True, timeout=600).returncode == 0
    crashed = tmp_path / "crashed.db"
    proc = subprocess.Popen([*cmd, str(crashed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    kept = _kill_midway(proc, crashed, at_least=4)
    assert proc.returncode == -signal.SIGKILL
    assert 4 <= kept < 16
    rerun = subprocess.run([*cmd, str(crashed)], capture_output=True, timeout=600, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{kept} unchanged" in rerun.stderr
    with FactStore(reference) as ref, FactStore(crashed) as got:
        assert got.content_digest() == ref.content_digest()
        assert got.check_integrity() == []
