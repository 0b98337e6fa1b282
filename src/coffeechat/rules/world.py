"""One user's world as the agenda rules see it: people with their events, promises and
the landing, as plain data, and the world as it stood at an earlier moment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import NamedTuple

from coffeechat.rules.timeline import EventFact


class PersonFact(NamedTuple):
    """One person and their conversation's history (a NamedTuple: cheap to build by the
    thousand)."""

    id: int
    name: str
    organisation: str = ""
    events: tuple[EventFact, ...] = ()
    referred_by_id: int | None = None
    referred_at: datetime | None = None
    check_in_days: int | None = None  # the person's (or their tags') override


class CommitmentFact(NamedTuple):
    id: int
    person_id: int
    mine: bool
    text: str
    made_at: datetime
    due: datetime | None = None
    done_at: datetime | None = None


@dataclass(frozen=True)
class World:
    people: Mapping[int, PersonFact]
    commitments: tuple[CommitmentFact, ...] = ()
    landed_at: datetime | None = None



_AT = attrgetter("at")


def cut_person(p: PersonFact, at: datetime) -> PersonFact:
    """The person as known at `at`; most people have no later history, so stay as they are."""
    later = bool(p.events) and max(map(_AT, p.events)) > at
    referred_later = p.referred_at is not None and p.referred_at > at
    if not later and not referred_later:
        return p
    return PersonFact(
        p.id,
        p.name,
        p.organisation,
        tuple(e for e in p.events if e.at <= at),
        None if referred_later else p.referred_by_id,
        None if referred_later else p.referred_at,
        p.check_in_days,
    )


def cut_commitment(c: CommitmentFact, at: datetime) -> CommitmentFact:
    """A promise kept after `at` was still open at `at`."""
    if c.done_at is not None and c.done_at > at:
        return c._replace(done_at=None)
    return c


def moments(world: World) -> list[datetime]:
    """Every moment `cut` looks at: events, referrals, promises made and kept, the
    landing. Between two of them (and after the last) the cut world does not change."""
    found = [e.at for p in world.people.values() for e in p.events]
    found += [p.referred_at for p in world.people.values() if p.referred_at is not None]
    found += [c.made_at for c in world.commitments]
    found += [c.done_at for c in world.commitments if c.done_at is not None]
    if world.landed_at is not None:
        found.append(world.landed_at)
    return found


def latest(world: World) -> datetime | None:
    """The latest moment the world knows of: cut at it or any later moment, the world is
    the same. None for a world without any."""
    return max(moments(world), default=None)


def cut(world: World, at: datetime) -> World:
    """The world as it stood at `at`: later events, promises and landings are unknown."""
    people = {pid: cut_person(p, at) for pid, p in world.people.items()}
    commitments = tuple(cut_commitment(c, at) for c in world.commitments if c.made_at <= at)
    landed = world.landed_at if world.landed_at is not None and world.landed_at <= at else None
    return World(people, commitments, landed)
