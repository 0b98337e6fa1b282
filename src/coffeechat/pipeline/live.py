"""One user's world as the agenda reads it (`pipeline.reading`), kept in this process and
brought up to date after a write by reading again only the people it touched.

Reading everyone's rows is most of a page's time on a large database (a tenth of a
second for 5,000 people); after a write, `touched.touched_since` names the few people
whose rows changed, and only theirs are read again (`reading.read_people`). The pages
that derive from the world (the agenda's actions, everyone's stage) ask which people
changed since the version they were worked out at (`Live.changed_since`) and work out
only those again; anything that cannot be told (an import of thousands, a counter made
anew, a change that reaches everyone) reads and works out everything, as before.
"""

from __future__ import annotations

import gc
from bisect import insort
from collections.abc import Mapping
from operator import attrgetter
from typing import NamedTuple, cast

from django.contrib.auth.models import User
from django.db import connection

from coffeechat.derived import data_version, keep, last
from coffeechat.pipeline.agenda import load_people, load_world
from coffeechat.pipeline.reading import NAMED_AT_MOST
from coffeechat.pipeline.touched import touched_since
from coffeechat.rules.timeline import Progress, fold
from coffeechat.rules.world import World

_ID = attrgetter("id")
STEPS_KEPT = 8  # how many updates back a page's result can be brought forward from
# `coffeechat serve` sets both: a long-lived server reads the world for every page that
# can use it (`kept_world`), and keeps the worlds it read out of the cyclic collector.
SERVING = False
SETTLE = False

# (the version an update started from, the people it read again; None: everyone)
Step = tuple[int, frozenset[int] | None]


class Live(NamedTuple):
    version: int
    world: World  # everything logged, ahead of time too (not cut at a moment)
    folds: Mapping[int, Progress]  # everyone with an event: their conversation, folded
    steps: tuple[Step, ...] = ()  # the latest last

    def changed_since(self, version: int) -> frozenset[int] | None:
        """Whose facts changed between `version` and this one; None: it cannot be told
        (too long ago, or everyone's changed)."""
        if version == self.version:
            return frozenset()
        changed: set[int] = set()
        for since, who in reversed(self.steps):
            if who is None:
                return None
            changed |= who
            if since == version:
                return frozenset(changed)
        return None


def live_world(owner: User, version: int | None = None) -> Live:
    """The owner's world as the data is now (`version`, when the caller has just read
    it): kept, brought up to date, or read."""
    version = data_version() if version is None else version
    found = last(owner.pk, "live", None)
    if found is not None:
        kept_at, live = found[0], cast(Live, found[1])
        if kept_at == version:
            return live
        changed = touched_since(connection, live.version, version)
        if changed is not None and len(changed) <= NAMED_AT_MOST:
            return keep(owner.pk, "live", version, None, _renewed(owner, live, version, changed))
    world = load_world(owner)
    folds = {pid: fold(p.events) for pid, p in world.people.items() if p.events}
    steps: tuple[Step, ...] = ((live.version, None),) if found is not None else ()
    kept = keep(owner.pk, "live", version, None, Live(version, world, folds, steps))
    if SETTLE:
        # The world is tens of thousands of objects without cycles, kept for the
        # server's life: the cyclic collector need not walk them (nor the framework) on
        # every full collection, which took 50 ms of a request after a write at 5,000.
        # What is garbage now is collected first (frozen, it never would be); the world
        # is still freed by refcounting when a newer one replaces it.
        gc.collect()
        gc.freeze()
    return kept


def kept_world(owner: User, version: int | None = None) -> Live | None:
    """`live_world(owner)` in the server, or wherever a world is kept already; None in a
    command that has not read one: a page that can do without it (everyone by name,
    everyone's stage) reads less than the whole world, once."""
    if SERVING or last(owner.pk, "live", None) is not None:
        return live_world(owner, version)
    return None


def _renewed(owner: User, live: Live, version: int, changed: set[int]) -> Live:
    """`live` with the changed people read again (gone, added or changed) and the landing."""
    part = load_people(owner, sorted(changed))
    people = dict(live.world.people)
    folds = dict(live.folds)
    for pid in changed:
        people.pop(pid, None)
        folds.pop(pid, None)
    for pid, person in part.people.items():
        people[pid] = person
        if person.events:
            folds[pid] = fold(person.events)
    # By id, as read afresh: the others' in their order, theirs put in their places.
    commitments = [c for c in live.world.commitments if c.person_id not in changed]
    for c in part.commitments:
        insort(commitments, c, key=_ID)
    world = World(people, tuple(commitments), part.landed_at)
    steps = (*live.steps[-(STEPS_KEPT - 1):], (live.version, frozenset(changed)))
    return Live(version, world, folds, steps)
