"""The web page says what to do in its own words and buttons: no command line of the
terminal (`coffeechat done 21`, `--insight KIND:TEXT`) reaches the text a user reads."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.models import Event
from coffeechat.writing.drafts import Written, write_draft
from tests.web.conftest import post
from tests.web.test_pages import pages_for

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
ON = datetime(2026, 11, 1)

COMMAND = re.compile(r"\bcoffeechat [a-z]|(?<![\w-])--[a-z]")


class Visible(HTMLParser):
    """The text a user reads: text outside script and style, and the words of buttons,
    fields and pictures (value, placeholder, alt, title, aria-label)."""

    SAID = ("placeholder", "alt", "title", "aria-label")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        shown = dict(attrs)
        if tag == "input" and shown.get("type") == "hidden":
            return
        self.parts += [v for k, v in attrs if v and (k in self.SAID or k == "value")]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def commands_in(html: str) -> list[str]:
    text = visible(html)
    return [text[max(0, m.start() - 60):m.end() + 40] for m in COMMAND.finditer(text)]


def test_it_finds_a_command_where_one_is_shown() -> None:
    assert commands_in("<p>Do it (coffeechat done 21).</p>")
    assert commands_in('<input value="add --via NAME">')
    assert not commands_in('<script>coffeechat done</script><input type="hidden" value="--x">')
    assert not commands_in("<p>coffeechat, your coffee chats — 2026-11-25</p>")


def test_no_page_of_the_demo_shows_a_command(client: Client) -> None:
    fill(owner=local_owner(), now=clock.now(), size=40)
    people = Person.objects.order_by("id").values_list("id", flat=True)
    paths = list(dict.fromkeys(p for ident in people for p in pages_for(ident)))
    found = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        if said := commands_in(response.content.decode()):
            found[path] = said
    assert found == {}


def dana() -> Person:
    return add_person(owner=local_owner(), name="Dana Whitfield", now=ON)


def refused(response: HttpResponse) -> str:
    """The page of a refusal, checked to be one and to name no command."""
    html = response.content.decode()
    assert response.status_code == 400, html
    assert commands_in(html) == []
    return visible(html)


def test_a_log_refused_says_it_in_the_forms_words(client: Client) -> None:
    person = dana()
    before = Event.objects.count()
    asked = refused(post(client, f"/people/{person.id}/log/", {"event": "intro-requested"}))
    assert "intro-requested needs the connector: name who you asked" in asked
    postponed = refused(post(client, f"/people/{person.id}/log/", {"event": "postponed"}))
    assert "postponed needs the day they asked you to write again" in postponed
    thanked = refused(post(client, f"/people/{person.id}/log/", {"event": "thanked"}))
    assert "log the meeting first (met), then thanked" in thanked
    where = refused(post(client, f"/people/{person.id}/log/",
                         {"event": "contacted", "where": "video call"}))
    assert "the meeting time, minutes and place go with scheduled only" in where
    late = refused(post(client, f"/people/{person.id}/log/",
                        {"event": "scheduled", "at": "2026-11-30 10:00", "minutes": "300"}))
    assert "300 minutes is not a meeting length" in late
    assert Event.objects.count() == before


def test_a_name_someone_has_links_to_the_merge_form(client: Client) -> None:
    person = dana()
    sam = add_person(owner=local_owner(), name="Sam Ortiz", now=ON)
    response = post(client, f"/people/{person.id}/", {
        "name": "Sam Ortiz", "source": person.source, "title": "", "organisation": ""})
    assert "if they are one person, merge them" in refused(response)
    assert f'href="/people/{sam.id}/merge/?other={person.id}"' in response.content.decode()
    merge = client.get(f"/people/{sam.id}/merge/?other={person.id}").content.decode()
    assert "Merge them" in merge and "Dana Whitfield" in merge


def test_a_near_duplicate_says_what_to_tick_not_which_switch(client: Client) -> None:
    person = dana()
    add_person(owner=local_owner(), name="Lee Chen", now=ON)
    said = refused(post(client, f"/people/{person.id}/log/", {
        "event": "met", "on": "2026-11-24 15:00", "referrals": "Lee Chan"}))
    assert "'Lee Chan': did you mean 'Lee Chen'? To add someone new anyway, tick" in said
    again = refused(post(client, "/people/", {"line": "Lee Chen", "source": "other"}))
    assert "Lee Chen is already here" in again


def test_an_edit_refused_names_no_option(client: Client) -> None:
    person = dana()
    said = refused(post(client, f"/people/{person.id}/", {
        "name": person.name, "source": person.source, "email": "not an address"}))
    assert "'not an address' is not an e-mail address" in said
    settings = refused(post(client, "/settings/", {"form": "me", "stage": "wizard"}))
    assert "unknown stage 'wizard'" in settings
    minutes = refused(client.get(f"/people/{person.id}/questions/?minutes=500"))
    assert "500 minutes: plan between" in minutes


def test_a_next_step_links_to_the_form_the_terminal_names_a_command_for(client: Client) -> None:
    add_person(owner=local_owner(), name="Sam Ortiz", now=ON)
    person = add_person(owner=local_owner(), name="Dana Whitfield", knows=["Sam Ortiz"], now=ON)
    html = client.get(f"/people/{person.id}/").content.decode()
    assert "reach out to Dana Whitfield (or ask Sam Ortiz to introduce you)" in visible(html)
    assert f'href="/people/{person.id}/draft/?kind=intro_request">Ask Sam Ortiz' in html
    assert commands_in(html) == []
    told = write_draft(owner=local_owner(), person=person)
    assert isinstance(told, Written)  # the terminal still names the command
    assert told.to_dict()["reason"] == ('reach out to Dana Whitfield (or ask Sam Ortiz to '
                                        'introduce you: coffeechat draft "Dana Whitfield" '
                                        "intro_request)")
