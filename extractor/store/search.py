"""Searching the fact store: full text (FTS5), meaning (embeddings) and both fused into one ranking.

`search(store, query)` returns `Hit`s. Three modes:

- `fts`: the FTS5 index over each record's evidence sentence and its summary (rows.py), ranked
  by bm25 with the evidence weighted above the summary. A query written in FTS5 syntax (phrases in
  double quotes, `prefix*`, AND/OR/NOT, NEAR, column filters) runs as written; plain words become
  an OR of quoted terms, so "Japanese investors net sellers of foreign bonds" ranks records by how
  many of its rarer words they share instead of demanding every word. Terms that nearly every
  record contains are dropped from plain queries, and a query that still matches more than
  RANK_BUDGET records ranks only the newest RANK_BUDGET of them, which keeps it fast on large stores. Anything
  FTS5 rejects (an unbalanced quote, a stray operator) falls back to the plain-word form, so no
  query text ever raises.
- `semantic`: cosine similarity between the all-MiniLM-L6-v2 embedding of the query and of each
  record's evidence sentence (vectors.py).
- `hybrid` (default): the records of both lists (DEPTH each), scored
  1 / (RRF_K + full-text rank) + COSINE_WEIGHT x cosine / RRF_K: full text contributes its rank
  (bm25 values are not comparable across queries), meaning its similarity, which keeps its size
  (a paraphrase counts more than a vague likeness) and exists for every candidate, including the
  full-text matches that are not in the semantic top list.

Filters (side, economy, instrument, direction, dates, amounts, status, kind) are SQL conditions on
the typed columns, and every value is a bound parameter; query text never reaches the SQL string.
Records of reprints (articles with `duplicate_of` set) are left out unless asked for, so one wire
story is found once.
"""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from extractor.errors import SettingsError
from extractor.store.rows import FACET_PREFIX, facet_token

if TYPE_CHECKING:
    from extractor.store.store import FactStore

MODES = ("hybrid", "fts", "semantic")
KINDS = ("flow", "figure", "statement", "table_row", "any")
STATUSES = ("match", "revised", "mismatch", "unverifiable", "unreconciled")
RRF_K = 60
# Weight of the cosine in the hybrid score. On the corpus queries (tests/store/test_search_quality.py)
# weights 1, 2 and 4 give recall@5 0.67, 0.69 and 0.66 against 0.63 for full text alone and 0.45
# for meaning alone: 2 sits in the middle of that plateau rather than on a tuned peak.
COSINE_WEIGHT = 2.0
DEPTH = 100  # how far down each list the fusion looks
MAX_QUERY_CHARS = 2000  # longer query text is cut: no sentence of a story is this long
MAX_TERMS = 32
COMMON_TERM_SHARE = 0.4  # plain-query terms found in more than this share of records are dropped
BM25_WEIGHTS = (1.0, 0.4, 0.0)  # evidence, summary, facets (filter tokens never score)
MAX_FACET_YEARS = 40
# Plain queries keep their rarest terms while their matches add up to at most this many: FTS5 scores
# every match (about 1-2 microseconds each), so this bounds a query's cost whatever the store's size.
POSTINGS_BUDGET = 30000
FACET_SHARE = 0.25  # facets carried by more records than this are checked in SQL only
RANK_BUDGET = 8000  # at most this many matches are scored by bm25 (the newest ones; see _rank_window)

# fmt: off
STOPWORDS = frozenset("""
a an and are as at be been being but by did do does for from had has have how in into is it its
of on or over so than that the their them then there these they this those to was were what when
where which while who why will with about after before during show find me all any
""".split())
# fmt: on

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SYNTAX = re.compile(r'["*()^:+]|\b(?:AND|OR|NOT|NEAR)\b')
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]")


