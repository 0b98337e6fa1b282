"""The arrays' graph and search against the ORM read and the plain rules: two ways to
the same answer, on the demo with ties, referrals, intro requests, past organisations and
a declined person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.rules.links import ORG_LIMIT, LinkKind
from coffeechat.rules.paths import best_paths
from coffeechat.targets import snapshot
from coffeechat.targets.network import load
from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def demo() -> None:
    run("demo", "--people", "60")
    people = run_json("people")
    names = [p["name"] for p in people]
    for a, b in zip(names[::3], names[1::3], strict=False):
        run("knows", a, b)
    run("edit", names[5], "--tag", "do-not-contact")
    orgs = sorted({p["organisation"] for p in people if p["organisation"]})
    for i, name in enumerate(names[::4]):  # where they worked before: demo orgs and Initech
        run("edit", name, "--past-org", orgs[i % len(orgs)], "--past-org", "Initech")


def same_graph(network: Any, snap: snapshot.Snapshot) -> None:
    for node, others in network.graph.items():
        lo, hi = snap.indptr[node], snap.indptr[node + 1]
        assert dict(zip(snap.indices[lo:hi].tolist(), snap.points[lo:hi].tolist(),
                        strict=True)) == {o: made.points for o, made in others.items()}


def test_the_arrays_hold_the_same_graph_as_the_rules() -> None:
    demo()
    owner = local_owner()
    network = load(owner)
    kinds = {made.kind for others in network.graph.values() for made in others.values()}
    assert {LinkKind.ORGANISATION, LinkKind.PAST_ORGANISATION} <= kinds
    with connection.cursor() as cursor:
        snap = snapshot.build(cursor, owner.id, clock.now())
    same_graph(network, snap)
    assert set(snap.blocked.nonzero()[0].tolist()) == network.blocked
    assert snap.links == sum(len(o) for o in network.graph.values()) // 2


def test_the_arrays_find_the_same_paths_to_every_organisation_and_person() -> None:
    demo()
    owner = local_owner()
    network = load(owner)
    with connection.cursor() as cursor:
        snap = snapshot.build(cursor, owner.id, clock.now())
    groups: dict[str, set[int]] = {}
    for pid, org in network.organisations.items():
        groups.setdefault(org, set()).add(pid)
    targets = list(groups.values()) + [{pid} for pid in network.names if pid]
    for target in targets:
        for limit in (1, 3, 10):
            plain = best_paths(network.graph, target, network.blocked, limit=limit)
            arrays = snapshot.best_paths(snap, sorted(target), limit=limit)
            assert [(p.ids, p.points) for p in plain] == arrays


def test_the_snapshot_is_kept_until_a_link_changes(tmp_path: Path) -> None:
    demo()
    owner = local_owner()
    file = tmp_path / "graph.npz"
    now = datetime(2026, 11, 25, 9, 0)
    with connection.cursor() as cursor:
        first, rebuilt = snapshot.current(cursor, owner.id, file, now)
        assert rebuilt and file.exists()
        again, rebuilt = snapshot.current(cursor, owner.id, file, now)
        assert not rebuilt and (again.indices == first.indices).all()
    run("add", "Zed Noor", "--knows", run_json("people")[0]["name"])
    with connection.cursor() as cursor:
        changed, rebuilt = snapshot.current(cursor, owner.id, file, now)
    assert rebuilt and changed.links == first.links + 1
    # A past organisation given, then taken back: each is a change of links.
    for change in ("--past-org", "--no-past-org"):
        run("edit", "Zed Noor", change, "Initech")
        with connection.cursor() as cursor:
            again, rebuilt = snapshot.current(cursor, owner.id, file, now)
            assert rebuilt and not snapshot.current(cursor, owner.id, file, now)[1]
        assert (again.links > changed.links) == (change == "--past-org")


def test_the_file_reads_back_without_numpy_and_both_searches_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coffeechat.targets import arrays, engine

    demo()
    owner = local_owner()
    with connection.cursor() as cursor:
        snap = snapshot.build(cursor, owner.id, clock.now())
    snapshot.save(snap, tmp_path / "graph.npz")
    plain = arrays.read(tmp_path / "graph.npz")
    assert plain == snapshot.as_arrays(snap)
    assert arrays.read(tmp_path / "missing.npz") is None
    network = load(owner)
    for org in set(network.organisations.values()):
        there = engine.people_at(plain, owner, org)
        small = engine.search(plain, there, limit=3, answers=network.answers)
        monkeypatch.setattr(engine, "BIG_GRAPH", 0)
        big = engine.search(plain, there, limit=3, answers=network.answers)
        monkeypatch.undo()
        assert small == big


def test_past_organisations_link_the_same_in_both_reads_at_and_past_the_limit() -> None:
    """Acme: 30 people now and 30 who left (more than ORG_LIMIT together: only those there
    now are linked); Initech: 3 now, 5 who left, one of whom is back (current, not past);
    two who share a present and a past employer."""
    from coffeechat.people.models import Organisation, PastOrganisation, Person

    owner = local_owner()
    acme, initech, globex = (Organisation.objects.create(owner=owner, name=n)
                             for n in ("Acme", "Initech", "Globex"))
    now = clock.now()

    def person(n: int, org: Any, source: str = "other") -> Person:
        return Person.objects.create(owner=owner, name=f"P{n}", organisation=org,
                                     source=source, created_at=now)

    people = [person(n, acme, "friend" if n % 7 == 0 else "other") for n in range(30)]
    left_acme = [person(n, None, "alumni" if n % 5 == 0 else "other") for n in range(30, 60)]
    at_initech = [person(n, initech, "linkedin") for n in range(60, 63)]
    left_initech = [person(n, globex) for n in range(63, 68)]
    back = at_initech[0]
    rows = [(p, acme) for p in left_acme] + [(p, initech) for p in left_initech]
    rows += [(back, initech), (people[1], initech), (people[2], initech)]
    PastOrganisation.objects.bulk_create(
        [PastOrganisation(owner=owner, person=p, organisation=o) for p, o in rows])
    assert 30 <= ORG_LIMIT < 60
    network = load(owner)
    with connection.cursor() as cursor:
        snap = snapshot.build(cursor, owner.id, now)
    same_graph(network, snap)
    assert all(set(network.graph[p.id]) <= {0} for p in left_acme)  # me at most
    assert network.graph[people[1].id][people[2].id].kind == LinkKind.ORGANISATION
    assert network.graph[left_initech[0].id][back.id].kind == LinkKind.PAST_ORGANISATION
    for target in ({p.id for p in at_initech}, {p.id for p in people}, {left_initech[1].id}):
        for limit in (1, 3, 10):
            plain = best_paths(network.graph, target, network.blocked, limit=limit)
            assert [(p.ids, p.points) for p in plain] == snapshot.best_paths(
                snap, sorted(target), limit=limit)
