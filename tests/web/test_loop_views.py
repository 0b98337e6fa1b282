"""Moving the loop from the web: each form calls the service `coffeechat log`/`done`
calls; a refusal is shown next to its field with what was typed kept."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.models import Commitment, Event, Insight
from coffeechat.pipeline.services import Promise, log_event, record_meeting
from coffeechat.rules.timeline import Kind
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
NOW = datetime(2026, 11, 25, 9, 0)


def dana() -> Person:
    return add_person(owner=local_owner(), name="Dana Whitfield", title="Product Marketing "
                      "Manager", organisation="Verdant Grid", now=datetime(2026, 11, 1))


def kinds(person: Person) -> list[tuple[str, str]]:
    return [(e.kind, f"{e.at:%Y-%m-%d}") for e in
            Event.objects.filter(conversation__person=person).order_by("at")]


def test_it_logs_the_outreach_as_contacted_on_the_day_given(client: Client) -> None:
    person = dana()
    response = post(client, "/sent/", {"kind": "outreach", "to": person.id, "on": "2026-11-20"})
    assert response.status_code == 302
    assert kinds(person) == [("contacted", "2026-11-20")]


def test_it_logs_an_intro_request_on_the_target_via_the_connector(client: Client) -> None:
    person, sam = dana(), add_person(owner=local_owner(), name="Sam Ortiz", now=NOW)
    post(client, "/sent/", {"kind": "intro_request", "to": sam.id, "about": person.id})
    event = Event.objects.get()
    assert (event.kind, event.conversation.person, event.other) == (
        Kind.INTRO_REQUESTED.value, person, sam)


def test_a_bad_date_is_shown_by_its_field_and_nothing_is_logged(client: Client) -> None:
    person = dana()
    response = post(client, "/sent/", {"kind": "outreach", "to": person.id, "on": "2026-13-40"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'aria-invalid="true"' in html and 'value="2026-13-40"' in html
    assert kinds(person) == []


def test_a_promise_is_kept_in_one_click(client: Client) -> None:
    person = dana()
    log_event(owner=local_owner(), person=person, kind=Kind.CONTACTED, at=datetime(2026, 11, 2))
    record_meeting(owner=local_owner(), person=person, at=datetime(2026, 11, 10, 15),
                   i_will=[Promise("send the rebate article", datetime(2026, 11, 12))])
    promise = Commitment.objects.get()
    assert f"/promises/{promise.id}/done/" in client.get("/").content.decode()
    post(client, f"/promises/{promise.id}/done/", {"on": "2026-11-24"})
    promise.refresh_from_db()
    assert promise.done_at is not None and promise.done_at.date().isoformat() == "2026-11-24"


def test_the_debrief_asks_did_you_mean_before_making_a_new_person(client: Client) -> None:
    person = dana()
    add_person(owner=local_owner(), name="Lee Chen", now=NOW)
    response = post(client, f"/people/{person.id}/log/", {"event": "met", "on": "2026-11-24 15:00",
                                                          "referrals": "Lee Chan"})
    assert response.status_code == 400
    said = "did you mean &#x27;Lee Chen&#x27;? To add someone new anyway, tick"
    assert said in response.content.decode()
    assert "Lee Chan" in response.content.decode()  # what was typed is kept
    assert not Event.objects.filter(kind=Kind.MET).exists()
    post(client, f"/people/{person.id}/log/", {"event": "met", "on": "2026-11-24 15:00",
                                               "referrals": "Lee Chan", "new_people": "on",
                                               "they_will": "introduce me to her team lead",
                                               "i_will_1": "send the article",
                                               "due_1": "2026-11-27",
                                               "insight_skill": "SQL\nStorytelling"})
    assert Person.objects.filter(name="Lee Chan").exists()
    met = Event.objects.get(kind=Kind.MET)
    assert sorted(Commitment.objects.filter(event=met).values_list("mine", "text")) == [
        (False, "introduce me to her team lead"), (True, "send the article")]
    assert sorted(Insight.objects.filter(event=met).values_list("kind", "text")) == [
        ("skill", "SQL"), ("skill", "Storytelling")]
    assert "Lee Chan" in client.get("/").content.decode()


def test_a_due_date_before_the_meeting_is_refused_by_its_field(client: Client) -> None:
    person = dana()
    response = post(client, f"/people/{person.id}/log/", {
        "event": "met", "on": "2026-11-24 15:00", "i_will_1": "send it", "due_1": "2026-11-01"})
    assert response.status_code == 400
    assert "is before the meeting" in response.content.decode()


def test_a_scheduled_meeting_needs_its_time(client: Client) -> None:
    person = dana()
    response = post(client, f"/people/{person.id}/log/", {
        "event": "scheduled", "at": "2026-11-30", "minutes": "20", "where": "video call"})
    assert response.status_code == 400
    assert "needs the time too" in response.content.decode()
    assert 'value="video call"' in response.content.decode()


def test_quick_add_reads_one_line_and_refuses_a_namesake(client: Client) -> None:
    post(client, "/people/", {"line": "Dana Whitfield, Product Marketing Manager at Verdant Grid",
                              "source": "alumni"})
    person = Person.objects.select_related("organisation").get()
    assert (person.title, person.organisation.name, person.source) == (  # type: ignore[union-attr]
        "Product Marketing Manager", "Verdant Grid", "alumni")
    again = post(client, "/people/", {"line": "Dana Whitfield", "source": "other"})
    assert again.status_code == 400 and "already here" in again.content.decode()


def test_an_edit_with_a_bad_email_keeps_what_was_typed(client: Client) -> None:
    person = dana()
    response = post(client, f"/people/{person.id}/", {
        "title": "VP", "organisation": "Verdant Grid", "email": "not an address",
        "source": "other", "notes": "Spoke at Cleantech Summit"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Spoke at Cleantech Summit" in html and 'value="not an address"' in html
    person.refresh_from_db()
    assert person.title == "Product Marketing Manager"


def test_every_post_needs_the_csrf_token(client: Client) -> None:
    person = dana()
    for path in ("/sent/", "/people/", f"/people/{person.id}/log/", "/settings/", "/demo/",
                 "/board/move/", "/import/"):
        assert client.post(path, {}).status_code == 403, path


def test_the_people_list_pages_and_filters(client: Client) -> None:
    owner = local_owner()
    for n in range(60):
        add_person(owner=owner, name=f"Person {n:02d}", organisation="Big" if n % 2 else "Small",
                   now=NOW)
    first = client.get("/people/").content.decode()
    assert "Page 1 of 2" in first and "Person 00" in first and "Person 59" not in first
    assert "Person 59" in client.get("/people/?page=2").content.decode()
    small = client.get("/people/?org=Small").content.decode()
    assert "Person 01" not in small and "(30)" in small
    assert "unknown stage" in client.get("/people/?stage=nowhere").content.decode()


def test_a_postponement_is_logged_from_the_form_with_the_day_to_write_again(
    client: Client,
) -> None:
    person = dana()
    log_event(owner=local_owner(), person=person, kind=Kind.CONTACTED, at=datetime(2026, 11, 2))
    url = f"/people/{person.id}/log/"
    early = post(client, url, {"event": "postponed", "on": "2026-11-20", "until": "2026-11-10",
                               "note": "Swamped until December"})
    html = early.content.decode()
    assert early.status_code == 400 and 'value="2026-11-10"' in html
    assert "is not after the postponement" in html and "--until" not in html
    assert kinds(person) == [("contacted", "2026-11-02")]
    response = post(client, url, {"event": "postponed", "on": "2026-11-20",
                                  "until": "2026-12-01", "note": "Swamped until December"})
    assert response.status_code == 302
    event = Event.objects.get(kind=Kind.POSTPONED.value)
    assert (f"{event.at:%Y-%m-%d}", f"{event.until:%Y-%m-%d}") == ("2026-11-20", "2026-12-01")
