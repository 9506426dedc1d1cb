"""The deterministic train/test split of the corpus, by article id.

An article's split is decided by the sha256 of its *group* id: the article's own id, or, for a
reprint, the id of the original it reprints (its `notes` say "Reprint of <id>"), so that a reprint
never lands in the other split than its original (the two share most sentences). A group is in the
test split when the first four bytes of sha256(SALT + group) modulo 100 are below TEST_PERCENT.
Hashing each id on its own keeps every article's split stable when articles are added later.

>>> group_of("c-wk-reprint-2005-09-16-x", "Reprint of c-wk-reuters_weekly-2005-09-15-y. Same wording")
'c-wk-reuters_weekly-2005-09-15-y'
>>> split_of("c-wk-reprint-2005-09-16-x", "Reprint of c-wk-reuters_weekly-2005-09-15-y.") == split_of("c-wk-reuters_weekly-2005-09-15-y")
True
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

SALT = "flowfacts-split-v1:"
TEST_PERCENT = 20
SPLITS = ("train", "test")

_REPRINT_RX = re.compile(r"\breprint(?:ed)? of ([a-z][\w.-]*[\w])", re.IGNORECASE)


def group_of(article_id: str, notes: str | None = None) -> str:
    """The id that decides the split: the original's id for a reprint, else the article's own."""
    m = _REPRINT_RX.search(notes or "")
    return m.group(1) if m else article_id


def split_of(article_id: str, notes: str | None = None) -> str:
    """"train" or "test" for one article."""
    digest = hashlib.sha256((SALT + group_of(article_id, notes)).encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < TEST_PERCENT else "train"


def corpus_splits(articles_dir: Path) -> dict[str, list[str]]:
    """The article ids of each split, sorted, for the gold-annotated articles in `articles_dir`."""
    out: dict[str, list[str]] = {name: [] for name in SPLITS}
    for path in sorted(Path(articles_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        aid = doc.get("id") or path.stem
        out[split_of(aid, doc.get("notes"))].append(aid)
    return {name: sorted(ids) for name, ids in out.items()}


def read_split(splits_dir: Path, name: str) -> list[str]:
    """The ids listed in `splits_dir/<name>.txt` (one per line)."""
    if name not in SPLITS:
        raise ValueError(f"unknown split {name!r}; expected one of {SPLITS}")
    path = Path(splits_dir) / f"{name}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_splits(articles_dir: Path, splits_dir: Path) -> dict[str, list[str]]:
    """Write `train.txt` and `test.txt` into `splits_dir`; return the ids of each split."""
    splits = corpus_splits(articles_dir)
    Path(splits_dir).mkdir(parents=True, exist_ok=True)
    for name, ids in splits.items():
        (Path(splits_dir) / f"{name}.txt").write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")
    return splits
