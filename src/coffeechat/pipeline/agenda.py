"""Load one user's world as plain data and hand it to the agenda rules.

A handful of flat queries, whatever the number of people: this runs on every
`coffeechat today`, over every event the user has ever logged.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import connection

from coffeechat.accounts.services import policy_for
from coffeechat.people.models import Organisation, Person, Tag
from coffeechat.pipeline.models import Commitment, Conversation, Event, Landing
from coffeechat.rules.agenda import Action, Agenda, agenda
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import CommitmentFact, PersonFact, World


def _moment_with_offset(value: str) -> datetime:
    """PostgreSQL adds the connection's offset to the wall-clock time Django wrote
    (USE_TZ is off), so the offset is dropped again."""
    return datetime.fromisoformat(value).replace(tzinfo=None)


def _moment_parser() -> Callable[[str], datetime]:
    """How a moment read as text becomes a datetime. SQLite gives back exactly the text
    Django wrote (naive, ISO), which `fromisoformat` reads as it is: no per-value wrapper
    for the tens of thousands of moments of a big pipeline."""
    return datetime.fromisoformat if connection.vendor == "sqlite" else _moment_with_offset


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    tables = {
        "event": Event._meta.db_table,
        "conversation": Conversation._meta.db_table,
        "person": Person._meta.db_table,
        "organisation": Organisation._meta.db_table,
        "commitment": Commitment._meta.db_table,
        "person_tags": Person.tags.through._meta.db_table,
        "tag": Tag._meta.db_table,
        "landing": Landing._meta.db_table,
        "landing_on": connection.ops.quote_name(Landing._meta.get_field("on").get_attname()),
    }
    with connection.cursor() as cursor:
        cursor.execute(sql.format(**tables), params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


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
WHERE c.owner_id = %s"""
TAG_DAYS = """SELECT pt.person_id, MIN(t.check_in_days) FROM {person_tags} pt
JOIN {tag} t ON t.id = pt.tag_id WHERE t.owner_id = %s AND t.check_in_days IS NOT NULL
GROUP BY pt.person_id"""
LANDED = """SELECT CAST(l.{landing_on} AS TEXT) FROM {landing} l WHERE l.owner_id = %s"""
# With `until`, rows that `rules.agenda.cut(world, until)` would drop anyway are left in
# the database: events after it, promises made after it, promises kept by then (a kept
# promise asks nothing of anyone; one kept later is reopened by the cut, so it stays).
EVENTS_UNTIL = " AND e.at <= %s"
COMMITMENTS_UNTIL = " AND m.made_at <= %s AND (m.done_at IS NULL OR m.done_at > %s)"


def load_world(owner: User, until: datetime | None = None) -> World:
    """One user's people, events, promises and landing, as plain data for the rules.

    `until` leaves out what the rules would cut at that moment (see EVENTS_UNTIL): the
    agenda at `until` is the same, built from fewer rows.
    """
    parse = _moment_parser()
    kinds = {k.value: k for k in Kind}
    events_sql, events_params = EVENTS, [owner.pk]
    commitments_sql, commitments_params = COMMITMENTS, [owner.pk]
    bound: Any
    if until is not None:
        bound = connection.ops.adapt_datetimefield_value(until)
        events_sql, events_params = EVENTS + EVENTS_UNTIL, [owner.pk, bound]
        commitments_sql = COMMITMENTS + COMMITMENTS_UNTIL
        commitments_params = [owner.pk, bound, bound]
    events: dict[int, list[EventFact]] = {}
    for pid, kind, at, other, meeting_at, minutes in _rows(events_sql, events_params):
        event = EventFact(
            kinds[kind],
            parse(at),
            other,
            parse(meeting_at) if meeting_at is not None else None,
            minutes,
        )
        if pid in events:
            events[pid].append(event)
        else:
            events[pid] = [event]
    tag_days = dict(_rows(TAG_DAYS, [owner.pk]))
    people = {
        pid: PersonFact(
            pid,
            name,
            org or "",
            tuple(events[pid]) if pid in events else (),
            referrer,
            parse(referred_at) if referred_at is not None else None,
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
            parse(made),
            parse(due) if due is not None else None,
            parse(done) if done is not None else None,
        )
        for cid, pid, mine, text, made, due, done in _rows(
            commitments_sql + " ORDER BY m.id", commitments_params
        )
    )
    landed = _rows(LANDED, [owner.pk])
    return World(people, commitments, parse(landed[0][0]) if landed else None)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while an agenda is built and printed.

    The world is tens of thousands of small objects without cycles (refcounting frees
    them); left on, the collector would walk all of them, and the whole of Django, several
    times over for nothing. A `today` on a large pipeline runs about 10% faster.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def today(*, owner: User, at: datetime) -> tuple[Agenda, World]:
    world = load_world(owner, until=at)
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
