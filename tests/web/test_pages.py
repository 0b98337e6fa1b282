"""Every page answers, on an empty database and on the demo, with a number of queries
that does not grow with the number of people."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.pipeline.demo import fill
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def pages_for(person_id: int) -> list[str]:
    return [
        "/", "/people/", "/people/?q=a&stage=contacted", "/board/", "/check/", "/insights/",
        "/settings/", "/import/", "/export/", "/search/?q=an", "/paths/",
        "/paths/?org=Countable", f"/paths/?person={person_id}",
        f"/people/{person_id}/", f"/people/{person_id}/draft/", f"/people/{person_id}/log/",
        f"/people/{person_id}/log/?event=met", f"/people/{person_id}/questions/",
        f"/people/{person_id}/prep/", f"/people/{person_id}/merge/",
        f"/people/{person_id}/remove/",
    ]


def first_id() -> int:
    return Person.objects.order_by("name").values_list("id", flat=True)[0]


def queries(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def test_it_answers_every_page_on_the_demo(client: Client) -> None:
    fill(owner=local_owner(), now=__import__("coffeechat").clock.now(), size=40)
    for path in pages_for(first_id()):
        response = client.get(path)
        assert response.status_code == 200, path
        if path.endswith("/prep/"):
            continue
        html = response.content.decode()
        assert '<html lang="en">' in html and 'href="#main"' in html, path
        assert "<script>" not in html and "onclick" not in html, path


def test_it_shows_a_new_user_what_to_do_first(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "Where to start" in html and "Set your goal" in html and "Load the demo" in html


def test_it_loads_the_demo_from_the_first_steps(client: Client) -> None:
    response = post(client, "/demo/", {})
    assert response.status_code == 302
    assert Person.objects.count() == 40
    assert "Where to start" not in client.get("/").content.decode()


def test_it_sends_a_policy_without_inline_scripts(client: Client) -> None:
    policy = client.get("/")["Content-Security-Policy"]
    script = re.search(r"script-src ([^;]*)", policy)
    assert script and "'self'" in script.group(1) and "unsafe" not in script.group(1)


def counted(client: Client, *, after_a_write: bool = False) -> dict[str, int]:
    """Queries per page; the person pages are of one newly added person, the same in both.
    Each page is read with nothing kept (`derived.forget`), or `after_a_write`: kept from
    a visit before, then a meeting is logged with the person, as after a click."""
    from coffeechat.derived import forget
    from coffeechat.people.services import add_person
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    now = __import__("coffeechat").clock.now()
    person = add_person(owner=local_owner(), name="Quinn Query", title="Analyst",
                        organisation="Countable", now=now)
    found = {}
    for path in pages_for(person.id):
        forget()
        if after_a_write:
            client.get(path)
            log_event(owner=local_owner(), person=person, kind=Kind.CONTACTED, at=now)
        found[path.replace(str(person.id), "ID")] = queries(client, path)
    return found


def test_it_keeps_the_number_of_queries_whatever_the_number_of_people(client: Client) -> None:
    now = __import__("coffeechat").clock.now()
    owner = local_owner()
    fill(owner=owner, now=now, size=40)
    small = counted(client)
    fill(owner=owner, now=now, size=400, replace=True)
    assert counted(client) == small


def test_after_a_write_it_keeps_the_number_of_queries_whatever_the_number_of_people(
    client: Client,
) -> None:
    """A page kept from before a write is brought up to date by reading the people the
    write touched (`pipeline.live`): its queries do not grow with everyone else."""
    now = __import__("coffeechat").clock.now()
    owner = local_owner()
    fill(owner=owner, now=now, size=40)
    small = counted(client, after_a_write=True)
    fill(owner=owner, now=now, size=400, replace=True)
    assert counted(client, after_a_write=True) == small
