"""Attributed quotes: "…," said Maki Shimizu, a senior strategist at Citigroup in Tokyo."""

from __future__ import annotations

import re

from extractor.facts import Evidence, Statement

_QUOTE = re.compile(r"(?<![\w,.!?])[\"“](?P<q>[^\"“”]{12,}?)[,.!?]?[\"”]")
_NAME = r"(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?:[- ][A-Z][a-z'-]+){1,3})"  # "Jae-hoon Paik" too
_AFTER = re.compile(
    rf"^\s*,?\s*(?:said|says|added|adds|told\s+[A-Z][\w ]+?|wrote|writes|noted|notes)\s+{_NAME}(?:,\s*(?P<role>(?:a|an|the)\s+[^,.]*?|[a-z][^,.]*?)\s+(?:at|of|with|for)\s+(?P<org>[A-Z][\w&.' -]+?)(?=[,.]|\s+in\s+[A-Z]|\s+told|$))?"
)
# '"...," said our chief Asia strategist Priya Kapoor.', '"...," notes our head of rates Ken Ota': the house's own
# analyst, named after a possessive and a role (which may hold a capitalised region or desk word)
_AFTER_OUR = re.compile(
    r"^\s*,?\s*(?:said|says|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns)\s+(?:our|their|its)\s+"
    rf"(?P<role>[a-z][\w-]*(?:\s+[\w-]+){{0,4}}?),?\s+{_NAME}(?=\s*[,.;]|\s*$)"
)
# '"...," Ryosuke Imai, head of strategy at Nihonbashi Brokerage, told me on Friday': the name before the verb
_AFTER_REV = re.compile(rf"^\s*,?\s*{_NAME}(?:,\s*(?P<role>(?:a|an|the)\s+[^,.]*?|[a-z][^,.]*?)\s+(?:at|of|with|for)\s+(?P<org>[A-Z][\w&.' -]+?),)?"
                        r"\s+(?:said|says|added|wrote|told\s+(?:me|us|[A-Z]\w+))")
# 'As our head of research Tomoki Aramaki put it: "..."', 'Our strategist, Kana Whitfield, thinks ...: "..."':
# a quote introduced by a colon after a clause whose subject is a named person
_COLON_INTRO = re.compile(
    rf"(?:\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[Tt]he)\s+(?P<role>[A-Za-z][\w -]{{2,40}}?),?\s+)?{_NAME},?\s+"
    r"(?:put\s+it|puts\s+it|thinks|believes|expects|sees|reckons|argues|argued|says|said|wrote|writes|explained|warned|noted|added|summed\s+(?:it\s+)?up|told\s+(?:me|us|[A-Z]\w+))"
    r"\b(?:[^\"“”.:]|\.\d){0,120}:\s*$")
# the rest of an attribution sentence and a space: '"X," said A, economist at B. "Y."' continues A's words
_CONTINUED = re.compile(r"[^\"“”\n.!?]{0,120}[.!?]\s{1,2}$")
_BEFORE = re.compile(rf"{_NAME}(?:,\s*(?P<role>[^,]{{3,60}}?)\s+(?:at|of|with)\s+(?P<org>[A-Z][\w&.' -]+?),)?\s+(?:said|says|added|told\s+[^:.!?\"“]+?|wrote)(?:[^\"“]{{0,40}})?:?\s*$")
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
        elif a := _AFTER_OUR.match(after):
            speaker, role = a.group("name"), a.group("role")
            end = m.end() + a.end()
        elif a := _AFTER_REV.match(after):
            speaker, role, org = a.group("name"), a.group("role"), a.group("org")
            end = m.end() + a.end()
        elif (b := _BEFORE.search(before)) is not None:
            speaker, role, org = b.group("name"), b.group("role"), b.group("org")
        elif (b := _COLON_INTRO.search(before)) is not None:
            speaker, role = b.group("name"), b.group("role")
        elif _PRONOUN_SAID.match(after) and last is not None:
            speaker, role, org = last
        elif last is not None and out and out[-1].evidence.sentence[-1:] not in "\"”" \
                and _CONTINUED.fullmatch(text, out[-1].evidence.end, m.start()):
            speaker, role, org = last  # the second half of a split quote
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
