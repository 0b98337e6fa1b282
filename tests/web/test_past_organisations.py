"""Past organisations on a person's page: shown, edited one a line with a label, the old
organisation kept when the current one changes, a mistake shown by its box."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person, past_organisation_names
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
ON = datetime(2026, 11, 1)


def form(person: Person, **changes: str) -> dict[str, str]:
    return {"name": person.name, "source": person.source, "title": "",
            "organisation": person.organisation.name if person.organisation else "",
            "past_organisations": "\n".join(past_organisation_names(person)), **changes}


def test_the_page_shows_them_and_labels_the_box(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfield", organisation="Verdant Grid",
                      past_organisations=["Helio Homes", "SolarLoop, Inc."], now=ON)
    html = client.get(f"/people/{dana.id}/").content.decode()
    assert "Worked at before: Helio Homes, SolarLoop, Inc." in html
    assert '<label for="id_past_organisations">Past organisations' in html
    assert ">\nHelio Homes\nSolarLoop, Inc.</textarea>" in html


def test_it_adds_removes_and_keeps_the_organisation_left(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfield", organisation="Verdant Grid",
                      past_organisations=["Helio Homes"], now=ON)
    response = post(client, f"/people/{dana.id}/",
                    form(dana, organisation="Ampere", past_organisations="Initech\n\n  Globex "))
    assert response.status_code == 302
    assert past_organisation_names(dana) == ["Globex", "Initech", "Verdant Grid"]
    dana.refresh_from_db()
    post(client, f"/people/{dana.id}/", form(dana, past_organisations="Globex"))
    assert past_organisation_names(dana) == ["Globex"]


def test_a_name_too_long_is_shown_by_its_box_and_nothing_typed_is_lost(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfield", now=ON)
    typed = "Helio Homes\n" + "x" * 201
    response = post(client, f"/people/{dana.id}/", form(dana, past_organisations=typed))
    html = response.content.decode()
    assert response.status_code == 400 and "is 201 characters long" in html
    assert 'id="id_past_organisations"' in html and 'aria-invalid="true"' in html
    assert "Helio Homes\n" + "x" * 201 + "</textarea>" in html
    assert past_organisation_names(dana) == []
