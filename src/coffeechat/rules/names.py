"""When two written names are the same name: the one comparison every way in shares
(`add`, `--referral`, `--via`, `--knows`, imports), so a person typed "aisha  BELLO" or
"Aïsha Bello" is the Aisha Bello already there, never a second row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def fold(name: str) -> str:
    """A name reduced to what tells it apart: case, accents and spacing dropped
    ("  Zoë   O'Brien " and "zoe o'brien" fold alike)."""
    if name.isascii():  # nothing to decompose: the same answer, ten times faster
        return " ".join(name.casefold().split())
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


_NUMBER = re.compile(r"\d+")
# How close a typed name must come to one already here to be offered instead of it.
SUGGEST_SCORE = 80
# A typo rather than another name: "Aisha Belo" for "Aisha Bello" (95), not "Sam Leigh"
# for "Sam Lee" (75).
TYPO_SCORE = 85


def _words_within(typed: str, name: str) -> bool:
    """Every word typed is a whole word of the name: "Jordan" of "Jordan Blake"."""
    words = name.split()
    return bool(typed) and all(w in words for w in typed.split())


def _first(name: str) -> str:
    return name.split()[0] if name.split() else ""


def _rank(typed: str, name: str) -> tuple[bool, float, float]:
    """Higher is closer: a whole word or the whole name typed, then the similarity of
    the whole name, then of the first name ("Pat" is Pat Lee before Esme Patel)."""
    from rapidfuzz import fuzz

    return (
        _words_within(typed, name),
        fuzz.ratio(typed, name),
        fuzz.ratio(_first(typed), _first(name)),
    )


def suggestions(text: str, names: Iterable[str], *, limit: int = 3) -> list[str]:
    """The names already here that `text` most likely means, closest first: each close
    to the whole text or holding it as whole words, none equal to it."""
    from rapidfuzz import fuzz, process

    typed = fold(text)
    if not typed:
        return []
    written: dict[str, str] = {}
    for name in names:
        written.setdefault(fold(name), name)
    written.pop(typed, None)
    close = process.extract(
        typed, list(written), scorer=fuzz.WRatio, score_cutoff=SUGGEST_SCORE, limit=None
    )
    found = {folded for folded, _, _ in close}
    found |= {folded for folded in written if _words_within(typed, folded)}
    # Alphabetical first, so that equally close names keep that order (sorts are stable).
    ranked = sorted(sorted(found), key=lambda folded: _rank(typed, folded), reverse=True)
    return [written[f] for f in ranked[:limit]]


def near_miss(text: str, names: Iterable[str]) -> str | None:
    """The name already here that `text` is a slip of (a typo, or part of the name), so
    that a new person is not added by mistake; None when `text` is nobody's."""
    from rapidfuzz import fuzz

    typed = fold(text)
    for name in suggestions(text, names, limit=5):
        folded = fold(name)
        if _NUMBER.findall(typed) != _NUMBER.findall(folded):
            continue  # "Target 1" is not a slip of "Target 0"
        if _words_within(typed, folded) or fuzz.ratio(typed, folded) >= TYPO_SCORE:
            return name
    return None
