"""Load one user's world as plain data and hand it to the agenda rules.

A handful of flat queries, whatever the number of people: this runs on every
`coffeechat today`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from coffeechat.accounts.services import policy_for
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Commitment, Event, Landing
from coffeechat.rules.agenda import Action, Agenda, CommitmentFact, PersonFact, World, agenda
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import EventFact, Kind


def load_world(owner: AbstractBaseUser) -> World:
    events: dict[int, list[EventFact]] = defaultdict(list)
    rows = (Event.objects.filter(conversation__owner=owner).order_by()
            .values_list("conversation__person_id", "kind", "at", "other_id", "meeting_at",
                         "minutes"))
    kinds = {k.value: k for k in Kind}
    for person_id, kind, at, other, meeting_at, minutes in rows.iterator(chunk_size=5000):
        events[person_id].append(EventFact(kinds[kind], at, other, meeting_at, minutes))
    tag_days = _tag_check_in_days(owner)
    people = {
        pid: PersonFact(pid, name, org or "", tuple(events.get(pid, ())), referrer, referred_at,
                        days if days is not None else tag_days.get(pid))
        for pid, name, org, referrer, referred_at, days in Person.objects.filter(owner=owner)
        .order_by().values_list("id", "name", "organisation__name",
                                "conversation__referred_by_id", "conversation__referred_at",
                                "check_in_days")
    }
    commitments = tuple(
        CommitmentFact(*row) for row in Commitment.objects.filter(conversation__owner=owner)
        .order_by("id").values_list("id", "conversation__person_id", "mine", "text", "made_at",
                                    "due", "done_at")
    )
    landed = Landing.objects.filter(owner=owner).values_list("on", flat=True).first()
    return World(people, commitments, landed)


def _tag_check_in_days(owner: AbstractBaseUser) -> dict[int, int]:
    """Per person, the shortest check-in interval among their tags that set one."""
    through = Person.tags.through
    found: dict[int, int] = {}
    for pid, days in through.objects.filter(
        person__owner=owner, tag__check_in_days__isnull=False
    ).values_list("person_id", "tag__check_in_days"):
        found[pid] = min(days, found.get(pid, days))
    return found


def today(*, owner: AbstractBaseUser, at: datetime) -> tuple[Agenda, World]:
    world = load_world(owner)
    return agenda(world, at, policy_for(owner)), world


def action_data(action: Action, world: World, at: datetime) -> dict[str, Any]:
    """One agenda entry in the stable JSON shape of `coffeechat today --json`."""
    about = world.people.get(action.about_id) if action.about_id is not None else None
    return {
        "kind": action.kind.value,
        "person": world.people[action.person_id].name,
        "person_id": action.person_id,
        "about": about.name if about else None,
        "about_id": action.about_id,
        "fires": stamp(action.fires),
        "due": stamp(action.due),
        "overdue": action.overdue(at),
        "reason": action.reason,
        "commitment_id": action.commitment_id,
    }


def agenda_data(result: Agenda, world: World) -> dict[str, Any]:
    return {
        "date": result.at.date().isoformat(),
        "items": [action_data(a, world, result.at) for a in result.items],
        "upcoming": [action_data(a, world, result.at) for a in result.upcoming],
    }
