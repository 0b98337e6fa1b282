"""Warm paths on a pooled graph: coffeechat's arrays against networkx (and the others),
in the same run, on the same graph.

Run:  python bench/paths.py [--people 100000] [--links 1000000] [--queries 20]
                            [--db FILE.sqlite3|postgres://...] [--others] [--personal]

Without --db, bench/graphgen.py writes the graph into a new SQLite file in a temporary
folder (a --db that already holds people is used as it is). Then:
  load        the graph read from the database into coffeechat's arrays (paid once: the
              snapshot is saved beside the database), and the snapshot read back
  coffeechat  targets/snapshot.best_paths to everyone at an organisation, --queries
              organisations of every size, best 3 paths
  networkx    the same question on the same links: multi-source Dijkstra from the people at
              the organisation to the user, a link costing 100000 - its strength (so fewer
              links always win, then the strongest), the blocked left out; its graph built
              from the same rows (the time to read them is coffeechat's load)
Each answer is checked against networkx's: the same number of links and the same total
strength. With --others, rustworkx, igraph, scipy.sparse.csgraph and a recursive SQL
query answer the same question too. With --personal, a 30,000-person personal database
times `coffeechat path` against `python -c "import django; django.setup()"`.
Memory is the arrays' size, and the growth of the process's resident memory for networkx.
Goals: >= 10x faster than networkx, < 100 ms a query once loaded. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
BIG = 100_000


def rss() -> int:
    with open("/proc/self/statm") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def edge_arrays(snap: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each undirected link once, the blocked left out, as (a, b, cost)."""
    src = np.repeat(np.arange(len(snap.indptr) - 1), np.diff(snap.indptr))
    dst = snap.indices.astype(np.int64)
    keep = (src < dst) & ~snap.blocked[src] & ~snap.blocked[dst]
    return src[keep], dst[keep], BIG - snap.points[keep].astype(np.int64)


def answer(cost: float) -> tuple[int, int]:
    hops = int(cost // BIG) + (1 if cost % BIG else 0)
    return hops, hops * BIG - int(cost)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--links", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--db")
    parser.add_argument("--others", action="store_true")
    parser.add_argument("--personal", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coffeechat-paths-"))
    db = args.db or str(folder / "pool.sqlite3")
    os.environ["COFFEECHAT_DB"] = db
    os.environ.setdefault("COFFEECHAT_NOW", "2026-11-25 09:00")
    from coffeechat import bootstrap, clock

    bootstrap.setup()
    from django.db import connection

    from coffeechat.accounts.services import local_owner
    from coffeechat.people.models import Person
    from coffeechat.targets import snapshot

    owner = local_owner().id
    if not Person.objects.filter(owner_id=owner).exists():
        import graphgen

        took, timings = timed(lambda: graphgen.generate(db, args.people, args.links, 1))
        print(f"generated {args.people:,} people, {args.links:,} links in {took:.0f} s "
              f"({', '.join(f'{k} {v:.0f} s' for k, v in timings.items())})")
    file = folder / "graph.npz"
    with connection.cursor() as cursor:
        build_s, snap = timed(lambda: snapshot.build(cursor, owner, clock.now()))
    save_s, _ = timed(lambda: snapshot.save(snap, file))
    read_s, snap = timed(lambda: snapshot.read(file))
    links = snap.links
    print(f"graph: {len(snap.indptr) - 1:,} nodes, {links:,} links (ties, intro requests, "
          f"small organisations, mine); {int(snap.blocked.sum()):,} blocked")
    print(f"load from the database {build_s:.1f} s; snapshot saved {save_s:.2f} s, "
          f"read back {read_s * 1000:.0f} ms; arrays {snap.nbytes / links * 1e6 / 2**20:.0f} "
          f"MiB per million links")
    rng = np.random.default_rng(7)
    orgs = np.unique(snap.organisation[snap.organisation > 0])
    chosen = rng.choice(orgs, min(args.queries, len(orgs)), replace=False)
    targets = [snapshot.at_organisation(snap, [int(o)]) for o in chosen]
    ours = []
    answers = []
    for t in targets:
        took, paths = timed(lambda t=t: snapshot.best_paths(snap, t, limit=3))
        ours.append(took)
        answers.append((len(paths[0][0]), paths[0][1]) if paths else None)
    a, b, cost = edge_arrays(snap)
    results: dict[str, list[float]] = {"coffeechat": ours}
    import networkx as nx

    before = rss()
    build_nx, graph = timed(lambda: _networkx(nx, a, b, cost))
    nx_mib = (rss() - before) / links * 1e6 / 2**20
    theirs = []
    agree = 0
    for t, mine in zip(targets, answers, strict=True):
        sources = {int(x) for x in t if x in graph}
        took, found = timed(lambda s=sources: _nx_query(nx, graph, s))
        theirs.append(took)
        agree += (answer(found) if found is not None else None) == mine
    results["networkx"] = theirs
    print(f"networkx graph built in {build_nx:.1f} s (+ the same read), "
          f"{nx_mib:.0f} MiB per million links")
    if args.others:
        results.update(_others(snap, a, b, cost, targets, answers, links))
    base = statistics.median(ours)
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:>11}: median {median * 1000:8.1f} ms, max {max(times) * 1000:8.1f} ms"
              + (f", {median / base:6.1f}x coffeechat's time" if name != "coffeechat" else ""))
    print(f"networkx agrees on {agree} of {len(targets)} answers (links, total strength)")
    if args.personal:
        personal(folder)


