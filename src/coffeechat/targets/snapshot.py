"""The warm-path graph of a large pooled database as arrays (numpy CSR), and the same
search as `rules/paths.py`, a layer at a time over whole arrays.

`coffeechat path` on a personal database reads the graph through the ORM and searches it
in plain Python (`network.py`, `rules/paths.py`): thousands of people, no numpy. A career
centre's pool of a million people and ten million links is too big for that: here the
links are read with a few flat SQL queries into three arrays (each person's neighbours,
sorted, and each link's strength in hundredths), saved in one `.npz` file (engine.py
says where) and rebuilt only when its fingerprint (the day, and the number the database's
triggers move on every write to the graph's tables: `changes.py`) changes. Strengths,
who I know and who is blocked follow the same rules (`rules/links.py`); tests check
that both searches give the same paths.
"""

from __future__ import annotations

import contextlib
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from coffeechat.rules.links import (
    FRESH_BONUS,
    HALF_LIFE_DAYS,
    LINK_KINDS,
    ME,
    ORG_LIMIT,
    SOURCE_KINDS,
    Known,
    LinkKind,
    my_link,
)
from coffeechat.rules.paths import ANSWER_RANK
from coffeechat.rules.timeline import Kind
from coffeechat.targets import arrays

Ints = npt.NDArray[np.int64]


@dataclass
class Snapshot:
    indptr: Ints  # node -> start of its neighbours in `indices`
    indices: npt.NDArray[np.int32]  # neighbours, sorted within each node
    points: npt.NDArray[np.int16]  # the link's strength in hundredths
    organisation: npt.NDArray[np.int32]  # node -> organisation id (0: none)
    blocked: npt.NDArray[np.bool_]
    fingerprint: Ints

    @property
    def links(self) -> int:
        return len(self.indices) // 2

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.indptr, self.indices, self.points,
                                      self.organisation, self.blocked))

    def link_points(self, a: int, b: int) -> int:
        lo, hi = int(self.indptr[a]), int(self.indptr[a + 1])
        at = lo + int(np.searchsorted(self.indices[lo:hi], b))
        if at >= hi or self.indices[at] != b:
            raise KeyError((a, b))
        return int(self.points[at])


def fingerprint(cursor: Any, owner: int, now: datetime) -> Ints:
    return np.array(arrays.fingerprint(cursor, owner, now), dtype=np.int64)


def _freshness(days: Ints) -> Ints:
    """rules.links.points' bonus for links `days` old, rounded the same way."""
    bonus = FRESH_BONUS * 0.5 ** (np.maximum(days, 0) / HALF_LIFE_DAYS)
    return np.round(bonus).astype(np.int64)


