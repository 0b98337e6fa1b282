"""The agenda from actions worked out once (`prepare`, `agenda_at`) is the agenda the
rules give at that moment, at any moment, in any world."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from coffeechat.rules.agenda import agenda, agenda_at, prepare, update
from coffeechat.rules.policy import BUSINESS_3B7, Policy
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import CommitmentFact, PersonFact, World, cut, latest, moments

START = datetime(2026, 9, 1, 9, 0)
ORGANISATIONS = ["", "Verdant Grid", "Helio Homes", "Tidewater"]
TEXTS = ["send the article", "flag me for the opening", "intro to her manager"]
POLICIES = [Policy(), Policy(schedule=BUSINESS_3B7), Policy(upcoming_days=1, move_on_days=3)]


def moment(rng: random.Random, days: int = 40) -> datetime:
    """A moment in the `days` from START: mostly on the hour of a few (so that many
    actions share a deadline, and their order is the rules' tie-break), else any minute."""
    if rng.random() < 0.7:
        return START + timedelta(days=rng.randrange(days), hours=rng.choice([0, 2, 5]))
    return START + timedelta(minutes=rng.randrange(days * 24 * 60))


def random_event(rng: random.Random, people: int) -> EventFact:
    kind = rng.choice(list(Kind))
    at = moment(rng)
    other = rng.randrange(1, people + 1) if rng.random() < 0.4 else None
    meeting = at + timedelta(days=rng.randrange(0, 10), hours=rng.randrange(8)) if (
        kind == Kind.SCHEDULED) else None
    until = at + timedelta(days=rng.randrange(1, 40)) if kind == Kind.POSTPONED else None
    return EventFact(kind, at, other, meeting, rng.choice([20, 30, 45]) if meeting else None,
                     until)


def random_world(rng: random.Random) -> World:
    size = rng.randrange(1, 40)
    people = {}
    for pid in range(1, size + 1):
        events = sorted((random_event(rng, size) for _ in range(rng.randrange(0, 7))),
                        key=lambda e: e.at)
        referrer = rng.randrange(1, size + 1) if rng.random() < 0.2 else None
        people[pid] = PersonFact(
            pid, f"Person {pid}", rng.choice(ORGANISATIONS), tuple(events), referrer,
            moment(rng) if referrer else None,
            rng.choice([None, None, 14, 60]),
        )
    commitments = []
    for cid in range(1, rng.randrange(0, 6) + 1):
        made = moment(rng)
        commitments.append(CommitmentFact(
            cid, rng.randrange(1, size + 1), rng.random() < 0.5, rng.choice(TEXTS), made,
            made + timedelta(days=rng.randrange(1, 20)) if rng.random() < 0.5 else None,
            made + timedelta(days=rng.randrange(0, 30)) if rng.random() < 0.4 else None,
        ))
    landed = moment(rng) if rng.random() < 0.2 else None
    return World(people, tuple(commitments), landed)


@pytest.mark.parametrize("seed", range(40))
def test_the_prepared_agenda_is_the_agenda_at_any_moment(seed: int) -> None:
    rng = random.Random(seed)
    world = random_world(rng)
    for policy in POLICIES:
        # Prepared for the whole world, and for moments before, among and after its own.
        for prepared_at in [None, moment(rng, 60), *rng.sample(moments(world) or [START], 1)]:
            prepared = prepare(world, policy, prepared_at)
            end = latest(world) or START
            checked = [moment(rng, 60) for _ in range(6)]
            checked += [end, end + timedelta(minutes=1), end + timedelta(days=rng.randrange(60))]
            checked += [m for m in (prepared.since, prepared.until) if m is not None]
            if prepared_at is not None:
                checked += [prepared_at, prepared_at + timedelta(minutes=rng.randrange(600))]
            for at in checked:
                assert agenda_at(prepared, at) == agenda(world, at, policy), (seed, policy, at)


def test_the_random_worlds_reach_the_rules_on_both_paths() -> None:
    """The worlds above are not empty of work, inside the prepared stretch (the fast
    path) and outside it (the rules on the cut world)."""
    fast = slow = 0
    for seed in range(40):
        rng = random.Random(seed)
        world = random_world(rng)
        end = latest(world)
        if end is None:
            continue
        prepared = prepare(world, at=end - timedelta(days=20))
        inside = (prepared.since or START) + timedelta(seconds=1)
        assert prepared.holds_at(inside) and not prepared.holds_at(end + timedelta(days=3))
        fast += len(agenda_at(prepared, inside).items)
        slow += len(agenda_at(prepared, end + timedelta(days=3)).items)
    assert fast > 40 and slow > 40


def test_the_stretch_is_between_the_moments_around_the_one_prepared_for() -> None:
    contacted = EventFact(Kind.CONTACTED, START)
    replied = EventFact(Kind.REPLIED, START + timedelta(days=10))
    world = World({1: PersonFact(1, "Dana Whitfield", events=(contacted, replied))})
    assert prepare(world, at=START - timedelta(days=1)).until == START
    middle = prepare(world, at=START + timedelta(days=8))
    assert (middle.since, middle.until) == (START, replied.at)
    assert [a.kind.value for a in middle.actions] == ["follow_up"]
    assert (prepare(world).since, prepare(world).until) == (replied.at, None)


def test_nothing_is_later_than_the_latest_moment() -> None:
    for seed in range(40):
        world = random_world(random.Random(seed))
        end = latest(world)
        if end is not None:
            assert cut(world, end) == world
            assert cut(world, end - timedelta(minutes=1)) != world


def test_a_world_with_no_moment_has_no_latest_and_an_empty_agenda() -> None:
    world = World({1: PersonFact(1, "Dana Whitfield")})
    prepared = prepare(world)
    assert prepared.since is None and prepared.actions == ()
    assert agenda_at(prepared, START) == agenda(world, START)


def test_the_clock_set_back_before_an_event_runs_the_rules_on_the_cut_world() -> None:
    """Contacted on the 1st, replied on the 5th: on the 4th the follow-up is still owed,
    though the prepared actions (after the reply) hold none."""
    contacted = EventFact(Kind.CONTACTED, START)
    replied = EventFact(Kind.REPLIED, START + timedelta(days=10))
    world = World({1: PersonFact(1, "Dana Whitfield", events=(contacted, replied))})
    prepared = prepare(world)
    assert not any(a.kind == "follow_up" for a in prepared.actions)
    earlier = agenda_at(prepared, START + timedelta(days=8))
    assert [a.kind.value for a in earlier.items] == ["follow_up"]


def changed_world(rng: random.Random, world: World) -> tuple[World, set[int]]:
    """The world after a few people changed: events logged or taken back, a referral, a
    move to another organisation, someone added or removed, a promise made or kept."""
    people = dict(world.people)
    commitments = list(world.commitments)
    size = max(people, default=0) + 1
    changed: set[int] = set()
    for _ in range(rng.randrange(1, 4)):
        what = rng.randrange(6)
        pid = rng.choice(sorted(people)) if people else size
        changed.add(pid)
        person = people.get(pid)
        if person is None or what == 0:  # someone new, who may name anyone
            events = tuple(sorted((random_event(rng, size) for _ in range(rng.randrange(4))),
                                  key=lambda e: e.at))
            people[size] = PersonFact(size, f"Person {size}", rng.choice(ORGANISATIONS),
                                      events)
            changed.add(size)
            size += 1
        elif what == 1:  # removed, with their promises
            del people[pid]
            commitments = [c for c in commitments if c.person_id != pid]
        elif what == 2:  # an event logged
            events = sorted([*person.events, random_event(rng, size)], key=lambda e: e.at)
            people[pid] = person._replace(events=tuple(events))
        elif what == 3:  # an event taken back, or a move
            people[pid] = person._replace(events=person.events[:-1],
                                          organisation=rng.choice(ORGANISATIONS))
        elif what == 4:  # referred by someone
            people[pid] = person._replace(referred_by_id=rng.choice(sorted(people)),
                                          referred_at=moment(rng))
        else:  # a promise made, or one kept
            open_ones = [c for c in commitments if c.person_id == pid and c.done_at is None]
            if open_ones:
                kept = open_ones[0]
                commitments[commitments.index(kept)] = kept._replace(done_at=moment(rng))
            else:
                made = moment(rng)
                commitments.append(CommitmentFact(max((c.id for c in commitments), default=0)
                                                  + 1, pid, rng.random() < 0.5,
                                                  rng.choice(TEXTS), made))
    return World(people, tuple(commitments), world.landed_at), changed


@pytest.mark.parametrize("seed", range(150))
def test_an_updated_agenda_is_the_agenda_of_the_changed_world(seed: int) -> None:
    """`update` works out again only the people a change can reach: whatever changed,
    its agenda at any moment of its stretch is the changed world's."""
    rng = random.Random(seed)
    world = random_world(rng)
    for policy in POLICIES:
        at = moment(rng, 60)
        prepared = prepare(world, policy, at)
        current = world
        for _ in range(4):
            current, changed = changed_world(rng, current)
            prepared = update(prepared, current, changed, at)
            fresh = prepare(current, policy, at)
            assert prepared.actions == fresh.actions, (seed, policy)
            assert prepared.by_firing == fresh.by_firing, (seed, policy)
            for when in (at, prepared.since, prepared.until):
                if when is not None and prepared.holds_at(when):
                    assert agenda_at(prepared, when) == agenda(current, when, policy)