def _networkx(nx: Any, a: np.ndarray, b: np.ndarray, cost: np.ndarray) -> Any:
    graph = nx.Graph()
    graph.add_weighted_edges_from(zip(a.tolist(), b.tolist(), cost.tolist(), strict=True))
    return graph


def _nx_query(nx: Any, graph: Any, sources: set[int]) -> float | None:
    if not sources or 0 not in graph:
        return None
    try:
        return float(nx.multi_source_dijkstra(graph, sources, target=0)[0])
    except nx.NetworkXNoPath:
        return None


def _others(snap: Any, a: np.ndarray, b: np.ndarray, cost: np.ndarray,
            targets: list[np.ndarray], answers: list[Any], links: int
            ) -> dict[str, list[float]]:
    """The same question through each library, each checked against coffeechat's answer."""
    out: dict[str, list[float]] = {}
    size = len(snap.indptr) - 1

    def check(name: str, found: list[float | None]) -> None:
        same = sum((answer(f) if f is not None and np.isfinite(f) else None) == m
                   for f, m in zip(found, answers, strict=True))
        print(f"{name} agrees on {same} of {len(answers)}")

    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra

    took, matrix = timed(lambda: sp.csr_matrix(
        (np.r_[cost, cost], (np.r_[a, b], np.r_[b, a])), shape=(size, size)))
    print(f"scipy.sparse matrix built in {took:.1f} s, "
          f"{matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes:,} bytes")
    times, found = [], []
    for t in targets:
        took, dist = timed(lambda t=t: dijkstra(matrix, indices=t, min_only=True))
        times.append(took)
        found.append(float(dist[0]))
    out["scipy"] = times
    check("scipy", found)
    import rustworkx as rx

    def rx_graph() -> Any:
        graph = rx.PyGraph(multigraph=False)
        graph.add_nodes_from(range(size))
        graph.add_edges_from(list(zip(a.tolist(), b.tolist(), cost.tolist(), strict=True)))
        return graph

    before = rss()
    took, graph = timed(rx_graph)
    print(f"rustworkx graph built in {took:.1f} s, "
          f"{(rss() - before) / links * 1e6 / 2**20:.0f} MiB per million links")
    times, found = [], []
    for t in targets:
        def query(t: np.ndarray = t) -> float | None:
            lengths = rx.dijkstra_shortest_path_lengths(graph, 0, float)
            costs = [lengths[int(x)] for x in t if int(x) in lengths]
            return min(costs) if costs else None
        took, f = timed(query)
        times.append(took)
        found.append(f)
    out["rustworkx"] = times
    check("rustworkx", found)
    import igraph as ig

    before = rss()
    took, g = timed(lambda: ig.Graph(n=size, edges=np.stack([a, b], axis=1),
                                     edge_attrs={"w": cost}))
    print(f"igraph graph built in {took:.1f} s, "
          f"{(rss() - before) / links * 1e6 / 2**20:.0f} MiB per million links")
    times, found = [], []
    for t in targets:
        took, d = timed(lambda t=t: g.distances(source=[0], target=t.tolist(), weights="w"))
        times.append(took)
        found.append(min(d[0]) if d[0] else None)
    out["igraph"] = times
    check("igraph", found)
    out["sql"] = _sql(targets[:3])
    return out