def build(cursor: Any, owner: int, now: datetime) -> Snapshot:
    """The graph of `owner`'s rows, read with flat queries."""
    mark = fingerprint(cursor, owner, now)
    cursor.execute("SELECT id, organisation_id, source, connected_on FROM people_person "
                   "WHERE owner_id = %s", [owner])
    people = cursor.fetchall()
    size = max((row[0] for row in people), default=0) + 1
    organisation = np.zeros(size, dtype=np.int32)
    ids = np.fromiter((row[0] for row in people), dtype=np.int64, count=len(people))
    organisation[ids] = np.fromiter((row[1] or 0 for row in people), dtype=np.int64,
                                    count=len(people))
    blocked = np.zeros(size, dtype=np.bool_)
    a: list[Ints] = []
    b: list[Ints] = []
    p: list[Ints] = []
    cursor.execute("SELECT person_id, knows_id FROM people_tie WHERE owner_id = %s", [owner])
    ties = np.array(cursor.fetchall(), dtype=np.int64).reshape(-1, 2)
    a.append(ties[:, 0])
    b.append(ties[:, 1])
    p.append(np.full(len(ties), LINK_KINDS[LinkKind.CLOSE].points, dtype=np.int64))
    # Events: links through connectors, who I met or heard from, who declined.
    cursor.execute(
        "SELECT c.person_id, e.kind, e.at, e.other_id FROM pipeline_event e JOIN "
        "pipeline_conversation c ON c.id = e.conversation_id WHERE c.owner_id = %s AND "
        "(e.other_id IS NOT NULL OR e.kind IN (%s, %s, %s))",
        [owner, Kind.MET.value, Kind.REPLIED.value, Kind.DECLINED.value],
    )
    latest: dict[tuple[int, str], datetime] = {}
    linked: dict[str, list[tuple[int, int, datetime]]] = defaultdict(list)
    for person, kind, at, other in cursor.fetchall():
        moment = arrays.moment(at)
        assert moment is not None
        if kind == Kind.DECLINED.value:
            blocked[person] = True
        if other is not None and kind in (Kind.INTRODUCED.value, Kind.INTRO_REQUESTED.value):
            linked[kind].append((other, person, moment))
            if kind == Kind.INTRODUCED.value:
                latest[(other, "introduced")] = moment
        latest[(person, kind)] = moment
    cursor.execute("SELECT referred_by_id, person_id, referred_at FROM pipeline_conversation "
                   "WHERE owner_id = %s AND referred_by_id IS NOT NULL", [owner])
    for by, to, at in cursor.fetchall():
        moment = arrays.moment(at)
        linked[Kind.INTRODUCED.value].append((by, to, moment or now))
        if moment is not None:
            key = (by, "introduced")
            latest[key] = max(moment, latest.get(key, moment))
    for kind, rows in linked.items():
        made = LinkKind.INTRODUCED if kind == Kind.INTRODUCED.value else LinkKind.CLOSE
        arr = np.array([(x, y, (now.date() - m.date()).days) for x, y, m in rows],
                       dtype=np.int64).reshape(-1, 3)
        a.append(arr[:, 0])
        b.append(arr[:, 1])
        p.append(LINK_KINDS[made].points + _freshness(arr[:, 2]))
    _organisation_links(organisation, a, b, p)
    cursor.execute("SELECT person_id, organisation_id FROM people_pastorganisation "
                   "WHERE owner_id = %s", [owner])
    past = np.array(cursor.fetchall(), dtype=np.int64).reshape(-1, 2)
    _past_organisation_links(organisation, past, a, b, p)
    cursor.execute(
        "SELECT t.person_id FROM people_person_tags t JOIN people_tag g ON g.id = t.tag_id "
        "WHERE g.owner_id = %s AND LOWER(g.name) = %s", [owner, arrays.DO_NOT_CONTACT])
    blocked[[row[0] for row in cursor.fetchall()]] = True
    mine = _my_links(people, latest, blocked, now)
    a.append(np.zeros(len(mine), dtype=np.int64))
    b.append(np.array([m[0] for m in mine], dtype=np.int64))
    p.append(np.array([m[1] for m in mine], dtype=np.int64))
    return _csr(size, np.concatenate(a), np.concatenate(b), np.concatenate(p), organisation,
                blocked, mark)


