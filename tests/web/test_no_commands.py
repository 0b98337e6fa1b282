"""The web page says what to do in its own words and buttons: no command line of the
terminal (`coffeechat done 21`, `--insight KIND:TEXT`) reaches the text a user reads."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.models import Commitment, Event
from coffeechat.pipeline.services import Promise, record_meeting
from coffeechat.writing.drafts import Written, write_draft
from coffeechat.writing.models import DraftTemplate
from tests.web.conftest import post
from tests.web.test_pages import pages_for

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]
ON = datetime(2026, 11, 1)
FILES = Path(__file__).parents[1] / "contacts" / "files"

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
    assert "Reach out to Dana Whitfield (or ask Sam Ortiz to introduce you)" in visible(html)
    assert f'href="/people/{person.id}/draft/?kind=intro_request">Ask Sam Ortiz' in html
    assert commands_in(html) == []
    told = write_draft(owner=local_owner(), person=person)
    assert isinstance(told, Written)  # the terminal still names the command
    assert told.to_dict()["reason"] == ('reach out to Dana Whitfield (or ask Sam Ortiz to '
                                        'introduce you: coffeechat draft "Dana Whitfield" '
                                        "intro_request)")


def test_a_meeting_without_its_time_is_asked_for_in_words(client: Client) -> None:
    person = dana()
    said = refused(post(client, f"/people/{person.id}/log/",
                        {"event": "scheduled", "at": "2026-11-30"}))
    assert "the meeting needs the time too, e.g. 2026-11-30 14:00" in said


def test_an_update_to_someone_who_referred_nobody_says_where_referrals_are_written(
    client: Client,
) -> None:
    person = dana()
    nobody = refused(post(client, f"/people/{person.id}/log/", {"event": "updated-referrer"}))
    assert "a referral is written in the debrief of your meeting with them" in nobody
    record_meeting(owner=local_owner(), person=person, at=ON, referrals=["Lee Chen"])
    add_person(owner=local_owner(), name="Sam Ortiz", now=ON)
    other = refused(post(client, f"/people/{person.id}/log/",
                         {"event": "updated-referrer", "about": "Sam Ortiz"}))
    assert "Dana Whitfield did not refer Sam Ortiz: name one of Lee Chen" in other


def test_a_promise_due_before_the_meeting_is_refused_beside_its_date(client: Client) -> None:
    person = dana()
    response = post(client, f"/people/{person.id}/log/", {
        "event": "met", "on": "2026-11-24 15:00", "i_will_2": "send the article",
        "due_2": "2026-11-20"})
    said = refused(response)
    assert "2026-11-20 23:59 is before the meeting (2026-11-24 15:00)" in said
    html = response.content.decode()
    assert 'id="id_due_2"' in html and html.index("is before the meeting") > html.index("id_due_2")
    assert not Event.objects.filter(kind="met").exists()


def test_a_promise_kept_before_it_was_made_is_refused_in_words(client: Client) -> None:
    person = dana()
    record_meeting(owner=local_owner(), person=person, at=datetime(2026, 11, 20, 15),
                   i_will=[Promise("send the article")])
    promise = Commitment.objects.get()
    said = refused(post(client, f"/promises/{promise.id}/done/", {"on": "2026-11-01 10:00"}))
    assert f"2026-11-01 10:00 is before promise {promise.id} was made" in said
    promise.refresh_from_db()
    assert promise.done_at is None


def test_an_intro_request_with_nobody_to_ask_asks_for_them_on_the_page(client: Client) -> None:
    person = dana()
    add_person(owner=local_owner(), name="Sam Ortiz", now=ON)
    html = client.get(f"/people/{person.id}/draft/?kind=intro_request").content.decode()
    assert commands_in(html) == []
    assert "Nobody who knows them is recorded: name the person you will ask" in visible(html)
    assert "Who will you ask to introduce you to Dana Whitfield?" in visible(html)
    assert 'name="via"' in html and 'value="intro_request"' in html
    asked = client.get(f"/people/{person.id}/draft/?kind=intro_request&via=Sam+Ortiz")
    written = asked.content.decode()
    assert "Introduction request to" in visible(written) and ">Sam Ortiz</a>, about Dana" in written
    assert commands_in(written) == []
    unknown = client.get(f"/people/{person.id}/draft/?kind=intro_request&via=Nobody+Here")
    assert "nobody called 'Nobody Here'" in visible(unknown.content.decode())
    assert commands_in(unknown.content.decode()) == []


def test_a_draft_about_the_wrong_person_says_it_in_words(client: Client) -> None:
    person = dana()
    lee = add_person(owner=local_owner(), name="Lee Chen", now=ON)
    update = client.get(f"/people/{person.id}/draft/?kind=update_referrer&about={lee.id}")
    said = update.content.decode()
    assert "Dana Whitfield's page lists whom they referred" in visible(said)
    assert commands_in(said) == []
    outreach = client.get(f"/people/{person.id}/draft/?kind=outreach&about={lee.id}")
    assert "goes with update_referrer and follow_up only" in visible(outreach.content.decode())
    assert commands_in(outreach.content.decode()) == []
    via = client.get(f"/people/{person.id}/draft/?kind=outreach&via=Lee+Chen").content.decode()
    assert "a connector goes with intro_request and follow_up only" in visible(via)
    both = client.get(f"/people/{person.id}/draft/?kind=follow_up&about={lee.id}&via=Lee+Chen")
    assert "name either the connector or the person it is about" in visible(
        both.content.decode())
    assert commands_in(via) == commands_in(both.content.decode()) == []
    assert 'name="via"' not in via  # no box that would be refused again


def test_a_broken_import_offers_its_button_to_skip_the_broken_rows(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coffeechat.web.views import data_import

    monkeypatch.setattr(data_import, "INLINE", True)
    upload = SimpleUploadedFile("Connections-bad-email.csv", (FILES / "Connections-bad-email.csv")
                                .read_bytes())
    started = post(client, "/import/", {"file": upload})
    said = refused(client.get(started["Location"]))
    assert "Nothing was imported: fix the row, or skip the broken rows to import the rest" in said
    assert "Dry run again, skipping the broken rows" in said
    html = client.get(started["Location"]).content.decode()
    held = html.split('name="held" value="')[1].split('"')[0]
    again = post(client, "/import/", {"held": held, "skip_bad": "1", "dry": "1"})
    report = client.get(again["Location"]).content.decode()
    assert "Dry run of Connections-bad-email.csv" in report and "Import it" in report
    assert not Person.objects.exists()


def test_a_template_refused_says_it_in_the_pages_words(client: Client) -> None:
    empty = refused(post(client, "/settings/", {"form": "template", "kind": "outreach",
                                                "source": "  "}))
    assert "the outreach template is empty: write a template, or restore the default" in empty
    source = "Subject: Hi\n\n{{ their_words }}"
    unrecorded = refused(post(client, "/settings/", {"form": "template", "kind": "outreach",
                                                     "source": source}))
    assert "(your outreach template prints it; the default was used)" in unrecorded
    preview = post(client, "/settings/preview/", {"kind": "outreach", "source": source})
    assert "(your outreach template prints it; the default was used)" in visible(
        preview.content.decode())
    assert commands_in(preview.content.decode()) == []
    assert not DraftTemplate.objects.exists()


def test_a_template_printing_an_unrecorded_fact_notes_it_in_words(client: Client) -> None:
    person = dana()
    source = "Subject: Hi\n\nHello {{ person.first_name }}. {{ me.goal }}"
    post(client, "/settings/", {"form": "template", "kind": "outreach", "source": source})
    assert DraftTemplate.objects.filter(kind="outreach").exists()
    html = client.get(f"/people/{person.id}/draft/?kind=outreach").content.decode()
    assert "(your outreach template prints it; the default was used)" in visible(html)
    assert commands_in(html) == []
    told = write_draft(owner=local_owner(), person=person, kind="outreach")
    assert isinstance(told, Written)  # the terminal still names the command
    assert any("coffeechat goal" in m for m in told.draft.missing)


def test_a_question_refused_says_it_in_words(client: Client) -> None:
    minutes = refused(post(client, "/settings/", {
        "form": "question", "question": "What surprised you most in your first year?",
        "category": "path", "minutes": "30"}))
    assert "30 minutes: a question takes between 0.5 and 15 minutes" in minutes
    unknown = refused(post(client, "/settings/", {
        "form": "question", "question": "What surprised you most in your first year?",
        "category": "story", "minutes": "2"}))
    assert "unknown part of the conversation 'story': choose one of" in unknown
    gone = refused(post(client, "/settings/", {"form": "remove_question", "ident": "999"}))
    assert "no question of yours with number 999: it may be removed already" in gone


def test_a_board_move_refused_says_it_in_words(client: Client) -> None:
    person = dana()
    moved = post(client, "/board/move/", {"person": person.id, "event": "thanked"})
    html = client.get(moved["Location"]).content.decode()
    assert "log the meeting first (met), then thanked" in visible(html)
    assert commands_in(html) == []
    assert not Event.objects.exists()


@pytest.mark.parametrize(("name", "data", "said"), [
    ("notes.csv", b"Title,Body\nhello,world\n",
     "notes.csv is not a contacts export read here: export your contacts again"),
    ("invite.ics", (FILES / "invite.ics").read_bytes(),
     "add them first on People, with their e-mail address, then import it again"),
])
def test_an_import_refused_says_it_in_words(
    client: Client, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, said: str
) -> None:
    from coffeechat.web.views import data_import

    monkeypatch.setattr(data_import, "INLINE", True)
    started = post(client, "/import/", {"file": SimpleUploadedFile(name, data)})
    assert said in refused(client.get(started["Location"]))


def test_the_demo_into_a_database_with_people_says_why_not(client: Client) -> None:
    dana()
    response = post(client, "/demo/", {})
    html = client.get(response["Location"]).content.decode()
    assert "this database already has 1 person: the demo loads into an empty one only" in html
    assert commands_in(html) == []
    assert Person.objects.count() == 1
