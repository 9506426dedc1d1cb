"""What `flowfacts show ID` prints: a record or an article, with evidence highlighted in the text.

A record shows its fields, its verdicts and the passage of the article around its evidence; an
article shows its provenance, its reprint links, its records and its full text with every
evidence span highlighted. Highlights are drawn twice: as a colour on terminals and as »…«
markers, so they survive a pipe or a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from rich.text import Text

from extractor.store.store import FactStore

CONTEXT = 400  # characters of article text shown on each side of a record's evidence
STYLE = "bold black on yellow"


@dataclass
class Shown:
    kind: str  # "record" or "article"
    data: dict[str, Any]
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, label) of evidence in `text`

    def rich_text(self) -> Text:
        out = Text()
        for line in _header(self):
            out.append(line + "\n")
        out.append("\n")
        body = self.text
        lo, hi = 0, len(body)
        if self.kind == "record" and self.spans:
            lo = max(0, self.spans[0][0] - CONTEXT)
            hi = min(len(body), self.spans[0][1] + CONTEXT)
            if lo > 0:
                out.append("…")
        pos = lo
        for start, end, _ in sorted(s for s in self.spans if s[1] > s[0]):
            start, end = max(start, pos), min(end, hi)
            if start >= end:
                continue
            out.append(body[pos:start])
            out.append("»" + body[start:end] + "«", style=STYLE)
            pos = end
        out.append(body[pos:hi])
        if hi < len(body):
            out.append("…")
        out.append("\n")
        return out


def describe(store: FactStore, ident: str) -> Shown | None:
    """The record with id `ident`, else the article with that id, else None."""
    record = store.record(ident)
    if record is not None:
        record_article = store.article(str(record.get("article_id"))) or {}
        text = record_article.get("text") or ""
        span = _span(record, text)
        data: dict[str, Any] = {"record": record, "article": {k: v for k, v in record_article.items() if k != "text"}}
        return Shown("record", data, text, [(*span, str(record.get("id")))] if span else [])
    article = store.article(ident)
    if article is None:
        return None
    records = store.records_of(ident)
    reprints = [r[0] for r in store.conn.execute("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", (ident,))]
    text = article.get("text") or ""
    spans = [(*s, str(r.get("id"))) for r in records if (s := _span(r, text))]
    data = {"article": {**article, "reprints": reprints}, "records": records}
    return Shown("article", data, text, spans)


def _span(record: dict[str, Any], text: str) -> tuple[int, int] | None:
    """Where the evidence sits in the text: the stored offsets when they hold, else a search for it."""
    ev = cast("dict[str, Any]", record.get("evidence")) if isinstance(record.get("evidence"), dict) else {}
    sentence = str(ev.get("sentence") or "")
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        if not sentence or text[start:end] == sentence:
            return start, end
    at = text.find(sentence) if sentence else -1
    return (at, at + len(sentence)) if at >= 0 else None


def _header(shown: Shown) -> list[str]:
    if shown.kind == "record":
        r = shown.data["record"]
        a = shown.data["article"]
        lines = [f"record {r.get('id')}  ({r.get('kind')})"]
        inv = r.get("investor") or {}
        amount = r.get("amount") or {}
        period = r.get("period") or {}
        fields = {
            "article": f"{a.get('id')}  {a.get('outlet') or ''} {a.get('published') or ''}".rstrip(),
            "investor": " ".join(str(x) for x in (inv.get("side"), inv.get("economy"), inv.get("group"),
                                                  f"({inv.get('text')})" if inv.get("text") else None) if x),
            "instrument": " ".join(str(x) for x in (r.get("instrument"), r.get("market")) if x),
            "direction": r.get("direction"),
            "amount": " ".join(str(x) for x in (amount.get("text"), f"= {amount.get('value')} {amount.get('currency')}"
                                                if amount.get("value") is not None else None) if x),
            "period": " ".join(str(x) for x in (period.get("kind"), f"{period.get('start')}..{period.get('end')}"
                                                if period.get("end") else None) if x),
            "role": r.get("role"),
            "source": (r.get("source") or {}).get("series"),
            "measure": r.get("measure"),
            "subject": r.get("subject"),
            "value": r.get("value") if r.get("kind") == "figure" else None,
            "speaker": ", ".join(str(x) for x in (r.get("speaker"), r.get("role") if r.get("kind") == "statement" else None,
                                                  r.get("affiliation")) if x) or None,
            "status": r.get("status"),
        }
        if r.get("kind") == "statement":
            fields.pop("role")
        lines += [f"  {k:<10} {v}" for k, v in fields.items() if v not in (None, "")]
        for v in r.get("verdicts") or []:
            lines.append(
                f"  verdict    {v.get('status')}: official {v.get('official_value')} vs reported "
                f"{v.get('reported_value')} ({v.get('series_key') or v.get('series')}){' - ' + str(v['note']) if v.get('note') else ''}"
            )
        if a.get("duplicate_of"):
            lines.append(f"  reprint of {a['duplicate_of']} (similarity {a.get('similarity') or 0:.2f})")
        return lines
    a = shown.data["article"]
    lines = [f"article {a.get('id')}"]
    for key in ("title", "outlet", "published", "url", "source", "content_hash"):
        if a.get(key):
            lines.append(f"  {key:<12} {a[key]}")
    if a.get("duplicate_of"):
        lines.append(f"  reprint of   {a['duplicate_of']} (similarity {a.get('similarity') or 0:.2f})")
    if a.get("reprints"):
        lines.append(f"  reprinted as {', '.join(a['reprints'])}")
    lines.append(f"  records      {len(shown.data['records'])}")
    for r in shown.data["records"]:
        amount = (r.get("amount") or {}).get("text") or r.get("text") or r.get("speaker") or ""
        lines.append(f"    {r.get('id')}  {r.get('kind')}  {r.get('direction') or ''} {amount}".rstrip())
    return lines
