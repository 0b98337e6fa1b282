"""Targets scored as the LAMP method scores them: motivation, postings, and advocacy —
who I know there — computed from the people, never typed."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

ASK_NETWORK = "ask your network"
ADVOCACY_WORDS = {
    3: "someone met there or warm (replied, introduced, referred)",
    2: "someone known there, or a path of two links",
    1: "nobody yet",
}


def advocacy(
    there: Collection[int],
    known: Collection[int],
    warm: Collection[int],
    best: Sequence[int] | None,
) -> int:
    """3, 2 or 1 for the people `there` (not blocked), given whom I know, who is warm,
    and the best path's chain (from the first person I ask, None for no path)."""
    if any(p in warm for p in there):
        return 3
    if any(p in known for p in there) or (best is not None and len(best) <= 2):
        return 2
    return 1


def target_order(row: Mapping[str, Any]) -> tuple[int, int, int, str]:
    """Highest motivation first, then most postings, then most advocacy."""
    return (-row["motivation"], -row["postings"], -row["advocacy"],
            str(row["organisation"]).casefold())
