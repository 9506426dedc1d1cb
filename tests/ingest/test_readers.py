from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from extractor.ingest import Article, ReadFailure, read_inputs

STORY = "TOKYO, Nov 28 (Kabuto Wire) - Japanese investors bought a net 1.406 trillion yen of foreign bonds last week."


def _read(paths: list[str | Path], **kw: object) -> list[Article | ReadFailure]:
    return list(read_inputs(paths, **kw))  # type: ignore[arg-type]


def test_readers_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2013-11-28\n" + STORY, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": STORY, "published": "2013-11-28", "extra": 1}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": f"c{i}", "text": STORY}) for i in range(2)) + "\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.html").write_text(
        "<html><head><meta property='article:published_time' content='2013-11-28T09:00:00Z'><title>t</title></head>"
        f"<body><article><p>{STORY}</p><p>They also bought stocks, the ministry said on Thursday in Tokyo.</p></article></body></html>",
        encoding="utf-8")
    got = _read([tmp_path])
    assert all(isinstance(a, Article) for a in got)
    assert [(a.id, a.published, a.published_basis) for a in got if isinstance(a, Article)] == [
        ("a", date(2013, 11, 28), "date marker"),
        ("b", date(2013, 11, 28), "input field"),
        ("c0", None, None),
        ("c1", None, None),
        ("d", date(2013, 11, 28), "HTML meta tag"),
    ]


def test_readers_dateline_with_hint(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (a,) = _read([tmp_path / "a.txt"], published=date(2013, 12, 2))
    assert isinstance(a, Article)
    assert (a.published, a.published_basis) == (date(2013, 11, 28), "dateline + hint")


def test_readers_stdin() -> None:
    (a,) = _read(["-"], stdin=io.BytesIO(json.dumps({"text": STORY, "published": "2013-11-28"}).encode()))
    assert isinstance(a, Article)
    assert a.published == date(2013, 11, 28)
    assert a.id.startswith("sha1-")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty.txt: file is empty"),
    ("binary.txt", b"\x00\x01\x02binary", "binary.txt: looks like a binary file (NUL bytes), not text"),
    ("latin1.txt", "caf\xe9 news".encode("latin-1"), "latin1.txt: is not valid UTF-8 text (first bad byte at offset 3)"),
    ("notext.json", b'{"id": "x", "body": "..."}', "notext.json: JSON article has no 'text' field (fields present: body, id)"),
    ("broken.json", b'{"id": "x", ', "broken.json: is not valid JSON"),
])
def test_readers_bad_input_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    got = _read([tmp_path / name, tmp_path / "good.txt"])
    assert isinstance(got[0], ReadFailure)
    assert message in got[0].message
    assert str(tmp_path) in got[0].message
    assert isinstance(got[1], Article)  # the rest of the batch is still read


def test_readers_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    (got,) = _read([big])
    assert isinstance(got, ReadFailure)
    assert "big.txt: is 52.4 MB, over the 5.0 MB limit" in got.message


def test_readers_missing_path(tmp_path: Path) -> None:
    (got,) = _read([tmp_path / "nope.txt"])
    assert isinstance(got, ReadFailure)
    assert got.message.endswith("nope.txt: no such file or directory")
