"""One user's agenda, read through Django's connection (any database, any caller).

The queries and the rows-to-World step are in `pipeline.reading`, which has no Django
import; `pipeline.direct` runs the same queries for `coffeechat today` without Django.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import connection

from coffeechat.accounts.services import policy_for
from coffeechat.pipeline.reading import build_world, read_people
from coffeechat.rules.agenda import Agenda, agenda
from coffeechat.rules.world import World


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
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


def load_world(owner: User, until: datetime | None = None) -> World:
    """One user's people, events, promises and landing, as plain data for the rules.

    `until` leaves out what the rules would cut at that moment: the agenda at `until` is
    the same, built from fewer rows.
    """
    bound = connection.ops.adapt_datetimefield_value(until) if until is not None else None
    return build_world(_rows, owner.pk, until=bound, parse=_moment_parser())


def load_people(owner: User, ids: Sequence[int]) -> World:
    """The same for a few people (at most `reading.NAMED_AT_MOST`): those who still exist,
    their events and promises, and the landing (`pipeline.live`)."""
    return read_people(_rows, owner.pk, ids, parse=_moment_parser())


def today(*, owner: User, at: datetime) -> tuple[Agenda, World]:
    world = load_world(owner, until=at)
    return agenda(world, at, policy_for(owner)), world
