"""Readers for RSS/Atom feeds (through feedparser) and gzipped JSONL files.

Feeds: every entry is an article. Its text is the entry's full content when the feed carries it,
else its summary, with the HTML reduced to plain text (paragraphs and line breaks kept as
newlines). Provenance: `id` is the entry's guid (else its link, else a hash of the text), `title`
and `url` come from the entry, `outlet` from the feed's title, and the publication date from the
entry's published (else updated) date, then from the text like any other article. The file is
parsed from bytes: feedparser never fetches anything.

Gzipped JSONL (`.jsonl.gz`, `.ndjson.gz`): decompressed as a stream, one article per line, with
the same per-line checks and messages as plain JSONL; a damaged archive fails with a message
naming the file, after the lines read before the damage.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import re
import zlib
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from extractor import errors
from extractor.ingest.article import Article, ReadFailure, _fail, from_text, jsonl_line

FEED_SUFFIXES = (".rss", ".atom", ".xml")
GZIP_JSONL_SUFFIXES = (".jsonl.gz", ".ndjson.gz")
MAX_FEED_MB = 100.0  # a feed file, unlike one article, may hold thousands of items


def is_feed_or_gzip(path: Path) -> bool:
    """Whether this module reads `path` (by its suffix)."""
    name = path.name.lower()
    return name.endswith(FEED_SUFFIXES) or name.endswith(GZIP_JSONL_SUFFIXES)


def read_file(path: Path, hint: date | None, max_mb: float) -> Iterator[Article | ReadFailure]:
    """Articles (or failures) of a feed or gzipped JSONL file."""
    if path.name.lower().endswith(GZIP_JSONL_SUFFIXES):
        yield from read_gzip_jsonl(path, hint, max_mb)
        return
    try:
        size = path.stat().st_size
        if size > MAX_FEED_MB * 1e6:
            yield _fail(path, errors.TOO_LARGE.format(size_mb=size / 1e6, limit_mb=MAX_FEED_MB))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _fail(path, exc.strerror or str(exc))
        return
    yield from read_feed(data, source=str(path), hint=hint)


def read_gzip_jsonl(path: Path, hint: date | None, max_mb: float) -> Iterator[Article | ReadFailure]:
    """One article per line of a gzip-compressed JSONL file."""
    n = 0
    try:
        with gzip.open(path, "rb") as fh:
            for n, raw_line in enumerate(fh, start=1):  # noqa: B007 - n is reported after the loop
                if raw_line.strip():
                    yield jsonl_line(path, raw_line, n, hint, max_mb)
    except OSError as exc:  # not gzip, or a missing/unreadable file
        yield _fail(path, f"is not readable gzip data ({exc})")
        return
    except (EOFError, zlib.error) as exc:
        yield _fail(path, f"gzip data is truncated or damaged after line {n} ({exc})")
        return
    if n == 0:
        yield _fail(path, errors.EMPTY_INPUT)


def read_feed(data: bytes, *, source: str, hint: date | None = None) -> Iterator[Article | ReadFailure]:
    """Articles of an RSS or Atom document given as bytes."""
    import feedparser  # imported lazily: only feeds need it

    if not data.strip():
        yield _fail(source, errors.EMPTY_INPUT)
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        yield _fail(source, f"is not an RSS/Atom feed with items ({problem})" if problem else "feed has no items")
        return
    outlet = _text_of(parsed.get("feed", {}).get("title"))
    for n, entry in enumerate(entries, start=1):
        yield _entry_article(entry, source=source, index=n, outlet=outlet, hint=hint)


def _entry_article(entry: Any, *, source: str, index: int, outlet: str | None, hint: date | None) -> Article | ReadFailure:
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    body = body or entry.get("summary") or entry.get("description") or ""
    text = html_to_text(body)
    where = f"{source} (item {index})"
    if not text.strip():
        return ReadFailure(where, str(errors.InputError(source, f"feed item {index} has no text")))
    art = from_text(text, source=source, default_id=None, hint=hint)
    ident = entry.get("id") or entry.get("guid") or entry.get("link")
    art.id = str(ident) if ident else "feed-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    art.title = _text_of(entry.get("title"))
    art.url = entry.get("link") or None
    art.outlet = outlet
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        try:
            art.published, art.published_basis = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday), "feed item"
        except ValueError:
            pass
    return art


def _text_of(value: Any) -> str | None:
    if not value:
        return None
    return html_to_text(str(value)).strip() or None


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
          "section", "article", "pre", "hr"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block elements become paragraph breaks.

    >>> html_to_text("<p>Japanese investors <b>bought</b> bonds.</p><p>Next &amp; last.</p>")
    'Japanese investors bought bonds.\\n\\nNext & last.'
    """
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
