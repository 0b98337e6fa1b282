"""Warm paths on small graphs whose best path is obvious, and on random graphs checked
against networkx."""

from __future__ import annotations

import random
from datetime import date, datetime

import networkx as nx
import pytest

from coffeechat.rules.links import (
    ME,
    Graph,
    Known,
    Link,
    LinkKind,
    add,
    build,
    i_know,
    link,
    my_link,
)
from coffeechat.rules.paths import ask_network, best_paths, degrees, mine

NOW = datetime(2026, 11, 25, 9, 0)


def L(points: int) -> Link:  # noqa: N802 - a link of so many points, in tests
    return Link(LinkKind.CLOSE, points, f"{points}")


def graph(*edges: tuple[int, int, int]) -> Graph:
    g: Graph = {ME: {}}
    for a, b, p in edges:
        add(g, a, b, L(p))
    return g


def test_it_prefers_the_shorter_path_to_the_stronger_one() -> None:
    g = graph((ME, 1, 100), (1, 9, 100), (ME, 2, 600), (2, 3, 600), (3, 9, 600))
    assert [p.ids for p in best_paths(g, {9})] == [(1, 9), (2, 3, 9)]


def test_it_prefers_the_stronger_of_two_equally_short_paths() -> None:
    g = graph((ME, 1, 300), (1, 9, 300), (ME, 2, 600), (2, 9, 100))
    assert [p.ids for p in best_paths(g, {9})] == [(2, 9), (1, 9)]


def test_it_never_passes_through_someone_blocked() -> None:
    g = graph((ME, 1, 600), (1, 9, 600), (ME, 2, 100), (2, 3, 100), (3, 9, 100))
    assert [p.ids for p in best_paths(g, {9}, blocked={1})] == [(2, 3, 9)]
    assert best_paths(g, {9}, blocked={3, 1}) == []


def test_someone_i_know_at_the_target_is_a_path_of_one() -> None:
    g = graph((ME, 9, 300), (ME, 1, 600), (1, 9, 600))
    paths = best_paths(g, {9})
    assert [p.ids for p in paths] == [(9,), (1, 9)]
    assert paths[0].strength == 3.0


def test_among_equals_the_quick_answerer_comes_first() -> None:
    g = graph((ME, 1, 300), (1, 9, 300), (ME, 2, 300), (2, 9, 300))
    answers = {1: "never", 2: "quick"}
    assert [p.ids[0] for p in best_paths(g, {9}, answers=answers)] == [2, 1]


def test_nobody_reaches_an_unlinked_target() -> None:
    assert best_paths(graph((ME, 1, 300), (5, 9, 300)), {9}) == []


def test_ask_network_puts_those_near_the_target_then_quick_then_connected() -> None:
    g = graph((ME, 1, 300), (ME, 2, 300), (ME, 3, 300), (3, 4, 100), (3, 5, 100))
    known, counts = mine(g), degrees(g)
    assert ask_network(known, counts, answers={2: "quick"}) == [2, 3, 1]
    assert ask_network(known, counts, near={1}, answers={2: "quick"}, limit=2) == [1, 2]
    assert ask_network(known, counts, blocked={2}) == [3, 1]


def test_link_kinds_rank_as_the_timeline_says() -> None:
    on = date(2026, 1, 5)
    order = [LinkKind.MET, LinkKind.REPLIED, LinkKind.INTRODUCED, LinkKind.CLOSE,
             LinkKind.ALUMNI, LinkKind.LINKEDIN, LinkKind.ORGANISATION]
    fresh = [link(k, "you", "Ana", on, NOW).points for k in order]
    stale = [link(k, "you", "Ana", date(2015, 1, 1), NOW).points for k in order]
    assert fresh == sorted(fresh, reverse=True)
    assert all(old < new for old, new in zip(stale, fresh, strict=True))
    assert all(f < s for f, s in zip(fresh[1:], stale[:-1], strict=True))  # kind first


def test_my_link_is_the_strongest_the_timeline_gives_with_its_reason() -> None:
    ana = Known(1, "Ana Ruiz", source="linkedin", replied_on=date(2026, 10, 1),
                connected_on=date(2020, 1, 1))
    made = my_link(ana, NOW)
    assert made is not None and made.kind == LinkKind.REPLIED
    assert made.why == "Ana Ruiz replied to you (October 2026)"
    assert my_link(Known(2, "Bo", source="other"), NOW) is None


