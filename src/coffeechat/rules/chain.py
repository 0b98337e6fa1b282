"""Whom someone led me to: the people they referred or introduced me to whom I met, and
whom those led me to in turn. The landing note thanks them for the whole chain."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def led_to(
    start: int, edges: Iterable[tuple[int, int]], met: set[int]
) -> tuple[list[int], list[int]]:
    """(those `start` led me to directly, those reached through them), each met and in
    the order the edges (referrer, referred) list them; nobody twice, never `start`."""
    children: dict[int, list[int]] = {}
    for parent, child in edges:
        if child != parent and child not in children.setdefault(parent, []):
            children[parent].append(child)
    direct = [c for c in children.get(start, []) if c in met and c != start]
    seen = {start, *direct}
    further: list[int] = []
    frontier = list(direct)
    while frontier:
        nxt = []
        for person in frontier:
            for child in children.get(person, []):
                if child in met and child not in seen:
                    seen.add(child)
                    further.append(child)
                    nxt.append(child)
        frontier = nxt
    return direct, further


def names_of(ids: Iterable[int], names: Mapping[int, str]) -> tuple[str, ...]:
    return tuple(names[i] for i in ids if i in names)
