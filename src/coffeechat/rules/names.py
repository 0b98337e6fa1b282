"""When two written names are the same name: the one comparison every way in shares
(`add`, `--referral`, `--via`, `--knows`, imports), so a person typed "aisha  BELLO" or
"Aïsha Bello" is the Aisha Bello already there, never a second row."""

from __future__ import annotations

import unicodedata


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
