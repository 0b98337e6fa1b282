"""The agenda's read: one user's rows, in a handful of flat queries, as the rules' World.

No Django import. The same queries run through Django's connection (`pipeline.agenda`,
for every database and every caller) or, for `coffeechat today` on a SQLite file that
is already up to date, straight through the standard library (`pipeline.direct`), so
that the command most often run does not wait for the framework to start.

This runs on every `today`, over every event the user has ever logged: flat SQL rather
than the ORM, and moments read as text (CAST) and parsed by `datetime.fromisoformat`,
several times faster than the database drivers' own per-row converters.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from coffeechat.rules.agenda import Action, Agenda
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import CommitmentFact, PersonFact, World

# The tables the queries read, by the names the models give them (a test compares the two).
TABLES = {
    "event": "pipeline_event",
    "conversation": "pipeline_conversation",
    "person": "people_person",
    "organisation": "people_organisation",
    "commitment": "pipeline_commitment",
    "person_tags": "people_person_tags",
    "tag": "people_tag",
    "landing": "pipeline_landing",
    "landing_on": '"on"',  # a reserved word, quoted alike by SQLite and PostgreSQL
    "user": "auth_user",
    "profile": "accounts_profile",
}

EVENTS = """SELECT c.person_id, e.kind, CAST(e.at AS TEXT), e.other_id,
CAST(e.meeting_at AS TEXT), e.minutes, CAST(e.until AS TEXT)
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
# With `until`, rows that `rules.world.cut(world, until)` would drop anyway are left in
# the database: events after it, promises made after it (a promise kept by then still
# counts, as an interaction that restarts the check-in clock).
EVENTS_UNTIL = " AND e.at <= %s"
COMMITMENTS_UNTIL = " AND m.made_at <= %s"

# `rows(sql, params)`: the rows of one query, `%s` marking each parameter.
Rows = Callable[[str, list[Any]], list[tuple[Any, ...]]]


def build_world(
    rows: Rows,
    owner_id: int,
    *,
    until: Any = None,
    parse: Callable[[str], datetime] = datetime.fromisoformat,
) -> World:
    """One user's people, events, promises and landing, as plain data for the rules.

    `until` (already in the database's own form for a moment) leaves out what the rules
    would cut at that moment: the agenda then is the same, built from fewer rows.
    `parse` turns a moment read as text into a naive datetime.
    """
    return _read(rows, owner_id, until, parse, None)


def read_people(
    rows: Rows,
    owner_id: int,
    ids: Sequence[int],
    *,
    parse: Callable[[str], datetime] = datetime.fromisoformat,
) -> World:
    """The same for a few people only (at most `NAMED_AT_MOST`): those of them who still
    exist, with their events and the promises made with them, and the landing."""
    assert len(ids) <= NAMED_AT_MOST
    return _read(rows, owner_id, None, parse, list(ids))


# A query names at most this many people (a database takes a limited number of parameters).
NAMED_AT_MOST = 500


def _read(
    rows: Rows,
    owner_id: int,
    until: Any,
    parse: Callable[[str], datetime],
    ids: list[int] | None,
) -> World:
    kinds = {k.value: k for k in Kind}
    events_sql, events_params = EVENTS, [owner_id]
    commitments_sql, commitments_params = COMMITMENTS, [owner_id]
    people_sql, people_params = PEOPLE, [owner_id]
    tags_sql, tags_params = TAG_DAYS, [owner_id]
    if until is not None:
        events_sql, events_params = EVENTS + EVENTS_UNTIL, [owner_id, until]
        commitments_sql = COMMITMENTS + COMMITMENTS_UNTIL
        commitments_params = [owner_id, until]
    if ids is not None:
        named = f" IN ({', '.join(['%s'] * len(ids))})" if ids else " IN (0)"
        events_sql += " AND c.person_id" + named
        commitments_sql += " AND c.person_id" + named
        people_sql += " AND p.id" + named
        tags_sql = tags_sql.replace("\nGROUP BY", " AND pt.person_id" + named + "\nGROUP BY")
        for params in (events_params, commitments_params, people_params, tags_params):
            params += ids

    def query(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        return rows(sql.format(**TABLES), params)

    events: dict[int, list[EventFact]] = {}
    # In the order they were logged, whether read for everyone or a few: two events at
    # the same moment fold in that order.
    events_sql += " ORDER BY e.id"
    for pid, kind, at, other, meeting_at, minutes, until in query(events_sql, events_params):
        event = EventFact(
            kinds[kind],
            parse(at),
            other,
            parse(meeting_at) if meeting_at is not None else None,
            minutes,
            parse(until) if until is not None else None,
        )
        if pid in events:
            events[pid].append(event)
        else:
            events[pid] = [event]
    tag_days = dict(query(tags_sql, tags_params))
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
        for pid, name, org, referrer, referred_at, days in query(people_sql, people_params)
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
        for cid, pid, mine, text, made, due, done in query(
            commitments_sql + " ORDER BY m.id", commitments_params
        )
    )
    landed = query(LANDED, [owner_id])
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
        "reason": action.told,
        "commitment_id": action.commitment_id,
    }


def agenda_data(result: Agenda, world: World) -> dict[str, Any]:
    return {
        "date": result.at.date().isoformat(),
        "items": [action_data(a, world, result.at) for a in result.items],
        "upcoming": [action_data(a, world, result.at) for a in result.upcoming],
    }
