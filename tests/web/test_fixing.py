"""Rename, merge and remove from a person's page: the CLI's services, asked first."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.models import Event
from coffeechat.pipeline.services import log_event
from coffeechat.rules.timeline import Kind
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
ON = datetime(2026, 11, 1)


def edit(person: Person, **changes: str) -> dict[str, str]:
    return {"name": person.name, "source": person.source, "title": "", "organisation": "",
            **changes}


def test_it_renames_and_refuses_a_name_someone_has(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfeld", now=ON)
    add_person(owner=local_owner(), name="Sam Ortiz", now=ON)
    post(client, f"/people/{dana.id}/", edit(dana, name="Dana Whitfield"))
    dana.refresh_from_db()
    assert dana.name == "Dana Whitfield"
    response = post(client, f"/people/{dana.id}/", edit(dana, name="Sam Ortiz"))
    html = response.content.decode()
    assert response.status_code == 400 and "Sam Ortiz is already here" in html
    assert 'id="id_name"' in html and 'aria-invalid="true"' in html


def test_it_merges_a_duplicate_after_asking(client: Client) -> None:
    owner = local_owner()
    keep = add_person(owner=owner, name="Dana Whitfield", now=ON)
    other = add_person(owner=owner, name="D. Whitfield", title="PM", now=ON)
    log_event(owner=owner, person=other, kind=Kind.CONTACTED, at=datetime(2026, 11, 2))
    asked = post(client, f"/people/{keep.id}/merge/", {"other": str(other.id)})
    assert asked.status_code == 200 and "Merge them" in asked.content.decode()
    assert Person.objects.count() == 2
    done = post(client, f"/people/{keep.id}/merge/", {"other": str(other.id), "confirm": "1"})
    assert done.status_code == 302
    keep.refresh_from_db()
    assert Person.objects.count() == 1 and keep.title == "PM"
    assert Event.objects.get().conversation.person == keep


def test_merging_someone_into_themself_is_refused(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfield", now=ON)
    response = post(client, f"/people/{dana.id}/merge/", {"other": "Dana Whitfield",
                                                          "confirm": "1"})
    assert response.status_code == 400 and Person.objects.count() == 1


def test_it_removes_after_saying_what_goes(client: Client) -> None:
    owner = local_owner()
    dana = add_person(owner=owner, name="Dana Whitfield", now=ON)
    log_event(owner=owner, person=dana, kind=Kind.CONTACTED, at=datetime(2026, 11, 2))
    assert "with 1 event" in client.get(f"/people/{dana.id}/remove/").content.decode()
    assert post(client, f"/people/{dana.id}/remove/", {}).status_code == 200  # not confirmed
    assert Person.objects.exists()
    post(client, f"/people/{dana.id}/remove/", {"confirm": "1"})
    assert not Person.objects.exists() and not Event.objects.exists()
