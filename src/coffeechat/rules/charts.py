"""The shapes of the insight pictures, as plain numbers: bars, weeks, and the tree of who
led to whom. The web page draws them as SVG on the server; nothing here knows HTML."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

BAR_WIDTH = 320  # the longest bar, in SVG units
ROW = 28


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int
    mine: bool = False


def bars(rows: Sequence[tuple[str, int, bool]], width: int = BAR_WIDTH) -> list[Bar]:
    """Horizontal bars, one a row, scaled to the largest value."""
    top = max((value for _, value, _ in rows), default=0) or 1
    return [
        Bar(label, value, i * ROW, max(1, round(value / top * width)) if value else 0, mine)
        for i, (label, value, mine) in enumerate(rows)
    ]


@dataclass(frozen=True)
class Week:
    start: date
    count: int
    x: int
    height: int
    y: int  # the top of its bar, with the baseline at the chart's full height


def weekly(moments: Iterable[datetime], until: date, weeks: int = 12,
           height: int = 120, step: int = 30) -> list[Week]:
    """Events per week (weeks starting Monday) for the `weeks` weeks up to `until`."""
    last = until - timedelta(days=until.weekday())
    first = last - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=i) for i in range(weeks)]
    # Counted between the weeks' first moments in the moments sorted (already sorted, as
    # the web page keeps them, costs one pass): not one date computed per moment.
    ordered = sorted(moments)
    edges = [bisect_left(ordered, datetime(s.year, s.month, s.day))
             for s in [*starts, last + timedelta(weeks=1)]]
    counts = [edges[i + 1] - edges[i] for i in range(weeks)]
    top = max(counts, default=0) or 1
    tall = [round(count / top * height) for count in counts]
    return [Week(s, counts[i], i * step, tall[i], height - tall[i]) for i, s in enumerate(starts)]


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    generation: int
    x: int
    y: int
    parent: int | None


def tree(links: Sequence[tuple[int, int]], names: dict[int, str], limit: int = 60,
         dx: int = 190, dy: int = 30) -> list[Node]:
    """Who led to whom (`links` are (from, to): a referral or an introduction), by
    generation: the people nobody led you to first, then whom they led you to, and so
    on. Each person appears once, under the first who led to them; at most `limit`."""
    parent: dict[int, int] = {}
    for source, target in links:
        if target not in parent and target != source:
            parent[target] = source
    children: dict[int, list[int]] = {}
    for target, source in parent.items():
        children.setdefault(source, []).append(target)
    roots = sorted({s for s in children if s not in parent}, key=lambda i: names.get(i, ""))
    placed: list[Node] = []
    seen: set[int] = set()

    def visit(ident: int, generation: int, up: int | None) -> None:
        if ident in seen or len(placed) >= limit:
            return
        seen.add(ident)
        placed.append(Node(ident, names.get(ident, "?"), generation, generation * dx,
                           len(placed) * dy, up))
        for child in sorted(children.get(ident, []), key=lambda i: names.get(i, "")):
            visit(child, generation + 1, ident)

    # People in a loop (each led to the other) have no root: the first of them starts it.
    rooted = set(roots)
    rest = sorted((s for s in children if s not in rooted), key=lambda i: (names.get(i, ""), i))
    for root in [*roots, *rest]:
        visit(root, 0, None)
    return placed
