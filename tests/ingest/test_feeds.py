"""RSS/Atom feeds and gzipped JSONL inputs."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from extractor.ingest import read_inputs
from extractor.ingest.feeds import html_to_text

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabuto Wire</title>
<item><title>Japan investors buy bonds</title><link>http://example.test/a</link><guid>kw-1</guid>
<pubDate>Thu, 28 Nov 2013 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Japanese investors bought a net 1.406 trillion yen of foreign bonds.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description></item>
<item><title>No body</title><guid>kw-2</guid><description></description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pacific Markets Daily</title>
<entry><id>tag:pmd,2013:9</id><title>Foreigners sell JGBs</title><link href="http://example.test/9"/>
<updated>2013-11-29T01:00:00Z</updated>
<content type="html">&lt;div&gt;Foreign investors sold a net 120.4 billion yen of Japanese bonds.&lt;/div&gt;</content></entry>
</feed>"""


def _read(path):
    out = []
    for x in read_inputs([path]):
        if hasattr(x, "text"):
            out.append((x.id, x.title, x.url, x.outlet, x.published, x.text))
        else:
            out.append(("FAIL", x.message.replace(str(path), "PATH")))
    return out


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("feed.rss", RSS, [
        ("kw-1", "Japan investors buy bonds", "http://example.test/a", "Kabuto Wire", date(2013, 11, 28),
         "Japanese investors bought a net 1.406 trillion yen of foreign bonds.\n\nMore."),
        ("FAIL", "PATH: feed item 2 has no text"),
    ]),
    ("feed.atom", ATOM, [
        ("tag:pmd,2013:9", "Foreigners sell JGBs", "http://example.test/9", "Pacific Markets Daily", date(2013, 11, 29),
         "Foreign investors sold a net 120.4 billion yen of Japanese bonds."),
    ]),
    ("empty.xml", "", [("FAIL", "PATH: file is empty")]),
    ("notafeed.xml", "<html><body>hello</body></html>", [("FAIL", "PATH: feed has no items")]),
], ids=["rss", "atom", "empty", "not-a-feed"])
def test_feeds_read(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert _read(path) == expected


def test_feeds_gzipped_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": "Foreigners sold stocks.", "published": "2013-11-28"}) + "\n\n")
        fh.write(json.dumps({"id": "b"}) + "\n")
    assert _read(path) == [
        ("a", None, None, None, date(2013, 11, 28), "Foreigners sold stocks."),
        ("FAIL", "PATH:3: JSON article has no 'text' field (fields present: id)"),
    ]


@pytest.mark.parametrize(("content", "message"), [
    (b"plain text, not gzip", "PATH: is not readable gzip data"),
    (gzip.compress(b'{"id": "a", "text": "x"}\n' * 50)[:-30], "PATH: gzip data is truncated or damaged"),
], ids=["not-gzip", "truncated"])
def test_feeds_bad_gzip_names_the_file(tmp_path, content, message):
    path = tmp_path / "bad.ndjson.gz"
    path.write_bytes(content)
    failures = [x for x in _read(path) if x[0] == "FAIL"]
    assert len(failures) == 1
    assert failures[0][1].startswith(message)


def test_feeds_found_inside_directories(tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "skip.gz").write_bytes(gzip.compress(b"x"))  # not .jsonl.gz: not an input
    assert [x[0] for x in _read(tmp_path)] == ["kw-1", "FAIL"]


@pytest.mark.parametrize(("html", "text"), [
    ("<p>One &amp; two</p><p>Three</p>", "One & two\n\nThree"),
    ("plain &lt;text&gt;", "plain <text>"),
    ("<div>a<script>evil()</script>b<br>c</div>", "ab\nc"),
], ids=["paragraphs", "plain", "script"])
def test_feeds_html_to_text(html, text):
    assert html_to_text(html) == text