@dataclass
class Filters:
    """Conditions on the typed columns of `records` (None = no condition)."""

    kind: str = "flow"
    investor: str | None = None
    economy: str | None = None
    instrument: str | None = None
    direction: str | None = None
    since: str | None = None
    until: str | None = None
    min_amount: float | None = None
    max_amount: float | None = None
    currency: str | None = None
    status: str | None = None
    role: str | None = None
    article_id: str | None = None
    include_duplicates: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions over `records r JOIN articles a`, and their bound values."""
        conds: list[str] = []
        params: list[Any] = []
        if self.kind not in KINDS:
            raise SettingsError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.kind != "any":
            conds.append("r.kind = ?")
            params.append(self.kind)
        for column, value in (
            ("r.side", self.investor), ("r.economy", self.economy.upper() if self.economy else None),
            ("r.instrument", self.instrument), ("r.direction", self.direction), ("r.role", self.role),
            ("r.amount_currency", self.currency.upper() if self.currency else None),
            ("r.article_id", self.article_id),
        ):
            if value is not None:
                conds.append(f"{column} = ?")
                params.append(value)
        if self.status is not None:
            if self.status == "unreconciled":
                conds.append("r.status IS NULL")
            else:
                conds.append("r.status = ?")
                params.append(self.status)
        if self.since:
            conds.append("r.ref_date >= ?")
            params.append(date_bound(self.since, end=False))
        if self.until:
            conds.append("r.ref_date <= ?")
            params.append(date_bound(self.until, end=True))
        if self.min_amount is not None:
            conds.append("r.amount_value >= ?")
            params.append(float(self.min_amount))
        if self.max_amount is not None:
            conds.append("r.amount_value <= ?")
            params.append(float(self.max_amount))
        if not self.include_duplicates:
            conds.append("a.duplicate_of IS NULL")
        return (" AND ".join(conds) or "1"), params


    def facet_expression(self, conn: sqlite3.Connection | None = None) -> str | None:
        """The filters as an FTS5 expression over the `facets` column (rows.facets), or None.

        It narrows what FTS5 ranks; the exact conditions of `where()` still apply afterwards
        (amounts, status, role and reprints have no facet). With `conn`, a facet that more than
        FACET_SHARE of the records carry ("kind: flow") is left to `where()`: it narrows little,
        and bm25 reads the whole doclist of every term in the expression to weigh it.
        """
        parts: list[list[str]] = []
        if self.kind != "any":
            parts.append([facet_token("kind", self.kind)])
        for name, value in (("side", self.investor), ("eco", self.economy), ("inst", self.instrument),
                            ("dir", self.direction)):
            if value:
                parts.append([facet_token(name, value)])
        dates = _date_tokens(self.since, self.until)
        if dates:
            parts.append(dates)
        if conn is not None and parts:
            parts = _selective(conn, parts)
        return " AND ".join(f"facets : ({' OR '.join(p)})" if len(p) > 1 else f"facets : {p[0]}" for p in parts) or None


def _selective(conn: sqlite3.Connection, parts: list[list[str]]) -> list[list[str]]:
    """The facet groups that at most FACET_SHARE of the records carry (all of them without term counts)."""
    total = conn.execute("SELECT max(pk) FROM records").fetchone()[0] or 0
    tokens = sorted({t for p in parts for t in p})
    docs = dict(conn.execute("SELECT term, docs FROM term_docs WHERE term IN (SELECT value FROM json_each(?))",
                             (json.dumps(tokens),)).fetchall())
    if not total or not docs:
        return parts
    return [p for p in parts if sum(docs.get(t, 0) for t in p) <= FACET_SHARE * total]


def _date_tokens(since: str | None, until: str | None) -> list[str]:
    """Year and month facet tokens covering [since, until]; [] when open-ended or over MAX_FACET_YEARS."""
    if not since or not until:
        return []
    lo, hi = date_bound(since, end=False), date_bound(until, end=True)
    first, last = int(lo[:4]), int(hi[:4])
    if last < first or last - first > MAX_FACET_YEARS:
        return []
    tokens = []
    for year in range(first, last + 1):
        if lo <= f"{year}-01-01" and f"{year}-12-31" <= hi:
            tokens.append(f"{FACET_PREFIX}y{year}")
            continue
        for month in range(1, 13):
            start, end = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
            if end >= lo and start <= hi:
                tokens.append(f"{FACET_PREFIX}m{year}{month:02d}")
    return tokens


@dataclass
class Hit:
    """One search result: the record's main fields, where it ranked, and its evidence."""

    id: str
    kind: str
    article_id: str
    score: float
    fts_rank: int | None
    semantic_rank: int | None
    published: str | None
    outlet: str | None
    side: str | None
    economy: str | None
    investor: str | None
    instrument: str | None
    direction: str | None
    amount: str | None
    amount_value: float | None
    currency: str | None
    period_kind: str | None
    period_start: str | None
    period_end: str | None
    role: str | None
    status: str | None
    evidence: str
    record: dict[str, Any] = field(repr=False, default_factory=dict)

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        d = asdict(self)
        if not full:
            d.pop("record")
        return d


