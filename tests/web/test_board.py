"""The board's POST: a card's Move form (an event and a date) and a drop on a column (the
same form with the column in `to`: the event that leads there, read from the rules)."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.models import Event
from coffeechat.pipeline.services import log_event
from coffeechat.rules.board import moves
from coffeechat.rules.timeline import Kind
from tests.web.conftest import csrf, post
from tests.web.test_no_commands import commands_in, visible

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def dana(*kinds: Kind) -> Person:
    person = add_person(owner=local_owner(), name="Dana Whitfield", now=datetime(2026, 11, 1))
    for n, kind in enumerate(kinds):
        log_event(owner=local_owner(), person=person, kind=kind, at=datetime(2026, 11, 2 + n))
    return person


def logged(person: Person) -> list[tuple[str, str]]:
    return [(e.kind, f"{e.at:%Y-%m-%d}") for e in
            Event.objects.filter(conversation__person=person).order_by("at")]


def drop(client: Client, person: Person, column: str, **extra: str) -> object:
    return post(client, "/board/move/", {"person": person.id, "to": column,
                                         "next": "/board/?source=other", **extra})


def test_a_drop_logs_the_event_that_leads_to_the_column_today(client: Client) -> None:
    person = dana()
    response = drop(client, person, "contacted")
    assert response.status_code == 302  # type: ignore[attr-defined]
    where = urlsplit(response["Location"])  # type: ignore[index]
    assert where.path == "/board/"
    assert parse_qs(where.query) == {"source": ["other"], "done": ["Dana Whitfield: contacted."]}
    assert logged(person) == [("contacted", "2026-11-25")]
    board = client.get(response["Location"]).content.decode()  # type: ignore[index]
    assert "Dana Whitfield: contacted." in board
    assert 'data-stage="contacted" data-log' in board


def test_a_drop_takes_the_date_it_is_given(client: Client) -> None:
    person = dana(Kind.CONTACTED)
    drop(client, person, "followed up", on="2026-11-20")
    assert logged(person) == [("contacted", "2026-11-02"), ("followed-up", "2026-11-20")]


def test_a_drop_the_fold_cannot_make_is_refused_at_the_card(client: Client) -> None:
    person = dana(Kind.CONTACTED)
    response = drop(client, person, "thanked")
    where = urlsplit(response["Location"])  # type: ignore[index]
    assert where.fragment == f"card-{person.id}"
    assert parse_qs(where.query)["card"] == [str(person.id)]
    assert logged(person) == [("contacted", "2026-11-02")]
    html = client.get(response["Location"]).content.decode()  # type: ignore[index]
    card = html.split(f'id="card-{person.id}"')[1].split("</li>")[0]
    assert "Dana Whitfield: a card moves to “thanked” only from “met”" in visible(card)
    assert "nothing was logged" in card
    assert commands_in(html) == []
    again = drop(client, person, "contacted")  # already there
    assert "already" in parse_qs(urlsplit(again["Location"]).query)["error"][0]  # type: ignore[index]
    back = drop(client, person, "identified")
    assert "back to “identified”" in parse_qs(urlsplit(back["Location"]).query)["error"][0]  # type: ignore[index]
    assert logged(person) == [("contacted", "2026-11-02")]


def test_a_drop_that_needs_more_than_a_date_opens_its_form(client: Client) -> None:
    person = dana(Kind.CONTACTED)
    scheduled = drop(client, person, "scheduled")
    assert scheduled["Location"] == f"/people/{person.id}/log/?event=scheduled"  # type: ignore[index]
    met = drop(client, person, "met")
    assert met["Location"] == f"/people/{person.id}/log/?event=met"  # type: ignore[index]
    asked = drop(client, person, "intro requested")
    assert asked["Location"] == f"/people/{person.id}/log/?event=intro-requested"  # type: ignore[index]
    assert logged(person) == [("contacted", "2026-11-02")]
    form = client.get(met["Location"]).content.decode()  # type: ignore[index]
    assert "Save the debrief" in form


def test_the_form_sends_an_event_needing_more_to_its_form_too(client: Client) -> None:
    person = dana(Kind.CONTACTED)
    for event in ("intro-requested", "postponed", "scheduled"):
        response = post(client, "/board/move/", {"person": person.id, "event": event})
        assert response["Location"] == f"/people/{person.id}/log/?event={event}"
    thanked = post(client, "/board/move/", {"person": person.id, "event": "thanked"})
    error = parse_qs(urlsplit(thanked["Location"]).query)["error"][0]
    assert error == ("Dana Whitfield: no meeting with Dana Whitfield is logged, so there is "
                     "nothing to thank them for yet: log the meeting first (met), then thanked")
    assert logged(person) == [("contacted", "2026-11-02")]


def test_a_drop_on_an_unknown_column_is_refused_and_logs_nothing(client: Client) -> None:
    person = dana()
    response = drop(client, person, "nowhere")
    assert "unknown stage 'nowhere'" in parse_qs(urlsplit(
        response["Location"]).query)["error"][0]  # type: ignore[index]
    assert logged(person) == []


def test_a_drop_needs_the_csrf_token(client: Client) -> None:
    person = dana()
    csrf(client)
    assert client.post("/board/move/", {"person": person.id, "to": "contacted"}).status_code == 403
    assert logged(person) == []


def test_the_board_hands_the_script_the_rules_table(client: Client) -> None:
    dana()
    html = client.get("/board/").content.decode()
    start = html.index('data-drops="') + len('data-drops="')
    from html import unescape

    assert json.loads(unescape(html[start:html.index('"', start)])) == moves()
    assert '<input type="hidden" name="to" value="">' in html