def _organisation_links(organisation: npt.NDArray[np.int32], a: list[Ints], b: list[Ints],
                        p: list[Ints]) -> None:
    """Everyone at one organisation of `ORG_LIMIT` people or fewer, pairwise (weak)."""
    people = np.nonzero(organisation)[0]
    order = people[np.argsort(organisation[people], kind="stable")]
    orgs = organisation[order]
    starts = np.flatnonzero(np.r_[True, orgs[1:] != orgs[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    for size in np.unique(sizes):
        if size < 2 or size > ORG_LIMIT:
            continue
        groups = order[starts[sizes == size][:, None] + np.arange(size)]  # one row a group
        i, j = np.triu_indices(int(size), 1)
        a.append(groups[:, i].ravel())
        b.append(groups[:, j].ravel())
        p.append(np.full(a[-1].shape, LINK_KINDS[LinkKind.ORGANISATION].points, dtype=np.int64))


def _past_organisation_links(organisation: npt.NDArray[np.int32], past: Ints, a: list[Ints],
                             b: list[Ints], p: list[Ints]) -> None:
    """As rules/links.build: everyone at an organisation now or before (`past`: person,
    organisation rows), when there are `ORG_LIMIT` of them or fewer, pairwise, except
    two who are both there now (weaker than a present one)."""
    person, org = past[:, 0], past[:, 1]
    keep = organisation[person] != org  # a current organisation is not a past one
    if not keep.any():
        return
    past_org, past_person = org[keep], person[keep]  # each pair once: a unique constraint
    has_past = np.zeros(max(int(past_org.max()), int(organisation.max())) + 1, dtype=np.bool_)
    has_past[past_org] = True
    now_there = np.flatnonzero(has_past[organisation] & (organisation > 0))
    member_org = np.r_[past_org, organisation[now_there].astype(np.int64)]
    member = np.r_[past_person, now_there.astype(np.int64)]
    before = np.r_[np.ones(len(past_org), dtype=np.bool_),
                   np.zeros(len(now_there), dtype=np.bool_)]
    order = np.argsort(member_org, kind="stable")
    member_org, member, before = member_org[order], member[order], before[order]
    starts = np.flatnonzero(np.r_[True, member_org[1:] != member_org[:-1]])
    sizes = np.diff(np.r_[starts, len(member)])
    for size in np.unique(sizes):
        if size < 2 or size > ORG_LIMIT:
            continue
        at = starts[sizes == size][:, None] + np.arange(size)  # one row a group
        i, j = np.triu_indices(int(size), 1)
        either = (before[at[:, i]] | before[at[:, j]]).ravel()
        a.append(member[at[:, i]].ravel()[either])
        b.append(member[at[:, j]].ravel()[either])
        p.append(np.full(a[-1].shape, LINK_KINDS[LinkKind.PAST_ORGANISATION].points,
                         dtype=np.int64))


def _my_links(people: Sequence[tuple[Any, ...]], latest: dict[tuple[int, str], datetime],
              blocked: npt.NDArray[np.bool_], now: datetime) -> list[tuple[int, int]]:
    """(person, points) of my link to everyone I know, by the same rule as the ORM read."""
    def day(person: int, kind: str) -> date | None:
        moment = latest.get((person, kind))
        return moment.date() if moment is not None else None

    out = []
    for pid, _, source, connected in people:
        if source not in SOURCE_KINDS and not any(
            (pid, k) in latest for k in (Kind.MET.value, Kind.REPLIED.value, "introduced")
        ):
            continue
        if isinstance(connected, str):
            connected = date.fromisoformat(connected)
        known = Known(pid, "", source=source, met_on=day(pid, Kind.MET.value),
                      replied_on=day(pid, Kind.REPLIED.value),
                      introduced_on=day(pid, "introduced"), connected_on=connected,
                      blocked=bool(blocked[pid]))
        made = my_link(known, now)
        if made is not None:
            out.append((pid, made.points))
    return out


def _csr(size: int, a: Ints, b: Ints, p: Ints, organisation: npt.NDArray[np.int32],
         blocked: npt.NDArray[np.bool_], mark: Ints) -> Snapshot:
    """Both directions of every pair, the strongest link of a pair kept."""
    keep = a != b
    a, b, p = a[keep], b[keep], p[keep]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    order = np.lexsort((-p, hi, lo))
    lo, hi, p = lo[order], hi[order], p[order]
    first = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]
    lo, hi, p = lo[first], hi[first], p[first]
    src = np.concatenate([lo, hi])
    dst = np.concatenate([hi, lo])
    pts = np.concatenate([p, p])
    order = np.lexsort((dst, src))
    counts = np.bincount(src, minlength=size)
    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return Snapshot(indptr, dst[order].astype(np.int32), pts[order].astype(np.int16),
                    organisation, blocked, mark)


def save(snapshot: Snapshot, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)  # the data folder's snapshots/
    temporary = path.with_name(path.name + ".part.npz")
    np.savez(temporary, indptr=snapshot.indptr, indices=snapshot.indices,
             points=snapshot.points, organisation=snapshot.organisation,
             blocked=snapshot.blocked, fingerprint=snapshot.fingerprint)
    temporary.replace(path)  # a reader never sees half a file


def read(path: Path) -> Snapshot | None:
    try:
        with np.load(path) as data:
            return Snapshot(data["indptr"], data["indices"], data["points"],
                            data["organisation"], data["blocked"], data["fingerprint"])
    except (OSError, KeyError, ValueError):
        return None


def current(cursor: Any, owner: int, path: Path, now: datetime) -> tuple[Snapshot, bool]:
    """The snapshot at `path` when its fingerprint still matches, else built anew and
    saved; and whether it was rebuilt."""
    kept = read(path)
    if kept is not None and np.array_equal(kept.fingerprint, fingerprint(cursor, owner, now)):
        return kept, False
    made = build(cursor, owner, now)
    with contextlib.suppress(OSError):  # a folder I may read, not write: build next time
        save(made, path)
    return made, True


def best_paths(snapshot: Snapshot, targets: Sequence[int] | Ints, *, limit: int = 3,
               answers: dict[int, str] | None = None) -> list[tuple[tuple[int, ...], int]]:
    """rules.paths.best_paths over the arrays: (chain from the first person, total points)
    of the best `limit` paths, each from a different person I know."""
    indptr, indices, points, blocked = (snapshot.indptr, snapshot.indices, snapshot.points,
                                        snapshot.blocked)
    size = len(indptr) - 1
    mine_ids = indices[indptr[ME]:indptr[ME + 1]]
    mine = np.zeros(size, dtype=np.bool_)
    mine[mine_ids] = True
    start = np.unique(np.asarray(targets, dtype=np.int64))
    start = start[(start != ME) & (start < size)]
    start = start[~blocked[start]]
    dist = np.full(size, -1, dtype=np.int32)
    best = np.zeros(size, dtype=np.int64)
    nxt = np.full(size, -1, dtype=np.int64)
    closed = blocked.copy()
    closed[ME] = True
    dist[start] = 0
    found = int(mine[start].sum())
    frontier, depth = start, 0
    while frontier.size and found < limit:
        depth += 1
        lo, hi = indptr[frontier], indptr[frontier + 1]
        counts = hi - lo
        total = int(counts.sum())
        if total == 0:
            break
        offsets = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(total)
        src = np.repeat(frontier, counts)
        dst = indices[offsets].astype(np.int64)
        fresh = (dist[dst] < 0) & ~closed[dst]
        src, dst = src[fresh], dst[fresh]
        offer = best[src] + points[offsets[fresh]]
        order = np.lexsort((src, -offer, dst))  # per person: most points, then lowest id
        dst_sorted = dst[order]
        first = order[np.r_[True, dst_sorted[1:] != dst_sorted[:-1]]] if order.size else order
        layer = dst[first]
        dist[layer], best[layer], nxt[layer] = depth, offer[first], src[first]
        found += int(mine[layer].sum())
        frontier = layer
    reached = mine_ids[(dist[mine_ids] >= 0) & ~blocked[mine_ids]].astype(np.int64)
    mine_points = points[indptr[ME]:indptr[ME + 1]][(dist[mine_ids] >= 0)
                                                     & ~blocked[mine_ids]]
    total_points = mine_points.astype(np.int64) + best[reached]
    rank = np.full(len(reached), ANSWER_RANK["unknown"], dtype=np.int64)
    for i, person in enumerate(reached.tolist() if answers else ()):
        rank[i] = ANSWER_RANK.get((answers or {}).get(person, ""), rank[i])
    ranked = np.lexsort((reached, rank, -total_points, dist[reached]))[:limit]
    paths = []
    for at in ranked:
        chain = [int(reached[at])]
        while nxt[chain[-1]] >= 0:
            chain.append(int(nxt[chain[-1]]))
        paths.append((tuple(chain), int(total_points[at])))
    return paths


def at_organisation(snapshot: Snapshot, organisation_ids: Sequence[int]) -> Ints:
    return np.flatnonzero(np.isin(snapshot.organisation, organisation_ids)).astype(np.int64)


def mine(snapshot: Snapshot) -> dict[int, int]:
    """The people I know and my link's points."""
    lo, hi = snapshot.indptr[ME], snapshot.indptr[ME + 1]
    return dict(zip(snapshot.indices[lo:hi].tolist(), snapshot.points[lo:hi].tolist(),
                    strict=True))


def degrees(snapshot: Snapshot, people: Sequence[int]) -> dict[int, int]:
    """How many people each of `people` knows, besides me (who knows them all)."""
    counts = np.diff(snapshot.indptr)
    return {p: int(counts[p]) - 1 for p in people}


def as_arrays(snapshot: Snapshot) -> arrays.Arrays:
    """The snapshot as the standard library's arrays (what `path` searches)."""
    def plain(values: npt.NDArray[Any], code: str) -> array[int]:
        out = array(code)
        out.frombytes(values.astype(np.dtype(code).newbyteorder("<")).tobytes())
        return out

    return arrays.Arrays(
        plain(snapshot.indptr, "q"), plain(snapshot.indices, "i"), plain(snapshot.points, "h"),
        plain(snapshot.organisation, "i"), plain(snapshot.blocked.astype(np.uint8), "B"),
        plain(snapshot.fingerprint, "q"))


def from_arrays(plain: arrays.Arrays) -> Snapshot:
    """The other way, without copying: numpy views of the standard library's arrays."""
    return Snapshot(np.frombuffer(plain.indptr, dtype=np.int64),
                    np.frombuffer(plain.indices, dtype=np.int32),
                    np.frombuffer(plain.points, dtype=np.int16),
                    np.frombuffer(plain.organisation, dtype=np.int32),
                    np.frombuffer(plain.blocked, dtype=np.bool_),
                    np.frombuffer(plain.fingerprint, dtype=np.int64))