def date_bound(value: str, *, end: bool) -> str:
    """An ISO date from YYYY, YYYY-MM or YYYY-MM-DD: the first day, or with `end` the last day.

    >>> date_bound("2013-02", end=True), date_bound("2013", end=False), date_bound("2013-04-05", end=True)
    ('2013-02-28', '2013-01-01', '2013-04-05')
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        raise SettingsError(f"dates are YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not 1 <= month <= 12:
        raise SettingsError(f"{value!r} is not a real date; use YYYY, YYYY-MM or YYYY-MM-DD")
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        raise SettingsError(f"{value!r} is not a real date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return f"{year:04d}-{month:02d}-{day:02d}"


_AMOUNT = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?(?:e[0-9]+)?)\s*([a-z]*)\s*", re.I)
_SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
           "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trn": 1e12,
           "trln": 1e12, "trillion": 1e12}


def parse_amount(text: str) -> float:
    """An amount filter value: a number with an optional scale word.

    >>> parse_amount("500bn"), parse_amount("1.2 trillion"), parse_amount("1e12")
    (500000000000.0, 1200000000000.0, 1000000000000.0)
    """
    m = _AMOUNT.fullmatch(text.replace(",", ""))
    if not m or m.group(2).lower() not in _SCALES:
        raise SettingsError(f"amounts are a number with an optional scale (500bn, 1.2 trillion), got {text!r}")
    return float(m.group(1)) * _SCALES[m.group(2).lower()]


def clean_query(text: str) -> str:
    """Query text without control characters, and cut to MAX_QUERY_CHARS."""
    text = text[:MAX_QUERY_CHARS].encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    return " ".join(_CONTROL.sub(" ", text).split())


def plain_terms(text: str) -> list[str]:
    """The distinct, non-stopword words of a query, in order (at most MAX_TERMS)."""
    seen: list[str] = []
    for word in _WORD.findall(text.lower()):
        if word not in STOPWORDS and word not in seen:
            seen.append(word)
        if len(seen) == MAX_TERMS:
            break
    return seen


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_expression(conn: sqlite3.Connection, text: str) -> str | None:
    """The FTS5 MATCH expression for a query, or None when it has no searchable word.

    Text in FTS5 syntax is used as written when FTS5 accepts it; otherwise, and for plain words,
    the words become an OR of quoted terms without the near-universal ones.
    """
    return _fts_query(conn, text)[0]


def _fts_query(conn: sqlite3.Connection, text: str) -> tuple[str | None, int | None]:
    """`fts_expression`, and an upper bound of its matches when the term counts give one."""
    text = clean_query(text)
    if not text:
        return None, 0
    if _SYNTAX.search(text):
        expr = _stem_prefixes(conn, text)
        try:
            conn.execute("SELECT 1 FROM records_fts WHERE records_fts MATCH ? LIMIT 1", (expr,)).fetchall()
            return expr, None
        except sqlite3.OperationalError:
            pass  # not valid FTS5 syntax: search for its words instead
    terms = plain_terms(text)
    if not terms:
        return None, 0
    kept, bound = _drop_common(conn, terms)
    return " OR ".join(_quote(t) for t in kept), bound


_PREFIX = re.compile(r"(?<![\w\"])([^\W_]{3,})\*")


def _stem_prefixes(conn: sqlite3.Connection, expr: str) -> str:
    """Prefix terms cut back to what the Porter-stemmed index holds.

    FTS5 matches a prefix against stemmed tokens without stemming the prefix, so "repatriat*"
    would miss "repatriated" (indexed as "repatri"). A prefix no indexed term starts with is
    shortened, one letter at a time down to three, until one does.
    """

    def fix(m: re.Match[str]) -> str:
        prefix = m.group(1).lower()
        while len(prefix) > 3 and not conn.execute(
            "SELECT 1 FROM records_fts_vocab WHERE term >= ? AND term < ? LIMIT 1", (prefix, prefix + "\uffff")
        ).fetchone():
            prefix = prefix[:-1]
        return prefix + "*"

    return _PREFIX.sub(fix, expr)


def _drop_common(conn: sqlite3.Connection, terms: list[str]) -> tuple[list[str], int]:
    """The query's terms without the near-universal ones, rarest first, within a matching budget.

    On a large store an OR of common words matches most records, and FTS5 scores every match.
    Terms in more than COMMON_TERM_SHARE of the records are dropped (unless all are), and the
    rarest terms are kept while their document counts add up to POSTINGS_BUDGET (at least one term). Common words carry little bm25 weight
    anyway. Stores under 1,000 records keep every term. Also returns the kept terms' document
    counts added up: an upper bound of the expression's matches.
    """
    total = conn.execute("SELECT max(pk) FROM records").fetchone()[0] or 0
    if total < 1000:
        return terms, total
    counted = []
    # The counts come from `term_docs`, the copy ingest keeps (FactStore.refresh_term_docs); the
    # live `records_fts_vocab` gives the same numbers but walks each term's doclist to count them.
    copied = conn.execute("SELECT 1 FROM term_docs LIMIT 1").fetchone() is not None
    table, column = ("term_docs", "docs") if copied else ("records_fts_vocab", "doc")
    for term in terms:
        # The vocabulary holds Porter stems, nearly always a prefix of the word ("sellers" ->
        # "seller"): the longest prefix in the vocabulary gives the term's document count.
        prefixes = [term[:n] for n in range(len(term), 2, -1)]
        prefixes += [p[:-1] + "i" for p in prefixes if p.endswith("y")]  # "buying" -> "bui", "treasury" -> "treasuri"
        rows = conn.execute(
            f"SELECT term, {column} FROM {table} WHERE term IN (SELECT value FROM json_each(?))",
            (json.dumps(prefixes),),
        ).fetchall()
        if rows:
            docs = max(rows, key=lambda r: len(r[0]))[1]
        else:  # a stem that is no prefix of its word: count its matches, up to the budget
            docs = conn.execute("SELECT count(*) FROM (SELECT 1 FROM records_fts WHERE records_fts MATCH ? LIMIT ?)",
                                (_quote(term), POSTINGS_BUDGET + 1)).fetchone()[0]
        counted.append((docs, term))
    kept = [(docs, term) for docs, term in counted if docs / total <= COMMON_TERM_SHARE] or counted
    kept.sort()
    out: list[str] = []
    used = 0
    budget = POSTINGS_BUDGET
    for docs, term in kept:
        if out and used + docs > budget:
            break
        out.append(term)
        used += docs
    return [t for t in terms if t in out], used


def search_sql(filters: Filters, *, fts: bool) -> str:
    """The SQL a search runs (for `--sql` and the docs); `?` marks bound values."""
    where, _ = filters.where()
    if fts:
        return (
            # CROSS JOIN keeps the FTS5 match as the outer loop: with a plain JOIN the planner may walk
            # a filter index and re-run the whole MATCH for every row it finds (seconds on a big store).
            f"SELECT r.pk, bm25(records_fts, {BM25_WEIGHTS[0]}, {BM25_WEIGHTS[1]}, {BM25_WEIGHTS[2]}) AS score FROM records_fts\n"
            "CROSS JOIN records r ON r.pk = records_fts.rowid CROSS JOIN articles a ON a.pk = r.article_pk\n"
            f"WHERE records_fts MATCH ? AND {where}\nORDER BY score LIMIT ?"
        )
    return (
        "SELECT r.pk FROM records r JOIN articles a ON a.pk = r.article_pk\n"
        f"WHERE {where}\nORDER BY r.ref_date DESC, r.pk LIMIT ?"
    )


def fts_ranked(store: FactStore, text: str, filters: Filters, limit: int = DEPTH) -> list[int]:
    """Record pks matching the query in the FTS5 index, best bm25 first."""
    expr, bound = _fts_query(store.conn, text)
    if expr is None:
        return []
    facets = filters.facet_expression(store.conn)
    if facets:
        expr = f"({expr}) AND {facets}"
    _, params = filters.where()
    sql = search_sql(filters, fts=True)
    floor = _rank_window(store.conn, expr) if bound is None or bound > RANK_BUDGET else None
    if floor is not None:  # too many matches to score them all: rank the newest RANK_BUDGET
        windowed = sql.replace("WHERE records_fts MATCH ?", "WHERE records_fts MATCH ? AND records_fts.rowid >= ?")
        rows = store.conn.execute(windowed, [expr, floor, *params, limit]).fetchall()
        if len(rows) == limit:
            return [int(r[0]) for r in rows]
        # the filters kept too few of the window: rank every match rather than miss older ones
    rows = store.conn.execute(sql, [expr, *params, limit]).fetchall()
    return [int(r[0]) for r in rows]


def _rank_window(conn: sqlite3.Connection, expr: str) -> int | None:
    """The lowest rowid of the newest RANK_BUDGET matches of `expr`, or None when there are fewer.

    FTS5 scores every match before it can sort by bm25 (a few microseconds each), so a query whose
    words are all common in a large store would take a third of a second. Walking matches in rowid
    order costs next to nothing, so the window is found first and only its matches are scored: such a
    query ranks the most recently stored RANK_BUDGET records that match it.
    """
    row = conn.execute(
        "SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expr, RANK_BUDGET - 1),
    ).fetchone()
    return int(row[0]) if row else None


def semantic_ranked(
    store: FactStore, text: str, filters: Filters, limit: int = DEPTH, *, encode: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> list[int]:
    """Record pks by cosine similarity of their evidence to the query, best first."""
    return semantic_scores(store, text, filters, limit, encode=encode)[0]


def semantic_scores(
    store: FactStore, text: str, filters: Filters, limit: int = DEPTH, *,
    encode: Callable[[Sequence[str]], np.ndarray] | None = None, also: Sequence[int] = (),
) -> tuple[list[int], dict[int, float]]:
    """The `limit` record pks most similar to the query, best first, and {pk: cosine} for them
    and for the records in `also` (those that have a vector)."""
    text = clean_query(text)
    if not text:
        return [], {}
    index = store.vectors()
    if len(index) == 0:
        return [], {}
    query = (encode or _default_encode)([text])[0]
    allowed = np.flatnonzero(index.mask(filters))
    # Scoring reads every vector it scores (memory-bound), so a selective filter scores only its records.
    scores = index.record_scores(query)[allowed] if len(allowed) > len(index) // 2 else index.scores_at(query, allowed)
    k = min(limit, len(allowed))
    out: dict[int, float] = {}
    if k:
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        out = {int(index.record_pks[allowed[i]]): float(scores[i]) for i in top}
    ranked = list(out)
    if also:
        pks, cos = index.scores_for(query, np.asarray(also, dtype=np.int64))
        for pk, c in zip(pks.tolist(), cos.tolist(), strict=True):
            out.setdefault(int(pk), float(c))
    return ranked, out


def _default_encode(texts: Sequence[str]) -> np.ndarray:
    from extractor.embeddings import load_encoder

    return load_encoder().encode(texts)


def fuse(fts: Sequence[int], cosine: dict[int, float], *, k: int = RRF_K, weight: float = COSINE_WEIGHT) -> list[tuple[int, float]]:
    """Hybrid ranking of the records in either list: 1 / (k + full-text rank) + weight x cosine / k.

    A record missing from the full-text list gets no rank term; one without a vector no cosine
    term. Ties keep full-text order.

    >>> [pk for pk, _ in fuse([1, 2], {1: 0.1, 2: 0.2, 3: 0.9})]
    [3, 2, 1]
    """
    scores: dict[int, float] = {}
    for rank, pk in enumerate(fts, start=1):
        scores[pk] = 1.0 / (k + rank)
    for pk, cos in cosine.items():
        scores[pk] = scores.get(pk, 0.0) + weight * cos / k
    order = {pk: i for i, pk in enumerate([*fts, *cosine])}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def search(
    store: FactStore,
    text: str = "",
    filters: Filters | None = None,
    *,
    mode: str = "hybrid",
    limit: int = 20,
    encode: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> list[Hit]:
    """Search the store. Without query text, lists the records the filters allow, newest first."""
    if mode not in MODES:
        raise SettingsError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    if limit < 1:
        raise SettingsError(f"limit must be at least 1, got {limit}")
    filters = filters or Filters()
    text = clean_query(text or "")
    depth = max(DEPTH, limit)
    fts: list[int] = []
    sem: list[int] = []
    if not text:
        where, params = filters.where()
        rows = store.conn.execute(search_sql(filters, fts=False), [*params, limit]).fetchall()
        ranked = [(int(r[0]), 0.0) for r in rows]
    else:
        if mode in ("hybrid", "fts"):
            fts = fts_ranked(store, text, filters, depth)
        cosine: dict[int, float] = {}
        if mode in ("hybrid", "semantic"):
            sem, cosine = semantic_scores(store, text, filters, depth, encode=encode, also=fts)
        if mode == "fts":
            ranked = [(pk, 1.0 / (RRF_K + i)) for i, pk in enumerate(fts, start=1)]
        elif mode == "semantic":
            ranked = [(pk, cosine[pk]) for pk in sem]
        else:
            ranked = fuse(fts, cosine)
    ranked = ranked[:limit]
    fts_pos = {pk: i for i, pk in enumerate(fts, start=1)}
    sem_pos = {pk: i for i, pk in enumerate(sem, start=1)}
    return [
        _hit(row, score, fts_pos.get(pk), sem_pos.get(pk))
        for (pk, score), row in zip(ranked, _rows(store, [pk for pk, _ in ranked]), strict=True)
    ]


def _rows(store: FactStore, pks: list[int]) -> list[sqlite3.Row]:
    if not pks:
        return []
    rows = store.conn.execute(
        """SELECT r.*, a.published, a.outlet FROM records r JOIN articles a ON a.pk = r.article_pk
           WHERE r.pk IN (SELECT value FROM json_each(?))""", (json.dumps(pks),)).fetchall()
    by_pk = {r["pk"]: r for r in rows}
    return [by_pk[pk] for pk in pks]


def _hit(row: sqlite3.Row, score: float, fts_rank: int | None, sem_rank: int | None) -> Hit:
    record = json.loads(row["json"])
    amount = record.get("amount") if isinstance(record.get("amount"), dict) else {}
    investor = record.get("investor") if isinstance(record.get("investor"), dict) else {}
    return Hit(
        id=row["id"], kind=row["kind"], article_id=row["article_id"], score=round(score, 6),
        fts_rank=fts_rank, semantic_rank=sem_rank, published=row["published"], outlet=row["outlet"],
        side=row["side"], economy=row["economy"], investor=investor.get("text") or row["investor_group"],
        instrument=row["instrument"], direction=row["direction"],
        amount=amount.get("text") or record.get("text"), amount_value=row["amount_value"],
        currency=row["amount_currency"], period_kind=row["period_kind"], period_start=row["period_start"],
        period_end=row["period_end"], role=row["role"], status=row["status"], evidence=row["evidence"],
        record=record,
    )
