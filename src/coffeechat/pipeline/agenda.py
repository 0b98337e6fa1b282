"""Load one user's world as plain data and hand it to the agenda rules.

A handful of flat queries, whatever the number of people: this runs on every
`coffeechat today`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection

from coffeechat.accounts.services import policy_for
from coffeechat.people.models import Organisation, Person, Tag
from coffeechat.pipeline.models import Commitment, Conversation, Event, Landing
from coffeechat.rules.agenda import Action, Agenda, CommitmentFact, PersonFact, World, agenda
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import EventFact, Kind


def _moment(value: str | None) -> datetime | None:
    """A moment read as text. PostgreSQL adds the connection's offset to the wall-clock
    time Django wrote (USE_TZ is off), so the offset is dropped again."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=None)


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    tables = {
        "event": Event._meta.db_table,
        "conversation": Conversation._meta.db_table,
        "person": Person._meta.db_table,
        "organisation": Organisation._meta.db_table,
        "commitment": Commitment._meta.db_table,
        "person_tags": Person.tags.through._meta.db_table,
        "tag": Tag._meta.db_table,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql.format(**tables), params)
        return cursor.fetchall()


# Flat SQL rather than the ORM: this runs on every `today` over every event the user has.
# Moments are read as text (CAST) and parsed by datetime.fromisoformat, several times
# faster than the database driver's own per-row converters.
EVENTS = """SELECT c.person_id, e.kind, CAST(e.at AS TEXT), e.other_id,
CAST(e.meeting_at AS TEXT), e.minutes
FROM {event} e JOIN {conversation} c ON c.id = e.conversation_id WHERE c.owner_id = %s"""
PEOPLE = """SELECT p.id, p.name, o.name, c.referred_by_id, CAST(c.referred_at AS TEXT),
p.check_in_days
FROM {person} p LEFT JOIN {organisation} o ON o.id = p.organisation_id
LEFT JOIN {conversation} c ON c.person_id = p.id WHERE p.owner_id = %s"""
COMMITMENTS = """SELECT m.id, c.person_id, m.mine, m.text, CAST(m.made_at AS TEXT),
CAST(m.due AS TEXT), CAST(m.done_at AS TEXT)
FROM {commitment} m JOIN {conversation} c ON c.id = m.conversation_id
WHERE c.owner_id = %s ORDER BY m.id"""
TAG_DAYS = """SELECT pt.person_id, MIN(t.check_in_days) FROM {person_tags} pt
JOIN {tag} t ON t.id = pt.tag_id WHERE t.owner_id = %s AND t.check_in_days IS NOT NULL
GROUP BY pt.person_id"""


def load_world(owner: AbstractBaseUser) -> World:
    """One user's people, events, promises and landing, as plain data for the rules."""
    kinds = {k.value: k for k in Kind}
    events: dict[int, list[EventFact]] = defaultdict(list)
    for pid, kind, at, other, meeting_at, minutes in _rows(EVENTS, [owner.pk]):
        events[pid].append(
            EventFact(
                kinds[kind],
                _moment(at),
                other,  # type: ignore[arg-type]
                _moment(meeting_at),
                minutes,
            )
        )
    tag_days = dict(_rows(TAG_DAYS, [owner.pk]))
    people = {
        pid: PersonFact(
            pid,
            name,
            org or "",
            tuple(events.get(pid, ())),
            referrer,
            _moment(referred_at),
            days if days is not None else tag_days.get(pid),
        )
        for pid, name, org, referrer, referred_at, days in _rows(PEOPLE, [owner.pk])
    }
    commitments = tuple(
        CommitmentFact(
            cid,
            pid,
            bool(mine),
            text,
            _moment(made),  # type: ignore[arg-type]
            _moment(due),
            _moment(done),
        )
        for cid, pid, mine, text, made, due, done in _rows(COMMITMENTS, [owner.pk])
    )
    landed = Landing.objects.filter(owner=owner).values_list("on", flat=True).first()
    return World(people, commitments, landed)


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
