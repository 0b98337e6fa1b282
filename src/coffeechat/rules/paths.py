"""Warm paths: from the user, through the people they know, to someone at a target.

A path is ranked by its number of links first (shortest wins), then by the sum of its
links' strengths (strongest wins), then by how its first person answers (quick before
slow before unknown before never). It never passes through a blocked person (declined
or asked not to be contacted) and never repeats anyone.

The search runs backwards, breadth first, from every person at the target: each person
reached learns how far the target is and the strongest way there among the shortest
(one layer at a time, so "shortest, then strongest" is exact), and each person I know
then offers one path, through their own best way. So the paths returned have different
first people, which is what the user needs: different people to ask.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from coffeechat.rules.links import ME, Link

# How a first person's answering ranks a path among equals (rules/responsiveness.py).
ANSWER_RANK = {"quick": 0, "slow": 1, "unknown": 2, "never": 3}


@dataclass(frozen=True)
class Path:
    ids: tuple[int, ...]  # from the first person I ask to the person at the target
    links: tuple[Link, ...]  # ME -> ids[0], then along the chain

    @property
    def points(self) -> int:
        return sum(link.points for link in self.links)

    @property
    def strength(self) -> float:
        """The mean strength of its links."""
        return round(self.points / len(self.links) / 100, 2)


# Whom a person is linked to, with each link's points: (other, points) pairs.
Neighbours = Callable[[int], Iterable[tuple[int, int]]]


def over(graph: Mapping[int, Mapping[int, Link]]) -> Neighbours:
    empty: Mapping[int, Link] = {}
    return lambda u: ((v, made.points) for v, made in graph.get(u, empty).items())


def reach(
    neighbours: Neighbours,
    targets: Collection[int],
    blocked: Collection[int],
    mine: Collection[int],
    *,
    enough: int | None = None,
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """For each person reachable from `targets` without ME or the blocked: how many links
    to the nearest target, the most points among those shortest ways, and the next
    person on that way (absent for a target). With `enough`, stops after the layer in
    which that many people I know (`mine`) have been reached."""
    start = sorted(t for t in targets if t != ME and t not in blocked)
    dist = dict.fromkeys(start, 0)
    best = dict.fromkeys(start, 0)
    nxt: dict[int, int] = {}
    found = sum(1 for t in start if t in mine)
    frontier = start
    depth = 0
    while frontier and (enough is None or found < enough):
        depth += 1
        layer: list[int] = []
        for u in frontier:
            here = best[u]
            for v, points in neighbours(u):
                if v == ME or v in blocked:
                    continue
                seen = dist.get(v)
                if seen is None:
                    dist[v], best[v], nxt[v] = depth, here + points, u
                    layer.append(v)
                elif seen == depth:
                    offer = here + points
                    if offer > best[v] or (offer == best[v] and u < nxt[v]):
                        best[v], nxt[v] = offer, u
        found += sum(1 for v in layer if v in mine)
        frontier = sorted(layer)
    return dist, best, nxt


def best_chains(
    neighbours: Neighbours,
    mine: Mapping[int, int],
    targets: Collection[int],
    blocked: Collection[int] = (),
    *,
    limit: int = 3,
    answers: Mapping[int, str] | None = None,
) -> list[tuple[tuple[int, ...], int]]:
    """(chain from the first person I ask, total points) of the best `limit` paths to
    anyone in `targets`, each from a different person I know (`mine`: person -> my
    link's points)."""
    blocked = set(blocked)
    dist, best, nxt = reach(neighbours, targets, blocked, mine, enough=limit)
    answers = answers or {}
    firsts = sorted(
        (1 + dist[c], -(points + best[c]), ANSWER_RANK.get(answers.get(c, ""), 2), c)
        for c, points in mine.items()
        if c in dist and c not in blocked
    )
    chains = []
    for _, minus, _, c in firsts[:limit]:
        ids = [c]
        while ids[-1] in nxt:
            ids.append(nxt[ids[-1]])
        chains.append((tuple(ids), -minus))
    return chains


def best_paths(
    graph: Mapping[int, Mapping[int, Link]],
    targets: Collection[int],
    blocked: Collection[int] = (),
    *,
    limit: int = 3,
    answers: Mapping[int, str] | None = None,
) -> list[Path]:
    """The best `limit` paths to anyone in `targets`, each from a different person I know."""
    chains = best_chains(over(graph), mine(graph), targets, blocked, limit=limit,
                         answers=answers)
    return [_walk(graph, ids) for ids, _ in chains]


def _walk(graph: Mapping[int, Mapping[int, Link]], ids: tuple[int, ...]) -> Path:
    chain = (ME, *ids)
    return Path(ids, tuple(graph[a][b] for a, b in zip(chain, chain[1:], strict=False)))


def ask_network(
    mine: Mapping[int, int],
    degrees: Mapping[int, int],
    blocked: Collection[int] = (),
    *,
    limit: int = 3,
    answers: Mapping[int, str] | None = None,
    near: Collection[int] = (),
    former: Collection[int] = (),
) -> list[int]:
    """The people I know (`mine`: person -> my link's points) most likely to know someone
    at a target nobody reaches: those at or near it first (`near`: the same organisation),
    then those who worked there before (`former`), then the quickest to answer, then the
    most connected (`degrees`: how many people they know besides me), then the strongest
    link to me."""
    answers = answers or {}
    near, former = set(near), set(former)
    ranked = sorted(
        (c for c in mine if c not in blocked),
        key=lambda c: (
            0 if c in near else 1 if c in former else 2,
            ANSWER_RANK.get(answers.get(c, ""), 2),
            -degrees.get(c, 0),
            -mine[c],
            c,
        ),
    )
    return ranked[:limit]


def degrees(graph: Mapping[int, Mapping[int, Link]]) -> dict[int, int]:
    """How many people each person knows, besides me."""
    return {p: sum(1 for o in others if o != ME) for p, others in graph.items()}


def mine(graph: Mapping[int, Mapping[int, Link]]) -> dict[int, int]:
    """The people I know and my link's points."""
    return {c: made.points for c, made in graph.get(ME, {}).items()}