def _sql(targets: list[np.ndarray]) -> list[float]:
    """A lower bound for SQL: only who is within two `knows` ties of the organisation
    (no strengths, no other kinds of link), by a recursive query over the indexed ties."""
    from django.db import connection

    times = []
    for t in targets:
        ids = ",".join(str(int(x)) for x in t)
        sql = (f"WITH RECURSIVE near(id, depth) AS (SELECT id, 0 FROM people_person WHERE id "
               f"IN ({ids}) UNION SELECT CASE WHEN t.person_id = near.id THEN t.knows_id "
               "ELSE t.person_id END, depth + 1 FROM near JOIN people_tie t ON "
               "(t.person_id = near.id OR t.knows_id = near.id) WHERE depth < 2) "
               "SELECT COUNT(DISTINCT id) FROM near")
        with connection.cursor() as cursor:
            took, _ = timed(lambda sql=sql, c=cursor: (c.execute(sql), c.fetchone()))
        times.append(took)
    return times


def personal(folder: Path) -> None:
    """`coffeechat path` on a 30,000-person personal database against django.setup():
    `--json`, the text with its three checked drafts, and the same with what a real user
    has recorded (their background, and research notes on everyone, which the drafts
    quote and word with lemminflect's dictionary)."""
    import sqlite3

    import graphgen

    db = folder / "personal.sqlite3"
    noted = folder / "personal-noted.sqlite3"
    env = {**os.environ, "COFFEECHAT_DB": str(db)}
    subprocess.run([sys.executable, str(Path(graphgen.__file__)), "--db", str(db),
                    "--people", "30000", "--links", "60000"], check=True, env=env,
                   capture_output=True)
    noted.write_bytes(db.read_bytes())
    subprocess.run([sys.executable, "-m", "coffeechat", "me", "--name", "Alex Kim",
                    "--background", "9 years teaching middle-school science"],
                   check=True, env={**env, "COFFEECHAT_DB": str(noted)}, capture_output=True)
    with sqlite3.connect(noted) as connection:  # the triggers note the change
        connection.execute("UPDATE people_person SET notes = 'Led the churn rebuild; wrote "
                           "about grid analytics on the company blog'")
    commands = {
        "baseline": [sys.executable, "-c", "import django; django.setup()"],
        "path --org": [sys.executable, "-m", "coffeechat", "path", "--org", "Organisation 7"],
        "path --json": [sys.executable, "-m", "coffeechat", "path", "--org",
                        "Organisation 120", "--json"],
        "with notes": [sys.executable, "-m", "coffeechat", "--db", str(noted), "path",
                       "--org", "Organisation 7"],
    }
    env["DJANGO_SETTINGS_MODULE"] = "coffeechat.settings"
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(7):
        for name, command in commands.items():
            took, done = timed(lambda c=command: subprocess.run(c, env=env, capture_output=True))
            assert done.returncode == 0, done.stderr
            times[name].append(took)
    base = statistics.median(times["baseline"])
    for name, taken in times.items():
        print(f"personal 30,000 people: {name:>11} {statistics.median(taken) * 1000:6.0f} ms"
              f" = {statistics.median(taken) / base:.2f}x the baseline")


if __name__ == "__main__":
    main()
