"""The targets and warm paths page: the same services as `target list` and `path`, the
targets with their advocacy and next step, paths with their reasons and the first
person's checked draft, and a target added or removed from the page."""

from __future__ import annotations

import pytest
from django.test import Client

from coffeechat.people.models import Person
from tests.cli.helpers import run
from tests.targets.test_targets_cli import world as cli_world
from tests.web.conftest import post
from tests.web.test_no_commands import commands_in

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def world() -> None:
    """tests/targets/test_targets_cli.py's: Sam (friend) knows Dana at Verdant Grid; Lee
    (alumni) knows Kai, who knows Ola there; Pia declined and knows Rui at Harbor Labs;
    and Sam's e-mail, for the draft's mailto link."""
    cli_world()
    run("edit", "Sam Ortiz", "--email", "sam@example.org")


def html(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    text = response.content.decode()
    assert commands_in(text) == [], path
    return text


def test_the_paths_to_an_organisation_with_their_reasons_and_drafts(client: Client) -> None:
    world()
    page = html(client, "/paths/?org=verdant+grid")
    sam, dana = (Person.objects.get(name=n).id for n in ("Sam Ortiz", "Dana Whitfield"))
    assert f'<a href="/people/{sam}/">Sam Ortiz</a> → <a href="/people/{dana}/">' in page
    assert page.index("Sam Ortiz</a> →") < page.index("Lee Park</a> →")  # shortest first
    assert "You know Sam Ortiz" in page and "Dana Whitfield and Sam Ortiz know each other" in page
    assert "Would you introduce me to Dana Whitfield?" in page  # Sam's draft
    assert "Introduction request to" in page and "intro_request" not in page
    assert "Would you introduce me to Kai Moss?" in page  # Lee's
    assert "mailto:sam@example.org?subject=" in page
    assert 'hx-post="/check/"' in page
    assert "Pia Lund" not in page


def test_a_person_or_nowhere_to_go(client: Client) -> None:
    world()
    ola = Person.objects.get(name="Ola Berg").id
    page = html(client, f"/paths/?person={ola}")
    assert "Lee Park</a> → <a" in page and "Kai Moss</a> → <a" in page
    page = html(client, "/paths/?org=Harbor+Labs")
    assert "No warm path to Harbor Labs yet" in page
    assert "Do you know anyone at Harbor Labs?" in page
    assert "Pia Lund" not in page
    assert client.get("/paths/?person=999999").status_code == 404


def test_targets_are_added_listed_with_advocacy_and_removed(client: Client) -> None:
    world()
    assert "No targets yet" in html(client, "/paths/")
    response = post(client, "/paths/", {"organisation": "Verdant Grid", "role": "Analyst",
                                        "motivation": "3", "postings": "2"})
    assert response.status_code == 302 and "is+a+target" in response["Location"]
    post(client, "/paths/", {"organisation": "Harbor Labs", "motivation": "3",
                             "postings": "1"})
    page = html(client, "/paths/")
    rows = page[page.index("<tbody>"):page.index("</tbody>")]
    assert rows.index("Verdant Grid") < rows.index("Harbor Labs")
    verdant = rows[:rows.index("Harbor Labs")]
    assert "<td>2</td><td>Sam Ortiz</td>" in verdant  # advocacy 2: a path of two links
    assert "<td>1</td><td>ask your network</td>" in rows[rows.index("Harbor Labs"):]
    again = post(client, "/paths/", {"organisation": " verdant  grid", "motivation": "1",
                                     "postings": "1"})
    text = again.content.decode()
    assert again.status_code == 400 and "verdant grid is a target already." in text.lower()
    assert 'value=" verdant  grid"' in text or 'value="verdant  grid"' in text  # kept
    assert commands_in(text) == []
    wrong = post(client, "/paths/", {"organisation": "", "motivation": "7", "postings": "1"})
    assert wrong.status_code == 400
    gone = post(client, "/paths/remove/", {"organisation": "Verdant Grid"})
    assert gone.status_code == 302
    assert "Verdant Grid" not in html(client, "/paths/").split("<tbody>")[1]


def test_typed_markup_stays_text(client: Client) -> None:
    world()
    payload = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    post(client, "/paths/", {"organisation": payload, "motivation": "1", "postings": "1"})
    page = html(client, "/paths/")
    assert "<script>alert" not in page and "<img src=x" not in page
    page = html(client, "/paths/?org=" + payload.replace("<", "%3C").replace(">", "%3E"))
    assert "<script>alert" not in page and "<img src=x" not in page


def test_serve_keeps_the_graph_in_memory_until_it_changes(client: Client,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from coffeechat.targets import engine, snapshot

    world()
    builds: list[int] = []
    build = snapshot.build
    monkeypatch.setattr(snapshot, "build",
                        lambda *a, **k: builds.append(1) or build(*a, **k))
    engine.keep_in_memory()
    try:
        assert "Dana Whitfield" in html(client, "/paths/?org=Verdant+Grid")
        assert "Dana Whitfield" in html(client, "/paths/?org=Verdant+Grid")
        assert len(builds) == 1
        run("edit", "Sam Ortiz", "--tag", "do-not-contact")
        assert "Dana Whitfield" not in html(client, "/paths/?org=Verdant+Grid")
        assert len(builds) == 2
    finally:
        engine.keep_in_memory(False)