@pytest.mark.parametrize(
    ("person", "known"),
    [
        (Known(1, "A", source="friend"), True),
        (Known(1, "A", source="alumni"), True),
        (Known(1, "A", source="linkedin"), True),
        (Known(1, "A", source="other"), False),
        (Known(1, "A", source="referral"), False),
        (Known(1, "A", source="other", met_on=date(2026, 1, 1)), True),
        (Known(1, "A", source="referral", introduced_on=date(2026, 1, 1)), True),
    ],
)
def test_who_counts_as_people_i_know(person: Known, known: bool) -> None:
    assert i_know(person) is known


def test_build_links_people_at_one_organisation_weakly_and_keeps_the_blocked() -> None:
    people = [Known(1, "A", source="friend"), Known(2, "B", organisation="Acme"),
              Known(3, "C", organisation="Acme", blocked=True)]
    g, names, blocked = build(people, [(1, 2, LinkKind.CLOSE, None)], NOW)
    assert set(g[ME]) == {1} and g[2][3].kind == LinkKind.ORGANISATION
    assert g[1][2].why == "A and B know each other" and blocked == {3}
    assert [p.ids for p in best_paths(g, {3}, blocked)] == []
    assert [p.ids for p in best_paths(g, {2})] == [(1, 2)]


# --- Random graphs, checked against networkx ------------------------------------------

BIG = 100_000  # a link costs BIG - points: fewer links always win, then more points


def random_graph(seed: int) -> tuple[Graph, set[int], set[int]]:
    rng = random.Random(seed)
    n = rng.randint(5, 40)
    g: Graph = {ME: {}}
    for v in range(1, n + 1):
        g.setdefault(v, {})
    for _ in range(rng.randint(n, 3 * n)):
        a, b = rng.randint(0, n), rng.randint(1, n)
        add(g, a, b, L(rng.choice([50, 100, 200, 300, 400, 500, 600]) + rng.randint(0, 90)))
    targets = set(rng.sample(range(1, n + 1), rng.randint(1, 3)))
    blocked = set(rng.sample(range(1, n + 1), rng.randint(0, 3))) - targets
    return g, targets, blocked


def as_networkx(g: Graph, blocked: set[int]) -> nx.Graph:
    h = nx.Graph()
    for a, others in g.items():
        for b, made in others.items():
            if a not in blocked and b not in blocked:
                h.add_edge(a, b, w=BIG - made.points)
    return h


@pytest.mark.parametrize("seed", range(200))
def test_paths_on_random_graphs_agree_with_networkx(seed: int) -> None:
    g, targets, blocked = random_graph(seed)
    paths = best_paths(g, targets, blocked, limit=4)
    h = as_networkx(g, blocked)
    for p in paths:  # a real chain of links, nobody twice, nobody blocked, ends at a target
        chain = (ME, *p.ids)
        assert len(set(chain)) == len(chain) and not blocked & set(chain)
        assert p.ids[-1] in targets and not targets & set(p.ids[:-1])
        assert all(b in g[a] for a, b in zip(chain, chain[1:], strict=False))
        assert [g[a][b] for a, b in zip(chain, chain[1:], strict=False)] == list(p.links)
    keys = [(len(p.links), -p.points) for p in paths]
    assert keys == sorted(keys)  # shorter first, then stronger
    assert len({p.ids[0] for p in paths}) == len(paths)
    reachable = [t for t in targets if ME in h and t in h and nx.has_path(h, ME, t)]
    if not reachable:
        assert paths == []
        return
    cost, _ = nx.multi_source_dijkstra(h, set(reachable), target=ME, weight="w")
    hops = round(cost / BIG + 0.5)
    assert paths and (len(paths[0].links), -paths[0].points) == (hops, cost - hops * BIG)
    # each first person's path is its own best: networkx from that person without ME
    for p in paths:
        rest = h.subgraph(set(h) - {ME})
        if p.ids[0] in targets:
            continue
        sub, _ = nx.multi_source_dijkstra(rest, set(reachable), target=p.ids[0], weight="w")
        mine = sum(BIG - made.points for made in p.links[1:])
        assert mine == sub
