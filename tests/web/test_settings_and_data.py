"""Settings, the board, import, export and insights through the web: each the CLI's
service, each refusal by its field with what was typed kept."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from coffeechat.accounts.services import local_owner, policy_for, profile_for
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.models import Event
from coffeechat.writing.models import DraftTemplate
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
FILES = Path(__file__).parents[1] / "contacts" / "files"


def test_an_empty_goal_is_refused_by_its_field(client: Client) -> None:
    response = post(client, "/settings/", {"form": "goal", "goal": "   "})
    assert response.status_code == 400
    assert 'id="goal-error"' in response.content.decode()
    post(client, "/settings/", {"form": "goal", "goal": "I'm exploring UX research in Oregon"})
    assert profile_for(local_owner()).goal == "I'm exploring UX research in Oregon"


def test_me_and_a_bad_email_keep_what_was_typed(client: Client) -> None:
    response = post(client, "/settings/", {"form": "me", "name": "Alex Kim", "email": "nope",
                                           "skills": "SQL", "stage": "career-changer"})
    assert response.status_code == 400 and 'value="Alex Kim"' in response.content.decode()
    post(client, "/settings/", {"form": "me", "name": "Alex Kim", "email": "alex@example.org",
                                "skills": "SQL, Excel", "stage": "career-changer",
                                "background": "9 years teaching science", "school": "PSU"})
    profile = profile_for(local_owner())
    assert (profile.email, profile.skills, profile.stage) == (
        "alex@example.org", ["SQL", "Excel"], "career-changer")


def test_timings_are_the_settings_of_config(client: Client) -> None:
    post(client, "/settings/", {"form": "timings", "follow_up_days": "5"})
    assert policy_for(local_owner()).follow_up_days == 5
    refused = post(client, "/settings/", {"form": "timings", "follow_up_days": "soon"})
    assert refused.status_code == 400


def test_a_template_previews_live_and_a_broken_one_is_refused(client: Client) -> None:
    source = "Subject: Hi\n\nHello {{ person.first_name }}"
    preview = post(client, "/settings/preview/", {"kind": "outreach", "source": source})
    assert "Hello" in preview.content.decode()
    broken = post(client, "/settings/", {"form": "template", "kind": "outreach",
                                         "source": "Subject: Hi\n\n{{ person.nope }"})
    assert broken.status_code == 400 and "person.nope" in broken.content.decode()
    assert not DraftTemplate.objects.exists()


def test_the_board_moves_a_card_by_logging_its_event(client: Client) -> None:
    dana = add_person(owner=local_owner(), name="Dana Whitfield", now=datetime(2026, 11, 1))
    assert "Dana Whitfield" in client.get("/board/").content.decode()
    post(client, "/board/move/", {"person": dana.id, "event": "contacted", "on": "2026-11-24"})
    event = Event.objects.get()
    assert (event.kind, event.at.date().isoformat()) == ("contacted", "2026-11-24")
    scheduled = post(client, "/board/move/", {"person": dana.id, "event": "scheduled"})
    assert scheduled["Location"].endswith(f"/people/{dana.id}/log/?event=scheduled")


@pytest.fixture
def inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import job runs in the request: a test's database is its own transaction."""
    from coffeechat.web.views import data_import

    monkeypatch.setattr(data_import, "INLINE", True)


@pytest.mark.usefixtures("inline")
def test_an_import_is_a_dry_run_first(client: Client) -> None:
    upload = SimpleUploadedFile("Connections.csv", (FILES / "Connections.csv").read_bytes())
    started = post(client, "/import/", {"file": upload})
    html = client.get(started["Location"]).content.decode()
    assert "Dry run of Connections.csv" in html and "Import it" in html
    assert not Person.objects.exists()
    held = html.split('name="held" value="')[1].split('"')[0]
    token = started["Location"].split("job=")[1]
    progress = client.get(f"/import/progress/{token}/")
    assert progress["HX-Redirect"].endswith(f"?job={token}") and "100%" in progress.content.decode()
    done = post(client, "/import/", {"held": held})
    assert "Imported Connections.csv" in client.get(done["Location"]).content.decode()
    assert Person.objects.exists()


@pytest.mark.usefixtures("inline")
def test_a_broken_file_names_its_line(client: Client) -> None:
    upload = SimpleUploadedFile("Connections-bad-email.csv",
                                (FILES / "Connections-bad-email.csv").read_bytes())
    started = post(client, "/import/", {"file": upload})
    response = client.get(started["Location"])
    assert response.status_code == 400 and "line" in response.content.decode()
    assert not Person.objects.exists()


def test_the_downloads_are_files(client: Client) -> None:
    add_person(owner=local_owner(), name="Dana Whitfield", now=datetime(2026, 11, 1))
    for what, kind in (("csv", "text/csv"), ("vcard", "text/vcard"), ("json", "application/json"),
                       ("calendar", "text/calendar"), ("backup", "application/json")):
        response = client.get(f"/export/{what}/")
        assert response["Content-Type"].startswith(kind), what
        assert response["Content-Disposition"].startswith("attachment"), what
    assert client.get("/export/nothing/").status_code == 404
