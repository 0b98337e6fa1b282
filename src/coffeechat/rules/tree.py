"""The referral and introduction tree: who led me to whom, how many generations deep it
goes, and which first contacts produced the most meetings.

Plain data in: (led_by, led_to) pairs, from referrals and introductions alike, in the
order they happened; a person led to twice keeps the first who led them (the tree is a
tree), and a cycle (bad data) is cut where it closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Branch:
    id: int
    name: str
    met: bool
    children: tuple[Branch, ...]

    @property
    def meetings(self) -> int:
        """Meetings this person led to, through everyone below them (not their own)."""
        return sum(c.met + c.meetings for c in self.children)

    @property
    def depth(self) -> int:
        """Generations below this person (0: they led me to nobody)."""
        return max((1 + c.depth for c in self.children), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "met": self.met,
                "meetings": self.meetings, "children": [c.to_dict() for c in self.children]}


def parents(pairs: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Each person's one parent: the first who led me to them, no cycles, nobody their own."""
    parent: dict[int, int] = {}
    for by, to in pairs:
        if by == to or to in parent:
            continue
        step: int | None = by
        while step is not None and step != to:  # would `to` become its own ancestor?
            step = parent.get(step)
        if step is None:
            parent[to] = by
    return parent


def tree(
    pairs: Iterable[tuple[int, int]], names: Mapping[int, str], met: Iterable[int]
) -> list[Branch]:
    """The first contacts (people nobody led me to who led me to someone), each with
    their branch; the ones that produced the most meetings first."""
    parent = parents(pairs)
    met = set(met)
    children: dict[int, list[int]] = {}
    for to, by in parent.items():
        children.setdefault(by, []).append(to)

    def grow(person: int) -> Branch:
        below = tuple(grow(c) for c in sorted(children.get(person, [])))
        return Branch(person, names.get(person, str(person)), person in met, below)

    roots = sorted({by for by in parent.values() if by not in parent})
    branches = [grow(r) for r in roots]
    return sorted(branches, key=lambda b: (-b.meetings, -b.depth, b.name))


def tree_data(branches: list[Branch]) -> dict[str, Any]:
    """The tree as `insights --json` gives it."""
    return {
        "generations": max((1 + b.depth for b in branches), default=0),
        "first_contacts": [
            {"name": b.name, "meetings": b.meetings, "generations": b.depth}
            for b in branches
        ],
        "branches": [b.to_dict() for b in branches],
    }
