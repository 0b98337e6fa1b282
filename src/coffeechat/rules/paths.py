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

from collections.abc import Collection, Mapping
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


def reach(
    graph: Mapping[int, Mapping[int, Link]],
    targets: Collection[int],
    blocked: Collection[int] = (),
    *,
    enough: int | None = None,
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """For each person reachable from `targets` without ME or the blocked: how many links
    to the nearest target, the most points among those shortest ways, and the next
    person on that way (absent for a target). With `enough`, stops after the layer in
    which that many people I know have been reached."""
    start = sorted(t for t in targets if t != ME and t not in blocked and t in graph)
    dist = dict.fromkeys(start, 0)
    best = dict.fromkeys(start, 0)
    nxt: dict[int, int] = {}
    mine = graph.get(ME, {})
    found = sum(1 for t in start if t in mine)
    frontier = start
    depth = 0
    while frontier and (enough is None or found < enough):
        depth += 1
        layer: list[int] = []
        for u in frontier:
            here = best[u]
            for v, made in graph[u].items():
                if v == ME or v in blocked:
                    continue
                seen = dist.get(v)
                if seen is None:
                    dist[v], best[v], nxt[v] = depth, here + made.points, u
                    layer.append(v)
                elif seen == depth:
                    offer = here + made.points
                    if offer > best[v] or (offer == best[v] and u < nxt[v]):
                        best[v], nxt[v] = offer, u
        found += sum(1 for v in layer if v in mine)
        frontier = sorted(layer)
    return dist, best, nxt


def best_paths(
    graph: Mapping[int, Mapping[int, Link]],
    targets: Collection[int],
    blocked: Collection[int] = (),
    *,
    limit: int = 3,
    answers: Mapping[int, str] | None = None,
) -> list[Path]:
    """The best `limit` paths to anyone in `targets`, each from a different person I know."""
    blocked = set(blocked)
    dist, best, nxt = reach(graph, targets, blocked, enough=limit)
    answers = answers or {}
    firsts = [
        (1 + dist[c], -(made.points + best[c]), ANSWER_RANK.get(answers.get(c, ""), 2), c)
        for c, made in graph.get(ME, {}).items()
        if c in dist and c not in blocked
    ]
    return [_walk(graph, c, nxt) for *_, c in sorted(firsts)[:limit]]


def _walk(graph: Mapping[int, Mapping[int, Link]], first: int, nxt: Mapping[int, int]) -> Path:
    ids = [first]
    links = [graph[ME][first]]
    while ids[-1] in nxt:
        after = nxt[ids[-1]]
        links.append(graph[ids[-1]][after])
        ids.append(after)
    return Path(tuple(ids), tuple(links))


def degree(graph: Mapping[int, Mapping[int, Link]], person: int) -> int:
    return sum(1 for other in graph.get(person, {}) if other != ME)


def ask_network(
    graph: Mapping[int, Mapping[int, Link]],
    blocked: Collection[int] = (),
    *,
    limit: int = 3,
    answers: Mapping[int, str] | None = None,
    near: Collection[int] = (),
) -> list[int]:
    """The people I know most likely to know someone at a target nobody reaches: those
    at or near it first (`near`: same organisation past or present), then the quickest
    to answer, then the most connected, then the strongest link to me."""
    answers = answers or {}
    near = set(near)
    mine = [(c, made) for c, made in graph.get(ME, {}).items() if c not in blocked]
    mine.sort(
        key=lambda cm: (
            cm[0] not in near,
            ANSWER_RANK.get(answers.get(cm[0], ""), 2),
            -degree(graph, cm[0]),
            -cm[1].points,
            cm[0],
        )
    )
    return [c for c, _ in mine[:limit]]
