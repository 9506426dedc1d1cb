"""Attributed quotes: "…," said Maki Shimizu, a senior strategist at Citigroup in Tokyo."""

from __future__ import annotations

import re

from extractor.facts import Evidence, Statement

_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{12,}?)[,.!?]?[\"”]")
_NAME = r"(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z'-]+){1,3})"
_AFTER = re.compile(
    rf"^\s*,?\s*(?:said|says|added|told\s+[A-Z][\w ]+?|wrote|noted)\s+{_NAME}(?:,\s*(?P<role>(?:a|an|the)\s+[^,.]*?|[a-z][^,.]*?)\s+(?:at|of|with|for)\s+(?P<org>[A-Z][\w&.' -]+?)(?=[,.]|\s+in\s+[A-Z]|\s+told|$))?"
)
_AFTER_REV = re.compile(rf"^\s*,?\s*{_NAME}\s+(?:said|says|added|wrote)")
_BEFORE = re.compile(rf"{_NAME}(?:,\s*(?P<role>[^,]{{3,60}}?)\s+(?:at|of|with)\s+(?P<org>[A-Z][\w&.' -]+?),)?\s+(?:said|says|added|told\s+[^:]+?|wrote)(?:[^\"“]{{0,40}})?:?\s*$")
_PRONOUN_SAID = re.compile(r"^\s*,?\s*(?:s?he|they)\s+(?:said|added)", re.IGNORECASE)


def find_statements(article_id: str, text: str) -> list[Statement]:
    out: list[Statement] = []
    last: tuple[str | None, str | None, str | None] | None = None
    for m in _QUOTE.finditer(text):
        after = text[m.end(): m.end() + 200]
        before = text[max(0, m.start() - 160): m.start()]
        speaker = role = org = None
        end = m.end()
        if a := _AFTER.match(after):
            speaker, role, org = a.group("name"), a.group("role"), a.group("org")
            end = m.end() + a.end()
        elif a := _AFTER_REV.match(after):
            speaker = a.group("name")
            end = m.end() + a.end()
        elif (b := _BEFORE.search(before)) is not None:
            speaker, role, org = b.group("name"), b.group("role"), b.group("org")
        elif _PRONOUN_SAID.match(after) and last is not None:
            speaker, role, org = last
        if speaker is None:
            continue
        if role:
            role = re.sub(r"^(?:a|an|the)\s+", "", role.strip())
        last = (speaker, role, org.strip() if org else None)
        s0 = m.start()
        out.append(Statement(id=f"{article_id}#s{len(out) + 1}", article_id=article_id, speaker=speaker,
                             affiliation=last[2], role=role, quote=m.group("q").strip(),
                             evidence=Evidence(text[s0:end], s0, end)))
    return out
