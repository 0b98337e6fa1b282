"""The insights page after a write is brought up to date from what it kept (only the
people the write touched are read again: `writing.insights.parts_for`), and shows
exactly what a computation from nothing shows, whatever the write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner, set_me
from coffeechat.derived import forget
from coffeechat.people.merging import remove_person
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.models import Conversation, Event, Insight
from coffeechat.pipeline.services import log_event, record_meeting
from coffeechat.rules.timeline import Kind
from coffeechat.writing.insights import insights_data

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

SHOWN = ("data", "funnel_bars", "skill_bars", "nodes", "edges", "weeks", "tree_height",
         "tree_width", "skill_height")


def shown(client: Client) -> dict[str, Any]:
    response = client.get("/insights/")
    assert response.status_code == 200
    return {key: response.context[key] for key in SHOWN}


def fresh(client: Client) -> dict[str, Any]:
    forget()
    return shown(client)


def people() -> list[Person]:
    return list(Person.objects.order_by("id"))


def log_a_meeting(owner: Any) -> None:
    quiet = next(p for p in people() if not Event.objects.filter(
        conversation__person=p, kind=Kind.MET).exists())
    record_meeting(owner=owner, person=quiet, at=clock.now() - timedelta(days=2))


def debrief_with_a_referral_and_notes(owner: Any) -> None:
    person = people()[3]
    record_meeting(owner=owner, person=person, at=clock.now() - timedelta(hours=3),
                   referrals=["Rena Referred"],
                   insights=["skill: SQL queries", "advice: write to alumni first",
                             "skill: Negotiation"])


def introduce(owner: Any) -> None:
    by, to = people()[5], people()[9]
    log_event(owner=owner, person=to, kind=Kind.INTRO_REQUESTED,
              at=clock.now() - timedelta(days=4), via=by)
    log_event(owner=owner, person=to, kind=Kind.INTRODUCED,
              at=clock.now() - timedelta(days=3), via=by)


def remove_a_referrer(owner: Any) -> None:
    referrer = Conversation.objects.filter(referred_by__isnull=False).first()
    assert referrer is not None and referrer.referred_by is not None
    remove_person(person=referrer.referred_by)


def remove_someone_with_notes(owner: Any) -> None:
    note = Insight.objects.order_by("id").first()
    assert note is not None
    remove_person(person=note.conversation.person)


def raw_sql(owner: Any) -> None:
    """Another process: an insight note, a renamed person and an event, straight in."""
    first = Conversation.objects.order_by("id").first()
    assert first is not None
    now = connection.ops.adapt_datetimefield_value(clock.now() - timedelta(days=1))
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO pipeline_insight (conversation_id, kind, text) "
                       "VALUES (%s, 'trend', 'hiring slows in spring')", [first.id])
        cursor.execute("UPDATE people_person SET name = 'Zed Renamed' WHERE id = %s",
                       [first.person_id])
        cursor.execute("INSERT INTO pipeline_event (conversation_id, kind, at, \"where\", "
                       "note) VALUES (%s, 'replied', %s, '', '')", [first.id, now])


def change_a_note(owner: Any) -> None:
    note = Insight.objects.order_by("-id").first()
    assert note is not None
    note.text = "Public speaking"
    note.save()


def add_someone(owner: Any) -> None:
    new = add_person(owner=owner, name="Nia New", now=clock.now() - timedelta(days=6))
    log_event(owner=owner, person=new, kind=Kind.CONTACTED, at=clock.now() - timedelta(days=5))


def set_my_skills(owner: Any) -> None:
    set_me(owner=owner, skills=["SQL", "Negotiation"])


WRITES: list[Callable[[Any], None]] = [
    log_a_meeting, debrief_with_a_referral_and_notes, introduce, remove_a_referrer,
    remove_someone_with_notes, raw_sql, change_a_note, add_someone, set_my_skills,
]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[list[int] | None]:
    """Whom each read of the parts named (None: everyone)."""
    from coffeechat.writing import insights

    found: list[list[int] | None] = []
    read = insights._read

    def spy(owner: Any, world: Any, ids: list[int] | None) -> Any:
        found.append(ids)
        return read(owner, world, ids)

    monkeypatch.setattr(insights, "_read", spy)
    return found


@pytest.mark.parametrize("write", WRITES, ids=[w.__name__ for w in WRITES])
def test_after_a_write_the_page_shows_what_a_fresh_computation_shows(
    client: Client, write: Callable[[Any], None], reads: list[list[int] | None]
) -> None:
    owner = local_owner()
    fill(owner=owner, now=clock.now(), size=60)
    before = shown(client)
    reads.clear()
    write(owner)
    after = shown(client)
    # Brought forward: only the few people the write touched were read again.
    assert all(ids is not None and len(ids) < 10 for ids in reads), reads
    assert after == fresh(client)
    assert reads[-1] is None  # the fresh computation read everyone
    assert after != before


def test_writes_one_after_another_keep_it_the_same_as_from_nothing(client: Client) -> None:
    owner = local_owner()
    fill(owner=owner, now=clock.now(), size=60)
    shown(client)
    cli = insights_data(owner)
    for write in WRITES:
        write(owner)
        kept = shown(client)
        kept_cli = insights_data(owner)
        assert kept == fresh(client), write.__name__
        forget()
        assert kept_cli == insights_data(owner), write.__name__
        assert kept_cli != cli
