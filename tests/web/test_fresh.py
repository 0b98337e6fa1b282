"""Pages (Today, People, Board, Insights, a person) keep what they derived from the data
(`coffeechat.derived`) only while the data stays as it is: a write through a service,
or straight into the database as another process (the command line) makes it, shows on
the next request."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.people.services import add_person
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.models import Conversation
from coffeechat.pipeline.services import log_event
from coffeechat.rules.timeline import Kind

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

NAME = "Quinn Fresh"


def seen(client: Client, quinn: int) -> dict[str, Any]:
    """What each page says about Quinn and the counts they move."""
    today = client.get("/").context["groups"]
    # The agenda's items, not the people named below them as not written to yet.
    listed = "".join(client.get(f"/?more={key}").content.decode().split('id="unwritten"')[0]
                     for key in ("overdue", "today"))
    contacted = client.get("/people/?stage=contacted").content.decode()
    declined = client.get("/people/?stage=declined").content.decode()
    board = client.get("/board/").context["columns"]
    insights = client.get("/insights/").context
    return {
        "today": NAME in listed,
        "due": sum(g["total"] for g in today if g["key"] != "coming"),
        "contacted": NAME in contacted,
        "declined": NAME in declined,
        "board": {c.stage.value: c.total for c in board},
        "funnel": insights["data"]["funnel"]["contacted"],
        "week": sum(w.count for w in insights["weeks"]),
        "stage": client.get(f"/people/{quinn}/").context["data"]["stage"],
    }


def test_a_write_shows_on_the_next_request_through_a_service_or_another_process(
    client: Client,
) -> None:
    now = clock.now()
    owner = local_owner()
    fill(owner=owner, now=now, size=40)
    quinn = add_person(owner=owner, name=NAME, title="Analyst", organisation="Freshwater",
                       now=now)
    before = seen(client, quinn.id)
    assert seen(client, quinn.id) == before  # kept, and the same
    assert not before["today"] and not before["contacted"]
    assert before["stage"] == "identified"

    # Through the service the web and the command line call: contacted ten days ago, so
    # the follow-up is due.
    log_event(owner=owner, person=quinn, kind=Kind.CONTACTED, at=now - timedelta(days=10))
    contacted = seen(client, quinn.id)
    assert contacted["today"] and contacted["contacted"] and not contacted["declined"]
    assert contacted["board"]["contacted"] == before["board"]["contacted"] + 1
    assert contacted["board"]["identified"] == before["board"]["identified"] - 1
    assert contacted["due"] == before["due"] + 1
    assert contacted["funnel"] == before["funnel"] + 1
    assert contacted["week"] == before["week"] + 1
    assert contacted["stage"] == "contacted"

    # Another process writes straight into the database: they declined yesterday.
    conversation = Conversation.objects.get(person=quinn)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO pipeline_event (conversation_id, kind, at, \"where\", note) "
            "VALUES (%s, %s, %s, '', '')",
            [conversation.id, Kind.DECLINED.value,
             connection.ops.adapt_datetimefield_value(now - timedelta(days=1))],
        )
    declined = seen(client, quinn.id)
    assert not declined["today"] and not declined["contacted"] and declined["declined"]
    assert declined["board"]["declined"] == before["board"]["declined"] + 1
    assert declined["due"] == before["due"]
    assert declined["week"] == contacted["week"] + 1
    assert declined["stage"] == "declined"


@pytest.mark.clock("2026-11-25 09:00")
def test_an_event_logged_ahead_of_time_shows_once_the_clock_reaches_it(
    client: Client, time_machine: Any
) -> None:
    """Nothing is written when the clock passes an event logged for later: the kept
    agenda is for the stretch before it, and the one after it is worked out then."""
    now = clock.now()
    owner = local_owner()
    quinn = add_person(owner=owner, name=NAME, now=now - timedelta(days=30))
    log_event(owner=owner, person=quinn, kind=Kind.CONTACTED, at=now - timedelta(days=20))
    log_event(owner=owner, person=quinn, kind=Kind.REPLIED, at=now - timedelta(days=19))
    meeting = now + timedelta(days=3)
    log_event(owner=owner, person=quinn, kind=Kind.SCHEDULED, at=now - timedelta(days=18),
              meeting_at=meeting, minutes=30)
    # Met logged ahead, as the user types it before leaving for the meeting.
    log_event(owner=owner, person=quinn, kind=Kind.MET, at=meeting)
    assert "Thank" not in client.get("/").content.decode()
    time_machine.move_to(meeting + timedelta(hours=2))
    assert "Thank" in client.get("/").content.decode()
