"""Everyone's insight parts brought up to date after random changes (people added,
removed, their events and notes changed) are what they would be summed from nothing."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import PersonFact
from coffeechat.writing.insights import PersonPart, person_part, summary_of, updated, whole

START = datetime(2026, 9, 1, 9)
TEXTS = ["SQL", "sql queries", "Python", "public speaking", "Negotiation", "Excel"]


def random_part(rng: random.Random, pid: int) -> PersonPart:
    events = tuple(
        EventFact(rng.choice(list(Kind)), START + timedelta(days=rng.randrange(0, 30)),
                  rng.choice([None, None, 1, 2]))
        for _ in range(rng.randrange(0, 6))
    )
    person = PersonFact(pid, rng.choice(["Ann", "Bo", "Cy"]), events=events,
                        referred_by_id=rng.choice([None, None, 1, 3]))
    notes = [(rng.choice(["skill", "advice", "trend"]), rng.choice(TEXTS),
              rng.choice([None, START + timedelta(days=rng.randrange(0, 9))]))
             for _ in range(rng.choice([0, 0, 1, 3]))]
    return person_part(person, 100 + pid, notes)


@pytest.mark.parametrize("seed", range(40))
def test_parts_brought_up_to_date_are_the_parts_summed_from_nothing(seed: int) -> None:
    rng = random.Random(seed)
    people = {pid: random_part(rng, pid) for pid in range(1, rng.randrange(2, 40))}
    parts = whole(people)
    for _ in range(5):
        changed = frozenset(rng.sample(range(1, 50), rng.randrange(0, 6)))
        fresh = {pid: random_part(rng, pid) for pid in changed if rng.random() < 0.7}
        people = {pid: part for pid, part in people.items() if pid not in changed} | fresh
        parts = updated(parts, fresh, changed)
        assert parts == whole(people)
        assert summary_of(parts, ["SQL"]) == summary_of(whole(people), ["SQL"])
