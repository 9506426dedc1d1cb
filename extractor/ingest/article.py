"""Articles and the readers that turn input paths into them.

`read_inputs(paths)` walks files, directories (recursively) and `-` (stdin) and yields an `Article`
for every article it can read and a `ReadFailure` for every one it cannot, so that one bad file never
stops a batch. Formats, by suffix: `.json` (one article), `.jsonl` (one per line), `.txt`, `.html`/`.htm`
(main text through trafilatura), RSS/Atom feeds (`.rss`, `.atom`, `.xml`) and gzipped JSONL
(`.jsonl.gz`, `.ndjson.gz`) through `feeds.py`. Files with other suffixes inside a directory are skipped; named
explicitly, they are read as text.

The publication date comes from the first of: the article's `published` field, an HTML meta tag, a
leading `date YYYY-MM-DD` marker, a dateline ("TOKYO, Nov 28") combined with the `published` hint
(the year that puts the dateline closest to the hint), and finally the hint itself. Otherwise it is None.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from extractor import errors

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

DEFAULT_MAX_MB = 5.0  # a wire story is a few kB; anything this large is not one article

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# "TOKYO, Nov 28", "TOKYO Nov. 28 (Reuters) -", "Jan 25 (Reuters) -", "LONDON, September 3"
_DATELINE = re.compile(
    r"(?:^|\n)\s*(?:[A-Z][A-Z .'-]{2,30},?\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\(|-|–|—|/)",
)


@dataclass
class Article:
    """One news article: its text and provenance."""

    id: str
    text: str
    published: date | None = None
    published_basis: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class ReadFailure:
    """An input that could not be read, with a message naming it."""

    source: str
    message: str

    def __str__(self) -> str:
        return self.message


def read_inputs(
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    stdin: Any = None,
) -> Iterator[Article | ReadFailure]:
    """Yield an Article or a ReadFailure for every article in `paths`, in order."""
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, published, max_mb)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            for f in files:
                yield from _read_file(f, published, max_mb)
        elif path.exists():
            yield from _read_file(path, published, max_mb)
        else:
            yield ReadFailure(str(path), str(errors.InputError(path, errors.NOT_FOUND)))


def iter_input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files `read_inputs` would read (for progress totals); stdin is not counted."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            continue
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p)))
        else:
            out.append(path)
    return out


def _fail(source: str | Path, problem: str, line: int | None = None) -> ReadFailure:
    return ReadFailure(str(source), str(errors.InputError(source, problem, line=line)))


def _decode(source: str | Path, data: bytes) -> str | ReadFailure:
    if not data.strip():
        return _fail(source, errors.EMPTY_INPUT)
    if b"\x00" in data[:8192]:
        return _fail(source, errors.BINARY_INPUT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _fail(source, errors.BAD_UTF8.format(offset=exc.start))
    return text.removeprefix("\ufeff")


def _wanted(path: Path) -> bool:
    """Whether a file found inside a directory is an input (by suffix)."""
    from extractor.ingest.feeds import is_feed_or_gzip

    return path.suffix.lower() in KNOWN_SUFFIXES or is_feed_or_gzip(path)


def _read_file(path: Path, hint: date | None, max_mb: float) -> Iterator[Article | ReadFailure]:
    from extractor.ingest import feeds  # RSS/Atom feeds and gzipped JSONL live in feeds.py

    if feeds.is_feed_or_gzip(path):
        yield from feeds.read_file(path, hint, max_mb)
        return
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix not in JSONL_SUFFIXES and size > max_mb * 1e6:
            yield _fail(path, errors.TOO_LARGE.format(size_mb=size / 1e6, limit_mb=max_mb))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _fail(path, exc.strerror or str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, data, hint, max_mb)
        return
    text = _decode(path, data)
    if isinstance(text, ReadFailure):
        yield text
        return
    if suffix in JSON_SUFFIXES:
        yield _from_json_text(path, text, hint, default_id=path.stem)
    elif suffix in HTML_SUFFIXES:
        yield from_html(text, source=str(path), default_id=path.stem, hint=hint)
    else:
        yield from_text(text, source=str(path), default_id=path.stem, hint=hint)


def _read_jsonl(source: str | Path, data: bytes, hint: date | None, max_mb: float) -> Iterator[Article | ReadFailure]:
    if not data.strip():
        yield _fail(source, errors.EMPTY_INPUT)
        return
    if b"\x00" in data[:8192]:
        yield _fail(source, errors.BINARY_INPUT)
        return
    for n, raw_line in enumerate(data.splitlines(), start=1):
        if raw_line.strip():
            yield jsonl_line(source, raw_line, n, hint, max_mb)


def jsonl_line(source: str | Path, raw_line: bytes, n: int, hint: date | None, max_mb: float) -> Article | ReadFailure:
    """The article on line `n` of a JSONL input (plain or gzipped), or why it cannot be read."""
    if len(raw_line) > max_mb * 1e6:
        return _fail(source, errors.TOO_LARGE.format(size_mb=len(raw_line) / 1e6, limit_mb=max_mb), n)
    try:
        line = raw_line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _fail(source, errors.BAD_UTF8.format(offset=exc.start), n)
    return _from_json_text(source, line, hint, default_id=None, line=n)


def _read_stdin(stream: Any, hint: date | None, max_mb: float) -> Iterator[Article | ReadFailure]:
    data = stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_mb * 1e6 and not data.lstrip().startswith(b"{"):
        yield _fail("<stdin>", errors.TOO_LARGE.format(size_mb=len(data) / 1e6, limit_mb=max_mb))
        return
    stripped = data.strip()
    if stripped.startswith(b"{") and b"\n{" in stripped:
        yield from _read_jsonl("<stdin>", data, hint, max_mb)
        return
    text = _decode("<stdin>", data)
    if isinstance(text, ReadFailure):
        yield text
    elif stripped.startswith(b"{"):
        yield _from_json_text("<stdin>", text, hint, default_id=None)
    elif stripped[:100].lower().startswith((b"<!doctype html", b"<html")):
        yield from_html(text, source="<stdin>", default_id=None, hint=hint)
    else:
        yield from_text(text, source="<stdin>", default_id=None, hint=hint)


def _from_json_text(
    source: str | Path, text: str, hint: date | None, *, default_id: str | None, line: int | None = None
) -> Article | ReadFailure:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return _fail(source, errors.BAD_JSON.format(error=exc), line)
    if not isinstance(obj, dict):
        return _fail(source, errors.BAD_JSON.format(error=f"expected an object, got {type(obj).__name__}"), line)
    return from_record(obj, source=str(source), default_id=default_id, hint=hint, line=line)


def from_record(
    obj: dict[str, Any], *, source: str, default_id: str | None = None, hint: date | None = None,
    line: int | None = None,
) -> Article | ReadFailure:
    """An Article from an input object (record contract: id, text, published, title, url, outlet)."""
    text = obj.get("text")
    if not isinstance(text, str):
        fields = ", ".join(sorted(obj)) or "none"
        return _fail(source, errors.NO_TEXT_FIELD.format(fields=fields), line)
    if not text.strip():
        return _fail(source, "article 'text' is empty", line)
    art = from_text(text, source=source, default_id=None, hint=hint)
    art.id = str(obj.get("id") or default_id or art.id)
    for key in ("title", "url", "outlet"):
        if isinstance(obj.get(key), str):
            setattr(art, key, obj[key])
    when = parse_date(obj.get("published"))
    if when is not None:
        art.published, art.published_basis = when, "input field"
    return art


def from_text(text: str, *, source: str, default_id: str | None, hint: date | None = None) -> Article:
    """An Article from plain text; the date comes from a `date` marker, a dateline or the hint."""
    art = Article(id=default_id or _hash_id(text), text=text, source=source)
    m = _DATE_MARKER.match(text)
    if m and (when := parse_date(m.group(1))):
        art.published, art.published_basis = when, "date marker"
    elif when := dateline_date(text, hint):
        art.published, art.published_basis = when, "dateline + hint"
    elif hint is not None:
        art.published, art.published_basis = hint, "--published"
    return art


def from_html(html: str, *, source: str, default_id: str | None, hint: date | None = None) -> Article | ReadFailure:
    """An Article from an HTML page: main text through trafilatura, date from meta tags."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
    if not text or not text.strip():
        return _fail(source, "HTML page has no main text that could be extracted")
    art = from_text(text, source=source, default_id=default_id, hint=hint)
    meta = _html_meta(html)
    if meta.get("title"):
        art.title = meta["title"]
    if meta.get("url"):
        art.url = meta["url"]
    if when := parse_date(meta.get("published")):
        art.published, art.published_basis = when, "HTML meta tag"
    return art


_META = re.compile(r"<meta\s+[^>]*>", re.I)
_ATTR = re.compile(r"""(\w[\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
)


def _html_meta(html: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(html[:200_000]):
        attrs = {k.lower(): (v1 or v2) for k, v1, v2 in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if not content:
            continue
        if key in _DATE_META_KEYS and "published" not in found:
            found["published"] = content
        elif key in ("og:title", "title") and "title" not in found:
            found["title"] = content
        elif key == "og:url":
            found["url"] = content
    return found


def parse_date(value: Any) -> date | None:
    """An ISO date or datetime string (or date) as a date; anything else is None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def dateline_date(text: str, hint: date | None) -> date | None:
    """The date of a dateline near the top ("TOKYO, Nov 28 (Reuters) -"), completed by the hint's year."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    month = _MONTHS[m.group("mon")[:3].lower()]
    day = int(m.group("day"))
    if m.group("year"):
        try:
            return date(int(m.group("year")), month, day)
        except ValueError:
            return None
    if hint is None:
        return None
    candidates = []
    for year in (hint.year - 1, hint.year, hint.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - hint).days)) if candidates else None


def _hash_id(text: str) -> str:
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
