"""The demo is a believable pipeline: every stage, every rule, and an agenda a job seeker
who uses coffeechat could have (what is overdue is recent)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from coffeechat.accounts.services import local_owner
from coffeechat.pipeline.agenda import load_world, today
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.services import land
from coffeechat.rules.agenda import ActionKind
from coffeechat.rules.timeline import Stage, fold

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("size", "seed"), [(20, 7), (40, 7), (40, 3), (120, 11)])
def test_every_stage_and_every_rule_is_in_even_a_small_demo(size: int, seed: int) -> None:
    owner = local_owner()
    fill(owner=owner, now=NOW, size=size, seed=seed)
    world = load_world(owner)
    assert {fold(p.events).stage for p in world.people.values()} == set(Stage)
    result, _ = today(owner=owner, at=NOW)
    shown = {a.kind for a in (*result.items, *result.upcoming)}
    # second_contact belongs to the 3B7 schedule; announce_landing comes with landing.
    assert shown == set(ActionKind) - {ActionKind.SECOND_CONTACT, ActionKind.ANNOUNCE_LANDING}
    late = [a for a in result.items if a.overdue(NOW)]
    assert len(late) <= len(result.items) // 2
    assert all(a.due > NOW - timedelta(days=30) for a in late), late


def test_landing_on_the_demo_asks_to_tell_everyone_met() -> None:
    owner = local_owner()
    fill(owner=owner, now=NOW, size=40)
    land(owner=owner, role="Product Marketing Associate", organisation="Verdant Grid", on=NOW)
    result, world = today(owner=owner, at=NOW + timedelta(days=1))
    told = {a.person_id for a in result.items if a.kind is ActionKind.ANNOUNCE_LANDING}
    met = {pid for pid, p in world.people.items() if fold(p.events).met_at is not None}
    assert told == met and len(met) >= 10
